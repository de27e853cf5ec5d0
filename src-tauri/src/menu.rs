//! What each tray menu item does. The tray only shows the menu; the choice
//! comes back here (the composition root's routing), so the tray imports no
//! other surface.

use crate::app::App;
use crate::autostart;
use crate::main_thread::MainEvent;
use crate::outputs::settings_window;
use crate::outputs::tray::ids;
use rccontrol::{Action, Trigger, tr};

/// A menu item was chosen (main thread).
pub fn chosen(app: &App, id: &str) {
    tracing::debug!(id, "tray menu");
    match id {
        ids::PAUSE => app.press.press(Action::Pause, Trigger::Tray),
        ids::RESUME => app.press.press(Action::Resume, Trigger::Tray),
        ids::SETTINGS => settings_window::open_settings(&app.window_host()),
        ids::DEMO => {
            let app = app.clone();
            app.rt.clone().spawn(async move {
                let engine = &app.engine;
                if engine.is_demo() {
                    engine.leave_demo().await;
                } else if let Err(e) = engine.start_demo().await {
                    let l = engine.texts().get();
                    app.notifier
                        .info(&tr!(l, "demo-failed"), &crate::error::localized(&e, &l));
                }
            });
        }
        ids::LOG => settings_window::open_log(&app.window_host()),
        ids::AUTOSTART => {
            let wanted = !autostart::is_enabled();
            if let Err(e) = autostart::set(wanted) {
                let l = app.engine.texts().get();
                app.notifier.info(
                    &tr!(l, "autostart-failed"),
                    &crate::error::localized(&e, &l),
                );
            }
            app.on_main(MainEvent::Tray { full: true });
        }
        ids::QUIT => resume_and_quit(app),
        _ => {}
    }
}

/// Quits; while paused or maybe paused, sends resume first (its outcome is
/// notified and audited).
fn resume_and_quit(app: &App) {
    let engine = &app.engine;
    if !engine.snapshot().state.may_be_paused() {
        app.quit();
        return;
    }
    tracing::info!("quit while paused: resuming first");
    let pending = app.press.request(Action::Resume, Trigger::Tray);
    let app = app.clone();
    app.rt.clone().spawn(async move {
        match pending {
            Ok(pending) => {
                if let Ok(report) = pending.await {
                    let l = app.engine.texts().get();
                    app.notifier.info(&report.message, &tr!(l, "quit-notice"));
                }
            }
            Err(e) => tracing::warn!(error = %e, "resume before quitting"),
        }
        app.quit();
    });
}
