//! The settings window's calls (the page's `invoke`s, relayed by the window's
//! process over its session): validate input and call down into the engine and
//! the core; no business logic here. Arguments arrive as the page sent them
//! (camelCase); answers and errors (`{kind, message, fields}`) go back as JSON.

use crate::app::App;
use crate::engine::{Engine, Mode};
use crate::environment::Environment;
use crate::error::{AppError, UiError};
use crate::foreground::{self, ForegroundStatus};
use crate::hotkeys::{self, HotkeyStatus};
use crate::{autostart, view};
use rccontrol::hotkeys::{Hotkeys, MEDIA_KEYS, unsupported_here};
use rccontrol::rules::{AutoPauseRule, RuleSet};
use rccontrol::secret::keychain_service_name;
use rccontrol::state::now_ms;
use rccontrol::{
    Action, AuditEntry, AuditLog, BelievedState, Report, Secret, Settings, Trigger, validate,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Answers one call of the page: `cmd` with its `args` object.
pub async fn call(
    app: &App,
    cmd: &str,
    args: serde_json::Value,
) -> Result<serde_json::Value, UiError> {
    let l = app.engine.texts().get();
    let value = match cmd {
        "ui_texts" => json(ui_texts(&app.engine)),
        "window_title" => json(rccontrol::tr!(l, "window-title")),
        "get_view" => json(build_view(app)),
        "validate_field" => {
            let a: ValidateArgs = parse(&args, &l)?;
            json(
                validate::field(&a.field, &a.value, a.allow_custom_host)
                    .map_err(|e| AppError::Invalid(vec![e]).for_ui(&l))?,
            )
        }
        "save_settings" => {
            let a: FormArgs = parse(&args, &l)?;
            json(save(app, a.form).await.map_err(|e| e.for_ui(&l))?)
        }
        "preview_rules" => {
            let a: RulesArgs = parse(&args, &l)?;
            json(preview_rules(a.rules).map_err(|e| e.for_ui(&l))?)
        }
        "export_audit_csv" => json(export(&app.engine).map_err(|e| e.for_ui(&l))?),
        "check_settings" => {
            let report = app
                .engine
                .act(Action::Resume, Trigger::Window)
                .await
                .map_err(|e| e.for_ui(&l))?;
            json(CheckResult {
                verdict: report.outcome.settings_check_verdict(&l),
                report,
            })
        }
        "act" => {
            let a: ActArgs = parse(&args, &l)?;
            json(
                app.engine
                    .act(a.action, Trigger::Window)
                    .await
                    .map_err(|e| e.for_ui(&l))?,
            )
        }
        "start_demo" => {
            app.engine.start_demo().await.map_err(|e| e.for_ui(&l))?;
            json(build_view(app))
        }
        "leave_demo" => {
            app.engine.leave_demo().await;
            json(build_view(app))
        }
        "set_autostart" => {
            let a: EnabledArgs = parse(&args, &l)?;
            autostart::set(a.enabled).map_err(|e| e.for_ui(&l))?;
            crate::tray::refresh(app, true);
            json(build_view(app))
        }
        "suspend_hotkeys" => {
            let a: SuspendArgs = parse(&args, &l)?;
            json(suspend_hotkeys(app, a.suspended))
        }
        other => {
            return Err(AppError::Shell(format!(
                "the settings window asked for an unknown call {other:?}"
            ))
            .for_ui(&l));
        }
    };
    value.map_err(|e| AppError::Shell(format!("answer not serializable: {e}")).for_ui(&l))
}

fn json<T: Serialize>(value: T) -> serde_json::Result<serde_json::Value> {
    serde_json::to_value(value)
}

/// A call's arguments, or an error that names what is wrong with them.
fn parse<T: DeserializeOwned>(
    args: &serde_json::Value,
    l: &rccontrol::Localizer,
) -> Result<T, UiError> {
    T::deserialize(args).map_err(|e| {
        AppError::Shell(format!("bad arguments from the settings window: {e}")).for_ui(l)
    })
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ValidateArgs {
    field: String,
    value: String,
    allow_custom_host: bool,
}

#[derive(Debug, Deserialize)]
struct FormArgs {
    form: SettingsForm,
}

#[derive(Debug, Deserialize)]
struct RulesArgs {
    rules: Vec<AutoPauseRule>,
}

#[derive(Debug, Deserialize)]
struct ActArgs {
    action: Action,
}

#[derive(Debug, Deserialize)]
struct EnabledArgs {
    enabled: bool,
}

#[derive(Debug, Deserialize)]
struct SuspendArgs {
    suspended: bool,
}

/// Everything the settings page shows. Never contains the token.
#[derive(Debug, Serialize)]
pub struct View {
    mode: Mode,
    demo: bool,
    state: BelievedState,
    state_line: String,
    icon: &'static str,
    settings: Settings,
    settings_problem: Option<String>,
    token_present: bool,
    keychain_service: &'static str,
    keychain_problem: Option<String>,
    hotkeys: Vec<HotkeyStatus>,
    environment: EnvironmentView,
    autostart: bool,
    recent: Vec<AuditEntry>,
    audit_log: PathBuf,
    known_clusters: Vec<String>,
    media_keys: Vec<MediaKey>,
    safety: SafetyView,
    managed: ManagedView,
    foreground: ForegroundStatus,
}

/// The session's findings and the Wayland shortcut portal's status.
#[derive(Debug, Serialize)]
struct EnvironmentView {
    #[serde(flatten)]
    found: Environment,
    portal: hotkeys::portal::PortalStatus,
}

/// The safety settings in force (defaults filled in).
#[derive(Debug, Serialize)]
struct SafetyView {
    reminder_secs: u64,
    max_pause_secs: u64,
    throttle_ms: u64,
    deep_link: bool,
    rules: Vec<AutoPauseRule>,
}

/// The admin policy, for read-only fields and the banner.
#[derive(Debug, Serialize)]
struct ManagedView {
    file: PathBuf,
    active: bool,
    locked: Vec<&'static str>,
    problem: Option<String>,
}

/// A media key and whether it can be bound on this platform.
#[derive(Debug, Serialize)]
struct MediaKey {
    name: &'static str,
    supported: bool,
}

/// What the form sends. `token` is write-only: empty keeps the stored one.
#[derive(Debug, Deserialize)]
pub struct SettingsForm {
    cluster: String,
    tenant: String,
    identity_kind: String,
    identity: String,
    ca_file: String,
    proxy: String,
    allow_custom_host: bool,
    token: Secret,
    hotkeys: Hotkeys,
    autostart: bool,
    reminder_secs: u32,
    max_pause_secs: u32,
    throttle_ms: u32,
    deep_link: bool,
    auto_pause: Vec<AutoPauseRule>,
    /// `auto` or a language tag.
    #[serde(default)]
    language: String,
    #[serde(default = "badge_default")]
    badge: bool,
    #[serde(default)]
    badge_corner: String,
}

fn badge_default() -> bool {
    true
}

impl SettingsForm {
    fn to_settings(&self) -> Settings {
        let opt = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let by_id = self.identity_kind == "agent_id";
        Settings {
            cluster: Some(self.cluster.clone()),
            tenant: Some(self.tenant.clone()),
            email: (!by_id).then(|| self.identity.clone()),
            agent_id: by_id.then(|| self.identity.clone()),
            ca_file: opt(&self.ca_file).map(PathBuf::from),
            proxy: opt(&self.proxy),
            allow_custom_host: self.allow_custom_host,
            hotkeys: self.hotkeys.clone(),
            deep_link: Some(self.deep_link),
            reminder_secs: Some(self.reminder_secs),
            max_pause_secs: Some(self.max_pause_secs),
            throttle_ms: Some(self.throttle_ms),
            auto_pause: Some(self.auto_pause.clone()),
            language: opt(&self.language),
            badge: Some(self.badge),
            badge_corner: opt(&self.badge_corner),
            allowed_hosts: Vec::new(),
        }
    }
}

/// The result of "Check settings".
#[derive(Debug, Serialize)]
pub struct CheckResult {
    report: Report,
    verdict: String,
}

fn build_view(app: &App) -> View {
    let engine = &app.engine;
    let snapshot = engine.snapshot();
    let policy = engine.policy();
    let (settings, settings_problem) =
        match Settings::load_effective(&engine.paths().settings_file(), &policy) {
            Ok(s) => {
                let problem = match s.validate() {
                    Err(rccontrol::SettingsError::NotConfigured { .. }) => None,
                    Err(e) => Some(e.to_string()),
                    Ok(_) => None,
                };
                (s, problem)
            }
            Err(e) => (Settings::default(), Some(e.to_string())),
        };
    let account = settings.validate().ok().map(|(_, c)| c.keychain_account());
    let (token_present, keychain_problem) = match account.map(|a| engine.store().stored(&a)) {
        Some(Ok(t)) => (t.is_some(), None),
        Some(Err(e)) => (false, Some(e.to_string())),
        None => (false, None),
    };
    let recent = AuditLog::new(engine.audit_log())
        .tail(RECENT_ROWS)
        .unwrap_or_default();
    let safety = settings.safety();
    let secs = |d: Option<std::time::Duration>| d.map_or(0, |d| d.as_secs());
    View {
        demo: engine.is_demo(),
        state_line: view::state_line(&snapshot, now_ms(), &engine.texts().get()),
        icon: view::icon_name(&snapshot),
        mode: snapshot.mode,
        state: snapshot.state,
        settings,
        settings_problem,
        token_present,
        keychain_service: keychain_service_name(),
        keychain_problem,
        hotkeys: app.hotkeys.status(),
        environment: EnvironmentView {
            found: app.environment.clone(),
            portal: app.portal.status(),
        },
        autostart: autostart::is_enabled(),
        recent,
        audit_log: engine.audit_log(),
        safety: SafetyView {
            reminder_secs: secs(safety.reminder),
            max_pause_secs: secs(safety.max_pause),
            throttle_ms: u64::try_from(safety.throttle.as_millis()).unwrap_or(u64::MAX),
            deep_link: safety.deep_link,
            rules: safety.rule_list(),
        },
        managed: ManagedView {
            file: policy.path().to_owned(),
            active: policy.is_active(),
            locked: policy.locked().to_vec(),
            problem: policy.problem().map(str::to_owned),
        },
        foreground: app.foreground.status(),
        known_clusters: rccontrol::clusters::known(),
        media_keys: MEDIA_KEYS
            .iter()
            .map(|name| MediaKey {
                name,
                supported: !unsupported_here(name),
            })
            .collect(),
    }
}

/// Rows of the audit table in the window.
const RECENT_ROWS: usize = 50;

/// The settings page's texts in the agent's language (`window.ftl`; a
/// `{$name}` placeholder is left for the page to fill) and the languages offered.
#[derive(Debug, Serialize)]
pub struct UiTexts {
    lang: &'static str,
    texts: std::collections::BTreeMap<String, String>,
    languages: Vec<Language>,
}

/// One language of the picker.
#[derive(Debug, Serialize)]
struct Language {
    tag: &'static str,
    name: &'static str,
}

/// The page's texts; the page calls it at load and after a language change.
fn ui_texts(engine: &Engine) -> UiTexts {
    let l = engine.texts().get();
    UiTexts {
        lang: l.tag(),
        texts: l.file_texts("window.ftl"),
        languages: rccontrol::i18n::LOCALES
            .iter()
            .map(|x| Language {
                tag: x.tag,
                name: x.name,
            })
            .collect(),
    }
}

/// Saves the settings (token to the keychain when given), re-registers the
/// hotkeys and applies start at login. Sends nothing to 8x8.
async fn save(app: &App, form: SettingsForm) -> Result<View, AppError> {
    let engine = &app.engine;
    let token = Some(form.token.expose()).filter(|t| !t.trim().is_empty());
    let deep_link_before = engine.safety().deep_link;
    let applied = engine.apply_settings(&form.to_settings(), token).await?;
    hotkeys::apply(app, &applied.settings.hotkeys);
    foreground::apply(app);
    let deep_link = engine.safety().deep_link;
    if deep_link != deep_link_before {
        crate::deep_link::register(deep_link);
    }
    if form.autostart != autostart::is_enabled() {
        autostart::set(form.autostart)?;
    }
    Ok(build_view(app))
}

/// One window title and the rule it matches, for the rules preview.
#[derive(Debug, Serialize)]
pub struct TitleMatch {
    title: String,
    rule: Option<String>,
}

/// Tests `rules` (as typed, not saved) against the titles of the windows open now.
fn preview_rules(rules: Vec<AutoPauseRule>) -> Result<Vec<TitleMatch>, AppError> {
    let set = RuleSet::compile(&rules).map_err(|e| AppError::Invalid(vec![e]))?;
    let titles = foreground::titles().map_err(AppError::Shell)?;
    Ok(titles
        .into_iter()
        .map(|title| TitleMatch {
            rule: set.find(&title).map(AutoPauseRule::label),
            title,
        })
        .collect())
}

/// Writes the whole audit log (rotated files included) as CSV into the
/// Downloads folder (or the home folder) and returns the file's path.
fn export(engine: &Engine) -> Result<PathBuf, AppError> {
    let entries = AuditLog::new(engine.audit_log())
        .all()
        .map_err(|e| AppError::Shell(format!("reading the audit log: {e}")))?;
    let dir = directories::UserDirs::new()
        .and_then(|u| {
            u.download_dir()
                .map(PathBuf::from)
                .or_else(|| Some(u.home_dir().to_owned()))
        })
        .ok_or_else(|| AppError::Shell("no Downloads or home folder to write to".into()))?;
    let stamp = humantime::format_rfc3339_seconds(std::time::SystemTime::now())
        .to_string()
        .replace([':', '-'], "")
        .replace('T', "-")
        .trim_end_matches('Z')
        .to_owned();
    let demo = if engine.is_demo() { "-demo" } else { "" };
    let path = dir.join(format!("recording-control-audit{demo}-{stamp}.csv"));
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(&dir)?;
        let mut bytes = Vec::new();
        rccontrol::audit::write_csv(&entries, &mut bytes)?;
        rccontrol::atomic_file::write_atomic(&path, &bytes)
    };
    write().map_err(|e| AppError::Shell(format!("writing {}: {e}", path.display())))?;
    tracing::info!(path = %path.display(), rows = entries.len(), "audit log exported");
    Ok(path)
}

/// While the page records a new binding, the global hotkeys are released so
/// the page receives the keys; afterwards they are registered again.
fn suspend_hotkeys(app: &App, suspended: bool) -> Vec<HotkeyStatus> {
    app.window.set_hotkeys_suspended(suspended);
    if suspended {
        hotkeys::unregister_all(app);
        app.hotkeys.status()
    } else {
        let bindings = app.hotkeys.bindings();
        hotkeys::apply(app, &bindings)
    }
}
