//! The agent's language, shared by everything that speaks to them.

use rccontrol_i18n::Localizer;
use std::fmt;
use std::sync::{Arc, RwLock};

/// A shared handle on the current [`Localizer`]: the controller, the socket
/// server and the shells hold clones, and a language change reaches all of them.
#[derive(Clone)]
pub struct Texts(Arc<RwLock<Arc<Localizer>>>);

impl Texts {
    /// A handle on `l`.
    pub fn new(l: Localizer) -> Self {
        Texts(Arc::new(RwLock::new(Arc::new(l))))
    }

    /// English (tests, and the fallback).
    pub fn english() -> Self {
        Self::new(Localizer::english())
    }

    /// The current localizer.
    pub fn get(&self) -> Arc<Localizer> {
        self.0.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Switches every holder to `l`.
    pub fn set(&self, l: Localizer) {
        *self.0.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(l);
    }
}

impl Default for Texts {
    fn default() -> Self {
        Self::english()
    }
}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Texts").field(&self.get().tag()).finish()
    }
}

/// A message to be said in the agent's language: a catalog id and its
/// arguments. Errors carry one, so each surface can say it in its language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Msg {
    /// The catalog id.
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, MsgArg)>,
}

/// One argument of a [`Msg`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum MsgArg {
    /// Text, inserted as is.
    Text(String),
    /// A whole number (selects plural forms).
    Number(i64),
}

impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        MsgArg::Text(s)
    }
}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        MsgArg::Text(s.to_owned())
    }
}

impl From<&String> for MsgArg {
    fn from(s: &String) -> Self {
        MsgArg::Text(s.clone())
    }
}

macro_rules! msg_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for MsgArg {
            fn from(n: $t) -> Self {
                MsgArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
msg_numbers!(u16, u32, u64, usize, i32, i64);

impl Msg {
    /// Says the message in `l`'s language.
    pub fn render(&self, l: &Localizer) -> String {
        let args: Vec<(&str, rccontrol_i18n::Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, v)| {
                let a = match v {
                    MsgArg::Text(s) => rccontrol_i18n::Arg::from(s.as_str()),
                    MsgArg::Number(n) => rccontrol_i18n::Arg::from(*n),
                };
                (*name, a)
            })
            .collect();
        l.format(self.id, &args)
    }

    /// Says the message in English (logs, `Display` of errors).
    pub fn english(&self) -> String {
        self.render(&Localizer::english())
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

/// Builds a [`Msg`] from a catalog id and named arguments:
/// `msg!(<id literal>)` or `msg!(<id literal>, name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::texts::Msg { id: $id, args: Vec::new() }
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::texts::Msg {
            id: $id,
            args: vec![$((stringify!($name), $crate::texts::MsgArg::from($value))),+],
        }
    };
}
