//! `rcctl log`: the last entries of the audit log.

use crate::cli::LogArgs;
use crate::error::CliError;
use rccontrol::{AuditLog, Localizer, Paths, tr};

/// Prints the last `n` entries, oldest first (or every entry as CSV). The
/// entries' values (trigger, action, outcome, message) are the log's, in
/// English; `--json` and `--csv` are the log's data as is.
pub fn run(paths: &Paths, args: &LogArgs, l: &Localizer) -> Result<u8, CliError> {
    let log = AuditLog::new(paths.audit_log());
    let path = log.path().display().to_string();
    let reading = || CliError::io(tr!(l, "rcctl-doing-read", path = path.as_str()));
    if args.csv {
        let entries = log.all().map_err(reading())?;
        rccontrol::audit::write_csv(&entries, std::io::stdout().lock())
            .map_err(CliError::io(tr!(l, "rcctl-doing-write-csv")))?;
        return Ok(0);
    }
    let entries = log.tail(args.n).map_err(reading())?;
    if entries.is_empty() && !args.json {
        println!("{}", tr!(l, "rcctl-log-empty", path = path.as_str()));
    }
    for e in entries {
        if args.json {
            println!(
                "{}",
                serde_json::to_string(&e).map_err(|e| CliError::Other(e.to_string()))?
            );
        } else {
            let status = e
                .http_status
                .map_or_else(|| "---".to_owned(), |s| s.to_string());
            let latency = tr!(l, "rcctl-log-latency", ms = e.latency_ms);
            println!(
                "{}  {:<7} {:<6} {:<15} {status} {latency:>8}  {}",
                e.time, e.trigger, e.action, e.outcome, e.message
            );
        }
    }
    Ok(0)
}
