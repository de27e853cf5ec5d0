//! Admin-managed configuration: one system-wide file that sets defaults and
//! can lock fields, for fleet deployment. A malformed file is reported and
//! nothing of it is applied (no half-applied policy); so is a file that
//! someone other than an administrator owns or could change, or that sits in
//! such a folder (Unix: owner root, no group/other write bit, on the file and
//! every folder above it; Windows: owner Administrators/SYSTEM and a DACL
//! that lets no one else change it, see [`windows_acl`]).
//!
//! ```toml
//! # /etc/rccontrol/managed.toml
//! lock = ["cluster", "tenant", "email", "max_pause_secs"]
//! cluster = "vcc-na7"
//! tenant = "acme01"
//! email_template = "{username}@corp.example"
//! max_pause_secs = 300
//! live_state = true            # the Event Streaming credential is never here
//! ```

use crate::hotkeys::Hotkeys;
use crate::rules::{AutoPauseRule, RuleSet};
use crate::safety;
use crate::settings::Settings;
use crate::texts::Msg;
use crate::validate::{self, FieldError};
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::{Path, PathBuf};
use toml::{Table, Value};

mod folders;
#[cfg(windows)]
mod known_folder;
mod location;
#[cfg(windows)]
pub mod registry;
#[cfg(unix)]
mod unix_owner;
mod untrusted;
pub mod windows_acl;
#[cfg(windows)]
mod windows_owner;
#[cfg(windows)]
pub(crate) mod windows_security;

pub use location::{MANAGED_FILE_ENV, MANAGED_TRUSTED_DIR_ENV, managed_file};
pub use untrusted::Untrusted;

/// The managed file at `path`, open for reading, when an administrator alone
/// controls it and every folder above it (up to `top`, debug builds);
/// `None` when there is none.
fn open_trusted(path: &Path, top: Option<&Path>) -> Result<Option<std::fs::File>, Untrusted> {
    #[cfg(unix)]
    return unix_owner::open(path, top);
    #[cfg(windows)]
    return windows_owner::open(path, top);
    #[cfg(not(any(unix, windows)))]
    return Err(Untrusted::Unreadable {
        path: path.to_owned(),
        detail: format!("this platform cannot tell who owns it (below {top:?})"),
    });
}

/// Settings keys an administrator can lock, with the name users know them by.
pub const LOCKABLE: [(&str, &str); 21] = [
    ("cluster", "cluster"),
    ("tenant", "tenant"),
    ("email", "email"),
    ("identity", "agent ID or e-mail"),
    ("proxy", "proxy"),
    ("ca_file", "CA file"),
    ("allow_custom_host", "custom host"),
    ("hotkeys", "hotkeys"),
    ("reminder_secs", safety::field::REMINDER),
    ("max_pause_secs", safety::field::MAX_PAUSE),
    ("throttle_ms", safety::field::THROTTLE),
    ("auto_pause", "auto-pause rules"),
    ("deep_link", "deep link"),
    ("link_pause_confirm", "link pause confirmation"),
    ("language", "language"),
    ("badge", "badge"),
    ("badge_corner", "badge corner"),
    ("live_state", crate::live::field::LIVE),
    ("stream_agent_id", crate::live::field::AGENT_ID),
    ("stream_host", crate::live::field::HOST),
    ("relay_url", crate::relay::url::FIELD),
];

/// Which identity the administrator prescribes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityMode {
    /// Agents are identified by e-mail.
    Email,
    /// Agents are identified by agent ID.
    AgentId,
}

/// The file as written by the administrator.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManagedFile {
    #[serde(default)]
    lock: Vec<String>,
    cluster: Option<String>,
    tenant: Option<String>,
    email_template: Option<String>,
    identity: Option<IdentityMode>,
    proxy: Option<String>,
    ca_file: Option<PathBuf>,
    allow_custom_host: Option<bool>,
    #[serde(default)]
    allowed_custom_hosts: Vec<String>,
    deep_link: Option<bool>,
    link_pause_confirm: Option<bool>,
    reminder_secs: Option<u32>,
    max_pause_secs: Option<u32>,
    throttle_ms: Option<u32>,
    hotkeys: Option<Hotkeys>,
    auto_pause: Option<Vec<AutoPauseRule>>,
    language: Option<String>,
    badge: Option<bool>,
    badge_corner: Option<String>,
    // Live state; the Event Streaming credential is never in this file.
    live_state: Option<bool>,
    stream_agent_id: Option<String>,
    stream_host: Option<String>,
    // Relay mode: the relay's address (the device key is never in this file).
    relay_url: Option<String>,
}

