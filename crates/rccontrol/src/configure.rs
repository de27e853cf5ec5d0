//! Applying new settings: validate everything, then the keychain, then the
//! settings file — so invalid input writes nothing. Shared by `rcctl setup`
//! and the app's settings window. The Event Streaming credential has its
//! own step ([`stream`]).

use crate::managed::Policy;
use crate::paths::Paths;
use crate::secret::{Secret, TokenError, TokenStore};
use crate::settings::{Config, Settings, SettingsError};
use crate::validate::{self, FieldError};
use std::path::PathBuf;

mod relay;
mod stream;
pub use relay::{EnrollError, enroll as enroll_relay, relay_exchange, relay_settings};
pub use stream::{
    Accounts, Forgotten, MAX_CREDENTIAL_LEN, StoredCredential, accounts, forget_secrets,
    region_stream_host, store_stream_credential, stream_credential_stored, validate_credential,
};

/// What applying settings did.
#[derive(Debug)]
pub struct Applied {
    /// The normalized settings now on disk.
    pub settings: Settings,
    /// The validated configuration.
    pub config: Config,
    /// Where an unparsable previous settings file was kept, if there was one.
    pub kept_corrupt: Option<PathBuf>,
    /// True when a token is stored for the account (given now, or kept).
    pub token_stored: bool,
    /// True when an Event Streaming credential is stored for the account.
    pub stream_credential_stored: bool,
}

/// Why settings could not be applied. Nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// Settings invalid, or the file could not be written.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// The token was rejected.
    #[error(transparent)]
    Field(#[from] FieldError),
    /// The keychain failed.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// Fields locked by the managed configuration would change.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Locked(Vec<FieldError>),
    /// Moving a corrupt file aside failed.
    #[error("could not keep the unparsable settings file {path} aside: {source}")]
    KeepCorrupt {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

impl ApplyError {
    /// Machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            ApplyError::Settings(e) => e.kind(),
            ApplyError::Field(_) => "invalid_settings",
            ApplyError::Token(e) => e.kind(),
            ApplyError::Locked(_) => "locked",
            ApplyError::KeepCorrupt { .. } => "settings_io",
        }
    }

    /// The rejected fields, when the error is about fields.
    pub fn fields(&self) -> Vec<FieldError> {
        match self {
            ApplyError::Settings(SettingsError::Invalid(f)) => f.clone(),
            ApplyError::Field(f) => vec![f.clone()],
            ApplyError::Locked(f) => f.clone(),
            _ => Vec::new(),
        }
    }
}

/// Where the token goes and whom it trusts: a change to any of these sends the
/// token somewhere it was not given for.
fn trust(c: &Config) -> (String, &str, Option<&str>, Option<&std::path::Path>) {
    (
        c.host.to_string(),
        c.tenant.as_str(),
        c.proxy.as_deref(),
        c.ca_file.as_deref(),
    )
}

/// The token part of a save.
#[derive(Debug, Clone, Copy)]
pub enum NewToken<'a> {
    /// None typed: the stored one stays for the same account; a change of
    /// cluster, tenant, proxy or CA file is refused (the token is never carried).
    Keep,
    /// Typed now: validated and stored.
    Given(&'a str),
    /// Already stored for the new account by [`store_token`] (the settings
    /// window's process does so, so the token never crosses the control socket).
    Stored,
}

/// Refuses changes to locked fields, validates `wanted`, stores `token` (when
/// given) in the keychain, writes the settings file atomically (without the
/// values the policy already gives), and removes a token left under an old
/// account. A token is never carried to another host, tenant, proxy or CA
/// file: a change of any of them without a new token is refused (the field
/// `token` says why), so the token only ever goes where it was given for.
pub fn apply(
    paths: &Paths,
    store: &TokenStore,
    policy: &Policy,
    wanted: &Settings,
    token: Option<&str>,
) -> Result<Applied, ApplyError> {
    let token = token.map_or(NewToken::Keep, NewToken::Given);
    apply_with(paths, store, policy, wanted, token)
}

