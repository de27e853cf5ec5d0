//! The stream's part of [`Simulator`]'s Rust API.

use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::{CallError, PublishedEvent, StreamFault, StreamStats};
use crate::scenario::{AgentRef, AgentState};
use crate::simulator::Simulator;

/// Everything but RFC 3986 unreserved characters is encoded in a path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

impl Simulator {
    /// `wss://127.0.0.1:PORT/ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}`
    /// (segments percent-encoded; no query).
    pub fn stream_url(&self, tenant: &str, agent_id: &str) -> String {
        format!(
            "{}/agent-v1/{}",
            self.stream_base(tenant),
            utf8_percent_encode(agent_id, SEGMENT)
        )
    }

    /// `wss://127.0.0.1:PORT/ws/v2/reader/persistent/{tenant}/event-v1/all`.
    pub fn stream_all_url(&self, tenant: &str) -> String {
        format!("{}/event-v1/all", self.stream_base(tenant))
    }

    fn stream_base(&self, tenant: &str) -> String {
        format!(
            "wss://{}/ws/v2/reader/persistent/{}",
            self.addr,
            utf8_percent_encode(tenant, SEGMENT)
        )
    }

    /// Applies a stream fault; returns the open connections it reached (for
    /// [`StreamFault::Refuse`]: the handshakes now queued to be refused).
    pub fn stream_fault(&self, fault: StreamFault) -> usize {
        self.shared.lock().stream.inject(fault)
    }

    /// Drops queued refusals and ends stalls and slow pings.
    pub fn clear_stream_faults(&self) {
        self.shared.lock().stream.clear_faults();
    }

    /// Handshakes accepted and refused, connections open.
    pub fn stream_stats(&self) -> StreamStats {
        self.shared.lock().stream.stats
    }

    /// Sets the interval of the server's pings (at least 1 ms); open connections use
    /// it from their next loop turn on.
    pub fn set_ping_interval(&self, interval: Duration) {
        self.shared.lock().stream.ping_interval = interval.max(Duration::from_millis(1));
    }

    /// The tenant's retained messages, oldest first.
    pub fn published(&self, tenant: &str) -> Vec<PublishedEvent> {
        self.shared.lock().stream.log.snapshot(tenant)
    }

    /// Ends the agent's call if any and starts a new one; its recording starts (if
    /// enabled) only when `recording_started`.
    pub fn new_call(
        &self,
        tenant: &str,
        who: AgentRef<'_>,
        recording_started: bool,
    ) -> Result<AgentState, CallError> {
        self.shared.lock().new_call(tenant, who, recording_started)
    }

    /// A transfer to the agent: a new interaction, then the old one ends.
    pub fn transfer_call(&self, tenant: &str, who: AgentRef<'_>) -> Result<AgentState, CallError> {
        self.shared.lock().transfer(tenant, who)
    }

    /// Starts the recording of the agent's call whose recording had not started.
    pub fn start_recording(
        &self,
        tenant: &str,
        who: AgentRef<'_>,
    ) -> Result<AgentState, CallError> {
        self.shared.lock().start_recording(tenant, who)
    }

    /// Agent Workspace's own pause (`pause`) or resume button: `RecordingStatus` with
    /// `isAPICall: false`.
    pub fn workspace_recording(
        &self,
        tenant: &str,
        who: AgentRef<'_>,
        pause: bool,
    ) -> Result<AgentState, CallError> {
        self.shared
            .lock()
            .recording_action(tenant, who, pause, false)
    }
}
