//! The live-state part of the settings page's view: the event stream's state
//! (from [`Engine::stream_state`]), whether the Event Streaming credential is
//! stored (never the credential) and the host an empty override means.

use crate::engine::Engine;
use rccontrol::Settings;
use rccontrol::configure::{accounts, region_stream_host};
use rccontrol::control_socket::StreamStatus;
use serde::Serialize;

/// What the page's live-state section shows.
#[derive(Debug, Serialize)]
pub struct LiveView {
    /// `off`, `connecting`, `live`, `down` or `rejected`.
    stream: StreamStatus,
    /// A credential is stored for the settings' account.
    credential_present: bool,
    /// The region's streaming host (the host field's placeholder).
    region_host: Option<String>,
}

/// The live-state view of `settings` (as the page shows them).
pub fn live_view(engine: &Engine, settings: &Settings) -> LiveView {
    let credential_present = accounts(settings)
        .and_then(|a| engine.store().stored(&a.stream).ok().flatten())
        .is_some();
    LiveView {
        stream: engine.stream_state().as_ref().into(),
        credential_present,
        region_host: region_stream_host(settings),
    }
}
