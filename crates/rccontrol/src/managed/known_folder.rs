//! Windows: the ProgramData folder from the known-folder API
//! (`SHGetKnownFolderPath(FOLDERID_ProgramData)`), never from `%ProgramData%`,
//! which any process can set for the app it starts.

#![allow(unsafe_code)]

use std::ffi::OsString;
use std::os::windows::ffi::OsStringExt;
use std::path::PathBuf;
use windows_sys::Win32::System::Com::CoTaskMemFree;
use windows_sys::Win32::UI::Shell::{FOLDERID_ProgramData, SHGetKnownFolderPath};
use windows_sys::core::PWSTR;

/// The machine's ProgramData folder (`C:\ProgramData` on a default install).
pub(super) fn program_data() -> std::io::Result<PathBuf> {
    let mut raw: PWSTR = std::ptr::null_mut();
    // SAFETY: the GUID is a static; no token (null) means the current user,
    // which does not matter for a machine-wide folder; `raw` receives a
    // CoTaskMemAlloc'ed, NUL-terminated string that we free below, also on
    // failure, as the documentation asks.
    let hr =
        unsafe { SHGetKnownFolderPath(&FOLDERID_ProgramData, 0, std::ptr::null_mut(), &mut raw) };
    let path = if hr >= 0 && !raw.is_null() {
        // SAFETY: on success `raw` is a valid NUL-terminated UTF-16 string.
        let len = unsafe { (0..).take_while(|&i| *raw.add(i) != 0).count() };
        // SAFETY: `len` u16s from `raw` were just read.
        let wide = unsafe { std::slice::from_raw_parts(raw, len) };
        Ok(PathBuf::from(OsString::from_wide(wide)))
    } else {
        Err(std::io::Error::from_raw_os_error(hr))
    };
    // SAFETY: `raw` is null or the buffer SHGetKnownFolderPath allocated.
    unsafe { CoTaskMemFree(raw as *const core::ffi::c_void) };
    path
}
