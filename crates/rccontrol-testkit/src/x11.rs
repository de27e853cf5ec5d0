//! A private X server (Xvfb) and a window manager (openbox) on it.

use crate::{ChildGuard, Error, wait_until};
use std::process::{Command, Stdio};
use std::time::Duration;
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ClientMessageEvent, ConnectionExt as _, CreateWindowAux, EventMask, Window,
    WindowClass,
};
use x11rb::rust_connection::RustConnection;

/// The bound on each start: Xvfb accepting connections, openbox handling
/// requests (generous: only reached when something is wrong).
pub const START_LIMIT: Duration = Duration::from_secs(30);

/// How many times openbox is started before giving up.
const WM_STARTS: usize = 3;

fn x11(e: impl std::fmt::Display) -> Error {
    Error::X11(e.to_string())
}

/// The atom named `name` on `conn`'s server (interned if new).
pub fn atom(conn: &impl x11rb::connection::Connection, name: &str) -> Result<Atom, Error> {
    Ok(conn
        .intern_atom(false, name.as_bytes())
        .map_err(x11)?
        .reply()
        .map_err(x11)?
        .atom)
}

/// Sends `message` to the window manager the way EWMH asks clients to: to
/// the root window, for whoever redirects its substructure; checked.
pub fn ask_window_manager(
    conn: &impl x11rb::connection::Connection,
    root: Window,
    message: ClientMessageEvent,
) -> Result<(), Error> {
    conn.send_event(
        false,
        root,
        EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY,
        message,
    )
    .map_err(x11)?
    .check()
    .map_err(x11)
}

/// A connection to `display` (`None`: `DISPLAY`) and its default screen's
/// root window.
fn connect(display: Option<&str>) -> Result<(RustConnection, Window), Error> {
    let (conn, screen) = x11rb::connect(display).map_err(x11)?;
    let root = conn
        .setup()
        .roots
        .get(screen)
        .ok_or_else(|| {
            x11(format!(
                "no screen {screen} on {}",
                display.unwrap_or("$DISPLAY")
            ))
        })?
        .root;
    Ok((conn, root))
}

/// Whether another client holds the keyboard grab on `display` (`None`: the
/// `DISPLAY` of this process): an open menu does, from the moment it takes
/// keys. Tried by grabbing it: a grab that succeeds is released at once.
pub fn keyboard_grabbed(display: Option<&str>) -> Result<bool, Error> {
    use x11rb::protocol::xproto::{GrabMode, GrabStatus};
    let (conn, root) = connect(display)?;
    let status = conn
        .grab_keyboard(
            false,
            root,
            x11rb::CURRENT_TIME,
            GrabMode::ASYNC,
            GrabMode::ASYNC,
        )
        .map_err(x11)?
        .reply()
        .map_err(x11)?
        .status;
    if status == GrabStatus::SUCCESS {
        conn.ungrab_keyboard(x11rb::CURRENT_TIME)
            .map_err(x11)?
            .check()
            .map_err(x11)?;
    }
    Ok(status == GrabStatus::ALREADY_GRABBED)
}

/// An X server of the test's own (Xvfb, 24-bit, no TCP) on a display number
/// Xvfb picks itself; stopped by its PID when dropped.
#[derive(Debug)]
pub struct Xvfb {
    display: String,
    _process: ChildGuard,
}

