//! Agents, enrollment codes, and enrollment.

use super::{
    AgentRow, EnrollError, Enrolled, IssuedCode, NewAudit, Store, StoreError, agent_from, db_ms,
    plus,
};
use crate::codes;
use sqlx::AnyConnection;
use std::time::Duration;

/// Longest device name kept.
pub const MAX_DEVICE_NAME: usize = 100;

/// Checks an e-mail (one `@`, no spaces, at most 254 characters); lower-cased.
pub fn check_email(email: &str) -> Result<String, StoreError> {
    let bad = |problem: &str| StoreError::Invalid {
        field: "email",
        problem: problem.to_owned(),
    };
    let email = email.trim();
    if email.is_empty() {
        return Err(bad(
            "empty; give the agent's e-mail (first.last@example.com)",
        ));
    }
    if email.chars().count() > rccontrol::validate::MAX_EMAIL_CHARS {
        return Err(bad("longer than 254 characters"));
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad("must not contain spaces"));
    }
    match email.split_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !domain.contains('@') =>
        {
            Ok(email.to_lowercase())
        }
        _ => Err(bad(
            "must be one name, one @ and one domain (first.last@example.com)",
        )),
    }
}

/// Checks 8x8's agent id (rccontrol_stream's rules).
pub fn check_agent_id(agent_id: &str) -> Result<String, StoreError> {
    rccontrol_stream::hosts::validate_agent_id(agent_id)
        .map(str::to_owned)
        .map_err(|e| StoreError::Invalid {
            field: "agent_id",
            problem: match e {
                rccontrol_stream::hosts::InputError::Invalid { reason, .. } => reason,
                other => other.to_string(),
            },
        })
}

fn check_device_name(name: &str) -> Result<String, StoreError> {
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > MAX_DEVICE_NAME
        || name.chars().any(char::is_control)
    {
        return Err(StoreError::Invalid {
            field: "device_name",
            problem: format!("must have 1 to {MAX_DEVICE_NAME} characters, no control characters"),
        });
    }
    Ok(name.to_owned())
}

/// The agent with `email`, if any.
pub(crate) async fn find_agent(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Option<AgentRow>, sqlx::Error> {
    let row = sqlx::query("SELECT id AS agent_pk, email, agent_id FROM agents WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(agent_from).transpose()
}

/// Issues a code for `agent` inside the caller's transaction, with its audit row.
pub(crate) async fn issue_code(
    conn: &mut AnyConnection,
    agent: &AgentRow,
    ttl: Duration,
    now_ms: u64,
    detail: &str,
) -> Result<IssuedCode, StoreError> {
    let code = codes::new_code()?;
    let expires_at_ms = plus(now_ms, ttl);
    sqlx::query(
        "INSERT INTO enrollment_codes (code_hash, agent, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(codes::hash(&code))
    .bind(&agent.id)
    .bind(db_ms(now_ms))
    .bind(db_ms(expires_at_ms))
    .execute(&mut *conn)
    .await?;
    let audit_id = codes::new_id("au_")?;
    NewAudit::admin(&audit_id, now_ms, agent, None, detail)
        .query()
        .execute(&mut *conn)
        .await?;
    Ok(IssuedCode {
        email: agent.email.clone(),
        agent_id: agent.agent_id.clone(),
        code,
        expires_at_ms,
    })
}

impl Store {
    /// Creates the agent if new (sets its agent id when given) and issues a
    /// one-time enrollment code valid for `ttl`.
    pub async fn add_agent(
        &self,
        email: &str,
        agent_id: Option<&str>,
        ttl: Duration,
        now_ms: u64,
    ) -> Result<IssuedCode, StoreError> {
        let email = check_email(email)?;
        let agent_id = agent_id.map(check_agent_id).transpose()?;
        let mut tx = self.write_tx().await?;
        let agent = match find_agent(&mut tx, &email).await? {
            Some(mut agent) => {
                if agent_id.is_some() && agent.agent_id != agent_id {
                    sqlx::query("UPDATE agents SET agent_id = $1 WHERE id = $2")
                        .bind(agent_id.as_deref())
                        .bind(&agent.id)
                        .execute(&mut *tx)
                        .await?;
                    agent.agent_id = agent_id;
                }
                agent
            }
            None => {
                let agent = AgentRow {
                    id: codes::new_id("ag_")?,
                    email,
                    agent_id,
                };
                sqlx::query(
                    "INSERT INTO agents (id, email, agent_id, created_at) VALUES ($1, $2, $3, $4)",
                )
                .bind(&agent.id)
                .bind(&agent.email)
                .bind(agent.agent_id.as_deref())
                .bind(db_ms(now_ms))
                .execute(&mut *tx)
                .await?;
                agent
            }
        };
        let issued = issue_code(&mut tx, &agent, ttl, now_ms, "code issued").await?;
        tx.commit().await?;
        Ok(issued)
    }

    /// Exchanges a code for a new device and its key, in one transaction: of
    /// concurrent enrollments with one code exactly one wins.
    pub async fn enroll(
        &self,
        code: &str,
        device_name: &str,
        now_ms: u64,
    ) -> Result<Enrolled, EnrollError> {
        let name = check_device_name(device_name)?;
        let Some(code) = codes::normalize_code(code) else {
            return Err(EnrollError::Refused);
        };
        let code_hash = codes::hash(&code);
        let device_id = codes::new_id("dv_").map_err(StoreError::from)?;
        let device_key = codes::new_device_key().map_err(StoreError::from)?;
        let audit_id = codes::new_id("au_").map_err(StoreError::from)?;
        let mut tx = self.write_tx().await?;
        let claimed = sqlx::query(
            "UPDATE enrollment_codes SET used_at = $2, device = $3 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(&code_hash)
        .bind(db_ms(now_ms))
        .bind(&device_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed != 1 {
            tx.rollback().await?;
            return Err(EnrollError::Refused);
        }
        let row = sqlx::query(
            "SELECT a.id AS agent_pk, a.email, a.agent_id FROM enrollment_codes c JOIN agents a ON a.id = c.agent WHERE c.code_hash = $1",
        )
        .bind(&code_hash)
        .fetch_one(&mut *tx)
        .await?;
        let agent = agent_from(&row)?;
        sqlx::query(
            "INSERT INTO devices (id, agent, key_hash, name, enrolled_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $5)",
        )
        .bind(&device_id)
        .bind(&agent.id)
        .bind(codes::hash(&device_key))
        .bind(&name)
        .bind(db_ms(now_ms))
        .execute(&mut *tx)
        .await?;
        NewAudit::admin(&audit_id, now_ms, &agent, Some(&device_id), "enrolled")
            .query()
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Enrolled {
            device_id,
            device_key,
            agent,
        })
    }
}
