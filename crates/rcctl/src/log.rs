//! `rcctl log`: the last entries of the audit log.

use crate::cli::LogArgs;
use crate::error::CliError;
use rccontrol::{AuditLog, Paths};

/// Prints the last `n` entries, oldest first (or every entry as CSV).
pub fn run(paths: &Paths, args: &LogArgs) -> Result<u8, CliError> {
    let log = AuditLog::new(paths.audit_log());
    if args.csv {
        let entries = log
            .all()
            .map_err(CliError::io(format!("reading {}", log.path().display())))?;
        rccontrol::audit::write_csv(&entries, std::io::stdout().lock())
            .map_err(CliError::io("writing CSV"))?;
        return Ok(0);
    }
    let entries = log
        .tail(args.n)
        .map_err(CliError::io(format!("reading {}", log.path().display())))?;
    if entries.is_empty() && !args.json {
        println!("No actions logged yet ({}).", log.path().display());
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
            println!(
                "{}  {:<7} {:<6} {:<15} {status} {:>5} ms  {}",
                e.time, e.trigger, e.action, e.outcome, e.latency_ms, e.message
            );
        }
    }
    Ok(0)
}
