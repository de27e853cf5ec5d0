//! The engine: which mode the app is in (not configured, real, demo), the
//! controller of that mode, and the one entry point every surface (tray,
//! hotkeys, socket, window) sends actions through.

use crate::error::AppError;
use crate::ui_events::{GuardNotices, UiEvent, UiSender, UiSink};
use rccontrol::configure::{self, Applied};
use rccontrol::guard::{self, Guard};
use rccontrol::i18n::Preference;
use rccontrol::live::{LiveHandle, LiveInbox, StreamCredential, StreamState};
use rccontrol::throttle::Throttle;
use rccontrol::{
    Action, BelievedState, ClientOptions, Controller, EventSink, Paths, Policy, Report, Safety,
    Session, SessionError, Settings, TokenError, TokenStore, Trigger,
};
use rccontrol::{Localizer, Texts, tr};
use rccontrol_demo::Demo;
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
    /// Watches the controller of the mode (reminders, auto-resume, rules).
    guard: Option<Guard>,
    /// The live state from 8x8's event stream, when switched on and set up.
    live: Option<LiveHandle>,
    policy: Policy,
    safety: Safety,
    /// Whether the paused badge shows, and its corner (from the settings).
    badge: (bool, String),
    /// The foreground window's title, as last reported.
    title: Option<String>,
    /// The last session could not open because the keychain was unreachable
    /// or refused (locked at login, its daemon not started yet): the next
    /// press opens it again instead of refusing at once.
    keychain_was_out: bool,
}

/// The tray process's engine: mode, controller and guard, behind one lock.
pub struct Engine {
    paths: Paths,
    store: TokenStore,
    ui: UiSender,
    throttle: Throttle,
    texts: Texts,
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
    /// The event stream's state (`None`: live state off).
    #[serde(skip)]
    pub stream: Option<StreamState>,
}

impl Engine {
    /// The agent's language, shared with the controller and every surface.
    pub fn texts(&self) -> &Texts {
        &self.texts
    }

    /// An engine that is not configured yet; call [`Engine::reload`] to read settings.
    pub fn new(paths: Paths, store: TokenStore, ui: UiSender) -> Self {
        Self {
            texts: Texts::new(Localizer::for_preference(
                &language_override().unwrap_or_default(),
            )),
            paths,
            store,
            ui,
            throttle: Throttle::default(),
            inner: Mutex::new(Inner {
                mode: Mode::NotConfigured {
                    reason: "Not configured".into(),
                },
                controller: None,
                demo: None,
                guard: None,
                live: None,
                policy: Policy::none(),
                safety: Safety::default(),
                badge: (true, String::new()),
                title: None,
                keychain_was_out: false,
            }),
        }
    }

    /// Starts the live link of `session`'s controller when live state is on;
    /// says why not when it is on but cannot start.
    fn start_live(
        &self,
        session: &Session,
        controller: &Controller,
        inbox: LiveInbox,
    ) -> Option<LiveHandle> {
        let config = session.config.live.as_ref()?;
        let l = self.texts.get();
        let Some(credential) = &session.stream_credential else {
            let _ = self.ui.send(UiEvent::Notice {
                title: tr!(l, "live-down-title"),
                body: tr!(l, "live-no-credential"),
            });
            return None;
        };
        match LiveHandle::spawn(
            config,
            &session.config.tenant,
            StreamCredential::new(credential.expose()),
            session.config.ca_file.as_deref(),
            controller.clone(),
            inbox,
        ) {
            Ok(live) => Some(live),
            Err(e) => {
                tracing::warn!(error = %e, "live state not started");
                let _ = self.ui.send(UiEvent::Notice {
                    title: tr!(l, "live-down-title"),
                    body: e.to_string(),
                });
                None
            }
        }
    }

    /// The event stream's state: `None` when live state is off.
    pub fn stream_state(&self) -> Option<StreamState> {
        self.snapshot().stream
    }

    /// True while the state shown comes from 8x8's event stream.
    pub fn is_live(&self) -> bool {
        self.stream_state() == Some(StreamState::Live)
    }

