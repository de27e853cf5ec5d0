//! The reader client.