/// The OS user name that fills `{username}` in the e-mail template.
pub fn os_user_name() -> Option<String> {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .filter_map(std::env::var_os)
        .filter_map(|v| v.into_string().ok())
        .map(|v| v.trim().to_owned())
        .find(|v| !v.is_empty())
}

/// A validated managed file.
#[derive(Debug, Clone, Default)]
struct Managed {
    /// Normalized values under their settings keys.
    values: Table,
    /// Locked settings keys.
    locked: Vec<&'static str>,
    identity: Option<IdentityMode>,
    allowed_hosts: Vec<String>,
}

/// The policy in force: the managed file when it is valid and trusted,
/// nothing otherwise.
#[derive(Debug, Clone)]
pub struct Policy {
    path: PathBuf,
    managed: Managed,
    problem: Option<Msg>,
    present: bool,
}

impl Policy {
    /// No managed file.
    pub fn none() -> Self {
        Self {
            path: managed_file(),
            managed: Managed::default(),
            problem: None,
            present: false,
        }
    }

    /// Reads `path`. Never fails: a missing file is no policy; a file that
    /// is not an administrator's alone, or is malformed, is no policy plus
    /// [`Policy::problem`].
    pub fn load(path: &Path) -> Self {
        Self::load_below(path, location::trusted_dir().as_deref())
    }

    /// [`Policy::load`], the check stopping at `top` when `path` is below it.
    fn load_below(path: &Path, top: Option<&Path>) -> Self {
        let mut policy = Self {
            path: path.to_owned(),
            ..Self::none()
        };
        let mut file = match open_trusted(path, top) {
            Ok(Some(file)) => file,
            Ok(None) => return policy,
            Err(untrusted) => {
                tracing::warn!(path = %path.display(), reason = %untrusted, "managed configuration not applied");
                policy.present = true;
                policy.problem = Some(untrusted.msg());
                return policy;
            }
        };
        let mut text = String::new();
        if let Err(e) = file.read_to_string(&mut text) {
            policy.present = true;
            policy.problem = Some(policy.malformed(&e.to_string()));
            return policy;
        }
        Self::parse(path, &text)
    }

    /// The policy `text` sets, as if read from `path`, with no check of who
    /// controls `path` (the fuzzer, tests). Malformed text is no policy plus
    /// [`Policy::problem`].
    pub fn parse(path: &Path, text: &str) -> Self {
        let mut policy = Self {
            path: path.to_owned(),
            present: true,
            ..Self::none()
        };
        let parsed = toml::from_str::<ManagedFile>(text)
            .map_err(|e| e.message().to_owned())
            .and_then(|file| Managed::validate(file, os_user_name().as_deref()));
        match parsed {
            Ok(managed) => policy.managed = managed,
            Err(problem) => {
                tracing::warn!(path = %path.display(), %problem, "managed configuration ignored");
                policy.problem = Some(policy.malformed(&problem));
            }
        }
        policy
    }

    /// Reads the platform's policy: on Windows the Group Policy key
    /// ([`registry::POLICY_KEY`]) when it exists, else the managed file.
    pub fn load_system() -> Self {
        #[cfg(windows)]
        if let Some(policy) = registry::load(registry::POLICY_KEY) {
            tracing::info!(source = %policy.path.display(), "managed configuration from Group Policy; managed.toml not read");
            return policy;
        }
        Self::load(&managed_file())
    }

    /// A policy source at `path` that exists but could not be read: no
    /// policy, plus the problem.
    #[cfg(windows)]
    fn unreadable(path: &Path, problem: &str) -> Self {
        let mut policy = Self {
            path: path.to_owned(),
            present: true,
            ..Self::none()
        };
        tracing::warn!(source = %path.display(), %problem, "managed configuration not applied");
        policy.problem = Some(policy.malformed(problem));
        policy
    }

    fn malformed(&self, problem: &str) -> Msg {
        crate::msg!(
            "managed-malformed",
            file = self.path.display().to_string(),
            problem = problem
        )
    }

    /// The managed file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the managed file is not applied: it is malformed, or not an
    /// administrator's alone.
    pub fn problem(&self) -> Option<&Msg> {
        self.problem.as_ref()
    }

    /// True when a valid managed file is in force.
    pub fn is_active(&self) -> bool {
        self.present && self.problem.is_none()
    }

    /// Locked settings keys.
    pub fn locked(&self) -> &[&'static str] {
        &self.managed.locked
    }

    /// True when `key` (a settings key, or `identity`) is locked.
    pub fn is_locked(&self, key: &str) -> bool {
        self.managed.locked.contains(&key)
    }

