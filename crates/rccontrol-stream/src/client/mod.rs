//! The Event Streaming reader: one agent's topic (or the tenant's
//! `event-v1/all`, [`Topic::All`]) over a TLS WebSocket.
//!
//! [`spawn`] starts a task that connects to
//! `wss://{host}/ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}?messageId=…`
//! with the credential in the `X-API-Key` header, forwards interaction events
//! over a bounded channel and publishes its [`Status`] on a watch:
//!
//! - the connection (TCP, TLS, handshake) is bounded by
//!   [`Timings::connect_timeout`] (45 s);
//! - pings are answered (tungstenite); no frame or ping for
//!   [`Timings::idle_limit`] (60 s) counts as down;
//! - after a drop it waits [`Timings::backoff`] (1 s doubling to 60 s, with
//!   jitter) and resumes after the last message id seen; ids delivered twice
//!   (a resume's overlap) are dropped. The backoff restarts from the first
//!   wait once a connection delivered a message or stayed up
//!   [`Timings::stable_after`];
//! - every message is acknowledged (`{"messageId": …}`): Pulsar's reader
//!   stops delivering after `receiverQueueSize` unacknowledged ones;
//! - messages over [`MAX_MESSAGE_BYTES`] end the connection; malformed frames
//!   and payloads are skipped and counted, other event families ignored;
//! - HTTP 401/403 at the handshake is [`Status::Rejected`] and, by default,
//!   the end of the task: a wrong credential does not become a reconnect
//!   storm. With [`Timings::rejected_retry`] set it tries again after that
//!   (long) delay;
//! - dropping the [`StreamHandle`] (or [`StreamHandle::stop`]) ends the task.

mod backoff;
mod connect;
mod counters;
mod session;
mod status;
mod task;
mod url;

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

pub use backoff::Backoff;
pub use connect::API_KEY_HEADER;
pub use counters::CounterSnapshot;
pub use status::{DownReason, Status};
pub use url::{StartAt, Topic, reader_url, topic_url};

use crate::credential::StreamCredential;
use crate::event::Event;
pub use crate::frame::RawMessage;
use crate::hosts::{InputError, StreamHost, validate_agent_id, validate_tenant};
use counters::Counters;

/// Largest WebSocket message (and frame) accepted: 1 MiB.
pub const MAX_MESSAGE_BYTES: usize = 1 << 20;

/// The reader's timings; [`Timings::default`] is what to use against 8x8.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timings {
    /// TCP + TLS + WebSocket handshake limit (8x8 recommends 45 s).
    pub connect_timeout: Duration,
    /// No frame and no ping for this long: the connection is down.
    pub idle_limit: Duration,
    /// Waits between attempts.
    pub backoff: Backoff,
    /// A connection up this long (or one that delivered a message) resets the backoff.
    pub stable_after: Duration,
    /// After a refused credential: `None` stops the reader (the default);
    /// `Some(wait)` tries again after `wait` (make it long, e.g. 15 min).
    pub rejected_retry: Option<Duration>,
    /// How long a stop waits for the server to answer the close frame.
    pub close_timeout: Duration,
}

impl Default for Timings {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(45),
            idle_limit: Duration::from_secs(60),
            backoff: Backoff::default(),
            stable_after: Duration::from_secs(30),
            rejected_retry: None,
            close_timeout: Duration::from_secs(1),
        }
    }
}

/// What the reader needs; built by [`StreamConfig::new`], which checks the ids.
#[derive(Debug, Clone)]
pub struct StreamConfig {
    host: StreamHost,
    tenant: String,
    topic: Topic,
    credential: StreamCredential,
    tls: Arc<rustls::ClientConfig>,
    start: StartAt,
    timings: Timings,
    event_capacity: usize,
}

impl StreamConfig {
    /// A reader of `agent_id`'s topic in `tenant` on `host`. `tls` is the
    /// caller's rustls configuration (its roots: the system's, a CA file, the
    /// simulator's CA); its ALPN is set to `http/1.1` here.
    pub fn new(
        host: StreamHost,
        tenant: &str,
        agent_id: &str,
        credential: StreamCredential,
        tls: Arc<rustls::ClientConfig>,
    ) -> Result<Self, InputError> {
        let agent_id = validate_agent_id(agent_id)?.to_owned();
        Self::with_topic(host, tenant, Topic::Agent(agent_id), credential, tls)
    }

    /// A reader of the tenant's `event-v1/all` topic: every agent's events
    /// (a relay's one connection per tenant). Otherwise as [`StreamConfig::new`].
    pub fn tenant_wide(
        host: StreamHost,
        tenant: &str,
        credential: StreamCredential,
        tls: Arc<rustls::ClientConfig>,
    ) -> Result<Self, InputError> {
        Self::with_topic(host, tenant, Topic::All, credential, tls)
    }

