#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The badge on a real X server under a real window manager (openbox, started
//! here), driven with real pointer clicks (xdotool) and checked from outside
//! (xdotool, xwininfo, xprop). One GTK thread for everything, so this is a
//! plain `main` (`harness = false`) that polls the GTK main loop with
//! deadlines. Run it in the desktop test session:
//! `scripts/test-session.sh cargo test -p rccontrol-badge`.
//! Without DISPLAY it skips (exit 0) and says so, but fails inside the test
//! session, which always has one. With `RC_BADGE_SCREENSHOT` set it
//! also writes `docs/badge.png` (or the path it names, if that ends in .png).

#[cfg(not(target_os = "linux"))]
fn main() {
    println!("badge: skipped: the GTK badge is Linux-only");
}

#[cfg(target_os = "linux")]
fn main() {
    let display = std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty());
    if !rccontrol_testkit::available("badge", "DISPLAY", display) {
        return;
    }
    linux::scenario();
    println!("badge: ok");
}

#[cfg(target_os = "linux")]
mod linux {
    use gtk::prelude::*;
    use gtk::{gdk, glib};
    use rccontrol_badge::{Badge, BadgeText, Corner, MARGIN};
    use rccontrol_testkit::{WindowManager, eventually};
    use std::cell::{Cell, RefCell};
    use std::process::{Command, Stdio};
    use std::rc::Rc;
    use std::time::{Duration, Instant};

    const TITLE: &str = "Recording Control — paused";
    const TIMEOUT: Duration = Duration::from_secs(10);

    /// Runs what GTK has pending: the badge's clock and X's events.
    fn pump() {
        while gtk::events_pending() {
            gtk::main_iteration_do(false);
        }
    }

