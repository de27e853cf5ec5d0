//! The engine: which mode the app is in (not configured, real, demo), the
//! controller of that mode, and the one entry point every surface (tray,
//! hotkeys, socket, window) sends actions through.

use crate::error::AppError;
use crate::ui_events::{UiEvent, UiSender, UiSink};
use rccontrol::configure::{self, Applied};
use rccontrol::demo::Demo;
use rccontrol::{
    Action, BelievedState, ClientOptions, Controller, Paths, Report, Session, SessionError,
    Settings, TokenStore, Trigger,
};
use serde::Serialize;
use std::sync::{Arc, Mutex, MutexGuard};

/// What the app is connected to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mode {
    /// No usable settings or token; `reason` says what is missing.
    NotConfigured {
        /// Plain sentence.
        reason: String,
    },
    /// A real 8x8 tenant.
    Real {
        /// Tenant id.
        tenant: String,
        /// API host.
        host: String,
    },
    /// The built-in simulator.
    Demo {
        /// Its base URL.
        url: String,
    },
}

struct Inner {
    mode: Mode,
    controller: Option<Controller>,
    demo: Option<Demo>,
}

/// Shared app engine (managed state).
pub struct Engine {
    paths: Paths,
    store: TokenStore,
    ui: UiSender,
    inner: Mutex<Inner>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("mode", &self.mode())
            .finish()
    }
}

/// The mode and believed state at one moment.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    /// Connection mode.
    pub mode: Mode,
    /// Believed recording state.
    pub state: BelievedState,
}

impl Engine {
    /// An engine that is not configured yet; call [`Engine::reload`] to read settings.
    pub fn new(paths: Paths, store: TokenStore, ui: UiSender) -> Self {
        Self {
            paths,
            store,
            ui,
            inner: Mutex::new(Inner {
                mode: Mode::NotConfigured {
                    reason: "Not configured".into(),
                },
                controller: None,
                demo: None,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Where files live.
    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// The token store.
    pub fn store(&self) -> &TokenStore {
        &self.store
    }

    /// The current mode.
    pub fn mode(&self) -> Mode {
        self.lock().mode.clone()
    }

    /// True in demo mode.
    pub fn is_demo(&self) -> bool {
        matches!(self.lock().mode, Mode::Demo { .. })
    }

    /// Mode and believed state now.
    pub fn snapshot(&self) -> Snapshot {
        let inner = self.lock();
        Snapshot {
            mode: inner.mode.clone(),
            state: inner
                .controller
                .as_ref()
                .map_or(BelievedState::Unknown, Controller::state),
        }
    }

    /// The settings on disk (defaults when missing or unreadable).
    pub fn settings(&self) -> Settings {
        Settings::load(&self.paths.settings_file()).unwrap_or_default()
    }

    /// (Re)opens the real session from the stored settings. Sends nothing.
    /// Must run inside the async runtime (it spawns the controller task).
    pub fn reload(&self) {
        let opened = Session::open(&self.paths, &self.store, ClientOptions::default());
        let (mode, controller) = match opened {
            Ok(session) => {
                let mode = Mode::Real {
                    tenant: session.config.tenant.clone(),
                    host: session.config.host.to_string(),
                };
                let sink = Arc::new(UiSink::new(self.ui.clone()));
                (mode, Some(session.controller(vec![sink])))
            }
            Err(e) => (
                Mode::NotConfigured {
                    reason: not_configured_reason(&e),
                },
                None,
            ),
        };
        {
            let mut inner = self.lock();
            inner.mode = mode;
            inner.controller = controller;
            inner.demo = None;
        }
        let _ = self.ui.send(UiEvent::ModeChanged);
    }

    /// Switches to the built-in simulator; real settings stay untouched.
    pub async fn start_demo(&self) -> Result<(), AppError> {
        if self.is_demo() {
            return Ok(());
        }
        let sink = Arc::new(UiSink::new(self.ui.clone()));
        let demo = Demo::start(vec![sink])
            .await
            .map_err(|e| AppError::Demo(e.to_string()))?;
        {
            let mut inner = self.lock();
            inner.mode = Mode::Demo {
                url: demo.sim.base_url(),
            };
            inner.controller = Some(demo.controller.clone());
            inner.demo = Some(demo);
        }
        let _ = self.ui.send(UiEvent::ModeChanged);
        Ok(())
    }

    /// Leaves demo mode and returns to the real settings.
    pub async fn leave_demo(&self) {
        let demo = self.lock().demo.take();
        self.reload();
        if let Some(demo) = demo {
            demo.shutdown().await;
        }
    }

    /// The audit log of the current mode (the demo keeps its own).
    pub fn audit_log(&self) -> std::path::PathBuf {
        match &self.lock().demo {
            Some(demo) => demo.paths().audit_log(),
            None => self.paths.audit_log(),
        }
    }

    /// Validates and saves settings (and the token, when given), then reopens
    /// the session. Leaves demo mode. Sends nothing to 8x8.
    pub async fn apply_settings(
        &self,
        wanted: &Settings,
        token: Option<&str>,
    ) -> Result<Applied, AppError> {
        let applied = configure::apply(&self.paths, &self.store, wanted, token)?;
        if self.is_demo() {
            self.leave_demo().await;
        } else {
            self.reload();
        }
        Ok(applied)
    }

    fn controller(&self) -> Result<Controller, AppError> {
        let inner = self.lock();
        match (&inner.controller, &inner.mode) {
            (Some(c), _) => Ok(c.clone()),
            (None, Mode::NotConfigured { reason }) => Err(AppError::NotConfigured(reason.clone())),
            (None, _) => Err(AppError::NotConfigured("Not configured".into())),
        }
    }

    /// Queues an action now (so presses keep their order) and returns the
    /// future of its report.
    pub fn request(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Result<impl Future<Output = Result<Report, AppError>> + Send + use<>, AppError> {
        let pending = self.controller()?.request(action, trigger);
        Ok(async move { pending.await.map_err(|_| AppError::Stopped) })
    }

    /// Sends an action through the controller of the current mode.
    pub async fn act(&self, action: Action, trigger: Trigger) -> Result<Report, AppError> {
        self.request(action, trigger)?.await
    }

    /// The action a toggle sends now: resume when believed paused, else pause.
    pub fn toggle_action(&self) -> Action {
        match self.snapshot().state {
            BelievedState::Paused { .. } => Action::Resume,
            _ => Action::Pause,
        }
    }
}

/// A plain sentence for why the app is not configured.
fn not_configured_reason(e: &SessionError) -> String {
    match e {
        SessionError::Settings(rccontrol::SettingsError::NotConfigured { .. }) => {
            "Not configured — open Settings… or try the demo".into()
        }
        other => format!("Not configured: {other}"),
    }
}
