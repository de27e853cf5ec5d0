//! Scenario: the tenants and agents the simulator starts with (TOML or built-in demo).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::body::BodyStyle;
use crate::error::SimError;

/// Tenant id of the built-in demo scenario.
pub const DEMO_TENANT: &str = "demo";
/// Action token (Basic-auth password) of the built-in demo tenant: 32 hex characters.
pub const DEMO_TOKEN: &str = "0d3e5a7c9b1f2e4d6a8c0b2d4f6e8a1c";
/// Event-stream key (`X-API-Key`) of the built-in demo tenant, like an Admin Console
/// "Pulsar Event Stream" key: distinct from the action token.
pub const DEMO_STREAM_KEY: &str = "eght_demoStreamKey5Hq2Rk8Vt3Wm9Xp4";
/// Data Request Token of the built-in demo tenant (base64 of `user:api-password`),
/// the stream's other credential (`X-API-Key` or `Authorization: Basic`).
pub const DEMO_DATA_TOKEN: &str = "ZGVtby1zdHJlYW06OWYxYzJlN2E1YjNkNGM2ZQ==";
/// E-mail of the demo agent who is on a call with recording enabled.
pub const DEMO_EMAIL: &str = "agent@demo.example";
/// Agent id of the demo agent [`DEMO_EMAIL`].
pub const DEMO_AGENT_ID: &str = "1001";
/// E-mail of the demo agent who is not on a call (agent id `1002`).
pub const DEMO_NOCALL_EMAIL: &str = "nocall@demo.example";
/// E-mail of the demo agent on a call whose recording is not enabled (agent id `1003`).
pub const DEMO_DISABLED_EMAIL: &str = "disabled@demo.example";

/// One agent's identity and flags.
///
/// In a scenario file an agent needs an `email` or an `agent_id` (or both);
/// `recording_enabled` defaults to `true`, `on_call` and `paused` to `false`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentState {
    /// E-mail address, matched exactly (case-sensitive) against the decoded path segment.
    #[serde(default)]
    pub email: Option<String>,
    /// Agent object id, matched exactly against the decoded path segment.
    #[serde(default)]
    pub agent_id: Option<String>,
    /// Whether recording is enabled for this agent.
    #[serde(default = "default_true")]
    pub recording_enabled: bool,
    /// Whether the agent currently has an active transaction (call).
    #[serde(default)]
    pub on_call: bool,
    /// Whether the recording's audio feed is paused (set by pause, cleared by resume or call end).
    #[serde(default)]
    pub paused: bool,
}

fn default_true() -> bool {
    true
}

impl AgentState {
    /// An agent with the given identifiers, recording enabled, not on a call, not paused.
    pub fn new(email: Option<&str>, agent_id: Option<&str>) -> Self {
        AgentState {
            email: email.map(str::to_owned),
            agent_id: agent_id.map(str::to_owned),
            recording_enabled: true,
            on_call: false,
            paused: false,
        }
    }

    /// Whether this agent is the one `who` names.
    pub fn matches(&self, who: AgentRef<'_>) -> bool {
        match who {
            AgentRef::Email(e) => self.email.as_deref() == Some(e),
            AgentRef::AgentId(id) => self.agent_id.as_deref() == Some(id),
        }
    }
}

/// Names an agent within a tenant, the way the two API variants do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentRef<'a> {
    /// By e-mail (`…/email/{email}`).
    Email(&'a str),
    /// By agent object id (`…/agentId/{agentId}`).
    AgentId(&'a str),
}

/// A tenant: its id (Basic-auth user), its action token (password), its event-stream
/// credentials and its agents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantSpec {
    /// Tenant id as it appears in the path and as the Basic-auth user.
    pub id: String,
    /// Action token (Basic-auth password), compared exactly.
    pub token: String,
    /// Event-stream key (`X-API-Key` header or `x-api-key` query); `None`: none.
    #[serde(default)]
    pub stream_key: Option<String>,
    /// Data Request Token: accepted by the stream like the key, and as
    /// `Authorization: Basic {token}`; `None`: none.
    #[serde(default)]
    pub data_token: Option<String>,
    /// The tenant's agents (`[[tenant.agent]]` in TOML).
    #[serde(default, rename = "agent")]
    pub agents: Vec<AgentState>,
}

/// The simulator's initial state: tenants with agents, and the 200-body style.
///
/// TOML form: `body_style = "json"` (optional, default `plain`), then
/// `[[tenant]]` tables with `id`, `token`, optional `stream_key` and `data_token`, and
/// `[[tenant.agent]]` entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Style of the documented 200 answers; restored by reset.
    #[serde(default)]
    pub body_style: BodyStyle,
    /// The tenants (`[[tenant]]` in TOML).
    #[serde(default, rename = "tenant")]
    pub tenants: Vec<TenantSpec>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::demo()
    }
}

