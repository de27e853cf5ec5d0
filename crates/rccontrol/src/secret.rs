//! The action token: a redacting [`Secret`] and the OS keychain store.

use std::fmt;
use std::sync::Arc;
use zeroize::Zeroizing;

/// Environment variable holding the token for headless use (the explicit
/// alternative to the keychain; there is deliberately no `--token` flag).
pub const TOKEN_ENV: &str = "RCCTL_TOKEN";

/// Environment variable naming the keychain account (`tenant@host`, as
/// `rcctl status` shows it) that [`TOKEN_ENV`] was given for: the token from
/// the environment is used for that account only, never sent to another
/// tenant or host.
pub const TOKEN_FOR_ENV: &str = "RCCTL_TOKEN_FOR";

/// Every environment variable that can hold one of the app's secrets.
pub const SECRET_ENV: [&str; 1] = [TOKEN_ENV];

/// A child process's command without the app's secret environment variables
/// ([`SECRET_ENV`]): nothing the app starts (a file viewer, `reg.exe`, its own
/// settings window) inherits a token given in the environment. (The variable
/// stays in this process's own environment: removing it needs `unsafe` in
/// edition 2024; that block is readable only by this user and administrators,
/// who can read the process's memory anyway.)
pub fn child_command(program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
    let mut command = std::process::Command::new(program);
    for name in SECRET_ENV {
        command.env_remove(name);
    }
    command
}

/// Keychain service name under which tokens are stored.
pub const KEYCHAIN_SERVICE: &str = "rccontrol";

/// A secret string: `Debug` redacts it, it has no `Display`/`Serialize`, and
/// its memory is zeroed on drop.
#[derive(Clone)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }
    /// The value, for the one place that must send it (the Authorization header).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// A secret arrives from a form as a plain string; once deserialized it is a
/// [`Secret`] and never shows in `Debug` output.
impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret::new)
    }
}

/// Where the token in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenSource {
    /// The OS keychain.
    Keychain,
    /// The `RCCTL_TOKEN` environment variable.
    Env,
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::Keychain => f.write_str("OS keychain"),
            TokenSource::Env => write!(f, "{TOKEN_ENV} environment variable"),
        }
    }
}

/// Token storage errors. None of them ever contains the token.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The keychain service cannot be reached at all.
    #[error(
        "the OS keychain is not reachable ({service}: {detail}); start or unlock it, or set {TOKEN_ENV} in the environment for headless use"
    )]
    Unavailable {
        /// Which keychain service is missing.
        service: &'static str,
        /// What the platform said.
        detail: String,
    },
    /// The keychain answered with an error.
    #[error("the OS keychain ({service}) refused: {detail}")]
    Keychain {
        /// Which keychain service.
        service: &'static str,
        /// What the platform said.
        detail: String,
    },
    /// `RCCTL_TOKEN` is set, but not for this tenant and host.
    #[error(
        "{TOKEN_ENV} is set {}, not for {account}: it is only ever sent to the tenant and host it was given for; set {TOKEN_FOR_ENV}={account} if it is meant for them",
        given.as_deref().map_or_else(|| format!("without {TOKEN_FOR_ENV}"), |g| format!("for {g}"))
    )]
    EnvElsewhere {
        /// The account the settings point at.
        account: String,
        /// What `RCCTL_TOKEN_FOR` says, if anything.
        given: Option<String>,
    },
    /// No token stored and none in the environment.
    #[error(
        "no action token stored for {account}; run `rcctl setup`, or set {TOKEN_ENV} for headless use"
    )]
    Missing {
        /// The keychain account looked up.
        account: String,
    },
    /// Relay mode: no device key in the keychain for this relay and device.
    #[error(
        "this computer is not enrolled with the relay (no device key stored for {account}); run `rcctl setup --relay URL --enroll CODE` with a code from your administrator"
    )]
    NotEnrolled {
        /// The keychain account looked up.
        account: String,
    },
}

impl TokenError {
    /// Machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            TokenError::Unavailable { .. } => "keychain_unavailable",
            TokenError::Keychain { .. } => "keychain_error",
            TokenError::Missing { .. } => "token_missing",
            TokenError::EnvElsewhere { .. } => "token_elsewhere",
            TokenError::NotEnrolled { .. } => "not_enrolled",
        }
    }
}

