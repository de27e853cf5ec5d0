//! The tray process's parts, held together by the composition root ([`crate`]'s
//! `run`): the engine, the press, each input's and each output's state, the UI
//! channel, the runtime and the way back to the main thread. Only the
//! composition modules (`lib`, `fanout`, `menu`, `exit`) take
//! it; an input or an output gets what it needs, or a host trait of its own
//! that [`App`] implements here.

use crate::engine::Engine;
use crate::environment::Environment;
use crate::inputs::deep_link;
use crate::inputs::foreground::{self, Foreground};
use crate::inputs::hotkeys::{self, HotkeyInput};
use crate::inputs::socket::{self, SocketHost, SocketServer};
use crate::main_thread::{MainEvent, MainThread};
use crate::outputs::badge::BadgeHandle;
use crate::outputs::notifications::Notifier;
use crate::outputs::settings_window::{self, Host, SettingsWindow, WindowHost};
use crate::press::Press;
use crate::status::{ForegroundStatus, HotkeyStatus, PortalStatus};
use crate::ui_events::{UiEvent, UiSender};
use rccontrol::control_socket::WindowSession;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

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
    /// The global hotkeys (and the Wayland portal's binding).
    pub hotkeys: Arc<HotkeyInput>,
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
    /// The way back to the main thread.
    pub main: MainThread,
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
        main: MainThread,
        config_dir_overridden: bool,
    ) -> Self {
        let environment = crate::environment::probe(&engine.texts().get());
        let press = Press::new(engine.clone(), ui.clone(), rt.clone());
        let badge = BadgeHandle::start(press.clone());
        let hotkeys = HotkeyInput::new(
            press.clone(),
            engine.clone(),
            ui.clone(),
            main.clone(),
            rt.clone(),
        );
        App(Arc::new(Shell {
            engine,
            press,
            notifier: Notifier::default(),
            hotkeys,
            foreground: Foreground::default(),
            environment,
            badge,
            socket: SocketServer::default(),
            window: SettingsWindow::default(),
            ui,
            rt,
            config_dir_overridden,
            main,
        }))
    }

    /// Asks the main thread to do `event` (nothing once the loop has ended).
    pub fn on_main(&self, event: MainEvent) {
        self.main.send(event);
    }

    /// The one sequence that brings the inputs in line with the settings:
    /// the global hotkeys, the auto-pause rules' foreground watcher and the
    /// `rccontrol://` link handler. Run at start, after a save and when a
    /// settings window that had released the hotkeys goes away (the tray, the
    /// badge and the language follow the engine's `ModeChanged` through the
    /// UI loop). `links_were`: whether the link handler was registered before
    /// (it is registered or removed only on a change: both touch the
    /// desktop's files).
    pub fn reconfigure(&self, links_were: bool) {
        let engine = &self.engine;
        hotkeys::apply(&self.hotkeys, &engine.settings().hotkeys);
        foreground::apply(&self.foreground, engine);
        let links = engine.safety().deep_link;
        if links != links_were {
            deep_link::register(links);
        }
    }

    /// The settings window's view of the app.
    pub fn window_host(&self) -> Host {
        Arc::new(self.clone())
    }

    /// Quits: the control socket is removed first, so `rcctl` goes direct at
    /// once instead of finding a dead socket; an open settings window closes.
    pub fn quit(&self) {
        let app = self.clone();
        self.rt.spawn(async move {
            socket::stop(&app.socket).await;
            app.on_main(MainEvent::Quit);
        });
    }
}

impl WindowHost for App {
    fn engine(&self) -> &Arc<Engine> {
        &self.engine
    }

    fn press(&self) -> &Press {
        &self.press
    }

    fn rt(&self) -> &tokio::runtime::Handle {
        &self.rt
    }

    fn window(&self) -> &SettingsWindow {
        &self.window
    }

    fn config_dir_overridden(&self) -> bool {
        self.config_dir_overridden
    }

    fn environment(&self) -> &Environment {
        &self.environment
    }

    fn notice(&self, title: &str, body: &str) {
        let _ = self.ui.send(UiEvent::Notice {
            title: title.to_owned(),
            body: body.to_owned(),
        });
    }

    fn refresh(&self) {
        let _ = self.ui.send(UiEvent::Refresh);
    }

    fn hotkey_status(&self) -> Vec<HotkeyStatus> {
        self.hotkeys.manager.status()
    }

    fn suspend_hotkeys(&self, suspended: bool) -> Vec<HotkeyStatus> {
        if suspended {
            hotkeys::unregister_all(&self.hotkeys);
            self.hotkeys.manager.status()
        } else {
            let bindings = self.hotkeys.manager.bindings();
            hotkeys::apply(&self.hotkeys, &bindings)
        }
    }

    fn portal_status(&self) -> PortalStatus {
        self.hotkeys.portal.status()
    }

    fn foreground_status(&self) -> ForegroundStatus {
        self.foreground.status()
    }

    fn window_titles(&self) -> Result<Vec<String>, String> {
        foreground::titles()
    }

    fn reconfigure(&self, links_were: bool) {
        App::reconfigure(self, links_were);
    }
}

impl SocketHost for App {
    fn open_settings(&self) {
        settings_window::open_settings(&self.window_host());
    }

    fn serve_window(&self, session: WindowSession) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(settings_window::serve(self.window_host(), session))
    }
}
