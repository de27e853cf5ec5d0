//! The one fan-out loop: every event the engine, the guard, the press and the
//! inputs report goes out from here to the outputs — notifications, the tray
//! (on the main thread), the badge and an open settings window. The only
//! caller of the outputs' updates.

use crate::app::App;
use crate::main_thread::MainEvent;
use crate::outputs::{notifications, settings_window};
use crate::ui_events::UiEvent;
use rccontrol::tr;
use std::time::Duration;
use tokio::sync::mpsc;

/// Runs until the channel closes. While the state is (maybe) paused the
/// tray's state line is refreshed once a second (the elapsed time); otherwise
/// it waits.
pub async fn run(app: App, mut rx: mpsc::UnboundedReceiver<UiEvent>) {
    let engine = app.engine.clone();
    let notifier = &app.notifier;
    loop {
        let paused = engine.snapshot().state.may_be_paused();
        let full = tokio::select! {
            event = rx.recv() => match event {
                None => break,
                Some(UiEvent::Action { trigger, report }) => {
                    tracing::info!(
                        action = %report.action,
                        %trigger,
                        outcome = report.outcome.kind(),
                        http_status = report.http_status,
                        latency_ms = report.latency_ms,
                        "action"
                    );
                    notifier.outcome(&engine.texts().get(), trigger, &report, engine.is_demo());
                    true
                }
                Some(UiEvent::Guard(event)) => {
                    notifier.guard(&app.press, &engine.texts().get(), &event, engine.is_demo());
                    false
                }
                Some(UiEvent::ModeChanged | UiEvent::Refresh) => true,
                Some(UiEvent::Refused { action, reason }) => {
                    tracing::info!(%action, reason, "nothing sent");
                    notifier.info(&tr!(engine.texts().get(), "nothing-sent"), &reason);
                    false
                }
                Some(UiEvent::Notice { title, body }) => {
                    notifier.info(&title, &body);
                    false
                }
                Some(UiEvent::Ignored(t)) => {
                    let l = engine.texts().get();
                    let window = notifications::rough(t.window, &l);
                    notifier.info(
                        &tr!(l, "press-ignored-title", action = notifications::action_word(t.action, &l), window = window),
                        &tr!(l, "press-ignored-body"),
                    );
                    false
                }
                Some(UiEvent::LinkConfirm) => {
                    notifier.link_confirm(&app.press, &engine.texts().get());
                    false
                }
                Some(UiEvent::Toggled(action)) => {
                    notifier.toggle_sent(action);
                    false
                }
                Some(UiEvent::LinkOff(action)) => {
                    let l = engine.texts().get();
                    let action = notifications::action_word(action, &l);
                    notifier.info(
                        &tr!(l, "link-off-title", action = action),
                        &tr!(l, "link-off-body"),
                    );
                    false
                }
            },
            () = tokio::time::sleep(Duration::from_secs(1)), if paused => false,
        };
        app.on_main(MainEvent::Tray { full });
        if full {
            app.badge.sync(&engine);
        }
        settings_window::push_view(&app.window_host(), full);
    }
}
