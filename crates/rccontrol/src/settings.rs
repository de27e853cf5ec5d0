//! The agent's settings: stored as TOML, validated into a [`Config`] the client uses.

use crate::hotkeys::Hotkeys;
use crate::rules::AutoPauseRule;
use crate::safety::{self, Safety};
use crate::validate::{self, FieldError, Host};
use rccontrol_i18n::Preference;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// What is stored on disk. Every field is optional so that a partial or older
/// file still loads; [`Settings::validate`] says what is missing or wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Normalized cluster host, e.g. `vcc-na7.8x8.com` (or `127.0.0.1:8443` with custom hosts).
    pub cluster: Option<String>,
    /// Tenant id (usually the tenant name).
    pub tenant: Option<String>,
    /// Agent e-mail (exclusive with `agent_id`).
    pub email: Option<String>,
    /// Agent ID (exclusive with `email`).
    pub agent_id: Option<String>,
    /// Extra CA certificate file (PEM), trusted in addition to the system roots.
    pub ca_file: Option<PathBuf>,
    /// Proxy URL; when absent the environment's proxy variables apply.
    pub proxy: Option<String>,
    /// Accept hosts outside `*.8x8.com` (test servers, the simulator).
    pub allow_custom_host: bool,
    /// Obey `rccontrol://pause` / `rccontrol://resume` links (off by default:
    /// any web page could fire them).
    pub deep_link: Option<bool>,
    /// Ask before a link pauses the recording (default on): a web page could
    /// fire a pause link the agent never meant.
    pub link_pause_confirm: Option<bool>,
    /// Seconds between "still paused" reminders, the first after one interval
    /// (0 = off; default 60).
    pub reminder_secs: Option<u32>,
    /// Resume by itself after this many seconds paused, counted from the first
    /// pause (0 or absent = off).
    pub max_pause_secs: Option<u32>,
    /// Drop presses of the same action within this many milliseconds (default 1000).
    pub throttle_ms: Option<u32>,
    /// Global hotkeys of the tray app.
    pub hotkeys: Hotkeys,
    /// Auto-pause rules on the foreground window's title.
    pub auto_pause: Option<Vec<AutoPauseRule>>,
    /// The agent's language: `auto` (the OS's) or a shipped tag such as `de-DE`.
    pub language: Option<String>,
    /// Show the on-screen badge while the recording is paused (default on).
    pub badge: Option<bool>,
    /// The badge's screen corner: `top-left`, `top-right`, `bottom-left` or
    /// `bottom-right` (default).
    pub badge_corner: Option<String>,
    /// Show the live recording state from 8x8 Event Streaming (off by default;
    /// needs the Event Streaming credential in the keychain and
    /// `stream_agent_id`).
    pub live_state: Option<bool>,
    /// The agent's 8x8 agent ID, the event stream's topic (needed for live
    /// state even when actions use the e-mail).
    pub stream_agent_id: Option<String>,
    /// The Event Streaming host (`host[:port]`) when not the cluster's region's.
    pub stream_host: Option<String>,
    /// Relay mode: the tenant's `rccontrol-relay` (`https://host[:port]`).
    /// When set, actions go through the relay with this device's key; no
    /// action token is used. Lockable by the managed configuration.
    pub relay_url: Option<String>,
    /// Relay mode: this device's id on the relay (`dv_…`), written by the
    /// enrollment; the key itself is in the keychain only.
    pub relay_device: Option<String>,
    /// Hosts outside `*.8x8.com` the managed configuration allows (not stored).
    #[serde(skip)]
    pub allowed_hosts: Vec<String>,
}

/// How the agent is identified in the API path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// `…/email/{email}`
    Email(String),
    /// `…/agentId/{id}`
    AgentId(String),
}

impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Identity::Email(e) => write!(f, "e-mail {e}"),
            Identity::AgentId(a) => write!(f, "agent ID {a}"),
        }
    }
}

/// Validated settings, ready for the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// API host.
    pub host: Host,
    /// Tenant id.
    pub tenant: String,
    /// Agent identity.
    pub identity: Identity,
    /// Extra CA file.
    pub ca_file: Option<PathBuf>,
    /// Proxy URL.
    pub proxy: Option<String>,
    /// Live state from Event Streaming, when switched on.
    pub live: Option<crate::live::LiveConfig>,
    /// Relay mode: where actions go instead of 8x8 (`host` is then the relay's).
    pub relay: Option<RelayTarget>,
}

/// Relay mode's part of the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayTarget {
    /// The relay.
    pub url: crate::relay::RelayUrl,
    /// This device's id on the relay.
    pub device_id: String,
}

