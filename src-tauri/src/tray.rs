//! The tray icon and its menu. On Linux (libayatana-appindicator) the icon gets
//! no clicks and no tooltip, so everything — the state line included — is in the menu.

use crate::engine::Engine;
use crate::error::AppError;
use crate::notifications::Notifier;
use crate::{autostart, view, window};
use rccontrol::state::now_ms;
use rccontrol::{Action, BelievedState, Trigger};
use rccontrol::{Localizer, tr};
use std::sync::{Arc, Mutex};
use tauri::image::Image;
use tauri::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Manager, Wry};

/// Tray id (also in the X window name appindicator creates: `tray-icon tray app <id>`).
pub const TRAY_ID: &str = "rccontrol";

/// Menu item ids.
pub mod ids {
    /// The state line (disabled item).
    pub const STATE: &str = "state";
    /// Pause recording.
    pub const PAUSE: &str = "pause";
    /// Resume recording.
    pub const RESUME: &str = "resume";
    /// Settings window.
    pub const SETTINGS: &str = "settings";
    /// Try / leave the demo.
    pub const DEMO: &str = "demo";
    /// Open the audit log.
    pub const LOG: &str = "log";
    /// Start at login.
    pub const AUTOSTART: &str = "autostart";
    /// Quit.
    pub const QUIT: &str = "quit";
}

/// Handles to what changes after start.
pub struct Tray {
    icon: TrayIcon,
    state: MenuItem<Wry>,
    pause: MenuItem<Wry>,
    resume: MenuItem<Wry>,
    demo: MenuItem<Wry>,
    settings: MenuItem<Wry>,
    log: MenuItem<Wry>,
    autostart: CheckMenuItem<Wry>,
    quit: MenuItem<Wry>,
    shown: Mutex<Shown>,
}

impl std::fmt::Debug for Tray {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tray")
            .field("id", &TRAY_ID)
            .finish_non_exhaustive()
    }
}

#[derive(Default)]
struct Shown {
    icon: String,
    line: String,
    demo_label: String,
    pause_label: String,
    resume_label: String,
    quit_label: String,
    /// The language the fixed labels were last set in.
    lang: String,
}

/// The Quit item's label: while paused, quitting resumes first, so that
/// closing the app never leaves the recording paused unwatched.
pub fn quit_label(state: &BelievedState, l: &Localizer) -> String {
    match state {
        BelievedState::Paused { .. } => tr!(l, "tray-resume-and-quit"),
        _ => tr!(l, "tray-quit"),
    }
}

/// The PNG of a tray icon by name (see [`view::icon_name`]).
fn icon_png(name: &str) -> &'static [u8] {
    match name {
        "recording" => include_bytes!("../../icons/png/tray-recording-32.png"),
        "paused" => include_bytes!("../../icons/png/tray-paused-32.png"),
        "no-call" => include_bytes!("../../icons/png/tray-no-call-32.png"),
        "not-enabled" => include_bytes!("../../icons/png/tray-not-enabled-32.png"),
        "unknown" => include_bytes!("../../icons/png/tray-unknown-32.png"),
        "demo-recording" => include_bytes!("../../icons/png/tray-demo-recording-32.png"),
        "demo-paused" => include_bytes!("../../icons/png/tray-demo-paused-32.png"),
        "demo-no-call" => include_bytes!("../../icons/png/tray-demo-no-call-32.png"),
        "demo-not-enabled" => include_bytes!("../../icons/png/tray-demo-not-enabled-32.png"),
        "demo-error" => include_bytes!("../../icons/png/tray-demo-error-32.png"),
        "demo-unknown" => include_bytes!("../../icons/png/tray-demo-unknown-32.png"),
        _ => include_bytes!("../../icons/png/tray-error-32.png"),
    }
}

fn icon(name: &str) -> tauri::Result<Image<'static>> {
    Image::from_bytes(icon_png(name))
}