/// Checks `wanted` the way [`apply`] does first (locked fields, then the
/// settings, then the token) and stores `token` for the account they name;
/// returns that account. Nothing else is written: [`apply_with`] and
/// [`NewToken::Stored`] follow (and forget the token again if they fail).
pub fn store_token(
    store: &TokenStore,
    policy: &Policy,
    wanted: &Settings,
    token: &Secret,
) -> Result<String, ApplyError> {
    let (_, config) = checked(policy, wanted)?;
    let token = Secret::new(validate::token(token.expose())?);
    let account = config.keychain_account();
    store.store(&account, &token)?;
    Ok(account)
}

/// `wanted` with the policy's hosts, refused when it changes a locked field,
/// validated.
fn checked(policy: &Policy, wanted: &Settings) -> Result<(Settings, Config), ApplyError> {
    let refused = policy.refused(wanted);
    if !refused.is_empty() {
        return Err(ApplyError::Locked(refused));
    }
    let mut wanted = wanted.clone();
    wanted.allowed_hosts = policy.allowed_hosts().to_vec();
    Ok(wanted.validate()?)
}

/// [`apply`] with the token's part said explicitly.
pub fn apply_with(
    paths: &Paths,
    store: &TokenStore,
    policy: &Policy,
    wanted: &Settings,
    token: NewToken<'_>,
) -> Result<Applied, ApplyError> {
    apply_full(paths, store, policy, wanted, token, NewCredential::Keep)
}

/// The Event Streaming credential part of a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewCredential {
    /// None given: the stored one stays, unless the streaming host or the
    /// CA file changes (then it must be given again).
    Keep,
    /// Just stored for the settings being saved
    /// ([`store_stream_credential`]): it was given for them.
    Stored,
}

