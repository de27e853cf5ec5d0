//! Auto-pause rules: while a window whose title matches a rule is in front
//! (a payment page, a card-details form), the app pauses the recording.

use crate::validate::FieldError;
use serde::{Deserialize, Serialize};

/// Longest pattern accepted.
pub const MAX_PATTERN_CHARS: usize = 200;
/// Most rules accepted.
pub const MAX_RULES: usize = 50;

/// One rule as stored: a case-insensitive substring, or a regular expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutoPauseRule {
    /// Text to look for in the foreground window's title.
    pub pattern: String,
    /// Treat `pattern` as a regular expression (still case-insensitive).
    #[serde(default)]
    pub regex: bool,
}

impl AutoPauseRule {
    /// A short label for messages: the pattern, marked when it is a regex.
    pub fn label(&self) -> String {
        if self.regex {
            format!("/{}/", self.pattern)
        } else {
            format!("“{}”", self.pattern)
        }
    }
}

#[derive(Debug, Clone)]
enum Matcher {
    /// Lower-cased needle.
    Substring(String),
    Regex(regex::Regex),
}

/// Compiled rules, ready to match titles.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<(AutoPauseRule, Matcher)>,
}

impl RuleSet {
    /// Compiles `rules`; every problem names the rule by its position.
    pub fn compile(rules: &[AutoPauseRule]) -> Result<Self, FieldError> {
        if rules.len() > MAX_RULES {
            return Err(problem(crate::msg!(
                "rules-too-many",
                max = MAX_RULES,
                count = rules.len()
            )));
        }
        let mut compiled = Vec::with_capacity(rules.len());
        for (i, rule) in rules.iter().enumerate() {
            let n = i + 1;
            let pattern = rule.pattern.trim();
            if pattern.is_empty() {
                return Err(problem(crate::msg!("rule-empty", n = n)));
            }
            if pattern.chars().count() > MAX_PATTERN_CHARS {
                return Err(problem(crate::msg!(
                    "rule-too-long",
                    n = n,
                    max = MAX_PATTERN_CHARS
                )));
            }
            let matcher = if rule.regex {
                regex::RegexBuilder::new(pattern)
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                    .map(Matcher::Regex)
                    .map_err(|e| {
                        problem(crate::msg!(
                            "rule-bad-regex",
                            n = n,
                            detail = first_line(&e.to_string())
                        ))
                    })?
            } else {
                Matcher::Substring(pattern.to_lowercase())
            };
            compiled.push((
                AutoPauseRule {
                    pattern: pattern.to_owned(),
                    regex: rule.regex,
                },
                matcher,
            ));
        }
        Ok(Self { rules: compiled })
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The rules, normalized (trimmed).
    pub fn rules(&self) -> impl Iterator<Item = &AutoPauseRule> {
        self.rules.iter().map(|(r, _)| r)
    }

    /// The first rule that matches `title`.
    pub fn find(&self, title: &str) -> Option<&AutoPauseRule> {
        let lower = title.to_lowercase();
        self.rules
            .iter()
            .find(|(_, m)| match m {
                Matcher::Substring(needle) => lower.contains(needle.as_str()),
                Matcher::Regex(re) => re.is_match(title),
            })
            .map(|(r, _)| r)
    }
}

fn problem(text: crate::Msg) -> FieldError {
    FieldError::new("auto-pause rules", text)
}

fn first_line(s: &str) -> &str {
    s.lines().last().unwrap_or(s).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(p: &str, regex: bool) -> AutoPauseRule {
        AutoPauseRule {
            pattern: p.into(),
            regex,
        }
    }

    #[test]
    fn substring_is_case_insensitive_and_unicode() {
        let set = RuleSet::compile(&[rule(" card details ", false)]).unwrap();
        assert!(set.find("Payment – CARD DETAILS – Firefox").is_some());
        assert!(set.find("Notes").is_none());
        let set = RuleSet::compile(&[rule("ZAHLUNG", false)]).unwrap();
        assert!(set.find("Zahlung – Kartendaten").is_some());
    }

    #[test]
    fn regex_rules_and_first_match_wins() {
        let set = RuleSet::compile(&[rule(r"^pay(ment)?\b", true), rule("card", false)]).unwrap();
        assert_eq!(
            set.find("Payment – Card").unwrap().pattern,
            r"^pay(ment)?\b"
        );
        assert_eq!(set.find("Your card").unwrap().pattern, "card");
        assert!(set.find("Repayment").is_none());
    }

    #[test]
    fn bad_rules_name_the_rule() {
        let e = RuleSet::compile(&[rule("ok", false), rule("(", true)]).unwrap_err();
        assert_eq!(e.field, "auto-pause rules");
        assert!(
            e.to_string()
                .starts_with("auto-pause rules: rule 2 is not a valid regular expression"),
            "{e}"
        );
        let e = RuleSet::compile(&[rule("  ", false)]).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("auto-pause rules: rule 1 is empty"),
            "{e}"
        );
        let many = vec![rule("x", false); MAX_RULES + 1];
        assert!(RuleSet::compile(&many).is_err());
    }
}
