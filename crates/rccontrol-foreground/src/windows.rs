//! Windows: `GetForegroundWindow` + `GetWindowTextW`, polled every 250 ms
//! (Windows has no cheap "the foreground window's title changed" event for
//! other processes' windows without a WinEvent hook and a message loop).
//!
//! windows-sys only declares the raw functions, so calling them is unsafe;
//! this module is the only place allowed to (besides the macOS one).
#![allow(unsafe_code)]
// Type-checked on Linux with `--cfg rccontrol_foreground_check_windows`,
// where nothing calls it.
#![cfg_attr(not(windows), allow(dead_code))]

use crate::{Inner, Unavailable, Watcher};
use std::time::Duration;
use windows_sys::Win32::Foundation::{HWND, LPARAM};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    EnumWindows, GetForegroundWindow, GetWindowTextLengthW, GetWindowTextW, IsWindowVisible,
};
use windows_sys::core::BOOL;

/// What [`crate::method`] says on Windows.
pub(crate) const METHOD: &str = "polled every 250 ms (Windows)";

const INTERVAL: Duration = Duration::from_millis(250);

/// See [`crate::watch`].
pub(crate) fn watch(
    on_change: impl Fn(Option<String>) + Send + 'static,
) -> Result<Watcher, Unavailable> {
    let poller = crate::poll::spawn("win-foreground", INTERVAL, foreground_title, on_change)?;
    Ok(Watcher {
        inner: Some(Inner::Poll(poller)),
    })
}

/// The title of the foreground window, if any.
fn foreground_title() -> Option<String> {
    // SAFETY: no arguments; returns a window handle or null.
    let hwnd = unsafe { GetForegroundWindow() };
    if hwnd.is_null() {
        return None;
    }
    title_of(hwnd)
}

/// The title of `hwnd` (`None` if empty or the window is gone). For windows
/// of other processes this reads the stored caption without sending them a
/// message, so a hung application cannot block it.
fn title_of(hwnd: HWND) -> Option<String> {
    // SAFETY: any handle value is accepted; an invalid one gives 0.
    let len = unsafe { GetWindowTextLengthW(hwnd) };
    let len = usize::try_from(len).ok().filter(|&n| n > 0)?;
    let mut buf = vec![0u16; len + 1];
    let capacity = i32::try_from(buf.len()).ok()?;
    // SAFETY: `buf` is writable for `capacity` UTF-16 units, including the
    // terminating NUL that GetWindowTextW writes.
    let copied = unsafe { GetWindowTextW(hwnd, buf.as_mut_ptr(), capacity) };
    let copied = usize::try_from(copied).ok()?.min(len);
    let title = String::from_utf16_lossy(buf.get(..copied)?);
    (!title.is_empty()).then_some(title)
}

/// EnumWindows callback: collects visible top-level windows into the
/// `Vec<HWND>` that `lparam` points to.
unsafe extern "system" fn collect_visible(hwnd: HWND, lparam: LPARAM) -> BOOL {
    // SAFETY: `lparam` is the `&mut Vec<HWND>` given to EnumWindows by
    // `window_titles`, alive and not otherwise borrowed during the call.
    let windows = unsafe { &mut *(lparam as *mut Vec<HWND>) };
    // SAFETY: `hwnd` comes from EnumWindows.
    if unsafe { IsWindowVisible(hwnd) } != 0 {
        windows.push(hwnd);
    }
    1 // continue enumerating
}

/// See [`crate::window_titles`]. EnumWindows goes through top-level windows
/// in Z order, topmost first.
pub(crate) fn window_titles() -> Result<Vec<String>, Unavailable> {
    let mut windows: Vec<HWND> = Vec::new();
    // SAFETY: the callback only uses `lparam` as the `&mut Vec<HWND>` above,
    // which outlives the (synchronous) enumeration.
    let ok = unsafe {
        EnumWindows(
            Some(collect_visible),
            &mut windows as *mut Vec<HWND> as LPARAM,
        )
    };
    if ok == 0 {
        return Err(Unavailable::Unsupported("Windows (EnumWindows failed)"));
    }
    // SAFETY: as in `foreground_title`.
    let foreground = unsafe { GetForegroundWindow() };
    let mut titles = Vec::new();
    if !foreground.is_null() {
        titles.extend(title_of(foreground));
    }
    for hwnd in windows {
        if hwnd != foreground {
            titles.extend(title_of(hwnd));
        }
    }
    Ok(titles)
}
