//! X11: event-driven. The root window's `_NET_ACTIVE_WINDOW` (EWMH, set by
//! the window manager) says which window is in front; a PropertyChange
//! selection on the root window and on that window wakes the thread when
//! either the active window or its title changes. No polling.
#![forbid(unsafe_code)]

use crate::{Inner, Unavailable, Watcher};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use x11rb::connection::Connection as _;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ChangeWindowAttributesAux, ClientMessageEvent, ConnectionExt as _,
    CreateWindowAux, EventMask, MapState, Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;

/// What [`crate::method`] says on Linux.
pub(crate) const METHOD: &str = "event-driven (X11 _NET_ACTIVE_WINDOW)";

/// Longest title read, in 32-bit units (16 KiB).
const TITLE_LEN: u32 = 4096;
/// Longest window list read (`_NET_CLIENT_LIST`), in windows.
const LIST_LEN: u32 = 4096;

/// The atoms this module uses.
#[derive(Debug, Clone, Copy)]
struct Atoms {
    net_active_window: Atom,
    net_wm_name: Atom,
    utf8_string: Atom,
    net_client_list: Atom,
    net_client_list_stacking: Atom,
    /// Type of the ClientMessage that tells the watcher thread to stop.
    stop: Atom,
}

/// A connection to the X server with what every request needs.
struct Display {
    conn: Arc<RustConnection>,
    root: Window,
    atoms: Atoms,
}

