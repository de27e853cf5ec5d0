//! The relay's HTTPS service (docs/relay.md): the agent API, the live
//! fan-out, TLS, timeouts, graceful shutdown.
//!
//! - [`serve`]: binds `listen`, runs until SIGTERM/SIGINT.
//! - [`serve_on`]: a bound listener and a shutdown future (tests, the binary).
//!
//! One [`rccontrol::Client`] for the tenant sends every agent's actions; one
//! reader of `{tenant}/event-v1/all` per process feeds every live socket.

mod api;
mod auth;
mod body;
mod client_addr;
mod error;
mod hub;
mod idle;
mod live;
mod maintenance;
mod metrics;
mod ratelimit;
mod router;
mod shutdown;
mod state;
mod tls;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum_server::Handle;
use axum_server::tls_rustls::RustlsConfig;
use hyper_util::rt::TokioTimer;
use tokio::sync::watch;

use crate::config::RelayConfig;
use crate::store::Store;
use state::App;

/// Why the service could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Binding or serving the socket failed.
    #[error("listen: {0}")]
    Io(#[from] std::io::Error),
    /// The certificate, key or a CA file was unusable.
    #[error("TLS: {0}")]
    Tls(String),
    /// The 8x8 client or the event stream reader could not be set up.
    #[error("setup: {0}")]
    Setup(String),
}

/// Tunables beyond the configuration file (tests shorten them).
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// How often a live socket's key is looked up again (a revoked key is
    /// closed at the next check).
    pub key_recheck: Duration,
    /// How often a live socket is pinged (keeps the desktop's reader, which
    /// counts 60 s of silence as down, connected through quiet hours).
    pub live_ping: Duration,
    /// How long a shutdown waits for in-flight requests.
    pub shutdown_grace: Duration,
    /// Frames kept for resumption.
    pub ring_capacity: usize,
    /// Frames queued per live socket before it is dropped as too slow.
    pub socket_queue: usize,
    /// The 8x8 client's timeouts and retries.
    pub client: rccontrol::ClientOptions,
    /// The event stream reader's timings.
    pub stream_timings: rccontrol_stream::client::Timings,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            key_recheck: Duration::from_secs(30),
            live_ping: Duration::from_secs(20),
            shutdown_grace: Duration::from_secs(10),
            ring_capacity: hub::RING_CAPACITY,
            socket_queue: hub::SOCKET_QUEUE,
            client: rccontrol::ClientOptions::default(),
            stream_timings: rccontrol_stream::client::Timings {
                // A relay keeps trying: a refused credential is retried every 5 min.
                rejected_retry: Some(Duration::from_secs(300)),
                ..Default::default()
            },
        }
    }
}

/// Binds `config.listen` and serves until SIGTERM or SIGINT.
pub async fn serve(config: RelayConfig, store: Store) -> Result<(), ServeError> {
    let listener = std::net::TcpListener::bind(config.listen)?;
    serve_on(
        listener,
        config,
        store,
        ServeOptions::default(),
        shutdown_signal(),
    )
    .await
}

/// Resolves on SIGTERM or SIGINT.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "SIGTERM handler not installed");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// A random id (`{prefix}` + 16 hex digits).
fn random_id(prefix: &str) -> String {
    use ring::rand::SecureRandom as _;
    let mut bytes = [0u8; 8];
    let _ = ring::rand::SystemRandom::new().fill(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}{hex}")
}

