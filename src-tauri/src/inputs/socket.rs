//! The local control socket: `rcctl` and other local tools drive the running
//! app through it, so the tray, notifications and audit log stay consistent.

use crate::engine::Engine;
use crate::error::AppError;
use crate::press::Press;
use crate::ui_events::{UiEvent, UiSender};
use crate::view;
use rccontrol::control_socket::protocol::{ActionReply, ControlFailure, ErrorKind, StatusReply};
use rccontrol::control_socket::{
    BindError, ControlServer, ControlTarget, ServerHandle, SocketAddress, WindowSession,
    socket_address,
};
use rccontrol::state::now_ms;
use rccontrol::tr;
use rccontrol::{Action, Trigger};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// What the socket hands on to the rest of the app: a second launch's "open
/// the settings window", and the settings window's own session. The
/// composition root implements it; the socket knows no output.
pub trait SocketHost: Send + Sync + 'static {
    /// Opens (or brings to the front) the settings window.
    fn open_settings(&self);
    /// Serves a settings window's session until it ends.
    fn serve_window(&self, session: WindowSession) -> Pin<Box<dyn Future<Output = ()> + Send>>;
}

/// What the socket needs: the engine (state, texts), the press, the UI loop
/// (to tell the agent), and its host.
#[derive(Clone)]
pub struct SocketInput {
    /// The engine.
    pub engine: Arc<Engine>,
    /// The one way to ask for an action.
    pub press: Press,
    /// The UI loop.
    pub events: UiSender,
    /// Where "open" and window sessions go.
    pub host: Arc<dyn SocketHost>,
}

impl std::fmt::Debug for SocketInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SocketInput").finish_non_exhaustive()
    }
}

/// The app as seen by socket clients.
struct AppTarget {
    app: SocketInput,
}

impl AppTarget {
    fn state(&self) -> (rccontrol::BelievedState, String, bool) {
        let engine = &self.app.engine;
        let snapshot = engine.snapshot();
        let line = view::state_line(&snapshot, now_ms(), &engine.texts().get());
        (snapshot.state, line, engine.is_demo())
    }

    /// `e` as the socket's refusal: its typed kind and its message in the
    /// agent's language (never a secret: [`AppError`] carries none).
    fn refusal(&self, e: &AppError) -> ControlFailure {
        let kind = match e {
            AppError::Throttled(_) => ErrorKind::Throttled,
            _ => ErrorKind::Unavailable,
        };
        let l = self.app.engine.texts().get();
        ControlFailure::new(kind, crate::error::localized(e, &l)).with_reason(e.kind().as_str())
    }
}

impl ControlTarget for AppTarget {
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        // A link handed over by a second launch: obeyed only when links are on.
        if trigger == Trigger::Link && !self.app.press.links_on(action) {
            let l = self.app.engine.texts().get();
            let refused = ControlFailure::unavailable(tr!(l, "link-off-body"));
            return Box::pin(async move { Err(refused) });
        }
        // A link's pause: the agent confirms it in the notification.
        if trigger == Trigger::Link && self.app.press.link_waits(action) {
            let l = self.app.engine.texts().get();
            let waiting = ControlFailure::unavailable(tr!(l, "link-confirm-title"));
            return Box::pin(async move { Err(waiting) });
        }
        // Queue now, so requests keep the order they arrived in.
        let pending = self.app.press.request(action, trigger);
        // A link's launcher shows no output: a refusal is said on screen.
        if let (Trigger::Link, Err(e)) = (trigger, &pending) {
            if !matches!(e, AppError::Throttled(_)) {
                self.app.press.refused(action, e);
            }
        }
        Box::pin(async move {
            let pending = pending.map_err(|e| self.refusal(&e))?;
            let report = pending.await.map_err(|e| self.refusal(&e))?;
            let (state, state_line, demo) = self.state();
            Ok(ActionReply {
                report: (&report).into(),
                state,
                state_line,
                demo,
            })
        })
    }

    fn status(&self) -> StatusReply {
        let (state, state_line, demo) = self.state();
        StatusReply {
            state,
            state_line,
            demo,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            stream: Some(self.app.engine.stream_state().as_ref().into()),
        }
    }

    fn open(&self) -> Result<(), ControlFailure> {
        tracing::info!("second launch: opening the settings window");
        self.app.host.open_settings();
        Ok(())
    }

    fn has_window(&self) -> bool {
        true
    }

    fn window(&self, session: WindowSession) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        self.app.host.serve_window(session)
    }
}

/// The running server, stopped when the app quits.
#[derive(Debug, Default)]
pub struct SocketServer(std::sync::Mutex<Option<ServerHandle>>);

/// Stops the server and removes the socket file (before quitting).
pub async fn stop(server: &SocketServer) {
    let handle = server.0.lock().unwrap_or_else(|p| p.into_inner()).take();
    if let Some(handle) = handle {
        tracing::info!("stopping the control socket");
        handle.shutdown().await;
    }
}

/// The outcome of binding the control socket at start.
#[derive(Debug)]
pub enum Bound {
    /// Bound: this instance is the app.
    Ours(ControlServer),
    /// Another instance bound it first: hand over to it.
    Lost,
    /// The socket cannot be used (e.g. the path is too long); the app runs
    /// without it and says so.
    Failed(String),
}

/// Binds the per-user socket (not serving yet).
pub async fn bind(paths: &rccontrol::Paths, config_dir_overridden: bool) -> Bound {
    let address = match socket_address(paths, config_dir_overridden) {
        Ok(a) => a,
        Err(e) => return Bound::Failed(e.to_string()),
    };
    match ControlServer::bind(address).await {
        Ok(server) => Bound::Ours(server),
        Err(BindError::AlreadyRunning { .. }) => Bound::Lost,
        Err(e) => Bound::Failed(e.to_string()),
    }
}

/// The address a bound socket will serve on (the settings window connects
/// there), before it serves.
pub fn address(bound: &Bound) -> Option<SocketAddress> {
    match bound {
        Bound::Ours(server) => Some(server.address().clone()),
        _ => None,
    }
}

/// Serves the bound socket (on the current runtime) into `running`; a socket
/// that could not be bound is reported (rcctl then calls 8x8 directly), and
/// the app keeps running.
pub fn serve(input: SocketInput, bound: Bound, running: &SocketServer) {
    let server = match bound {
        Bound::Ours(server) => server,
        Bound::Failed(problem) => return report(&input, &problem),
        Bound::Lost => return report(&input, "another instance holds the control socket"),
    };
    let address = server.address().clone();
    let handle = server.spawn(Arc::new(AppTarget { app: input }));
    tracing::info!(%address, "control socket ready");
    *running.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(handle);
}

fn report(input: &SocketInput, problem: &str) {
    tracing::error!(problem, "control socket");
    let l = input.engine.texts().get();
    let _ = input.events.send(UiEvent::Notice {
        title: tr!(l, "socket-failed-title"),
        body: tr!(l, "socket-failed-body", detail = problem),
    });
}
