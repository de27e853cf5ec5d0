//! Shared mutable state: tenants and agents, body style, fault queue, request log,
//! event stream.

use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use tokio::sync::{broadcast, watch};
use tokio::task::JoinSet;

use crate::body::BodyStyle;
use crate::faults::FaultQueue;
use crate::log::{LoggedRequest, RequestLog};
use crate::scenario::{AgentRef, AgentState, Scenario, TenantSpec};
use crate::stream::StreamState;

/// Everything the handlers share. The mutex is never held across an await.
#[derive(Debug)]
pub(crate) struct Shared {
    state: Mutex<SimState>,
    pub started: Instant,
    pub events: broadcast::Sender<LoggedRequest>,
    /// Becomes true when the simulator stops (accept loop and stream connections watch it).
    pub stop: watch::Sender<bool>,
    /// The stream connections' tasks (ended at shutdown).
    pub stream_tasks: Mutex<JoinSet<()>>,
}

impl Shared {
    pub fn new(scenario: Scenario) -> Self {
        let (events, _) = broadcast::channel(1024);
        Shared {
            state: Mutex::new(SimState::new(scenario)),
            started: Instant::now(),
            events,
            stop: watch::channel(false).0,
            stream_tasks: Mutex::new(JoinSet::new()),
        }
    }

    /// Locks the state; a poisoned lock is taken over (state stays usable after a panic).
    pub fn lock(&self) -> MutexGuard<'_, SimState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn elapsed_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }
}

/// The mutable simulator state.
#[derive(Debug)]
pub(crate) struct SimState {
    initial: Scenario,
    pub tenants: Vec<TenantSpec>,
    pub body_style: BodyStyle,
    pub faults: FaultQueue,
    pub log: RequestLog,
    pub stream: StreamState,
}

impl SimState {
    fn new(scenario: Scenario) -> Self {
        SimState {
            tenants: scenario.tenants.clone(),
            body_style: scenario.body_style,
            initial: scenario,
            faults: FaultQueue::default(),
            log: RequestLog::default(),
            stream: StreamState::default(),
        }
    }

    /// Back to the initial scenario (agents and body style); faults and log cleared;
    /// see [`StreamState::reset`] for the stream.
    pub fn reset(&mut self) {
        self.tenants = self.initial.tenants.clone();
        self.body_style = self.initial.body_style;
        self.faults.clear();
        self.log.clear();
        self.stream.reset();
    }

    pub fn tenant_mut(&mut self, id: &str) -> Option<&mut TenantSpec> {
        self.tenants.iter_mut().find(|t| t.id == id)
    }

    pub fn tenant(&self, id: &str) -> Option<&TenantSpec> {
        self.tenants.iter().find(|t| t.id == id)
    }

    /// The one agent `who` names in `tenant`; `None` if unknown or ambiguous
    /// (the API requires e-mails to be unique in a tenant).
    pub fn agent_mut(&mut self, tenant: &str, who: AgentRef<'_>) -> Option<&mut AgentState> {
        let t = self.tenant_mut(tenant)?;
        let mut matches = t.agents.iter_mut().filter(|a| a.matches(who));
        let first = matches.next()?;
        if matches.next().is_some() {
            return None;
        }
        Some(first)
    }

    /// Sets the call flag; a new or ended call starts/ends unpaused and publishes its
    /// events. `None` if unknown.
    pub fn set_call(
        &mut self,
        tenant: &str,
        who: AgentRef<'_>,
        on_call: bool,
    ) -> Option<AgentState> {
        let a = self.agent_mut(tenant, who)?;
        let changed = a.on_call != on_call;
        if changed {
            a.paused = false;
        }
        a.on_call = on_call;
        let agent = a.clone();
        match (changed, on_call) {
            (true, true) => self.stream.call_started(tenant, &agent, true),
            (true, false) => self.stream.call_ended(tenant, &agent, "normal"),
            (false, _) => {}
        }
        Some(agent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{DEMO_EMAIL, DEMO_TENANT};

    #[test]
    fn ambiguous_email_is_unknown() {
        let mut s = Scenario::demo();
        s.tenants[0]
            .agents
            .push(AgentState::new(Some(DEMO_EMAIL), Some("x")));
        let mut st = SimState::new(s);
        assert!(
            st.agent_mut(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
                .is_none()
        );
        assert!(st.agent_mut(DEMO_TENANT, AgentRef::AgentId("x")).is_some());
    }

    #[test]
    fn call_end_clears_paused_and_reset_restores() {
        let mut st = SimState::new(Scenario::demo());
        let who = AgentRef::Email(DEMO_EMAIL);
        if let Some(a) = st.agent_mut(DEMO_TENANT, who) {
            a.paused = true;
        }
        let a = st.set_call(DEMO_TENANT, who, false).unwrap();
        assert!(!a.on_call && !a.paused);
        st.body_style = BodyStyle::Json;
        st.reset();
        assert_eq!(st.body_style, BodyStyle::Plain);
        assert!(st.agent_mut(DEMO_TENANT, who).unwrap().on_call);
    }
}