impl Config {
    /// Name of the keychain entry holding this tenant's token on this host.
    pub fn keychain_account(&self) -> String {
        match &self.relay {
            Some(r) => crate::relay::key_account(&r.device_id, &r.url),
            None => format!("{}@{}", self.tenant, self.host),
        }
    }

    /// Name of the keychain entry holding this tenant's Event Streaming
    /// credential for this host.
    pub fn stream_keychain_account(&self) -> String {
        match &self.relay {
            // The relay's live endpoint takes the device key.
            Some(_) => self.keychain_account(),
            None => crate::live::credential_account(&self.tenant, &self.host.to_string()),
        }
    }
}

/// Errors loading, validating or saving settings.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The settings file exists but does not parse; it is left untouched.
    #[error(
        "settings file {path} is not valid: {problem}; it was left untouched: fix it, or run `rcctl setup` (which keeps it as {path}.bad)"
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// Parser message.
        problem: String,
    },
    /// Reading or writing failed.
    #[error("settings file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Required fields are not set.
    #[error("not configured: {} missing; run `rcctl setup` (or try `rcctl demo`)", .missing.join(", "))]
    NotConfigured {
        /// The missing fields.
        missing: Vec<&'static str>,
    },
    /// One or more fields are invalid.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<FieldError>),
}

impl SettingsError {
    /// Machine-readable kind, for `{kind, message}` across IPC and `--json`.
    pub fn kind(&self) -> &'static str {
        match self {
            SettingsError::Corrupt { .. } => "settings_corrupt",
            SettingsError::Io { .. } => "settings_io",
            SettingsError::NotConfigured { .. } => "not_configured",
            SettingsError::Invalid(_) => "invalid_settings",
        }
    }
}

impl Settings {
    /// Normalizes and checks every field, reporting all problems at once.
    /// Returns the normalized settings (to store) and the [`Config`] (to use).
    pub fn validate(&self) -> Result<(Settings, Config), SettingsError> {
        let mut missing = Vec::new();
        let relay_mode = self.relay_url.is_some();
        if self.cluster.is_none() && !relay_mode {
            missing.push("cluster");
        }
        if relay_mode && self.relay_device.is_none() {
            missing.push("relay enrollment");
        }
        if self.tenant.is_none() {
            missing.push("tenant");
        }
        if self.email.is_none() && self.agent_id.is_none() {
            missing.push("email or agent ID");
        }
        if !missing.is_empty() {
            return Err(SettingsError::NotConfigured { missing });
        }
        let mut errors = Vec::new();
        let relay = match (&self.relay_url, &self.relay_device) {
            (Some(url), Some(device)) => keep(
                &mut errors,
                crate::relay::RelayUrl::parse(url).and_then(|url| {
                    validate::device_id(device).map(|device_id| RelayTarget { url, device_id })
                }),
            )
            .map(Some),
            _ => Some(None),
        };
        let host = match relay.as_ref().and_then(Option::as_ref) {
            Some(r) => Some(r.url.host().clone()),
            None if relay_mode => None,
            None => keep(&mut errors, self.host()),
        };
        let tenant = keep(
            &mut errors,
            validate::tenant(self.tenant.as_deref().unwrap_or_default()),
        );
        let identity = match (&self.email, &self.agent_id) {
            (Some(_), Some(_)) => keep(
                &mut errors,
                Err(FieldError {
                    field: "email",
                    problem: crate::msg!("identity-both"),
                }),
            ),
            (Some(e), None) => keep(&mut errors, validate::email(e).map(Identity::Email)),
            (None, Some(a)) => keep(&mut errors, validate::agent_id(a).map(Identity::AgentId)),
            (None, None) => None,
        };
        let proxy = match &self.proxy {
            Some(p) => keep(&mut errors, validate::proxy(p)).map(Some),
            None => Some(None),
        };
        let hotkeys = match self.hotkeys.validate() {
            Ok(h) => Some(h),
            Err(errs) => {
                errors.extend(errs);
                None
            }
        };
        let ca_ok = match &self.ca_file {
            Some(path) => keep(&mut errors, validate::ca_file(path)).is_some(),
            None => true,
        };
        let language = match &self.language {
            Some(l) => keep(&mut errors, validate::language(l)).map(|p| Some(p.to_string())),
            None => Some(None),
        };
        let badge_corner = match &self.badge_corner {
            Some(c) => keep(&mut errors, validate::corner(c).map(|c| Some(c.to_owned()))),
            None => Some(None),
        };
        let live = keep_all(&mut errors, self.live_config());
        let safety = match Safety::from_settings(self) {
            Ok(s) => Some(s),
            Err(errs) => {
                errors.extend(errs);
                None
            }
        };
        match (
            host,
            tenant,
            identity,
            proxy,
            hotkeys,
            safety,
            language,
            badge_corner,
        ) {
            (
                Some(host),
                Some(tenant),
                Some(identity),
                Some(proxy),
                Some(hotkeys),
                Some(safety),
                Some(language),
                Some(badge_corner),
            ) if ca_ok && errors.is_empty() && live.is_some() && relay.is_some() => {
                let live = live.flatten();
                let relay = relay.flatten();
                let normalized = Settings {
                    cluster: match &relay {
                        Some(_) => self.cluster.clone(),
                        None => Some(host.to_string()),
                    },
                    tenant: Some(tenant.clone()),
                    email: match &identity {
                        Identity::Email(e) => Some(e.clone()),
                        Identity::AgentId(_) => None,
                    },
                    agent_id: match &identity {
                        Identity::AgentId(a) => Some(a.clone()),
                        Identity::Email(_) => None,
                    },
                    ca_file: self.ca_file.clone(),
                    proxy: proxy.clone(),
                    allow_custom_host: self.allow_custom_host,
                    deep_link: self.deep_link,
                    link_pause_confirm: self.link_pause_confirm,
                    reminder_secs: self.reminder_secs,
                    max_pause_secs: self.max_pause_secs,
                    throttle_ms: self.throttle_ms,
                    hotkeys,
                    auto_pause: self.auto_pause.as_ref().map(|_| safety.rule_list()),
                    language,
                    badge: self.badge,
                    badge_corner,
                    live_state: self.live_state,
                    stream_agent_id: self.stream_agent_id.as_deref().map(|a| a.trim().to_owned()),
                    stream_host: self.stream_host.as_deref().map(|h| h.trim().to_owned()),
                    relay_url: relay.as_ref().map(|r| r.url.to_string()),
                    relay_device: relay.as_ref().map(|r| r.device_id.clone()),
                    allowed_hosts: self.allowed_hosts.clone(),
                };
                let config = Config {
                    host,
                    tenant,
                    identity,
                    ca_file: self.ca_file.clone(),
                    proxy,
                    live,
                    relay,
                };
                Ok((normalized, config))
            }
            _ => Err(SettingsError::Invalid(errors)),
        }
    }
}

