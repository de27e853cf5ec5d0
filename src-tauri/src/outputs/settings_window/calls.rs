//! The settings window's calls (the page's `invoke`s, relayed by the window's
//! process over its session): validate input and call down into the engine and
//! the core; no business logic here. Each call is a [`WindowCall`] with typed
//! arguments as the page sent them (camelCase); answers and errors
//! (`{kind, message, fields}`) go back as JSON.

use super::Host;
use super::live::{LiveView, live_view};
use crate::engine::{Engine, Mode};
use crate::environment::Environment;
use crate::error::{AppError, UiError};
use crate::status::{ForegroundStatus, HotkeyStatus, PortalStatus};
use crate::{autostart, view};
use rccontrol::configure::{self, NewToken};
use rccontrol::hotkeys::{Hotkeys, MEDIA_KEYS, Unsupported, unsupported_here};
use rccontrol::rules::{AutoPauseRule, RuleSet};
use rccontrol::secret::keychain_service_name;
use rccontrol::state::now_ms;
use rccontrol::{
    Action, AuditEntry, AuditLog, BelievedState, Report, Secret, Settings, Trigger, validate,
};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// One call of the settings page with its arguments, as the window session
/// carries it: `{"cmd":"validate_field","args":{"field":…,"value":…,"allowCustomHost":…}}`.
/// Argument names are the page's (camelCase); the form inside `save_settings`
/// keeps the settings' own names.
#[derive(Debug, Deserialize)]
#[serde(
    tag = "cmd",
    content = "args",
    rename_all = "snake_case",
    rename_all_fields = "camelCase"
)]
pub enum WindowCall {
    /// The page's texts in the agent's language and the languages offered.
    UiTexts,
    /// The window's title (asked by the window's process before the page loads).
    WindowTitle,
    /// Everything the page shows.
    GetView,
    /// Checks one field as typed; answers its normalized value.
    ValidateField {
        /// The field's name (`cluster`, `hotkey`, …).
        field: String,
        /// What was typed.
        value: String,
        /// Whether hosts outside `*.8x8.com` are allowed.
        allow_custom_host: bool,
    },
    /// Saves the form. A typed token or Event Streaming credential never
    /// comes along: the window's process stores it in the keychain itself
    /// first (and says so for the token, `tokenStored`).
    SaveSettings {
        /// The whole form (boxed: it is most of the enum's size).
        form: Box<SettingsForm>,
        /// The window's process stored a new token for the form's account.
        #[serde(default)]
        token_stored: bool,
        /// The window's process stored a new Event Streaming credential for
        /// the form's settings.
        #[serde(default)]
        stream_stored: bool,
    },
    /// Tests auto-pause rules (as typed) against the open windows' titles.
    PreviewRules {
        /// The rules.
        rules: Vec<AutoPauseRule>,
    },
    /// Writes the audit log as CSV into the Downloads folder.
    ExportAuditCsv,
    /// "Check settings": sends Resume and says what the outcome means.
    CheckSettings,
    /// Pause or Resume from the window.
    Act {
        /// The action.
        action: Action,
    },
    /// Starts the demo.
    StartDemo,
    /// Leaves the demo.
    LeaveDemo,
    /// Switches start at login on or off.
    SetAutostart {
        /// On or off.
        enabled: bool,
    },
    /// Releases (or takes back) the global hotkeys while the page records a binding.
    SuspendHotkeys {
        /// Released or not.
        suspended: bool,
    },
    /// Relay mode: the window's process exchanged an enrollment code and
    /// stored the device key; these are the settings the relay bound, to be
    /// saved (the code and the key never come along).
    RelayEnrolled {
        /// The settings to save (relay mode).
        settings: Box<Settings>,
    },
}

/// Arguments whose value a refusal must not repeat, nor that of anything
/// holding them (`form`, and the arguments of the call that carries it).
const SECRET_ARGUMENTS: &[&str] = &["form.token", "form.stream_credential"];

/// Whether a refusal of `field` (of call `cmd`) could repeat a secret.
fn may_hold_a_secret(cmd: &str, field: &str) -> bool {
    SECRET_ARGUMENTS.iter().any(|secret| {
        secret == &field
            || secret.starts_with(&format!("{field}."))
            || (field == "args" && cmd == "save_settings")
    })
}

