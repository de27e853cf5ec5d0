//! Who is at the other end of a control-socket connection. The server serves
//! only processes of its own user; a client talks only to a server of its own
//! user, checked before it sends anything. The lookup is in `peer_unix` (the
//! peer's effective uid). Windows is not checked yet: its pipe's owner check
//! (the peer process's token user SID) needs FFI this crate forbids; see
//! docs/architecture.md.

pub use super::peer_error::PeerError;
use interprocess::local_socket::tokio::Stream;

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
