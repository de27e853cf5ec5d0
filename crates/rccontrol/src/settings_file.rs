//! The settings file on disk, read and written under the admin policy: managed
//! values fill what the agent has not set, locked values always win, and
//! values equal to the managed ones are not written.

use crate::atomic_file::write_atomic;
use crate::managed::Policy;
use crate::settings::{Settings, SettingsError};
use serde::Deserialize;
use std::path::Path;

impl Settings {
    /// Loads the agent's own file; a missing file gives defaults, a corrupt one
    /// an error naming it. See [`Settings::load_effective`] for what applies.
    pub fn load(path: &Path) -> Result<Self, SettingsError> {
        Self::load_effective(path, &Policy::none())
    }

    /// Loads the agent's file merged with the admin policy: managed values fill
    /// what the agent has not set, and locked values always win.
    pub fn load_effective(path: &Path, policy: &Policy) -> Result<Self, SettingsError> {
        let corrupt = |problem: String| SettingsError::Corrupt {
            path: path.to_owned(),
            problem,
        };
        let table = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8(bytes)
                .map_err(|_| corrupt("it is not UTF-8 text".to_owned()))?
                .parse::<toml::Table>()
                .map_err(|e| corrupt(e.message().to_owned()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => toml::Table::new(),
            Err(e) => {
                return Err(SettingsError::Io {
                    path: path.to_owned(),
                    source: e,
                });
            }
        };
        let mut settings = Settings::deserialize(policy.effective(table))
            .map_err(|e| corrupt(e.message().to_owned()))?;
        settings.allowed_hosts = policy.allowed_hosts().to_vec();
        Ok(settings)
    }

    /// Writes the file atomically (temporary file + rename).
    pub fn save(&self, path: &Path) -> Result<(), SettingsError> {
        self.save_with(path, &Policy::none())
    }

    /// Writes the agent's own choices atomically: values equal to the managed
    /// ones are left out, so they keep following the policy.
    pub fn save_with(&self, path: &Path, policy: &Policy) -> Result<(), SettingsError> {
        let io = |source| SettingsError::Io {
            path: path.to_owned(),
            source,
        };
        let fail = |e: &dyn std::fmt::Display| io(std::io::Error::other(e.to_string()));
        let mut table = toml::Table::try_from(self).map_err(|e| fail(&e))?;
        policy.strip(&mut table);
        let text = toml::to_string_pretty(&table).map_err(|e| fail(&e))?;
        let body = format!(
            "# Recording Control settings. The action token is not here: it lives in the OS keychain.\n{text}"
        );
        write_atomic(path, body.as_bytes()).map_err(io)
    }
}
