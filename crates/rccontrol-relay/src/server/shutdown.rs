//! The shutdown flag every long-running task of the service watches.

use tokio::sync::watch;

/// Resolves once the shutdown flag is up (or its sender is gone).
pub(crate) async fn stopping(shutdown: &mut watch::Receiver<bool>) {
    // The guard `wait_for` returns is dropped here, not held across awaits.
    let _ = shutdown.wait_for(|s| *s).await.map(|_| ());
}
