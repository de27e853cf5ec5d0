//! The per-agent live recording state: a pure state machine fed with decoded
//! events and the times they are applied at (no I/O, no clock of its own).
//!
//! Interactions are tracked by `interactionGUID`: during a transfer or a
//! conference an agent has several. The agent's state is that of the *current*
//! interaction: the latest one not on hold (or the latest one when all are on
//! hold). A pause belongs to its interaction: the end of the interaction
//! clears it, and a new interaction starts per its own `recordingMode`.
//!
//! Out of order and repeated deliveries: a message id already applied is
//! skipped (the last [`SEEN_IDS`] are kept); an interaction that ended stays
//! ended (the last [`ENDED_KEPT`] are remembered), so a late event cannot
//! bring it back; a `RecordingStatus` older (`interactionEventTS`) than the
//! last one applied to its interaction is skipped.

mod confirm;
mod types;
mod wait;

use std::collections::{HashSet, VecDeque};
use std::time::{Instant, SystemTime};

pub use confirm::Expectation;
pub use types::{Action, AgentRecording, Change, ChangedBy};
pub use wait::await_confirmation;

use crate::event::{Event, EventKind, Interaction};

/// How many applied message ids are remembered for de-duplication.
pub const SEEN_IDS: usize = 512;
/// How many ended interactions are remembered.
pub const ENDED_KEPT: usize = 64;
/// Most interactions tracked at once; beyond it the oldest is dropped (an
/// end that was never delivered must not grow the state forever).
pub const MAX_LEGS: usize = 16;

/// One interaction (call leg) of the agent.
#[derive(Debug, Clone)]
struct Leg {
    guid: String,
    /// Order of first sight: the latest is the current one.
    order: u64,
    recording_mode: Option<bool>,
    /// Recording started (seen started, or a pause/resume was reported).
    started: bool,
    recording_since: Option<SystemTime>,
    paused: Option<(SystemTime, ChangedBy)>,
    on_hold: bool,
    last_status_ts: Option<u64>,
}

impl Leg {
    fn state(&self) -> AgentRecording {
        match (
            self.recording_mode,
            self.paused,
            self.started,
            self.recording_since,
        ) {
            (Some(false), ..) => AgentRecording::CallOnNotRecording,
            (_, Some((since, by)), ..) => AgentRecording::Paused { since, by },
            (_, None, true, Some(since)) => AgentRecording::Recording { since },
            _ => AgentRecording::CallOnNotRecording,
        }
    }
}

/// The live state of one agent.
#[derive(Debug, Clone)]
pub struct LiveState {
    agent: Option<String>,
    legs: Vec<Leg>,
    ended: VecDeque<String>,
    seen: VecDeque<String>,
    seen_set: HashSet<String>,
    next_order: u64,
    expectation: Option<Expectation>,
    state: AgentRecording,
}

impl Default for LiveState {
    fn default() -> Self {
        Self::new(None)
    }
}

impl LiveState {
    /// An empty state (no call). With `agent`, events that name another
    /// `agentId` are ignored; events without one are applied.
    pub fn new(agent: Option<String>) -> Self {
        Self {
            agent,
            legs: Vec::new(),
            ended: VecDeque::new(),
            seen: VecDeque::new(),
            seen_set: HashSet::new(),
            next_order: 0,
            expectation: None,
            state: AgentRecording::NoCall,
        }
    }

    /// The agent's recording state now.
    pub fn state(&self) -> AgentRecording {
        self.state
    }

    /// The `interactionGUID`s on now, oldest first.
    pub fn interactions(&self) -> Vec<&str> {
        self.legs.iter().map(|l| l.guid.as_str()).collect()
    }

    /// Forgets every interaction (not the seen ids): for a stream restarted
    /// from `latest`, where ends may have been missed.
    pub fn clear_calls(&mut self) -> Vec<Change> {
        self.legs.clear();
        let mut changes = Vec::new();
        self.refresh(&mut changes);
        changes
    }

    /// Applies one delivered event. `message_id` (when known) de-duplicates;
    /// `at` stamps a pause or recording start (pass the frame's publish time,
    /// or now). Returns the changes, in order; none for a duplicate.
    pub fn apply(
        &mut self,
        message_id: Option<&str>,
        event: &Event,
        at: SystemTime,
    ) -> Vec<Change> {
        if let Some(id) = message_id {
            if !self.remember(id) {
                return Vec::new();
            }
        }
        let Event::Interaction(interaction) = event else {
            return Vec::new();
        };
        if let (Some(ours), Some(theirs)) = (&self.agent, &interaction.agent_id) {
            if ours != theirs {
                return Vec::new();
            }
        }
        let mut changes = Vec::new();
        let answer = self.apply_interaction(interaction, at, &mut changes);
        self.refresh(&mut changes);
        changes.extend(answer);
        changes
    }

    /// Starts waiting for a `RecordingStatus` answering `action` until
    /// `deadline` (replacing any earlier wait). The answer comes out of
    /// [`LiveState::apply`] as [`Change::Confirmed`], or out of
    /// [`LiveState::expire`] as [`Change::NotConfirmed`].
    pub fn expect(&mut self, action: Action, deadline: Instant) {
        self.expectation = Some(Expectation { action, deadline });
    }

    /// When the current wait ends, if one is pending (sleep until then, then
    /// call [`LiveState::expire`]).
    pub fn next_deadline(&self) -> Option<Instant> {
        self.expectation.map(|e| e.deadline)
    }

