//! The window's end of its session with the tray app: numbered calls answered
//! out of order, and the app's events.

use rccontrol::control_socket::protocol::ErrorKind;
use rccontrol::control_socket::{ClientError, Outbox, SocketAddress, WindowLimits, connect_window};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager};
use tokio::sync::{mpsc, oneshot};

/// How long connecting and the first reply may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Why the window cannot open.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    /// No app answers, or it refused the session.
    #[error("Recording Control is not running or did not answer: {0}")]
    Unreachable(String),
    /// Another settings window is connected (the app brings it to the front).
    #[error("a settings window is already open")]
    AlreadyOpen,
    /// The running app is another version (updated while it ran).
    #[error("the running app is version {app} and this window {window}: restart the app")]
    OtherVersion {
        /// The app's version.
        app: String,
        /// This window's version.
        window: &'static str,
    },
}

/// An event from the app: its name and payload.
pub type AppEvent = (String, Option<Value>);

type Pending = Mutex<HashMap<u64, oneshot::Sender<Result<Value, Value>>>>;

/// Calls to the app; cheap to clone.
#[derive(Clone)]
pub struct Link {
    tx: Outbox,
    pending: Arc<Pending>,
    next: Arc<AtomicU64>,
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Link").finish_non_exhaustive()
    }
}

/// The error a call gets once the app is gone, shaped like the app's errors.
fn gone() -> Value {
    json!({"kind": "stopped", "message": "Recording Control has quit", "fields": []})
}

impl Link {
    /// Opens the session; returns the link and the app's events (the channel
    /// ends when the app closes the session).
    pub async fn connect(
        address: &SocketAddress,
    ) -> Result<(Link, mpsc::UnboundedReceiver<AppEvent>), Refused> {
        let (status, session) =
            connect_window(address, CONNECT_TIMEOUT)
                .await
                .map_err(|e| match e {
                    ClientError::Refused(f) if f.kind == ErrorKind::WindowOpen => {
                        Refused::AlreadyOpen
                    }
                    e => Refused::Unreachable(e.to_string()),
                })?;
        // The page and its calls must match the running app's.
        let ours = env!("CARGO_PKG_VERSION");
        if status.app_version != ours {
            return Err(Refused::OtherVersion {
                app: status.app_version,
                window: ours,
            });
        }
        tracing::info!(app = %status.app_version, "settings window connected to the app");
        let (tx, mut incoming) = session.start(WindowLimits::WINDOW);
        let (events_tx, events) = mpsc::unbounded_channel::<AppEvent>();
        let pending: Arc<Pending> = Arc::default();
        let answers = pending.clone();
        tokio::spawn(async move {
            while let Some(received) = incoming.next().await {
                let Ok(message) = serde_json::from_slice::<Value>(&received.line) else {
                    tracing::warn!("malformed line from the app");
                    continue;
                };
                if let Some(name) = message.get("event").and_then(Value::as_str) {
                    let _ = events_tx.send((name.to_owned(), message.get("payload").cloned()));
                    continue;
                }
                let Some(id) = message.get("id").and_then(Value::as_u64) else {
                    continue;
                };
                let waiting = answers
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .remove(&id);
                if let Some(waiting) = waiting {
                    let answer = if message.get("ok").and_then(Value::as_bool) == Some(true) {
                        Ok(message.get("value").cloned().unwrap_or(Value::Null))
                    } else {
                        Err(message.get("error").cloned().unwrap_or_else(gone))
                    };
                    let _ = waiting.send(answer);
                }
            }
            // The app quit: every waiting call fails, and the events end.
            answers.lock().unwrap_or_else(|p| p.into_inner()).clear();
            drop(events_tx);
        });
        Ok((
            Link {
                tx,
                pending,
                next: Arc::new(AtomicU64::new(1)),
            },
            events,
        ))
    }

    /// Calls `cmd` in the app with `args`; the app's answer, or its error
    /// (`{kind, message, fields}`).
    pub async fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        // The call's name only: its arguments may hold the token.
        tracing::trace!(id, cmd, "call to the app");
        let (answer_tx, answer) = oneshot::channel();
        self.pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(id, answer_tx);
        let line = json!({"id": id, "cmd": cmd, "args": args}).to_string();
        if !self.tx.send(line) {
            self.pending
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&id);
            return Err(gone());
        }
        answer.await.unwrap_or_else(|_| Err(gone()))
    }
}

/// Delivers the app's events to the window until the app quits, then closes it.
pub async fn pump(
    app: AppHandle,
    label: &'static str,
    mut events: mpsc::UnboundedReceiver<AppEvent>,
) {
    while let Some((name, payload)) = events.recv().await {
        if name == "focus" {
            if let Some(w) = app.get_webview_window(label) {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
            }
        } else if let Err(e) = app.emit_to(label, &name, payload) {
            tracing::warn!(error = %e, name, "event not delivered to the page");
        }
    }
    tracing::info!("the app has quit: closing the settings window");
    app.exit(0);
}
