//! The one fan-out loop: every event the engine, the guard, the press and the
//! inputs report goes out from here to the outputs — notifications, the tray
//! (on the main thread), the badge and an open settings window. The only
//! caller of the outputs' updates.

use crate::app::App;
use crate::main_thread::MainEvent;
use crate::outputs::{notifications, settings_window};
use crate::ui_events::UiEvent;
use rccontrol::live::LiveNotice;
use rccontrol::live::link::CONFIRM_WAIT;
use rccontrol::{Outcome, Report, Trigger, tr};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

/// Beyond the link's own wait: its answer is on its way.
const CONFIRM_SLACK: Duration = Duration::from_secs(1);

/// Runs until the channel closes. While the state is (maybe) paused the
/// tray's state line is refreshed once a second (the elapsed time); otherwise
/// it waits.
pub async fn run(app: App, mut rx: mpsc::UnboundedReceiver<UiEvent>) {
    let engine = app.engine.clone();
    let notifier = &app.notifier;
    // An accepted pause or resume whose notification waits for 8x8's event
    // stream to report it (live state on), with the time it stops waiting.
    let mut pending: Option<(Trigger, Report, Instant)> = None;
    loop {
        let paused = engine.snapshot().state.may_be_paused();
        let waiting = pending.as_ref().map(|(_, _, until)| *until);
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
                    if let Some((t, r, _)) = pending.take() {
                        notifier.outcome(&engine.texts().get(), t, &r, engine.is_demo(), None);
                    }
                    if report.outcome == Outcome::Applied && engine.is_live() {
                        let until = Instant::now() + CONFIRM_WAIT + CONFIRM_SLACK;
                        pending = Some((trigger, report, until));
                    } else {
                        notifier.outcome(&engine.texts().get(), trigger, &report, engine.is_demo(), None);
                    }
                    true
                }
                Some(UiEvent::Live(LiveNotice::Verified { action, by })) => {
                    match pending.take() {
                        Some((t, r, _)) if r.action == action => notifier.outcome(
                            &engine.texts().get(),
                            t,
                            &r,
                            engine.is_demo(),
                            Some(by),
                        ),
                        other => pending = other,
                    }
                    true
                }
                Some(UiEvent::Live(notice)) => {
                    notifier.live(&engine.texts().get(), &notice);
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
            () = async {
                match waiting {
                    Some(at) => tokio::time::sleep_until(at).await,
                    None => std::future::pending().await,
                }
            } => {
                // The stream said nothing in time (it went down): the
                // answer's own notification.
                if let Some((t, r, _)) = pending.take() {
                    notifier.outcome(&engine.texts().get(), t, &r, engine.is_demo(), None);
                }
                false
            }
        };
        app.on_main(MainEvent::Tray { full });
        if full {
            app.badge.sync(&engine);
        }
        settings_window::push_view(&app.window_host(), full);
    }
}
