//! `relay.toml`: read, checked, secrets loaded from their files. Every refusal
//! names the key and what is allowed; `Debug` shows no secret.

mod database_url;
mod raw;

pub use database_url::{Backend, DatabaseUrl};

use crate::secrets::{SecretFileError, credentials_path, read_secret_file};
use rccontrol::{Host, Secret};
use rccontrol_stream::StreamCredential;
use rccontrol_stream::hosts::StreamHost;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where `relay.toml` is by default.
pub const DEFAULT_CONFIG_PATH: &str = "/etc/rccontrol-relay/relay.toml";
/// The database when `relay.toml` names none.
pub const DEFAULT_DATABASE_URL: &str = "sqlite:///var/lib/rccontrol-relay/relay.db";

/// The relay's whole configuration.
#[derive(Clone)]
pub struct RelayConfig {
    /// The address to listen on.
    pub listen: SocketAddr,
    /// The TLS certificate and key, unless `plain_http`.
    pub tls: Option<TlsFiles>,
    /// Plain HTTP behind a reverse proxy (loopback `listen` only).
    pub plain_http: bool,
    /// The database (may hold a password).
    pub database_url: DatabaseUrl,
    /// Audit rows older than this many days are deleted; 0 keeps all.
    pub retention_days: u32,
    /// The 8x8 tenant the relay acts for.
    pub tenant: TenantConfig,
    /// Rates, sizes and deadlines.
    pub limits: Limits,
}

/// What the admin commands need: the database, retention and code lifetime.
/// Loading it checks the whole file but reads none of the tenant's secret
/// files (the token and stream credential are the service's alone).
#[derive(Debug, Clone)]
pub struct AdminConfig {
    /// The database (may hold a password).
    pub database_url: DatabaseUrl,
    /// Audit rows older than this many days are deleted; 0 keeps all.
    pub retention_days: u32,
    /// Rates, sizes and deadlines (`code_ttl` for new codes).
    pub limits: Limits,
}

impl AdminConfig {
    /// Reads and checks `path` (see [`AdminConfig`]).
    pub fn load(path: &Path) -> Result<AdminConfig, ConfigError> {
        let (text, base) = read(path)?;
        Self::from_toml(&text, &base)
    }

    /// Checks a configuration given as text.
    pub fn from_toml(text: &str, base_dir: &Path) -> Result<AdminConfig, ConfigError> {
        let raw: raw::RawConfig = toml::from_str(text).map_err(|e| syntax(text, &e))?;
        raw.check_admin(base_dir)
    }
}

fn read(path: &Path) -> Result<(String, PathBuf), ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_owned(),
        source,
    })?;
    let base = path.parent().unwrap_or(Path::new(".")).to_owned();
    Ok((text, base))
}

/// PEM files for TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    /// The certificate chain.
    pub cert: PathBuf,
    /// The private key.
    pub key: PathBuf,
}

/// The tenant, its API host, and its secrets.
#[derive(Clone)]
pub struct TenantConfig {
    /// The 8x8 tenant id.
    pub name: String,
    /// The Recording Control API host (from `cluster`).
    pub host: Host,
    /// An extra CA for 8x8 (tests: the simulator's CA).
    pub ca_file: Option<PathBuf>,
    /// The tenant-wide action token.
    pub token: Secret,
    /// Event Streaming, when a credential is configured (live state on).
    pub stream: Option<StreamSettings>,
}

/// Event Streaming: the credential and the host.
#[derive(Clone)]
pub struct StreamSettings {
    /// The `X-API-Key` credential.
    pub credential: StreamCredential,
    /// The streaming host (override, or the cluster's region).
    pub host: StreamHost,
}

