//! HTTPS simulator of the 8x8 Contact Center Recording Control API.
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
//! # Control endpoints
//! Under `/_sim/` on the same listener, loopback peers only, JSON: `GET health`,
//! `POST call/start|call/end`, `GET|POST agent`, `GET|POST body-style`,
//! `GET|POST|DELETE fault`, `GET|DELETE requests`, `POST reset`.
//!
//! # Faults
//! `status` (optionally with `Retry-After`), `delay`, `late` (processed even
//! after the client gave up), `drop`, `redirect`, `html`, `oversized`, `binary`,
//! `empty`: see [`Fault`] and [`FaultSpec`].

mod body;
mod control;
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
