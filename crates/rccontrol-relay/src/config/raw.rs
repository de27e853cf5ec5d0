//! `relay.toml` as written, and its checks into a [`RelayConfig`].

use super::{
    AdminConfig, ConfigError, DEFAULT_DATABASE_URL, DatabaseUrl, Limits, RelayConfig,
    StreamSettings, TenantConfig, TlsFiles, default_token_path, field_problem, invalid, secret,
};
use rccontrol::Secret;
use rccontrol_stream::StreamCredential;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    listen: Option<String>,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
    #[serde(default)]
    plain_http: bool,
    database_url: Option<String>,
    database_url_file: Option<PathBuf>,
    retention_days: Option<u32>,
    tenant: RawTenant,
    #[serde(default)]
    limits: RawLimits,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTenant {
    name: String,
    cluster: String,
    ca_file: Option<PathBuf>,
    token_file: Option<PathBuf>,
    stream_credential_file: Option<PathBuf>,
    stream_host: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    actions_per_minute: Option<u32>,
    enroll_per_minute: Option<u32>,
    body_bytes: Option<usize>,
    header_timeout_ms: Option<u64>,
    request_timeout_ms: Option<u64>,
    code_ttl: Option<String>,
}

fn resolve(base: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_owned()
    } else {
        base.join(p)
    }
}

/// What every command checks; secret files of the tenant not read.
struct Common {
    listen: SocketAddr,
    tls: Option<TlsFiles>,
    plain_http: bool,
    database_url: DatabaseUrl,
    retention_days: u32,
    limits: Limits,
}

impl RawConfig {
    /// Every check, the tenant's secret files read (`serve`).
    pub(super) fn check(self, base: &Path) -> Result<RelayConfig, ConfigError> {
        let (common, tenant) = self.split(base)?;
        Ok(RelayConfig {
            listen: common.listen,
            tls: common.tls,
            plain_http: common.plain_http,
            database_url: common.database_url,
            retention_days: common.retention_days,
            tenant: tenant.check(base)?,
            limits: common.limits,
        })
    }

    /// Every check but the tenant's secret files (the admin commands).
    pub(super) fn check_admin(self, base: &Path) -> Result<AdminConfig, ConfigError> {
        let (common, tenant) = self.split(base)?;
        tenant.check_public()?;
        Ok(AdminConfig {
            database_url: common.database_url,
            retention_days: common.retention_days,
            limits: common.limits,
        })
    }

    fn split(self, base: &Path) -> Result<(Common, RawTenant), ConfigError> {
        let listen: SocketAddr = self
            .listen
            .as_deref()
            .unwrap_or("0.0.0.0:8443")
            .parse()
            .map_err(|_| invalid("listen", "must be an address and port, e.g. 0.0.0.0:8443"))?;
        let tls = match (self.tls_cert, self.tls_key, self.plain_http) {
            (Some(cert), Some(key), false) => Some(TlsFiles {
                cert: resolve(base, &cert),
                key: resolve(base, &key),
            }),
            (None, None, true) => {
                if !listen.ip().is_loopback() {
                    return Err(invalid(
                        "plain_http",
                        "allowed only with a loopback listen address (127.0.0.1 or ::1), behind a reverse proxy",
                    ));
                }
                None
            }
            (Some(_), Some(_), true) => {
                return Err(invalid(
                    "plain_http",
                    "give either tls_cert and tls_key, or plain_http = true, not both",
                ));
            }
            (Some(_), None, _) => return Err(invalid("tls_key", "required with tls_cert")),
            (None, Some(_), _) => return Err(invalid("tls_cert", "required with tls_key")),
            (None, None, false) => {
                return Err(invalid(
                    "tls_cert",
                    "required: give tls_cert and tls_key (or plain_http = true on a loopback listen address)",
                ));
            }
        };
        let database_url = match (self.database_url, self.database_url_file) {
            (Some(_), Some(_)) => {
                return Err(invalid(
                    "database_url_file",
                    "give database_url or database_url_file, not both",
                ));
            }
            (Some(url), None) => {
                DatabaseUrl::parse(&url).map_err(|p| invalid("database_url", p))?
            }
            (None, Some(file)) => {
                let text = secret("database_url_file", &resolve(base, &file))?;
                DatabaseUrl::parse(&text).map_err(|p| invalid("database_url_file", p))?
            }
            (None, None) => {
                DatabaseUrl::parse(DEFAULT_DATABASE_URL).map_err(|p| invalid("database_url", p))?
            }
        };
        let common = Common {
            listen,
            tls,
            plain_http: self.plain_http,
            database_url,
            retention_days: self.retention_days.unwrap_or(400),
            limits: self.limits.check()?,
        };
        Ok((common, self.tenant))
    }
}

