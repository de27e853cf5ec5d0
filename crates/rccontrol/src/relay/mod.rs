//! Relay mode: the desktop talks to the tenant's `rccontrol-relay` instead of
//! 8x8, with a revocable device key instead of the tenant-wide token.
//! [`wire`] is the protocol both sides speak (docs/relay.md).

pub mod client;
pub mod enroll;
pub mod url;
pub mod wire;

pub use client::RelayClient;
pub use url::RelayUrl;

/// The keychain account of a device key: `relay:{device id}@{relay host}`.
pub fn key_account(device_id: &str, url: &RelayUrl) -> String {
    format!("relay:{device_id}@{}", url.host())
}
