//! Everything needed to send actions, opened from the stored settings: the one
//! path the CLI and the app share from "settings on disk" to "ready client".

use crate::audit::AuditLog;
use crate::client::{Client, ClientError, ClientOptions};
use crate::controller::{ActionSender, Controller, EventSink};
use crate::managed::Policy;
use crate::paths::Paths;
use crate::relay::RelayClient;
use crate::secret::{Secret, TokenError, TokenSource, TokenStore};
use crate::settings::{Config, RelayTarget, Settings, SettingsError};
use crate::state::StateFile;
use std::sync::Arc;

/// Why a session could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// Settings missing, corrupt or invalid.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// No token, or the keychain is unreachable.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// The client could not be built (CA file, proxy).
    #[error(transparent)]
    Client(#[from] ClientError),
}

impl SessionError {
    /// Machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            SessionError::Settings(e) => e.kind(),
            SessionError::Token(e) => e.kind(),
            SessionError::Client(_) => "client_setup",
        }
    }
}

/// A ready-to-use client for the stored settings.
#[derive(Clone)]
pub struct Session {
    /// Where files live.
    pub paths: Paths,
    /// The validated configuration.
    pub config: Config,
    /// Where the token came from.
    pub token_source: TokenSource,
    /// The Event Streaming credential, when live state is on and one is
    /// stored (keychain only: never from the environment).
    pub stream_credential: Option<Secret>,
    /// What sends the actions: the 8x8 client, or the relay's in relay mode.
    pub client: Arc<dyn ActionSender>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("config", &self.config)
            .field("token_source", &self.token_source)
            .field("relay", &self.config.relay.is_some())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// Loads and validates settings (under the admin `policy`), resolves the
    /// token, builds the client.
    pub fn open(
        paths: &Paths,
        store: &TokenStore,
        policy: &Policy,
        options: ClientOptions,
    ) -> Result<Self, SessionError> {
        let settings = Settings::load_effective(&paths.settings_file(), policy)?;
        let (_, config) = settings.validate()?;
        if let Some(relay) = &config.relay {
            return Self::open_relay(paths, store, config.clone(), relay, options);
        }
        let (token, token_source) = store.resolve(&config.keychain_account())?;
        let client: Arc<dyn ActionSender> = Arc::new(Client::new(config.clone(), token, options)?);
        let stream_credential = match &config.live {
            Some(_) => store
                .stored(&config.stream_keychain_account())
                .unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "live state: the Event Streaming credential cannot be read");
                    None
                }),
            None => None,
        };
        Ok(Self {
            paths: paths.clone(),
            config,
            token_source,
            stream_credential,
            client,
        })
    }

    /// Relay mode: the device key from the keychain (never from the
    /// environment) sends the actions and, when live state is on, reads the
    /// relay's live endpoint.
    fn open_relay(
        paths: &Paths,
        store: &TokenStore,
        config: Config,
        relay: &RelayTarget,
        options: ClientOptions,
    ) -> Result<Self, SessionError> {
        let account = config.keychain_account();
        let key = store
            .stored(&account)?
            .ok_or(TokenError::NotEnrolled { account })?;
        let client = RelayClient::new(
            relay.url.clone(),
            key.clone(),
            config.tenant.clone(),
            config.ca_file.as_deref(),
            config.proxy.as_deref(),
            options,
        )?;
        Ok(Self {
            paths: paths.clone(),
            stream_credential: config.live.as_ref().map(|_| key),
            config,
            token_source: TokenSource::Keychain,
            client: Arc::new(client),
        })
    }

    /// The sinks every front end wants: the audit log and the state file.
    pub fn file_sinks(paths: &Paths) -> Vec<Arc<dyn EventSink>> {
        vec![
            Arc::new(AuditLog::new(paths.audit_log())),
            Arc::new(StateFile::new(paths.state_file())),
        ]
    }

    /// Spawns a controller over this session's client, starting from the saved
    /// state, writing to the audit log and state file plus `extra` sinks.
    pub fn controller(&self, extra: Vec<Arc<dyn EventSink>>) -> Controller {
        let mut sinks = Self::file_sinks(&self.paths);
        sinks.extend(extra);
        let initial = StateFile::new(self.paths.state_file()).load();
        Controller::spawn(self.client.clone(), initial, sinks)
    }
}
