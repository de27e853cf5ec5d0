//! Windows: the control pipe is created with a DACL that lets only this
//! process's user in (`D:P(A;;GA;;;{SID})`: protected, so nothing is
//! inherited; no entry for anyone else, not even Administrators). interprocess
//! passes it to `CreateNamedPipeW` and asks for the first instance, so a pipe
//! of the same name that someone else created first makes binding fail
//! instead of joining theirs.

use super::path::SocketAddress;
use super::windows_identity;
use interprocess::local_socket::ListenerOptions;
use interprocess::local_socket::tokio::Listener;
use interprocess::os::windows::local_socket::ListenerOptionsExt;
use interprocess::os::windows::security_descriptor::SecurityDescriptor;
use std::io;
use widestring::U16CString;

/// The pipe's security descriptor in SDDL: full access for `sid`, nobody else.
pub(super) fn owner_only_sddl(sid: &str) -> String {
    format!("D:P(A;;GA;;;{sid})")
}

/// Creates the listener at `address` with the owner-only DACL.
pub(super) fn create_listener(address: &SocketAddress) -> io::Result<Listener> {
    let (sid, _) = windows_identity::current()?;
    let sddl = U16CString::from_str(owner_only_sddl(&sid))
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let descriptor = SecurityDescriptor::deserialize(&sddl)?;
    let listener: Listener = ListenerOptions::new()
        .name(address.to_name()?)
        .security_descriptor(descriptor)
        .create_tokio()?;
    Ok(listener)
}

#[cfg(test)]
mod tests;