    /// Hosts outside `*.8x8.com` the administrator allows.
    pub fn allowed_hosts(&self) -> &[String] {
        &self.managed.allowed_hosts
    }

    /// The managed value of a settings key, when the file sets one.
    pub fn value(&self, key: &str) -> Option<&Value> {
        self.managed.values.get(key)
    }

    /// Merges the agent's own settings (`user`) with the policy: managed values
    /// fill what the agent has not set, and locked values always win.
    pub fn effective(&self, user: Table) -> Table {
        let m = &self.managed;
        let user_identity = user.contains_key("email") || user.contains_key("agent_id");
        let mut out = Table::new();
        for (k, v) in &m.values {
            if k == "email" && user_identity {
                continue;
            }
            out.insert(k.clone(), v.clone());
        }
        for (k, v) in user {
            match (out.get_mut(&k), v) {
                (Some(Value::Table(base)), Value::Table(over)) => base.extend(over),
                (_, v) => {
                    out.insert(k, v);
                }
            }
        }
        for key in &m.locked {
            if let Some(v) = m.values.get(*key) {
                out.insert((*key).to_owned(), v.clone());
            }
        }
        match m.identity.filter(|_| self.is_locked("identity")) {
            Some(IdentityMode::Email) => {
                out.remove("agent_id");
                if !out.contains_key("email") {
                    if let Some(v) = m.values.get("email") {
                        out.insert("email".into(), v.clone());
                    }
                }
            }
            Some(IdentityMode::AgentId) => {
                out.remove("email");
            }
            None => {}
        }
        if self.is_locked("email") && m.values.contains_key("email") {
            out.remove("agent_id");
        }
        out
    }

    /// The locked fields `wanted` tries to change, each naming the managed file.
    pub fn refused(&self, wanted: &Settings) -> Vec<FieldError> {
        let Ok(table) = Table::try_from(wanted) else {
            return Vec::new();
        };
        let mut refused = Vec::new();
        for key in &self.managed.locked {
            let changed = match *key {
                "identity" => match self.managed.identity {
                    Some(IdentityMode::Email) => wanted.agent_id.is_some(),
                    Some(IdentityMode::AgentId) => wanted.email.is_some(),
                    None => false,
                },
                "email" => {
                    wanted.agent_id.is_some()
                        || table
                            .get("email")
                            .is_some_and(|v| Some(v) != self.value("email"))
                }
                key => table.get(key).is_some_and(|v| Some(v) != self.value(key)),
            };
            if changed {
                refused.push(FieldError::new(
                    display_name(key),
                    crate::msg!("field-locked", file = self.path.display().to_string()),
                ));
            }
        }
        refused
    }

    /// Removes from `table` (the agent's file) what equals the managed value, so
    /// the file keeps only the agent's own choices and follows later policy changes.
    pub fn strip(&self, table: &mut Table) {
        table.retain(|k, v| self.managed.values.get(k) != Some(v));
    }
}

/// The name users know a lockable key by.
pub fn display_name(key: &str) -> &'static str {
    LOCKABLE
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("field", |(_, name)| *name)
}

