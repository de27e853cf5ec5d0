#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The X11 watcher against a real X server: each test starts its own Xvfb
//! (display number chosen by Xvfb through `-displayfd`) and, where a window
//! manager is needed, openbox on it. Needs `Xvfb` and `openbox` on PATH.
#![cfg(target_os = "linux")]

use rccontrol_foreground::{
    Unavailable, watch, watch_display, window_titles, window_titles_display,
};
use rccontrol_testkit::{Desktop, Xvfb, eventually};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ClientMessageEvent, ConnectionExt as _, CreateWindowAux, PropMode, Window,
    WindowClass,
};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

const PAYMENT: &str = "Payment – Card details";
/// The bound on every wait.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The screen of each test's own X server.
const SCREEN: (u16, u16) = (1024, 768);

/// Starts a private X server with openbox on it.
fn desktop() -> Desktop {
    Desktop::start(SCREEN.0, SCREEN.1).expect("Xvfb and openbox (scripts/install-deps.sh test)")
}

/// The test's own X client, which creates, titles, activates and destroys
/// windows.
struct X {
    conn: RustConnection,
    root: Window,
    net_wm_name: Atom,
    utf8: Atom,
    net_active_window: Atom,
    net_client_list: Atom,
}

impl X {
    fn connect(display: &str) -> Self {
        let (conn, screen) = x11rb::connect(Some(display)).unwrap();
        let root = conn.setup().roots[screen].root;
        let mut x = X {
            conn,
            root,
            net_wm_name: 0,
            utf8: 0,
            net_active_window: 0,
            net_client_list: 0,
        };
        x.net_wm_name = x.atom("_NET_WM_NAME");
        x.utf8 = x.atom("UTF8_STRING");
        x.net_active_window = x.atom("_NET_ACTIVE_WINDOW");
        x.net_client_list = x.atom("_NET_CLIENT_LIST");
        x
    }

    fn atom(&self, name: &str) -> Atom {
        rccontrol_testkit::atom(&self.conn, name).unwrap()
    }

    /// The first 32-bit value of a root window property, if it is set.
    fn root_property(&self, property: Atom) -> Option<u32> {
        let reply = self
            .conn
            .get_property(false, self.root, property, AtomEnum::ANY, 0, 1)
            .unwrap()
            .reply()
            .unwrap();
        reply.value32().and_then(|mut v| v.next())
    }

    fn active(&self) -> Option<Window> {
        self.root_property(self.net_active_window)
            .filter(|&w| w != 0)
    }

    /// Creates and maps a top-level window with `_NET_WM_NAME` (UTF-8)
    /// and/or `WM_NAME` (Latin-1 bytes as given).
    fn create(&self, net_wm_name: Option<&str>, wm_name: Option<&[u8]>) -> Window {
        let w = self.conn.generate_id().unwrap();
        self.conn
            .create_window(
                x11rb::COPY_DEPTH_FROM_PARENT,
                w,
                self.root,
                10,
                10,
                200,
                100,
                0,
                WindowClass::INPUT_OUTPUT,
                x11rb::COPY_FROM_PARENT,
                &CreateWindowAux::new().background_pixel(0x00ff_ffff),
            )
            .unwrap()
            .check()
            .unwrap();
        if let Some(title) = net_wm_name {
            self.set_net_wm_name(w, title);
        }
        if let Some(title) = wm_name {
            self.set_wm_name(w, title);
        }
        self.conn.map_window(w).unwrap().check().unwrap();
        w
    }

    fn set_net_wm_name(&self, w: Window, title: &str) {
        self.conn
            .change_property8(
                PropMode::REPLACE,
                w,
                self.net_wm_name,
                self.utf8,
                title.as_bytes(),
            )
            .unwrap()
            .check()
            .unwrap();
    }

    fn set_wm_name(&self, w: Window, title: &[u8]) {
        self.conn
            .change_property8(
                PropMode::REPLACE,
                w,
                AtomEnum::WM_NAME,
                AtomEnum::STRING,
                title,
            )
            .unwrap()
            .check()
            .unwrap();
    }

