//! What this desktop session offers: an X display for hotkeys, a notification
//! service, a tray host. Probed once at start; problems are said, not hidden.

use rccontrol::{Localizer, tr};
use serde::Serialize;

/// Findings about the session; `None` means fine.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Environment {
    /// Why global hotkeys cannot work, if they can't.
    pub hotkeys: Option<String>,
    /// Why notifications cannot be shown, if they can't.
    pub notifications: Option<String>,
    /// Why the tray icon will not be visible, if it won't.
    pub tray: Option<String>,
}

impl Environment {
    /// Every problem, as sentences.
    pub fn problems(&self) -> Vec<String> {
        [&self.hotkeys, &self.notifications, &self.tray]
            .into_iter()
            .flatten()
            .cloned()
            .collect()
    }
}

/// Probes the session (a few D-Bus and X11 round trips); problems are said in `l`'s language.
pub fn probe(l: &Localizer) -> Environment {
    let env = Environment {
        hotkeys: unavailable_reason(l),
        notifications: notifications_problem(l),
        tray: tray_problem(l),
    };
    for p in env.problems() {
        tracing::warn!("{p}");
    }
    env
}

#[cfg(target_os = "linux")]
mod linux {
    use std::time::Duration;

    const TIMEOUT: Duration = Duration::from_millis(500);

    /// Whether `name` has an owner on the session bus or can be activated.
    pub fn bus_name_available(name: &str, activatable_too: bool) -> Result<bool, String> {
        let conn = dbus::blocking::Connection::new_session().map_err(|e| e.to_string())?;
        let bus = conn.with_proxy("org.freedesktop.DBus", "/org/freedesktop/DBus", TIMEOUT);
        let (owned,): (bool,) = bus
            .method_call("org.freedesktop.DBus", "NameHasOwner", (name,))
            .map_err(|e| e.to_string())?;
        if owned || !activatable_too {
            return Ok(owned);
        }
        let (names,): (Vec<String>,) = bus
            .method_call("org.freedesktop.DBus", "ListActivatableNames", ())
            .map_err(|e| e.to_string())?;
        Ok(names.iter().any(|n| n == name))
    }

    /// Whether an XEmbed tray (`_NET_SYSTEM_TRAY_S<screen>`) has an owner.
    pub fn xembed_tray_present() -> bool {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::ConnectionExt as _;
        let Ok((conn, screen)) = x11rb::connect(None) else {
            return false;
        };
        let name = format!("_NET_SYSTEM_TRAY_S{screen}");
        let owner = conn
            .intern_atom(false, name.as_bytes())
            .ok()
            .and_then(|c| c.reply().ok())
            .and_then(|a| conn.get_selection_owner(a.atom).ok())
            .and_then(|c| c.reply().ok())
            .map_or(0, |r| r.owner);
        let _ = conn.flush();
        owner != 0
    }
}

#[cfg(target_os = "linux")]
fn notifications_problem(l: &Localizer) -> Option<String> {
    match linux::bus_name_available("org.freedesktop.Notifications", true) {
        Ok(true) => None,
        Ok(false) => Some(tr!(l, "no-notification-daemon")),
        Err(e) => Some(tr!(l, "no-session-bus", detail = e)),
    }
}

#[cfg(target_os = "linux")]
fn tray_problem(l: &Localizer) -> Option<String> {
    let sni = linux::bus_name_available("org.kde.StatusNotifierWatcher", false).unwrap_or(false);
    if sni || linux::xembed_tray_present() {
        return None;
    }
    Some(tr!(l, "no-tray"))
}

#[cfg(not(target_os = "linux"))]
fn notifications_problem(_: &Localizer) -> Option<String> {
    None
}

#[cfg(not(target_os = "linux"))]
fn tray_problem(_: &Localizer) -> Option<String> {
    None
}

/// Whether global hotkeys can work in this session at all, and if not, why.
pub fn unavailable_reason(l: &Localizer) -> Option<String> {
    if !cfg!(target_os = "linux") || portal_wanted() {
        // The portal says for itself whether it could bind.
        return None;
    }
    let display = std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty());
    let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty());
    if !display {
        return Some(tr!(l, "hotkeys-no-display"));
    }
    if wayland {
        tracing::warn!(
            "Wayland session with XWayland: global hotkeys only fire while an X11 window has focus"
        );
    }
    None
}

/// Whether this session's hotkeys go through the portal: a Wayland session
/// (X11 grabs there fire only while an X11 window has focus), unless
/// `RCCONTROL_HOTKEYS=x11`; `RCCONTROL_HOTKEYS=portal` forces it.
pub fn portal_wanted() -> bool {
    match std::env::var("RCCONTROL_HOTKEYS").ok().as_deref() {
        Some("portal") => return true,
        Some("x11") => return false,
        _ => {}
    }
    let set = |v: &str| std::env::var_os(v).is_some_and(|d| !d.is_empty());
    cfg!(target_os = "linux")
        && (set("WAYLAND_DISPLAY")
            || std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t.eq_ignore_ascii_case("wayland")))
}
