//! `rcctl pause` / `rcctl resume`: through the running app when it answers on its
//! control socket, otherwise (or with `--direct`) straight to 8x8.

use crate::app::{self, Asked};
use crate::cli::ActArgs;
use crate::error::CliError;
use rccontrol::control_socket::client::{ACTION_TIMEOUT, ClientError};
use rccontrol::control_socket::{ActionReport, ControlFailure, ErrorKind, Reply, Request};
use rccontrol::{
    Action, ClientOptions, Localizer, Paths, Policy, Report, Session, Texts, TokenStore, Trigger,
    tr,
};

/// Which way an action went, as `--json` says in `"via"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// Through the running app's control socket.
    App,
    /// Straight to 8x8 from this process.
    Direct,
}

impl Via {
    /// `"app"` / `"direct"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::App => "app",
            Via::Direct => "direct",
        }
    }
}

/// Sends the action and prints one line, or one JSON object with `--json`.
/// Returns the exit code. `l` speaks rcctl's lines; `texts` (the same
/// language) the core's outcome sentences.
pub fn run(
    paths: &Paths,
    config_dir_explicit: bool,
    action: Action,
    args: &ActArgs,
    l: &Localizer,
    texts: &Texts,
) -> Result<u8, CliError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CliError::io(tr!(l, "rcctl-doing-runtime")))?;
    if !args.direct {
        if let Some(address) = app::address(paths, config_dir_explicit, l) {
            let request = Request::new(action.into());
            match runtime.block_on(app::ask(&address, request, ACTION_TIMEOUT)) {
                Asked::NoApp => {}
                Asked::Unreachable(e) => {
                    let message = tr!(l, "rcctl-app-unreachable", error = app::said(&e, l));
                    eprintln!("{}", tr!(l, "rcctl-error", message = message));
                }
                Asked::Reply(reply) => return via_app(action, reply, args, l),
                Asked::Failed(e) => return app_failed(action, &e, args, l),
            }
        }
    }
    direct(&runtime, paths, action, args, l, texts)
}

/// Sends the action from this process through a controller (audit log and state
/// file updated).
fn direct(
    runtime: &tokio::runtime::Runtime,
    paths: &Paths,
    action: Action,
    args: &ActArgs,
    l: &Localizer,
    texts: &Texts,
) -> Result<u8, CliError> {
    // `--json` is for scripts: its message stays in English.
    let options = ClientOptions {
        texts: if args.json {
            Texts::english()
        } else {
            texts.clone()
        },
        ..ClientOptions::default()
    };
    let session = match Session::open(
        paths,
        &TokenStore::keychain(),
        &Policy::load_system(),
        options,
    ) {
        Ok(s) => s,
        Err(e) if args.json => {
            print_json(&error_json(action, e.kind(), &e.to_string(), Via::Direct));
            return Ok(2);
        }
        Err(e) => return Err(e.into()),
    };
    let (report, state) = runtime.block_on(async {
        let controller = session.controller(Vec::new());
        let report = controller.request(action, Trigger::Cli).await;
        (report, controller.state())
    });
    let report = report.map_err(|e| CliError::Other(e.to_string()))?;
    let wire = ActionReport::from(&report);
    if args.json {
        print_json(&report_json(&wire, state.kind(), Via::Direct, false));
    } else {
        println!("{}", wire_line(&wire, l));
    }
    Ok(wire.exit_code)
}

/// Prints what the app answered, exactly as the direct path would have.
fn via_app(action: Action, reply: Reply, args: &ActArgs, l: &Localizer) -> Result<u8, CliError> {
    match reply {
        Reply::Action(a) => {
            if args.json {
                print_json(&report_json(&a.report, a.state.kind(), Via::App, a.demo));
            } else if a.demo {
                // The app runs against its built-in simulator: every surface says so.
                println!(
                    "{}",
                    tr!(l, "rcctl-demo-line", line = wire_line(&a.report, l))
                );
            } else {
                println!("{}", wire_line(&a.report, l));
            }
            Ok(a.report.exit_code)
        }
        // The app runs but cannot act (e.g. not configured): say so, do not go around it.
        Reply::Error(f) => refused(action, &f, args, l),
        Reply::Status(_) => {
            // The reason is rcctl's own: each output gets it in its language.
            let failure =
                |l: &Localizer| ControlFailure::internal(tr!(l, "rcctl-app-answered-status"));
            if args.json {
                refused(action, &failure(&Localizer::english()), args, l)
            } else {
                refused(action, &failure(l), args, l)
            }
        }
    }
}