/// Serves on `listener` until `shutdown` resolves: then stops accepting,
/// closes live sockets (1001), lets in-flight requests finish (at most
/// `shutdown_grace`) and returns.
pub async fn serve_on(
    listener: std::net::TcpListener,
    config: RelayConfig,
    store: Store,
    options: ServeOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let replica = random_id("rp_");
    let tenant = &config.tenant;
    let client_config = rccontrol::Config {
        host: tenant.host.clone(),
        tenant: tenant.name.clone(),
        // Unused: every action names its agent (`send_as`).
        identity: rccontrol::Identity::Email("relay@invalid".into()),
        ca_file: tenant.ca_file.clone(),
        proxy: None,
        live: None,
        // The relay itself talks to 8x8 directly.
        relay: None,
    };
    let client =
        rccontrol::Client::new(client_config, tenant.token.clone(), options.client.clone())
            .map_err(|e| ServeError::Setup(e.to_string()))?;
    let metrics = Arc::new(metrics::Metrics::default());
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let shutdown_tx = Arc::new(shutdown_tx);
    let mut tasks = Vec::new();
    let hub = match &tenant.stream {
        Some(stream) => {
            let tls = tls::client_config(tenant.ca_file.as_deref())?;
            let reader = rccontrol_stream::client::StreamConfig::tenant_wide(
                stream.host.clone(),
                &tenant.name,
                stream.credential.clone(),
                tls,
            )
            .map_err(|e| ServeError::Setup(e.to_string()))?
            .with_timings(options.stream_timings)
            .with_event_capacity(1024);
            let hub = Arc::new(hub::Hub::new(
                metrics.clone(),
                options.ring_capacity,
                options.socket_queue,
            ));
            tasks.push(tokio::spawn(hub::run(
                hub.clone(),
                reader,
                store.clone(),
                shutdown_rx.clone(),
            )));
            Some(hub)
        }
        None => None,
    };
    let app = Arc::new(App {
        tenant: tenant.name.clone(),
        limits: config.limits.clone(),
        store: store.clone(),
        client,
        replica: replica.clone(),
        metrics,
        enroll_limiter: ratelimit::EnrollLimiter::new(config.limits.enroll_per_minute),
        behind_proxy: config.plain_http,
        hub,
        key_recheck: options.key_recheck,
        live_ping: options.live_ping,
        shutdown: shutdown_rx.clone(),
    });
    tasks.push(tokio::spawn(maintenance::run(
        store,
        config.retention_days,
        shutdown_rx,
    )));
    let service = router::build(app).into_make_service_with_connect_info::<SocketAddr>();
    let handle = Handle::new();
    let addr = listener.local_addr()?;
    listener.set_nonblocking(true)?;
    let grace = options.shutdown_grace;
    let on_signal = handle.clone();
    let signal_tx = shutdown_tx.clone();
    let signal_task = tokio::spawn(async move {
        shutdown.await;
        tracing::info!("shutting down: finishing in-flight requests");
        signal_tx.send_replace(true);
        on_signal.graceful_shutdown(Some(grace));
    });
    let header_timeout = config.limits.header_timeout;
    // Longer than any request may take (the request timeout) and than the
    // live sockets' ping interval: only a connection saying nothing is cut.
    let idle_limit = (config.limits.request_timeout + header_timeout).max(options.live_ping * 3);
    let acceptor = idle::IdleAcceptor::new(idle_limit);
    tracing::info!(%addr, replica = %replica, tls = config.tls.is_some(), "rccontrol-relay serving");
    let served = match &config.tls {
        Some(files) => {
            let tls = tls::server_config(&files.cert, &files.key)?;
            let tls = axum_server::tls_rustls::RustlsAcceptor::new(RustlsConfig::from_config(tls))
                .acceptor(acceptor);
            let mut server = axum_server::from_tcp(listener).acceptor(tls).handle(handle);
            server
                .http_builder()
                .http1()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout);
            server.serve(service).await
        }
        None => {
            let mut server = axum_server::from_tcp(listener)
                .acceptor(acceptor)
                .handle(handle);
            server
                .http_builder()
                .http1()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout);
            server.serve(service).await
        }
    };
    signal_task.abort();
    shutdown_tx.send_replace(true);
    for task in tasks {
        if tokio::time::timeout(Duration::from_secs(5), task)
            .await
            .is_err()
        {
            tracing::warn!("a background task did not stop in time");
        }
    }
    tracing::info!("rccontrol-relay stopped");
    served.map_err(ServeError::Io)
}
