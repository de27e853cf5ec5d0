//! Where the managed file is, and where the check of who controls it stops.
//!
//! Release builds read the system path only (on Windows under the ProgramData
//! folder the known-folder API names, never an environment variable), so an
//! agent cannot point the app at a file of their own, and check every folder
//! up to the filesystem root. Debug builds (the tests) can name another file
//! and a folder where the check stops; the file and the folders up to and
//! including that one are checked all the same.

use std::path::PathBuf;

/// Debug builds only: environment variable naming another managed file (tests).
pub const MANAGED_FILE_ENV: &str = "RCCONTROL_MANAGED_FILE";

/// Debug builds only: environment variable naming the folder where the
/// ownership check stops (tests). The check covers the file and every folder
/// above it up to and including this one, which must itself be owned by an
/// administrator and writable by no one else (a fresh `tempfile::tempdir()`
/// of a test running as root is: owner root, mode 0700); above it, a shared
/// `/tmp` would fail the check. Without it the check goes up to the root.
pub const MANAGED_TRUSTED_DIR_ENV: &str = "RCCONTROL_MANAGED_TRUSTED_DIR";

/// The system-wide managed file of this platform (debug builds: or the file
/// [`MANAGED_FILE_ENV`] names).
pub fn managed_file() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(path) = debug_env(MANAGED_FILE_ENV) {
        return path;
    }
    system_managed_file()
}

/// The folder where the ownership check stops: `None` (the filesystem root)
/// in release builds; debug builds honour [`MANAGED_TRUSTED_DIR_ENV`].
pub(super) fn trusted_dir() -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = debug_env(MANAGED_TRUSTED_DIR_ENV) {
        return Some(dir);
    }
    None
}

#[cfg(debug_assertions)]
fn debug_env(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
}

fn system_managed_file() -> PathBuf {
    system_dir().join("rccontrol").join("managed.toml")
}

/// The machine-wide folder the managed configuration's folder lives in.
#[cfg(windows)]
pub(super) fn system_dir() -> PathBuf {
    super::known_folder::program_data().unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the ProgramData folder is unknown; using C:\\ProgramData");
        PathBuf::from(r"C:\ProgramData")
    })
}

/// The machine-wide folder the managed configuration's folder lives in.
#[cfg(target_os = "macos")]
pub(super) fn system_dir() -> PathBuf {
    PathBuf::from("/Library/Application Support")
}

/// The machine-wide folder the managed configuration's folder lives in.
#[cfg(not(any(windows, target_os = "macos")))]
pub(super) fn system_dir() -> PathBuf {
    PathBuf::from("/etc")
}
