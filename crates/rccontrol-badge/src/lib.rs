//! Recording Control's on-screen "recording paused" badge.
//!
//! While the recording is believed paused, a small badge sits in a screen
//! corner: a red dot, the caller's status line ("REC PAUSED 1:23", updated
//! every second) and a Resume button. It is always on top, undecorated, on
//! all workspaces, absent from taskbar and pager, never takes the keyboard
//! focus, and lets clicks through everywhere except on Resume.
//!
//! - Linux: [`Badge`], a native GTK 3 window (no webview), X11. Use it on
//!   the GTK main thread (the app's event loop): it is `!Send`.
//!   Nothing exists until [`Badge::show`]; [`Badge::hide`] destroys the
//!   window and its timer.
//! - Other OSes: this crate provides only [`Corner`] and [`BadgeText`]; the
//!   shell shows a small webview window there instead.

mod corner;
mod text;

#[cfg(target_os = "linux")]
mod badge;
#[cfg(target_os = "linux")]
mod style;
#[cfg(target_os = "linux")]
mod window;

pub use corner::{Corner, MARGIN, UnknownCorner};
pub use text::BadgeText;

#[cfg(target_os = "linux")]
pub use badge::Badge;
#[cfg(target_os = "linux")]
pub use window::ROLE;
