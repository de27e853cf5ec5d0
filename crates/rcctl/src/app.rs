//! Talking to the running Recording Control app over its local control socket.
//! No app running is not an error: the caller goes direct without a word.

use rccontrol::control_socket::client::{self, ClientError};
use rccontrol::control_socket::{Reply, Request, SOCKET_ENV, SocketAddress, socket_address};
use rccontrol::{Localizer, Paths, tr};

/// Where the app would listen, or `None` when no app can listen there (the path is
/// unusable: said on stderr only when `RCCTL_SOCKET` chose it).
pub fn address(paths: &Paths, config_dir_explicit: bool, l: &Localizer) -> Option<SocketAddress> {
    match socket_address(paths, config_dir_explicit) {
        Ok(a) => Some(a),
        Err(e) if std::env::var_os(SOCKET_ENV).is_some_and(|v| !v.is_empty()) => {
            let message = tr!(
                l,
                "rcctl-socket-unusable",
                variable = SOCKET_ENV,
                error = e.to_string()
            );
            eprintln!("{}", tr!(l, "rcctl-warning", message = message));
            None
        }
        Err(e) => {
            tracing::debug!("{e}; not using the app");
            None
        }
    }
}

/// `e` for the user; a server of another user is said in `l`'s language.
pub fn said(e: &ClientError, l: &Localizer) -> String {
    use rccontrol::control_socket::PeerError;
    match e {
        ClientError::OtherUser {
            address,
            source: PeerError::OtherUser { found, ours },
        } => tr!(
            l,
            "rcctl-app-other-user",
            address = address.to_string(),
            found = found.as_str(),
            ours = ours.as_str()
        ),
        e => e.to_string(),
    }
}

/// What asking the app gave.
#[derive(Debug)]
pub enum Asked {
    /// No app answers: go direct.
    NoApp,
    /// An app seems to be there but could not be reached; nothing was delivered,
    /// so doing the action another way cannot send it twice.
    Unreachable(ClientError),
    /// The app replied (possibly with an error).
    Reply(Reply),
    /// The request may have reached the app, but no usable reply came.
    Failed(ClientError),
}

/// Sends `request` to the app at `address`, waiting up to `timeout` for the reply.
pub async fn ask(address: &SocketAddress, request: Request, timeout: std::time::Duration) -> Asked {
    match client::request(address, &request, timeout).await {
        Ok(reply) => Asked::Reply(reply),
        Err(e) if e.is_not_running() => {
            tracing::debug!("{e}");
            Asked::NoApp
        }
        Err(e) if e.nothing_sent() => Asked::Unreachable(e),
        Err(e) => Asked::Failed(e),
    }
}
