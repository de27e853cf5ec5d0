//! Who is at the other end of a control-socket connection. The server serves
//! only processes of its own user; a client talks only to a server of its own
//! user, checked before it sends anything. The lookup is in `peer_unix` (the
//! peer's effective uid). Windows is not checked yet: its pipe's owner check
//! (the peer process's token user SID) needs FFI this crate forbids; see
//! docs/architecture.md.

use interprocess::local_socket::tokio::Stream;

/// The other end is not (or cannot be shown to be) this process's user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeerError {
    /// A process of another user.
    #[error("it belongs to another user ({found}; this process runs as {ours})")]
    OtherUser {
        /// The other end's user (`uid 65534`, a SID).
        found: String,
        /// This process's user.
        ours: String,
    },
    /// Its user could not be looked up.
    #[error("cannot tell which user runs the other end: {0}")]
    Unknown(String),
}

/// Checks that the other end of `stream` runs as this process's user.
pub(crate) fn check(stream: &Stream) -> Result<(), PeerError> {
    #[cfg(unix)]
    {
        super::peer_unix::check(stream)
    }
    #[cfg(not(unix))]
    {
        let _ = stream;
        Ok(())
    }
}