/// The keychain on this platform, named the way a user would look for it.
pub fn keychain_service_name() -> &'static str {
    if cfg!(target_os = "macos") {
        "macOS Keychain"
    } else if cfg!(windows) {
        "Windows Credential Manager"
    } else {
        "Secret Service over D-Bus (gnome-keyring or KWallet)"
    }
}

/// Storage backend for secrets, keyed by account. The real one is the OS
/// keychain; unit tests may use an in-memory one.
pub trait SecretBackend: Send + Sync {
    /// Reads a secret; `Ok(None)` when there is no entry.
    fn get(&self, account: &str) -> Result<Option<Secret>, TokenError>;
    /// Stores a secret, replacing any previous one.
    fn set(&self, account: &str, secret: &Secret) -> Result<(), TokenError>;
    /// Deletes a secret; `Ok(false)` when there was none.
    fn delete(&self, account: &str) -> Result<bool, TokenError>;
}

/// The OS keychain through keyring 3.x (platform features enabled explicitly).
#[derive(Debug, Clone)]
pub struct Keychain {
    service: String,
}

impl Keychain {
    /// A keychain store under the given service name.
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }

    fn entry(&self, account: &str) -> Result<keyring::Entry, TokenError> {
        keyring::Entry::new(&self.service, account).map_err(map_keyring)
    }
}

fn map_keyring(e: keyring::Error) -> TokenError {
    let service = keychain_service_name();
    match e {
        keyring::Error::PlatformFailure(inner) | keyring::Error::NoStorageAccess(inner) => {
            TokenError::Unavailable {
                service,
                detail: inner.to_string(),
            }
        }
        other => TokenError::Keychain {
            service,
            detail: other.to_string(),
        },
    }
}

impl SecretBackend for Keychain {
    fn get(&self, account: &str) -> Result<Option<Secret>, TokenError> {
        match self.entry(account)?.get_password() {
            Ok(p) => Ok(Some(Secret::new(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map_keyring(e)),
        }
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<(), TokenError> {
        self.entry(account)?
            .set_password(secret.expose())
            .map_err(map_keyring)
    }

    fn delete(&self, account: &str) -> Result<bool, TokenError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(map_keyring(e)),
        }
    }
}

/// Token store: the environment override first, then the backend.
#[derive(Clone)]
pub struct TokenStore {
    backend: Arc<dyn SecretBackend>,
}

impl fmt::Debug for TokenStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenStore")
    }
}

impl Default for TokenStore {
    fn default() -> Self {
        Self::keychain()
    }
}

impl TokenStore {
    /// The OS keychain under [`KEYCHAIN_SERVICE`].
    pub fn keychain() -> Self {
        Self::with_backend(Arc::new(Keychain::new(KEYCHAIN_SERVICE)))
    }

    /// Any backend (tests).
    pub fn with_backend(backend: Arc<dyn SecretBackend>) -> Self {
        Self { backend }
    }

    /// The token to use: `RCCTL_TOKEN` when set (non-empty) and given for
    /// `account` (`RCCTL_TOKEN_FOR`), else the keychain entry. A token in the
    /// environment for another account (or for none) is an error, never
    /// silently replaced by the keychain's.
    pub fn resolve(&self, account: &str) -> Result<(Secret, TokenSource), TokenError> {
        // Straight into a zeroizing `Secret` (no copy for UTF-8). The
        // variable stays in the process environment: removing it needs
        // `unsafe` (edition 2024), which the workspace forbids.
        let token = std::env::var_os(TOKEN_ENV).map(|env| {
            Secret::new(
                env.into_string()
                    .unwrap_or_else(|e| e.to_string_lossy().into_owned()),
            )
        });
        let given = std::env::var_os(TOKEN_FOR_ENV).map(|v| v.to_string_lossy().trim().to_owned());
        if let Some(token) = env_token(account, token, given) {
            return token.map(|t| (t, TokenSource::Env));
        }
        match self.backend.get(account)? {
            Some(s) => Ok((s, TokenSource::Keychain)),
            None => Err(TokenError::Missing {
                account: account.to_owned(),
            }),
        }
    }

    /// Reads the keychain entry only (ignores the environment).
    pub fn stored(&self, account: &str) -> Result<Option<Secret>, TokenError> {
        self.backend.get(account)
    }

    /// Stores the token in the keychain.
    pub fn store(&self, account: &str, token: &Secret) -> Result<(), TokenError> {
        self.backend.set(account, token)
    }

    /// Removes the keychain entry.
    pub fn forget(&self, account: &str) -> Result<bool, TokenError> {
        self.backend.delete(account)
    }
}

