//! `rcctl status`: what is configured, whether the token is there, what the
//! last action left behind (the running app's believed state when it answers).
//! Never prints the token.

use crate::app::{self, Asked};
use crate::cli::StatusArgs;
use crate::error::{CliError, settings_error};
use rccontrol::control_socket::client::{ClientError, STATUS_TIMEOUT};
use rccontrol::control_socket::{Command, Reply, Request, StatusReply};
use rccontrol::secret::{TOKEN_ENV, TOKEN_FOR_ENV, keychain_service_name};
use rccontrol::state::{now_ms, rfc3339};
use rccontrol::{Localizer, Paths, Policy, Settings, StateFile, TokenStore, tr};

/// Account probed to tell whether the keychain answers at all.
const PROBE_ACCOUNT: &str = "rccontrol-reachability-probe";

/// What the app said about its state.
enum AppView {
    /// Not asked (`--direct`).
    NotAsked,
    /// No app answers.
    NotRunning,
    /// The app answered.
    Status(StatusReply),
    /// An app is there but gave no usable status.
    Problem(AppProblem),
}

/// Why an app gave no usable status.
enum AppProblem {
    /// No runtime to ask it with (the system's error).
    Runtime(String),
    /// It answered with an error (its message).
    Answered(String),
    /// It answered with an action report.
    ActionReport,
    /// Talking to it failed (the error).
    Client(ClientError),
}

impl AppProblem {
    /// The problem in `l`'s language.
    fn text(&self, l: &Localizer) -> String {
        match self {
            AppProblem::Runtime(e) => tr!(l, "rcctl-status-problem-runtime", error = e),
            AppProblem::Answered(a) => tr!(l, "rcctl-status-problem-app-error", answer = a),
            AppProblem::ActionReport => tr!(l, "rcctl-status-problem-action-report"),
            AppProblem::Client(e) => app::said(e, l),
        }
    }
}

fn ask_app(paths: &Paths, config_dir_explicit: bool, l: &Localizer) -> AppView {
    let Some(address) = app::address(paths, config_dir_explicit, l) else {
        return AppView::NotRunning;
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return AppView::Problem(AppProblem::Runtime(e.to_string())),
    };
    let request = Request::new(Command::Status);
    match runtime.block_on(app::ask(&address, request, STATUS_TIMEOUT)) {
        Asked::NoApp => AppView::NotRunning,
        Asked::Reply(Reply::Status(s)) => AppView::Status(s),
        Asked::Reply(Reply::Error(f)) => AppView::Problem(AppProblem::Answered(f.to_string())),
        Asked::Reply(Reply::Action(_)) => AppView::Problem(AppProblem::ActionReport),
        Asked::Unreachable(e) | Asked::Failed(e) => AppView::Problem(AppProblem::Client(e)),
    }
}

/// Where the token would come from.
#[derive(Clone, Copy)]
enum Token {
    Env,
    /// `RCCTL_TOKEN` is set, but not for this tenant and host.
    EnvElsewhere,
    Keychain,
    Unknown,
    Absent,
    /// Relay mode: this device's key is in the keychain (no token at all).
    DeviceKey,
    /// Relay mode: no device key: not enrolled.
    NoDeviceKey,
}

impl Token {
    /// The value in `l`'s language (`--json` uses English).
    fn text(self, l: &Localizer) -> String {
        match self {
            Token::Env => tr!(l, "rcctl-status-token-env"),
            Token::EnvElsewhere => tr!(l, "rcctl-status-token-env-elsewhere"),
            Token::Keychain => tr!(l, "rcctl-status-token-keychain"),
            Token::Unknown => tr!(l, "rcctl-status-token-unknown"),
            Token::Absent => tr!(l, "rcctl-status-token-absent"),
            Token::DeviceKey => tr!(l, "rcctl-status-token-device-key"),
            Token::NoDeviceKey => tr!(l, "rcctl-status-token-no-device-key"),
        }
    }
}

