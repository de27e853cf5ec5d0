//! The call model behind the events: each agent's current interaction, and the state
//! changes (call start/end, transfer, pause/resume) that publish events.

use serde_json::{Value, json};

use super::events::{self, Change, Interaction};
use super::{CallError, StreamState};
use crate::scenario::{AgentRef, AgentState};
use crate::state::SimState;

/// The id the stream uses for an agent: its agent id, or its e-mail if it has none.
pub(crate) fn stream_agent_id(agent: &AgentState) -> String {
    agent
        .agent_id
        .clone()
        .or_else(|| agent.email.clone())
        .unwrap_or_default()
}

const CONNECTED: &str = "CS_CONNECTED";

impl StreamState {
    fn key(tenant: &str, agent: &AgentState) -> (String, String) {
        (tenant.to_owned(), stream_agent_id(agent))
    }

    fn new_interaction(&mut self, agent: &AgentState, recording_started: bool) -> Interaction {
        let n = self.next_interaction;
        self.next_interaction += 1;
        let transaction_num = self.next_transaction;
        self.next_transaction += 1;
        Interaction {
            guid: format!("int-18f{n:05x}-{transaction_num}-sim"),
            transaction_num,
            recording_mode: agent.recording_enabled,
            recording_started: agent.recording_enabled && recording_started,
        }
    }

    /// The agent's current interaction; one on a call that began before the history
    /// (scenario, reset) is made up silently, recording started if enabled.
    fn current(&mut self, tenant: &str, agent: &AgentState) -> Option<Interaction> {
        if !agent.on_call {
            return None;
        }
        let key = Self::key(tenant, agent);
        if let Some(call) = self.calls.get(&key) {
            return Some(call.clone());
        }
        let call = self.new_interaction(agent, true);
        self.calls.insert(key, call.clone());
        Some(call)
    }

    fn publish_interaction(
        &mut self,
        tenant: &str,
        agent_id: &str,
        call: &Interaction,
        event: &str,
        call_state: &str,
        extra: Value,
    ) {
        let change = Change {
            event,
            call_state,
            extra,
        };
        let e = self.factory.interaction(agent_id, call, change);
        self.log.publish(tenant, Some(agent_id), e);
    }

    /// A new call: Assigned, an `AgentStatusChange`, Accepted and, if recording is
    /// enabled and `recording_started`, RecordingStarted.
    pub(crate) fn call_started(
        &mut self,
        tenant: &str,
        agent: &AgentState,
        recording_started: bool,
    ) {
        let call = self.new_interaction(agent, recording_started);
        let id = stream_agent_id(agent);
        let no = || json!({});
        self.publish_interaction(
            tenant,
            &id,
            &call,
            "InteractionAssigned",
            "CS_INPROGRESS",
            no(),
        );
        let status = self.factory.agent_status(&id, "OnCall");
        self.log.publish(tenant, Some(&id), status);
        self.publish_interaction(tenant, &id, &call, "InteractionAccepted", CONNECTED, no());
        if call.recording_started {
            self.publish_recording_started(tenant, &id, &call);
        }
        self.calls.insert(Self::key(tenant, agent), call);
    }

    fn publish_recording_started(&mut self, tenant: &str, id: &str, call: &Interaction) {
        let extra = json!({"recordingLegId": format!("{}-leg1", call.guid)});
        self.publish_interaction(
            tenant,
            id,
            call,
            "InteractionRecordingStarted",
            CONNECTED,
            extra,
        );
    }

    /// The call ended: Deassigned and Deleted (`CS_DISCONNECTED`).
    pub(crate) fn call_ended(&mut self, tenant: &str, agent: &AgentState, reason: &str) {
        let key = Self::key(tenant, agent);
        let call = match self.calls.remove(&key) {
            Some(call) => call,
            None => self.new_interaction(agent, true),
        };
        let id = stream_agent_id(agent);
        let initiator = if reason == "transfer" {
            "agent"
        } else {
            "customer"
        };
        let end = "CS_DISCONNECTED";
        self.publish_interaction(tenant, &id, &call, "InteractionDeassigned", end, json!({}));
        let extra = events::hangup(initiator, reason);
        self.publish_interaction(tenant, &id, &call, "InteractionDeleted", end, extra);
    }
}

