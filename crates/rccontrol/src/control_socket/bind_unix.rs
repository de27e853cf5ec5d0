//! Binding the Unix socket safely: its lock file, its files' owner, and mode
//! 0600 from the moment it exists.
//!
//! Mode: Linux (and the BSDs that allow it) take the mode by `fchmod` on the
//! socket before `bind` (interprocess's `mode`), so the file is never more
//! open than 0600. macOS refuses `fchmod` on a socket; there the process
//! umask is narrowed to 0177 around `bind` only. The umask is process-wide,
//! but narrowing it can only make a file another thread creates in those
//! microseconds more private, never more open. Every connection's peer uid
//! is checked as well ([`super::peer`]), so even a window would not let
//! another user in.

use super::path::SocketAddress;
use interprocess::local_socket::ListenerOptions;
use interprocess::local_socket::tokio::Listener;
use interprocess::os::unix::local_socket::ListenerOptionsExt;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// The socket's lock file.
pub(super) enum Lock {
    /// Ours until the file is closed.
    Held(std::fs::File),
    /// Another process holds it: a server runs (or is starting).
    Taken,
    /// The address is not a file (no lock applies).
    NotAFile,
}

/// A file of the socket (the socket, its lock) belongs to another user.
#[derive(Debug)]
pub(super) struct OtherOwner {
    /// The file.
    pub path: std::path::PathBuf,
    /// Its owner's uid.
    pub uid: u32,
}

/// The owner of `path` when it exists and is not this process's euid.
pub(super) fn foreign_owner(path: &Path) -> Option<OtherOwner> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let ours = rustix::process::geteuid().as_raw();
    (meta.uid() != ours).then(|| OtherOwner {
        path: path.to_owned(),
        uid: meta.uid(),
    })
}

/// Takes the exclusive lock of the socket at `address` (`<socket>.lock`, mode
/// 0600). A lock file of another user is [`OtherOwner`], never opened.
pub(super) fn lock_for(address: &SocketAddress) -> io::Result<Result<Lock, OtherOwner>> {
    use rustix::fs::{FlockOperation, flock};
    use std::os::unix::fs::OpenOptionsExt;
    let Some(path) = address.as_path() else {
        return Ok(Ok(Lock::NotAFile));
    };
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let name = std::path::PathBuf::from(name);
    if let Some(other) = foreign_owner(&name) {
        return Ok(Err(other));
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        // A planted symlink is not followed.
        .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
        .open(&name)?;
    match flock(&file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(Ok(Lock::Held(file))),
        Err(e) if e == rustix::io::Errno::WOULDBLOCK => Ok(Ok(Lock::Taken)),
        Err(e) => Err(e.into()),
    }
}

/// Binds `address` with mode 0600 from the start (see the module's notes).
pub(super) fn create_listener(address: &SocketAddress) -> io::Result<Listener> {
    let options = || -> io::Result<ListenerOptions<'_>> {
        Ok(ListenerOptions::new()
            .name(address.to_name()?)
            .reclaim_name(true))
    };
    match options()?.mode(0o600).create_tokio() {
        Err(e) if e.kind() == io::ErrorKind::Unsupported => {
            use rustix::fs::Mode;
            let before = rustix::process::umask(Mode::from_raw_mode(0o177));
            let bound = options()?.create_tokio();
            rustix::process::umask(before);
            bound
        }
        other => other,
    }
}
