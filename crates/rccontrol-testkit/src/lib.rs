//! Test set-up written once, for the tests of every crate (a dev-dependency
//! only; nothing shipped depends on it):
//!
//! - [`ChildGuard`]: every process a test starts, stopped by its PID and
//!   reaped when dropped, also while a failed test unwinds;
//! - [`wait_until`], [`eventually`], [`wait_for`]: bounded polling instead of
//!   fixed sleeps;
//! - [`available`]: a missing bus or display fails under `./test`, and
//!   skips loudly elsewhere;
//! - (Linux) [`Xvfb`], [`WindowManager`], [`Desktop`]: a private X server on a
//!   display number of its own, with openbox when a test needs one;
//! - (Linux) [`postgres::Postgres`]: a private, throw-away PostgreSQL cluster
//!   on a free port.

mod error;
mod poll;
#[cfg(target_os = "linux")]
pub mod postgres;
mod process;
mod session;
#[cfg(target_os = "linux")]
mod x11;

pub use error::Error;
pub use poll::{POLL, eventually, wait_for, wait_until};
pub use process::{ChildGuard, GRACE};
pub use session::{available, keychain_lookup};
#[cfg(target_os = "linux")]
pub use x11::{
    Desktop, START_LIMIT, WindowManager, Xvfb, ask_window_manager, atom, keyboard_grabbed,
};
