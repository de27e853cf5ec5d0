//! The administrator's operations: list, revoke, rotate.

use super::enroll::{check_email, find_agent, issue_code};
use super::{
    AgentSummary, DeviceSummary, IssuedCode, NewAudit, Store, StoreError, db_ms, get_ms, get_opt_ms,
};
use crate::codes;
use sqlx::{AnyConnection, Row};
use std::collections::HashMap;
use std::time::Duration;

/// Revokes every device and pending code of the agent; returns the devices revoked.
async fn revoke_all(
    conn: &mut AnyConnection,
    agent: &super::AgentRow,
    now_ms: u64,
    detail: &str,
) -> Result<u64, StoreError> {
    let n =
        sqlx::query("UPDATE devices SET revoked_at = $2 WHERE agent = $1 AND revoked_at IS NULL")
            .bind(&agent.id)
            .bind(db_ms(now_ms))
            .execute(&mut *conn)
            .await?
            .rows_affected();
    sqlx::query("DELETE FROM enrollment_codes WHERE agent = $1 AND used_at IS NULL")
        .bind(&agent.id)
        .execute(&mut *conn)
        .await?;
    let audit_id = codes::new_id("au_")?;
    let detail = format!("{detail} ({n} devices)");
    NewAudit::admin(&audit_id, now_ms, agent, None, &detail)
        .query()
        .execute(&mut *conn)
        .await?;
    Ok(n)
}

impl Store {
    /// Every agent with its devices and its count of unused, unexpired codes (at `now_ms`).
    pub async fn list_agents(&self, now_ms: u64) -> Result<Vec<AgentSummary>, StoreError> {
        let agents =
            sqlx::query("SELECT id, email, agent_id, created_at FROM agents ORDER BY email")
                .fetch_all(&self.pool)
                .await?;
        let devices = sqlx::query(
            "SELECT id, agent, name, enrolled_at, last_seen_at, revoked_at FROM devices ORDER BY enrolled_at, id",
        )
        .fetch_all(&self.pool)
        .await?;
        let codes = sqlx::query(
            "SELECT agent, COUNT(*) AS n FROM enrollment_codes WHERE used_at IS NULL AND expires_at > $1 GROUP BY agent",
        )
        .bind(db_ms(now_ms))
        .fetch_all(&self.pool)
        .await?;
        let mut by_agent: HashMap<String, Vec<DeviceSummary>> = HashMap::new();
        for d in &devices {
            by_agent
                .entry(d.try_get("agent")?)
                .or_default()
                .push(DeviceSummary {
                    id: d.try_get("id")?,
                    name: d.try_get("name")?,
                    enrolled_at_ms: get_ms(d, "enrolled_at")?,
                    last_seen_at_ms: get_opt_ms(d, "last_seen_at")?,
                    revoked_at_ms: get_opt_ms(d, "revoked_at")?,
                });
        }
        let mut pending: HashMap<String, u64> = HashMap::new();
        for c in &codes {
            pending.insert(c.try_get("agent")?, get_ms(c, "n")?);
        }
        let mut out = Vec::with_capacity(agents.len());
        for a in &agents {
            let id: String = a.try_get("id")?;
            out.push(AgentSummary {
                email: a.try_get("email")?,
                agent_id: a.try_get("agent_id")?,
                created_at_ms: get_ms(a, "created_at")?,
                devices: by_agent.remove(&id).unwrap_or_default(),
                pending_codes: pending.get(&id).copied().unwrap_or(0),
            });
        }
        Ok(out)
    }

    /// Revokes every device and pending code of the agent, at once; returns
    /// how many devices were active.
    pub async fn revoke_agent(&self, email: &str, now_ms: u64) -> Result<u64, StoreError> {
        let email = check_email(email)?;
        let mut tx = self.write_tx().await?;
        let Some(agent) = find_agent(&mut tx, &email).await? else {
            return Err(StoreError::UnknownAgent(email));
        };
        let n = revoke_all(&mut tx, &agent, now_ms, "revoked").await?;
        tx.commit().await?;
        Ok(n)
    }

    /// Revokes one device of the agent; `false` when it was revoked already.
    pub async fn revoke_device(
        &self,
        email: &str,
        device_id: &str,
        now_ms: u64,
    ) -> Result<bool, StoreError> {
        let email = check_email(email)?;
        let mut tx = self.write_tx().await?;
        let Some(agent) = find_agent(&mut tx, &email).await? else {
            return Err(StoreError::UnknownAgent(email));
        };
        let row = sqlx::query("SELECT revoked_at FROM devices WHERE id = $1 AND agent = $2")
            .bind(device_id)
            .bind(&agent.id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Err(StoreError::UnknownDevice(device_id.to_owned()));
        };
        if row.try_get::<Option<i64>, _>("revoked_at")?.is_some() {
            return Ok(false);
        }
        sqlx::query("UPDATE devices SET revoked_at = $2 WHERE id = $1")
            .bind(device_id)
            .bind(db_ms(now_ms))
            .execute(&mut *tx)
            .await?;
        let audit_id = codes::new_id("au_")?;
        NewAudit::admin(&audit_id, now_ms, &agent, Some(device_id), "revoked")
            .query()
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Revokes the agent's devices and pending codes and issues a new code.
    pub async fn rotate_agent(
        &self,
        email: &str,
        ttl: Duration,
        now_ms: u64,
    ) -> Result<IssuedCode, StoreError> {
        let email = check_email(email)?;
        let mut tx = self.write_tx().await?;
        let Some(agent) = find_agent(&mut tx, &email).await? else {
            return Err(StoreError::UnknownAgent(email));
        };
        revoke_all(&mut tx, &agent, now_ms, "rotated").await?;
        let issued = issue_code(&mut tx, &agent, ttl, now_ms, "code issued").await?;
        tx.commit().await?;
        Ok(issued)
    }
}