impl RawTenant {
    /// The checks that read no file: the name, the cluster, a lone stream_host.
    fn check_public(&self) -> Result<(String, rccontrol::Host), ConfigError> {
        let name = rccontrol::validate::tenant(&self.name)
            .map_err(|e| invalid("tenant.name", field_problem(&e)))?;
        let host = rccontrol::validate::cluster(&self.cluster, true)
            .map_err(|e| invalid("tenant.cluster", field_problem(&e)))?;
        if self.stream_credential_file.is_none() && self.stream_host.is_some() {
            return Err(invalid(
                "tenant.stream_host",
                "needs tenant.stream_credential_file (live state is off without it)",
            ));
        }
        Ok((name, host))
    }

    fn check(self, base: &Path) -> Result<TenantConfig, ConfigError> {
        let (name, host) = self.check_public()?;
        let token_path = match self.token_file {
            Some(p) => resolve(base, &p),
            None => default_token_path().ok_or_else(|| {
                invalid(
                    "tenant.token_file",
                    "required (or run under systemd with a `token` credential in $CREDENTIALS_DIRECTORY)",
                )
            })?,
        };
        let token = secret("tenant.token_file", &token_path)?;
        rccontrol::validate::token(&token)
            .map_err(|e| invalid("tenant.token_file", field_problem(&e)))?;
        let stream = match self.stream_credential_file {
            None => None,
            Some(file) => {
                let credential = StreamCredential::new(
                    secret("tenant.stream_credential_file", &resolve(base, &file))?.as_str(),
                );
                let host = rccontrol_stream::hosts::stream_host(
                    &self.cluster,
                    self.stream_host.as_deref(),
                )
                .map_err(|e| {
                    let key = if self.stream_host.is_some() {
                        "tenant.stream_host"
                    } else {
                        "tenant.cluster"
                    };
                    invalid(key, e.to_string())
                })?;
                Some(StreamSettings { credential, host })
            }
        };
        Ok(TenantConfig {
            name,
            host,
            ca_file: self.ca_file.map(|p| resolve(base, &p)),
            token: Secret::new(token.as_str()),
            stream,
        })
    }
}

fn positive<T: PartialEq + Default>(key: &str, v: Option<T>, default: T) -> Result<T, ConfigError> {
    match v {
        Some(v) if v == T::default() => Err(invalid(key, "must be greater than 0")),
        Some(v) => Ok(v),
        None => Ok(default),
    }
}

impl RawLimits {
    fn check(self) -> Result<Limits, ConfigError> {
        let d = Limits::default();
        let code_ttl = match self.code_ttl {
            None => d.code_ttl,
            Some(s) => match humantime::parse_duration(&s) {
                Ok(t) if t >= Duration::from_secs(60) && t <= Duration::from_secs(90 * 86400) => t,
                _ => {
                    return Err(invalid(
                        "limits.code_ttl",
                        "must be a duration from 1m to 90days, e.g. \"72h\"",
                    ));
                }
            },
        };
        Ok(Limits {
            actions_per_minute: positive(
                "limits.actions_per_minute",
                self.actions_per_minute,
                d.actions_per_minute,
            )?,
            enroll_per_minute: positive(
                "limits.enroll_per_minute",
                self.enroll_per_minute,
                d.enroll_per_minute,
            )?,
            body_bytes: positive("limits.body_bytes", self.body_bytes, d.body_bytes)?,
            header_timeout: Duration::from_millis(positive(
                "limits.header_timeout_ms",
                self.header_timeout_ms,
                5000,
            )?),
            request_timeout: Duration::from_millis(positive(
                "limits.request_timeout_ms",
                self.request_timeout_ms,
                15000,
            )?),
            code_ttl,
        })
    }
}