/// [`apply_with`], saying whether the Event Streaming credential was just
/// stored for these settings.
pub fn apply_full(
    paths: &Paths,
    store: &TokenStore,
    policy: &Policy,
    wanted: &Settings,
    token: NewToken<'_>,
    credential: NewCredential,
) -> Result<Applied, ApplyError> {
    let refused = policy.refused(wanted);
    if !refused.is_empty() {
        return Err(ApplyError::Locked(refused));
    }
    let file = paths.settings_file();
    let previous = match Settings::load_effective(&file, policy) {
        Ok(p) => Some(p),
        Err(SettingsError::Corrupt { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let (settings, config) = checked(policy, wanted)?;
    let stored_already = matches!(token, NewToken::Stored);
    let token = match token {
        NewToken::Given(t) => Some(Secret::new(validate::token(t)?)),
        NewToken::Keep | NewToken::Stored => None,
    };
    let account = config.keychain_account();
    let old_config = previous
        .as_ref()
        .and_then(|p| p.validate().ok())
        .map(|(_, c)| c);
    // Never carried: the token goes only where it was given for.
    let moved = old_config
        .as_ref()
        .is_some_and(|old| trust(old) != trust(&config));
    if moved && token.is_none() && !stored_already {
        let had_token = old_config
            .as_ref()
            .map(|old| store.stored(&old.keychain_account()))
            .transpose()?
            .flatten()
            .is_some();
        if had_token {
            return Err(FieldError::new("token", crate::msg!("token-needed-again")).into());
        }
    }
    // The credential is never carried either: a new account starts without one.
    let old_accounts = old_config
        .map(|c| (c.keychain_account(), c.stream_keychain_account()))
        .filter(|(old, _)| *old != account);
    let token_stored = match &token {
        Some(token) => {
            store.store(&account, token)?;
            true
        }
        None => store.stored(&account).ok().flatten().is_some(),
    };
    let rollback = |store: &TokenStore| {
        if token.is_some() || stored_already {
            let _ = store.forget(&account);
        }
    };
    let mut kept_corrupt = None;
    if previous.is_none() && file.exists() {
        let bad = file.with_extension("toml.bad");
        if let Err(source) = std::fs::rename(&file, &bad) {
            rollback(store);
            return Err(ApplyError::KeepCorrupt { path: file, source });
        }
        kept_corrupt = Some(bad);
    }
    if let Err(e) = settings.save_with(&file, policy) {
        rollback(store);
        return Err(e.into());
    }
    if let Some((old_token, old_stream)) = &old_accounts {
        let _ = store.forget(old_token);
        let _ = store.forget(old_stream);
    }
    // Nor does the Event Streaming credential follow its stream elsewhere: a
    // new streaming host or CA file means it must be given again (in its own
    // step), never sent where it was not given for.
    let stream_moved = previous
        .as_ref()
        .is_some_and(|old| stream_trust(old) != stream_trust(&settings));
    // (In relay mode the live endpoint's credential is the device key itself.)
    if stream_moved
        && old_accounts.is_none()
        && credential == NewCredential::Keep
        && config.relay.is_none()
    {
        let _ = store.forget(&config.stream_keychain_account());
    }
    let stream_credential_stored = stream_credential_stored(store, &config).unwrap_or(false);
    Ok(Applied {
        settings,
        config,
        kept_corrupt,
        token_stored,
        stream_credential_stored,
    })
}

/// What the Event Streaming credential is trusted to, live state on or off:
/// the streaming host (the override, else the cluster's region's) and the CA
/// file.
fn stream_trust(s: &Settings) -> (Option<String>, Option<&std::path::Path>) {
    let host = s
        .stream_host
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(str::to_owned)
        .or_else(|| region_stream_host(s));
    (host, s.ca_file.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::memory::MemoryBackend;
    use std::sync::Arc;

    fn wanted(tenant: &str) -> Settings {
        Settings {
            cluster: Some("vcc-na7".into()),
            tenant: Some(tenant.into()),
            email: Some("a@b.c".into()),
            ..Settings::default()
        }
    }

    #[test]
    fn the_stream_credential_does_not_follow_a_new_streaming_host_or_ca() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::in_dir(dir.path());
        let store = TokenStore::with_backend(Arc::new(MemoryBackend::default()));
        let live = |host: Option<&str>, on: bool| Settings {
            live_state: Some(on),
            stream_agent_id: Some("agA1".into()),
            stream_host: host.map(Into::into),
            ..wanted("acme")
        };
        let save = |s: &Settings| apply(&paths, &store, &Policy::none(), s, None).unwrap();
        let first = apply(
            &paths,
            &store,
            &Policy::none(),
            &live(None, true),
            Some("tok"),
        )
        .unwrap();
        let account = first.config.stream_keychain_account();
        let given = || {
            let stored = store_stream_credential(
                &store,
                &Policy::none(),
                &live(None, true),
                &Secret::new("eght_abc"),
            )
            .unwrap();
            assert_eq!(stored.account, account);
        };
        given();
        // Off and on again, same host: kept.
        save(&live(None, false));
        save(&live(None, true));
        assert!(store.stored(&account).unwrap().is_some());
        // The region's host spelled as an override: the same host, kept.
        save(&live(Some("pulsar-ws-usw2.8x8.com"), true));
        assert!(store.stored(&account).unwrap().is_some());
        // Another host: forgotten, to be given again.
        save(&live(Some("stream.example.net"), true));
        assert!(store.stored(&account).unwrap().is_none());
        // Given for the new host in the same save (its own step): kept.
        let other = live(Some("stream2.example.net"), true);
        let stored =
            store_stream_credential(&store, &Policy::none(), &other, &Secret::new("eght_def"))
                .unwrap();
        assert_eq!(stored.account, account);
        apply_full(
            &paths,
            &store,
            &Policy::none(),
            &other,
            NewToken::Keep,
            NewCredential::Stored,
        )
        .unwrap();
        assert_eq!(
            store.stored(&account).unwrap().unwrap().expose(),
            "eght_def"
        );
        assert!(
            store
                .stored(&first.config.keychain_account())
                .unwrap()
                .is_some()
        );
    }

    #[test]
    fn invalid_input_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::in_dir(dir.path());
        let store = TokenStore::with_backend(Arc::new(MemoryBackend::default()));
        assert!(apply(&paths, &store, &Policy::none(), &wanted("a/b"), Some("tok")).is_err());
        let e = apply(
            &paths,
            &store,
            &Policy::none(),
            &wanted("acme"),
            Some("to k"),
        )
        .unwrap_err();
        assert_eq!(e.fields()[0].field, "token");
        assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
        assert!(store.stored("acme@vcc-na7.8x8.com").unwrap().is_none());
    }

    /// Finding 4 of "Safe on shared desktops": the token never follows a
    /// change of host, tenant, proxy or CA file by itself.
    #[test]
    fn a_new_host_tenant_proxy_or_ca_needs_the_token_again() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::in_dir(dir.path());
        let store = TokenStore::with_backend(Arc::new(MemoryBackend::default()));
        apply(
            &paths,
            &store,
            &Policy::none(),
            &wanted("acme"),
            Some("tok"),
        )
        .unwrap();
        let ca = dir.path().join("ca.pem");
        // Only read as PEM here: any certificate block will do.
        std::fs::write(
            &ca,
            "-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        type Change<'a> = Box<dyn Fn(&mut Settings) + 'a>;
        let changes: [(&str, Change<'_>); 4] = [
            ("tenant", Box::new(|s| s.tenant = Some("acme2".into()))),
            ("cluster", Box::new(|s| s.cluster = Some("vcc-na8".into()))),
            (
                "proxy",
                Box::new(|s| s.proxy = Some("http://proxy.example:3128".into())),
            ),
            ("ca", Box::new(|s| s.ca_file = Some(ca.clone()))),
        ];
        for (what, change) in changes {
            let mut s = wanted("acme");
            change(&mut s);
            let before = std::fs::read(paths.settings_file()).unwrap();
            match apply(&paths, &store, &Policy::none(), &s, None) {
                Err(e) => {
                    assert_eq!(e.fields()[0].field, "token", "{what}");
                    assert!(e.to_string().contains("again"), "{what}: {e}");
                }
                Ok(_) => panic!("{what}: applied without a new token"),
            }
            assert_eq!(
                std::fs::read(paths.settings_file()).unwrap(),
                before,
                "{what}"
            );
        }
        // The same settings (the agent's e-mail may change) keep the token.
        let mut s = wanted("acme");
        s.email = Some("other@b.c".into());
        assert!(
            apply(&paths, &store, &Policy::none(), &s, None)
                .unwrap()
                .token_stored
        );
    }

    #[test]
    fn a_new_account_with_a_new_token_removes_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::in_dir(dir.path());
        let store = TokenStore::with_backend(Arc::new(MemoryBackend::default()));
        let a = apply(
            &paths,
            &store,
            &Policy::none(),
            &wanted("acme"),
            Some("tok"),
        )
        .unwrap();
        assert!(a.token_stored);
        let b = apply(
            &paths,
            &store,
            &Policy::none(),
            &wanted("acme2"),
            Some("tok2"),
        )
        .unwrap();
        assert!(b.token_stored);
        assert_eq!(
            store
                .stored("acme2@vcc-na7.8x8.com")
                .unwrap()
                .unwrap()
                .expose(),
            "tok2"
        );
        assert!(store.stored("acme@vcc-na7.8x8.com").unwrap().is_none());
        // Same account, no new token: the stored one stays.
        assert!(
            apply(&paths, &store, &Policy::none(), &wanted("acme2"), None)
                .unwrap()
                .token_stored
        );
    }

    #[test]
    fn a_token_stored_first_is_applied_without_being_given() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::in_dir(dir.path());
        let store = TokenStore::with_backend(Arc::new(MemoryBackend::default()));
        let none = Policy::none();
        apply(&paths, &store, &none, &wanted("acme"), Some("old")).unwrap();
        // Checked like a save: a bad token or bad settings store nothing.
        let e = store_token(&store, &none, &wanted("acme2"), &Secret::new("a b")).unwrap_err();
        assert_eq!(e.fields()[0].field, "token");
        assert!(store_token(&store, &none, &wanted("a/b"), &Secret::new("new")).is_err());
        assert!(store.stored("acme2@vcc-na7.8x8.com").unwrap().is_none());
        let account = store_token(&store, &none, &wanted("acme2"), &Secret::new(" new ")).unwrap();
        assert_eq!(account, "acme2@vcc-na7.8x8.com");
        let applied =
            apply_with(&paths, &store, &none, &wanted("acme2"), NewToken::Stored).unwrap();
        assert!(applied.token_stored);
        // The new token stays (the old account's is not carried over it), the old goes.
        assert_eq!(store.stored(&account).unwrap().unwrap().expose(), "new");
        assert!(store.stored("acme@vcc-na7.8x8.com").unwrap().is_none());
    }
}
