//! `serve`'s entry point into the HTTP service (the server module replaces the body).

use crate::{RelayConfig, Store};

/// Runs the HTTP service until SIGTERM/SIGINT.
pub async fn run_server(
    config: RelayConfig,
    store: Store,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    drop((config, store));
    Err("the HTTP service is not in this build".into())
}
