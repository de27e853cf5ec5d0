//! macOS: the CoreGraphics window list (`CGWindowListCopyWindowInfo`),
//! polled every 400 ms; the frontmost normal (layer 0) on-screen window is
//! the foreground one. Its title is reported as `"<window name> – <app>"`
//! (just `"<app>"` when the window has no name).
//!
//! Since macOS 10.15 the window list leaves out other apps' window names
//! unless the app has the Screen Recording permission: then this reports
//! [`Unavailable::Permission`].
//!
//! The only unsafe operation is telling the untyped `CFArray` that the window
//! list holds dictionaries with string keys, as Apple documents.
#![allow(unsafe_code)]
// Type-checked on Linux with `--cfg rccontrol_foreground_check_macos`, where
// nothing calls it.
#![cfg_attr(not(target_os = "macos"), allow(dead_code))]

use crate::{Inner, Unavailable, Watcher};
use objc2_core_foundation::{CFArray, CFDictionary, CFNumber, CFRetained, CFString, CFType};
use objc2_core_graphics::{CGWindowListCopyWindowInfo, CGWindowListOption, kCGNullWindowID};
use std::time::Duration;

/// What [`crate::method`] says on macOS.
pub(crate) const METHOD: &str = "polled every 400 ms (macOS window list)";

const INTERVAL: Duration = Duration::from_millis(400);

/// One on-screen window, front to back.
#[derive(Debug)]
struct WindowInfo {
    /// Window layer; 0 is normal application windows (menus, the Dock and
    /// the menu bar live on other layers).
    layer: i64,
    /// Process id of the owning application.
    pid: i64,
    owner: Option<String>,
    /// `None` when the key is missing (no Screen Recording permission).
    name: Option<String>,
}

impl WindowInfo {
    fn title(&self) -> Option<String> {
        let name = self.name.as_deref().filter(|n| !n.is_empty());
        let owner = self.owner.as_deref().filter(|o| !o.is_empty());
        match (name, owner) {
            (Some(name), Some(owner)) => Some(format!("{name} – {owner}")),
            (Some(name), None) => Some(name.to_owned()),
            (None, Some(owner)) => Some(owner.to_owned()),
            (None, None) => None,
        }
    }
}

/// Layer-0 on-screen windows, front to back.
fn windows() -> Vec<WindowInfo> {
    let options =
        CGWindowListOption::OptionOnScreenOnly | CGWindowListOption::ExcludeDesktopElements;
    let Some(list) = CGWindowListCopyWindowInfo(options, kCGNullWindowID) else {
        return Vec::new();
    };
    // SAFETY: CGWindowListCopyWindowInfo returns "an array of CFDictionaryRef
    // types, each of which contains information about one of the windows",
    // keyed by CFStrings.
    let list: &CFArray<CFDictionary<CFString, CFType>> = unsafe { list.cast_unchecked() };
    // The keys are CFStrings whose values are their own names
    // (kCGWindowLayer == @"kCGWindowLayer", ...); built here rather than read
    // from the extern statics, which would need unsafe.
    let layer_key = CFString::from_static_str("kCGWindowLayer");
    let pid_key = CFString::from_static_str("kCGWindowOwnerPID");
    let owner_key = CFString::from_static_str("kCGWindowOwnerName");
    let name_key = CFString::from_static_str("kCGWindowName");
    list.iter()
        .map(|info| WindowInfo {
            layer: number(&info, &layer_key).unwrap_or(-1),
            pid: number(&info, &pid_key).unwrap_or(-1),
            owner: string(&info, &owner_key),
            name: string(&info, &name_key),
        })
        .filter(|w| w.layer == 0)
        .collect()
}

fn number(info: &CFDictionary<CFString, CFType>, key: &CFString) -> Option<i64> {
    let value: CFRetained<CFType> = info.get(key)?;
    value.downcast::<CFNumber>().ok()?.as_i64()
}

fn string(info: &CFDictionary<CFString, CFType>, key: &CFString) -> Option<String> {
    let value: CFRetained<CFType> = info.get(key)?;
    Some(value.downcast::<CFString>().ok()?.to_string())
}

/// Without Screen Recording, no window of another app has a name key.
fn permission_missing(windows: &[WindowInfo]) -> bool {
    let own = i64::from(std::process::id());
    let mut others = windows.iter().filter(|w| w.pid != own).peekable();
    others.peek().is_some() && others.all(|w| w.name.is_none())
}

fn foreground_title() -> Option<String> {
    windows().first().and_then(WindowInfo::title)
}

/// See [`crate::watch`].
pub(crate) fn watch(
    on_change: impl Fn(Option<String>) + Send + 'static,
) -> Result<Watcher, Unavailable> {
    if permission_missing(&windows()) {
        return Err(Unavailable::Permission);
    }
    let poller = crate::poll::spawn("mac-foreground", INTERVAL, foreground_title, on_change)?;
    Ok(Watcher {
        inner: Some(Inner::Poll(poller)),
    })
}

/// See [`crate::window_titles`].
pub(crate) fn window_titles() -> Result<Vec<String>, Unavailable> {
    let windows = windows();
    if permission_missing(&windows) {
        return Err(Unavailable::Permission);
    }
    Ok(windows.iter().filter_map(WindowInfo::title).collect())
}
