//! The tray app's figures, measured in one run under the session of
//! scripts/test-session.sh (bench/app starts it): launch → hotkeys registered,
//! idle RSS and CPU, RSS after the settings window, hotkey press → PUT at the
//! simulator, `rcctl pause` through the socket vs `curl -X PUT`. Prints
//! figures; asserts nothing (machines are noisy).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout
)]

#[cfg(target_os = "linux")]
#[path = "app/linux.rs"]
mod linux;

#[cfg(target_os = "linux")]
fn main() {
    linux::main();
}

/// The figures need /proc and an X server: Linux only (the Windows lane
/// compiles this so that it does not rot).
#[cfg(not(target_os = "linux"))]
fn main() {
    println!("app bench: Linux only (X11 and /proc)");
}