/// How wide `s` shows in a terminal: East Asian wide characters take two
/// columns, combining marks (e.g. Thai vowel signs) none.
fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| match u32::from(c) {
            0x0300..=0x036F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x200B..=0x200F => 0,
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// Prints `label value` lines with the values aligned two columns after the
/// widest label.
fn print_rows(rows: &[(String, String)]) {
    let width = rows
        .iter()
        .map(|(label, _)| columns(label))
        .max()
        .unwrap_or(0)
        + 2;
    for (label, value) in rows {
        let pad = width.saturating_sub(columns(label));
        println!("{label}{:pad$}{value}", "");
    }
}

/// Prints the status; exit 0 unless the settings file cannot be read.
pub fn run(
    paths: &Paths,
    config_dir_explicit: bool,
    args: &StatusArgs,
    l: &Localizer,
) -> Result<u8, CliError> {
    let app = if args.direct {
        AppView::NotAsked
    } else {
        ask_app(paths, config_dir_explicit, l)
    };
    // `--json` keeps its values in English, whatever the language.
    let english = Localizer::english();
    let file = paths.settings_file();
    let policy = Policy::load_system();
    let settings = Settings::load_effective(&file, &policy);
    let store = TokenStore::keychain();
    let validated = settings.as_ref().ok().map(Settings::validate);
    let account = match &validated {
        Some(Ok((_, c))) => Some(c.keychain_account()),
        _ => None,
    };
    let keychain = store.stored(account.as_deref().unwrap_or(PROBE_ACCOUNT));
    let keychain_reachable = keychain.is_ok();
    let env_token = std::env::var_os(TOKEN_ENV).is_some_and(|v| !v.is_empty());
    let env_for = std::env::var(TOKEN_FOR_ENV).ok();
    let relay_mode = settings.as_ref().is_ok_and(Settings::is_relay);
    let token = match (&keychain, env_token, &account) {
        // Relay mode never reads RCCTL_TOKEN.
        (Ok(Some(_)), _, Some(_)) if relay_mode => Token::DeviceKey,
        (Err(_), _, _) if relay_mode => Token::Unknown,
        _ if relay_mode => Token::NoDeviceKey,
        (_, true, Some(a)) if env_for.as_deref().map(str::trim) == Some(a.as_str()) => Token::Env,
        (_, true, _) => Token::EnvElsewhere,
        (Ok(Some(_)), _, Some(_)) => Token::Keychain,
        (Err(_), _, _) => Token::Unknown,
        _ => Token::Absent,
    };
    // The app's state line comes in the app's language; a local one in `l`'s
    // (and in English for `--json`).
    let (state, state_line, state_json) = match &app {
        AppView::Status(a) => (a.state.clone(), a.state_line.clone(), a.state_line.clone()),
        _ => {
            let state = StateFile::new(paths.state_file()).load();
            let now = now_ms();
            let (line, json) = (state.describe(now, l), state.describe(now, &english));
            (state, line, json)
        }
    };
    let via_line = match &app {
        AppView::Status(a) if a.demo => {
            tr!(
                l,
                "rcctl-status-via-app-demo",
                version = a.app_version.as_str()
            )
        }
        AppView::Status(a) => tr!(l, "rcctl-status-via-app", version = a.app_version.as_str()),
        AppView::NotAsked => tr!(l, "rcctl-status-via-direct-flag"),
        AppView::NotRunning => tr!(l, "rcctl-status-via-direct-no-app"),
        AppView::Problem(p) => tr!(l, "rcctl-status-via-direct-problem", problem = p.text(l)),
    };
    let via = match &app {
        AppView::Status(_) => "app",
        _ => "direct",
    };
    let app_json = match &app {
        AppView::Status(a) => serde_json::json!({
            "running": true,
            "version": a.app_version,
            "demo": a.demo,
        }),
        AppView::NotAsked => serde_json::json!({ "running": null }),
        AppView::NotRunning => serde_json::json!({ "running": false }),
        AppView::Problem(p) => {
            serde_json::json!({ "running": true, "problem": p.text(&english) })
        }
    };
    let problem = match (&settings, &validated) {
        (Err(e), _) | (_, Some(Err(e))) => Some(e),
        _ => None,
    };
    let s = settings.as_ref().cloned().unwrap_or_default();
    let live = crate::live::LiveStatus::new(
        &s,
        match &app {
            AppView::Status(a) => Some(a.stream),
            _ => None,
        },
    );
    let managed = match (policy.problem(), policy.is_active()) {
        (Some(p), _) => tr!(l, "rcctl-status-managed-not-applied", problem = p.render(l)),
        (None, true) if policy.locked().is_empty() => tr!(
            l,
            "rcctl-status-managed-defaults",
            path = policy.path().display().to_string()
        ),
        (None, true) => tr!(
            l,
            "rcctl-status-managed-locked",
            path = policy.path().display().to_string(),
            fields = policy.locked().join(", ")
        ),
        (None, false) => tr!(l, "rcctl-status-managed-none"),
    };
    if args.json {
        let v = serde_json::json!({
            "settings_file": file,
            "configured": problem.is_none(),
            "problem": problem.map(ToString::to_string),
            "cluster": s.cluster,
            "tenant": s.tenant,
            "email": s.email,
            "agent_id": s.agent_id,
            "ca_file": s.ca_file,
            "proxy": s.proxy,
            "allow_custom_host": s.allow_custom_host,
            // Relay mode: the relay and this device's id on it.
            "relay_url": s.relay_url,
            "relay_device": s.relay_device,
            "token": token.text(&english),
            // What RCCTL_TOKEN_FOR must name for a token in the environment.
            "account": account,
            "keychain": {
                "service": keychain_service_name(),
                "reachable": keychain_reachable,
                "error": keychain.as_ref().err().map(ToString::to_string),
            },
            "state": state,
            "state_line": state_json,
            // A belief built from 8x8's answers is never verified; live
            // events would be.
            "verified": state.verified(),
            "source": state.source(),
            "since": state.since_ms().map(rfc3339),
            "via": via,
            "app": app_json,
            // Live state: the settings, the credential (never its value) and
            // the event stream as the app reports it.
            "live_state": live.wanted,
            "stream_agent_id": s.stream_agent_id,
            "stream_host": s.stream_host,
            "stream_credential": live.credential_json(),
            "stream_account": live.account,
            "stream": live.stream().as_str(),
            "audit_log": paths.audit_log(),
            "managed": {
                "file": policy.path(),
                "active": policy.is_active(),
                "locked": policy.locked(),
                "problem": policy.problem().map(|p| p.render(&english)),
            },
        });
        println!("{v}");
    } else {
        let dash = |o: Option<String>| o.unwrap_or_else(|| "-".into());
        let mut rows = vec![(
            tr!(l, "rcctl-status-settings-file"),
            file.display().to_string(),
        )];
        if let Some(p) = problem {
            rows.push((tr!(l, "rcctl-status-problem"), settings_error(p, l)));
        }
        rows.push((tr!(l, "rcctl-status-cluster"), dash(s.cluster)));
        rows.push((tr!(l, "rcctl-status-tenant"), dash(s.tenant)));
        rows.push(match (s.email, s.agent_id) {
            (Some(e), _) => (tr!(l, "rcctl-status-email"), e),
            (None, Some(a)) => (tr!(l, "rcctl-status-agent-id"), a),
            _ => (tr!(l, "rcctl-status-agent"), "-".into()),
        });
        rows.push((
            tr!(l, "rcctl-status-ca-file"),
            dash(s.ca_file.map(|p| p.display().to_string())),
        ));
        rows.push((
            tr!(l, "rcctl-status-proxy"),
            s.proxy
                .unwrap_or_else(|| tr!(l, "rcctl-status-proxy-environment")),
        ));
        rows.push((
            tr!(l, "rcctl-status-custom-hosts"),
            if s.allow_custom_host {
                tr!(l, "rcctl-status-custom-hosts-allowed")
            } else {
                tr!(l, "rcctl-status-custom-hosts-no")
            },
        ));
        rows.push((
            tr!(l, "rcctl-status-relay"),
            match (&s.relay_url, &s.relay_device) {
                (Some(url), Some(device)) => format!("{url} · {device}"),
                (Some(url), None) => url.clone(),
                _ => tr!(l, "rcctl-status-relay-off"),
            },
        ));
        rows.push((tr!(l, "rcctl-status-token"), token.text(l)));
        rows.push((tr!(l, "rcctl-status-account"), dash(account.clone())));
        rows.push((
            tr!(l, "rcctl-status-keychain"),
            match &keychain {
                Ok(_) => tr!(
                    l,
                    "rcctl-status-keychain-reachable",
                    service = keychain_service_name()
                ),
                Err(e) => e.to_string(),
            },
        ));
        rows.push((tr!(l, "rcctl-status-state"), state_line));
        rows.push((tr!(l, "rcctl-status-live"), live.line(l)));
        rows.push((tr!(l, "rcctl-status-via"), via_line));
        rows.push((
            tr!(l, "rcctl-status-audit-log"),
            paths.audit_log().display().to_string(),
        ));
        rows.push((tr!(l, "rcctl-status-managed"), managed));
        print_rows(&rows);
    }
    Ok(0)
}
