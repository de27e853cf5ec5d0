//! HTTPS simulator of the 8x8 Contact Center Recording Control API and its event stream.
//!
//! An independent oracle for the real client's tests and the app's demo mode: it serves
//! `PUT /api/tstats/rccontrol/{action}/{tenantId}/email/{email}` and
//! `…/agentId/{agentId}` over real TLS (a throw-away CA generated at start), decodes
//! requests the way an HTTP server does, logs every request, and can inject faults
//! ([`Fault`]). Start one with [`Simulator::start`].
//!
//! # Answers
//! Checks in order: path shape → 404 (405 for a non-PUT method on a good path);
//! Basic auth (user = tenant in path, password = token) → 401; action `pause`/`resume`
//! → 400; agent known (exact, case-sensitive match; a duplicated e-mail counts as
//! unknown) → 404; agent not on a call → 200 "nothing to be modified"; on a call but
//! recording not enabled → 200 "not enabled"; else 200 "success" and `paused` is set.
//!
//! # Event stream
//! The same listener serves 8x8's event stream, Pulsar's WebSocket reader API:
//! `GET /ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}` (one agent's events) or
//! `…/{tenant}/event-v1/all` (all of the tenant's), upgraded to WebSocket
//! ([`Simulator::stream_url`], [`Simulator::stream_all_url`]).
//! - Handshake: credential in header `X-API-Key` (any case) or query `x-api-key`
//!   (the tenant's `stream_key`, e.g. [`DEMO_STREAM_KEY`], or its `data_token`), or
//!   `Authorization: Basic {data_token}`; missing or wrong → 401, no upgrade. An unknown
//!   tenant → 404 (an unknown agent id is accepted: its topic stays empty). Query
//!   `messageId` = `latest` (default: only messages published after the handshake) |
//!   `earliest` (the retained history, at most [`MAX_HISTORY`] per tenant) | a message
//!   id (the messages after it; one older than the history: from the oldest retained;
//!   one past the newest: as `latest`). Query values are form-decoded, so a `+` sent
//!   unencoded reads as a space; an undecodable id → 400.
//! - Frames: JSON text `{"messageId","payload" (base64 of the event JSON),"properties":{},
//!   "publishTime" (RFC 3339, ms, Z),"redeliveryCount":0}` in publish order. Message ids
//!   are base64 and always hold `+` and `/` (often `=`). Ping frames every
//!   [`DEFAULT_PING_INTERVAL`] ([`Simulator::set_ping_interval`]); a client's close frame
//!   is answered; at shutdown the server closes with 1001.
//! - Events (`{"Interaction": {event, interactionGUID, agentId, callState, mediaType,
//!   recordingMode, transactionNum, interactionEventTS, msgInfo, …}}`, with some unknown
//!   fields): a call start publishes `InteractionAssigned`, an `AgentStatusChange` (a
//!   family clients must ignore), `InteractionAccepted` and, if recording is enabled
//!   (`recordingMode` `"yes"`) and started, `InteractionRecordingStarted`; each successful
//!   pause/resume (API: `isAPICall: true`; Agent Workspace control: `false`) publishes
//!   `RecordingStatus` — unless the call's recording has not started: then the API still
//!   answers success but nothing changes; a call end publishes `InteractionDeassigned`
//!   and `InteractionDeleted` (`CS_DISCONNECTED`). A call that was on before (scenario,
//!   reset) has no start events; its interaction is made up when first needed.
//! - Faults ([`StreamFault`]): drop the socket, refuse the next handshakes with 401,
//!   send a garbage frame ([`Garbage`]), stall, stop pinging. Counters: [`StreamStats`].
//!
//! # Control endpoints
//! Under `/_sim/` on the same listener, loopback peers only, JSON: `GET health`,
//! `POST call/start|call/end|call/new|call/transfer|call/recording-start`,
//! `POST aw/pause|aw/resume`, `GET|POST agent`, `GET|POST body-style`,
//! `GET|POST|DELETE fault`, `GET|DELETE requests`, `POST reset`, `GET stream/stats`,
//! `GET|POST|DELETE stream/fault`, `GET|POST stream/ping`, `GET stream/events`.
//! Bodies and answers: see the table in the `control` module's source
//! (`src/control.rs`). A reset restores agents and clears faults, calls and stream
//! counters, but keeps the stream history (message ids never repeat).
//!
//! # Faults
//! `status` (optionally with `Retry-After`), `delay`, `late` (processed even
//! after the client gave up), `drop`, `redirect`, `html`, `oversized`, `binary`,
//! `empty`: see [`Fault`] and [`FaultSpec`].

mod body;
mod control;
mod control_reply;
mod endpoint;
mod error;
mod faults;
mod log;
mod scenario;
mod server;
mod simulator;
mod state;
mod stream;
mod tls;

pub use body::BodyStyle;
pub use error::SimError;
pub use faults::{
    DEFAULT_REDIRECT_LOCATION, Fault, FaultSpec, OVERSIZED_CLEAN_PREFIX, OVERSIZED_LEN,
};
pub use log::LoggedRequest;
pub use scenario::{
    AgentRef, AgentState, DEMO_AGENT_ID, DEMO_DATA_TOKEN, DEMO_DISABLED_EMAIL, DEMO_EMAIL,
    DEMO_NOCALL_EMAIL, DEMO_STREAM_KEY, DEMO_TENANT, DEMO_TOKEN, Scenario, TenantSpec,
};
pub use simulator::{SimOptions, Simulator};
pub use stream::{
    CallError, DEFAULT_PING_INTERVAL, Garbage, MAX_HISTORY, OVERSIZED_FRAME_LEN, PublishedEvent,
    StreamFault, StreamStats,
};