    /// Sets both names, the way browsers do when a tab changes.
    fn set_title(&self, w: Window, title: &str) {
        self.set_net_wm_name(w, title);
        self.set_wm_name(w, title.replace('–', "-").as_bytes());
    }

    /// Waits until the window manager manages `w` (it is in
    /// `_NET_CLIENT_LIST`).
    fn wait_managed(&self, w: Window) {
        eventually(TIMEOUT, "the window manager to manage the window", || {
            let reply = self
                .conn
                .get_property(
                    false,
                    self.root,
                    self.net_client_list,
                    AtomEnum::WINDOW,
                    0,
                    1024,
                )
                .unwrap()
                .reply()
                .unwrap();
            reply.value32().is_some_and(|mut v| v.any(|x| x == w))
        });
    }

    /// Asks the window manager to activate `w` (EWMH `_NET_ACTIVE_WINDOW`
    /// client message, source "pager", like `xdotool windowactivate`) and
    /// waits until it has.
    fn activate(&self, w: Window) {
        let message = ClientMessageEvent::new(32, w, self.net_active_window, [2, 0, 0, 0, 0]);
        rccontrol_testkit::ask_window_manager(&self.conn, self.root, message).unwrap();
        eventually(TIMEOUT, "the window to become active", || {
            self.active() == Some(w)
        });
    }

    /// Sets `_NET_ACTIVE_WINDOW` on the root window directly, as a window
    /// manager would.
    fn set_active_property(&self, w: Window) {
        self.conn
            .change_property32(
                PropMode::REPLACE,
                self.root,
                self.net_active_window,
                AtomEnum::WINDOW,
                &[w],
            )
            .unwrap()
            .check()
            .unwrap();
    }

    fn destroy(&self, w: Window) {
        self.conn.destroy_window(w).unwrap().check().unwrap();
    }
}

/// Everything a watcher reported, in order.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<Option<String>>>>);

impl Log {
    fn callback(&self) -> impl Fn(Option<String>) + Send + 'static {
        let log = self.clone();
        move |title| log.0.lock().unwrap().push(title)
    }

    fn entries(&self) -> Vec<Option<String>> {
        self.0.lock().unwrap().clone()
    }

    fn last(&self) -> Option<Option<String>> {
        self.0.lock().unwrap().last().cloned()
    }

    fn wait_last(&self, title: Option<&str>) {
        let want = Some(title.map(str::to_owned));
        eventually(TIMEOUT, &format!("the watcher to report {title:?}"), || {
            self.last() == want
        });
    }
}