impl Tray {
    /// Builds the tray icon and menu.
    pub fn create(app: &AppHandle) -> tauri::Result<Tray> {
        let l = app.state::<Arc<Engine>>().texts().get();
        let item = |id: &str, text: String, enabled: bool| {
            MenuItem::with_id(app, id, text, enabled, None::<&str>)
        };
        let state = item(ids::STATE, tr!(l, "not-configured"), false)?;
        let pause = item(ids::PAUSE, tr!(l, "tray-pause"), true)?;
        let resume = item(ids::RESUME, tr!(l, "tray-resume"), true)?;
        let settings = item(ids::SETTINGS, tr!(l, "tray-settings"), true)?;
        let demo = item(ids::DEMO, tr!(l, "tray-demo"), true)?;
        let log = item(ids::LOG, tr!(l, "tray-log"), true)?;
        let autostart = CheckMenuItem::with_id(
            app,
            ids::AUTOSTART,
            tr!(l, "tray-autostart"),
            true,
            autostart::is_enabled(app),
            None::<&str>,
        )?;
        let quit = item(ids::QUIT, tr!(l, "tray-quit"), true)?;
        let menu = Menu::with_items(
            app,
            &[
                &state,
                &PredefinedMenuItem::separator(app)?,
                &pause,
                &resume,
                &PredefinedMenuItem::separator(app)?,
                &settings,
                &demo,
                &log,
                &autostart,
                &PredefinedMenuItem::separator(app)?,
                &quit,
            ],
        )?;
        let icon = TrayIconBuilder::with_id(TRAY_ID)
            .icon(icon("error")?)
            .menu(&menu)
            .show_menu_on_left_click(true)
            .tooltip(tr!(l, "app-name"))
            .on_menu_event(on_menu_event)
            .build(app)?;
        let tray = Tray {
            icon,
            state,
            pause,
            resume,
            demo,
            settings,
            log,
            autostart,
            quit,
            shown: Mutex::new(Shown {
                lang: l.tag().to_owned(),
                ..Shown::default()
            }),
        };
        Ok(tray)
    }

    /// Makes icon, state line and labels match the engine (only what changed is touched).
    /// `full`: also re-read what only changes on events (start at login); a
    /// clock tick (the paused timer) touches the state line only.
    pub fn update(&self, app: &AppHandle, engine: &Engine, full: bool) {
        let snapshot = engine.snapshot();
        let name = view::icon_name(&snapshot);
        let l = engine.texts().get();
        let line = view::state_line(&snapshot, now_ms(), &l);
        let demo = engine.is_demo();
        let hotkeys = app.state::<crate::hotkeys::HotkeyManager>().bindings();
        let label = |text: String, key: &str| {
            if key.is_empty() {
                text
            } else {
                tr!(l, "tray-with-key", label = text, key = key)
            }
        };
        let pause_label = label(tr!(l, "tray-pause"), &hotkeys.pause);
        let resume_label = label(tr!(l, "tray-resume"), &hotkeys.resume);
        let demo_label = if demo {
            tr!(l, "tray-leave-demo")
        } else {
            tr!(l, "tray-demo")
        };
        let autostart = full.then(|| autostart::is_enabled(app));
        let quit_label = quit_label(&snapshot.state, &l);
        // Decide under the lock, apply after it: tray calls run on the main
        // thread and must never wait while this lock is held.
        let (new_icon, new_line, new_demo, new_pause, new_resume, new_quit, new_lang) = {
            let mut shown = self.shown.lock().unwrap_or_else(|p| p.into_inner());
            let new_lang = (shown.lang != l.tag()).then(|| {
                shown.lang = l.tag().to_owned();
                // The line and tooltip are in the old language too.
                shown.line.clear();
            });
            let changed = |old: &mut String, new: &str| {
                (old != new).then(|| {
                    *old = new.to_owned();
                    new.to_owned()
                })
            };
            (
                changed(&mut shown.icon, name),
                changed(&mut shown.line, &line),
                changed(&mut shown.demo_label, &demo_label),
                changed(&mut shown.pause_label, &pause_label),
                changed(&mut shown.resume_label, &resume_label),
                changed(&mut shown.quit_label, &quit_label),
                new_lang,
            )
        };
        let result = (|| -> tauri::Result<()> {
            if let Some(name) = new_icon {
                self.icon.set_icon(Some(icon(&name)?))?;
                self.icon.set_title(demo.then_some("DEMO"))?;
            }
            if let Some(line) = new_line {
                self.state.set_text(&line)?;
                self.icon
                    .set_tooltip(Some(tr!(l, "tray-tooltip", line = line)))?;
            }
            if let Some(label) = new_demo {
                self.demo.set_text(label)?;
            }
            if new_lang.is_some() {
                self.settings.set_text(tr!(l, "tray-settings"))?;
                self.log.set_text(tr!(l, "tray-log"))?;
                self.autostart.set_text(tr!(l, "tray-autostart"))?;
            }
            if let Some(label) = new_pause {
                self.pause.set_text(label)?;
            }
            if let Some(label) = new_resume {
                self.resume.set_text(label)?;
            }
            if let Some(on) = autostart {
                self.autostart.set_checked(on)?;
            }
            if let Some(label) = new_quit {
                self.quit.set_text(label)?;
            }
            Ok(())
        })();
        if let Err(e) = result {
            tracing::warn!(error = %e, "tray update failed");
        }
    }
}

