//! `rcctl status`: what is configured, whether the token is there, what the
//! last action left behind (the running app's believed state when it answers).
//! Never prints the token.

use crate::app::{self, Asked};
use crate::cli::StatusArgs;
use crate::error::CliError;
use rccontrol::control_socket::client::STATUS_TIMEOUT;
use rccontrol::control_socket::{Command, Reply, Request, StatusReply};
use rccontrol::secret::{TOKEN_ENV, keychain_service_name};
use rccontrol::state::now_ms;
use rccontrol::{Paths, Policy, Settings, StateFile, TokenStore};

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
    Problem(String),
}

fn ask_app(paths: &Paths, config_dir_explicit: bool) -> AppView {
    let Some(address) = app::address(paths, config_dir_explicit) else {
        return AppView::NotRunning;
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return AppView::Problem(format!("starting the async runtime: {e}")),
    };
    let request = Request::new(Command::Status);
    match runtime.block_on(app::ask(&address, request, STATUS_TIMEOUT)) {
        Asked::NoApp => AppView::NotRunning,
        Asked::Reply(Reply::Status(s)) => AppView::Status(s),
        Asked::Reply(Reply::Error(f)) => AppView::Problem(format!("the app answered: {f}")),
        Asked::Reply(Reply::Action(_)) => {
            AppView::Problem("the app answered with an action report".into())
        }
        Asked::Unreachable(e) | Asked::Failed(e) => AppView::Problem(e.to_string()),
    }
}

/// Prints the status; exit 0 unless the settings file cannot be read.
pub fn run(paths: &Paths, config_dir_explicit: bool, args: &StatusArgs) -> Result<u8, CliError> {
    let app = if args.direct {
        AppView::NotAsked
    } else {
        ask_app(paths, config_dir_explicit)
    };
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
    let token = match (&keychain, env_token, &account) {
        (_, true, _) => "present (RCCTL_TOKEN)".to_owned(),
        (Ok(Some(_)), _, Some(_)) => "present (OS keychain)".to_owned(),
        (Err(_), _, _) => "unknown (keychain not reachable)".to_owned(),
        _ => "absent".to_owned(),
    };
    let (state, state_line) = match &app {
        AppView::Status(a) => (a.state.clone(), a.state_line.clone()),
        _ => {
            let state = StateFile::new(paths.state_file()).load();
            let line = state.describe(now_ms());
            (state, line)
        }
    };
    let (via, via_line) = match &app {
        AppView::Status(a) if a.demo => ("app", format!("app {} (DEMO)", a.app_version)),
        AppView::Status(a) => ("app", format!("app {}", a.app_version)),
        AppView::NotAsked => ("direct", "direct (--direct)".to_owned()),
        AppView::NotRunning => ("direct", "direct (app not running)".to_owned()),
        AppView::Problem(p) => ("direct", format!("direct (app problem: {p})")),
    };
    let app_json = match &app {
        AppView::Status(a) => serde_json::json!({
            "running": true,
            "version": a.app_version,
            "demo": a.demo,
        }),
        AppView::NotAsked => serde_json::json!({ "running": null }),
        AppView::NotRunning => serde_json::json!({ "running": false }),
        AppView::Problem(p) => serde_json::json!({ "running": true, "problem": p }),
    };
    let problem = match (&settings, &validated) {
        (Err(e), _) => Some(e.to_string()),
        (_, Some(Err(e))) => Some(e.to_string()),
        _ => None,
    };
    let s = settings.as_ref().cloned().unwrap_or_default();
    let managed = match (policy.problem(), policy.is_active()) {
        (Some(p), _) => format!("NOT APPLIED: {p}"),
        (None, true) if policy.locked().is_empty() => {
            format!("{} (defaults, no locks)", policy.path().display())
        }
        (None, true) => format!(
            "{} (locked: {})",
            policy.path().display(),
            policy.locked().join(", ")
        ),
        (None, false) => "none".to_owned(),
    };
    if args.json {
        let v = serde_json::json!({
            "settings_file": file,
            "configured": problem.is_none(),
            "problem": problem,
            "cluster": s.cluster,
            "tenant": s.tenant,
            "email": s.email,
            "agent_id": s.agent_id,
            "ca_file": s.ca_file,
            "proxy": s.proxy,
            "allow_custom_host": s.allow_custom_host,
            "token": token,
            "keychain": {
                "service": keychain_service_name(),
                "reachable": keychain_reachable,
                "error": keychain.as_ref().err().map(ToString::to_string),
            },
            "state": state,
            "state_line": state_line,
            "via": via,
            "app": app_json,
            "audit_log": paths.audit_log(),
            "managed": {
                "file": policy.path(),
                "active": policy.is_active(),
                "locked": policy.locked(),
                "problem": policy.problem(),
            },
        });
        println!("{v}");
    } else {
        let dash = |o: Option<String>| o.unwrap_or_else(|| "-".into());
        println!("Settings file:  {}", file.display());
        if let Some(p) = &problem {
            println!("Problem:        {p}");
        }
        println!("Cluster:        {}", dash(s.cluster));
        println!("Tenant:         {}", dash(s.tenant));
        match (s.email, s.agent_id) {
            (Some(e), _) => println!("Agent e-mail:   {e}"),
            (None, Some(a)) => println!("Agent ID:       {a}"),
            _ => println!("Agent:          -"),
        }
        println!(
            "CA file:        {}",
            dash(s.ca_file.map(|p| p.display().to_string()))
        );
        println!(
            "Proxy:          {}",
            s.proxy.unwrap_or_else(|| "- (environment)".into())
        );
        println!(
            "Custom hosts:   {}",
            if s.allow_custom_host { "allowed" } else { "no" }
        );
        println!("Token:          {token}");
        match &keychain {
            Ok(_) => println!("Keychain:       reachable ({})", keychain_service_name()),
            Err(e) => println!("Keychain:       {e}"),
        }
        println!("State:          {state_line}");
        println!("Via:            {via_line}");
        println!("Audit log:      {}", paths.audit_log().display());
        println!("Managed:        {managed}");
    }
    Ok(0)
}
