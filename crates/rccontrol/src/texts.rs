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
