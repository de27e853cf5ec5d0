//! Which shipped language to use: the setting, or else the OS locale.

use crate::catalog::{LOCALES, SOURCE_LOCALE};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The `language` setting: follow the OS, or one shipped language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Preference {
    /// The OS locale picks ("auto").
    #[default]
    Auto,
    /// This shipped language, whatever the OS says.
    Fixed(&'static str),
}

/// A `language` value that is neither "auto" nor a shipped language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("language: \"{given}\" is not available; use auto or one of {allowed}")]
pub struct LanguageError {
    /// What was given.
    pub given: String,
    /// The allowed values, comma-separated.
    pub allowed: String,
}

impl FromStr for Preference {
    type Err = LanguageError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.is_empty() || t.eq_ignore_ascii_case("auto") {
            return Ok(Preference::Auto);
        }
        LOCALES
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(&t.replace('_', "-")))
            .map(|l| Preference::Fixed(l.tag))
            .ok_or_else(|| LanguageError {
                given: t.chars().take(40).collect(),
                allowed: LOCALES.iter().map(|l| l.tag).collect::<Vec<_>>().join(", "),
            })
    }
}

impl TryFrom<String> for Preference {
    type Error = LanguageError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Preference> for String {
    fn from(p: Preference) -> Self {
        p.to_string()
    }
}

impl fmt::Display for Preference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Preference::Auto => f.write_str("auto"),
            Preference::Fixed(tag) => f.write_str(tag),
        }
    }
}

impl Preference {
    /// The shipped language this preference means, given the OS locales.
    pub fn resolve(&self, os: &[String]) -> &'static str {
        match self {
            Preference::Fixed(tag) => tag,
            Preference::Auto => negotiate(os),
        }
    }
}

/// The OS's preferred locales, most preferred first (`LC_ALL`, `LC_MESSAGES`,
/// `LANG` on Unix; the user's UI languages on Windows and macOS).
pub fn os_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The best shipped language for a list of requested locales, most preferred
/// first. Accepts BCP 47 (`pt-BR`) and POSIX (`pt_BR.UTF-8@euro`) forms.
/// Spanish outside Spain gets the Mexican (Latin American) catalog, any
/// Portuguese the Brazilian one, any Chinese the Simplified one; nothing
/// usable gives English.
pub fn negotiate(requested: &[String]) -> &'static str {
    requested
        .iter()
        .find_map(|r| closest(r))
        .unwrap_or(SOURCE_LOCALE)
}

fn closest(requested: &str) -> Option<&'static str> {
    let base = requested.split(['.', '@']).next().unwrap_or_default();
    let mut parts = base.split(['-', '_']).filter(|p| !p.is_empty());
    let lang = parts.next()?.to_ascii_lowercase();
    let region = parts
        .find(|p| p.len() == 2 || p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_ascii_uppercase);
    Some(match lang.as_str() {
        "en" => "en-US",
        "es" => match region.as_deref() {
            None | Some("ES") => "es-ES",
            Some(_) => "es-MX",
        },
        "pt" => "pt-BR",
        "fr" => "fr-FR",
        "de" => "de-DE",
        "th" => "th-TH",
        "zh" => "zh-CN",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(tags: &[&str]) -> &'static str {
        negotiate(&tags.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn os_forms_map_to_shipped_languages() {
        assert_eq!(pick(&["pt_BR.UTF-8"]), "pt-BR");
        assert_eq!(pick(&["pt-PT"]), "pt-BR");
        assert_eq!(pick(&["es_AR.UTF-8"]), "es-MX");
        assert_eq!(pick(&["es-419"]), "es-MX");
        assert_eq!(pick(&["es_ES@euro"]), "es-ES");
        assert_eq!(pick(&["es"]), "es-ES");
        assert_eq!(pick(&["de_AT.UTF-8"]), "de-DE");
        assert_eq!(pick(&["fr-CA"]), "fr-FR");
        assert_eq!(pick(&["th_TH.UTF-8"]), "th-TH");
        assert_eq!(pick(&["zh-Hans-CN"]), "zh-CN");
        assert_eq!(pick(&["zh_SG"]), "zh-CN");
    }

    #[test]
    fn unknown_or_posix_locales_fall_through_to_the_next_then_english() {
        assert_eq!(pick(&["C"]), "en-US");
        assert_eq!(pick(&["POSIX", "fr_FR"]), "fr-FR");
        assert_eq!(pick(&["ja_JP.UTF-8", "de"]), "de-DE");
        assert_eq!(pick(&[]), "en-US");
    }

    #[test]
    fn the_setting_accepts_auto_and_shipped_tags_only() {
        assert_eq!("auto".parse::<Preference>(), Ok(Preference::Auto));
        assert_eq!("".parse::<Preference>(), Ok(Preference::Auto));
        assert_eq!(
            "pt_br".parse::<Preference>(),
            Ok(Preference::Fixed("pt-BR"))
        );
        let e = "ja-JP".parse::<Preference>().unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.starts_with("language: \"ja-JP\" is not available"),
            "{msg}"
        );
        assert!(msg.contains("zh-CN") && msg.contains("auto"), "{msg}");
        assert_eq!(Preference::Fixed("th-TH").resolve(&["de".into()]), "th-TH");
        assert_eq!(Preference::Auto.resolve(&["de".into()]), "de-DE");
    }
}
