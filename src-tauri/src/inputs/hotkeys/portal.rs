//! Wayland: Pause, Resume and Toggle bound through the desktop's
//! GlobalShortcuts portal. The desktop shows its own binding dialog; each
//! activation goes down the same path as an X11 hotkey press. Where there is
//! no such portal, the settings window shows the `rcctl` commands to bind in
//! the desktop's keyboard settings instead.

use super::HotkeyInput;
pub use crate::status::{COMMANDS, PortalBinding, PortalState, PortalStatus};
use crate::ui_events::UiEvent;
use rccontrol::hotkeys::{HotkeyRole, Hotkeys};
use rccontrol::{Localizer, tr};
use rccontrol_portal::{Binding, PortalError, Shortcut};
use std::sync::Arc;
use std::sync::Mutex;
use std::time::Duration;

/// Attempts to bind again after the desktop ended the session.
const REBIND_ATTEMPTS: u32 = 5;

/// The portal side of the hotkeys.
#[derive(Debug, Default)]
pub struct Portal {
    status: Mutex<PortalStatus>,
    binding: tokio::sync::Mutex<Option<Binding>>,
}

impl Portal {
    /// The current status.
    pub fn status(&self) -> PortalStatus {
        self.status
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn set(&self, status: PortalStatus) {
        *self.status.lock().unwrap_or_else(|p| p.into_inner()) = status;
    }
}

pub use crate::environment::portal_wanted as wanted;

/// `Ctrl+Alt+P` → `CTRL+ALT+p` (the XDG shortcuts syntax); media keys keep
/// their XKB names (`MediaPause` → `XF86AudioPause`).
pub fn xdg_trigger(binding: &str) -> Option<String> {
    if binding.is_empty() {
        return None;
    }
    let parts: Vec<&str> = binding.split('+').collect();
    let (key, mods) = parts.split_last()?;
    let mut out: Vec<String> = mods
        .iter()
        .map(|m| match *m {
            "Super" => "LOGO".to_owned(),
            other => other.to_ascii_uppercase(),
        })
        .collect();
    let key = match *key {
        "MediaPlay" => "XF86AudioPlay".to_owned(),
        "MediaPause" => "XF86AudioPause".to_owned(),
        "MediaStop" => "XF86AudioStop".to_owned(),
        "MediaTrackNext" => "XF86AudioNext".to_owned(),
        "MediaTrackPrevious" => "XF86AudioPrev".to_owned(),
        "AudioVolumeMute" => "XF86AudioMute".to_owned(),
        "AudioVolumeUp" => "XF86AudioRaiseVolume".to_owned(),
        "AudioVolumeDown" => "XF86AudioLowerVolume".to_owned(),
        k if k.chars().count() == 1 => k.to_ascii_lowercase(),
        k => k.to_owned(),
    };
    out.push(key);
    Some(out.join("+"))
}

fn shortcuts(hotkeys: &Hotkeys, l: &Localizer) -> Vec<Shortcut> {
    let mut out = vec![
        Shortcut {
            id: "pause".into(),
            description: tr!(l, "portal-pause-description"),
            preferred_trigger: xdg_trigger(&hotkeys.pause),
        },
        Shortcut {
            id: "resume".into(),
            description: tr!(l, "portal-resume-description"),
            preferred_trigger: xdg_trigger(&hotkeys.resume),
        },
    ];
    if !hotkeys.toggle.is_empty() {
        out.push(Shortcut {
            id: "toggle".into(),
            description: tr!(l, "portal-toggle-description"),
            preferred_trigger: xdg_trigger(&hotkeys.toggle),
        });
    }
    out
}

fn role(id: &str) -> Option<HotkeyRole> {
    match id {
        "pause" => Some(HotkeyRole::Pause),
        "resume" => Some(HotkeyRole::Resume),
        "toggle" => Some(HotkeyRole::Toggle),
        _ => None,
    }
}

fn role_name(id: &str, l: &Localizer) -> String {
    match id {
        "pause" => tr!(l, "hotkey-role-pause"),
        "resume" => tr!(l, "hotkey-role-resume"),
        _ => tr!(l, "hotkey-role-toggle"),
    }
}

/// Binds through the portal in the background, keeps the binding, and binds
/// again (a few times) when the desktop ends the session.
pub fn start(hk: &Arc<HotkeyInput>) {
    let hk = hk.clone();
    hk.rt.clone().spawn(async move {
        let mut attempt = 0;
        loop {
            let bound = bind_once(&hk).await;
            if !bound || attempt >= REBIND_ATTEMPTS {
                break;
            }
            attempt += 1;
            let portal = &hk.portal;
            let guard = portal.binding.lock().await;
            if let Some(binding) = guard.as_ref() {
                binding.closed().await;
            }
            drop(guard);
            tracing::warn!(
                attempt,
                "the desktop ended the shortcut session: binding again"
            );
            tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
        }
    });
}

/// One probe-and-bind; true when bound.
async fn bind_once(hk: &Arc<HotkeyInput>) -> bool {
    let engine = hk.engine.clone();
    let l = engine.texts().get();
    let portal = &hk.portal;
    portal.set(PortalStatus {
        state: PortalState::Binding,
        ..PortalStatus::default()
    });
    let handle = hk.clone();
    let on_activated = move |id: &str| {
        if let Some(role) = role(id) {
            tracing::debug!(id, "portal shortcut activated");
            super::pressed(&handle, role);
        }
    };
    let started = std::time::Instant::now();
    let result = match rccontrol_portal::probe().await {
        Ok(version) => {
            tracing::info!(version, "GlobalShortcuts portal found");
            rccontrol_portal::bind(shortcuts(&engine.settings().hotkeys, &l), on_activated).await
        }
        Err(e) => Err(e),
    };
    let notice = |title: String, body: String| {
        let _ = hk.events.send(UiEvent::Notice { title, body });
    };
    let bound = match result {
        Ok(binding) => {
            let bindings: Vec<PortalBinding> = binding
                .shortcuts()
                .iter()
                .map(|s| PortalBinding {
                    id: s.id.clone(),
                    trigger: s.trigger_description.clone(),
                })
                .collect();
            tracing::info!(
                ms = started.elapsed().as_millis(),
                ?bindings,
                "portal shortcuts bound"
            );
            let list = bindings
                .iter()
                .map(|b| {
                    let trigger = if b.trigger.is_empty() {
                        tr!(l, "portal-unbound")
                    } else {
                        b.trigger.clone()
                    };
                    tr!(
                        l,
                        "portal-binding",
                        name = role_name(&b.id, &l),
                        trigger = trigger
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            notice(
                tr!(l, "portal-bound-title"),
                tr!(l, "portal-bound-body", list = list),
            );
            portal.set(PortalStatus {
                state: PortalState::Bound,
                bindings,
                ..PortalStatus::default()
            });
            *portal.binding.lock().await = Some(binding);
            true
        }
        Err(PortalError::Cancelled) => {
            tracing::warn!("the desktop's shortcut dialog was cancelled");
            notice(
                tr!(l, "hotkeys-unavailable-title"),
                tr!(l, "portal-cancelled"),
            );
            portal.set(PortalStatus {
                state: PortalState::Cancelled,
                ..PortalStatus::default()
            });
            false
        }
        Err(e) => {
            let (state, detail) = match &e {
                PortalError::Unavailable(d) => (PortalState::Unavailable, d.clone()),
                other => (PortalState::Failed, other.to_string()),
            };
            tracing::warn!(%detail, "no global shortcuts through the portal");
            notice(
                tr!(l, "portal-unavailable-title"),
                tr!(l, "portal-unavailable-body", detail = detail.as_str()),
            );
            portal.set(PortalStatus {
                state,
                detail: Some(detail),
                ..PortalStatus::default()
            });
            false
        }
    };
    let _ = hk.events.send(UiEvent::Refresh);
    bound
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_become_xdg_triggers() {
        assert_eq!(xdg_trigger("Ctrl+Alt+P").as_deref(), Some("CTRL+ALT+p"));
        assert_eq!(
            xdg_trigger("Ctrl+Shift+F9").as_deref(),
            Some("CTRL+SHIFT+F9")
        );
        assert_eq!(xdg_trigger("Super+Alt+R").as_deref(), Some("LOGO+ALT+r"));
        assert_eq!(xdg_trigger("MediaPause").as_deref(), Some("XF86AudioPause"));
        assert_eq!(xdg_trigger(""), None);
    }

    #[test]
    fn only_known_ids_are_presses() {
        assert_eq!(role("pause"), Some(HotkeyRole::Pause));
        assert_eq!(role("toggle"), Some(HotkeyRole::Toggle));
        assert_eq!(role("other"), None);
    }
}
