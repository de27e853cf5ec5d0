//! The tray icon and its menu. On Linux (libayatana-appindicator) the icon gets
//! no clicks and no tooltip, so everything — the state line included — is in the menu.

use crate::engine::Engine;
use crate::error::AppError;
use crate::main_thread::{MainEvent, MainThread};
use crate::{autostart, view};
use rccontrol::BelievedState;
use rccontrol::hotkeys::Hotkeys;
use rccontrol::state::now_ms;
use rccontrol::{Localizer, tr};
use std::sync::Mutex;
use tray_icon::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

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

/// Handles to what changes after start. Lives on the main thread.
pub struct Tray {
    icon: TrayIcon,
    state: MenuItem,
    pause: MenuItem,
    resume: MenuItem,
    demo: MenuItem,
    settings: MenuItem,
    log: MenuItem,
    autostart: CheckMenuItem,
    quit: MenuItem,
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

/// The Quit item's label: while paused, or maybe paused, quitting resumes
/// first, so that closing the app never leaves the recording paused unwatched.
pub fn quit_label(state: &BelievedState, l: &Localizer) -> String {
    if state.may_be_paused() {
        tr!(l, "tray-resume-and-quit")
    } else {
        tr!(l, "tray-quit")
    }
}

/// The PNG of a tray icon by name (see [`view::icon_name`]).
fn icon_png(name: &str) -> &'static [u8] {
    match name {
        "recording" => include_bytes!("../../../icons/png/tray-recording-32.png"),
        "paused" => include_bytes!("../../../icons/png/tray-paused-32.png"),
        "no-call" => include_bytes!("../../../icons/png/tray-no-call-32.png"),
        "not-enabled" => include_bytes!("../../../icons/png/tray-not-enabled-32.png"),
        "unknown" => include_bytes!("../../../icons/png/tray-unknown-32.png"),
        "demo-recording" => include_bytes!("../../../icons/png/tray-demo-recording-32.png"),
        "demo-paused" => include_bytes!("../../../icons/png/tray-demo-paused-32.png"),
        "demo-no-call" => include_bytes!("../../../icons/png/tray-demo-no-call-32.png"),
        "demo-not-enabled" => include_bytes!("../../../icons/png/tray-demo-not-enabled-32.png"),
        "demo-error" => include_bytes!("../../../icons/png/tray-demo-error-32.png"),
        "demo-unknown" => include_bytes!("../../../icons/png/tray-demo-unknown-32.png"),
        "live-recording" => include_bytes!("../../../icons/png/tray-live-recording-32.png"),
        "live-paused" => include_bytes!("../../../icons/png/tray-live-paused-32.png"),
        "live-no-call" => include_bytes!("../../../icons/png/tray-live-no-call-32.png"),
        "live-not-recorded" => {
            include_bytes!("../../../icons/png/tray-live-not-recorded-32.png")
        }
        "demo-live-recording" => {
            include_bytes!("../../../icons/png/tray-demo-live-recording-32.png")
        }
        "demo-live-paused" => include_bytes!("../../../icons/png/tray-demo-live-paused-32.png"),
        "demo-live-no-call" => {
            include_bytes!("../../../icons/png/tray-demo-live-no-call-32.png")
        }
        "demo-live-not-recorded" => {
            include_bytes!("../../../icons/png/tray-demo-live-not-recorded-32.png")
        }
        _ => include_bytes!("../../../icons/png/tray-error-32.png"),
    }
}

/// A tray icon by name, decoded from its PNG.
fn icon(name: &str) -> Result<Icon, AppError> {
    let bad = |detail: String| AppError::Icon {
        name: name.to_owned(),
        detail,
    };
    let mut decoder = png::Decoder::new(std::io::Cursor::new(icon_png(name)));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| bad(e.to_string()))?;
    let mut buf = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|e| bad(e.to_string()))?;
    buf.truncate(frame.buffer_size());
    let rgba = match frame.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::Rgb => buf
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        other => return Err(bad(format!("unsupported colour type {other:?}"))),
    };
    Icon::from_rgba(rgba, frame.width, frame.height).map_err(|e| bad(e.to_string()))
}

