//! Formats messages in one language, falling back to English per message.

use crate::arg::Arg;
use crate::catalog::{FILES, LOCALES, SOURCE_LOCALE, source};
use crate::choose::{Preference, os_locales};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::fmt;
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<FluentResource>;

/// Formats Recording Control's messages in one shipped language.
/// Cheap to share (`Send + Sync`); build one per language change.
pub struct Localizer {
    tag: &'static str,
    /// The chosen language first, English last.
    bundles: Vec<Bundle>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").field("tag", &self.tag).finish()
    }
}

fn bundle(tag: &'static str) -> Bundle {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    for file in FILES {
        if let Some(text) = source(tag, file) {
            // A catalog with a syntax error still gives every message it can
            // parse; the catalog tests keep shipped files free of errors.
            let res = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
            b.add_resource_overriding(res);
        }
    }
    b
}

impl Localizer {
    /// The localizer for a shipped language tag (anything else gives English).
    pub fn new(tag: &str) -> Self {
        let tag = LOCALES
            .iter()
            .find(|l| l.tag == tag)
            .map_or(SOURCE_LOCALE, |l| l.tag);
        let mut bundles = vec![bundle(tag)];
        if tag != SOURCE_LOCALE {
            bundles.push(bundle(SOURCE_LOCALE));
        }
        Localizer { tag, bundles }
    }

    /// The localizer for the `language` setting: the fixed language, or the
    /// OS locale's closest shipped language.
    pub fn for_preference(pref: &Preference) -> Self {
        Self::new(pref.resolve(&os_locales()))
    }

    /// English, for tests and for text that must not vary (logs).
    pub fn english() -> Self {
        Self::new(SOURCE_LOCALE)
    }

    /// The shipped language in use, e.g. `de-DE`.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments. A message missing from the chosen language
    /// comes from English.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let v = match value {
                Arg::Text(s) => FluentValue::from(s.to_string()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent.set(*name, v);
        }
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b
                    .format_pattern(pattern, Some(&fluent), &mut errors)
                    .into_owned();
            }
        }
        // Only reachable for an id missing from English too, which the
        // catalog tests rule out for every id the code uses.
        id.replace('-', " ")
    }

    /// Every message of one catalog file (by its English ids) formatted
    /// without arguments; a `{ $name }` placeholder stays as `{$name}` for the
    /// caller to fill. The settings page gets its texts this way.
    pub fn file_texts(&self, file: &str) -> BTreeMap<String, String> {
        message_ids(SOURCE_LOCALE, file)
            .into_iter()
            .map(|id| {
                let text = self.text(&id);
                (id, text)
            })
            .collect()
    }
}

/// The message ids defined by one catalog file of a language.
pub fn message_ids(tag: &str, file: &str) -> Vec<String> {
    let Some(text) = source(tag, file) else {
        return Vec::new();
    };
    let res = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
    res.entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A German localizer whose German catalog has only one message.
    fn partial() -> Localizer {
        let mut de = Bundle::new_concurrent(vec![unic_langid::langid!("de-DE")]);
        de.set_use_isolating(false);
        let res = FluentResource::try_new("state-no-call = Kein aktiver Anruf\n".to_owned())
            .unwrap_or_else(|(r, _)| r);
        de.add_resource_overriding(res);
        Localizer {
            tag: "de-DE",
            bundles: vec![de, bundle(SOURCE_LOCALE)],
        }
    }

    #[test]
    fn a_missing_message_comes_from_english_message_by_message() {
        let l = partial();
        assert_eq!(l.text("state-no-call"), "Kein aktiver Anruf");
        assert_eq!(l.text("state-unknown"), "Recording state unknown");
        assert_eq!(
            l.format(
                "state-paused-at",
                &[
                    ("time", Arg::from("10:42 UTC")),
                    ("elapsed", Arg::from("0:05"))
                ]
            ),
            "Paused at 10:42 UTC · 0:05 (8x8 accepted; not verified)"
        );
    }

    #[test]
    fn numbers_and_text_fill_placeholders_without_isolation_marks() {
        let l = Localizer::english();
        let text = l.format("outcome-bad-request", &[("status", Arg::from(400_u16))]);
        assert_eq!(
            text,
            "8x8 refused the request (HTTP 400) — nothing was changed"
        );
        assert!(!text.contains('\u{2068}'));
    }
}
