//! Global hotkeys (and media keys) → the engine. Acts on key press only.
//! Linux/X11: our own event-driven key grabs ([`x11`]); Windows and macOS:
//! the global-hotkey crate ([`global`]).

#[cfg(not(target_os = "linux"))]
pub mod global;
pub mod portal;
#[cfg(target_os = "linux")]
pub mod x11;

use crate::app::App;
use crate::ui_events::UiEvent;
use rccontrol::hotkeys::{HotkeyRole, Hotkeys};
use rccontrol::{Action, Trigger};
use rccontrol::{Localizer, tr};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

/// What the settings window says about one binding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HotkeyStatus {
    /// Which binding.
    pub role: HotkeyRole,
    /// The binding, normalized ("" when off).
    pub binding: String,
    /// Whether it works, and who holds the key.
    pub state: HotkeyState,
    /// Why it failed or is unavailable.
    pub message: Option<String>,
}

/// The state of one binding, as the settings window shows it (sent in
/// snake_case: `off`, `registered`, `portal`, `unavailable`, `failed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HotkeyState {
    /// No key is bound to this role.
    Off,
    /// Registered with the desktop: a press reaches the app.
    Registered,
    /// The Wayland shortcut portal binds the keys (its own status says how).
    Portal,
    /// Global hotkeys cannot work in this session (the message says why).
    Unavailable,
    /// The desktop refused the key, e.g. another app holds it (the message says which).
    Failed,
}

/// The registered bindings and their status.
#[derive(Debug, Default)]
pub struct HotkeyManager {
    inner: Mutex<Registered>,
    #[cfg(target_os = "linux")]
    x11: std::sync::OnceLock<Result<x11::X11Hotkeys, String>>,
}

#[derive(Debug, Default)]
struct Registered {
    bindings: Hotkeys,
    roles: HashMap<u32, HotkeyRole>,
    status: Vec<HotkeyStatus>,
}

/// Whether global hotkeys can work in this session at all, and if not, why.
pub fn unavailable_reason(l: &Localizer) -> Option<String> {
    if !cfg!(target_os = "linux") || portal::wanted() {
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

impl HotkeyManager {
    fn lock(&self) -> MutexGuard<'_, Registered> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The bindings in use.
    pub fn bindings(&self) -> Hotkeys {
        self.lock().bindings.clone()
    }

    /// The status of every binding.
    pub fn status(&self) -> Vec<HotkeyStatus> {
        self.lock().status.clone()
    }

    /// The role of a plugin shortcut id.
    #[cfg(not(target_os = "linux"))]
    pub(crate) fn role_of(&self, id: u32) -> Option<HotkeyRole> {
        self.lock().roles.get(&id).copied()
    }
}

/// Starts the platform backend (on X11: the connection and its event thread).
pub fn init(app: &App) {
    #[cfg(target_os = "linux")]
    {
        if portal::wanted() {
            portal::start(app);
            return;
        }
        if unavailable_reason(&Localizer::english()).is_some() {
            return;
        }
        let handle = app.clone();
        let backend = x11::X11Hotkeys::start(move |role| pressed(&handle, role));
        if let Err(e) = &backend {
            tracing::error!(error = %e, "X11 hotkeys");
        }
        let _ = app.hotkeys.x11.set(backend);
    }
    // Windows and macOS: the main thread owns the hotkeys ([`global`]).
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Registers one binding with the platform backend; `Ok(id)` for the plugin's
/// press events (0 on X11, where presses arrive by role).
#[cfg(target_os = "linux")]
fn register(app: &App, binding: &str, role: HotkeyRole) -> Result<u32, String> {
    match app.hotkeys.x11.get() {
        Some(Ok(x)) => x.register(binding, role).map(|()| 0),
        Some(Err(e)) => Err(e.clone()),
        None => Err("no X11 connection".into()),
    }
}

/// Releases every binding (e.g. while the settings page records a new one).
pub fn unregister_all(app: &App) {
    #[cfg(target_os = "linux")]
    if let Some(Ok(x)) = app.hotkeys.x11.get() {
        x.unregister_all();
    }
    #[cfg(not(target_os = "linux"))]
    app.on_main(crate::app::MainEvent::Hotkeys(None));
}

/// Registers `hotkeys`, replacing what was registered. A binding that fails
/// (e.g. already taken by another app) is reported, and the app keeps running.
pub fn apply(app: &App, hotkeys: &Hotkeys) -> Vec<HotkeyStatus> {
    #[cfg(target_os = "linux")]
    {
        unregister_all(app);
        apply_with(app, hotkeys, &mut |binding, role| {
            register(app, binding, role)
        })
    }
    // The main thread registers them and updates the statuses; until then the
    // previous ones stand, and the window is refreshed when they change.
    #[cfg(not(target_os = "linux"))]
    {
        app.on_main(crate::app::MainEvent::Hotkeys(Some(hotkeys.clone())));
        app.hotkeys.status()
    }
}

/// Registers `hotkeys` with `register` (binding, role → id), records and
/// reports the statuses.
pub(crate) fn apply_with(
    app: &App,
    hotkeys: &Hotkeys,
    register: &mut dyn FnMut(&str, HotkeyRole) -> Result<u32, String>,
) -> Vec<HotkeyStatus> {
    let manager = &app.hotkeys;
    let l = app.engine.texts().get();
    let unavailable = unavailable_reason(&l);
    let via_portal = portal::wanted();
    let mut roles = HashMap::new();
    let mut status = Vec::new();
    for role in HotkeyRole::ALL {
        let binding = hotkeys.get(role).to_owned();
        let (state, message) = if binding.is_empty() {
            (HotkeyState::Off, None)
        } else if via_portal {
            // The desktop binds the keys; see the portal status.
            (HotkeyState::Portal, None)
        } else if let Some(reason) = &unavailable {
            (HotkeyState::Unavailable, Some(reason.clone()))
        } else {
            match register(&binding, role) {
                Ok(id) => {
                    roles.insert(id, role);
                    (HotkeyState::Registered, None)
                }
                Err(e) => (
                    HotkeyState::Failed,
                    Some(tr!(l, "hotkey-register-failed", key = &binding, detail = e)),
                ),
            }
        };
        status.push(HotkeyStatus {
            role,
            binding,
            state,
            message,
        });
    }
    {
        let mut reg = manager.lock();
        reg.bindings = hotkeys.clone();
        reg.roles = roles;
        reg.status = status.clone();
    }
    let notice = |title: String, body: String| {
        let _ = app.ui.send(UiEvent::Notice { title, body });
    };
    if let Some(reason) = &unavailable {
        notice(tr!(l, "hotkeys-unavailable-title"), reason.clone());
    }
    for s in status.iter().filter(|s| s.state == HotkeyState::Failed) {
        notice(
            tr!(l, "hotkey-inactive-title", key = &s.binding),
            s.message.clone().unwrap_or_default(),
        );
    }
    let _ = app.ui.send(UiEvent::Refresh);
    status
}

/// A press of the binding for `role`: the action goes to the engine.
pub fn pressed(app: &App, role: HotkeyRole) {
    let action = match role {
        HotkeyRole::Pause => Action::Pause,
        HotkeyRole::Resume => Action::Resume,
        HotkeyRole::Toggle => {
            let action = app.press.toggle(Trigger::Hotkey);
            tracing::debug!(?role, %action, "hotkey");
            return;
        }
    };
    tracing::debug!(?role, %action, "hotkey");
    app.press.press(action, Trigger::Hotkey);
}