impl Tray {
    /// Builds the tray icon and menu (main thread, after the event loop exists).
    pub fn create(engine: &Engine, hotkeys: &Hotkeys, main: &MainThread) -> Result<Tray, AppError> {
        let failed = |e: &dyn std::fmt::Display| AppError::Tray(e.to_string());
        let l = engine.texts().get();
        let item =
            |id: &str, text: String, enabled: bool| MenuItem::with_id(id, text, enabled, None);
        let state = item(ids::STATE, tr!(l, "not-configured"), false);
        let pause = item(ids::PAUSE, tr!(l, "tray-pause"), true);
        let resume = item(ids::RESUME, tr!(l, "tray-resume"), true);
        let settings = item(ids::SETTINGS, tr!(l, "tray-settings"), true);
        let demo = item(ids::DEMO, tr!(l, "tray-demo"), true);
        let log = item(ids::LOG, tr!(l, "tray-log"), true);
        let autostart = CheckMenuItem::with_id(
            ids::AUTOSTART,
            tr!(l, "tray-autostart"),
            true,
            autostart::is_enabled(),
            None,
        );
        let quit = item(ids::QUIT, tr!(l, "tray-quit"), true);
        let menu = Menu::with_items(&[
            &state,
            &PredefinedMenuItem::separator(),
            &pause,
            &resume,
            &PredefinedMenuItem::separator(),
            &settings,
            &demo,
            &log,
            &autostart,
            &PredefinedMenuItem::separator(),
            &quit,
        ])
        .map_err(|e| failed(&e))?;
        // The icon's own clicks are not used (everything is in the menu); a
        // handler keeps them from queueing up unread.
        tray_icon::TrayIconEvent::set_event_handler(Some(|_: tray_icon::TrayIconEvent| {}));
        let main = main.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            main.send(MainEvent::Menu(event.id().as_ref().to_owned()));
        }));
        let icon = TrayIconBuilder::new()
            .with_id(TRAY_ID)
            .with_icon(icon("error")?)
            .with_menu(Box::new(menu))
            .with_menu_on_left_click(true)
            .with_tooltip(tr!(l, "app-name"))
            .build()
            .map_err(|e| failed(&e))?;
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
        tray.update(engine, hotkeys, true);
        Ok(tray)
    }

    /// Makes icon, state line and labels match the engine (only what changed is touched).
    /// `full`: also re-read what only changes on events (start at login); a
    /// clock tick (the paused timer) touches the state line only.
    /// `hotkeys`: the bindings in use, shown beside Pause and Resume.
    pub fn update(&self, engine: &Engine, hotkeys: &Hotkeys, full: bool) {
        let snapshot = engine.snapshot();
        let name = view::icon_name(&snapshot);
        let l = engine.texts().get();
        let line = view::state_line(&snapshot, now_ms(), &l);
        let demo = engine.is_demo();
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
        let autostart = full.then(autostart::is_enabled);
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
        let result = (|| -> Result<(), AppError> {
            if let Some(name) = new_icon {
                self.icon
                    .set_icon(Some(icon(&name)?))
                    .map_err(|e| AppError::Tray(e.to_string()))?;
                self.icon.set_title(demo.then_some("DEMO"));
            }
            if let Some(line) = new_line {
                // What the agent reads in the tray, as set (the tests read it).
                tracing::debug!("tray line: {line} [icon {name}]");
                self.state.set_text(&line);
                self.icon
                    .set_tooltip(Some(tr!(l, "tray-tooltip", line = line)))
                    .map_err(|e| AppError::Tray(e.to_string()))?;
            }
            if let Some(label) = new_demo {
                self.demo.set_text(label);
            }
            if new_lang.is_some() {
                self.settings.set_text(tr!(l, "tray-settings"));
                self.log.set_text(tr!(l, "tray-log"));
                self.autostart.set_text(tr!(l, "tray-autostart"));
            }
            if let Some(label) = new_pause {
                self.pause.set_text(label);
            }
            if let Some(label) = new_resume {
                self.resume.set_text(label);
            }
            if let Some(on) = autostart {
                self.autostart.set_checked(on);
            }
            if let Some(label) = new_quit {
                self.quit.set_text(label);
            }
            Ok(())
        })();
        if let Err(e) = result {
            tracing::warn!(error = %e, "tray update failed");
        }
    }
}
