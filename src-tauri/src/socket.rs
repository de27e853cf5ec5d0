//! The local control socket: `rcctl` and other local tools drive the running
//! app through it, so the tray, notifications and audit log stay consistent.

use crate::app::App;
use crate::error::AppError;
use crate::view;
use rccontrol::control_socket::protocol::{ActionReply, ControlFailure, ErrorKind, StatusReply};
use rccontrol::control_socket::{
    BindError, ControlServer, ControlTarget, ServerHandle, WindowSession, socket_address,
};
use rccontrol::state::now_ms;
use rccontrol::tr;
use rccontrol::{Action, Trigger};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The app as seen by socket clients.
struct AppTarget {
    app: App,
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
        }
    }

    fn open(&self) -> Result<(), ControlFailure> {
        tracing::info!("second launch: opening the settings window");
        crate::settings_window::open_settings(&self.app);
        Ok(())
    }

    fn has_window(&self) -> bool {
        true
    }

    fn window(&self, session: WindowSession) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        Box::pin(crate::settings_window::serve(self.app.clone(), session))
    }
}

/// The running server, stopped when the app quits.
#[derive(Debug, Default)]
pub struct SocketServer(std::sync::Mutex<Option<ServerHandle>>);

/// Stops the server and removes the socket file (before quitting).
pub async fn stop(app: &App) {
    let handle = app
        .socket
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take();
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

/// Serves the bound socket; a socket that could not be bound is reported
/// (rcctl then calls 8x8 directly), and the app keeps running.
pub fn serve(app: &App, bound: Bound) {
    let server = match bound {
        Bound::Ours(server) => server,
        Bound::Failed(problem) => return report(app, &problem),
        Bound::Lost => return report(app, "another instance holds the control socket"),
    };
    let address = server.address().clone();
    // Known before the first request is served (`open` starts the window,
    // which connects there).
    *app.window.address.lock().unwrap_or_else(|p| p.into_inner()) = Some(address.clone());
    let _entered = app.rt.enter();
    let handle = server.spawn(Arc::new(AppTarget { app: app.clone() }));
    tracing::info!(%address, "control socket ready");
    *app.socket.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(handle);
}

fn report(app: &App, problem: &str) {
    tracing::error!(problem, "control socket");
    let l = app.engine.texts().get();
    app.notifier.info(
        &tr!(l, "socket-failed-title"),
        &tr!(l, "socket-failed-body", detail = problem),
    );
}