    /// Runs the GTK main loop until `cond` holds; panics after `TIMEOUT`.
    fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
        eventually(TIMEOUT, what, || {
            pump();
            cond()
        });
    }

    /// Like `wait_until`, for a value: the last one is in the panic message.
    fn wait_for<T: std::fmt::Debug>(
        what: &str,
        mut get: impl FnMut() -> T,
        ok: impl Fn(&T) -> bool,
    ) -> T {
        rccontrol_testkit::wait_for(
            TIMEOUT,
            what,
            || {
                pump();
                get()
            },
            ok,
        )
    }

    fn run(program: &str, args: &[&str]) -> (bool, String) {
        let out = Command::new(program)
            .args(args)
            .stderr(Stdio::null())
            .output()
            .unwrap_or_else(|e| {
                panic!("{program}: {e} (install it: scripts/install-deps.sh test)")
            });
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    }

    /// Window ids whose title matches `pattern` (a regex, as xdotool takes it).
    fn search(pattern: &str) -> Vec<u32> {
        run("xdotool", &["search", "--name", pattern])
            .1
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }

    fn xdotool_window(what: &str) -> Option<u32> {
        let (ok, out) = run("xdotool", &[what]);
        ok.then(|| out.trim().parse().ok()).flatten()
    }

    /// Outer geometry and map state of a window, from xwininfo.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    struct Geometry {
        x: i32,
        y: i32,
        width: i32,
        height: i32,
        viewable: bool,
    }

    fn geometry(id: u32) -> Option<Geometry> {
        let (ok, out) = run("xwininfo", &["-id", &id.to_string()]);
        if !ok {
            return None;
        }
        let field = |name: &str| -> Option<i32> {
            out.lines()
                .find_map(|l| l.trim().strip_prefix(name))
                .and_then(|v| v.trim().parse().ok())
        };
        Some(Geometry {
            x: field("Absolute upper-left X:")?,
            y: field("Absolute upper-left Y:")?,
            width: field("Width:")?,
            height: field("Height:")?,
            viewable: out.contains("Map State: IsViewable"),
        })
    }

    /// `_NET_WORKAREA` of desktop 0: x, y, width, height (device pixels).
    fn work_area() -> (i32, i32, i32, i32) {
        let (_, out) = run("xprop", &["-root", "_NET_WORKAREA"]);
        let v: Vec<i32> = out
            .split('=')
            .nth(1)
            .unwrap_or_default()
            .split(',')
            .filter_map(|n| n.trim().parse().ok())
            .collect();
        assert!(v.len() >= 4, "no _NET_WORKAREA: {out:?}");
        (v[0], v[1], v[2], v[3])
    }

    /// Whether `g` sits in `corner` of `area`, `margin` away from both edges
    /// (±1 px for rounding at fractional scales).
    fn in_corner(g: &Geometry, corner: Corner, area: (i32, i32, i32, i32), margin: i32) -> bool {
        let (ax, ay, aw, ah) = area;
        let dx = if corner.is_left() {
            g.x - ax
        } else {
            ax + aw - (g.x + g.width)
        };
        let dy = if corner.is_top() {
            g.y - ay
        } else {
            ay + ah - (g.y + g.height)
        };
        (dx - margin).abs() <= 1 && (dy - margin).abs() <= 1
    }

    fn text() -> BadgeText {
        BadgeText {
            title: TITLE.into(),
            resume: "Resume".into(),
            tooltip: "Resume the recording of this call".into(),
        }
    }

    fn line() -> Box<dyn Fn(Duration) -> String> {
        Box::new(|d| {
            let s = d.as_secs();
            format!("● REC PAUSED {}:{:02}", s / 60, s % 60)
        })
    }

    /// Clicks at root position (x, y), in device pixels.
    fn click(x: i32, y: i32) {
        let (ok, _) = run(
            "xdotool",
            &["mousemove", &x.to_string(), &y.to_string(), "click", "1"],
        );
        assert!(ok, "xdotool click at {x},{y} failed");
    }

    /// Asserts that the focus-holder still has the focus, for X, the window
    /// manager and GTK alike.
    fn assert_focus_kept(when: &str, holder: &gtk::Window, holder_id: u32) {
        let focus = xdotool_window("getwindowfocus");
        let active = xdotool_window("getactivewindow");
        assert_eq!(focus, Some(holder_id), "{when}: X input focus moved");
        assert_eq!(active, Some(holder_id), "{when}: _NET_ACTIVE_WINDOW moved");
        assert!(
            holder.is_active(),
            "{when}: the focus-holder is no longer active for GTK"
        );
    }

    /// Waits until exactly one badge window exists, is viewable and sits in
    /// `corner`; returns its id and geometry.
    fn wait_for_badge(corner: Corner, scale: i32) -> (u32, Geometry) {
        let margin = MARGIN * scale;
        let (ids, g, _) = wait_for(
            &format!("one badge window, viewable, in the {corner} corner"),
            || {
                let ids = search(TITLE);
                let g = match ids.as_slice() {
                    [id] => geometry(*id),
                    _ => None,
                };
                (ids, g, work_area())
            },
            |(ids, g, area)| {
                ids.len() == 1
                    && g.is_some_and(|g| g.viewable && in_corner(&g, corner, *area, margin))
            },
        );
        (ids[0], g.expect("checked by wait_for"))
    }

    pub(crate) fn scenario() {
        gtk::init().expect("GTK init");
        let display = std::env::var("DISPLAY").expect("DISPLAY is set");
        let _wm = WindowManager::start(&display).expect("openbox on the test display");
        let scale = gdk::Display::default()
            .and_then(|d| d.monitor(0))
            .map_or(1, |m| m.scale_factor());

        // A normal, focused window under the badge that records the clicks
        // and pointer motion it gets (root coordinates, device pixels).
        let holder = gtk::Window::new(gtk::WindowType::Toplevel);
        holder.set_title("focus-holder");
        holder.add_events(
            gdk::EventMask::BUTTON_PRESS_MASK
                | gdk::EventMask::BUTTON_RELEASE_MASK
                | gdk::EventMask::POINTER_MOTION_MASK,
        );
        let presses: Rc<RefCell<Vec<(i32, i32)>>> = Rc::default();
        let releases = Rc::new(Cell::new(0_u32));
        let motion: Rc<Cell<Option<(i32, i32)>>> = Rc::default();
        {
            let motion = Rc::clone(&motion);
            holder.connect_motion_notify_event(move |_, e| {
                let (x, y) = e.root();
                motion.set(Some((
                    (x * f64::from(scale)) as i32,
                    (y * f64::from(scale)) as i32,
                )));
                glib::Propagation::Proceed
            });
            let presses = Rc::clone(&presses);
            holder.connect_button_press_event(move |_, e| {
                let (x, y) = e.root();
                presses
                    .borrow_mut()
                    .push(((x * f64::from(scale)) as i32, (y * f64::from(scale)) as i32));
                glib::Propagation::Stop
            });
            let releases = Rc::clone(&releases);
            holder.connect_button_release_event(move |_, _| {
                releases.set(releases.get() + 1);
                glib::Propagation::Stop
            });
        }
        holder.maximize();
        holder.show_all();
        holder.present();
        let holder_id = wait_for(
            "the focus-holder to be mapped, maximized and focused",
            || {
                let id = search("^focus-holder$").first().copied();
                let focused = id.is_some()
                    && xdotool_window("getwindowfocus") == id
                    && xdotool_window("getactivewindow") == id
                    && holder.is_active()
                    && holder.is_maximized();
                (id, focused)
            },
            |(_, focused)| *focused,
        )
        .0
        .expect("checked");

        let resumed = Rc::new(Cell::new(0_u32));
        let mut badge = {
            let resumed = Rc::clone(&resumed);
            Badge::new(move || resumed.set(resumed.get() + 1))
        };
        assert!(!badge.is_shown());
        assert_eq!(badge.line(), None);
        assert!(
            search(TITLE).is_empty(),
            "a badge window exists before show"
        );

        // Shown: one viewable window in the bottom-right corner.
        let since = Instant::now();
        badge.show(since, Corner::BottomRight, text(), line());
        assert!(badge.is_shown());
        assert_eq!(badge.line().as_deref(), Some("● REC PAUSED 0:00"));
        let (id, g) = wait_for_badge(Corner::BottomRight, scale);
        assert_focus_kept("after show", &holder, holder_id);
        assert!(
            g.width > g.height && g.height >= 20 * scale,
            "badge too small: {g:?}"
        );
        if let Some(to) = std::env::var_os("RC_BADGE_SCREENSHOT") {
            screenshot(&g, scale, &to);
        }

        // Identity and hints, as the window manager sees them.
        let (_, props) = run("xprop", &["-id", &id.to_string()]);
        for expected in [
            "WM_WINDOW_ROLE(STRING) = \"rccontrol-badge\"",
            "_NET_WM_WINDOW_TYPE_NOTIFICATION",
            "_NET_WM_STATE_ABOVE",
            "_NET_WM_STATE_SKIP_TASKBAR",
            "_NET_WM_STATE_SKIP_PAGER",
            "Client accepts input or input focus: False",
            // Sticky: on all desktops (openbox does not set _NET_WM_STATE_STICKY).
            "_NET_WM_DESKTOP(CARDINAL) = 4294967295",
        ] {
            assert!(
                props.contains(expected),
                "xprop of the badge lacks {expected:?}:\n{props}"
            );
        }

        // The clock: "0:01" one second after `since`, not before.
        wait_until("the line to reach 0:01", || {
            badge.line().is_some_and(|l| l.ends_with("0:01"))
        });
        // Never ahead of the clock; how soon after is not asserted (noisy
        // machines): the wait above bounds it.
        let at = since.elapsed();
        assert!(
            at >= Duration::from_secs(1),
            "0:01 shown after {at:?}, before a second had passed"
        );
        assert_focus_kept("after a tick", &holder, holder_id);

        // A click on the text goes through to the window below.
        let (rx, ry, rw, rh) = badge.resume_area().expect("Resume laid out");
        let (rx, ry, rw, rh) = (rx * scale, ry * scale, rw * scale, rh * scale);
        assert!(
            rx > g.width / 3 && rx + rw <= g.width && ry >= 0 && ry + rh <= g.height,
            "Resume at {rx},{ry} {rw}x{rh} in {g:?}"
        );
        let text_at = (g.x + rx / 2, g.y + g.height / 2);
        click(text_at.0, text_at.1);
        wait_until(
            "the focus-holder to get the click on the badge's text",
            || releases.get() >= 1,
        );
        assert!(
            presses
                .borrow()
                .iter()
                .any(|&(x, y)| (x - text_at.0).abs() <= 1 && (y - text_at.1).abs() <= 1),
            "the window below got {:?}, not the click at {text_at:?}",
            presses.borrow()
        );
        assert_eq!(resumed.get(), 0, "a click on the text resumed");
        assert_focus_kept("after a click on the text", &holder, holder_id);

        // A click on Resume calls back, once, and does not take the focus.
        let resume_at = (g.x + rx + rw / 2, g.y + ry + rh / 2);
        presses.borrow_mut().clear();
        click(resume_at.0, resume_at.1);
        wait_until("the Resume callback", || resumed.get() >= 1);
        // Then the pointer moves onto the window below: once that motion
        // arrives, every event of the Resume click has been handled too (X
        // delivers in order). A motion, not a click, which would refocus it.
        let elsewhere = (g.x - 40 * scale, g.y + g.height / 2);
        let (ok, _) = run(
            "xdotool",
            &[
                "mousemove",
                &elsewhere.0.to_string(),
                &elsewhere.1.to_string(),
            ],
        );
        assert!(ok);
        wait_until("the focus-holder to see the pointer move", || {
            motion
                .get()
                .is_some_and(|(x, y)| (x - elsewhere.0).abs() <= 1 && (y - elsewhere.1).abs() <= 1)
        });
        assert_eq!(
            resumed.get(),
            1,
            "Resume called back {} times",
            resumed.get()
        );
        assert!(
            presses.borrow().is_empty(),
            "the window below got {:?}",
            presses.borrow()
        );
        assert_focus_kept("after clicking Resume", &holder, holder_id);

        // Hidden: the window is gone.
        badge.hide();
        assert!(!badge.is_shown());
        assert_eq!(badge.line(), None);
        let left = wait_for(
            "the badge window to be destroyed",
            || search(TITLE),
            |ids| ids.is_empty(),
        );
        assert!(left.is_empty());
        assert!(
            geometry(id).is_none(),
            "X window {id} still exists after hide"
        );

        // Shown again, top left; then moved while shown to the top right.
        badge.show(Instant::now(), Corner::TopLeft, text(), line());
        let (id, _) = wait_for_badge(Corner::TopLeft, scale);
        assert_focus_kept("after the second show", &holder, holder_id);
        badge.show(Instant::now(), Corner::TopRight, text(), line());
        let (moved, _) = wait_for_badge(Corner::TopRight, scale);
        assert_eq!(moved, id, "show while shown made a new window");
        assert_focus_kept("after moving", &holder, holder_id);

        badge.hide();
        wait_until("the badge window to be destroyed", || {
            search(TITLE).is_empty()
        });
        holder.close();
    }

    /// The badge with a little of the window below, into `docs/badge.png`
    /// (or into `to` if that ends in `.png`).
    fn screenshot(g: &Geometry, scale: i32, to: &std::ffi::OsStr) {
        // The pointer is elsewhere (no hover colour). Let GTK paint a few
        // frames: for the picture only, no assertion depends on it.
        let until = Instant::now() + Duration::from_millis(300);
        wait_until("GTK to paint", || Instant::now() > until);
        let pad = 12 * scale;
        let crop = format!(
            "{}x{}+{}+{}",
            g.width + 2 * pad,
            g.height + 2 * pad,
            g.x - pad,
            g.y - pad
        );
        let docs = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/badge.png");
        let path = to.to_str().filter(|p| p.ends_with(".png")).unwrap_or(docs);
        let (ok, _) = run(
            "import",
            &["-window", "root", "-crop", &crop, "+repage", path],
        );
        assert!(ok, "import failed");
        println!("badge: screenshot {crop} in {path}");
    }
}
