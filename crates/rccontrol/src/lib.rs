//! Core of Recording Control: everything that is not a GUI.
//!
//! Data flows one way: a trigger asks the [`Controller`] for an [`Action`]; the
//! controller sends it through the [`Client`]; the answer becomes an [`Outcome`]
//! inside a [`Report`]; the report updates the [`BelievedState`] and reaches every
//! [`EventSink`] (audit log, state file, tray, notifications).

pub mod action;
pub mod atomic_file;
pub mod audit;
pub mod client;
pub mod clusters;
pub mod configure;
pub mod control_socket;
pub mod controller;
pub mod field_error;
pub mod guard;
pub mod hotkeys;
pub mod live;
pub mod managed;
pub mod outcome;
pub mod paths;
pub mod relay;
pub mod rules;
pub mod safety;
pub mod secret;
pub mod session;
pub mod settings;
pub mod settings_file;
pub mod state;
pub mod texts;
pub mod throttle;
pub mod validate;
#[cfg(windows)]
mod windows_sid;

pub use action::{Action, Trigger};
pub use audit::{AuditEntry, AuditLog};
pub use client::{Client, ClientError, ClientOptions};
pub use controller::{ActionSender, Controller, ControllerEvent, EventSink};
pub use managed::Policy;
pub use outcome::{Outcome, Report};
pub use paths::Paths;
/// The message catalogs and the `tr!` macro.
pub use rccontrol_i18n as i18n;
pub use rccontrol_i18n::{Localizer, tr};
pub use safety::Safety;
pub use secret::{Secret, TokenError, TokenSource, TokenStore};
pub use session::{Session, SessionError};
pub use settings::{Config, Identity, Settings, SettingsError};
pub use state::{BelievedState, Doubt, PausedBy, StateFile};
pub use texts::{Msg, Texts};
pub use validate::{FieldError, Host};
