//! Who is at the other end of a control-socket connection. The server serves
//! only processes of its own user; a client talks only to a server of its own
//! user, checked before it sends anything. The lookups are in `peer_unix` (the
//! peer's effective uid) and `peer_windows` (the token user SID of the process
//! at the other end of the pipe).

pub use super::peer_error::PeerError;
use interprocess::local_socket::tokio::Stream;

/// Checks that the other end of `stream` runs as this process's user.
pub(crate) fn check(stream: &Stream) -> Result<(), PeerError> {
    #[cfg(unix)]
    {
        super::peer_unix::check(stream)
    }
    #[cfg(windows)]
    {
        super::peer_windows::check(stream)
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = stream;
        Err(PeerError::Unknown("no peer check on this platform".into()))
    }
}
