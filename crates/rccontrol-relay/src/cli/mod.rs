//! The admin commands.
