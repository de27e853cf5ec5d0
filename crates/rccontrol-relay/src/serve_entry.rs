//! `serve`'s entry point into the HTTP service.

use crate::{RelayConfig, Store};

/// Runs the HTTP service until SIGTERM/SIGINT.
pub async fn run_server(
    config: RelayConfig,
    store: Store,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    crate::server::serve(config, store)
        .await
        .map_err(Into::into)
}
