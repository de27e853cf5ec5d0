//! The tray process's shared parts, handed to every surface (no globals): the
//! engine, the surfaces' state, the async runtime and the way back to the main
//! thread, where the tray and the badge live.

use crate::badge::BadgeHandle;
use crate::engine::Engine;
use crate::environment::Environment;
use crate::foreground::Foreground;
use crate::hotkeys::HotkeyManager;
use crate::hotkeys::portal::Portal;
use crate::notifications::Notifier;
use crate::press::Press;
use crate::settings_window::SettingsWindow;
use crate::socket::SocketServer;
use crate::ui_events::UiSender;
use std::sync::{Arc, Mutex};
use tao::event_loop::EventLoopProxy;

/// What the main thread is asked to do.
#[derive(Debug, Clone)]
pub enum MainEvent {
    /// Make the tray match the engine (`full`: also what changes only on events).
    Tray {
        /// See [`crate::tray::Tray::update`].
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

/// The tray process's parts; cheap to clone (one `Arc`).
#[derive(Clone)]
pub struct App(Arc<Shell>);

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").finish_non_exhaustive()
    }
}

impl std::ops::Deref for App {
    type Target = Shell;
    fn deref(&self) -> &Shell {
        &self.0
    }
}

/// See [`App`].
pub struct Shell {
    /// Modes, controller, settings: where every action goes through.
    pub engine: Arc<Engine>,
    /// The one way an input (or an output's own Resume button) asks for an action.
    pub press: Press,
    /// OS notifications.
    pub notifier: Notifier,
    /// Registered global hotkeys.
    pub hotkeys: HotkeyManager,
    /// The Wayland shortcut portal's binding.
    pub portal: Portal,
    /// The foreground-window watcher of the auto-pause rules.
    pub foreground: Foreground,
    /// What the desktop session offers (probed once at start).
    pub environment: Environment,
    /// The on-screen paused badge.
    pub badge: BadgeHandle,
    /// The control socket server.
    pub socket: SocketServer,
    /// The settings window's process and session.
    pub window: SettingsWindow,
    /// Events for the UI loop.
    pub ui: UiSender,
    /// The async runtime.
    pub rt: tokio::runtime::Handle,
    /// Whether `--config-dir` was given (the socket then lives in it).
    pub config_dir_overridden: bool,
    main: Mutex<EventLoopProxy<MainEvent>>,
}

impl std::fmt::Debug for Shell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shell")
            .field("window_open", &self.window.is_open())
            .finish_non_exhaustive()
    }
}

impl App {
    /// Assembles the parts; probes the desktop session; starts the badge
    /// (on the main thread).
    pub fn new(
        engine: Arc<Engine>,
        ui: UiSender,
        rt: tokio::runtime::Handle,
        main: EventLoopProxy<MainEvent>,
        config_dir_overridden: bool,
    ) -> Self {
        let environment = crate::environment::probe(&engine.texts().get());
        let press = Press::new(engine.clone(), ui.clone(), rt.clone());
        let badge = BadgeHandle::start(press.clone());
        App(Arc::new(Shell {
            engine,
            press,
            notifier: Notifier::default(),
            hotkeys: HotkeyManager::default(),
            portal: Portal::default(),
            foreground: Foreground::default(),
            environment,
            badge,
            socket: SocketServer::default(),
            window: SettingsWindow::default(),
            ui,
            rt,
            config_dir_overridden,
            main: Mutex::new(main),
        }))
    }

    /// Asks the main thread to do `event` (nothing once the loop has ended).
    pub fn on_main(&self, event: MainEvent) {
        let proxy = self.main.lock().unwrap_or_else(|p| p.into_inner());
        if proxy.send_event(event).is_err() {
            tracing::debug!("the main loop has ended");
        }
    }

    /// Quits: the control socket is removed first, so `rcctl` goes direct at
    /// once instead of finding a dead socket; an open settings window closes.
    pub fn quit(&self) {
        let app = self.clone();
        self.rt.spawn(async move {
            crate::socket::stop(&app).await;
            app.on_main(MainEvent::Quit);
        });
    }
}