impl SimState {
    fn agent_snapshot(&mut self, tenant: &str, who: AgentRef<'_>) -> Result<AgentState, CallError> {
        self.agent_mut(tenant, who)
            .map(|a| a.clone())
            .ok_or(CallError::UnknownAgent)
    }

    /// Pause (`pause`) or resume the recording of the agent's call; `api` says who
    /// asked (`isAPICall`). Publishes `RecordingStatus` and sets `paused` only if the
    /// call's recording has started.
    pub(crate) fn recording_action(
        &mut self,
        tenant: &str,
        who: AgentRef<'_>,
        pause: bool,
        api: bool,
    ) -> Result<AgentState, CallError> {
        let agent = self.agent_snapshot(tenant, who)?;
        if !agent.recording_enabled {
            return Err(CallError::RecordingNotEnabled);
        }
        let call = self
            .stream
            .current(tenant, &agent)
            .ok_or(CallError::NotOnCall)?;
        if !call.recording_started {
            return Err(CallError::RecordingNotStarted);
        }
        let id = stream_agent_id(&agent);
        let extra = events::recording_status(pause, api);
        self.stream
            .publish_interaction(tenant, &id, &call, "RecordingStatus", CONNECTED, extra);
        let a = self.agent_mut(tenant, who).ok_or(CallError::UnknownAgent)?;
        a.paused = pause;
        Ok(a.clone())
    }

    /// Ends the agent's call if any, then starts a new one (unpaused).
    pub(crate) fn new_call(
        &mut self,
        tenant: &str,
        who: AgentRef<'_>,
        recording_started: bool,
    ) -> Result<AgentState, CallError> {
        let agent = self.agent_snapshot(tenant, who)?;
        if agent.on_call {
            self.stream.call_ended(tenant, &agent, "normal");
        }
        let a = self.agent_mut(tenant, who).ok_or(CallError::UnknownAgent)?;
        a.on_call = true;
        a.paused = false;
        let agent = a.clone();
        self.stream.call_started(tenant, &agent, recording_started);
        Ok(agent)
    }

    /// A transfer to the agent: a second interaction is assigned, then the old one
    /// deassigned; the new one starts unpaused.
    pub(crate) fn transfer(
        &mut self,
        tenant: &str,
        who: AgentRef<'_>,
    ) -> Result<AgentState, CallError> {
        let agent = self.agent_snapshot(tenant, who)?;
        let old = self
            .stream
            .current(tenant, &agent)
            .ok_or(CallError::NotOnCall)?;
        let a = self.agent_mut(tenant, who).ok_or(CallError::UnknownAgent)?;
        a.paused = false;
        let agent = a.clone();
        self.stream.call_started(tenant, &agent, true);
        let id = stream_agent_id(&agent);
        let end = "CS_DISCONNECTED";
        let s = &mut self.stream;
        s.publish_interaction(tenant, &id, &old, "InteractionDeassigned", end, json!({}));
        let extra = events::hangup("agent", "transfer");
        s.publish_interaction(tenant, &id, &old, "InteractionDeleted", end, extra);
        Ok(agent)
    }

    /// Starts the recording of a call whose recording had not started.
    pub(crate) fn start_recording(
        &mut self,
        tenant: &str,
        who: AgentRef<'_>,
    ) -> Result<AgentState, CallError> {
        let agent = self.agent_snapshot(tenant, who)?;
        if !agent.recording_enabled {
            return Err(CallError::RecordingNotEnabled);
        }
        let mut call = self
            .stream
            .current(tenant, &agent)
            .ok_or(CallError::NotOnCall)?;
        if !call.recording_started {
            call.recording_started = true;
            let id = stream_agent_id(&agent);
            self.stream.publish_recording_started(tenant, &id, &call);
            self.stream
                .calls
                .insert(StreamState::key(tenant, &agent), call);
        }
        Ok(agent)
    }
}
