//! 8x8 Event Streaming: the reader client (Apache Pulsar's WebSocket API, one
//! agent's topic, or the tenant's `event-v1/all` for a relay) and the per-agent
//! live recording state it verifies.
//!
//! - [`hosts`]: the streaming host by cluster, the host override, id checks.
//! - [`frame`], [`event`]: a reader frame and the event JSON in its payload.
//! - [`live`]: a pure state machine from events to the agent's recording state
//!   and the changes worth telling the agent.
//! - [`client`]: the WebSocket reader (TLS by the caller's rustls config),
//!   reconnecting with backoff and resuming from the last message id.
//!
//! No GUI, no dependency on the core or the simulator: the desktop core and a
//! server-side relay both use it.
//!
//! Decisions where 8x8's documentation is silent:
//!
//! - an agent id is 2–64 ASCII letters, digits, `-`, `_`, `.`
//!   ([`hosts::validate_agent_id`]); a tenant the same, 1–64;
//! - `RecordingStatus` without `isAPICall` counts as Agent Workspace's;
//! - `InteractionPostProcess`/`InteractionEndPostProcess` end the leg like
//!   `InteractionDeassigned`/`InteractionDeleted` (API.md lists all four);
//! - a pause does not carry over to the next interaction;
//! - a recording counts as started on `InteractionRecordingStarted` or on
//!   any `RecordingStatus` for the interaction; until then the call is
//!   [`live::AgentRecording::CallOnNotRecording`];
//! - the reader acknowledges every message (`{"messageId": …}`), as Pulsar's
//!   WebSocket reader needs to keep delivering past `receiverQueueSize`;
//! - HTTP 401 and 403 at the handshake both mean the credential is refused.

pub mod client;
pub mod credential;
pub mod event;
pub mod frame;
pub mod hosts;
pub mod live;

pub use credential::StreamCredential;