impl Scenario {
    /// The built-in demo: tenant [`DEMO_TENANT`] with token [`DEMO_TOKEN`], stream
    /// credentials [`DEMO_STREAM_KEY`] and [`DEMO_DATA_TOKEN`], and three agents:
    /// [`DEMO_EMAIL`] (`1001`, on a call), [`DEMO_NOCALL_EMAIL`] (`1002`, no call) and
    /// [`DEMO_DISABLED_EMAIL`] (`1003`, on a call, recording not enabled).
    pub fn demo() -> Self {
        let agent = |email: &str, id: &str, on_call: bool, enabled: bool| AgentState {
            on_call,
            recording_enabled: enabled,
            ..AgentState::new(Some(email), Some(id))
        };
        Scenario {
            body_style: BodyStyle::Plain,
            tenants: vec![TenantSpec {
                id: DEMO_TENANT.to_owned(),
                token: DEMO_TOKEN.to_owned(),
                stream_key: Some(DEMO_STREAM_KEY.to_owned()),
                data_token: Some(DEMO_DATA_TOKEN.to_owned()),
                agents: vec![
                    agent(DEMO_EMAIL, DEMO_AGENT_ID, true, true),
                    agent(DEMO_NOCALL_EMAIL, "1002", false, true),
                    agent(DEMO_DISABLED_EMAIL, "1003", true, false),
                ],
            }],
        }
    }

    /// Parses and validates a TOML scenario.
    pub fn from_toml_str(text: &str) -> Result<Self, SimError> {
        let scenario: Scenario =
            toml::from_str(text).map_err(|e| SimError::Scenario(e.to_string()))?;
        scenario.validate()?;
        Ok(scenario)
    }

    /// Reads, parses and validates a TOML scenario file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, SimError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| SimError::Scenario(format!("{}: {e}", path.display())))?;
        Self::from_toml_str(&text)
    }

    /// Checks that tenant ids are non-empty and unique and every agent has an identifier.
    pub fn validate(&self) -> Result<(), SimError> {
        for (i, t) in self.tenants.iter().enumerate() {
            if t.id.is_empty() {
                return Err(SimError::Scenario(format!(
                    "tenant #{} has an empty id",
                    i + 1
                )));
            }
            if self.tenants[..i].iter().any(|o| o.id == t.id) {
                return Err(SimError::Scenario(format!(
                    "tenant {:?} appears twice",
                    t.id
                )));
            }
            if let Some(n) = t
                .agents
                .iter()
                .position(|a| a.email.is_none() && a.agent_id.is_none())
            {
                return Err(SimError::Scenario(format!(
                    "tenant {:?}: agent #{} has neither email nor agent_id",
                    t.id,
                    n + 1
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_example() {
        let s = Scenario::from_toml_str(
            r#"
[[tenant]]
id = "acme01"
token = "0123456789abcdef0123456789abcdef"
stream_key = "eght_acme"
[[tenant.agent]]
email = "first.last+cc@example.com"
agent_id = "ag1001"
on_call = true
"#,
        )
        .unwrap();
        assert_eq!(s.body_style, BodyStyle::Plain);
        assert_eq!(s.tenants[0].stream_key.as_deref(), Some("eght_acme"));
        assert_eq!(s.tenants[0].data_token, None);
        let a = &s.tenants[0].agents[0];
        assert_eq!(a.email.as_deref(), Some("first.last+cc@example.com"));
        assert!(a.on_call && a.recording_enabled && !a.paused);
    }

    #[test]
    fn rejects_bad_scenarios() {
        assert!(Scenario::from_toml_str("[[tenant]]\nid = \"x\"\n").is_err());
        assert!(
            Scenario::from_toml_str(
                "[[tenant]]\nid=\"x\"\ntoken=\"t\"\n[[tenant.agent]]\non_call=true\n"
            )
            .is_err()
        );
        assert!(
            Scenario::from_toml_str(
                "[[tenant]]\nid=\"x\"\ntoken=\"t\"\n[[tenant]]\nid=\"x\"\ntoken=\"u\"\n"
            )
            .is_err()
        );
        assert!(Scenario::from_toml_str("bogus = 1\n").is_err());
        assert!(Scenario::from_toml_str("body_style = \"json-nested\"\n").is_ok());
    }

    #[test]
    fn demo_token_is_32_hex() {
        assert_eq!(DEMO_TOKEN.len(), 32);
        assert!(DEMO_STREAM_KEY.starts_with("eght_") && DEMO_STREAM_KEY != DEMO_TOKEN);
        assert!(DEMO_TOKEN.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(Scenario::demo().validate().is_ok());
    }
}
