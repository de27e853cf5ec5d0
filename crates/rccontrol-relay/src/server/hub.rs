//! The live fan-out: one reader of the tenant's `event-v1/all` topic per
//! replica; a bounded ring of recent frames for resumption; each frame to the
//! sockets of its agent (a socket whose queue overflows is dropped, never
//! waited for); state changes into the audit.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use axum::extract::ws::Utf8Bytes;
use rccontrol_stream::client::{self, StartAt, Status, StreamConfig, StreamEvent};
use rccontrol_stream::event::{Event, EventKind};
use tokio::sync::{mpsc, watch};

use super::metrics::Metrics;
use crate::now_ms;
use crate::store::Store;

/// Frames kept for `messageId=<id>` resumption, per tenant.
pub(crate) const RING_CAPACITY: usize = 1_000;
/// Frames queued for one socket before it counts as too slow.
pub(crate) const SOCKET_QUEUE: usize = 256;
/// State rows waiting for the database.
const STATE_QUEUE: usize = 4_096;

/// One forwarded frame.
#[derive(Debug)]
struct Entry {
    message_id: String,
    agent_id: Option<String>,
    text: Utf8Bytes,
}

#[derive(Debug)]
struct Subscriber {
    id: u64,
    tx: mpsc::Sender<Utf8Bytes>,
}

#[derive(Debug, Default)]
struct HubState {
    ring: VecDeque<Arc<Entry>>,
    agents: HashMap<String, Vec<Subscriber>>,
    next_id: u64,
}

/// The fan-out.
#[derive(Debug)]
pub(crate) struct Hub {
    state: Mutex<HubState>,
    metrics: Arc<Metrics>,
    ring_capacity: usize,
    socket_queue: usize,
}

/// A socket's place in the hub; dropping it leaves.
#[derive(Debug)]
pub(crate) struct Subscription {
    hub: Arc<Hub>,
    agent_id: String,
    id: u64,
    /// The agent's frames.
    pub(crate) rx: mpsc::Receiver<Utf8Bytes>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let mut st = self.hub.lock();
        if let Some(subs) = st.agents.get_mut(&self.agent_id) {
            subs.retain(|s| s.id != self.id);
            if subs.is_empty() {
                st.agents.remove(&self.agent_id);
            }
        }
    }
}