    /// Ends a wait whose deadline has passed: [`Change::NotConfirmed`].
    pub fn expire(&mut self, now: Instant) -> Option<Change> {
        let change = self.expectation?.expired(now)?;
        self.expectation = None;
        Some(change)
    }

    /// Records a message id; false when it was already applied.
    fn remember(&mut self, id: &str) -> bool {
        if self.seen_set.contains(id) {
            return false;
        }
        if self.seen.len() >= SEEN_IDS {
            if let Some(old) = self.seen.pop_front() {
                self.seen_set.remove(&old);
            }
        }
        self.seen.push_back(id.to_owned());
        self.seen_set.insert(id.to_owned());
        true
    }

    /// Applies an interaction event; returns the answer to an awaited
    /// action (it goes after the state change).
    fn apply_interaction(
        &mut self,
        ev: &Interaction,
        at: SystemTime,
        changes: &mut Vec<Change>,
    ) -> Option<Change> {
        let guid = ev.interaction_guid.as_str();
        if self.ended.iter().any(|g| g == guid) {
            tracing::debug!(interaction = guid, event = %ev.event_type, "event for an ended interaction ignored");
            return None;
        }
        match ev.kind {
            EventKind::CallOn => {
                self.leg(ev, changes);
            }
            EventKind::RecordingStarted => {
                let leg = self.leg(ev, changes);
                if !leg.started {
                    leg.started = true;
                    leg.recording_since = Some(at);
                    changes.push(Change::RecordingStarted {
                        interaction: guid.to_owned(),
                    });
                }
            }
            EventKind::RecordingStatus { paused, from_api } => {
                let by = ChangedBy::from_api(from_api);
                let leg = self.leg(ev, changes);
                if let (Some(last), Some(ts)) = (leg.last_status_ts, ev.event_ts_ms) {
                    if ts < last {
                        tracing::debug!(interaction = guid, "stale RecordingStatus ignored");
                        return None;
                    }
                }
                leg.last_status_ts = ev.event_ts_ms.or(leg.last_status_ts);
                if !leg.started {
                    leg.started = true;
                    leg.recording_since = Some(at);
                }
                if paused && leg.paused.is_none() {
                    leg.paused = Some((at, by));
                    changes.push(Change::Paused {
                        interaction: guid.to_owned(),
                        by,
                    });
                } else if !paused && leg.paused.is_some() {
                    leg.paused = None;
                    leg.recording_since = Some(at);
                    changes.push(Change::Resumed {
                        interaction: guid.to_owned(),
                        by,
                    });
                }
                let answer = self.expectation.and_then(|e| e.answered_by(paused, by));
                if answer.is_some() {
                    self.expectation = None;
                }
                return answer;
            }
            EventKind::Hold { on_hold } => {
                if let Some(leg) = self.legs.iter_mut().find(|l| l.guid == guid) {
                    leg.on_hold = on_hold;
                    if ev.recording_mode.is_some() {
                        leg.recording_mode = ev.recording_mode;
                    }
                }
            }
            EventKind::CallEnded => {
                if let Some(pos) = self.legs.iter().position(|l| l.guid == guid) {
                    let leg = self.legs.remove(pos);
                    changes.push(Change::CallEnded {
                        interaction: leg.guid,
                        was_paused: leg.paused.is_some(),
                    });
                }
                if self.ended.len() >= ENDED_KEPT {
                    self.ended.pop_front();
                }
                self.ended.push_back(guid.to_owned());
            }
            EventKind::Other => {
                if let Some(leg) = self.legs.iter_mut().find(|l| l.guid == guid) {
                    if ev.recording_mode.is_some() {
                        leg.recording_mode = ev.recording_mode;
                    }
                }
            }
        }
        None
    }

    /// The interaction's leg, created (with [`Change::NewCall`]) on first sight.
    fn leg(&mut self, ev: &Interaction, changes: &mut Vec<Change>) -> &mut Leg {
        let pos = match self.legs.iter().position(|l| l.guid == ev.interaction_guid) {
            Some(pos) => pos,
            None => {
                if self.legs.len() >= MAX_LEGS {
                    let dropped = self.legs.remove(0);
                    tracing::warn!(interaction = %dropped.guid, "too many interactions at once: the oldest is forgotten");
                }
                self.legs.push(Leg {
                    guid: ev.interaction_guid.clone(),
                    order: self.next_order,
                    recording_mode: None,
                    started: false,
                    recording_since: None,
                    paused: None,
                    on_hold: false,
                    last_status_ts: None,
                });
                self.next_order += 1;
                changes.push(Change::NewCall {
                    interaction: ev.interaction_guid.clone(),
                    recording_mode: ev.recording_mode,
                });
                self.legs.len() - 1
            }
        };
        let leg = &mut self.legs[pos];
        if ev.recording_mode.is_some() {
            leg.recording_mode = ev.recording_mode;
        }
        leg
    }

    /// Recomputes the agent's state; a difference becomes [`Change::State`].
    fn refresh(&mut self, changes: &mut Vec<Change>) {
        let current = self
            .legs
            .iter()
            .filter(|l| !l.on_hold)
            .max_by_key(|l| l.order)
            .or_else(|| self.legs.iter().max_by_key(|l| l.order));
        let state = current.map_or(AgentRecording::NoCall, Leg::state);
        if state != self.state {
            self.state = state;
            changes.push(Change::State(state));
        }
    }
}

#[cfg(test)]
mod tests;
