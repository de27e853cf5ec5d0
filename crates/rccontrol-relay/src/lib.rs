//! `rccontrol-relay`: the tenant's relay (docs/relay.md). The configuration,
//! keys and codes, the store (SQLite or PostgreSQL), the admin commands, and
//! the HTTP service.

pub mod cli;
pub mod codes;
pub mod config;
pub mod secrets;
pub mod server;
pub mod store;

pub use config::{
    AdminConfig, Backend, ConfigError, DatabaseUrl, Limits, RelayConfig, StreamSettings,
    TenantConfig, TlsFiles,
};
pub use store::{
    AgentRow, AgentSummary, AuditFilter, AuditRow, DeviceRow, DeviceSummary, EnrollError, Enrolled,
    IssuedCode, KeyLookup, Store, StoreError,
};

/// Milliseconds since the Unix epoch, now (0 if the clock is before 1970).
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}
