//! What the store hands out.

use std::fmt;
use zeroize::Zeroizing;

/// An agent as the relay binds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentRow {
    /// The relay's id for the agent (`ag_…`, not 8x8's agent id).
    pub id: String,
    /// The agent's e-mail (lower case).
    pub email: String,
    /// 8x8's agent id, when the administrator gave it.
    pub agent_id: Option<String>,
}

/// An active device and the agent it acts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    /// `dv_…`.
    pub id: String,
    /// The name given at enrollment.
    pub name: String,
    /// The bound agent.
    pub agent: AgentRow,
}

/// What a device key is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyLookup {
    /// A working key.
    Active(DeviceRow),
    /// A key of a revoked device, or one replaced by a rotation.
    Revoked,
    /// Not a key the relay issued.
    Unknown,
}

/// A one-time enrollment code just issued. The code is shown once.
#[derive(Clone)]
pub struct IssuedCode {
    /// The agent's e-mail.
    pub email: String,
    /// 8x8's agent id, if known.
    pub agent_id: Option<String>,
    /// The code (`XXXX-XXXX-XXXX-XXXX`): a secret.
    pub code: Zeroizing<String>,
    /// When it stops working (Unix ms).
    pub expires_at_ms: u64,
}

impl fmt::Debug for IssuedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuedCode")
            .field("email", &self.email)
            .field("agent_id", &self.agent_id)
            .field("code", &"<redacted>")
            .field("expires_at_ms", &self.expires_at_ms)
            .finish()
    }
}

/// A device just enrolled. The key is shown once.
#[derive(Clone)]
pub struct Enrolled {
    /// `dv_…`.
    pub device_id: String,
    /// The device key (`rcd_…`): a secret.
    pub device_key: Zeroizing<String>,
    /// The bound agent.
    pub agent: AgentRow,
}

impl fmt::Debug for Enrolled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Enrolled")
            .field("device_id", &self.device_id)
            .field("device_key", &"<redacted>")
            .field("agent", &self.agent)
            .finish()
    }
}

/// A device as `agents list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DeviceSummary {
    /// `dv_…`.
    pub id: String,
    /// The name given at enrollment.
    pub name: String,
    /// Enrolled at (Unix ms).
    pub enrolled_at_ms: u64,
    /// Last request (Unix ms).
    pub last_seen_at_ms: Option<u64>,
    /// Revoked at (Unix ms).
    pub revoked_at_ms: Option<u64>,
}

/// An agent as `agents list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AgentSummary {
    /// The agent's e-mail.
    pub email: String,
    /// 8x8's agent id.
    pub agent_id: Option<String>,
    /// Created at (Unix ms).
    pub created_at_ms: u64,
    /// Its devices, oldest first.
    pub devices: Vec<DeviceSummary>,
    /// Unused, unexpired enrollment codes.
    pub pending_codes: u64,
}

/// Which audit rows to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only this agent's rows.
    pub agent_email: Option<String>,
    /// Only rows at or after this time (Unix ms).
    pub since_ms: Option<u64>,
}

/// One row of the central audit.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditRow {
    /// `au_…` (actions, admin) or `st_…` (state changes).
    pub id: String,
    /// When (Unix ms).
    pub at_ms: u64,
    /// `action`, `state` or `admin`.
    pub kind: String,
    /// The agent's e-mail.
    pub agent_email: Option<String>,
    /// 8x8's agent id.
    pub agent_id: Option<String>,
    /// The device (`dv_…`).
    pub device: Option<String>,
    /// What asked for the action (a state row: who changed the state).
    pub trigger: Option<String>,
    /// `pause`/`resume` (a state row: the new state).
    pub action: Option<String>,
    /// The outcome's kind (`pending`, `interrupted`, …).
    pub outcome: Option<String>,
    /// 8x8's HTTP status.
    pub http_status: Option<u16>,
    /// The relay's latency to 8x8.
    pub latency_ms: Option<u64>,
    /// Free text (`enrolled`, `revoked`, …).
    pub detail: Option<String>,
    /// The replica that wrote the row.
    pub replica: Option<String>,
}