/// Redraws the tray if it exists (see [`Tray::update`] for `full`).
pub fn refresh(app: &AppHandle, full: bool) {
    if let (Some(tray), Some(engine)) = (app.try_state::<Tray>(), app.try_state::<Arc<Engine>>()) {
        tray.update(app, &engine, full);
    }
}

fn on_menu_event(app: &AppHandle, event: MenuEvent) {
    let app = app.clone();
    let id = event.id().as_ref().to_owned();
    tracing::debug!(id, "tray menu");
    match id.as_str() {
        ids::PAUSE => spawn_action(app, Action::Pause),
        ids::RESUME => spawn_action(app, Action::Resume),
        ids::SETTINGS => {
            if let Err(e) = window::open_settings(&app) {
                tracing::warn!(error = %e, "settings window failed");
            }
        }
        ids::DEMO => {
            tauri::async_runtime::spawn(async move {
                let engine = app.state::<Arc<Engine>>().inner().clone();
                if engine.is_demo() {
                    engine.leave_demo().await;
                } else if let Err(e) = engine.start_demo().await {
                    let l = engine.texts().get();
                    app.state::<Arc<Notifier>>().info(
                        &app,
                        &tr!(l, "demo-failed"),
                        &crate::error::localized(&e, &l),
                    );
                }
            });
        }
        ids::LOG => window::open_log(&app),
        ids::AUTOSTART => {
            let wanted = !autostart::is_enabled(&app);
            if let Err(e) = autostart::set(&app, wanted) {
                let l = app.state::<Arc<Engine>>().texts().get();
                app.state::<Arc<Notifier>>().info(
                    &app,
                    &tr!(l, "autostart-failed"),
                    &crate::error::localized(&e, &l),
                );
            }
            refresh(&app, true);
        }
        ids::QUIT => resume_and_quit(app),
        _ => {}
    }
}

/// Quits; while paused, sends resume first (its outcome is notified and audited).
fn resume_and_quit(app: AppHandle) {
    let engine = app.state::<Arc<Engine>>().inner().clone();
    if !matches!(engine.snapshot().state, BelievedState::Paused { .. }) {
        crate::socket::quit(&app);
        return;
    }
    tracing::info!("quit while paused: resuming first");
    let pending = engine.request(Action::Resume, Trigger::Tray);
    tauri::async_runtime::spawn(async move {
        match pending {
            Ok(pending) => {
                if let Ok(report) = pending.await {
                    let notifier = app.state::<Arc<Notifier>>();
                    let l = app.state::<Arc<Engine>>().texts().get();
                    notifier.info(&app, &report.message, &tr!(l, "quit-notice"));
                }
            }
            Err(e) => tracing::warn!(error = %e, "resume before quitting"),
        }
        crate::socket::quit(&app);
    });
}

fn spawn_action(app: AppHandle, action: Action) {
    let engine = app.state::<Arc<Engine>>().inner().clone();
    dispatch(&app, &engine, action, Trigger::Tray);
}

/// Queues `action` now and reports a refusal (e.g. not configured) as a notification.
/// Outcomes themselves reach the agent through the UI loop.
pub fn dispatch(app: &AppHandle, engine: &Engine, action: Action, trigger: Trigger) {
    match engine.request(action, trigger) {
        Ok(pending) => {
            tauri::async_runtime::spawn(async move {
                let _ = pending.await;
            });
        }
        // The press that went through moments ago is the one that counts.
        Err(AppError::Throttled(t)) => tracing::debug!(%t, "press dropped"),
        Err(e) => {
            let l = engine.texts().get();
            app.state::<Arc<Notifier>>().info(
                app,
                &tr!(l, "nothing-sent"),
                &crate::error::localized(&e, &l),
            );
        }
    }
}
