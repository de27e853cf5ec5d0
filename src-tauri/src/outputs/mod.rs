//! What the agent sees: the tray icon and menu, the paused badge, the
//! notifications and the settings window. An output reads the engine's
//! snapshot and is driven by the UI loop ([`crate::fanout`]); it imports no
//! input and no other output, and presses only its own Resume button.

pub mod badge;
pub mod notifications;
pub mod settings_window;
pub mod tray;
