//! `rcctl pause` / `rcctl resume`.

use crate::cli::ActArgs;
use crate::error::CliError;
use rccontrol::{Action, ClientOptions, Paths, Report, Session, TokenStore, Trigger};

/// Sends the action through a controller (audit log and state file updated) and
/// prints one line, or one JSON object with `--json`. Returns the exit code.
pub fn run(paths: &Paths, action: Action, args: &ActArgs) -> Result<u8, CliError> {
    let session = match Session::open(paths, &TokenStore::keychain(), ClientOptions::default()) {
        Ok(s) => s,
        Err(e) if args.json => {
            print_json(&serde_json::json!({
                "action": action,
                "outcome": "error",
                "kind": e.kind(),
                "message": e.to_string(),
                "http_status": null,
                "latency_ms": null,
            }));
            return Ok(2);
        }
        Err(e) => return Err(CliError::Other(e.to_string())),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CliError::io("starting the async runtime"))?;
    let (report, state) = runtime.block_on(async {
        let controller = session.controller(Vec::new());
        let report = controller.request(action, Trigger::Cli).await;
        (report, controller.state())
    });
    let report = report.map_err(|e| CliError::Other(e.to_string()))?;
    if args.json {
        print_json(&report_json(&report, state.kind()));
    } else {
        println!("{}", line(&report));
    }
    Ok(report.outcome.exit_code())
}

/// The plain line: the sentence, then the technical facts in parentheses.
pub fn line(report: &Report) -> String {
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

/// The `--json` object.
pub fn report_json(report: &Report, state: &str) -> serde_json::Value {
    serde_json::json!({
        "action": report.action,
        "outcome": report.outcome.kind(),
        "confirmed": report.outcome.is_confirmed(),
        "http_status": report.http_status,
        "message": report.message,
        "latency_ms": report.latency_ms,
        "attempts": report.attempts,
        "exit_code": report.outcome.exit_code(),
        "detail": report.outcome.detail(),
        "state": state,
    })
}

fn print_json(v: &serde_json::Value) {
    println!("{v}");
}
