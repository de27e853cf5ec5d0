//! What every handler shares: the store, the one 8x8 client, the limits, the
//! counters, the live hub.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::hub::Hub;
use super::metrics::Metrics;
use super::ratelimit::EnrollLimiter;
use crate::config::Limits;
use crate::store::Store;

/// The shared state.
#[derive(Debug)]
pub(crate) struct App {
    /// The 8x8 tenant served.
    pub(crate) tenant: String,
    /// Request limits.
    pub(crate) limits: Limits,
    /// The database.
    pub(crate) store: Store,
    /// One client, one connection pool, for every agent of the tenant.
    pub(crate) client: rccontrol::Client,
    /// This process's id, in audit rows.
    pub(crate) replica: String,
    /// Counters for `/metrics`.
    pub(crate) metrics: Arc<Metrics>,
    /// Enrollments per client address.
    pub(crate) enroll_limiter: EnrollLimiter,
    /// Plain HTTP behind a reverse proxy: the enrollment limit counts the
    /// proxy's `X-Forwarded-For` address, not the proxy's own.
    pub(crate) behind_proxy: bool,
    /// The live fan-out, when the tenant's stream is configured.
    pub(crate) hub: Option<Arc<Hub>>,
    /// How often a live socket's key is checked again.
    pub(crate) key_recheck: Duration,
    /// How often a live socket is pinged.
    pub(crate) live_ping: Duration,
    /// Turns true when the relay is shutting down.
    pub(crate) shutdown: watch::Receiver<bool>,
}

/// The handlers' state.
pub(crate) type AppState = Arc<App>;

pub(crate) use crate::now_ms;
