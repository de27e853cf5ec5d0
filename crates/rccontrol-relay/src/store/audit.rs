//! The central audit: actions (pending first), state changes, reading, pruning.

use super::{
    AuditFilter, AuditRow, DeviceRow, NewAudit, Store, StoreError, db_ms, get_ms, get_opt_ms,
};
use crate::codes;
use rccontrol::{Action, Trigger};
use sqlx::Row;
use sqlx::any::AnyRow;

impl Store {
    /// Writes an action's row (`outcome = 'pending'`) before it goes to 8x8;
    /// returns the row's id for [`Store::finish_action`].
    pub async fn begin_action(
        &self,
        device: &DeviceRow,
        action: Action,
        trigger: Trigger,
        replica: &str,
        now_ms: u64,
    ) -> Result<String, StoreError> {
        let id = codes::new_id("au_")?;
        NewAudit {
            id: &id,
            at_ms: now_ms,
            kind: "action",
            agent_email: Some(&device.agent.email),
            agent_id: device.agent.agent_id.as_deref(),
            device: Some(&device.id),
            trigger: Some(trigger.as_str()),
            action: Some(action.as_str()),
            outcome: Some("pending"),
            detail: None,
            replica: Some(replica),
        }
        .query()
        .execute(&self.pool)
        .await?;
        Ok(id)
    }

    /// Completes an action's row with its outcome.
    pub async fn finish_action(
        &self,
        audit_id: &str,
        outcome_kind: &str,
        http_status: Option<u16>,
        latency_ms: u64,
    ) -> Result<(), StoreError> {
        let n = sqlx::query(
            "UPDATE audit SET outcome = $2, http_status = $3, latency_ms = $4 WHERE id = $1 AND kind = 'action'",
        )
        .bind(audit_id)
        .bind(outcome_kind)
        .bind(http_status.map(i64::from))
        .bind(db_ms(latency_ms))
        .execute(&self.pool)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::UnknownAudit(audit_id.to_owned()));
        }
        Ok(())
    }

    /// The device's actions at or after `since_ms` (the rate limit's count).
    pub async fn actions_since(&self, device_id: &str, since_ms: u64) -> Result<u64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM audit WHERE device = $1 AND kind = 'action' AND at_ms >= $2",
        )
        .bind(device_id)
        .bind(db_ms(since_ms))
        .fetch_one(&self.pool)
        .await?;
        Ok(get_ms(&row, "n")?)
    }

    /// The time of the device's action (at or after `since_ms`) whose
    /// leaving the rate limit's window brings the count below `limit`: the
    /// oldest when the count is at the limit, a later one when concurrent
    /// requests took it past. `None` when the count is already below `limit`.
    pub async fn action_freeing_a_slot(
        &self,
        device_id: &str,
        since_ms: u64,
        limit: u64,
    ) -> Result<Option<u64>, StoreError> {
        let count = self.actions_since(device_id, since_ms).await?;
        if count < limit {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT at_ms FROM audit WHERE device = $1 AND kind = 'action' AND at_ms >= $2 \
             ORDER BY at_ms LIMIT 1 OFFSET $3",
        )
        .bind(device_id)
        .bind(db_ms(since_ms))
        .bind(db_ms(count - limit))
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(row) => Some(get_ms(&row, "at_ms")?),
            None => None,
        })
    }

    /// Records a live state change once per (message id, agent): the same
    /// event seen by two replicas is one row. `state` goes into the `action`
    /// column, `by` into `trigger`. Returns whether a row was written.
    pub async fn record_state(
        &self,
        message_id: &str,
        agent_id: &str,
        state: &str,
        by: Option<&str>,
        detail: Option<&str>,
        now_ms: u64,
    ) -> Result<bool, StoreError> {
        let id = format!(
            "st_{}",
            &codes::hash(&format!("{agent_id}\n{message_id}"))[..40]
        );
        let email: Option<String> =
            sqlx::query("SELECT email FROM agents WHERE agent_id = $1 ORDER BY created_at LIMIT 1")
                .bind(agent_id)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get("email"))
                .transpose()?;
        let n = sqlx::query(
            r#"INSERT INTO audit (id, at_ms, kind, agent_email, agent_id, "trigger", "action", detail)
VALUES ($1, $2, 'state', $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING"#,
        )
        .bind(&id)
        .bind(db_ms(now_ms))
        .bind(email.as_deref())
        .bind(agent_id)
        .bind(by)
        .bind(state)
        .bind(detail)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Marks `pending` actions written before `older_than_ms` (Unix ms: a
    /// cut-off time, e.g. now − 60 s) as `interrupted`; returns how many.
    pub async fn interrupt_stale(&self, older_than_ms: u64) -> Result<u64, StoreError> {
        Ok(sqlx::query(
            "UPDATE audit SET outcome = 'interrupted' WHERE kind = 'action' AND outcome = 'pending' AND at_ms < $1",
        )
        .bind(db_ms(older_than_ms))
        .execute(&self.pool)
        .await?
        .rows_affected())
    }

    /// The audit rows matching `filter`, oldest first.
    pub async fn audit(&self, filter: AuditFilter) -> Result<Vec<AuditRow>, StoreError> {
        let mut sql = String::from(
            r#"SELECT id, at_ms, kind, agent_email, agent_id, device, "trigger", "action", outcome, http_status, latency_ms, detail, replica FROM audit WHERE 1 = 1"#,
        );
        let email = filter
            .agent_email
            .as_deref()
            .map(super::enroll::check_email)
            .transpose()?;
        let mut n = 0;
        if email.is_some() {
            n += 1;
            sql.push_str(&format!(" AND agent_email = ${n}"));
        }
        if filter.since_ms.is_some() {
            n += 1;
            sql.push_str(&format!(" AND at_ms >= ${n}"));
        }
        sql.push_str(" ORDER BY at_ms, id");
        let mut query = sqlx::query(&sql);
        if let Some(email) = &email {
            query = query.bind(email);
        }
        if let Some(since) = filter.since_ms {
            query = query.bind(db_ms(since));
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter()
            .map(audit_row)
            .collect::<Result<_, _>>()
            .map_err(Into::into)
    }

    /// Deletes audit rows (and enrollment codes that expired) before `before_ms`;
    /// returns how many audit rows went.
    pub async fn prune(&self, before_ms: u64) -> Result<u64, StoreError> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query("DELETE FROM audit WHERE at_ms < $1")
            .bind(db_ms(before_ms))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM enrollment_codes WHERE expires_at < $1")
            .bind(db_ms(before_ms))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(n)
    }
}

fn audit_row(row: &AnyRow) -> Result<AuditRow, sqlx::Error> {
    Ok(AuditRow {
        id: row.try_get("id")?,
        at_ms: get_ms(row, "at_ms")?,
        kind: row.try_get("kind")?,
        agent_email: row.try_get("agent_email")?,
        agent_id: row.try_get("agent_id")?,
        device: row.try_get("device")?,
        trigger: row.try_get("trigger")?,
        action: row.try_get("action")?,
        outcome: row.try_get("outcome")?,
        http_status: get_opt_ms(row, "http_status")?.and_then(|s| u16::try_from(s).ok()),
        latency_ms: get_opt_ms(row, "latency_ms")?,
        detail: row.try_get("detail")?,
        replica: row.try_get("replica")?,
    })
}
