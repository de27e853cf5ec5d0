//! `audit` and `prune`.

use super::time::{parse_since, rfc3339};
use super::{AuditArgs, CliError};
use crate::config::AdminConfig;
use crate::now_ms;
use crate::store::{AuditFilter, AuditRow, Store};

pub(super) async fn run(args: AuditArgs, store: &Store) -> Result<(), CliError> {
    let since_ms = args
        .since
        .as_deref()
        .map(|s| parse_since(s, now_ms()))
        .transpose()
        .map_err(CliError::Input)?;
    let rows = store
        .audit(AuditFilter {
            agent_email: args.agent,
            since_ms,
        })
        .await?;
    if args.json {
        let v: Vec<_> = rows.iter().map(json_row).collect();
        println!("{}", serde_json::Value::Array(v));
    } else if args.csv {
        let mut w = csv::Writer::from_writer(std::io::stdout());
        let err = |e: csv::Error| CliError::Failure(format!("standard output: {e}"));
        w.write_record([
            "id",
            "at",
            "kind",
            "agent_email",
            "agent_id",
            "device",
            "trigger",
            "action",
            "outcome",
            "http_status",
            "latency_ms",
            "detail",
            "replica",
        ])
        .map_err(err)?;
        for r in &rows {
            w.write_record(fields(r)).map_err(err)?;
        }
        w.flush()
            .map_err(|e| CliError::Failure(format!("standard output: {e}")))?;
    } else {
        for r in &rows {
            let f = fields(r);
            println!(
                "{}  {:<6} {}  {}  {} {} {}  {}",
                f[1], f[2], f[3], f[5], f[7], f[8], f[9], f[11]
            );
        }
    }
    Ok(())
}

fn fields(r: &AuditRow) -> [String; 13] {
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    [
        r.id.clone(),
        rfc3339(r.at_ms),
        r.kind.clone(),
        s(&r.agent_email),
        s(&r.agent_id),
        s(&r.device),
        s(&r.trigger),
        s(&r.action),
        s(&r.outcome),
        r.http_status.map(|v| v.to_string()).unwrap_or_default(),
        r.latency_ms.map(|v| v.to_string()).unwrap_or_default(),
        s(&r.detail),
        s(&r.replica),
    ]
}

fn json_row(r: &AuditRow) -> serde_json::Value {
    let mut v = serde_json::to_value(r).unwrap_or(serde_json::Value::Null);
    if let Some(obj) = v.as_object_mut() {
        obj.insert("at".into(), rfc3339(r.at_ms).into());
    }
    v
}

pub(super) async fn prune(config: &AdminConfig, store: &Store) -> Result<(), CliError> {
    if config.retention_days == 0 {
        println!("retention_days = 0: every audit row is kept");
        return Ok(());
    }
    let before = now_ms().saturating_sub(u64::from(config.retention_days) * 86_400_000);
    let n = store.prune(before).await?;
    println!("deleted {n} audit row(s) before {}", rfc3339(before));
    Ok(())
}
