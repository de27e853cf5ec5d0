//! Where settings, state and the audit log live.

use std::path::{Path, PathBuf};

/// Environment variable that overrides the configuration directory.
pub const CONFIG_DIR_ENV: &str = "RCCTL_CONFIG_DIR";

/// The directories the app and `rcctl` use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Holds `settings.toml`.
    pub config_dir: PathBuf,
    /// Holds `state.json` and the audit log.
    pub data_dir: PathBuf,
}

/// No home directory could be determined for the OS config dir.
#[derive(Debug, thiserror::Error)]
#[error(
    "no home directory found to keep settings in; pass --config-dir DIR or set {CONFIG_DIR_ENV}"
)]
pub struct NoHomeDir;

impl Paths {
    /// Everything under one directory (the `--config-dir` / `RCCTL_CONFIG_DIR` case).
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        Self {
            config_dir: dir.clone(),
            data_dir: dir,
        }
    }

    /// The override when given, otherwise the OS config and data directories.
    pub fn resolve(override_dir: Option<&Path>) -> Result<Self, NoHomeDir> {
        if let Some(dir) = override_dir {
            return Ok(Self::in_dir(dir));
        }
        let dirs = directories::ProjectDirs::from("", "", "rccontrol").ok_or(NoHomeDir)?;
        Ok(Self {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
        })
    }

    /// The settings file.
    pub fn settings_file(&self) -> PathBuf {
        self.config_dir.join("settings.toml")
    }

    /// The believed-state file.
    pub fn state_file(&self) -> PathBuf {
        self.data_dir.join("state.json")
    }

    /// The current audit log file (rotated files sit beside it).
    pub fn audit_log(&self) -> PathBuf {
        self.data_dir.join("audit.jsonl")
    }
}