impl Xvfb {
    /// Starts Xvfb with one `width`×`height` screen and returns once it
    /// accepts connections.
    pub fn start(width: u16, height: u16) -> Result<Xvfb, Error> {
        // -displayfd 1: Xvfb picks a free display and writes its number to
        // stdout (a pipe here) once it accepts connections.
        let mut process = ChildGuard::spawn(
            Command::new("Xvfb")
                .args(["-displayfd", "1", "-screen", "0"])
                .arg(format!("{width}x{height}x24"))
                .args(["-nolisten", "tcp"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        )?;
        let line = process.first_line(START_LIMIT)?;
        let number: u32 = line.trim().parse().map_err(|_| Error::Output {
            program: "Xvfb".into(),
            detail: format!("wrote {line:?} instead of a display number"),
        })?;
        Ok(Xvfb {
            display: format!(":{number}"),
            _process: process,
        })
    }

    /// Its display, for `DISPLAY` (`:N`).
    pub fn display(&self) -> &str {
        &self.display
    }
}

/// A window manager (openbox) that handles requests on a display; stopped by
/// its PID when dropped.
#[derive(Debug)]
pub struct WindowManager {
    _process: ChildGuard,
}

impl WindowManager {
    /// Starts openbox on `display` and returns once it handles requests. (It
    /// publishes `_NET_SUPPORTING_WM_CHECK` before that, and drops map
    /// requests made in between.) An openbox that exits first, as seen once
    /// under heavy load, is started again, up to three times.
    pub fn start(display: &str) -> Result<WindowManager, Error> {
        let probe = Probe::new(display)?;
        let mut exits = Vec::new();
        for _ in 0..WM_STARTS {
            let mut wm = ChildGuard::spawn(
                Command::new("openbox")
                    .arg("--sm-disable")
                    .env("DISPLAY", display)
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null()),
            )?;
            let (mut exited, mut answered) = (None, Ok(false));
            wait_until(START_LIMIT, || {
                exited = wm.exited();
                answered = probe.answered();
                exited.is_some() || !matches!(answered, Ok(false))
            });
            match (exited, answered?) {
                (None, true) => return Ok(WindowManager { _process: wm }),
                (None, false) => {
                    return Err(Error::Timeout {
                        what: format!("openbox to manage {display}"),
                        limit: START_LIMIT,
                    });
                }
                (Some(status), _) => exits.push(status),
            }
        }
        Err(Error::Exited {
            program: "openbox".into(),
            exits,
        })
    }
}

/// The readiness probe of a window manager: `_NET_REQUEST_FRAME_EXTENTS` for
/// an unmapped window, answered from the manager's event loop by setting
/// `_NET_FRAME_EXTENTS` on it. The window goes with the connection.
struct Probe {
    conn: RustConnection,
    root: Window,
    window: Window,
    request: Atom,
    extents: Atom,
}

impl Probe {
    fn new(display: &str) -> Result<Probe, Error> {
        let (conn, root) = connect(Some(display))?;
        let (request, extents) = (
            atom(&conn, "_NET_REQUEST_FRAME_EXTENTS")?,
            atom(&conn, "_NET_FRAME_EXTENTS")?,
        );
        let window = conn.generate_id().map_err(x11)?;
        conn.create_window(
            x11rb::COPY_DEPTH_FROM_PARENT,
            window,
            root,
            0,
            0,
            10,
            10,
            0,
            WindowClass::INPUT_OUTPUT,
            x11rb::COPY_FROM_PARENT,
            &CreateWindowAux::new(),
        )
        .map_err(x11)?
        .check()
        .map_err(x11)?;
        Ok(Probe {
            conn,
            root,
            window,
            request,
            extents,
        })
    }

    /// Asks again; whether a window manager has answered.
    fn answered(&self) -> Result<bool, Error> {
        let message = ClientMessageEvent::new(32, self.window, self.request, [0u32; 5]);
        ask_window_manager(&self.conn, self.root, message)?;
        let reply = self
            .conn
            .get_property(false, self.window, self.extents, AtomEnum::ANY, 0, 4)
            .map_err(x11)?
            .reply()
            .map_err(x11)?;
        Ok(reply.value_len > 0)
    }
}

/// A private desktop: an [`Xvfb`] with a [`WindowManager`] on it. The window
/// manager is stopped first, then the server.
#[derive(Debug)]
pub struct Desktop {
    _wm: WindowManager,
    xvfb: Xvfb,
}

impl Desktop {
    /// Starts Xvfb (`width`×`height`) and openbox on it; returns once openbox
    /// handles requests.
    pub fn start(width: u16, height: u16) -> Result<Desktop, Error> {
        let xvfb = Xvfb::start(width, height)?;
        let wm = WindowManager::start(xvfb.display())?;
        Ok(Desktop { _wm: wm, xvfb })
    }

    /// Its display, for `DISPLAY` (`:N`).
    pub fn display(&self) -> &str {
        self.xvfb.display()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn a_desktop_comes_up_managed_and_goes_away() {
        let desktop = Desktop::start(640, 480).expect("Xvfb and openbox on PATH");
        let display = desktop.display().to_owned();
        let probe = Probe::new(&display).unwrap();
        assert!(
            wait_until(Duration::from_secs(10), || probe.answered().unwrap()),
            "openbox handles requests"
        );
        drop(probe);
        let second = Xvfb::start(640, 480).unwrap();
        assert_ne!(second.display(), display, "each server has its own display");
        drop(desktop);
        // Stopped by SIGTERM: Xvfb removed its socket.
        let socket = format!("/tmp/.X11-unix/X{}", &display[1..]);
        assert!(
            wait_until(Duration::from_secs(10), || !std::path::Path::new(&socket)
                .exists()),
            "{socket} is still there"
        );
    }
}
