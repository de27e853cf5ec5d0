//! The 8x8 event stream (Pulsar WebSocket reader API) on the simulator's TLS listener.
//!
//! `GET /ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}` (one agent's events) and
//! `…/{tenant}/event-v1/all` (the tenant's), upgraded to WebSocket. See the crate doc
//! for the handshake's answers, the frames and the events.

mod api;
mod calls;
mod connection;
pub(crate) mod control;
mod events;
mod faults;
mod frame;
pub(crate) mod handshake;
mod log;
mod message_id;
mod time;

use std::collections::HashMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

pub use faults::StreamFault;
pub use frame::{Garbage, OVERSIZED_FRAME_LEN};
pub use log::{MAX_HISTORY, PublishedEvent};

use events::{EventFactory, Interaction};
use faults::ConnSignal;
use log::EventLog;

/// Interval of the server's WebSocket pings unless changed
/// ([`crate::Simulator::set_ping_interval`]).
pub const DEFAULT_PING_INTERVAL: Duration = Duration::from_secs(10);

/// Stream handshakes and connections since start (or the last reset).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamStats {
    /// Handshakes answered 101 (connections accepted).
    pub accepted: u64,
    /// Handshakes answered anything else (401, 404, 400, …).
    pub refused: u64,
    /// Connections open now (not reset).
    pub open: u64,
}

/// Why a call control could not be applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// No such tenant, or no single agent of that name in it.
    #[error("unknown agent")]
    UnknownAgent,
    /// The agent has no active call.
    #[error("the agent is not on a call")]
    NotOnCall,
    /// Recording is not enabled for the agent.
    #[error("recording is not enabled for the agent")]
    RecordingNotEnabled,
    /// The call's recording has not started (pause/resume are ignored).
    #[error("the call's recording has not started")]
    RecordingNotStarted,
}

/// The stream's part of the simulator state.
#[derive(Debug)]
pub(crate) struct StreamState {
    pub log: EventLog,
    /// The current interaction per (tenant, agent key).
    calls: HashMap<(String, String), Interaction>,
    factory: EventFactory,
    next_transaction: u64,
    next_interaction: u64,
    /// Handshakes still to refuse with 401.
    pub refuse: u32,
    pub signals: broadcast::Sender<ConnSignal>,
    pub stats: StreamStats,
    pub ping_interval: Duration,
}

impl Default for StreamState {
    fn default() -> Self {
        StreamState {
            log: EventLog::default(),
            calls: HashMap::new(),
            factory: EventFactory::default(),
            next_transaction: 70_001,
            next_interaction: 1,
            refuse: 0,
            signals: broadcast::channel(64).0,
            stats: StreamStats::default(),
            ping_interval: DEFAULT_PING_INTERVAL,
        }
    }
}

impl StreamState {
    /// After `/_sim/reset`: calls forgotten, faults cleared, counters zeroed (the
    /// history and the ping interval stay, so message ids never repeat).
    pub fn reset(&mut self) {
        self.calls.clear();
        self.refuse = 0;
        let _ = self.signals.send(ConnSignal::Clear);
        self.stats.accepted = 0;
        self.stats.refused = 0;
    }

    /// Applies `fault`; returns how many handshakes or open connections it reaches.
    pub fn inject(&mut self, fault: StreamFault) -> usize {
        match fault {
            StreamFault::Refuse(n) => {
                self.refuse = self.refuse.saturating_add(n);
                self.refuse as usize
            }
            other => self.signals.send(ConnSignal::Fault(other)).unwrap_or(0),
        }
    }

    /// Clears queued refusals and ends stalls and slow pings.
    pub fn clear_faults(&mut self) {
        self.refuse = 0;
        let _ = self.signals.send(ConnSignal::Clear);
    }
}
