//! What asks the app to act, or changes what it watches: the global hotkeys
//! (X11, the Wayland portal, Windows and macOS), the control socket, the
//! `rccontrol://` links, the foreground window (auto-pause rules) and a second
//! launch. An input knows no output: it asks through [`crate::press`] and
//! tells the agent through [`crate::ui_events`].

pub mod deep_link;
pub mod foreground;
pub mod hotkeys;
pub mod launch;
pub mod socket;