/// The token from the environment for `account`: `None` when `token` is
/// unset or empty; an error when it was given for another account (`given`)
/// or for none.
fn env_token(
    account: &str,
    token: Option<Secret>,
    given: Option<String>,
) -> Option<Result<Secret, TokenError>> {
    let token = token?;
    let value = token.expose().trim();
    if value.is_empty() {
        return None;
    }
    let given = given.filter(|g| !g.is_empty());
    Some(if given.as_deref() == Some(account) {
        Ok(Secret::new(value))
    } else {
        Err(TokenError::EnvElsewhere {
            account: account.to_owned(),
            given,
        })
    })
}

#[cfg(test)]
pub(crate) mod memory {
    //! In-memory backend for unit tests only.
    use super::*;
    use std::collections::HashMap;
    use std::sync::Mutex;

    #[derive(Default)]
    pub struct MemoryBackend(pub Mutex<HashMap<String, String>>);

    impl SecretBackend for MemoryBackend {
        fn get(&self, account: &str) -> Result<Option<Secret>, TokenError> {
            Ok(self
                .0
                .lock()
                .unwrap()
                .get(account)
                .map(|s| Secret::new(s.clone())))
        }
        fn set(&self, account: &str, secret: &Secret) -> Result<(), TokenError> {
            self.0
                .lock()
                .unwrap()
                .insert(account.into(), secret.expose().into());
            Ok(())
        }
        fn delete(&self, account: &str) -> Result<bool, TokenError> {
            Ok(self.0.lock().unwrap().remove(account).is_some())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::memory::MemoryBackend;
    use super::*;

    #[test]
    fn children_start_without_the_secret_variables() {
        let command = child_command("true");
        let removed: Vec<_> = command
            .get_envs()
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| k.to_string_lossy().into_owned())
            .collect();
        assert_eq!(removed, [TOKEN_ENV]);
    }

    #[test]
    fn deserialized_secrets_stay_redacted() {
        let s: Secret = serde_json::from_str("\"deadbeef\"").unwrap();
        assert_eq!(s.expose(), "deadbeef");
        assert!(!format!("{s:?}").contains("deadbeef"));
    }

    #[test]
    fn debug_redacts() {
        let s = Secret::new("deadbeefdeadbeef");
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        assert!(!format!("{:?}", Some(s)).contains("deadbeef"));
    }

    #[test]
    fn store_round_trip() {
        let store = TokenStore::with_backend(Arc::new(MemoryBackend::default()));
        assert!(matches!(store.stored("a@h"), Ok(None)));
        store.store("a@h", &Secret::new("t0k")).unwrap();
        assert_eq!(store.stored("a@h").unwrap().unwrap().expose(), "t0k");
        assert!(store.forget("a@h").unwrap());
        assert!(!store.forget("a@h").unwrap());
    }

    /// Finding 4 of "Safe on shared desktops": a token from the environment
    /// goes only to the tenant and host it was given for.
    #[test]
    fn the_environment_token_is_bound_to_its_account() {
        let token = || Some(Secret::new(" t0k3n\n"));
        let ok = env_token(
            "acme@vcc-na7.8x8.com",
            token(),
            Some("acme@vcc-na7.8x8.com".into()),
        );
        assert_eq!(ok.unwrap().unwrap().expose(), "t0k3n");
        for given in [None, Some(String::new()), Some("acme@evil.example".into())] {
            let e = env_token("acme@vcc-na7.8x8.com", token(), given.clone())
                .unwrap()
                .unwrap_err();
            assert_eq!(e.kind(), "token_elsewhere");
            let text = e.to_string();
            assert!(
                text.contains("RCCTL_TOKEN_FOR=acme@vcc-na7.8x8.com") && !text.contains("t0k3n"),
                "{given:?}: {text}"
            );
        }
        assert!(env_token("a@h", None, None).is_none());
        assert!(env_token("a@h", Some(Secret::new(" ")), Some("a@h".into())).is_none());
    }

    #[test]
    fn unavailable_error_names_service_and_env() {
        let e = map_keyring(keyring::Error::PlatformFailure("no bus".into()));
        let msg = e.to_string();
        assert!(msg.contains("D-Bus") || msg.contains("Keychain") || msg.contains("Credential"));
        assert!(msg.contains(TOKEN_ENV), "{msg}");
        assert_eq!(e.kind(), "keychain_unavailable");
    }
}
