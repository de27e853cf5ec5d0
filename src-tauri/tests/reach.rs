//! Reaching every agent, end to end in the session of scripts/test-session.sh:
//! the on-screen paused badge on a real X server under a real window manager
//! (openbox), the Wayland shortcuts through a GlobalShortcuts portal on the
//! session bus (a fake portal: no real desktop here), and the app speaking
//! the agent's language. Run through ./test.
// X11, Unix sockets, /proc and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use rccontrol_e2e::run_rcctl;
use rccontrol_portal::fake::FakePortal;
use std::process::Command;
use std::time::Instant;

const BADGE: &str = "Recording Control — paused";

/// `xdotool` on `display`.
fn xdo(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The badge windows shown on `display`.
fn badges(display: &str) -> Vec<u32> {
    xdo(display, &["search", "--onlyvisible", "--name", BADGE])
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

/// x, y, width, height of window `id` (absolute); `None` once it is gone.
fn geometry(display: &str, id: u32) -> Option<(i32, i32, i32, i32)> {
    let out = Command::new("xwininfo")
        .args(["-display", display, "-id", &id.to_string()])
        .output()
        .expect("xwininfo");
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| -> Option<i32> {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
    };
    Some((
        field("Absolute upper-left X:")?,
        field("Absolute upper-left Y:")?,
        field("Width:")?,
        field("Height:")?,
    ))
}

#[test]
fn badge_shows_while_paused_never_takes_focus_and_resumes_on_click() {
    let _desk = desktop();
    let x = managed_x_server();
    let display = x.display().to_owned();
    let Setup { env, dir } = configured_with(|s| s.badge_corner = Some("top-left".into()));
    let holder = TitledWindow::open(&display, "Customer notes");
    holder.activate(&display);
    let focused = xdo(&display, &["getactivewindow"]);
    let app = App::start(dir.path(), &[], &[("DISPLAY", &display)]);
    assert!(badges(&display).is_empty(), "no badge before a pause");

    let paused = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(paused.code, 0, "{}", paused.all());
    // Taken while visible: the window manager reparents a new window (an unmap
    // and a map), so a search can miss it for a moment.
    let mut badge = 0;
    eventually(20, "the paused badge", || match badges(&display)[..] {
        [id] => {
            badge = id;
            true
        }
        _ => false,
    });
    let (x, y, w, h) = geometry(&display, badge).expect("the badge's geometry");
    assert!(x < 100 && y < 100, "top-left corner, got {x},{y}");
    assert!(
        w > 60 && h > 10 && w < 600 && h < 120,
        "a small badge, got {w}x{h}"
    );
    assert_eq!(
        xdo(&display, &["getactivewindow"]),
        focused,
        "the badge took the focus from the agent's window"
    );

    // The Resume button is the badge's right end. The badge may still be
    // settling (GTK sizes it once its fonts are loaded, then it moves back into
    // its corner), so the click is repeated every half second from the
    // window's current geometry until the resume arrives; repeats within a
    // second are dropped by the press throttle, and after the resume the badge
    // is gone.
    let mut last_click: Option<Instant> = None;
    eventually(20, "the badge's resume", || {
        if requests_with(&env, "/rccontrol/resume/") >= 1 {
            return true;
        }
        if last_click.is_none_or(|t| t.elapsed() >= std::time::Duration::from_millis(500)) {
            if let Some((x, y, w, h)) = geometry(&display, badge) {
                let (cx, cy) = (x + w - 20, y + h / 2);
                xdo(
                    &display,
                    &["mousemove", &cx.to_string(), &cy.to_string(), "click", "1"],
                );
            }
            last_click = Some(Instant::now());
        }
        false
    });
    assert_eq!(requests_with(&env, "/rccontrol/resume/"), 1);
    eventually(20, "the badge to go", || badges(&display).is_empty());
    let by_badge = audited_at_least(dir.path(), "badge", 1);
    assert_eq!(by_badge.len(), 1, "{by_badge:?}");
    assert_eq!(by_badge[0]["action"], "resume");
    assert_eq!(xdo(&display, &["getactivewindow"]), focused);
    drop(app);
}

#[test]
fn badge_can_be_switched_off() {
    let _desk = desktop();
    let x = bare_x_server();
    let display = x.display().to_owned();
    let Setup { env: _env, dir } = configured_with(|s| s.badge = Some(false));
    let app = App::start(dir.path(), &[], &[("DISPLAY", &display)]);
    let paused = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(paused.code, 0, "{}", paused.all());
    // The badge's decision is logged after the pause reached the UI loop.
    eventually(20, "the badge's decision", || {
        app.log().contains("badge while paused")
    });
    let log = app.log();
    let decision = log
        .lines()
        .find(|l| l.contains("badge while paused"))
        .unwrap_or_default();
    assert!(decision.contains("shown=false"), "{decision}");
    assert!(
        badges(&display).is_empty(),
        "badge shown although switched off"
    );
}

#[test]
fn wayland_shortcuts_bind_through_the_portal_and_press() {
    let _desk = desktop();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let fake = rt
        .block_on(FakePortal::start())
        .expect("the fake portal on the session bus");
    let Setup { env, dir } = configured(|h| {
        h.pause = "Ctrl+Alt+P".into();
        h.resume = "Ctrl+Alt+R".into();
    });
    let started = Instant::now();
    let skip = notifications().len();
    let app = App::start(dir.path(), &[], &[("RCCONTROL_HOTKEYS", "portal")]);
    eventually(
        20,
        "the app to bind its shortcuts through the portal",
        || rt.block_on(fake.bound()).len() == 2,
    );
    let bind_ms = started.elapsed().as_millis();
    let triggers = rt.block_on(fake.triggers());
    assert!(
        triggers.contains(&("pause".into(), "CTRL+ALT+p".into())),
        "{triggers:?}"
    );
    let bound = rt.block_on(fake.bound());
    assert!(
        bound.contains(&("pause".into(), "Pause the call recording".into())),
        "{bound:?}"
    );
    // Said by this app, not by an earlier test's.
    expect_notification(skip, "Shortcuts set by your desktop");

    let pressed = Instant::now();
    assert_eq!(rt.block_on(fake.activate("pause")).unwrap(), 1);
    eventually(20, "the portal's pause at 8x8", || {
        requests_with(&env, "/rccontrol/pause/") == 1
    });
    let press_ms = pressed.elapsed().as_secs_f64() * 1000.0;
    // Past the press throttle (a second press of a *different* action is
    // never throttled, so no wait is needed).
    assert_eq!(rt.block_on(fake.activate("resume")).unwrap(), 1);
    eventually(20, "the portal's resume at 8x8", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    let hotkeys = audited_at_least(dir.path(), "hotkey", 2);
    assert_eq!(hotkeys.len(), 2, "{hotkeys:?}");
    eprintln!(
        "portal: app bound in {bind_ms} ms (start included), activation → PUT seen {press_ms:.1} ms"
    );
    drop(app);
    rt.block_on(fake.stop());
}

#[test]
fn without_a_portal_the_agent_is_told_what_to_bind() {
    let _desk = desktop();
    let rt = tokio::runtime::Runtime::new().unwrap();
    // A portal without the GlobalShortcuts interface, like wlroots desktops.
    let fake = rt
        .block_on(FakePortal::start_without_global_shortcuts())
        .expect("the fake portal");
    let Setup { env: _env, dir } = configured(|_| {});
    let skip = notifications().len();
    let app = App::start(dir.path(), &[], &[("RCCONTROL_HOTKEYS", "portal")]);
    let body = expect_notification(skip, "Your desktop offers no global shortcuts to apps");
    assert!(
        body.contains("`rcctl pause`") && body.contains("`rcctl resume`"),
        "{body}"
    );
    drop(app);
    rt.block_on(fake.stop());
}

#[test]
fn the_app_speaks_the_agents_language() {
    let _desk = desktop();
    let Setup { env: _env, dir } = configured_with(|s| s.language = Some("de-DE".into()));
    let skip = notifications().len();
    // The test helper pins English through RCCONTROL_LANG; empty hands the
    // choice back to the setting.
    let app = App::start(dir.path(), &[], &[("RCCONTROL_LANG", "")]);
    let paused = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(paused.code, 0, "{}", paused.all());
    let german = rccontrol::Localizer::new("de-DE");
    let summary = german.text("outcome-paused");
    assert_ne!(
        summary, "Recording paused",
        "the German catalog is filled in"
    );
    expect_notification(skip, &summary);
    drop(app);
}
