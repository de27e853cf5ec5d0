//! Live state (8x8 Event Streaming) in `rcctl`: the setup flags, the
//! credential's own setup step, and what `status` says about the stream.
//! The credential is never printed, logged or put in argv.

use crate::cli::{OnOff, SetupArgs};
use crate::error::CliError;
use crate::error::apply_error;
use crate::secret_input::{SecretKind, read_secret};
use rccontrol::configure::{self, Applied};
use rccontrol::control_socket::StreamStatus;
use rccontrol::secret::{KEYCHAIN_SERVICE, keychain_service_name};
use rccontrol::{Config, Localizer, Paths, Policy, Settings, TokenStore, tr};

/// Puts the live-state flags into `wanted`; an empty agent ID or host
/// clears it.
pub fn apply_args(wanted: &mut Settings, args: &SetupArgs) {
    let given = |s: &String| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    if let Some(on) = args.live_state {
        wanted.live_state = Some(on == OnOff::On);
    }
    if let Some(a) = &args.stream_agent_id {
        wanted.stream_agent_id = given(a);
    }
    if let Some(h) = &args.stream_host {
        wanted.stream_host = given(h);
    }
}

/// `rcctl setup --stream-credential`: stores the credential for the account
/// `config` names, then saves the settings (the credential is put back as it
/// was when that fails). The action token is never read in the same run: it
/// must be stored already (or come from the environment, `--no-keychain`).
pub fn credential_step(
    paths: &Paths,
    store: &TokenStore,
    policy: &Policy,
    wanted: &Settings,
    config: &Config,
    args: &SetupArgs,
    l: &Localizer,
) -> Result<u8, CliError> {
    let own_step = || {
        CliError::Other(tr!(
            l,
            "rcctl-setup-credential-own-step",
            account = config.keychain_account()
        ))
    };
    if !args.no_keychain && store.stored(&config.keychain_account())?.is_none() {
        return Err(own_step());
    }
    let credential = read_secret(l, SecretKind::StreamCredential)?;
    let stored = configure::store_stream_credential(store, policy, wanted, &credential)
        .map_err(apply_error)?;
    drop(credential);
    let applied = match configure::apply_full(
        paths,
        store,
        policy,
        wanted,
        configure::NewToken::Keep,
        configure::NewCredential::Stored,
    ) {
        Ok(a) => a,
        Err(e) => {
            if let Err(undo) = stored.undo(store) {
                tracing::warn!(error = %undo, "the Event Streaming credential could not be put back");
            }
            // A change that needs the action token again: its own run first.
            return Err(if e.fields().iter().any(|f| f.field == "token") {
                own_step()
            } else {
                apply_error(e)
            });
        }
    };
    println!(
        "{}",
        tr!(
            l,
            "rcctl-setup-saved",
            path = paths.settings_file().display().to_string()
        )
    );
    println!(
        "{}",
        tr!(
            l,
            "rcctl-setup-credential-stored",
            keychain = keychain_service_name(),
            service = KEYCHAIN_SERVICE,
            account = stored.account.as_str()
        )
    );
    if applied.config.live.is_none() {
        println!("{}", tr!(l, "rcctl-setup-live-off"));
    }
    Ok(0)
}

/// After a save: live state on without a credential is said, not left silent.
pub fn after_save(applied: &Applied, l: &Localizer) {
    if applied.config.live.is_some() && !applied.stream_credential_stored {
        println!(
            "{}",
            tr!(
                l,
                "rcctl-setup-no-credential",
                account = applied.config.stream_keychain_account()
            )
        );
    }
}

/// What `status` knows about live state.
pub struct LiveStatus {
    /// The settings ask for live state.
    pub wanted: bool,
    /// The credential's keychain account, when the settings name one.
    pub account: Option<String>,
    /// Whether the credential is stored (`None`: the keychain did not say).
    pub credential: Option<bool>,
    /// What the running app says (`None`: no app answered).
    pub app: Option<StreamStatus>,
    /// The app answered, but is too old to say.
    pub app_silent: bool,
}

impl LiveStatus {
    /// Live state as `settings` ask for it and `app` reports it.
    pub fn new(settings: &Settings, app: Option<Option<StreamStatus>>) -> Self {
        let account = configure::accounts(settings).map(|a| a.stream);
        let credential = account
            .as_ref()
            .map(|a| TokenStore::keychain().stored(a).map(|c| c.is_some()).ok())
            .unwrap_or(Some(false));
        Self {
            wanted: settings.live_state == Some(true),
            account,
            credential,
            app: app.flatten(),
            app_silent: matches!(app, Some(None)),
        }
    }

    /// The `stream` value of `--json`: the app's word; `off` with no app
    /// (nothing connects without it); `unknown` from an app too old to say.
    pub fn stream(&self) -> StreamStatus {
        match (self.app, self.app_silent) {
            (Some(s), _) => s,
            (None, true) => StreamStatus::Unknown,
            (None, false) => StreamStatus::Off,
        }
    }

    /// The credential as `--json` shows it (never its value).
    pub fn credential_json(&self) -> &'static str {
        match self.credential {
            Some(true) => "present",
            Some(false) => "absent",
            None => "unknown",
        }
    }

    /// The "Live state:" line in `l`'s language.
    pub fn line(&self, l: &Localizer) -> String {
        let no_credential = || {
            tr!(
                l,
                "rcctl-status-live-no-credential",
                account = self.account.as_deref().unwrap_or("-")
            )
        };
        match self.stream() {
            StreamStatus::Live => tr!(l, "rcctl-status-live-live"),
            StreamStatus::Connecting => tr!(l, "rcctl-status-live-connecting"),
            StreamStatus::Down => tr!(l, "rcctl-status-live-down"),
            StreamStatus::Rejected => tr!(l, "rcctl-status-live-rejected"),
            _ if !self.wanted => tr!(l, "rcctl-status-live-off"),
            _ if self.credential == Some(false) => no_credential(),
            StreamStatus::Unknown => tr!(l, "rcctl-status-live-unknown"),
            StreamStatus::Off if self.app.is_none() => tr!(l, "rcctl-status-live-no-app"),
            StreamStatus::Off => tr!(l, "rcctl-status-live-off"),
        }
    }
}
