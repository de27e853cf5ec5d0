//! `rcctl pause` / `rcctl resume`: through the running app when it answers on its
//! control socket, otherwise (or with `--direct`) straight to 8x8.

use crate::app::{self, Asked};
use crate::cli::ActArgs;
use crate::error::CliError;
use rccontrol::control_socket::client::{ACTION_TIMEOUT, ClientError};
use rccontrol::control_socket::{ActionReport, ControlFailure, ErrorKind, Reply, Request};
use rccontrol::{Action, ClientOptions, Paths, Policy, Report, Session, TokenStore, Trigger};

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
/// Returns the exit code.
pub fn run(
    paths: &Paths,
    config_dir_explicit: bool,
    action: Action,
    args: &ActArgs,
) -> Result<u8, CliError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CliError::io("starting the async runtime"))?;
    if !args.direct {
        if let Some(address) = app::address(paths, config_dir_explicit) {
            let request = Request::new(action.into());
            match runtime.block_on(app::ask(&address, request, ACTION_TIMEOUT)) {
                Asked::NoApp => {}
                Asked::Unreachable(e) => eprintln!("rcctl: {e}; calling 8x8 directly"),
                Asked::Reply(reply) => return via_app(action, reply, args),
                Asked::Failed(e) => return app_failed(action, &e, args),
            }
        }
    }
    direct(&runtime, paths, action, args)
}

/// Sends the action from this process through a controller (audit log and state
/// file updated).
fn direct(
    runtime: &tokio::runtime::Runtime,
    paths: &Paths,
    action: Action,
    args: &ActArgs,
) -> Result<u8, CliError> {
    let session = match Session::open(
        paths,
        &TokenStore::keychain(),
        &Policy::load_system(),
        ClientOptions::default(),
    ) {
        Ok(s) => s,
        Err(e) if args.json => {
            print_json(&error_json(action, e.kind(), &e.to_string(), Via::Direct));
            return Ok(2);
        }
        Err(e) => return Err(CliError::Other(e.to_string())),
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
        println!("{}", wire_line(&wire));
    }
    Ok(wire.exit_code)
}

/// Prints what the app answered, exactly as the direct path would have.
fn via_app(action: Action, reply: Reply, args: &ActArgs) -> Result<u8, CliError> {
    match reply {
        Reply::Action(a) => {
            if args.json {
                print_json(&report_json(&a.report, a.state.kind(), Via::App, a.demo));
            } else if a.demo {
                // The app runs against its built-in simulator: every surface says so.
                println!("DEMO  {}", wire_line(&a.report));
            } else {
                println!("{}", wire_line(&a.report));
            }
            Ok(a.report.exit_code)
        }
        // The app runs but cannot act (e.g. not configured): say so, do not go around it.
        Reply::Error(f) => refused(action, &f, args),
        Reply::Status(_) => refused(
            action,
            &ControlFailure::internal("the app answered with a status instead of a report"),
            args,
        ),
    }
}

fn refused(action: Action, f: &ControlFailure, args: &ActArgs) -> Result<u8, CliError> {
    if f.kind == ErrorKind::Throttled {
        // Not an error: the press that went through moments ago does the job.
        if args.json {
            print_json(&error_json(action, f.kind.as_str(), &f.message, Via::App));
        } else {
            eprintln!("rcctl: {}", f.message);
        }
        return Ok(11);
    }
    let message = format!(
        "the Recording Control app is running but did not {action}: {}",
        f.message
    );
    if args.json {
        print_json(&error_json(action, f.kind.as_str(), &message, Via::App));
        return Ok(2);
    }
    Err(CliError::Other(message))
}

/// The request may have reached the app, but no reply came: the state is unconfirmed.
/// Exit 9 for a timeout (like an 8x8 timeout), 2 otherwise.
fn app_failed(action: Action, e: &ClientError, args: &ActArgs) -> Result<u8, CliError> {
    let (kind, code) = match e {
        ClientError::Timeout { .. } => ("app_timeout", 9),
        _ => ("app_error", 2),
    };
    let message = format!("{e} — recording state unconfirmed (the app may still {action})");
    if args.json {
        print_json(&error_json(action, kind, &message, Via::App));
    } else {
        eprintln!("rcctl: {message}");
    }
    Ok(code)
}

/// The plain line: the sentence, then the technical facts in parentheses.
pub fn line(report: &Report) -> String {
    wire_line(&ActionReport::from(report))
}

/// [`line`] of a report as the app sends it.
pub fn wire_line(report: &ActionReport) -> String {
    let status = report
        .http_status
        .map_or_else(|| "no HTTP answer".to_owned(), |s| format!("HTTP {s}"));
    let retries = if report.attempts > 1 {
        format!(", {} attempts", report.attempts)
    } else {
        String::new()
    };
    format!(
        "{} ({status}, {} ms{retries})",
        report.message, report.latency_ms
    )
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
