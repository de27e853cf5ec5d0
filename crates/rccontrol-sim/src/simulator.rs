//! The running simulator handle and its Rust API.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use std::time::Duration;

use tokio::sync::broadcast;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;

use crate::body::BodyStyle;
use crate::error::SimError;
use crate::faults::Fault;
use crate::log::LoggedRequest;
use crate::scenario::{AgentRef, AgentState, Scenario};
use crate::server;
use crate::state::Shared;
use crate::tls;

/// How to start a [`Simulator`].
#[derive(Debug, Clone, Default)]
pub struct SimOptions {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// Where to write the generated CA certificate as PEM (`None`: don't write it;
    /// it is still available from [`Simulator::ca_pem`]).
    pub ca_pem_path: Option<PathBuf>,
    /// Initial tenants, agents and body style (default: [`Scenario::demo`]).
    pub scenario: Scenario,
}

/// How long [`Simulator::shutdown`] lets stream connections finish their closing handshake.
const STREAM_CLOSE_WAIT: Duration = Duration::from_secs(3);

/// Stops the server when the last [`Simulator`] clone is dropped.
#[derive(Debug)]
struct StopGuard {
    shared: Arc<Shared>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for StopGuard {
    fn drop(&mut self) {
        self.shared.stop.send_replace(true);
    }
}

/// A running HTTPS simulator of the Recording Control API on 127.0.0.1.
///
/// Cheap to clone; all clones control the same server. The server stops when
/// [`Simulator::shutdown`] is called or the last clone is dropped (it also ends with
/// its tokio runtime).
#[derive(Clone)]
pub struct Simulator {
    pub(crate) shared: Arc<Shared>,
    guard: Arc<StopGuard>,
    pub(crate) addr: std::net::SocketAddr,
    ca_pem: Arc<str>,
}

impl fmt::Debug for Simulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Simulator")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Simulator {
    /// Generates certificates, writes the CA PEM if asked, binds 127.0.0.1 and spawns the
    /// server on the current tokio runtime.
    pub async fn start(opts: SimOptions) -> Result<Simulator, SimError> {
        opts.scenario.validate()?;
        let material = tls::generate()?;
        if let Some(path) = &opts.ca_pem_path {
            tokio::fs::write(path, material.ca_pem.as_bytes())
                .await
                .map_err(|source| SimError::Io {
                    context: format!("write {}", path.display()),
                    source,
                })?;
        }
        let (listener, addr) = server::bind(opts.port).await?;
        let shared = Arc::new(Shared::new(opts.scenario));
        let acceptor = TlsAcceptor::from(material.server_config);
        let task = tokio::spawn(server::accept_loop(
            listener,
            acceptor,
            shared.clone(),
            shared.stop.subscribe(),
        ));
        Ok(Simulator {
            shared: shared.clone(),
            guard: Arc::new(StopGuard {
                shared,
                task: Mutex::new(Some(task)),
            }),
            addr,
            ca_pem: material.ca_pem.into(),
        })
    }

    /// `https://127.0.0.1:PORT`
    pub fn base_url(&self) -> String {
        format!("https://{}", self.host_port())
    }

    /// `127.0.0.1:PORT`
    pub fn host_port(&self) -> String {
        self.addr.to_string()
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The CA certificate (PEM) that signed the server's certificate.
    pub fn ca_pem(&self) -> String {
        self.ca_pem.to_string()
    }

    /// The request log, oldest first.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.shared.lock().log.snapshot()
    }

    /// Empties the request log.
    pub fn clear_requests(&self) {
        self.shared.lock().log.clear();
    }

    /// Receives each logged request once it is answered (or dropped).
    pub fn watch_requests(&self) -> broadcast::Receiver<LoggedRequest> {
        self.shared.events.subscribe()
    }

    /// The current style of the documented 200 answers.
    pub fn body_style(&self) -> BodyStyle {
        self.shared.lock().body_style
    }

    /// Sets the style of the documented 200 answers.
    pub fn set_body_style(&self, style: BodyStyle) {
        self.shared.lock().body_style = style;
    }

    /// Queues `fault` for the next `count` answers of the 8x8 endpoint (0 = no-op).
    pub fn inject(&self, fault: Fault, count: u32) {
        self.shared.lock().faults.push(fault, count);
    }

    /// Queued faults with their remaining counts, in the order they apply.
    pub fn pending_faults(&self) -> Vec<(Fault, u32)> {
        self.shared.lock().faults.pending()
    }

    /// Drops all queued faults.
    pub fn clear_faults(&self) {
        self.shared.lock().faults.clear();
    }

    /// The agent's current state, if the tenant has exactly one such agent.
    pub fn agent(&self, tenant: &str, who: AgentRef<'_>) -> Option<AgentState> {
        self.shared.lock().agent_mut(tenant, who).map(|a| a.clone())
    }

    /// Starts or ends the agent's call (either change clears `paused` and publishes the
    /// call's events); false if unknown.
    pub fn set_call(&self, tenant: &str, who: AgentRef<'_>, on_call: bool) -> bool {
        self.shared.lock().set_call(tenant, who, on_call).is_some()
    }

    /// Enables or disables recording for the agent; false if unknown.
    pub fn set_recording_enabled(&self, tenant: &str, who: AgentRef<'_>, enabled: bool) -> bool {
        let mut st = self.shared.lock();
        match st.agent_mut(tenant, who) {
            Some(a) => {
                a.recording_enabled = enabled;
                true
            }
            None => false,
        }
    }

    /// Replaces the tenant's agent that has the same e-mail (or, without e-mail, agent id),
    /// or adds it; false if the tenant is unknown or the agent has no identifier.
    pub fn upsert_agent(&self, tenant: &str, agent: AgentState) -> bool {
        let who = match (&agent.email, &agent.agent_id) {
            (Some(e), _) => AgentRef::Email(e),
            (None, Some(id)) => AgentRef::AgentId(id),
            (None, None) => return false,
        };
        let mut st = self.shared.lock();
        let Some(t) = st.tenant_mut(tenant) else {
            return false;
        };
        match t.agents.iter_mut().find(|a| a.matches(who)) {
            Some(existing) => *existing = agent.clone(),
            None => t.agents.push(agent.clone()),
        }
        true
    }

    /// Restores the initial scenario (agents, body style) and clears faults and the log.
    pub fn reset(&self) {
        self.shared.lock().reset();
    }

    /// Stops accepting, ends open connections (stream connections get a close frame,
    /// 1001) and waits until the server's tasks are done.
    pub async fn shutdown(self) {
        self.shared.stop.send_replace(true);
        let task = self
            .guard
            .task
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(task) = task {
            let _ = task.await;
        }
        let mut streams = std::mem::replace(
            &mut *self
                .shared
                .stream_tasks
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
            JoinSet::new(),
        );
        let drained = tokio::time::timeout(STREAM_CLOSE_WAIT, async {
            while streams.join_next().await.is_some() {}
        })
        .await;
        if drained.is_err() {
            streams.shutdown().await;
        }
    }
}