fn connect(display: Option<&str>) -> Result<Display, Unavailable> {
    let name = match display {
        Some(name) => name.to_owned(),
        None => std::env::var_os("DISPLAY")
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    if name.trim().is_empty() {
        return Err(Unavailable::NoDisplay);
    }
    if !display_number_ok(&name) {
        return Err(Unavailable::Connect(format!(
            "{name}: invalid display number"
        )));
    }
    let (conn, screen) =
        x11rb::connect(Some(&name)).map_err(|e| Unavailable::Connect(format!("{name}: {e}")))?;
    let root = conn
        .setup()
        .roots
        .get(screen)
        .map(|s| s.root)
        .ok_or_else(|| Unavailable::Connect(format!("{name}: no screen {screen}")))?;
    let atoms = intern_atoms(&conn).map_err(|e| Unavailable::Connect(format!("{name}: {e}")))?;
    Ok(Display {
        conn: Arc::new(conn),
        root,
        atoms,
    })
}

/// Whether the display number of `name` (`[host]:number[.screen]`) fits a
/// TCP port (6000 + number); x11rb 0.13 overflows (a panic in debug builds)
/// on larger ones. Names it cannot parse are left to x11rb.
fn display_number_ok(name: &str) -> bool {
    let Some((_, number)) = name.rsplit_once(':') else {
        return true;
    };
    let number = number.split_once('.').map_or(number, |(n, _)| n);
    number
        .parse::<u32>()
        .map_or(true, |n| n <= u32::from(u16::MAX - 6000))
}

fn intern_atoms(conn: &RustConnection) -> Result<Atoms, x11rb::errors::ReplyError> {
    // Send every request before waiting for the first reply: one round trip.
    let names: [&[u8]; 6] = [
        b"_NET_ACTIVE_WINDOW",
        b"_NET_WM_NAME",
        b"UTF8_STRING",
        b"_NET_CLIENT_LIST",
        b"_NET_CLIENT_LIST_STACKING",
        b"_RCCONTROL_FOREGROUND_STOP",
    ];
    let cookies = names
        .iter()
        .map(|name| conn.intern_atom(false, name))
        .collect::<Result<Vec<_>, _>>()?;
    let atoms = cookies
        .into_iter()
        .map(|cookie| cookie.reply().map(|r| r.atom))
        .collect::<Result<Vec<_>, _>>()?;
    match atoms[..] {
        [
            net_active_window,
            net_wm_name,
            utf8_string,
            net_client_list,
            net_client_list_stacking,
            stop,
        ] => Ok(Atoms {
            net_active_window,
            net_wm_name,
            utf8_string,
            net_client_list,
            net_client_list_stacking,
            stop,
        }),
        // Unreachable: one reply per name.
        _ => Err(x11rb::errors::ReplyError::ConnectionError(
            x11rb::errors::ConnectionError::UnknownError,
        )),
    }
}

impl Display {
    /// The window `_NET_ACTIVE_WINDOW` names: `Ok(None)` when it is None (0),
    /// `Err(())` when the window manager does not publish it at all.
    fn active_window(&self) -> Result<Option<Window>, ()> {
        let reply = self
            .conn
            .get_property(
                false,
                self.root,
                self.atoms.net_active_window,
                AtomEnum::WINDOW,
                0,
                1,
            )
            .ok()
            .and_then(|cookie| cookie.reply().ok());
        let Some(reply) = reply else {
            return Err(());
        };
        if reply.type_ != u32::from(AtomEnum::WINDOW) {
            return Err(());
        }
        Ok(reply
            .value32()
            .and_then(|mut values| values.next())
            .filter(|&w| w != x11rb::NONE))
    }

    /// The title of `window`: `_NET_WM_NAME` (UTF-8) if set, else `WM_NAME`;
    /// `None` if it has none, it is empty, or the window is gone.
    fn title(&self, window: Window) -> Option<String> {
        // Both requests go out before the first reply is awaited.
        let net = self.conn.get_property(
            false,
            window,
            self.atoms.net_wm_name,
            self.atoms.utf8_string,
            0,
            TITLE_LEN,
        );
        let legacy = self.conn.get_property(
            false,
            window,
            AtomEnum::WM_NAME,
            AtomEnum::ANY,
            0,
            TITLE_LEN,
        );
        // A vanished window (BadWindow) just has no title.
        let net = net.ok().and_then(|cookie| cookie.reply().ok());
        let legacy = legacy.ok().and_then(|cookie| cookie.reply().ok());
        if let Some(net) = net {
            if net.type_ == self.atoms.utf8_string {
                if let Some(title) = non_empty(String::from_utf8_lossy(&net.value).into_owned()) {
                    return Some(title);
                }
            }
        }
        let legacy = legacy?;
        let title = if legacy.type_ == u32::from(AtomEnum::STRING) {
            latin1(&legacy.value)
        } else {
            // UTF8_STRING, or COMPOUND_TEXT (whose ASCII part reads the same).
            String::from_utf8_lossy(&legacy.value).into_owned()
        };
        non_empty(title)
    }

    /// Changes which events of `window` this client is told about. Errors
    /// (the window is gone) are dropped: nothing to watch then.
    fn select(&self, window: Window, mask: EventMask) {
        if let Ok(cookie) = self
            .conn
            .change_window_attributes(window, &ChangeWindowAttributesAux::new().event_mask(mask))
        {
            cookie.ignore_error();
        }
    }

    /// A window list property of the root window (`_NET_CLIENT_LIST...`), or
    /// `None` when the window manager does not publish it.
    fn window_list(&self, property: Atom) -> Option<Vec<Window>> {
        let reply = self
            .conn
            .get_property(false, self.root, property, AtomEnum::WINDOW, 0, LIST_LEN)
            .ok()?
            .reply()
            .ok()?;
        if reply.type_ != u32::from(AtomEnum::WINDOW) {
            return None;
        }
        Some(reply.value32()?.collect())
    }

    /// Mapped, not override-redirect children of the root window, topmost
    /// first (for a session without an EWMH window manager).
    fn viewable_root_children(&self) -> Vec<Window> {
        let Some(tree) = self
            .conn
            .query_tree(self.root)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
        else {
            return Vec::new();
        };
        let cookies: Vec<_> = tree
            .children
            .iter()
            .rev()
            .map(|&w| (w, self.conn.get_window_attributes(w)))
            .collect();
        cookies
            .into_iter()
            .filter_map(|(w, cookie)| {
                let attrs = cookie.ok()?.reply().ok()?;
                (attrs.map_state == MapState::VIEWABLE && !attrs.override_redirect).then_some(w)
            })
            .collect()
    }

    /// The title of a top-level window found by `query_tree`: its own, or
    /// that of its first titled child (the client inside a frame of a
    /// reparenting window manager).
    fn frame_title(&self, window: Window) -> Option<String> {
        if let Some(title) = self.title(window) {
            return Some(title);
        }
        let tree = self.conn.query_tree(window).ok()?.reply().ok()?;
        tree.children.iter().rev().find_map(|&w| self.title(w))
    }
}

fn non_empty(title: String) -> Option<String> {
    let title = title.trim_end_matches('\0');
    (!title.is_empty()).then(|| title.to_owned())
}

/// ISO 8859-1 (the `STRING` type) to UTF-8.
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Stops the watcher thread when dropped.
pub(crate) struct Handle {
    conn: Arc<RustConnection>,
    /// Unmapped window of our own; a ClientMessage to it wakes the thread.
    control: Window,
    stop_atom: Atom,
    stopping: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("x11::Handle")
            .field("control", &self.control)
            .finish_non_exhaustive()
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // The thread blocks in wait_for_event: wake it with an event. With an
        // empty event mask the server delivers it to the window's creator.
        let wake = ClientMessageEvent::new(32, self.control, self.stop_atom, [0u32; 5]);
        if let Ok(cookie) = self
            .conn
            .send_event(false, self.control, EventMask::NO_EVENT, wake)
        {
            cookie.ignore_error();
        }
        let _ = self.conn.flush();
        if let Some(thread) = self.thread.take() {
            // Dropped from inside `on_change`: the thread sees `stopping`
            // once the callback returns; joining itself would deadlock.
            if thread.thread().id() != std::thread::current().id() {
                let _ = thread.join();
            }
        }
        // The connection closes with the last Arc (here, once the thread has
        // ended), which also destroys the control window.
    }
}

