//! What this desktop session offers: an X display for hotkeys, a notification
//! service, a tray host. Probed once at start; problems are said, not hidden.

use rccontrol::Localizer;
#[cfg(target_os = "linux")]
use rccontrol::tr;
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
        hotkeys: crate::hotkeys::unavailable_reason(l),
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
