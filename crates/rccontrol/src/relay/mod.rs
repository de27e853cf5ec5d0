//! Relay mode: the desktop talks to the tenant's `rccontrol-relay` instead of
//! 8x8, with a revocable device key instead of the tenant-wide token.
//! [`wire`] is the protocol both sides speak (docs/relay.md).

pub mod wire;
