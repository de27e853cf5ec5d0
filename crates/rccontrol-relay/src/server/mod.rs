//! The HTTP service (see docs/relay.md).
