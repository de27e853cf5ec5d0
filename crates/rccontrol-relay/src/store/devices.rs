//! Device keys: lookup, last seen, rotation.

use super::{DeviceRow, KeyLookup, NewAudit, Store, StoreError, agent_from, db_ms};
use crate::codes;
use rccontrol::relay::wire::DEVICE_KEY_PREFIX;
use sqlx::Row;
use zeroize::Zeroizing;

impl Store {
    /// What `key` is: an active device's, a revoked (or rotated-away) one, or unknown.
    pub async fn device_by_key(&self, key: &str) -> Result<KeyLookup, StoreError> {
        if !key.starts_with(DEVICE_KEY_PREFIX) {
            return Ok(KeyLookup::Unknown);
        }
        let key_hash = codes::hash(key);
        let row = sqlx::query(
            "SELECT d.id, d.name, d.revoked_at, a.id AS agent_pk, a.email, a.agent_id FROM devices d JOIN agents a ON a.id = d.agent WHERE d.key_hash = $1",
        )
        .bind(&key_hash)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(row) = row {
            if row.try_get::<Option<i64>, _>("revoked_at")?.is_some() {
                return Ok(KeyLookup::Revoked);
            }
            return Ok(KeyLookup::Active(DeviceRow {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                agent: agent_from(&row)?,
            }));
        }
        let retired = sqlx::query("SELECT device FROM retired_keys WHERE key_hash = $1")
            .bind(&key_hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(if retired.is_some() {
            KeyLookup::Revoked
        } else {
            KeyLookup::Unknown
        })
    }

    /// Marks the device seen now.
    pub async fn touch_device(&self, device_id: &str, now_ms: u64) -> Result<(), StoreError> {
        sqlx::query("UPDATE devices SET last_seen_at = $2 WHERE id = $1")
            .bind(device_id)
            .bind(db_ms(now_ms))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A new key for an active device; the old one answers `Revoked` from now on.
    pub async fn rotate_device_key(
        &self,
        device_id: &str,
        now_ms: u64,
    ) -> Result<Zeroizing<String>, StoreError> {
        let key = codes::new_device_key()?;
        let audit_id = codes::new_id("au_")?;
        let mut tx = self.write_tx().await?;
        let row = sqlx::query(
            "SELECT d.key_hash, a.id AS agent_pk, a.email, a.agent_id FROM devices d JOIN agents a ON a.id = d.agent WHERE d.id = $1 AND d.revoked_at IS NULL",
        )
        .bind(device_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Err(StoreError::UnknownDevice(device_id.to_owned()));
        };
        let old_hash: String = row.try_get("key_hash")?;
        let agent = agent_from(&row)?;
        sqlx::query("INSERT INTO retired_keys (key_hash, device, retired_at) VALUES ($1, $2, $3)")
            .bind(&old_hash)
            .bind(device_id)
            .bind(db_ms(now_ms))
            .execute(&mut *tx)
            .await?;
        let changed = sqlx::query(
            "UPDATE devices SET key_hash = $1, last_seen_at = $4 WHERE id = $2 AND key_hash = $3",
        )
        .bind(codes::hash(&key))
        .bind(device_id)
        .bind(&old_hash)
        .bind(db_ms(now_ms))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed != 1 {
            tx.rollback().await?;
            return Err(StoreError::UnknownDevice(device_id.to_owned()));
        }
        NewAudit::admin(&audit_id, now_ms, &agent, Some(device_id), "key rotated")
            .query()
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(key)
    }
}
