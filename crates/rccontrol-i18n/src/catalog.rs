//! The shipped languages and their Fluent sources, compiled in.

/// A shipped language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, e.g. `pt-BR`.
    pub tag: &'static str,
    /// The language's own name, for the language picker.
    pub name: &'static str,
}

/// The language every other catalog is checked against, and the fallback.
pub const SOURCE_LOCALE: &str = "en-US";

/// Every shipped language, English first.
pub const LOCALES: &[Locale] = &[
    Locale {
        tag: "en-US",
        name: "English",
    },
    Locale {
        tag: "es-ES",
        name: "Español (España)",
    },
    Locale {
        tag: "es-MX",
        name: "Español (México)",
    },
    Locale {
        tag: "pt-BR",
        name: "Português (Brasil)",
    },
    Locale {
        tag: "fr-FR",
        name: "Français",
    },
    Locale {
        tag: "de-DE",
        name: "Deutsch",
    },
    Locale {
        tag: "th-TH",
        name: "ไทย",
    },
    Locale {
        tag: "zh-CN",
        name: "简体中文",
    },
];

/// The catalog files of each language, one per surface.
pub const FILES: &[&str] = &["core.ftl", "app.ftl", "window.ftl", "rcctl.ftl"];

macro_rules! sources {
    ($($tag:literal),*) => {
        /// The Fluent source of `file` for the language `tag`, if shipped.
        pub fn source(tag: &str, file: &str) -> Option<&'static str> {
            match tag {
                $($tag => match file {
                    "core.ftl" => Some(include_str!(concat!("../locales/", $tag, "/core.ftl"))),
                    "app.ftl" => Some(include_str!(concat!("../locales/", $tag, "/app.ftl"))),
                    "window.ftl" => Some(include_str!(concat!("../locales/", $tag, "/window.ftl"))),
                    "rcctl.ftl" => Some(include_str!(concat!("../locales/", $tag, "/rcctl.ftl"))),
                    _ => None,
                },)*
                _ => None,
            }
        }
    };
}
sources!(
    "en-US", "es-ES", "es-MX", "pt-BR", "fr-FR", "de-DE", "th-TH", "zh-CN"
);
