//! Global hotkeys (and media keys) → the engine. Acts on key press only.
//! Linux/X11: our own event-driven key grabs ([`x11`]); Windows and macOS:
//! the global-hotkey crate ([`global`]).

#[cfg(not(target_os = "linux"))]
pub mod global;
pub mod portal;
#[cfg(target_os = "linux")]
pub mod x11;

use crate::engine::Engine;
use crate::environment::unavailable_reason;
use crate::main_thread::MainThread;
use crate::press::Press;
pub use crate::status::{HotkeyState, HotkeyStatus};
use crate::ui_events::{UiEvent, UiSender};
#[cfg(target_os = "linux")]
use rccontrol::Localizer;
use rccontrol::hotkeys::{HotkeyRole, Hotkeys};
use rccontrol::tr;
use rccontrol::{Action, Trigger};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::{Mutex, MutexGuard};

/// The hotkeys input: its own state (the registered bindings, the portal's
/// binding) and what it needs — the press, the engine (settings, texts), the
/// UI loop, the main thread and the runtime. It knows no output.
#[derive(Debug)]
pub struct HotkeyInput {
    /// Registered global hotkeys.
    pub manager: HotkeyManager,
    /// The Wayland shortcut portal's binding.
    pub portal: portal::Portal,
    press: Press,
    engine: Arc<Engine>,
    events: UiSender,
    /// Windows and macOS: the hotkey manager lives on the main thread.
    #[cfg_attr(target_os = "linux", allow(dead_code))]
    main: MainThread,
    rt: tokio::runtime::Handle,
}

impl HotkeyInput {
    /// The input, before [`init`].
    pub fn new(
        press: Press,
        engine: Arc<Engine>,
        events: UiSender,
        main: MainThread,
        rt: tokio::runtime::Handle,
    ) -> Arc<Self> {
        Arc::new(HotkeyInput {
            manager: HotkeyManager::default(),
            portal: portal::Portal::default(),
            press,
            engine,
            events,
            main,
            rt,
        })
    }
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
pub fn init(hk: &Arc<HotkeyInput>) {
    #[cfg(target_os = "linux")]
    {
        if portal::wanted() {
            portal::start(hk);
            return;
        }
        if unavailable_reason(&Localizer::english()).is_some() {
            return;
        }
        let handle = hk.clone();
        let backend = x11::X11Hotkeys::start(move |role| pressed(&handle, role));
        if let Err(e) = &backend {
            tracing::error!(error = %e, "X11 hotkeys");
        }
        let _ = hk.manager.x11.set(backend);
    }
    // Windows and macOS: the main thread owns the hotkeys ([`global`]).
    #[cfg(not(target_os = "linux"))]
    let _ = hk;
}

/// Registers one binding with the platform backend; `Ok(id)` for the plugin's
/// press events (0 on X11, where presses arrive by role).
#[cfg(target_os = "linux")]
fn register(hk: &Arc<HotkeyInput>, binding: &str, role: HotkeyRole) -> Result<u32, String> {
    match hk.manager.x11.get() {
        Some(Ok(x)) => x.register(binding, role).map(|()| 0),
        Some(Err(e)) => Err(e.clone()),
        None => Err("no X11 connection".into()),
    }
}

/// Releases every binding (e.g. while the settings page records a new one).
pub fn unregister_all(hk: &Arc<HotkeyInput>) {
    #[cfg(target_os = "linux")]
    if let Some(Ok(x)) = hk.manager.x11.get() {
        x.unregister_all();
    }
    #[cfg(not(target_os = "linux"))]
    hk.main.send(crate::main_thread::MainEvent::Hotkeys(None));
}

/// Registers `hotkeys`, replacing what was registered. A binding that fails
/// (e.g. already taken by another app) is reported, and the app keeps running.
pub fn apply(hk: &Arc<HotkeyInput>, hotkeys: &Hotkeys) -> Vec<HotkeyStatus> {
    #[cfg(target_os = "linux")]
    {
        unregister_all(hk);
        apply_with(hk, hotkeys, &mut |binding, role| {
            register(hk, binding, role)
        })
    }
    // The main thread registers them and updates the statuses; until then the
    // previous ones stand, and the window is refreshed when they change.
    #[cfg(not(target_os = "linux"))]
    {
        hk.main.send(crate::main_thread::MainEvent::Hotkeys(Some(
            hotkeys.clone(),
        )));
        hk.manager.status()
    }
}

/// Registers `hotkeys` with `register` (binding, role → id), records and
/// reports the statuses.
pub(crate) fn apply_with(
    hk: &Arc<HotkeyInput>,
    hotkeys: &Hotkeys,
    register: &mut dyn FnMut(&str, HotkeyRole) -> Result<u32, String>,
) -> Vec<HotkeyStatus> {
    let manager = &hk.manager;
    let l = hk.engine.texts().get();
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
        let _ = hk.events.send(UiEvent::Notice { title, body });
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
    let _ = hk.events.send(UiEvent::Refresh);
    status
}

/// A press of the binding for `role`: the action goes to the engine.
pub fn pressed(hk: &Arc<HotkeyInput>, role: HotkeyRole) {
    let action = match role {
        HotkeyRole::Pause => Action::Pause,
        HotkeyRole::Resume => Action::Resume,
        HotkeyRole::Toggle => {
            let action = hk.press.toggle(Trigger::Hotkey);
            tracing::debug!(?role, %action, "hotkey");
            return;
        }
    };
    tracing::debug!(?role, %action, "hotkey");
    hk.press.press(action, Trigger::Hotkey);
}
