//! 8x8 Event Streaming: the reader client (Apache Pulsar's WebSocket API, one
//! agent's topic) and the per-agent live recording state it verifies.
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

pub mod client;
pub mod credential;
pub mod event;
pub mod frame;
pub mod hosts;
pub mod live;

pub use credential::StreamCredential;