    fn with_topic(
        host: StreamHost,
        tenant: &str,
        topic: Topic,
        credential: StreamCredential,
        tls: Arc<rustls::ClientConfig>,
    ) -> Result<Self, InputError> {
        let tenant = validate_tenant(tenant)?.to_owned();
        if credential.is_empty() {
            return Err(InputError::Invalid {
                field: "credential",
                reason: "empty".into(),
            });
        }
        let mut tls = (*tls).clone();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Self {
            host,
            tenant,
            topic,
            credential,
            tls: Arc::new(tls),
            start: StartAt::Latest,
            timings: Timings::default(),
            event_capacity: 256,
        })
    }

    /// Where the first connection starts (default: [`StartAt::Latest`]).
    pub fn with_start(mut self, start: StartAt) -> Self {
        self.start = start;
        self
    }

    /// Other timings (tests; a relay's own limits).
    pub fn with_timings(mut self, timings: Timings) -> Self {
        self.timings = timings;
        self
    }

    /// The events channel's capacity (default 256; at least 1). A full
    /// channel holds the reader back (no event is dropped).
    pub fn with_event_capacity(mut self, capacity: usize) -> Self {
        self.event_capacity = capacity.max(1);
        self
    }

    /// The URL of the first connection (no credential in it).
    pub fn url(&self) -> String {
        topic_url(&self.host, &self.tenant, &self.topic, &self.start)
    }

    /// The topic read.
    pub fn topic(&self) -> &Topic {
        &self.topic
    }
}

/// One delivered interaction event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamEvent {
    /// The frame's message id (for [`crate::live::LiveState::apply`]'s de-duplication).
    pub message_id: String,
    /// When Pulsar published it.
    pub publish_time: Option<SystemTime>,
    /// The event (always [`Event::Interaction`]).
    pub event: Event,
    /// The frame's fields as received (base64 payload, publish time,
    /// properties): what a relay forwards.
    pub raw: RawMessage,
}

/// The reader could not start.
#[derive(Debug, thiserror::Error)]
pub enum SpawnError {
    /// Called outside a Tokio runtime.
    #[error("the Event Streaming reader needs a Tokio runtime")]
    NoRuntime,
}

/// State shared by the task and its handle.
#[derive(Debug)]
pub(crate) struct Shared {
    counters: Counters,
    status: watch::Sender<Status>,
    last_id: Mutex<Option<String>>,
}

impl Shared {
    fn publish(&self, status: Status) {
        self.status.send_replace(status);
    }

    fn set_last_id(&self, id: &str) {
        let mut last = self.last_id.lock().unwrap_or_else(|p| p.into_inner());
        *last = Some(id.to_owned());
    }
}

/// The running reader. Dropping it stops the task (without a close frame;
/// [`StreamHandle::stop`] sends one).
#[derive(Debug)]
pub struct StreamHandle {
    shared: Arc<Shared>,
    status: watch::Receiver<Status>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

/// Starts the reader on the current Tokio runtime: its handle and the events.
pub fn spawn(
    config: StreamConfig,
) -> Result<(StreamHandle, mpsc::Receiver<StreamEvent>), SpawnError> {
    let runtime = tokio::runtime::Handle::try_current().map_err(|_| SpawnError::NoRuntime)?;
    let (status_tx, status_rx) = watch::channel(Status::Connecting { attempt: 0 });
    let shared = Arc::new(Shared {
        counters: Counters::default(),
        status: status_tx,
        last_id: Mutex::new(None),
    });
    let (events_tx, events_rx) = mpsc::channel(config.event_capacity);
    let (stop_tx, stop_rx) = watch::channel(false);
    let task = runtime.spawn(task::run(config, shared.clone(), events_tx, stop_rx));
    Ok((
        StreamHandle {
            shared,
            status: status_rx,
            stop: stop_tx,
            task: Some(task),
        },
        events_rx,
    ))
}

impl StreamHandle {
    /// The status now.
    pub fn status(&self) -> Status {
        self.status.borrow().clone()
    }

    /// A receiver of every status change.
    pub fn watch_status(&self) -> watch::Receiver<Status> {
        self.status.clone()
    }

    /// The counters now.
    pub fn counters(&self) -> CounterSnapshot {
        self.shared.counters.snapshot()
    }

    /// The last message id delivered (to resume a later reader with [`StartAt::After`]).
    pub fn last_message_id(&self) -> Option<String> {
        self.shared
            .last_id
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Whether the task has ended (stopped, or rejected without retry).
    pub fn is_finished(&self) -> bool {
        self.task.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Stops the reader: a close frame to the server, then the task ends
    /// (aborted if it takes longer than the close timeout and a second).
    pub async fn stop(mut self) {
        self.stop.send_replace(true);
        if let Some(mut task) = self.task.take() {
            if tokio::time::timeout(Duration::from_secs(3), &mut task)
                .await
                .is_err()
            {
                task.abort();
            }
        }
    }
}

impl Drop for StreamHandle {
    fn drop(&mut self) {
        self.stop.send_replace(true);
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Resolves once a stop is asked (or the handle is gone).
pub(crate) async fn stopped(stop: &mut watch::Receiver<bool>) {
    // An error means the sender (the handle) is gone: stop too.
    let _ = stop.wait_for(|s| *s).await;
}
