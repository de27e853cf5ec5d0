//! Relay mode's setup: a one-time enrollment code becomes this device's key
//! (keychain only), and the settings take what the relay binds it to. The
//! action token and the Event Streaming credential of a previous direct set-up
//! are forgotten: a desktop in relay mode holds neither.

use super::{Applied, ApplyError, NewCredential, NewToken, apply_full};
use crate::paths::Paths;
use crate::relay::enroll::{self, Reach, RelayError};
use crate::relay::{RelayUrl, key_account};
use crate::secret::{Secret, TokenStore};
use crate::settings::Settings;
use crate::managed::Policy;

/// Why an enrollment did not complete. Nothing was saved.
#[derive(Debug, thiserror::Error)]
pub enum EnrollError {
    /// The settings (the relay's address, a locked field…) were refused.
    #[error(transparent)]
    Apply(#[from] ApplyError),
    /// The relay refused the code, or could not be reached.
    #[error(transparent)]
    Relay(#[from] RelayError),
}

impl EnrollError {
    /// Machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            EnrollError::Apply(e) => e.kind(),
            EnrollError::Relay(e) => e.kind(),
        }
    }
}

/// The settings `base` turned to relay mode at `url` (checked against the
/// policy's locks before any code is spent).
pub fn relay_settings(policy: &Policy, base: &Settings, url: &str) -> Result<(Settings, RelayUrl), ApplyError> {
    let url = RelayUrl::parse(url)?;
    let mut wanted = base.clone();
    wanted.relay_url = Some(url.to_string());
    let refused = policy.refused(&wanted);
    if !refused.is_empty() {
        return Err(ApplyError::Locked(refused));
    }
    Ok((wanted, url))
}

/// Exchanges `code` at the relay of `wanted` (from [`relay_settings`]) and
/// stores the device key; answers the settings the relay bound, to be saved
/// with [`NewToken::Stored`] (which forgets the key again if that fails).
/// The settings window's process does this part, its app the saving.
pub async fn relay_exchange(
    store: &TokenStore,
    wanted: &Settings,
    url: &RelayUrl,
    code: &Secret,
    device_name: &str,
) -> Result<Settings, EnrollError> {
    let reach = Reach {
        url,
        ca_file: wanted.ca_file.as_deref(),
        proxy: wanted.proxy.as_deref(),
    };
    let granted = enroll::enroll(reach, code, device_name).await?;
    let mut settings = wanted.clone();
    settings.relay_url = Some(url.to_string());
    settings.relay_device = Some(granted.device_id.clone());
    settings.tenant = Some(granted.me.tenant.clone());
    settings.email = Some(granted.me.agent.email.clone());
    settings.agent_id = None;
    settings.live_state = Some(granted.me.live_state && granted.me.agent.agent_id.is_some());
    settings.stream_agent_id = granted.me.agent.agent_id.clone();
    settings.stream_host = None;
    let account = key_account(&granted.device_id, url);
    store
        .store(&account, &Secret::new(granted.device_key.clone()))
        .map_err(ApplyError::from)?;
    Ok(settings)
}

/// [`relay_exchange`], then the save: `rcctl setup --relay URL --enroll CODE`.
/// On a failed save the key is forgotten again; once saved, the previous
/// set-up's token and credential are.
pub async fn enroll(
    paths: &Paths,
    store: &TokenStore,
    policy: &Policy,
    wanted: Settings,
    url: &RelayUrl,
    code: &Secret,
    device_name: &str,
) -> Result<Applied, EnrollError> {
    let settings = relay_exchange(store, &wanted, url, code, device_name).await?;
    Ok(apply_full(
        paths,
        store,
        policy,
        &settings,
        NewToken::Stored,
        NewCredential::Stored,
    )?)
}