impl Settings {
    /// True in relay mode.
    pub fn is_relay(&self) -> bool {
        self.relay_url.is_some()
    }

    /// Relay mode: what the relay bound (its address, this device, the
    /// tenant, the agent, whether it serves live state) is taken from
    /// `current`, whatever these settings say: a form that edits the rest
    /// (hotkeys, safety nets, language…) cannot point a device key at
    /// another agent, nor drop out of relay mode by accident.
    pub fn keep_relay_binding(&mut self, current: &Settings) {
        if !current.is_relay() {
            return;
        }
        self.relay_url = current.relay_url.clone();
        self.relay_device = current.relay_device.clone();
        self.tenant = current.tenant.clone();
        self.email = current.email.clone();
        self.agent_id = current.agent_id.clone();
        self.cluster = current.cluster.clone();
        self.live_state = current.live_state;
        self.stream_agent_id = current.stream_agent_id.clone();
        self.stream_host = current.stream_host.clone();
    }

    /// The live-state configuration these settings ask for (`None`: off);
    /// see [`crate::live::LiveConfig::from_fields`].
    pub fn live_config(&self) -> Result<Option<crate::live::LiveConfig>, Vec<FieldError>> {
        // Relay mode: the relay serves the live state, with the device key.
        let relay_host = self
            .relay_url
            .as_deref()
            .and_then(|u| crate::relay::RelayUrl::parse(u).ok())
            .map(|u| u.authority());
        crate::live::LiveConfig::from_fields(crate::live::LiveFields {
            live_state: self.live_state,
            stream_agent_id: self.stream_agent_id.as_deref(),
            stream_host: relay_host.as_deref().or(self.stream_host.as_deref()),
            cluster: self.cluster.as_deref(),
        })
    }

    /// The language preference (an unknown value means the OS's language).
    pub fn language(&self) -> Preference {
        self.language
            .as_deref()
            .and_then(|l| l.parse().ok())
            .unwrap_or_default()
    }

    /// Whether the paused badge shows, and in which corner (`bottom-right` by default).
    pub fn badge(&self) -> (bool, &str) {
        let corner = self
            .badge_corner
            .as_deref()
            .and_then(|c| validate::corner(c).ok())
            .unwrap_or(validate::CORNERS[3]);
        (self.badge.unwrap_or(true), corner)
    }

    /// The cluster host, accepting hosts outside `*.8x8.com` when the agent opted
    /// in or the managed configuration lists them.
    pub fn host(&self) -> Result<Host, FieldError> {
        let input = self.cluster.as_deref().unwrap_or_default();
        match validate::cluster(input, self.allow_custom_host) {
            Err(e) if !self.allowed_hosts.is_empty() => match validate::cluster(input, true) {
                Ok(h) if self.allowed_hosts.contains(&h.to_string()) => Ok(h),
                _ => Err(e),
            },
            other => other,
        }
    }

