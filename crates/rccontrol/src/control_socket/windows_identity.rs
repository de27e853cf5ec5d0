//! Windows: who a process runs as (its token's user SID) and in which session —
//! the pipe's name and both ends' owner check. Calls: `OpenProcess`
//! (`PROCESS_QUERY_LIMITED_INFORMATION`), `OpenProcessToken` (`TOKEN_QUERY`),
//! `GetTokenInformation(TokenUser)`, `ProcessIdToSessionId`,
//! `ConvertSidToStringSidW`.

#![allow(unsafe_code)]

use crate::windows_sid::sid_text;
use std::io;
use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
use windows_sys::Win32::Security::{GetTokenInformation, TOKEN_QUERY, TOKEN_USER, TokenUser};
use windows_sys::Win32::System::RemoteDesktop::ProcessIdToSessionId;
use windows_sys::Win32::System::Threading::{
    GetCurrentProcess, GetCurrentProcessId, OpenProcess, OpenProcessToken,
    PROCESS_QUERY_LIMITED_INFORMATION,
};

/// A handle closed on drop.
struct Handle(HANDLE);

impl Drop for Handle {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: the handle was opened by us and is closed once.
            unsafe { CloseHandle(self.0) };
        }
    }
}

/// This process's user SID and session id.
pub(super) fn current() -> io::Result<(String, u32)> {
    // SAFETY: the pseudo-handle of the current process needs no closing.
    let sid = token_user(unsafe { GetCurrentProcess() })?;
    // SAFETY: no arguments.
    let pid = unsafe { GetCurrentProcessId() };
    Ok((sid, session_of(pid)?))
}

/// The user SID of the process `pid`. A process of another user cannot be
/// opened by a standard user: that is an error, which the caller refuses.
pub(super) fn user_of(pid: u32) -> io::Result<String> {
    // SAFETY: plain call; a null handle is the error case.
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        return Err(io::Error::last_os_error());
    }
    let process = Handle(process);
    token_user(process.0)
}

/// The session id of the process `pid`.
fn session_of(pid: u32) -> io::Result<u32> {
    let mut session = 0u32;
    // SAFETY: `session` is a valid out-pointer.
    if unsafe { ProcessIdToSessionId(pid, &mut session) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(session)
}

/// The user SID in the token of the open process `process`.
fn token_user(process: HANDLE) -> io::Result<String> {
    let mut token: HANDLE = std::ptr::null_mut();
    // SAFETY: `process` is open with query rights; `token` is a valid out-pointer.
    if unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let token = Handle(token);
    // TOKEN_USER plus the SID it points to; a SID is at most 68 bytes. u64s
    // keep the buffer aligned for TOKEN_USER.
    let mut buf = [0u64; 16];
    let size = u32::try_from(std::mem::size_of_val(&buf)).unwrap_or(u32::MAX);
    let mut used = 0u32;
    // SAFETY: `buf` is writable for `size` bytes; `used` is a valid out-pointer.
    let ok = unsafe {
        GetTokenInformation(token.0, TokenUser, buf.as_mut_ptr().cast(), size, &mut used)
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: on success the buffer starts with a TOKEN_USER whose SID points
    // into the same buffer, valid while `buf` lives.
    unsafe {
        let user = std::ptr::read_unaligned(buf.as_ptr().cast::<TOKEN_USER>());
        sid_text(user.User.Sid)
    }
}