/// See [`crate::watch_display`].
pub(crate) fn watch(
    display: Option<&str>,
    on_change: impl Fn(Option<String>) + Send + 'static,
) -> Result<Watcher, Unavailable> {
    let display = connect(display)?;
    let connect_error = |e: &dyn std::fmt::Display| Unavailable::Connect(e.to_string());
    // Property changes of the root window: _NET_ACTIVE_WINDOW. Other clients
    // may select the same events; PropertyChange is not exclusive.
    display
        .conn
        .change_window_attributes(
            display.root,
            &ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE),
        )
        .map_err(|e| connect_error(&e))?
        .check()
        .map_err(|e| connect_error(&e))?;
    let control = display.conn.generate_id().map_err(|e| connect_error(&e))?;
    display
        .conn
        .create_window(
            0,
            control,
            display.root,
            -1,
            -1,
            1,
            1,
            0,
            WindowClass::INPUT_ONLY,
            x11rb::COPY_FROM_PARENT,
            &CreateWindowAux::new().override_redirect(1),
        )
        .map_err(|e| connect_error(&e))?
        .check()
        .map_err(|e| connect_error(&e))?;
    let stopping = Arc::new(AtomicBool::new(false));
    let handle_conn = display.conn.clone();
    let stop_atom = display.atoms.stop;
    let thread_stopping = stopping.clone();
    let thread = std::thread::Builder::new()
        .name("x11-foreground".into())
        .spawn(move || {
            let mut state = State {
                display,
                control,
                active: None,
                ewmh: None,
                last: None,
            };
            state.run(&on_change, &thread_stopping);
        })
        .map_err(|e| Unavailable::Thread(e.to_string()))?;
    Ok(Watcher {
        inner: Some(Inner::X11(Handle {
            conn: handle_conn,
            control,
            stop_atom,
            stopping,
            thread: Some(thread),
        })),
    })
}

/// The watcher thread's state.
struct State {
    display: Display,
    control: Window,
    /// The active window, whose property changes are selected.
    active: Option<Window>,
    /// Whether `_NET_ACTIVE_WINDOW` was published when last read (`None`
    /// before the first read), to log when that changes.
    ewmh: Option<bool>,
    /// The last value reported (`None` before the first report).
    last: Option<Option<String>>,
}

/// What a batch of events asks for.
#[derive(Debug, Default)]
struct Pending {
    active_changed: bool,
    title_changed: bool,
    stop: bool,
}

impl State {
    fn run(&mut self, on_change: &dyn Fn(Option<String>), stopping: &AtomicBool) {
        let title = self.follow_active();
        self.report(title, on_change);
        loop {
            if stopping.load(Ordering::SeqCst) {
                break;
            }
            // Blocks until the X server sends something: no polling.
            let event = match self.display.conn.wait_for_event() {
                Ok(event) => event,
                Err(e) => {
                    tracing::warn!(
                        "the X11 connection of the foreground window watcher closed: {e}"
                    );
                    break;
                }
            };
            let mut pending = Pending::default();
            self.classify(&event, &mut pending);
            // Handle what has already arrived in one go (a title set twice,
            // _NET_WM_NAME and WM_NAME together): one read, one report.
            while let Ok(Some(event)) = self.display.conn.poll_for_event() {
                self.classify(&event, &mut pending);
            }
            if pending.stop || stopping.load(Ordering::SeqCst) {
                break;
            }
            if pending.active_changed {
                let title = self.follow_active();
                self.report(title, on_change);
            } else if pending.title_changed {
                let title = self.active.and_then(|w| self.display.title(w));
                self.report(title, on_change);
            }
        }
        if let Some(old) = self.active.take() {
            self.display.select(old, EventMask::NO_EVENT);
            let _ = self.display.conn.flush();
        }
    }