impl Hub {
    /// An empty hub.
    pub(crate) fn new(metrics: Arc<Metrics>, ring_capacity: usize, socket_queue: usize) -> Self {
        Self {
            state: Mutex::new(HubState::default()),
            metrics,
            ring_capacity: ring_capacity.max(1),
            socket_queue: socket_queue.max(1),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HubState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Joins `agent_id`'s sockets: the ring's frames to send first (by
    /// `start`), then the subscription. Atomic: no frame is missed or doubled.
    pub(crate) fn subscribe(
        self: &Arc<Self>,
        agent_id: &str,
        start: &StartAt,
    ) -> (Vec<Utf8Bytes>, Subscription) {
        let mut st = self.lock();
        let mine = |e: &&Arc<Entry>| e.agent_id.as_deref() == Some(agent_id);
        let backlog: Vec<Utf8Bytes> = match start {
            StartAt::Latest => Vec::new(),
            StartAt::Earliest => st
                .ring
                .iter()
                .filter(mine)
                .map(|e| e.text.clone())
                .collect(),
            StartAt::After(id) => match st.ring.iter().position(|e| &e.message_id == id) {
                Some(at) => st
                    .ring
                    .iter()
                    .skip(at + 1)
                    .filter(mine)
                    .map(|e| e.text.clone())
                    .collect(),
                None => Vec::new(),
            },
        };
        let (tx, rx) = mpsc::channel(self.socket_queue);
        st.next_id += 1;
        let id = st.next_id;
        st.agents
            .entry(agent_id.to_owned())
            .or_default()
            .push(Subscriber { id, tx });
        drop(st);
        (
            backlog,
            Subscription {
                hub: self.clone(),
                agent_id: agent_id.to_owned(),
                id,
                rx,
            },
        )
    }

    /// Keeps a frame and sends it to its agent's sockets. A socket whose
    /// queue is full is dropped (its task closes it with a close frame).
    fn publish(&self, entry: Entry) {
        let entry = Arc::new(entry);
        let mut st = self.lock();
        if st.ring.len() >= self.ring_capacity {
            st.ring.pop_front();
        }
        st.ring.push_back(entry.clone());
        let Some(agent) = &entry.agent_id else {
            return;
        };
        let mut slow = 0;
        if let Some(subs) = st.agents.get_mut(agent) {
            subs.retain(|s| match s.tx.try_send(entry.text.clone()) {
                Ok(()) => true,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    slow += 1;
                    false
                }
                Err(mpsc::error::TrySendError::Closed(_)) => false,
            });
            if subs.is_empty() {
                st.agents.remove(agent);
            }
        }
        drop(st);
        if slow > 0 {
            self.metrics.slow_sockets.fetch_add(slow, Ordering::Relaxed);
            tracing::warn!(sockets = slow, "live sockets too slow: dropped");
        }
    }

    /// Open sockets (tests, metrics).
    #[cfg(test)]
    fn sockets(&self) -> usize {
        self.lock().agents.values().map(Vec::len).sum()
    }
}

/// The frame as the desktop's reader expects it (Pulsar's shape).
fn frame_text(event: &StreamEvent) -> Utf8Bytes {
    let properties = event
        .raw
        .properties
        .clone()
        .unwrap_or_else(|| serde_json::json!({}));
    let mut frame = serde_json::json!({
        "messageId": event.message_id,
        "payload": event.raw.payload,
        "properties": properties,
        "redeliveryCount": 0,
    });
    if let (Some(t), Some(obj)) = (&event.raw.publish_time, frame.as_object_mut()) {
        obj.insert("publishTime".into(), serde_json::Value::String(t.clone()));
    }
    Utf8Bytes::from(frame.to_string())
}

/// A state row to record: (message id, agent id, state, by, detail).
type StateRow = (
    String,
    String,
    &'static str,
    Option<&'static str>,
    Option<String>,
);

fn state_row(event: &StreamEvent) -> Option<StateRow> {
    let Event::Interaction(i) = &event.event else {
        return None;
    };
    let agent = i.agent_id.clone()?;
    let (state, by) = match i.kind {
        EventKind::RecordingStatus { paused, from_api } => (
            if paused { "paused" } else { "resumed" },
            Some(if from_api { "api" } else { "agent_workspace" }),
        ),
        EventKind::CallOn => ("call_started", None),
        EventKind::CallEnded => ("call_ended", None),
        _ => return None,
    };
    Some((
        event.message_id.clone(),
        agent,
        state,
        by,
        Some(format!("{} {}", i.event_type, i.interaction_guid)),
    ))
}

/// Runs the tenant's reader until `shutdown`: frames into the hub, state
/// changes into the audit, the stream's status into the gauge.
pub(crate) async fn run(
    hub: Arc<Hub>,
    config: StreamConfig,
    store: Store,
    mut shutdown: watch::Receiver<bool>,
) {
    let metrics = hub.metrics.clone();
    let (reader, mut events) = match client::spawn(config) {
        Ok(r) => r,
        Err(e) => {
            tracing::error!(error = %e, "event stream reader not started");
            return;
        }
    };
    let mut status = reader.watch_status();
    let gauge = metrics.clone();
    let status_task = tokio::spawn(async move {
        loop {
            let up = matches!(*status.borrow_and_update(), Status::Connected);
            gauge.stream_up.store(i64::from(up), Ordering::Relaxed);
            if status.changed().await.is_err() {
                gauge.stream_up.store(0, Ordering::Relaxed);
                break;
            }
        }
    });
    let (state_tx, mut state_rx) = mpsc::channel::<StateRow>(STATE_QUEUE);
    let recorder = tokio::spawn(async move {
        while let Some((id, agent, state, by, detail)) = state_rx.recv().await {
            if let Err(e) = store
                .record_state(&id, &agent, state, by, detail.as_deref(), now_ms())
                .await
            {
                tracing::warn!(error = %e, "state row not recorded");
            }
        }
    });
    loop {
        let event = tokio::select! {
            biased;
            () = super::shutdown::stopping(&mut shutdown) => break,
            event = events.recv() => event,
        };
        let Some(event) = event else {
            tracing::error!("event stream reader ended");
            break;
        };
        metrics.stream_events.fetch_add(1, Ordering::Relaxed);
        if let Some(row) = state_row(&event) {
            if state_tx.try_send(row).is_err() {
                tracing::warn!("state rows backlog full: one not recorded");
            }
        }
        let agent_id = match &event.event {
            Event::Interaction(i) => i.agent_id.clone(),
            Event::Ignored { .. } => None,
        };
        hub.publish(Entry {
            message_id: event.message_id.clone(),
            agent_id,
            text: frame_text(&event),
        });
    }
    reader.stop().await;
    drop(state_tx);
    let _ = recorder.await;
    status_task.abort();
    metrics.stream_up.store(0, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, agent: &str) -> Entry {
        Entry {
            message_id: id.into(),
            agent_id: Some(agent.into()),
            text: Utf8Bytes::from(id.to_owned()),
        }
    }

    #[test]
    fn routes_by_agent_resumes_from_the_ring_and_drops_slow_sockets() {
        let hub = Arc::new(Hub::new(Arc::default(), 3, 2));
        hub.publish(entry("m1", "a"));
        hub.publish(entry("m2", "b"));
        hub.publish(entry("m3", "a"));
        let (backlog, mut a) = hub.subscribe("a", &StartAt::Earliest);
        assert_eq!(backlog, vec![Utf8Bytes::from("m1"), Utf8Bytes::from("m3")]);
        let (backlog, _) = hub.subscribe("a", &StartAt::After("m2".into()));
        assert_eq!(backlog, vec![Utf8Bytes::from("m3")]);
        let (backlog, mut b) = hub.subscribe("b", &StartAt::After("gone".into()));
        assert!(backlog.is_empty());
        hub.publish(entry("m4", "a"));
        assert_eq!(a.rx.try_recv().ok(), Some(Utf8Bytes::from("m4")));
        assert!(b.rx.try_recv().is_err());
        // The ring holds three: m1 is gone.
        let (backlog, _) = hub.subscribe("a", &StartAt::Earliest);
        assert_eq!(backlog, vec![Utf8Bytes::from("m3"), Utf8Bytes::from("m4")]);
        // b never reads: its queue of 2 overflows at the third.
        for id in ["m5", "m6", "m7"] {
            hub.publish(entry(id, "b"));
        }
        assert_eq!(b.rx.try_recv().ok(), Some(Utf8Bytes::from("m5")));
        assert_eq!(b.rx.try_recv().ok(), Some(Utf8Bytes::from("m6")));
        assert!(matches!(
            b.rx.try_recv(),
            Err(mpsc::error::TryRecvError::Disconnected)
        ));
        drop(a);
        assert_eq!(hub.sockets(), 0);
    }
}
