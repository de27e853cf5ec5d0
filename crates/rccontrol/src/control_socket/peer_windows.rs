//! The peer check on Windows: the process at the other end of the pipe
//! (`GetNamedPipeClientProcessId` / `…ServerProcessId`, through interprocess's
//! `peer_creds`) must run as this process's user SID.

use super::peer_error::PeerError;
use super::windows_identity;
use interprocess::local_socket::tokio::{Stream, prelude::*};

/// Checks that the other end of `stream` runs as this process's user.
pub(super) fn check(stream: &Stream) -> Result<(), PeerError> {
    let pid = stream
        .peer_creds()
        .map_err(|e| PeerError::Unknown(e.to_string()))?
        .pid()
        .ok_or_else(|| PeerError::Unknown("the system gave no process id".into()))?;
    let (ours, _) = windows_identity::current().map_err(|e| PeerError::Unknown(e.to_string()))?;
    // A process this user may not open belongs to someone else (or to the
    // system): refused all the same.
    let found = windows_identity::user_of(pid)
        .map_err(|e| PeerError::Unknown(format!("process {pid}: {e}")))?;
    same_sid(&found, &ours)
}

/// `found` must be `ours` (SIDs compare case-insensitively).
pub(super) fn same_sid(found: &str, ours: &str) -> Result<(), PeerError> {
    if found.eq_ignore_ascii_case(ours) {
        Ok(())
    } else {
        Err(PeerError::OtherUser {
            found: found.to_owned(),
            ours: ours.to_owned(),
        })
    }
}