impl WindowCall {
    /// The call `cmd` with the page's `args` (an object; `null` or `{}` when
    /// the call takes none). An unknown `cmd` is [`AppError::UnknownCall`]; an
    /// argument of the wrong shape is [`AppError::BadArgument`] naming its
    /// path as the page spells it (`allowCustomHost`, `form.hotkeys.pause`).
    pub fn parse(cmd: &str, args: serde_json::Value) -> Result<WindowCall, AppError> {
        use serde_json::Value;
        let mut entries = vec![(Value::from("cmd"), Value::from(cmd))];
        let no_args = match &args {
            Value::Null => true,
            Value::Object(m) => m.is_empty(),
            _ => false,
        };
        if !no_args {
            entries.push((Value::from("args"), args));
        }
        // `cmd` first, so the arguments are read straight into their variant
        // (not buffered), and the error's path is exact.
        let de =
            serde::de::value::MapDeserializer::<_, serde_json::Error>::new(entries.into_iter());
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            if path == "cmd" {
                return AppError::UnknownCall(cmd.to_owned());
            }
            let field = match path.strip_prefix("args.") {
                Some(field) => field.to_owned(),
                None => "args".to_owned(),
            };
            // serde repeats a wrongly typed value: never one that may hold the token.
            let problem = if may_hold_a_secret(cmd, &field) {
                "not of the expected shape (the value is not shown)".to_owned()
            } else {
                e.into_inner().to_string()
            };
            AppError::BadArgument { field, problem }
        })
    }

    /// The call's wire name, for logs.
    pub fn name(&self) -> &'static str {
        match self {
            WindowCall::UiTexts => "ui_texts",
            WindowCall::WindowTitle => "window_title",
            WindowCall::GetView => "get_view",
            WindowCall::ValidateField { .. } => "validate_field",
            WindowCall::SaveSettings { .. } => "save_settings",
            WindowCall::PreviewRules { .. } => "preview_rules",
            WindowCall::ExportAuditCsv => "export_audit_csv",
            WindowCall::CheckSettings => "check_settings",
            WindowCall::Act { .. } => "act",
            WindowCall::StartDemo => "start_demo",
            WindowCall::LeaveDemo => "leave_demo",
            WindowCall::SetAutostart { .. } => "set_autostart",
            WindowCall::SuspendHotkeys { .. } => "suspend_hotkeys",
            WindowCall::RelayEnrolled { .. } => "relay_enrolled",
        }
    }
}

/// Answers one call of the page.
pub async fn call(app: &Host, call: WindowCall) -> Result<serde_json::Value, UiError> {
    let l = &app.engine().texts().get();
    let ui = |e: AppError| e.for_ui(l);
    let value = match call {
        WindowCall::UiTexts => json(ui_texts(app.engine())),
        WindowCall::WindowTitle => json(rccontrol::tr!(l, "window-title")),
        WindowCall::GetView => json(build_view(app)),
        // The secrets are checked by the window's process; they never come here.
        WindowCall::ValidateField { field, .. }
            if field == "token" || field == "stream_credential" =>
        {
            return Err(ui(AppError::BadArgument {
                field: "field".into(),
                problem: "a secret is checked by the settings window, never sent to the app".into(),
            }));
        }
        WindowCall::ValidateField {
            field,
            value,
            allow_custom_host,
        } => json(
            validate::field(&field, &value, allow_custom_host)
                .map_err(|e| ui(AppError::Invalid(vec![e])))?,
        ),
        WindowCall::SaveSettings {
            form,
            token_stored,
            stream_stored,
        } => json(
            save(app, *form, token_stored, stream_stored)
                .await
                .map_err(ui)?,
        ),
        WindowCall::PreviewRules { rules } => {
            json(preview_rules(rules, app.window_titles()).map_err(ui)?)
        }
        WindowCall::ExportAuditCsv => json(export(app.engine()).map_err(ui)?),
        WindowCall::CheckSettings => {
            let report = app
                .press()
                .request(Action::Resume, Trigger::Window)
                .map_err(ui)?
                .await
                .map_err(ui)?;
            json(CheckResult {
                verdict: report.outcome.settings_check_verdict(l),
                report,
            })
        }
        WindowCall::Act { action } => json(
            app.press()
                .request(action, Trigger::Window)
                .map_err(ui)?
                .await
                .map_err(ui)?,
        ),
        WindowCall::StartDemo => {
            app.engine().start_demo().await.map_err(ui)?;
            json(build_view(app))
        }
        WindowCall::LeaveDemo => {
            app.engine().leave_demo().await;
            json(build_view(app))
        }
        WindowCall::RelayEnrolled { settings } => {
            if !settings.is_relay() || settings.relay_device.is_none() {
                return Err(ui(AppError::BadArgument {
                    field: "settings.relay_device".into(),
                    problem: "relay_enrolled needs relay_url and relay_device".into(),
                }));
            }
            let links_were = app.engine().safety().deep_link;
            app.engine()
                .apply_settings(
                    &settings,
                    configure::NewToken::Stored,
                    configure::NewCredential::Stored,
                )
                .await
                .map_err(ui)?;
            app.reconfigure(links_were);
            json(build_view(app))
        }
        WindowCall::SetAutostart { enabled } => {
            autostart::set(enabled).map_err(ui)?;
            app.refresh();
            json(build_view(app))
        }
        WindowCall::SuspendHotkeys { suspended } => json(suspend_hotkeys(app, suspended)),
    };
    value.map_err(|e| ui(AppError::Internal(e.to_string())))
}

