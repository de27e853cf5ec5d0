//! Live recording state from 8x8 Event Streaming (opt-in): the settings it
//! needs ([`LiveConfig`]), the link that reads the agent's event topic and
//! hands what 8x8 reports to the [`Controller`](crate::Controller) as a
//! *verified* state ([`link`]), and what the agent is told ([`LiveNotice`]).
//! The reader and the per-call state machine are `rccontrol-stream`'s.

pub mod link;
mod notice;
mod tls;

pub use link::{LiveHandle, LiveInbox, LiveSink, channel};
pub use notice::{LiveNotice, StreamState};
pub use rccontrol_stream::StreamCredential;
pub use rccontrol_stream::hosts::StreamHost;

use crate::field_error::FieldError;
use crate::msg;
use rccontrol_stream::hosts::{self, InputError};

/// The field names users know the live-state settings by.
pub mod field {
    /// `live_state`.
    pub const LIVE: &str = "live state";
    /// `stream_agent_id`.
    pub const AGENT_ID: &str = "live agent ID";
    /// `stream_host`.
    pub const HOST: &str = "Event Streaming host";
    /// The credential (keychain only).
    pub const CREDENTIAL: &str = "Event Streaming credential";
}

/// What the live link connects to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveConfig {
    /// The streaming host (the cluster's region's, or the override).
    pub host: StreamHost,
    /// The agent's 8x8 agent ID: the topic.
    pub agent_id: String,
}

/// The settings live state is made of, as given.
#[derive(Debug, Clone, Copy, Default)]
pub struct LiveFields<'a> {
    /// `live_state`.
    pub live_state: Option<bool>,
    /// `stream_agent_id`.
    pub stream_agent_id: Option<&'a str>,
    /// `stream_host`.
    pub stream_host: Option<&'a str>,
    /// The cluster (its region gives the host when there is no override).
    pub cluster: Option<&'a str>,
}

impl LiveConfig {
    /// The live configuration `settings` ask for: `None` when live state is
    /// off. The agent ID and host are checked whenever they are given; with
    /// live state on, the agent ID is required and the host must be known.
    pub fn from_fields(settings: LiveFields<'_>) -> Result<Option<Self>, Vec<FieldError>> {
        let mut errors = Vec::new();
        let invalid = |field: &'static str, e: InputError| {
            FieldError::new(field, msg!("live-field-invalid", problem = e.to_string()))
        };
        let agent_id = match settings.stream_agent_id.map(str::trim) {
            Some(a) => match hosts::validate_agent_id(a) {
                Ok(a) => Some(a.to_owned()),
                Err(e) => {
                    errors.push(invalid(field::AGENT_ID, e));
                    None
                }
            },
            None => None,
        };
        let host_override = match settings.stream_host.map(str::trim) {
            Some(h) => match hosts::parse_host_override(h) {
                Ok(_) => Some(h),
                Err(e) => {
                    errors.push(invalid(field::HOST, e));
                    None
                }
            },
            None => None,
        };
        if settings.live_state != Some(true) {
            return if errors.is_empty() {
                Ok(None)
            } else {
                Err(errors)
            };
        }
        if settings.stream_agent_id.is_none() {
            errors.push(FieldError::new(
                field::AGENT_ID,
                msg!("live-agent-id-needed"),
            ));
        }
        let host = match (host_override, settings.cluster) {
            (Some(h), _) => hosts::parse_host_override(h).ok(),
            (None, Some(cluster)) => match hosts::host_for_cluster(cluster) {
                Ok(h) => Some(h),
                Err(e) => {
                    tracing::debug!(cluster, error = %e, "no Event Streaming host for the cluster");
                    errors.push(FieldError::new(
                        field::HOST,
                        msg!("live-host-unknown", cluster = cluster),
                    ));
                    None
                }
            },
            // The missing cluster is reported on its own.
            (None, None) => None,
        };
        match (host, agent_id) {
            (Some(host), Some(agent_id)) if errors.is_empty() => Ok(Some(Self { host, agent_id })),
            _ => Err(errors),
        }
    }
}

/// The keychain account of a tenant's Event Streaming credential on `host`
/// (beside the action token's `tenant@host`).
pub fn credential_account(tenant: &str, host: &str) -> String {
    format!("events:{tenant}@{host}")
}

#[cfg(test)]
mod tests;
