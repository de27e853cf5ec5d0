//! Watches the title of the foreground window.
//!
//! Recording Control pauses a recording while a window whose title matches an
//! auto-pause rule is in front. This crate only reports that title; matching
//! rules against it happens elsewhere.
//!
//! - Linux: X11, event-driven (`_NET_ACTIVE_WINDOW` on the root window, and
//!   `_NET_WM_NAME` / `WM_NAME` on the active window). Pure Wayland sessions
//!   do not let apps read other windows' titles ([`Unavailable::NoDisplay`]).
//! - Windows: `GetForegroundWindow` + `GetWindowTextW`, polled every 250 ms.
//! - macOS: the CoreGraphics window list, polled every 400 ms; needs the
//!   Screen Recording permission ([`Unavailable::Permission`]).
//! - Anything else: [`Unavailable::Unsupported`].
//!
//! Type-checking the Windows code on Linux:
//! `RUSTFLAGS="--cfg rccontrol_foreground_check_windows" cargo check -p rccontrol-foreground`
//! compiles that module (and windows-sys) in next to the X11 one.
//! `--cfg rccontrol_foreground_check_macos` does the same for macOS, but
//! objc2-core-graphics' `#[link(kind = "framework")]` is an error on Linux,
//! so it only works with a local copy of that crate without the attribute.
//!
//! Unsafe code is denied crate-wide (not forbidden, unlike the rest of the
//! workspace) so that only the Windows and macOS FFI modules can allow it;
//! the other modules forbid it.

#[cfg(any(
    windows,
    target_os = "macos",
    rccontrol_foreground_check_windows,
    rccontrol_foreground_check_macos,
    test
))]
mod poll;

#[cfg(target_os = "linux")]
mod x11;

#[cfg(any(windows, rccontrol_foreground_check_windows))]
mod windows;

#[cfg(any(target_os = "macos", rccontrol_foreground_check_macos))]
mod macos;

/// Why titles cannot be read here (plain sentence for the settings window).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unavailable {
    /// No X display to ask (`DISPLAY` unset or empty): a pure Wayland
    /// session, where apps cannot see other apps' windows.
    #[error("this Wayland session does not let apps read the foreground window's title")]
    NoDisplay,
    /// The X display could not be reached or did not answer as expected.
    #[error("the X display could not be reached: {0}")]
    Connect(String),
    /// macOS hides window titles from apps without the Screen Recording
    /// permission.
    #[error(
        "macOS hides window titles from apps that are not allowed to see them: grant Recording Control \
         Screen Recording (and Accessibility) in System Settings → Privacy & Security"
    )]
    Permission,
    /// The background thread could not be started.
    #[error("the foreground window watcher could not be started: {0}")]
    Thread(String),
    /// This operating system has no implementation (the value names it).
    #[error("reading the foreground window's title is not supported on {0}")]
    Unsupported(&'static str),
}

/// How the watcher learns about changes, for the settings window
/// ("event-driven (X11 _NET_ACTIVE_WINDOW)", "polled every 250 ms (Windows)").
pub fn method() -> &'static str {
    #[cfg(target_os = "linux")]
    {
        x11::METHOD
    }
    #[cfg(windows)]
    {
        windows::METHOD
    }
    #[cfg(target_os = "macos")]
    {
        macos::METHOD
    }
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    {
        "not supported on this system"
    }
}

/// Starts watching: calls `on_change(title)` from a background thread with
/// the title of the foreground window (`None` when no window is in front or
/// it has no title) once at start and then on every change, de-duplicated
/// (never twice the same value in a row). Stops when the returned [`Watcher`]
/// is dropped.
///
/// On Linux this uses the X display named by `DISPLAY`; see [`watch_display`]
/// to name it explicitly.
pub fn watch(on_change: impl Fn(Option<String>) + Send + 'static) -> Result<Watcher, Unavailable> {
    #[cfg(target_os = "linux")]
    {
        x11::watch(None, on_change)
    }
    #[cfg(windows)]
    {
        windows::watch(on_change)
    }
    #[cfg(target_os = "macos")]
    {
        macos::watch(on_change)
    }
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    {
        drop(on_change);
        Err(Unavailable::Unsupported(std::env::consts::OS))
    }
}

/// Like [`watch`], on the X display `display` (e.g. `":1"`); `None` means
/// the `DISPLAY` environment variable. An empty name is
/// [`Unavailable::NoDisplay`]. Linux (X11) only.
#[cfg(target_os = "linux")]
pub fn watch_display(
    display: Option<&str>,
    on_change: impl Fn(Option<String>) + Send + 'static,
) -> Result<Watcher, Unavailable> {
    x11::watch(display, on_change)
}

/// Titles of the current top-level windows (for a "test rules against current
/// windows" preview), the foreground one first; empty titles skipped.
pub fn window_titles() -> Result<Vec<String>, Unavailable> {
    #[cfg(target_os = "linux")]
    {
        x11::window_titles(None)
    }
    #[cfg(windows)]
    {
        windows::window_titles()
    }
    #[cfg(target_os = "macos")]
    {
        macos::window_titles()
    }
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    {
        Err(Unavailable::Unsupported(std::env::consts::OS))
    }
}

/// Like [`window_titles`], on the X display `display`; `None` means the
/// `DISPLAY` environment variable. Linux (X11) only.
#[cfg(target_os = "linux")]
pub fn window_titles_display(display: Option<&str>) -> Result<Vec<String>, Unavailable> {
    x11::window_titles(display)
}

/// A running watcher; dropping it stops the background thread (and waits for
/// it, unless dropped from inside the callback itself).
#[derive(Debug)]
pub struct Watcher {
    inner: Option<Inner>,
}

/// The platform part of a [`Watcher`]; each variant stops its thread when
/// dropped.
#[derive(Debug)]
enum Inner {
    #[cfg(target_os = "linux")]
    X11(x11::Handle),
    #[cfg(any(
        windows,
        target_os = "macos",
        rccontrol_foreground_check_windows,
        rccontrol_foreground_check_macos
    ))]
    Poll(poll::Poller),
}

impl Inner {
    /// Tells the thread to stop and waits for it (each handle's `Drop`).
    fn stop(self) {
        match self {
            #[cfg(target_os = "linux")]
            Inner::X11(handle) => drop(handle),
            #[cfg(any(
                windows,
                target_os = "macos",
                rccontrol_foreground_check_windows,
                rccontrol_foreground_check_macos
            ))]
            Inner::Poll(poller) => drop(poller),
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        if let Some(inner) = self.inner.take() {
            inner.stop();
        }
    }
}
