//! rcctl's language: `RCCONTROL_LANG`, else the settings' `language`, else the OS.

use rccontrol::i18n::{LanguageError, Preference};
use rccontrol::{Localizer, Paths, Policy, Settings, tr};

/// Environment variable that picks rcctl's language (`auto` or a shipped tag),
/// over the settings and the OS. Read in debug and release builds alike.
pub const LANG_ENV: &str = "RCCONTROL_LANG";

/// The language chosen for this run, and the problem with `RCCONTROL_LANG`, if
/// it names no shipped language (then the settings or the OS chose instead).
pub fn choose(paths: Option<&Paths>) -> (Localizer, Option<LanguageError>) {
    let fallback = || Localizer::for_preference(&settings_preference(paths));
    match std::env::var_os(LANG_ENV) {
        Some(v) if !v.is_empty() => match v.to_string_lossy().parse::<Preference>() {
            Ok(p) => (Localizer::for_preference(&p), None),
            Err(e) => (fallback(), Some(e)),
        },
        _ => (fallback(), None),
    }
}

/// The sentence for a bad `RCCONTROL_LANG`, naming the allowed values.
pub fn env_error(e: &LanguageError, l: &Localizer) -> String {
    tr!(
        l,
        "rcctl-language-unknown",
        variable = LANG_ENV,
        given = e.given.as_str(),
        allowed = e.allowed.as_str()
    )
}

/// The `language` of the settings file (under the admin policy); `auto` when
/// it is unset, unreadable or names no shipped language.
fn settings_preference(paths: Option<&Paths>) -> Preference {
    paths
        .and_then(|p| Settings::load_effective(&p.settings_file(), &Policy::load_system()).ok())
        .map(|s| s.language())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use rccontrol::i18n::{SOURCE_LOCALE, message_ids, source};

    #[test]
    fn every_rcctl_message_parses() {
        let text = source(SOURCE_LOCALE, "rcctl.ftl").unwrap_or_default();
        let defined = text.lines().filter(|l| l.starts_with("rcctl-")).count();
        let parsed = message_ids(SOURCE_LOCALE, "rcctl.ftl");
        assert!(defined > 0);
        assert_eq!(
            parsed.len(),
            defined,
            "a message with a syntax error is dropped"
        );
    }
}
