//! The Event Streaming credential: write-only, in the keychain only (account
//! [`Config::stream_keychain_account`], `events:{tenant}@{host}`), stored in a
//! step of its own and never read from the environment. A change of cluster
//! or tenant changes the account, so the credential must be given again.

use super::{ApplyError, checked};
use crate::managed::Policy;
use crate::secret::{Secret, TokenError, TokenStore};
use crate::settings::{Config, Settings};
pub use crate::validate::{MAX_CREDENTIAL_LEN, validate_credential};

/// A credential just stored, with what it replaced, so a save that fails
/// afterwards can put the keychain back ([`StoredCredential::undo`]).
#[derive(Debug)]
#[must_use = "undo it when the save that follows fails"]
pub struct StoredCredential {
    /// The keychain account it is stored under.
    pub account: String,
    previous: Option<Secret>,
}

impl StoredCredential {
    /// Puts back the credential this one replaced, or removes it when there
    /// was none.
    pub fn undo(self, store: &TokenStore) -> Result<(), TokenError> {
        match &self.previous {
            Some(previous) => store.store(&self.account, previous),
            None => store.forget(&self.account).map(|_| ()),
        }
    }
}

/// Checks `wanted` the way a save does (locked fields, then every setting)
/// and the credential, then stores it for the account the settings name.
/// Nothing else is written: the save follows (and [`StoredCredential::undo`]
/// when it fails).
pub fn store_stream_credential(
    store: &TokenStore,
    policy: &Policy,
    wanted: &Settings,
    credential: &Secret,
) -> Result<StoredCredential, ApplyError> {
    let (_, config) = checked(policy, wanted)?;
    let credential = validate_credential(credential.expose())?;
    let account = config.stream_keychain_account();
    let previous = store.stored(&account)?;
    store.store(&account, &credential)?;
    Ok(StoredCredential { account, previous })
}

/// The streaming host of `settings`' cluster's region (`None` when the
/// cluster is unset, unknown, or has no Event Streaming endpoint yet): what
/// an empty host override means.
pub fn region_stream_host(settings: &Settings) -> Option<String> {
    let cluster = settings.cluster.as_deref()?;
    rccontrol_stream::hosts::host_for_cluster(cluster)
        .ok()
        .map(|h| h.to_string())
}

/// Whether a credential is stored for `config`'s account (keychain only).
pub fn stream_credential_stored(store: &TokenStore, config: &Config) -> Result<bool, TokenError> {
    Ok(store.stored(&config.stream_keychain_account())?.is_some())
}

/// The keychain accounts of both secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accounts {
    /// The action token's (`tenant@host`).
    pub token: String,
    /// The Event Streaming credential's (`events:tenant@host`).
    pub stream: String,
}

/// The accounts `settings` name. Only cluster and tenant decide them, so
/// they are found even when the live-state fields are not valid.
pub fn accounts(settings: &Settings) -> Option<Accounts> {
    let connection = Settings {
        live_state: None,
        stream_agent_id: None,
        stream_host: None,
        ..settings.clone()
    };
    connection.validate().ok().map(|(_, c)| Accounts {
        token: c.keychain_account(),
        stream: c.stream_keychain_account(),
    })
}

/// What [`forget_secrets`] removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forgotten {
    /// An action token was stored and is gone.
    pub token: bool,
    /// An Event Streaming credential was stored and is gone.
    pub stream: bool,
}

/// Removes both secrets of `accounts` from the keychain.
pub fn forget_secrets(store: &TokenStore, accounts: &Accounts) -> Result<Forgotten, TokenError> {
    Ok(Forgotten {
        token: store.forget(&accounts.token)?,
        stream: store.forget(&accounts.stream)?,
    })
}

#[cfg(test)]
mod tests;