    fn classify(&self, event: &Event, pending: &mut Pending) {
        let atoms = &self.display.atoms;
        match event {
            Event::PropertyNotify(e)
                if e.window == self.display.root && e.atom == atoms.net_active_window =>
            {
                pending.active_changed = true;
            }
            Event::PropertyNotify(e)
                if Some(e.window) == self.active
                    && (e.atom == atoms.net_wm_name || e.atom == u32::from(AtomEnum::WM_NAME)) =>
            {
                pending.title_changed = true;
            }
            Event::ClientMessage(e) if e.window == self.control && e.type_ == atoms.stop => {
                pending.stop = true;
            }
            Event::Error(e) => {
                tracing::debug!("X11 error in the foreground window watcher: {e:?}");
            }
            _ => {}
        }
    }

    /// Reads `_NET_ACTIVE_WINDOW`, moves the property-change selection to the
    /// new active window, and returns its title.
    fn follow_active(&mut self) -> Option<String> {
        let active = match self.display.active_window() {
            Ok(active) => {
                if self.ewmh == Some(false) {
                    tracing::info!("_NET_ACTIVE_WINDOW is set now");
                }
                self.ewmh = Some(true);
                active
            }
            Err(()) => {
                if self.ewmh != Some(false) {
                    tracing::info!(
                        "_NET_ACTIVE_WINDOW is not set (no EWMH window manager, or none has \
                         focused a window yet): no foreground window title until it is"
                    );
                }
                self.ewmh = Some(false);
                None
            }
        }
        .filter(|&w| w != self.display.root && w != self.control);
        if active != self.active {
            if let Some(old) = self.active {
                // May be gone already (BadWindow): the error is dropped.
                self.display.select(old, EventMask::NO_EVENT);
            }
            if let Some(new) = active {
                // Selected before its title is read (requests are handled in
                // order), so no title change can fall in between.
                self.display.select(new, EventMask::PROPERTY_CHANGE);
            }
            self.active = active;
        }
        active.and_then(|w| self.display.title(w))
    }

    fn report(&mut self, title: Option<String>, on_change: &dyn Fn(Option<String>)) {
        if self.last.as_ref() != Some(&title) {
            self.last = Some(title.clone());
            on_change(title);
        }
    }
}

/// See [`crate::window_titles_display`].
pub(crate) fn window_titles(display: Option<&str>) -> Result<Vec<String>, Unavailable> {
    let display = connect(display)?;
    let active = display.active_window().ok().flatten();
    let atoms = display.atoms;
    let (windows, framed) =
        if let Some(stacking) = display.window_list(atoms.net_client_list_stacking) {
            // Bottom to top: reverse for topmost first.
            (stacking.into_iter().rev().collect(), false)
        } else if let Some(list) = display.window_list(atoms.net_client_list) {
            (list, false)
        } else {
            (display.viewable_root_children(), true)
        };
    let title_of = |w: Window| {
        if framed {
            display.frame_title(w)
        } else {
            display.title(w)
        }
    };
    let mut titles = Vec::new();
    if let Some(title) = active.and_then(|w| display.title(w)) {
        titles.push(title);
    }
    for window in windows {
        if Some(window) == active {
            continue;
        }
        if let Some(title) = title_of(window) {
            titles.push(title);
        }
    }
    Ok(titles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_and_empty_titles() {
        assert_eq!(latin1(b"caf\xe9"), "café");
        assert_eq!(non_empty("Notes\0".to_owned()), Some("Notes".to_owned()));
        assert_eq!(non_empty(String::new()), None);
        assert_eq!(non_empty("\0".to_owned()), None);
    }

    #[test]
    fn empty_display_name_is_no_display() {
        assert_eq!(watch(Some(""), |_| {}).err(), Some(Unavailable::NoDisplay));
        assert_eq!(window_titles(Some(" ")).err(), Some(Unavailable::NoDisplay));
    }

    #[test]
    fn display_numbers_beyond_a_tcp_port_are_refused() {
        assert!(display_number_ok(":0"));
        assert!(display_number_ok("host:12.0"));
        assert!(display_number_ok(":59535"));
        assert!(!display_number_ok(":59536"));
        assert!(!display_number_ok("unix:99999.1"));
        assert!(display_number_ok("weird"));
    }
}
