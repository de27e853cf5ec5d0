//! Under Wine (the Windows lane) or Windows: the pipe's security descriptor is
//! read back owner-only, and both ends' owner check lets this user's own
//! client and server talk. Wine does not enforce access control between
//! users, so a refusal of another user is shown on Linux
//! (`crates/rcctl/tests/cli_other_user.rs`); here the check's decision is
//! tested on its own (`same_sid`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use crate::action::{Action, Trigger};
use crate::control_socket::peer_windows::same_sid;
use crate::control_socket::{
    ActionReply, ControlFailure, ControlServer, ControlTarget, ErrorKind, Reply, Request,
    StatusReply, client, protocol::Command,
};
use crate::managed::windows_acl::Ace;
use crate::state::BelievedState;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;

/// FILE_ALL_ACCESS: what GENERIC_ALL maps to on a pipe.
const FILE_ALL_ACCESS: u32 = 0x001F_01FF;
/// GENERIC_ALL, if the system keeps the generic right unmapped.
const GENERIC_ALL: u32 = 0x1000_0000;

struct Idle;

impl ControlTarget for Idle {
    fn act(
        &self,
        _action: Action,
        _trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        Box::pin(async { Err(ControlFailure::new(ErrorKind::Unavailable, "test")) })
    }

    fn status(&self) -> StatusReply {
        StatusReply {
            state: BelievedState::Unknown,
            state_line: "idle".into(),
            demo: false,
            app_version: "test".into(),
            stream: None,
        }
    }
}

fn unique_pipe() -> SocketAddress {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    SocketAddress::Pipe(format!("rccontrol-test-{}-{nanos}", std::process::id()))
}

#[test]
fn the_sddl_grants_only_the_owner() {
    assert_eq!(
        owner_only_sddl("S-1-5-21-1-2-3-1001"),
        "D:P(A;;GA;;;S-1-5-21-1-2-3-1001)"
    );
}

#[test]
fn the_owner_check_refuses_another_sid() {
    assert!(same_sid("S-1-5-21-1-2-3-1001", "s-1-5-21-1-2-3-1001").is_ok());
    let e = same_sid("S-1-5-21-1-2-3-1002", "S-1-5-21-1-2-3-1001").unwrap_err();
    assert_eq!(
        e.to_string(),
        "it belongs to another user (S-1-5-21-1-2-3-1002; this process runs as S-1-5-21-1-2-3-1001)"
    );
}

#[tokio::test]
async fn the_pipe_is_owner_only_and_this_users_client_is_served() {
    let address = unique_pipe();
    let server = ControlServer::bind(address.clone()).await.unwrap();
    let handle = server.spawn(Arc::new(Idle));

    // The descriptor read back from the pipe itself: one entry, which allows
    // everything to this user and to nobody else.
    let (ours, _) = windows_identity::current().unwrap();
    let pipe = format!("{address}");
    let security = tokio::task::spawn_blocking(move || {
        crate::managed::windows_security::read(Path::new(&pipe))
    })
    .await
    .unwrap()
    .unwrap();
    let dacl = security.dacl.expect("the pipe has a DACL");
    let granting: Vec<&Ace> = dacl.iter().filter(|a| a.allow && !a.inherit_only).collect();
    assert_eq!(granting.len(), 1, "{dacl:?}");
    let ace = granting[0];
    assert_eq!(ace.sid.as_deref(), Some(ours.as_str()), "{dacl:?}");
    assert!(
        ace.mask == FILE_ALL_ACCESS || ace.mask == GENERIC_ALL,
        "mask {:#x}",
        ace.mask
    );
    eprintln!("pipe {address}: owner {}, DACL {dacl:?}", security.owner);

    // This user's client passes the server's check and checks the server.
    let reply = client::request(
        &address,
        &Request::new(Command::Status),
        client::STATUS_TIMEOUT,
    )
    .await
    .unwrap();
    assert!(matches!(reply, Reply::Status(_)), "{reply:?}");
    handle.shutdown().await;
}
