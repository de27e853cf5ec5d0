//! Fuzzes the 8x8 answer classifier: `rccontrol::outcome::{classify, classify_body}`.
//!
//! The whole input is the response body (so seeds are readable bodies); every
//! status class is classified with it.
//!
//! Invariants, beyond "no panic":
//! * a body is `Applied` (a confirmed pause/resume) only if it says "success",
//!   case-insensitively: in its raw text, or — the classifier decodes JSON — in
//!   one of its JSON string values (`"\u0073uccess"` is "success" once decoded);
//! * nor when any JSON string value says one of the phrases that win over
//!   "success" ("not enabled", "nothing to be modified", …, "not success"): the
//!   classifier applies that priority within one text, so it must hold across the
//!   values of one JSON body too (`{"a":"success","b":"not enabled"}` is not a
//!   confirmation);
//! * 401/403 are always `Unauthorized` with that status; no non-2xx status is
//!   ever `Applied`; 3xx keeps the Location it was given;
//! * a 2xx classifies exactly like `classify_body`;
//! * `kind`, `exit_code`, `sentence`, `settings_check_verdict`, `detail` never
//!   panic, and the `Unrecognised` snippet stays bounded and control-free.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rccontrol::{Action, Localizer};
use rccontrol::outcome::{Outcome, SNIPPET_CHARS, classify, classify_body};

/// One or two of each status class, and a few outside 100..=599 (only three of
/// those: each formats a snippet of the body, the costly part under ASan).
const STATUSES: [u16; 13] = [0, 204, 300, 399, 400, 401, 403, 404, 499, 500, 599, 600, u16::MAX];

fuzz_target!(|data: &[u8]| {
    let body = classify_body(data);
    exercise(&body);
    if body == Outcome::Applied {
        assert!(
            says_success(data),
            "Applied without \"success\" in the body: {:?}",
            String::from_utf8_lossy(data)
        );
        for value in json_values(data).unwrap_or_default() {
            let squashed = value.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(p) = OVERRIDING.iter().find(|p| squashed.contains(*p)) {
                panic!(
                    "Applied although a JSON value says {p:?}: {:?}",
                    String::from_utf8_lossy(data)
                );
            }
        }
    }
    assert_eq!(classify(200, None, data), body, "2xx must classify like the body");

    // The Location header: the first line of the body, when there is one.
    let location = data
        .split(|b| *b == b'\n')
        .next()
        .filter(|l| !l.is_empty())
        .map(|l| String::from_utf8_lossy(l).into_owned());
    for status in STATUSES {
        let outcome = classify(status, location.clone(), data);
        exercise(&outcome);
        if (200..=299).contains(&status) {
            assert_eq!(outcome, body, "status {status}");
            continue;
        }
        assert!(!outcome.is_confirmed(), "status {status} confirmed: {outcome:?}");
        match status {
            401 | 403 => assert_eq!(outcome, Outcome::Unauthorized { status }),
            300..=399 => assert_eq!(
                outcome,
                Outcome::Redirected {
                    status,
                    location: location.clone()
                }
            ),
            _ => {}
        }
    }
});

/// What wins over "success" in `outcome::phrase` (lower case, whitespace squashed).
const OVERRIDING: [&str; 8] = [
    "nothing to be modified",
    "active transaction does not exist",
    "no active transaction",
    "not enabled",
    "not success",
    "no success",
    "success: false",
    "success=false",
];

thread_local! {
    /// The English catalogs, parsed once per fuzzing thread.
    static ENGLISH: Localizer = Localizer::english();
}

/// Calls everything an outcome offers; checks the snippet bound.
fn exercise(o: &Outcome) {
    assert!(!o.kind().is_empty());
    let _ = o.exit_code();
    ENGLISH.with(|l| {
        for action in [Action::Pause, Action::Resume] {
            assert!(!o.sentence(action, "tenant", l).is_empty());
        }
        assert!(!o.settings_check_verdict(l).is_empty());
    });
    let _ = o.detail();
    if let Outcome::Unrecognised { snippet } = o {
        // "HTTP {status}: " prefixes the snippet for odd statuses.
        assert!(snippet.chars().count() <= SNIPPET_CHARS + "HTTP 65535: ".len());
        assert!(
            !snippet.chars().any(|c| c.is_control()),
            "control character in the snippet: {snippet:?}"
        );
    }
}

/// "success", case-insensitively, in the raw body or in a JSON string value.
fn says_success(data: &[u8]) -> bool {
    String::from_utf8_lossy(data).to_lowercase().contains("success")
        || json_values(data)
            .unwrap_or_default()
            .iter()
            .any(|s| s.to_lowercase().contains("success"))
}

/// The string values of a body the classifier reads as JSON.
fn json_values(data: &[u8]) -> Option<Vec<String>> {
    let text = String::from_utf8_lossy(data);
    let trimmed = text.trim_start();
    if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
        return None;
    }
    let value = serde_json::from_str::<serde_json::Value>(trimmed).ok()?;
    let mut strings = Vec::new();
    json_strings(&value, &mut strings);
    Some(strings)
}

fn json_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| json_strings(x, out)),
        _ => {}
    }
}
