//! Housekeeping: every minute, `pending` action rows older than 60 s become
//! `interrupted`; daily, audit rows past the retention are pruned.

use std::time::Duration;

use tokio::sync::watch;

use crate::now_ms;
use crate::store::Store;

const STALE_MS: u64 = 60_000;
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// Runs until `shutdown`.
pub(crate) async fn run(store: Store, retention_days: u32, mut shutdown: watch::Receiver<bool>) {
    let mut minute = tokio::time::interval(Duration::from_secs(60));
    minute.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut day = tokio::time::interval(DAY);
    day.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            biased;
            () = super::shutdown::stopping(&mut shutdown) => return,
            _ = minute.tick() => {
                match store.interrupt_stale(now_ms().saturating_sub(STALE_MS)).await {
                    Ok(0) => {}
                    Ok(n) => tracing::warn!(rows = n, "pending actions marked interrupted"),
                    Err(e) => tracing::warn!(error = %e, "interrupting stale actions failed"),
                }
            }
            _ = day.tick() => {
                if retention_days > 0 {
                    let before = now_ms().saturating_sub(u64::from(retention_days) * 86_400_000);
                    match store.prune(before).await {
                        Ok(n) => tracing::info!(rows = ?n, "audit pruned"),
                        Err(e) => tracing::warn!(error = %e, "pruning failed"),
                    }
                }
            }
        }
    }
}
