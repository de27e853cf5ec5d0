//! The relay's database: agents, codes, devices and the central audit, on
//! SQLite or PostgreSQL through sqlx's Any driver, one set of migrations.

mod admin;
mod audit;
mod devices;
mod enroll;
mod error;
mod types;

pub use enroll::{check_agent_id, check_email};
pub use error::{EnrollError, StoreError};
pub use types::{
    AgentRow, AgentSummary, AuditFilter, AuditRow, DeviceRow, DeviceSummary, Enrolled, IssuedCode,
    KeyLookup,
};

use crate::config::{Backend, DatabaseUrl};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Row, Transaction};
use std::fmt;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

/// The relay's database. Cheap to clone (a pool).
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    redacted_url: String,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .field("url", &self.redacted_url)
            .finish()
    }
}

/// The connection URL sqlx gets: SQLite creates its file (`mode=rwc`).
fn connect_url(url: &DatabaseUrl) -> String {
    let raw = url.expose();
    if url.backend() == Backend::Sqlite && !raw.contains("mode=") {
        let sep = if raw.contains('?') { '&' } else { '?' };
        format!("{raw}{sep}mode=rwc")
    } else {
        raw.to_owned()
    }
}

impl Store {
    /// Connects and applies the migrations (idempotent).
    pub async fn open(url: &DatabaseUrl) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let password = url.password();
        let scrub = |message: String| match &password {
            Some(p) => message.replace(p.as_str(), "***"),
            None => message,
        };
        let backend = url.backend();
        let mut options = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(5));
        if backend == Backend::Sqlite {
            // foreign_keys=ON and a 5 s busy timeout are sqlx's SQLite defaults.
            options = options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    sqlx::query("PRAGMA journal_mode = WAL")
                        .execute(&mut *conn)
                        .await?;
                    sqlx::query("PRAGMA synchronous = NORMAL")
                        .execute(&mut *conn)
                        .await?;
                    sqlx::query("PRAGMA busy_timeout = 5000")
                        .execute(&mut *conn)
                        .await?;
                    sqlx::query("PRAGMA foreign_keys = ON")
                        .execute(&mut *conn)
                        .await?;
                    Ok(())
                })
            });
        }
        let pool = options
            .connect(&connect_url(url))
            .await
            .map_err(|e| StoreError::Database(scrub(e.to_string())))?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|e| StoreError::Migrate(scrub(e.to_string())))?;
        Ok(Store {
            pool,
            backend,
            redacted_url: url.redacted(),
        })
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes every connection (waits for those in use).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A write transaction. SQLite: `BEGIN IMMEDIATE`, so concurrent writers
    /// queue on the busy timeout instead of failing on a lock upgrade.
    async fn write_tx(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }
}

/// Unix ms as the database stores them.
pub(crate) fn db_ms(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// A duration added to a time, in Unix ms.
pub(crate) fn plus(now_ms: u64, d: Duration) -> u64 {
    now_ms.saturating_add(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

pub(crate) fn get_ms(row: &AnyRow, col: &str) -> Result<u64, sqlx::Error> {
    Ok(u64::try_from(row.try_get::<i64, _>(col)?).unwrap_or(0))
}

pub(crate) fn get_opt_ms(row: &AnyRow, col: &str) -> Result<Option<u64>, sqlx::Error> {
    Ok(row
        .try_get::<Option<i64>, _>(col)?
        .map(|v| u64::try_from(v).unwrap_or(0)))
}

/// One audit row to write.
#[derive(Debug, Default)]
pub(crate) struct NewAudit<'a> {
    pub id: &'a str,
    pub at_ms: u64,
    pub kind: &'a str,
    pub agent_email: Option<&'a str>,
    pub agent_id: Option<&'a str>,
    pub device: Option<&'a str>,
    pub trigger: Option<&'a str>,
    pub action: Option<&'a str>,
    pub outcome: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub replica: Option<&'a str>,
}

const INSERT_AUDIT: &str = r#"INSERT INTO audit (id, at_ms, kind, agent_email, agent_id, device, "trigger", "action", outcome, detail, replica)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"#;

impl<'a> NewAudit<'a> {
    pub(crate) fn query(&self) -> sqlx::query::Query<'a, Any, sqlx::any::AnyArguments<'a>> {
        sqlx::query(INSERT_AUDIT)
            .bind(self.id)
            .bind(db_ms(self.at_ms))
            .bind(self.kind)
            .bind(self.agent_email)
            .bind(self.agent_id)
            .bind(self.device)
            .bind(self.trigger)
            .bind(self.action)
            .bind(self.outcome)
            .bind(self.detail)
            .bind(self.replica)
    }

    /// An `admin` row about an agent.
    pub(crate) fn admin(
        id: &'a str,
        at_ms: u64,
        agent: &'a AgentRow,
        device: Option<&'a str>,
        detail: &'a str,
    ) -> NewAudit<'a> {
        NewAudit {
            id,
            at_ms,
            kind: "admin",
            agent_email: Some(&agent.email),
            agent_id: agent.agent_id.as_deref(),
            device,
            detail: Some(detail),
            ..NewAudit::default()
        }
    }
}

pub(crate) fn agent_from(row: &AnyRow) -> Result<AgentRow, sqlx::Error> {
    Ok(AgentRow {
        id: row.try_get("agent_pk")?,
        email: row.try_get("email")?,
        agent_id: row.try_get("agent_id")?,
    })
}
