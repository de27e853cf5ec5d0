//! The local control socket: `rcctl` and other local tools drive the running
//! app through it, so the tray, notifications and audit log stay consistent.

use crate::app::App;
use crate::error::AppError;
use crate::view;
use rccontrol::control_socket::protocol::{ActionReply, ControlFailure, ErrorKind, StatusReply};
use rccontrol::control_socket::{
    ControlServer, ControlTarget, ServerHandle, WindowSession, socket_address,
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
}

impl ControlTarget for AppTarget {
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        // A link handed over by a second launch: obeyed only when links are on.
        if trigger == Trigger::Link && !crate::deep_link::allowed(&self.app, action) {
            let l = self.app.engine.texts().get();
            let refused = ControlFailure::unavailable(tr!(l, "link-off-body"));
            return Box::pin(async move { Err(refused) });
        }
        // Queue now, so requests keep the order they arrived in.
        let pending = self.app.engine.request(action, trigger);
        Box::pin(async move {
            let pending = pending.map_err(|e| match e {
                AppError::Throttled(t) => ControlFailure::new(ErrorKind::Throttled, t.to_string()),
                e => ControlFailure::unavailable(e.to_string()),
            })?;
            let report = pending
                .await
                .map_err(|e| ControlFailure::unavailable(e.to_string()))?;
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
        crate::window::open_settings(&self.app);
        Ok(())
    }

    fn has_window(&self) -> bool {
        true
    }

    fn window(&self, session: WindowSession) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        Box::pin(crate::window::serve(self.app.clone(), session))
    }
}

/// The running server (managed state), stopped when the app quits.
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

/// Binds the per-user socket and serves it. A failure (e.g. an app of another
/// version holds it) is reported; the app keeps running.
pub fn start(app: &App) {
    let address = match socket_address(app.engine.paths(), app.config_dir_overridden) {
        Ok(a) => a,
        Err(e) => return report(app, &e.to_string()),
    };
    let target = Arc::new(AppTarget { app: app.clone() });
    let bound = app.rt.block_on(async {
        ControlServer::bind(address).await.map(|server| {
            let address = server.address().clone();
            (server.spawn(target), address)
        })
    });
    match bound {
        Ok((handle, address)) => {
            tracing::info!(%address, "control socket ready");
            *app.window.address.lock().unwrap_or_else(|p| p.into_inner()) = Some(address);
            *app.socket.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(handle);
        }
        // Another instance started at the same moment and bound first: it is
        // the app; this one leaves (one tray, one socket).
        Err(e @ rccontrol::control_socket::BindError::AlreadyRunning { .. }) => {
            tracing::warn!(error = %e, "another instance is running: quitting");
            app.quit();
        }
        Err(e) => report(app, &e.to_string()),
    }
}

fn report(app: &App, problem: &str) {
    tracing::error!(problem, "control socket");
    let l = app.engine.texts().get();
    app.notifier.info(
        &tr!(l, "socket-failed-title"),
        &tr!(l, "socket-failed-body", detail = problem),
    );
}
