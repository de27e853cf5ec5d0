//! Windows: SIDs as text and memory the system hands out with LocalAlloc —
//! the two FFI pieces the managed-file check and the pipe's owner check share.

#![allow(unsafe_code)]

use std::io;
use windows_sys::Win32::Foundation::{HLOCAL, LocalFree};
use windows_sys::Win32::Security::Authorization::ConvertSidToStringSidW;
use windows_sys::Win32::Security::PSID;
use windows_sys::core::PWSTR;

/// Frees what the system allocated with LocalAlloc.
pub(crate) struct Local(pub(crate) HLOCAL);

impl Drop for Local {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: the pointer came from an API that says to free it with LocalFree.
            unsafe { LocalFree(self.0) };
        }
    }
}

/// A SID as text (`S-1-5-21-…-1001`), through `ConvertSidToStringSidW`.
///
/// # Safety
/// `sid` must point to a valid SID.
pub(crate) unsafe fn sid_text(sid: PSID) -> io::Result<String> {
    let mut text: PWSTR = std::ptr::null_mut();
    // SAFETY: the caller vouches for `sid`; `text` receives a LocalAlloc'ed string.
    if unsafe { ConvertSidToStringSidW(sid, &mut text) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let _text = Local(text.cast());
    // SAFETY: on success `text` is a NUL-terminated UTF-16 string.
    let len = unsafe { (0..).take_while(|&i| *text.add(i) != 0).count() };
    // SAFETY: `len` u16s were just read from `text`.
    let wide = unsafe { std::slice::from_raw_parts(text, len) };
    Ok(String::from_utf16_lossy(wide))
}