    /// The validated safety settings (defaults where the file is silent or wrong).
    pub fn safety(&self) -> Safety {
        Safety::from_settings(self).unwrap_or_else(|errors| {
            for e in &errors {
                tracing::warn!(error = %e, "safety setting ignored");
            }
            Safety::default()
        })
    }
}

/// Keeps the value, or records the error.
/// Like [`keep`], for a check that reports several fields.
fn keep_all<T>(errors: &mut Vec<FieldError>, r: Result<T, Vec<FieldError>>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            errors.extend(e);
            None
        }
    }
}

fn keep<T>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

/// The safety nets are stored in the settings file, so they are read from it
/// here (the safety module itself knows nothing of the file).
impl Safety {
    /// Validates the safety fields of `settings`, reporting every problem.
    pub fn from_settings(settings: &Settings) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep = |r: Result<u32, FieldError>| r.map_err(|e| errors.push(e)).ok();
        let reminder = keep(safety::reminder_secs(
            settings
                .reminder_secs
                .unwrap_or(safety::DEFAULT_REMINDER_SECS),
        ));
        let max_pause = keep(safety::max_pause_secs(settings.max_pause_secs.unwrap_or(0)));
        let throttle = keep(safety::throttle_ms(
            settings.throttle_ms.unwrap_or(safety::DEFAULT_THROTTLE_MS),
        ));
        let rules =
            crate::rules::RuleSet::compile(settings.auto_pause.as_deref().unwrap_or_default())
                .map_err(|e| errors.push(e))
                .ok();
        match (reminder, max_pause, throttle, rules) {
            (Some(reminder), Some(max_pause), Some(throttle), Some(rules)) if errors.is_empty() => {
                Ok(Self {
                    reminder: safety::off_if_zero(
                        u64::from(reminder),
                        std::time::Duration::from_secs,
                    ),
                    max_pause: safety::off_if_zero(
                        u64::from(max_pause),
                        std::time::Duration::from_secs,
                    ),
                    throttle: std::time::Duration::from_millis(u64::from(throttle)),
                    rules,
                    deep_link: settings.deep_link.unwrap_or(false),
                    link_pause_confirm: settings.link_pause_confirm.unwrap_or(true),
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Settings {
        Settings {
            cluster: Some("https://vcc-na7.8x8.com/AGUI/".into()),
            tenant: Some("acme01".into()),
            email: Some("a+b@example.com".into()),
            ..Settings::default()
        }
    }

    #[test]
    fn validate_normalizes() {
        let (normalized, config) = sample().validate().unwrap();
        assert_eq!(normalized.cluster.as_deref(), Some("vcc-na7.8x8.com"));
        assert_eq!(config.keychain_account(), "acme01@vcc-na7.8x8.com");
        assert_eq!(config.identity, Identity::Email("a+b@example.com".into()));
    }

    #[test]
    fn all_errors_reported_together() {
        let s = Settings {
            cluster: Some("http://x".into()),
            tenant: Some("a/b".into()),
            email: Some("nope".into()),
            ..Settings::default()
        };
        match s.validate() {
            Err(SettingsError::Invalid(errs)) => {
                let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
                assert_eq!(fields, ["cluster", "tenant", "email"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn missing_fields_and_both_identities() {
        let e = Settings::default().validate().unwrap_err();
        assert!(
            e.to_string().contains("cluster, tenant, email or agent ID"),
            "{e}"
        );
        let mut s = sample();
        s.agent_id = Some("1".into());
        assert!(s.validate().unwrap_err().to_string().contains("not both"));
    }

    #[test]
    fn round_trip_missing_file_and_corrupt_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        assert_eq!(Settings::load(&path).unwrap(), Settings::default());
        let (normalized, _) = sample().validate().unwrap();
        normalized.save(&path).unwrap();
        assert_eq!(Settings::load(&path).unwrap(), normalized);
        // Missing fields default.
        std::fs::write(&path, "tenant = \"t\"\n").unwrap();
        assert_eq!(Settings::load(&path).unwrap().tenant.as_deref(), Some("t"));
        // Corrupt: error names the file, file untouched.
        std::fs::write(&path, "tenant = [").unwrap();
        let e = Settings::load(&path).unwrap_err();
        assert!(e.to_string().contains(&path.display().to_string()), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "tenant = [");
        // Bytes that are not text (disk damage) are corrupt too, so setup can keep them aside.
        std::fs::write(&path, b"\xff\xfe\x00garbage\x80").unwrap();
        assert!(matches!(
            Settings::load(&path),
            Err(SettingsError::Corrupt { .. })
        ));
    }
}