/// Rates, sizes and deadlines (`[limits]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Actions per device per minute (counted in the database).
    pub actions_per_minute: u32,
    /// Enrollments per client address per minute (per replica).
    pub enroll_per_minute: u32,
    /// Largest request body.
    pub body_bytes: usize,
    /// Time allowed to send the request headers.
    pub header_timeout: Duration,
    /// Time allowed for the whole request.
    pub request_timeout: Duration,
    /// How long an enrollment code stays valid.
    pub code_ttl: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            actions_per_minute: 30,
            enroll_per_minute: 10,
            body_bytes: 4096,
            header_timeout: Duration::from_millis(5000),
            request_timeout: Duration::from_millis(15000),
            code_ttl: Duration::from_secs(72 * 3600),
        }
    }
}

/// Why `relay.toml` was refused. Never contains a secret.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Not TOML, an unknown key, or a value of the wrong type (toml's message names the key).
    #[error("{0}")]
    Syntax(String),
    /// A value is not allowed.
    #[error("{key}: {problem}")]
    Invalid {
        /// The key (`tenant.cluster`, `limits.body_bytes`, …).
        key: String,
        /// What is wrong and what is allowed.
        problem: String,
    },
    /// A secret file could not be used.
    #[error("{key}: {source}")]
    Secret {
        /// The key naming the file.
        key: String,
        /// Why.
        source: SecretFileError,
    },
}

impl ConfigError {
    /// The key the error is about, when it names one.
    pub fn key(&self) -> Option<&str> {
        match self {
            ConfigError::Invalid { key, .. } | ConfigError::Secret { key, .. } => Some(key),
            _ => None,
        }
    }
}

pub(crate) fn invalid(key: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key: key.to_owned(),
        problem: problem.into(),
    }
}

pub(crate) fn secret(key: &str, path: &Path) -> Result<zeroize::Zeroizing<String>, ConfigError> {
    read_secret_file(path).map_err(|source| ConfigError::Secret {
        key: key.to_owned(),
        source,
    })
}

pub(crate) fn field_problem(e: &rccontrol::FieldError) -> String {
    e.problem.english()
}

pub(crate) fn default_token_path() -> Option<PathBuf> {
    credentials_path("token")
}

/// toml's message with the line and the key it is on (a type error alone names no key).
fn syntax(text: &str, e: &toml::de::Error) -> ConfigError {
    let Some(span) = e.span() else {
        return ConfigError::Syntax(e.message().to_owned());
    };
    let start = span.start.min(text.len());
    let line_no = text.get(..start).map_or(1, |t| t.matches('\n').count() + 1);
    let line = text.lines().nth(line_no - 1).unwrap_or("");
    let key = line.split('=').next().unwrap_or("").trim();
    if line.contains('=') && !key.is_empty() && !key.starts_with('[') {
        ConfigError::Syntax(format!("line {line_no}, key `{key}`: {}", e.message()))
    } else {
        ConfigError::Syntax(format!("line {line_no}: {}", e.message()))
    }
}

impl RelayConfig {
    /// Reads and checks `path`; relative paths inside are relative to its directory.
    pub fn load(path: &Path) -> Result<RelayConfig, ConfigError> {
        let (text, base) = read(path)?;
        Self::from_toml(&text, &base)
    }

    /// Checks a configuration given as text; relative paths are relative to `base_dir`.
    pub fn from_toml(text: &str, base_dir: &Path) -> Result<RelayConfig, ConfigError> {
        let raw: raw::RawConfig = toml::from_str(text).map_err(|e| syntax(text, &e))?;
        raw.check(base_dir)
    }
}

impl fmt::Debug for RelayConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RelayConfig")
            .field("listen", &self.listen)
            .field("tls", &self.tls)
            .field("plain_http", &self.plain_http)
            .field("database_url", &self.database_url)
            .field("retention_days", &self.retention_days)
            .field("tenant", &self.tenant)
            .field("limits", &self.limits)
            .finish()
    }
}

impl fmt::Debug for TenantConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TenantConfig")
            .field("name", &self.name)
            .field("host", &self.host)
            .field("ca_file", &self.ca_file)
            .field("token", &"<redacted>")
            .field("stream", &self.stream)
            .finish()
    }
}

impl fmt::Debug for StreamSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamSettings")
            .field("credential", &"<redacted>")
            .field("host", &self.host)
            .finish()
    }
}

#[cfg(test)]
mod tests;
