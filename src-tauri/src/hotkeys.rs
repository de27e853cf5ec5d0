//! Global hotkeys (and media keys) → the engine. Acts on key press only.

use crate::engine::Engine;
use crate::notifications::Notifier;
use crate::ui_events::UiEvent;
use rccontrol::hotkeys::{HotkeyRole, Hotkeys};
use rccontrol::{Action, Trigger};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use tauri::{AppHandle, Manager};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut, ShortcutEvent, ShortcutState};

/// What the settings window says about one binding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HotkeyStatus {
    /// Which binding.
    pub role: HotkeyRole,
    /// The binding, normalized ("" when off).
    pub binding: String,
    /// `registered`, `off`, `failed` or `unavailable`.
    pub state: &'static str,
    /// Why it failed or is unavailable.
    pub message: Option<String>,
}

/// The registered bindings and their status (managed state).
#[derive(Debug, Default)]
pub struct HotkeyManager {
    inner: Mutex<Registered>,
}

#[derive(Debug, Default)]
struct Registered {
    bindings: Hotkeys,
    roles: HashMap<u32, HotkeyRole>,
    status: Vec<HotkeyStatus>,
}

/// Whether global hotkeys can work in this session at all, and if not, why.
pub fn unavailable_reason() -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let display = std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty());
    let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty());
    if !display {
        return Some(
            "Global hotkeys need an X11 display, and this session has none (Wayland). \
             Bind `rcctl pause` and `rcctl resume` in your desktop's keyboard-shortcut settings instead."
                .into(),
        );
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

    fn role_of(&self, shortcut: &Shortcut) -> Option<HotkeyRole> {
        self.lock().roles.get(&shortcut.id()).copied()
    }
}

/// Registers `hotkeys`, replacing what was registered. A binding that fails
/// (e.g. already taken by another app) is reported, and the app keeps running.
pub fn apply(app: &AppHandle, hotkeys: &Hotkeys) -> Vec<HotkeyStatus> {
    let manager = app.state::<HotkeyManager>();
    let gs = app.global_shortcut();
    if let Err(e) = gs.unregister_all() {
        tracing::warn!(error = %e, "unregistering hotkeys failed");
    }
    let unavailable = unavailable_reason();
    let mut roles = HashMap::new();
    let mut status = Vec::new();
    for role in HotkeyRole::ALL {
        let binding = hotkeys.get(role).to_owned();
        let (state, message) = if binding.is_empty() {
            ("off", None)
        } else if let Some(reason) = &unavailable {
            ("unavailable", Some(reason.clone()))
        } else {
            match binding.parse::<Shortcut>() {
                Err(e) => ("failed", Some(format!("{binding} cannot be used: {e}"))),
                Ok(shortcut) => match gs.register(shortcut) {
                    Ok(()) => {
                        roles.insert(shortcut.id(), role);
                        ("registered", None)
                    }
                    Err(e) => (
                        "failed",
                        Some(format!(
                            "{binding} could not be registered ({e}); another app may use it — choose another key in Settings"
                        )),
                    ),
                },
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
    let notifier = app.state::<Arc<Notifier>>();
    if let Some(reason) = &unavailable {
        notifier.info(app, "Global hotkeys are not available", reason);
    }
    for s in status.iter().filter(|s| s.state == "failed") {
        notifier.info(
            app,
            &format!("Hotkey {} is not active", s.binding),
            s.message.as_deref().unwrap_or_default(),
        );
    }
    let _ = app
        .state::<crate::ui_events::UiSender>()
        .send(UiEvent::Refresh);
    status
}

/// The global-shortcut plugin's handler: key presses of our bindings → actions.
pub fn on_shortcut(app: &AppHandle, shortcut: &Shortcut, event: ShortcutEvent) {
    if event.state != ShortcutState::Pressed {
        return;
    }
    let Some(role) = app.state::<HotkeyManager>().role_of(shortcut) else {
        return;
    };
    let engine = app.state::<Arc<Engine>>().inner().clone();
    let action = match role {
        HotkeyRole::Pause => Action::Pause,
        HotkeyRole::Resume => Action::Resume,
        HotkeyRole::Toggle => {
            let action = engine.toggle_action();
            app.state::<Arc<Notifier>>().toggle_sent(action);
            action
        }
    };
    tracing::debug!(?role, %action, "hotkey");
    crate::tray::dispatch(app, &engine, action, Trigger::Hotkey);
}