#[test]
fn watcher_follows_active_window_and_its_title() {
    let desktop = desktop();
    let x = X::connect(desktop.display());
    let payment = x.create(Some(PAYMENT), Some(b"Payment - Card details"));
    let notes = x.create(Some("Notes"), Some(b"Notes"));
    // WM_NAME only (type STRING, Latin-1): the fallback.
    let legacy = x.create(None, Some(b"Legacy caf\xe9"));
    for w in [payment, notes, legacy] {
        x.wait_managed(w);
    }
    x.activate(notes);

    let log = Log::default();
    let watcher = watch_display(Some(desktop.display()), log.callback()).unwrap();
    // Reported once at start.
    log.wait_last(Some("Notes"));

    x.activate(payment);
    log.wait_last(Some(PAYMENT));
    x.activate(legacy);
    log.wait_last(Some("Legacy café"));
    x.activate(notes);
    log.wait_last(Some("Notes"));

    // The focused window's title changes (a browser tab switching page).
    x.set_title(notes, "Notes – shopping list");
    log.wait_last(Some("Notes – shopping list"));

    // A window in the background changing its title is not reported: by the
    // time the later change of the active window arrives, the earlier one
    // would have arrived too (the server keeps the order).
    x.set_title(payment, "Payment – 3-D Secure");
    x.set_title(notes, "Notes – todo");
    log.wait_last(Some("Notes – todo"));
    assert!(
        !log.entries()
            .contains(&Some("Payment – 3-D Secure".to_owned())),
        "a background window's title was reported: {:?}",
        log.entries()
    );

    // The active window vanishes; the watcher keeps going.
    x.destroy(notes);
    eventually(
        TIMEOUT,
        "the watcher to notice the active window went",
        || log.last() != Some(Some("Notes – todo".to_owned())),
    );
    let bank = x.create(Some("Bank – Transfer"), Some(b"Bank - Transfer"));
    x.wait_managed(bank);
    x.activate(bank);
    log.wait_last(Some("Bank – Transfer"));

    // Each title in order, never the same value twice in a row.
    let entries = log.entries();
    let expected = [
        "Notes",
        PAYMENT,
        "Legacy café",
        "Notes",
        "Notes – shopping list",
        "Notes – todo",
        "Bank – Transfer",
    ];
    let mut rest = entries.iter();
    for title in expected {
        assert!(
            rest.any(|e| e.as_deref() == Some(title)),
            "{title:?} missing or out of order in {entries:?}"
        );
    }
    assert!(
        entries.windows(2).all(|pair| pair[0] != pair[1]),
        "a value was reported twice in a row: {entries:?}"
    );

    // Dropping the watcher stops its thread promptly: the thread has ended
    // and released the callback (the only other owner of the log).
    let started = Instant::now();
    drop(watcher);
    // Only a hang fails this bound (a drop takes milliseconds).
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "dropping the watcher hung: {:?}",
        started.elapsed()
    );
    assert_eq!(
        Arc::strong_count(&log.0),
        1,
        "the watcher thread still holds the callback"
    );

    // ...and no later change reaches it: a second watcher sees the change.
    let reported = log.entries().len();
    let reference = Log::default();
    let _watcher = watch_display(Some(desktop.display()), reference.callback()).unwrap();
    reference.wait_last(Some("Bank – Transfer"));
    x.activate(payment);
    reference.wait_last(Some("Payment – 3-D Secure"));
    assert_eq!(log.entries().len(), reported);
}

#[test]
fn window_titles_lists_titled_windows_active_first() {
    let desktop = desktop();
    let x = X::connect(desktop.display());
    let payment = x.create(Some(PAYMENT), Some(b"Payment - Card details"));
    let untitled = x.create(None, None);
    let notes = x.create(Some("Notes"), Some(b"Notes"));
    let legacy = x.create(None, Some(b"Legacy caf\xe9"));
    for w in [payment, untitled, notes, legacy] {
        x.wait_managed(w);
    }
    x.activate(notes);

    let titles = window_titles_display(Some(desktop.display())).unwrap();
    assert_eq!(
        titles.first().map(String::as_str),
        Some("Notes"),
        "{titles:?}"
    );
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(sorted, ["Legacy café", "Notes", PAYMENT], "{titles:?}");

    x.activate(payment);
    let titles = window_titles_display(Some(desktop.display())).unwrap();
    assert_eq!(
        titles.first().map(String::as_str),
        Some(PAYMENT),
        "{titles:?}"
    );
    assert_eq!(titles.len(), 3, "{titles:?}");
}

