//! Windows: a file's or folder's owner SID and DACL entries, read with
//! `GetNamedSecurityInfoW` (owner + DACL), `GetAce` for each entry and
//! `ConvertSidToStringSidW` for the SIDs.

#![allow(unsafe_code)]

use super::windows_acl::Ace;
use crate::windows_sid::{Local, sid_text};
use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;
use windows_sys::Win32::Foundation::ERROR_SUCCESS;
use windows_sys::Win32::Security::Authorization::{GetNamedSecurityInfoW, SE_FILE_OBJECT};
use windows_sys::Win32::Security::{
    ACE_HEADER, ACL, DACL_SECURITY_INFORMATION, GetAce, INHERIT_ONLY_ACE,
    OWNER_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR, PSID,
};

// ACE types (winnt.h), here rather than through the large SystemServices feature.
const ACCESS_ALLOWED_ACE_TYPE: u8 = 0;
const ACCESS_DENIED_ACE_TYPE: u8 = 1;
const ACCESS_ALLOWED_OBJECT_ACE_TYPE: u8 = 5;
const ACCESS_ALLOWED_CALLBACK_ACE_TYPE: u8 = 9;
const ACCESS_ALLOWED_CALLBACK_OBJECT_ACE_TYPE: u8 = 11;

/// Who owns an object and what its DACL grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Security {
    /// The owner's SID as text (`S-1-5-32-544`).
    pub owner: String,
    /// The DACL's entries; `None` when the object has no DACL (everyone may
    /// do anything).
    pub dacl: Option<Vec<Ace>>,
}

/// `path` as a NUL-terminated wide string.
fn wide(path: &OsStr) -> Vec<u16> {
    path.encode_wide().chain([0]).collect()
}

/// Reads the owner and the DACL of the file or folder at `path`.
pub fn read(path: &Path) -> io::Result<Security> {
    let wide = wide(path.as_os_str());
    let mut owner: PSID = std::ptr::null_mut();
    let mut dacl: *mut ACL = std::ptr::null_mut();
    let mut sd: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
    // SAFETY: `wide` is NUL-terminated; the out-pointers are valid; owner and
    // dacl point into `sd`, which lives until `_sd` is dropped.
    let rc = unsafe {
        GetNamedSecurityInfoW(
            wide.as_ptr(),
            SE_FILE_OBJECT,
            OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
            &mut owner,
            std::ptr::null_mut(),
            &mut dacl,
            std::ptr::null_mut(),
            &mut sd,
        )
    };
    let _sd = Local(sd);
    if rc != ERROR_SUCCESS {
        return Err(io::Error::from_raw_os_error(
            i32::try_from(rc).unwrap_or(i32::MAX),
        ));
    }
    if owner.is_null() {
        return Err(io::Error::other("the security descriptor has no owner"));
    }
    // SAFETY: owner is a valid SID inside `sd`.
    let owner = unsafe { sid_text(owner) }?;
    let dacl = if dacl.is_null() {
        None
    } else {
        // SAFETY: dacl is a valid ACL inside `sd`.
        Some(unsafe { entries(dacl) }?)
    };
    Ok(Security { owner, dacl })
}

/// The entries of `acl`.
///
/// # Safety
/// `acl` must point to a valid ACL.
unsafe fn entries(acl: *const ACL) -> io::Result<Vec<Ace>> {
    // SAFETY: the caller vouches for `acl`.
    let count = unsafe { (*acl).AceCount };
    let mut out = Vec::with_capacity(usize::from(count));
    for i in 0..u32::from(count) {
        let mut raw: *mut core::ffi::c_void = std::ptr::null_mut();
        // SAFETY: `i` is below the ACL's entry count.
        if unsafe { GetAce(acl, i, &mut raw) } == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: every ACE starts with an ACE_HEADER; allow and deny entries
        // of every kind follow it with the 32-bit access mask, and the simple
        // kinds (ACCESS_ALLOWED_ACE, ACCESS_DENIED_ACE) with the SID.
        let (header, mask) = unsafe {
            let header = std::ptr::read_unaligned(raw.cast::<ACE_HEADER>());
            let mask = std::ptr::read_unaligned(raw.cast::<u8>().add(4).cast::<u32>());
            (header, mask)
        };
        let inherit_only = u32::from(header.AceFlags) & INHERIT_ONLY_ACE != 0;
        let ace = match header.AceType {
            ACCESS_ALLOWED_ACE_TYPE | ACCESS_DENIED_ACE_TYPE => {
                // SAFETY: in these kinds the SID starts at offset 8.
                let sid = unsafe { sid_text(raw.cast::<u8>().add(8).cast()) }?;
                Ace {
                    sid: Some(sid),
                    allow: header.AceType == ACCESS_ALLOWED_ACE_TYPE,
                    mask,
                    inherit_only,
                }
            }
            ACCESS_ALLOWED_OBJECT_ACE_TYPE
            | ACCESS_ALLOWED_CALLBACK_ACE_TYPE
            | ACCESS_ALLOWED_CALLBACK_OBJECT_ACE_TYPE => Ace {
                sid: None,
                allow: true,
                mask,
                inherit_only,
            },
            // Deny and audit entries of other kinds grant nothing.
            _ => continue,
        };
        out.push(ace);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
