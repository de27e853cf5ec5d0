//! Windows: start at login as a value in **this user's** Run key,
//! `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, whose data is the
//! quoted path of the executable. Nothing here opens `HKLM`, not even to
//! read: an administrator's machine-wide entry is the administrator's, and an
//! elevated start must not turn start at login on (or off) for every user.
//!
//! Written here rather than through auto-launch 0.6: its `disable` deletes the
//! machine-wide value first whatever the enable mode (`disable_as_admin`, which
//! succeeds for an elevated user), its `is_enabled` reads `HKLM` too, and it
//! appends a space and the arguments to the path (src/windows.rs).

use std::path::Path;
use windows_registry::CURRENT_USER;

/// The Run key, under `HKCU`.
pub const RUN: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";
/// Where Task Manager's Startup tab records an entry switched off (a 12-byte
/// value: `02 00 00 00` + 8 zero bytes when on, `03 …` + the time when off).
const APPROVED: &str = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run";
const APPROVED_ON: [u8; 12] = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/// `ERROR_FILE_NOT_FOUND` as an HRESULT: no such key or value.
const NOT_FOUND: i32 = 0x8007_0002_u32 as i32;

/// `Ok(None)` for a key or value that is not there.
fn found<T>(result: windows_registry::Result<T>) -> windows_registry::Result<Option<T>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.code().0 == NOT_FOUND => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes the value `name` = quoted `exe`, and clears a "switched off" mark
/// Task Manager left for it (the user asked for it on).
pub fn enable(name: &str, exe: &Path) -> windows_registry::Result<()> {
    CURRENT_USER
        .create(RUN)?
        .set_string(name, super::command_line(exe))?;
    match found(CURRENT_USER.options().read().write().open(APPROVED))? {
        Some(key) => key.set_bytes(name, windows_registry::Type::Bytes, &APPROVED_ON),
        None => Ok(()),
    }
}

/// Removes the value (and Task Manager's mark); absent is fine.
pub fn disable(name: &str) -> windows_registry::Result<()> {
    for path in [RUN, APPROVED] {
        found(
            CURRENT_USER
                .options()
                .write()
                .open(path)
                .and_then(|key| key.remove_value(name)),
        )?;
    }
    Ok(())
}

/// The value's data, if the user's Run key has it.
pub fn value(name: &str) -> windows_registry::Result<Option<String>> {
    found(CURRENT_USER.open(RUN).and_then(|key| key.get_string(name)))
}

/// On when the value is there and Task Manager has not switched it off
/// (a mark whose first byte is odd).
pub fn is_enabled(name: &str) -> windows_registry::Result<bool> {
    if value(name)?.is_none() {
        return Ok(false);
    }
    let mark = found(
        CURRENT_USER
            .open(APPROVED)
            .and_then(|key| key.get_value(name)),
    )?;
    Ok(mark.is_none_or(|mark| mark.first().is_none_or(|b| b & 1 == 0)))
}