#[test]
fn without_a_window_manager_the_title_is_none_until_one_publishes_it() {
    let xvfb = Xvfb::start(SCREEN.0, SCREEN.1).expect("Xvfb (scripts/install-deps.sh test)");
    let x = X::connect(xvfb.display());
    let payment = x.create(Some(PAYMENT), Some(b"Payment - Card details"));
    let notes = x.create(Some("Notes"), None);
    // Unmapped: not a window anyone sees.
    let hidden = x.conn.generate_id().unwrap();
    x.conn
        .create_window(
            x11rb::COPY_DEPTH_FROM_PARENT,
            hidden,
            x.root,
            0,
            0,
            10,
            10,
            0,
            WindowClass::INPUT_OUTPUT,
            x11rb::COPY_FROM_PARENT,
            &CreateWindowAux::new(),
        )
        .unwrap()
        .check()
        .unwrap();
    x.set_net_wm_name(hidden, "Hidden");

    let log = Log::default();
    let _watcher = watch_display(Some(xvfb.display()), log.callback()).unwrap();
    log.wait_last(None);

    // No _NET_CLIENT_LIST: the mapped, titled children of the root window.
    let mut titles = window_titles_display(Some(xvfb.display())).unwrap();
    titles.sort();
    assert_eq!(titles, ["Notes", PAYMENT]);

    // A window manager appears and publishes _NET_ACTIVE_WINDOW.
    x.set_active_property(payment);
    log.wait_last(Some(PAYMENT));
    x.set_title(payment, "Payment – 3-D Secure");
    log.wait_last(Some("Payment – 3-D Secure"));
    let titles = window_titles_display(Some(xvfb.display())).unwrap();
    assert_eq!(titles, ["Payment – 3-D Secure", "Notes"]);
    x.set_active_property(notes);
    log.wait_last(Some("Notes"));
    // A window that is already gone (BadWindow): no title, no harm done.
    x.set_active_property(0x00ab_cdef);
    log.wait_last(None);
    x.set_active_property(payment);
    log.wait_last(Some("Payment – 3-D Secure"));
    x.set_active_property(0);
    log.wait_last(None);
    assert_eq!(
        log.entries(),
        [
            None,
            Some(PAYMENT.to_owned()),
            Some("Payment – 3-D Secure".to_owned()),
            Some("Notes".to_owned()),
            None,
            Some("Payment – 3-D Secure".to_owned()),
            None,
        ]
    );
}

#[test]
fn no_display_is_unavailable() {
    assert_eq!(
        watch_display(Some(""), |_| {}).err(),
        Some(Unavailable::NoDisplay)
    );
    assert_eq!(
        window_titles_display(Some("")).err(),
        Some(Unavailable::NoDisplay)
    );
    assert!(
        Unavailable::NoDisplay.to_string().contains("Wayland"),
        "{}",
        Unavailable::NoDisplay
    );
    // A display nobody serves, and one x11rb cannot even parse.
    for display in [":4999", ":59999"] {
        assert!(matches!(
            watch_display(Some(display), |_| {}),
            Err(Unavailable::Connect(_))
        ));
    }

    // watch() and window_titles() read DISPLAY from the environment, which a
    // test must not change in its own process: check them in a child process
    // of this test binary without DISPLAY, and with an empty one.
    for empty in [false, true] {
        let mut child = Command::new(std::env::current_exe().unwrap());
        child
            .args([
                "--exact",
                "child_without_display",
                "--ignored",
                "--test-threads=1",
            ])
            .env("RCCONTROL_FOREGROUND_CHILD", "1");
        if empty {
            child.env("DISPLAY", "");
        } else {
            child.env_remove("DISPLAY");
        }
        let out = child.output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "child test failed (empty DISPLAY: {empty}): {stdout}"
        );
        // libtest also exits 0 when the filter matches nothing: the child
        // test must have run.
        assert!(
            stdout.contains("test child_without_display ... ok") && stdout.contains("1 passed"),
            "the child test did not run (empty DISPLAY: {empty}): {stdout}"
        );
    }
}

/// Run by `no_display_is_unavailable` in a child process.
#[test]
#[ignore = "run by no_display_is_unavailable in a child process without DISPLAY"]
fn child_without_display() {
    if std::env::var_os("RCCONTROL_FOREGROUND_CHILD").is_none() {
        return;
    }
    assert!(std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()));
    assert_eq!(watch(|_| {}).err(), Some(Unavailable::NoDisplay));
    assert_eq!(window_titles().err(), Some(Unavailable::NoDisplay));
}
