//! Every sentence Recording Control shows, in every shipped language.
//!
//! The catalogs are Fluent files under `locales/<tag>/`, compiled into the
//! binary. A [`Localizer`] formats a message in the chosen language and falls
//! back to English, message by message, when a translation lacks it.
//! Bidi isolation marks are off: the text goes to notifications, terminals
//! and tray menus, where they would show as stray characters.

mod arg;
mod catalog;
mod choose;
mod localizer;

pub use arg::Arg;
pub use catalog::{FILES, LOCALES, Locale, SOURCE_LOCALE, source};
pub use choose::{LanguageError, Preference, negotiate, os_locales};
pub use localizer::{Localizer, message_ids};

/// Formats a message: `tr!(l, <id literal>)` or `tr!(l, <id literal>, name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($l:expr, $id:literal) => {
        $l.text($id)
    };
    ($l:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $l.format($id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}
