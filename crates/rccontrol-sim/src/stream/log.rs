//! The published messages: one ordered, bounded history per tenant.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use super::frame;
use super::message_id;
use super::time::{now_ms, rfc3339_ms};

/// Messages kept per tenant; older ones are forgotten (`earliest` starts after them).
pub const MAX_HISTORY: usize = 10_000;

/// One published message, as the tests' oracle sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedEvent {
    /// The frame's `messageId`.
    pub message_id: String,
    /// The agent whose `agent-v1` topic carries it (`None`: only the tenant's `all` topic).
    pub agent_id: Option<String>,
    /// The frame's `publishTime`.
    pub publish_time: String,
    /// The event (the decoded `payload`).
    pub event: serde_json::Value,
}

#[derive(Debug)]
struct Stored {
    entry: u64,
    agent_id: Option<String>,
    frame: Arc<str>,
    published: PublishedEvent,
}

#[derive(Debug, Default)]
struct TenantLog {
    /// Entry number the next message gets (numbers never repeat within a simulator).
    next: u64,
    messages: VecDeque<Stored>,
}

/// All tenants' histories and the signal that wakes stream connections.
#[derive(Debug)]
pub(crate) struct EventLog {
    tenants: HashMap<String, TenantLog>,
    published: watch::Sender<u64>,
}

impl Default for EventLog {
    fn default() -> Self {
        EventLog {
            tenants: HashMap::new(),
            published: watch::channel(0).0,
        }
    }
}

impl EventLog {
    /// Appends `event` to the tenant's history and wakes the connections.
    pub fn publish(&mut self, tenant: &str, agent_id: Option<&str>, event: serde_json::Value) {
        let log = self.tenants.entry(tenant.to_owned()).or_default();
        let entry = log.next;
        log.next += 1;
        let message_id = message_id::encode(entry);
        let publish_time = rfc3339_ms(now_ms());
        let frame = frame::render(&message_id, &event.to_string(), &publish_time);
        log.messages.push_back(Stored {
            entry,
            agent_id: agent_id.map(str::to_owned),
            frame: frame.into(),
            published: PublishedEvent {
                message_id,
                agent_id: agent_id.map(str::to_owned),
                publish_time,
                event,
            },
        });
        while log.messages.len() > MAX_HISTORY {
            log.messages.pop_front();
        }
        self.published.send_modify(|n| *n += 1);
    }

    /// Receives a change whenever anything is published.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.published.subscribe()
    }

    /// The entry number the tenant's next message will get (`latest` starts there).
    pub fn next_entry(&self, tenant: &str) -> u64 {
        self.tenants.get(tenant).map_or(0, |t| t.next)
    }

    /// Up to `max` frames from entry `from` on, on the tenant's topic or one agent's;
    /// returns them and the entry to continue from.
    pub fn frames_from(
        &self,
        tenant: &str,
        agent: Option<&str>,
        from: u64,
        max: usize,
    ) -> (Vec<Arc<str>>, u64) {
        let Some(log) = self.tenants.get(tenant) else {
            return (Vec::new(), from);
        };
        let start = log.messages.partition_point(|m| m.entry < from);
        let mut next = from;
        let mut out = Vec::new();
        for m in log.messages.iter().skip(start) {
            if out.len() == max {
                break;
            }
            next = m.entry + 1;
            if agent.is_none() || m.agent_id.as_deref() == agent {
                out.push(m.frame.clone());
            }
        }
        (out, next)
    }

    /// The tenant's retained messages, oldest first.
    pub fn snapshot(&self, tenant: &str) -> Vec<PublishedEvent> {
        self.tenants.get(tenant).map_or_else(Vec::new, |t| {
            t.messages.iter().map(|m| m.published.clone()).collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bounded_filtered_and_resumable() {
        let mut log = EventLog::default();
        for i in 0..(MAX_HISTORY as u64 + 5) {
            let agent = if i % 2 == 0 { "a" } else { "b" };
            log.publish("t", Some(agent), json!({ "i": i }));
        }
        let all = log.snapshot("t");
        assert_eq!(all.len(), MAX_HISTORY);
        assert_eq!(all[0].event["i"], 5);
        let (frames, next) = log.frames_from("t", None, 0, 3);
        assert_eq!((frames.len(), next), (3, 8));
        let (frames, next) = log.frames_from("t", Some("a"), 0, 4);
        assert_eq!((frames.len(), next), (4, 13));
        let end = log.next_entry("t");
        assert_eq!(log.frames_from("t", None, end, 10).0.len(), 0);
        assert_eq!(log.frames_from("x", None, 0, 10).0.len(), 0);
    }
}