fn json<T: Serialize>(value: T) -> serde_json::Result<serde_json::Value> {
    serde_json::to_value(value)
}

/// Everything the settings page shows. Never contains a secret.
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
    live: LiveView,
}

/// The session's findings and the Wayland shortcut portal's status.
#[derive(Debug, Serialize)]
struct EnvironmentView {
    #[serde(flatten)]
    found: Environment,
    portal: PortalStatus,
}

/// The safety settings in force (defaults filled in).
#[derive(Debug, Serialize)]
struct SafetyView {
    reminder_secs: u64,
    max_pause_secs: u64,
    throttle_ms: u64,
    deep_link: bool,
    link_pause_confirm: bool,
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
    /// Why not, as the page's message ids: the list entry and the note
    /// under the hotkeys.
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<MediaKeyWhy>,
}

/// The page's texts for a key that cannot be bound here.
#[derive(Debug, Serialize)]
struct MediaKeyWhy {
    entry: &'static str,
    note: &'static str,
}

impl MediaKey {
    fn new(name: &'static str) -> Self {
        let why = unsupported_here(name).map(|why| match why {
            Unsupported::X11 => MediaKeyWhy {
                entry: "window-media-key-unsupported",
                note: "window-media-note",
            },
            Unsupported::NotMediaOnWindows => MediaKeyWhy {
                entry: "window-media-key-unsupported-windows",
                note: "window-media-note-windows",
            },
        });
        Self {
            name,
            supported: why.is_none(),
            why,
        }
    }
}

/// What the form sends. `token` and `stream_credential` are write-only:
/// empty keeps the stored one. The window's process takes them out
/// ([`SettingsForm::take_token`], [`SettingsForm::take_stream_credential`])
/// before the form goes to the app; they are never serialized.
#[derive(Debug, Deserialize, Serialize)]
pub struct SettingsForm {
    cluster: String,
    tenant: String,
    identity_kind: String,
    identity: String,
    ca_file: String,
    proxy: String,
    allow_custom_host: bool,
    #[serde(default, skip_serializing)]
    token: Option<Secret>,
    hotkeys: Hotkeys,
    autostart: bool,
    reminder_secs: u32,
    max_pause_secs: u32,
    throttle_ms: u32,
    deep_link: bool,
    /// Absent from an older page: on, the safe default.
    #[serde(default = "link_pause_confirm_default")]
    link_pause_confirm: bool,
    auto_pause: Vec<AutoPauseRule>,
    /// `auto` or a language tag.
    #[serde(default)]
    language: String,
    #[serde(default = "badge_default")]
    badge: bool,
    #[serde(default)]
    badge_corner: String,
    /// Live state from 8x8 Event Streaming.
    #[serde(default)]
    live_state: bool,
    #[serde(default)]
    stream_agent_id: String,
    #[serde(default)]
    stream_host: String,
    /// The Event Streaming credential (keychain only).
    #[serde(default, skip_serializing)]
    stream_credential: Option<Secret>,
}

fn badge_default() -> bool {
    true
}

