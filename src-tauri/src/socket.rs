//! The local control socket: `rcctl` and other local tools drive the running
//! app through it, so the tray, notifications and audit log stay consistent.

use crate::engine::Engine;
use crate::error::AppError;
use crate::notifications::Notifier;
use crate::view;
use rccontrol::control_socket::protocol::{ActionReply, ControlFailure, ErrorKind, StatusReply};
use rccontrol::control_socket::{ControlServer, ControlTarget, ServerHandle, socket_address};
use rccontrol::state::now_ms;
use rccontrol::tr;
use rccontrol::{Action, Trigger};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use tauri::{AppHandle, Manager};

/// The engine as seen by socket clients.
struct EngineTarget {
    engine: Arc<Engine>,
}

impl EngineTarget {
    fn state(&self) -> (rccontrol::BelievedState, String, bool) {
        let snapshot = self.engine.snapshot();
        let line = view::state_line(&snapshot, now_ms(), &self.engine.texts().get());
        (snapshot.state, line, self.engine.is_demo())
    }
}

impl ControlTarget for EngineTarget {
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        // Queue now, so requests keep the order they arrived in.
        let pending = self.engine.request(action, trigger);
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
}

/// The running server (managed state), stopped when the app quits.
#[derive(Debug, Default)]
pub struct SocketServer(std::sync::Mutex<Option<ServerHandle>>);

/// Stops the server and removes the socket file (before quitting).
pub async fn stop(app: &AppHandle) {
    let handle = app
        .try_state::<SocketServer>()
        .and_then(|s| s.0.lock().unwrap_or_else(|p| p.into_inner()).take());
    if let Some(handle) = handle {
        tracing::info!("stopping the control socket");
        handle.shutdown().await;
    }
}

/// Binds the per-user socket and serves it. A failure (e.g. another instance
/// without single-instance support holds it) is reported; the app keeps running.
pub fn start(app: &AppHandle, config_dir_overridden: bool) {
    let engine = app.state::<Arc<Engine>>().inner().clone();
    let address = match socket_address(engine.paths(), config_dir_overridden) {
        Ok(a) => a,
        Err(e) => return report(app, &e.to_string()),
    };
    let bound = tauri::async_runtime::block_on(async {
        ControlServer::bind(address).await.map(|server| {
            let address = server.address().to_string();
            (server.spawn(Arc::new(EngineTarget { engine })), address)
        })
    });
    match bound {
        Ok((handle, address)) => {
            tracing::info!(%address, "control socket ready");
            app.manage(SocketServer(std::sync::Mutex::new(Some(handle))));
        }
        Err(e) => report(app, &e.to_string()),
    }
}

fn report(app: &AppHandle, problem: &str) {
    tracing::error!(problem, "control socket");
    let l = app.state::<Arc<crate::engine::Engine>>().texts().get();
    app.state::<Arc<Notifier>>().info(
        app,
        &tr!(l, "socket-failed-title"),
        &tr!(l, "socket-failed-body", detail = problem),
    );
}

/// Quits the app: the control socket is removed first, so `rcctl` goes
/// direct at once instead of finding a dead socket.
pub fn quit(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        stop(&app).await;
        app.exit(0);
    });
}
