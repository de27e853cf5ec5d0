//! What the inputs report about themselves, as the settings window shows it:
//! the hotkeys' bindings, the Wayland portal's, the auto-pause watcher's. Types
//! only, below both the inputs that fill them and the output that shows them.

use rccontrol::hotkeys::HotkeyRole;
use serde::Serialize;

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

/// The commands to bind by hand when the desktop offers no portal.
pub const COMMANDS: [&str; 2] = ["rcctl pause", "rcctl resume"];

/// One shortcut as the desktop bound it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortalBinding {
    /// `pause`, `resume` or `toggle`.
    pub id: String,
    /// The trigger as the desktop shows it ("" when left unassigned).
    pub trigger: String,
}

/// Where the portal's binding stands (sent in kebab-case: `not-wayland`,
/// `binding`, `bound`, `unavailable`, `cancelled`, `failed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PortalState {
    /// Not a Wayland session: the portal is not used.
    NotWayland,
    /// Asking the desktop to bind the shortcuts (its dialog may be open).
    Binding,
    /// The desktop bound them: presses reach the app.
    Bound,
    /// The desktop has no GlobalShortcuts portal (the detail says why).
    Unavailable,
    /// The agent cancelled the desktop's dialog.
    Cancelled,
    /// The portal answered with an error (the detail says which).
    Failed,
}

/// What the settings window says about the portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortalStatus {
    /// Where the binding stands.
    pub state: PortalState,
    /// Why it is unavailable or failed (technical, as the desktop said it).
    pub detail: Option<String>,
    /// The shortcuts bound.
    pub bindings: Vec<PortalBinding>,
    /// What to bind in the desktop's keyboard settings instead.
    pub commands: [&'static str; 2],
}

impl Default for PortalStatus {
    fn default() -> Self {
        PortalStatus {
            state: PortalState::NotWayland,
            detail: None,
            bindings: Vec::new(),
            commands: COMMANDS,
        }
    }
}

/// What the settings window says about auto-pause on this desktop.
#[derive(Debug, Clone, Serialize)]
pub struct ForegroundStatus {
    /// True while the watcher runs.
    pub watching: bool,
    /// How titles are learned ("event-driven (X11 _NET_ACTIVE_WINDOW)", …).
    pub method: &'static str,
    /// Why titles cannot be read here, when they cannot.
    pub unavailable: Option<String>,
}