    /// The sinks a controller of this app gets, and the guard inbox to match.
    fn sinks(&self) -> (Vec<Arc<dyn EventSink>>, guard::GuardInbox) {
        let (guard_sink, inbox) = guard::channel();
        let sinks: Vec<Arc<dyn EventSink>> =
            vec![Arc::new(UiSink::new(self.ui.clone())), Arc::new(guard_sink)];
        (sinks, inbox)
    }

    /// Starts the guard over `controller` with the current safety settings and title.
    fn guard(&self, controller: &Controller, inbox: guard::GuardInbox) -> Guard {
        let (safety, title) = {
            let inner = self.lock();
            (inner.safety.clone(), inner.title.clone())
        };
        let guard = Guard::spawn(
            controller.clone(),
            inbox,
            safety,
            Arc::new(GuardNotices::new(self.ui.clone())),
        );
        guard.set_title(title);
        guard
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
            stream: match &inner.demo {
                Some(demo) => Some(demo.live.stream_state()),
                None => inner.live.as_ref().map(LiveHandle::stream_state),
            },
        }
    }

    /// The settings in force: the agent's file under the admin policy
    /// (defaults when missing or unreadable).
    pub fn settings(&self) -> Settings {
        Settings::load_effective(&self.paths.settings_file(), &self.policy()).unwrap_or_default()
    }

    /// The admin policy read at the last reload.
    pub fn policy(&self) -> Policy {
        self.lock().policy.clone()
    }

    /// Whether the paused badge shows, and its corner, as last read from the settings.
    pub fn badge(&self) -> (bool, String) {
        self.lock().badge.clone()
    }

    /// The safety settings in force.
    pub fn safety(&self) -> Safety {
        self.lock().safety.clone()
    }

    /// The foreground window's title changed; the guard applies the rules.
    pub fn set_title(&self, title: Option<String>) {
        let mut inner = self.lock();
        if let Some(guard) = &inner.guard {
            guard.set_title(title.clone());
        }
        inner.title = title;
    }

    /// Switches the language when the setting (or `RCCONTROL_LANG`) changed it.
    fn set_language(&self, settings: &Settings) {
        let wanted = language_override().unwrap_or_else(|| settings.language());
        let tag = wanted.resolve(&rccontrol::i18n::os_locales());
        if tag != self.texts.get().tag() {
            tracing::info!(language = tag, "language");
            self.texts.set(Localizer::new(tag));
        }
    }

    /// Re-reads the admin policy and the safety settings (throttle, guard).
    fn reload_policy(&self) {
        let policy = Policy::load_system();
        let settings =
            Settings::load_effective(&self.paths.settings_file(), &policy).unwrap_or_default();
        let safety = settings.safety();
        self.set_language(&settings);
        self.throttle.set_window(safety.throttle);
        let mut inner = self.lock();
        if let Some(guard) = &inner.guard {
            guard.set_safety(safety.clone());
        }
        inner.policy = policy;
        inner.safety = safety;
        let (shown, corner) = settings.badge();
        inner.badge = (shown, corner.to_owned());
    }

    /// (Re)opens the real session from the stored settings. Sends nothing.
    /// Must run inside the async runtime (it spawns the controller task).
    pub fn reload(&self) {
        self.reload_policy();
        let options = ClientOptions {
            texts: self.texts.clone(),
            ..ClientOptions::default()
        };
        let opened = Session::open(&self.paths, &self.store, &self.policy(), options);
        let keychain_was_out = matches!(
            opened,
            Err(SessionError::Token(
                TokenError::Unavailable { .. } | TokenError::Keychain { .. }
            ))
        );
        let (mode, controller, guard, live) = match opened {
            Ok(session) => {
                let mode = Mode::Real {
                    tenant: session.config.tenant.clone(),
                    host: session.config.host.to_string(),
                };
                let (mut sinks, inbox) = self.sinks();
                let (live_sink, live_inbox) = rccontrol::live::channel();
                sinks.push(Arc::new(live_sink));
                let controller = session.controller(sinks);
                let guard = self.guard(&controller, inbox);
                let live = self.start_live(&session, &controller, live_inbox);
                (mode, Some(controller), Some(guard), live)
            }
            Err(e) => (
                Mode::NotConfigured {
                    reason: not_configured_reason(&e, &self.texts.get()),
                },
                None,
                None,
                None,
            ),
        };
        {
            let mut inner = self.lock();
            inner.mode = mode;
            inner.controller = controller;
            inner.guard = guard;
            inner.live = live;
            inner.demo = None;
            inner.keychain_was_out = keychain_was_out;
        }
        let _ = self.ui.send(UiEvent::ModeChanged);
    }

    /// Switches to the built-in simulator; real settings stay untouched.
    pub async fn start_demo(&self) -> Result<(), AppError> {
        if self.is_demo() {
            return Ok(());
        }
        self.reload_policy();
        let (sinks, inbox) = self.sinks();
        let demo = Demo::start_with(sinks, self.texts.clone())
            .await
            .map_err(|e| AppError::Demo(e.to_string()))?;
        let guard = self.guard(&demo.controller, inbox);
        {
            let mut inner = self.lock();
            inner.mode = Mode::Demo {
                url: demo.sim.base_url(),
            };
            inner.controller = Some(demo.controller.clone());
            inner.guard = Some(guard);
            inner.live = None;
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
        token: configure::NewToken<'_>,
        credential: configure::NewCredential,
    ) -> Result<Applied, AppError> {
        let policy = Policy::load_system();
        let applied =
            configure::apply_full(&self.paths, &self.store, &policy, wanted, token, credential)?;
        if self.is_demo() {
            self.leave_demo().await;
        } else {
            self.reload();
        }
        Ok(applied)
    }

    /// The controller of the mode. When the keychain was out at the last
    /// open, the session is opened again first: the agent who unlocked it
    /// after the app started is not told "not configured" until a restart.
    /// Must run inside the async runtime (see [`Engine::reload`]).
    fn controller(&self) -> Result<Controller, AppError> {
        let retry = {
            let inner = self.lock();
            inner.controller.is_none() && inner.keychain_was_out
        };
        if retry {
            tracing::info!("the keychain was out at the last open: opening the session again");
            self.reload();
        }
        let inner = self.lock();
        match (&inner.controller, &inner.mode) {
            (Some(c), _) => Ok(c.clone()),
            (None, Mode::NotConfigured { reason }) => Err(AppError::NotConfigured(reason.clone())),
            (None, _) => Err(AppError::NotConfigured(tr!(
                self.texts.get(),
                "not-configured"
            ))),
        }
    }

    /// Queues an action now (so presses keep their order) and returns the
    /// future of its report. A repeated press within the throttle window is
    /// dropped here, before the controller.
    pub fn request(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Result<impl Future<Output = Result<Report, AppError>> + Send + use<>, AppError> {
        let controller = self.controller()?;
        self.throttle.admit(action, trigger)?;
        let pending = controller.request(action, trigger);
        Ok(async move { pending.await.map_err(|_| AppError::Stopped) })
    }

    /// The action a toggle sends now: resume when 8x8 accepted a pause that
    /// is still current, else pause (a pause in doubt is made sure).
    pub fn toggle_action(&self) -> Action {
        match self.snapshot().state {
            BelievedState::Paused { .. } | BelievedState::LivePaused { .. } => Action::Resume,
            _ => Action::Pause,
        }
    }
}

/// `RCCONTROL_LANG`, when set to a shipped language (or `auto`), wins over
/// the setting: for kiosks, scripts and tests.
pub fn language_override() -> Option<Preference> {
    let value = std::env::var("RCCONTROL_LANG")
        .ok()
        .filter(|v| !v.is_empty())?;
    match value.parse() {
        Ok(p) => Some(p),
        Err(e) => {
            tracing::warn!(error = %e, "RCCONTROL_LANG ignored");
            None
        }
    }
}

/// A plain sentence for why the app is not configured.
fn not_configured_reason(e: &SessionError, l: &Localizer) -> String {
    match e {
        SessionError::Settings(rccontrol::SettingsError::NotConfigured { .. }) => {
            tr!(l, "not-configured-reason")
        }
        other => tr!(l, "not-configured-detail", detail = other.to_string()),
    }
}
