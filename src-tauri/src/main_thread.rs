//! The way back to the main thread, where the tray (and, on Windows and
//! macOS, the hotkey manager) lives: what it is asked to do, and a handle any
//! thread can ask through.

use std::sync::{Arc, Mutex};
use tao::event_loop::EventLoopProxy;

/// What the main thread is asked to do.
#[derive(Debug, Clone)]
pub enum MainEvent {
    /// Make the tray match the engine (`full`: also what changes only on events).
    Tray {
        /// See [`crate::outputs::tray::Tray::update`].
        full: bool,
    },
    /// A tray menu item was chosen (its id).
    Menu(String),
    /// Leave the event loop: the app quits.
    Quit,
    /// Windows and macOS: register these hotkeys (`None`: release them all)
    /// with the main thread's hotkey manager.
    #[cfg(not(target_os = "linux"))]
    Hotkeys(Option<rccontrol::hotkeys::Hotkeys>),
}

/// Asks the main thread to do things; cheap to clone.
#[derive(Clone)]
pub struct MainThread(Arc<Mutex<EventLoopProxy<MainEvent>>>);

impl std::fmt::Debug for MainThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MainThread").finish_non_exhaustive()
    }
}

impl MainThread {
    /// Through the event loop's proxy.
    pub fn new(proxy: EventLoopProxy<MainEvent>) -> Self {
        MainThread(Arc::new(Mutex::new(proxy)))
    }

    /// Asks the main thread to do `event` (nothing once the loop has ended).
    pub fn send(&self, event: MainEvent) {
        let proxy = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if proxy.send_event(event).is_err() {
            tracing::debug!("the main loop has ended");
        }
    }
}
