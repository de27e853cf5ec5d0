//! The peer check on Unix: the peer's effective uid (`SO_PEERCRED` on Linux,
//! `getpeereid`/`LOCAL_PEERCRED` on macOS, through interprocess's
//! `peer_creds`) against this process's effective uid.

use super::peer_error::PeerError;
use interprocess::local_socket::tokio::{Stream, prelude::*};

/// Checks that the other end of `stream` runs as this process's euid.
pub(super) fn check(stream: &Stream) -> Result<(), PeerError> {
    let creds = stream
        .peer_creds()
        .map_err(|e| PeerError::Unknown(e.to_string()))?;
    let found = creds
        .euid()
        .ok_or_else(|| PeerError::Unknown("the system gave no uid".into()))?;
    same_uid(found, rustix::process::geteuid().as_raw())
}

/// `found` must be `ours`.
pub(super) fn same_uid(found: u32, ours: u32) -> Result<(), PeerError> {
    if found == ours {
        Ok(())
    } else {
        Err(PeerError::OtherUser {
            found: format!("uid {found}"),
            ours: format!("uid {ours}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_uid_passes() {
        assert_eq!(same_uid(1000, 1000), Ok(()));
        let e = same_uid(65534, 1000).unwrap_err();
        assert_eq!(
            e.to_string(),
            "it belongs to another user (uid 65534; this process runs as uid 1000)"
        );
    }
}
