//! Global hotkeys on Windows and macOS through the global-hotkey crate
//! (RegisterHotKey / Carbon, event-driven). Its manager must live on the main
//! thread, so it is owned by the main loop and driven by `MainEvent::Hotkeys`.

use super::HotkeyInput;
use super::HotkeyStatus;
use global_hotkey::hotkey::HotKey;
use global_hotkey::{GlobalHotKeyEvent, GlobalHotKeyManager, HotKeyState};
use rccontrol::hotkeys::Hotkeys;
use std::sync::Arc;

/// The main thread's hotkey manager and what it has registered.
pub struct GlobalHotkeys {
    manager: Result<GlobalHotKeyManager, String>,
    registered: Vec<HotKey>,
}

impl std::fmt::Debug for GlobalHotkeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GlobalHotkeys")
            .field("manager", &self.manager.as_ref().map(|_| "ready"))
            .field("registered", &self.registered.len())
            .finish()
    }
}

impl GlobalHotkeys {
    /// Creates the manager (main thread) and routes presses to the app.
    pub fn start(hk: &Arc<HotkeyInput>) -> Self {
        let manager = GlobalHotKeyManager::new().map_err(|e| e.to_string());
        if let Err(e) = &manager {
            tracing::error!(error = %e, "global hotkeys");
        }
        let handle = hk.clone();
        GlobalHotKeyEvent::set_event_handler(Some(move |event: GlobalHotKeyEvent| {
            if event.state == HotKeyState::Pressed {
                if let Some(role) = handle.manager.role_of(event.id) {
                    super::pressed(&handle, role);
                }
            }
        }));
        Self {
            manager,
            registered: Vec::new(),
        }
    }

    fn unregister_all(&mut self) {
        if let Ok(manager) = &self.manager {
            if let Err(e) = manager.unregister_all(&self.registered) {
                tracing::warn!(error = %e, "unregistering hotkeys failed");
            }
        }
        self.registered.clear();
    }

    /// Registers `wanted` (after releasing the previous ones), or releases all.
    pub fn apply(
        &mut self,
        hk: &Arc<HotkeyInput>,
        wanted: Option<Hotkeys>,
    ) -> Option<Vec<HotkeyStatus>> {
        self.unregister_all();
        let wanted = wanted?;
        let mut register =
            |binding: &str, _role: rccontrol::hotkeys::HotkeyRole| -> Result<u32, String> {
                let manager = self.manager.as_ref().map_err(Clone::clone)?;
                let hotkey: HotKey = binding
                    .parse()
                    .map_err(|e| format!("{binding} cannot be used: {e}"))?;
                manager.register(hotkey).map_err(|e| e.to_string())?;
                self.registered.push(hotkey);
                Ok(hotkey.id())
            };
        Some(super::apply_with(hk, &wanted, &mut register))
    }
}
