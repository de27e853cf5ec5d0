//! `agents add|import|list|revoke|rotate`.

use super::time::rfc3339;
use super::{AgentsCommand, CliError};
use crate::config::AdminConfig;
use crate::now_ms;
use crate::store::{IssuedCode, Store, check_agent_id, check_email};
use std::collections::HashSet;
use std::path::Path;

pub(super) async fn run(
    cmd: AgentsCommand,
    config: &AdminConfig,
    store: &Store,
) -> Result<(), CliError> {
    let default_ttl = config.limits.code_ttl;
    match cmd {
        AgentsCommand::Add {
            email,
            agent_id,
            ttl,
            json,
        } => {
            let issued = store
                .add_agent(
                    &email,
                    agent_id.as_deref(),
                    ttl.unwrap_or(default_ttl),
                    now_ms(),
                )
                .await?;
            print_code(&issued, json);
            tracing::info!(email = %issued.email, "enrollment code issued");
            Ok(())
        }
        AgentsCommand::Import { file, out, ttl } => {
            import(store, &file, out.as_deref(), ttl.unwrap_or(default_ttl)).await
        }
        AgentsCommand::List { json } => list(store, json).await,
        AgentsCommand::Revoke { email, device } => {
            let now = now_ms();
            match device {
                Some(device) => {
                    let changed = store.revoke_device(&email, &device, now).await?;
                    println!(
                        "{}",
                        if changed {
                            format!("revoked device {device} of {email}")
                        } else {
                            format!("device {device} of {email} was revoked already")
                        }
                    );
                }
                None => {
                    let n = store.revoke_agent(&email, now).await?;
                    println!("revoked {email}: {n} device(s) and every pending code");
                }
            }
            Ok(())
        }
        AgentsCommand::Rotate { email, ttl, json } => {
            let issued = store
                .rotate_agent(&email, ttl.unwrap_or(default_ttl), now_ms())
                .await?;
            print_code(&issued, json);
            Ok(())
        }
    }
}

fn print_code(issued: &IssuedCode, json: bool) {
    if json {
        let v = serde_json::json!({
            "email": issued.email,
            "agent_id": issued.agent_id,
            "code": issued.code.as_str(),
            "expires_at": rfc3339(issued.expires_at_ms),
        });
        println!("{v}");
    } else {
        println!("email:      {}", issued.email);
        if let Some(id) = &issued.agent_id {
            println!("agent id:   {id}");
        }
        println!("code:       {}", issued.code.as_str());
        println!("expires at: {}", rfc3339(issued.expires_at_ms));
    }
}

/// One checked row of the import file.
struct ImportRow {
    email: String,
    agent_id: Option<String>,
}

/// Reads and checks every row; all problems are reported, naming line and field.
fn read_import(file: &Path) -> Result<Vec<ImportRow>, CliError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .flexible(false)
        .from_path(file)
        .map_err(|e| CliError::Failure(format!("{}: {e}", file.display())))?;
    let headers = reader
        .headers()
        .map_err(|e| CliError::Input(format!("{}: line 1: {e}", file.display())))?
        .clone();
    let names: Vec<&str> = headers.iter().collect();
    if names != ["email", "agent_id"] {
        return Err(CliError::Input(format!(
            "{}: line 1: the header must be `email,agent_id`",
            file.display()
        )));
    }
    let (mut rows, mut problems, mut seen) = (Vec::new(), Vec::new(), HashSet::new());
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                problems.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        let email = check_email(record.get(0).unwrap_or(""));
        let agent_id = match record.get(1).unwrap_or("") {
            "" => Ok(None),
            id => check_agent_id(id).map(Some),
        };
        match (email, agent_id) {
            (Ok(email), Ok(agent_id)) => {
                if seen.insert(email.clone()) {
                    rows.push(ImportRow { email, agent_id });
                } else {
                    problems.push(format!("line {line}, email: {email} appears twice"));
                }
            }
            (email, agent_id) => {
                for e in [email.err(), agent_id.err()].into_iter().flatten() {
                    problems.push(format!("line {line}, {e}"));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(CliError::Input(format!(
            "{}: nothing imported:\n{}",
            file.display(),
            problems.join("\n")
        )))
    }
}

async fn import(
    store: &Store,
    file: &Path,
    out: Option<&Path>,
    ttl: std::time::Duration,
) -> Result<(), CliError> {
    let rows = read_import(file)?;
    let now = now_ms();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| CliError::Failure(format!("writing the codes: {e}"));
    writer
        .write_record(["email", "agent_id", "code", "expires_at"])
        .map_err(csv_err)?;
    for row in &rows {
        let issued = store
            .add_agent(&row.email, row.agent_id.as_deref(), ttl, now)
            .await?;
        writer
            .write_record([
                issued.email.as_str(),
                issued.agent_id.as_deref().unwrap_or(""),
                issued.code.as_str(),
                rfc3339(issued.expires_at_ms).as_str(),
            ])
            .map_err(csv_err)?;
    }
    let bytes = zeroize::Zeroizing::new(
        writer
            .into_inner()
            .map_err(|e| CliError::Failure(format!("writing the codes: {}", e.error())))?,
    );
    match out {
        Some(path) => {
            rccontrol::atomic_file::write_atomic(path, &bytes)
                .map_err(|e| CliError::Failure(format!("{}: {e}", path.display())))?;
            eprintln!("{} code(s) written to {}", rows.len(), path.display());
        }
        None => {
            use std::io::Write as _;
            std::io::stdout()
                .write_all(&bytes)
                .map_err(|e| CliError::Failure(format!("standard output: {e}")))?;
        }
    }
    Ok(())
}

async fn list(store: &Store, json: bool) -> Result<(), CliError> {
    let agents = store.list_agents(now_ms()).await?;
    let opt = |ms: Option<u64>| ms.map(rfc3339);
    if json {
        let v: Vec<_> = agents
            .iter()
            .map(|a| {
                serde_json::json!({
                    "email": a.email,
                    "agent_id": a.agent_id,
                    "created_at": rfc3339(a.created_at_ms),
                    "pending_codes": a.pending_codes,
                    "devices": a.devices.iter().map(|d| serde_json::json!({
                        "id": d.id,
                        "name": d.name,
                        "enrolled_at": rfc3339(d.enrolled_at_ms),
                        "last_seen_at": opt(d.last_seen_at_ms),
                        "revoked_at": opt(d.revoked_at_ms),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(v));
        return Ok(());
    }
    if agents.is_empty() {
        println!("no agents");
    }
    for a in &agents {
        println!(
            "{}  agent id: {}  pending codes: {}",
            a.email,
            a.agent_id.as_deref().unwrap_or("-"),
            a.pending_codes
        );
        for d in &a.devices {
            println!(
                "  {}  {:?}  enrolled {}  last seen {}  {}",
                d.id,
                d.name,
                rfc3339(d.enrolled_at_ms),
                opt(d.last_seen_at_ms).unwrap_or_else(|| "-".into()),
                opt(d.revoked_at_ms)
                    .map_or_else(|| "active".to_owned(), |t| format!("revoked {t}")),
            );
        }
    }
    Ok(())
}