/// The app refused. `--json` says it in English (stable for scripts), the
/// plain output in `l`'s language; the app's own reason is as the app said it.
fn refused(
    action: Action,
    f: &ControlFailure,
    args: &ActArgs,
    l: &Localizer,
) -> Result<u8, CliError> {
    if f.kind == ErrorKind::Throttled {
        // Not an error: the press that went through moments ago does the job.
        if args.json {
            print_json(&error_json(action, f.kind.as_str(), &f.message, Via::App));
        } else {
            eprintln!("{}", tr!(l, "rcctl-error", message = f.message.as_str()));
        }
        return Ok(11);
    }
    let message = |l: &Localizer| {
        tr!(
            l,
            "rcctl-app-refused",
            action = action.as_str(),
            reason = f.message.as_str()
        )
    };
    if args.json {
        let message = message(&Localizer::english());
        let mut json = error_json(action, f.kind.as_str(), &message, Via::App);
        if let Some(reason) = &f.reason {
            json["reason"] = serde_json::Value::from(reason.as_str());
        }
        print_json(&json);
        return Ok(2);
    }
    Err(CliError::Other(message(l)))
}

/// The request may have reached the app, but no reply came: the state is unconfirmed.
/// Exit 9 for a timeout (like an 8x8 timeout), 2 otherwise.
fn app_failed(
    action: Action,
    e: &ClientError,
    args: &ActArgs,
    l: &Localizer,
) -> Result<u8, CliError> {
    let (kind, code) = match e {
        ClientError::Timeout { .. } => ("app_timeout", 9),
        _ => ("app_error", 2),
    };
    let message = |l: &Localizer| {
        tr!(
            l,
            "rcctl-app-no-reply",
            error = e.to_string(),
            action = action.as_str()
        )
    };
    if args.json {
        let message = message(&Localizer::english());
        print_json(&error_json(action, kind, &message, Via::App));
    } else {
        eprintln!("{}", tr!(l, "rcctl-error", message = message(l)));
    }
    Ok(code)
}

/// The plain line: the sentence, then the technical facts in parentheses.
pub fn line(report: &Report, l: &Localizer) -> String {
    wire_line(&ActionReport::from(report), l)
}

/// [`line`] of a report as the app sends it.
pub fn wire_line(report: &ActionReport, l: &Localizer) -> String {
    let http = report.http_status.map_or_else(
        || tr!(l, "rcctl-report-no-http"),
        |s| tr!(l, "rcctl-report-http", status = s),
    );
    if report.attempts > 1 {
        tr!(
            l,
            "rcctl-report-line-attempts",
            message = report.message.as_str(),
            http = http,
            ms = report.latency_ms,
            attempts = report.attempts
        )
    } else {
        tr!(
            l,
            "rcctl-report-line",
            message = report.message.as_str(),
            http = http,
            ms = report.latency_ms
        )
    }
}

/// The `--json` object; the same keys whichever way the action went. `demo` is true
/// when the app answered from its built-in simulator.
pub fn report_json(report: &ActionReport, state: &str, via: Via, demo: bool) -> serde_json::Value {
    serde_json::json!({
        "action": report.action,
        "outcome": report.outcome,
        "confirmed": report.confirmed,
        "http_status": report.http_status,
        "message": report.message,
        "latency_ms": report.latency_ms,
        "attempts": report.attempts,
        "exit_code": report.exit_code,
        "detail": report.detail,
        "state": state,
        "via": via.as_str(),
        "demo": demo,
    })
}

/// The `--json` object when no action was sent (or its fate is unknown).
fn error_json(action: Action, kind: &str, message: &str, via: Via) -> serde_json::Value {
    serde_json::json!({
        "action": action,
        "outcome": "error",
        "kind": kind,
        "message": message,
        "http_status": null,
        "latency_ms": null,
        "via": via.as_str(),
    })
}

fn print_json(v: &serde_json::Value) {
    println!("{v}");
}