impl Managed {
    fn validate(file: ManagedFile, user: Option<&str>) -> Result<Self, String> {
        let named = |e: FieldError| format!("{}: {}", e.field, e.problem);
        let mut values = Table::new();
        let mut put = |k: &str, v: Value| {
            values.insert(k.to_owned(), v);
        };
        let allowed_hosts = file
            .allowed_custom_hosts
            .iter()
            .map(|h| {
                validate::cluster(h, true)
                    .map(|h| h.to_string())
                    .map_err(|e| format!("allowed_custom_hosts: {}", e.problem))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(c) = &file.cluster {
            let custom = file.allow_custom_host.unwrap_or(false);
            let host = validate::cluster(c, true).map_err(named)?;
            if !host.is_8x8() && !custom && !allowed_hosts.contains(&host.to_string()) {
                return Err(format!(
                    "cluster: {host} is outside *.8x8.com; list it in allowed_custom_hosts"
                ));
            }
            put("cluster", Value::String(host.to_string()));
        }
        if let Some(t) = &file.tenant {
            put("tenant", Value::String(validate::tenant(t).map_err(named)?));
        }
        if let Some(template) = &file.email_template {
            if !template.contains("{username}") {
                validate::email(template).map_err(named)?;
            }
            // Check the template with a sample name, then fill it with the real one.
            validate::email(&template.replace("{username}", "agent"))
                .map_err(|e| format!("email_template: {}", e.problem))?;
            if let Some(user) = user {
                if let Ok(email) = validate::email(&template.replace("{username}", user)) {
                    put("email", Value::String(email));
                }
            }
        }
        if let Some(p) = &file.proxy {
            put("proxy", Value::String(validate::proxy(p).map_err(named)?));
        }
        if let Some(ca) = &file.ca_file {
            validate::ca_file(ca).map_err(named)?;
            put("ca_file", Value::String(ca.display().to_string()));
        }
        if let Some(b) = file.allow_custom_host {
            put("allow_custom_host", Value::Boolean(b));
        }
        if let Some(b) = file.deep_link {
            put("deep_link", Value::Boolean(b));
        }
        if let Some(b) = file.link_pause_confirm {
            put("link_pause_confirm", Value::Boolean(b));
        }
        if let Some(l) = &file.language {
            let pref = validate::language(l).map_err(named)?;
            put("language", Value::String(pref.to_string()));
        }
        if let Some(b) = file.badge {
            put("badge", Value::Boolean(b));
        }
        if let Some(c) = &file.badge_corner {
            put(
                "badge_corner",
                Value::String(validate::corner(c).map_err(named)?.to_owned()),
            );
        }
        live_values(&file, &mut put)?;
        if let Some(u) = &file.relay_url {
            let url = crate::relay::RelayUrl::parse(u).map_err(|e| e.to_string())?;
            put("relay_url", Value::String(url.to_string()));
        }
        for (key, value, check) in [
            (
                "reminder_secs",
                file.reminder_secs,
                safety::reminder_secs as fn(u32) -> _,
            ),
            (
                "max_pause_secs",
                file.max_pause_secs,
                safety::max_pause_secs,
            ),
            ("throttle_ms", file.throttle_ms, safety::throttle_ms),
        ] {
            if let Some(v) = value {
                put(key, Value::Integer(i64::from(check(v).map_err(named)?)));
            }
        }
        if let Some(h) = &file.hotkeys {
            let normalized = h
                .validate()
                .map_err(|errs| errs.into_iter().map(named).collect::<Vec<_>>().join("; "))?;
            put("hotkeys", to_value(&normalized)?);
        }
        if let Some(rules) = &file.auto_pause {
            let set = RuleSet::compile(rules).map_err(named)?;
            put(
                "auto_pause",
                to_value(&set.rules().cloned().collect::<Vec<_>>())?,
            );
        }
        let mut locked = Vec::new();
        for name in &file.lock {
            let Some((key, _)) = LOCKABLE.iter().find(|(k, _)| k == name) else {
                let allowed: Vec<_> = LOCKABLE.iter().map(|(k, _)| *k).collect();
                return Err(format!(
                    "lock: unknown field {name:?}; lockable fields are {}",
                    allowed.join(", ")
                ));
            };
            let has_value = match *key {
                "identity" => file.identity.is_some(),
                "email" => file.email_template.is_some(),
                k => values.contains_key(k),
            };
            if !has_value {
                return Err(format!(
                    "lock: {name} is locked but the file gives no value for it{}",
                    if *key == "email" {
                        " (set email_template)"
                    } else {
                        ""
                    }
                ));
            }
            locked.push(*key);
        }
        if file.identity == Some(IdentityMode::AgentId) && locked.contains(&"email") {
            return Err(
                "lock: email is locked but identity = \"agent_id\" drops the e-mail; lock one or the other".into(),
            );
        }
        Ok(Self {
            values,
            locked,
            identity: file.identity,
            allowed_hosts,
        })
    }
}

/// The live-state keys, checked as a save checks them (the agent ID's
/// alphabet, the host override's form); whether the cluster has a streaming
/// host is checked when the agent's settings are.
fn live_values(file: &ManagedFile, put: &mut impl FnMut(&str, Value)) -> Result<(), String> {
    use rccontrol_stream::hosts;
    let named = |key: &str, e: hosts::InputError| format!("{key}: {e}");
    if let Some(b) = file.live_state {
        put("live_state", Value::Boolean(b));
    }
    if let Some(a) = &file.stream_agent_id {
        let a = hosts::validate_agent_id(a).map_err(|e| named("stream_agent_id", e))?;
        put("stream_agent_id", Value::String(a.to_owned()));
    }
    if let Some(h) = &file.stream_host {
        hosts::parse_host_override(h).map_err(|e| named("stream_host", e))?;
        put("stream_host", Value::String(h.trim().to_owned()));
    }
    Ok(())
}

fn to_value<T: Serialize>(v: &T) -> Result<Value, String> {
    Value::try_from(v).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[cfg(unix)]
mod ownership;