fn link_pause_confirm_default() -> bool {
    true
}

impl SettingsForm {
    /// Takes the typed token out of the form (`None` when none was typed).
    pub fn take_token(&mut self) -> Option<Secret> {
        self.token.take().filter(|t| !t.expose().trim().is_empty())
    }

    /// Takes the typed Event Streaming credential out of the form (`None`
    /// when none was typed).
    pub fn take_stream_credential(&mut self) -> Option<Secret> {
        self.stream_credential
            .take()
            .filter(|c| !c.expose().trim().is_empty())
    }

    /// The settings the form asks for.
    pub fn to_settings(&self) -> Settings {
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
            link_pause_confirm: Some(self.link_pause_confirm),
            reminder_secs: Some(self.reminder_secs),
            max_pause_secs: Some(self.max_pause_secs),
            throttle_ms: Some(self.throttle_ms),
            auto_pause: Some(self.auto_pause.clone()),
            language: opt(&self.language),
            badge: Some(self.badge),
            badge_corner: opt(&self.badge_corner),
            live_state: Some(self.live_state),
            stream_agent_id: opt(&self.stream_agent_id),
            stream_host: opt(&self.stream_host),
            relay_url: None,
            relay_device: None,
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

fn build_view(app: &Host) -> View {
    let engine = &app.engine();
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
    let live = live_view(engine, &settings);
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
        hotkeys: app.hotkey_status(),
        environment: EnvironmentView {
            found: app.environment().clone(),
            portal: app.portal_status(),
        },
        autostart: autostart::is_enabled(),
        recent,
        audit_log: engine.audit_log(),
        safety: SafetyView {
            reminder_secs: secs(safety.reminder),
            max_pause_secs: secs(safety.max_pause),
            throttle_ms: u64::try_from(safety.throttle.as_millis()).unwrap_or(u64::MAX),
            deep_link: safety.deep_link,
            link_pause_confirm: safety.link_pause_confirm,
            rules: safety.rule_list(),
        },
        managed: ManagedView {
            file: policy.path().to_owned(),
            active: policy.is_active(),
            locked: policy.locked().to_vec(),
            problem: policy.problem().map(|p| p.render(&engine.texts().get())),
        },
        foreground: app.foreground_status(),
        known_clusters: rccontrol::clusters::known(),
        media_keys: MEDIA_KEYS.into_iter().map(MediaKey::new).collect(),
        live,
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

/// Saves the settings, re-registers the hotkeys and applies start at login.
/// The token never reaches this process: `token_stored` says the window's
/// process stored a new one for the form's account. Sends nothing to 8x8.
async fn save(
    app: &Host,
    mut form: SettingsForm,
    token_stored: bool,
    stream_stored: bool,
) -> Result<View, AppError> {
    if form.take_token().is_some() {
        return Err(AppError::BadArgument {
            field: "form.token".into(),
            problem: "a token is stored by the settings window, never sent to the app".into(),
        });
    }
    if form.take_stream_credential().is_some() {
        return Err(AppError::BadArgument {
            field: "form.stream_credential".into(),
            problem: "a credential is stored by the settings window, never sent to the app".into(),
        });
    }
    let engine = &app.engine();
    let token = if token_stored {
        NewToken::Stored
    } else {
        NewToken::Keep
    };
    let links_were = engine.safety().deep_link;
    let credential = if stream_stored {
        configure::NewCredential::Stored
    } else {
        configure::NewCredential::Keep
    };
    let mut wanted = form.to_settings();
    wanted.keep_relay_binding(&engine.settings());
    engine.apply_settings(&wanted, token, credential).await?;
    app.reconfigure(links_were);
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
fn preview_rules(
    rules: Vec<AutoPauseRule>,
    titles: Result<Vec<String>, String>,
) -> Result<Vec<TitleMatch>, AppError> {
    let set = RuleSet::compile(&rules).map_err(|e| AppError::Invalid(vec![e]))?;
    let titles = titles.map_err(AppError::WindowTitles)?;
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
        .map_err(|e| AppError::AuditRead(e.to_string()))?;
    let dir = directories::UserDirs::new()
        .and_then(|u| {
            u.download_dir()
                .map(PathBuf::from)
                .or_else(|| Some(u.home_dir().to_owned()))
        })
        .ok_or(AppError::NoDownloads)?;
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
    write().map_err(|e| AppError::Write {
        path: path.display().to_string(),
        detail: e.to_string(),
    })?;
    tracing::info!(path = %path.display(), rows = entries.len(), "audit log exported");
    Ok(path)
}

/// While the page records a new binding, the global hotkeys are released so
/// the page receives the keys; afterwards they are registered again.
fn suspend_hotkeys(app: &Host, suspended: bool) -> Vec<HotkeyStatus> {
    app.window().set_hotkeys_suspended(suspended);
    app.suspend_hotkeys(suspended)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn refusal(cmd: &str, args: Value) -> AppError {
        match WindowCall::parse(cmd, args) {
            Ok(call) => panic!("{cmd} parsed: {call:?}"),
            Err(e) => e,
        }
    }

    /// What `form()` in ui/app.js sends.
    fn page_form() -> Value {
        json!({
            "cluster": "vcc-na7",
            "tenant": "acme01",
            "identity_kind": "email",
            "identity": "first.last@acme.com",
            "ca_file": "",
            "proxy": "",
            "allow_custom_host": false,
            "token": "s3cret-token-value",
            "hotkeys": {"pause": "Ctrl+Alt+P", "resume": "Ctrl+Alt+R", "toggle": ""},
            "autostart": true,
            "reminder_secs": 60,
            "max_pause_secs": 0,
            "throttle_ms": 1500,
            "deep_link": false,
            "auto_pause": [{"pattern": "Payment", "regex": false}],
            "badge": true,
            "badge_corner": "top-right",
            "language": "auto",
            "live_state": true,
            "stream_agent_id": "agAglVJkg0TU28dok9y9UQKg",
            "stream_host": "",
            "stream_credential": "eght_s3cret-credential",
        })
    }

    #[test]
    fn every_call_parses_from_what_the_page_sends() {
        // The shapes of ui/app.js's invoke(…) calls (Tauri sends `{}` for none)
        // and the window process's `window_title` (`null`).
        let calls = [
            ("ui_texts", json!({})),
            ("window_title", Value::Null),
            ("get_view", json!({})),
            (
                "validate_field",
                json!({"field": "cluster", "value": "vcc-na7", "allowCustomHost": true}),
            ),
            ("save_settings", json!({"form": page_form()})),
            (
                "preview_rules",
                json!({"rules": [{"pattern": "Card", "regex": false}, {"pattern": "^Pay", "regex": true}]}),
            ),
            ("export_audit_csv", json!({})),
            ("check_settings", json!({})),
            ("act", json!({"action": "pause"})),
            ("start_demo", json!({})),
            ("leave_demo", json!({})),
            ("set_autostart", json!({"enabled": true})),
            ("suspend_hotkeys", json!({"suspended": false})),
        ];
        for (cmd, args) in calls {
            let call = WindowCall::parse(cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e}"));
            assert_eq!(call.name(), cmd);
        }
        match WindowCall::parse(
            "validate_field",
            json!({"field": "hotkey", "value": "Ctrl+Alt+P", "allowCustomHost": false}),
        ) {
            Ok(WindowCall::ValidateField {
                field,
                value,
                allow_custom_host,
            }) => assert_eq!(
                (field.as_str(), value.as_str(), allow_custom_host),
                ("hotkey", "Ctrl+Alt+P", false)
            ),
            other => panic!("{other:?}"),
        }
        match WindowCall::parse("act", json!({"action": "resume"})) {
            Ok(WindowCall::Act { action }) => assert_eq!(action, Action::Resume),
            other => panic!("{other:?}"),
        }
        // Neither secret shows in logs, nor goes on to the app.
        let save = WindowCall::parse("save_settings", json!({"form": page_form()})).unwrap();
        assert!(!format!("{save:?}").contains("s3cret-token-value"));
        assert!(!format!("{save:?}").contains("eght_s3cret"));
        let WindowCall::SaveSettings { mut form, .. } = save else {
            panic!("not a save")
        };
        let relayed = serde_json::to_string(&form).unwrap();
        assert!(!relayed.contains("s3cret"), "{relayed}");
        assert_eq!(
            form.take_stream_credential().unwrap().expose(),
            "eght_s3cret-credential"
        );
        let s = form.to_settings();
        assert_eq!(s.live_state, Some(true));
        assert_eq!(
            s.stream_agent_id.as_deref(),
            Some("agAglVJkg0TU28dok9y9UQKg")
        );
        assert_eq!(s.stream_host, None);
    }

    #[test]
    fn an_unknown_call_is_refused_by_name() {
        let e = refusal("launch_rockets", json!({}));
        assert!(
            matches!(&e, AppError::UnknownCall(c) if c == "launch_rockets"),
            "{e:?}"
        );
        assert_eq!(e.kind(), crate::error::UiErrorKind::UnknownCall);
        assert!(e.to_string().contains("launch_rockets"));
        let e = refusal("GET_VIEW", json!({"x": 1}));
        assert!(
            matches!(&e, AppError::UnknownCall(c) if c == "GET_VIEW"),
            "{e:?}"
        );
    }

    #[test]
    fn a_bad_argument_is_refused_naming_its_field() {
        let bad = |cmd: &str, args: Value| match refusal(cmd, args) {
            AppError::BadArgument { field, problem } => (field, problem),
            other => panic!("{cmd}: {other:?}"),
        };
        let (field, problem) = bad(
            "validate_field",
            json!({"field": "cluster", "value": "x", "allowCustomHost": "yes"}),
        );
        assert_eq!(field, "allowCustomHost");
        assert!(problem.contains("expected a boolean"), "{problem}");
        let e = AppError::BadArgument { field, problem };
        assert!(
            e.to_string()
                .contains("allowCustomHost: invalid type: string \"yes\", expected a boolean"),
            "{e}"
        );

        let mut form = page_form();
        form["hotkeys"]["pause"] = json!(7);
        assert_eq!(
            bad("save_settings", json!({"form": form})).0,
            "form.hotkeys.pause"
        );
        let mut form = page_form();
        form["auto_pause"][0]["regex"] = json!("no");
        assert_eq!(
            bad("save_settings", json!({"form": form})).0,
            "form.auto_pause[0].regex"
        );
        let mut form = page_form();
        form["token"] = json!(987_654_321);
        let (field, problem) = bad("save_settings", json!({"form": form}));
        assert_eq!(field, "form.token");
        assert!(
            !problem.contains("987654321"),
            "the token is repeated: {problem}"
        );
        // Nor when what holds it has the wrong shape.
        let (field, problem) = bad("save_settings", json!({"form": "s3cret-token-value"}));
        assert_eq!(field, "form");
        assert!(
            !problem.contains("s3cret"),
            "the token is repeated: {problem}"
        );
        let mut form = page_form();
        form["stream_credential"] = json!(123_456_789);
        let (field, problem) = bad("save_settings", json!({"form": form}));
        assert_eq!(field, "form.stream_credential");
        assert!(!problem.contains("123456789"), "repeated: {problem}");
        let (field, problem) = bad("save_settings", json!("s3cret-token-value"));
        assert_eq!(field, "args");
        assert!(
            !problem.contains("s3cret"),
            "the token is repeated: {problem}"
        );
        assert_eq!(bad("act", json!({"action": "explode"})).0, "action");
        assert_eq!(
            bad("suspend_hotkeys", json!({"suspended": 1})).0,
            "suspended"
        );
        // A missing argument, arguments of the wrong shape, arguments to a
        // call that takes none.
        let (field, problem) = bad("set_autostart", json!({"on": true}));
        assert_eq!(field, "args");
        assert!(problem.contains("enabled"), "{problem}");
        assert_eq!(bad("act", Value::Null).0, "args");
        assert_eq!(bad("preview_rules", json!([1, 2])).0, "args");
        assert_eq!(bad("get_view", json!({"x": 1})).0, "args");
    }

    #[test]
    fn a_refusal_says_its_kind_on_the_wire() {
        let l = rccontrol::Localizer::english();
        let e = refusal("validate_field", json!({"field": 1}));
        let ui = serde_json::to_value(e.for_ui(&l)).unwrap();
        assert_eq!(ui["kind"], "bad_argument");
        assert!(ui["message"].as_str().unwrap().contains("field"), "{ui}");
        let ui = serde_json::to_value(refusal("nope", Value::Null).for_ui(&l)).unwrap();
        assert_eq!(ui["kind"], "unknown_call");
        assert!(ui["message"].as_str().unwrap().contains("nope"), "{ui}");
    }
}
