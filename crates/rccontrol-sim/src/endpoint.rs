//! The 8x8 Recording Control endpoint: path decoding, Basic auth and the documented answers.
//!
//! `PUT /api/tstats/rccontrol/{action}/{tenantId}/email/{email}` and
//! `PUT /api/tstats/rccontrol/{action}/{tenantId}/agentId/{agentId}`. Checks, in order:
//! 1. path shape (exactly those seven segments, `email`/`agentId` case-sensitive; a
//!    segment that is not valid UTF-8 after decoding counts as a wrong shape) → 404;
//! 2. method other than `PUT` on a well-shaped path → 405;
//! 3. Basic auth missing or undecodable, user ≠ tenant in the path, tenant unknown or
//!    token wrong → 401;
//! 4. action other than `pause`/`resume` (case-sensitive) → 400;
//! 5. agent unknown in the tenant (e-mail and agent id matched exactly, case-sensitive;
//!    an e-mail shared by two agents counts as unknown) → 404;
//! 6. agent not on a call → 200 "nothing to be modified" (checked before "not enabled":
//!    without a transaction there is nothing whose recording could be enabled);
//! 7. on a call but recording not enabled → 200 "not enabled";
//! 8. otherwise 200 "success"; if the call's recording has started, `paused` becomes
//!    true (pause) or false (resume) and a `RecordingStatus` event (`isAPICall: true`)
//!    is published; otherwise nothing changes.

use base64::Engine as _;
use percent_encoding::percent_decode_str;

use crate::body::{Answer, Outcome};
use crate::scenario::AgentRef;
use crate::state::SimState;

/// Decodes a raw path the way an HTTP server does: split on `/`, percent-decode each
/// segment as UTF-8 (`+` stays `+`). The leading empty segment is dropped. The flag is
/// false if some segment was not valid UTF-8 (it is then decoded lossily).
pub(crate) fn decode_segments(path: &str) -> (Vec<String>, bool) {
    let mut valid = true;
    let segments = path
        .strip_prefix('/')
        .unwrap_or(path)
        .split('/')
        .map(|seg| {
            let dec = percent_decode_str(seg);
            match dec.clone().decode_utf8() {
                Ok(s) => s.into_owned(),
                Err(_) => {
                    valid = false;
                    dec.decode_utf8_lossy().into_owned()
                }
            }
        })
        .collect();
    (segments, valid)
}

/// Decodes `Basic base64(user:password)` (scheme case-insensitive, split at the first `:`).
pub(crate) fn parse_basic(header: &str) -> Option<(String, String)> {
    let (scheme, rest) = header.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let raw = base64::engine::general_purpose::STANDARD
        .decode(rest.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (user, pass) = text.split_once(':')?;
    Some((user.to_owned(), pass.to_owned()))
}

/// True if the segments have the endpoint's shape.
fn well_shaped(seg: &[String]) -> bool {
    seg.len() == 7
        && seg[0] == "api"
        && seg[1] == "tstats"
        && seg[2] == "rccontrol"
        && (seg[5] == "email" || seg[5] == "agentId")
}

/// Answers a (non-faulted) request and applies its effect to the state.
pub(crate) fn decide(
    state: &mut SimState,
    method: &str,
    segments: &[String],
    utf8_ok: bool,
    basic: Option<&(String, String)>,
) -> Answer {
    if !utf8_ok || !well_shaped(segments) {
        return Answer::error(404);
    }
    if method != "PUT" {
        return Answer::error(405).with_header("allow", "PUT");
    }
    let (action, tenant_id, kind, who) = (&segments[3], &segments[4], &segments[5], &segments[6]);
    let authorised = basic.is_some_and(|(user, pass)| {
        user == tenant_id && state.tenant(tenant_id).is_some_and(|t| &t.token == pass)
    });
    if !authorised {
        return Answer::error(401).with_header("www-authenticate", "Basic realm=\"rccontrol\"");
    }
    let pause = match action.as_str() {
        "pause" => true,
        "resume" => false,
        _ => return Answer::error(400),
    };
    let who = if kind == "email" {
        AgentRef::Email(who)
    } else {
        AgentRef::AgentId(who)
    };
    let style = state.body_style;
    let Some(agent) = state.agent_mut(tenant_id, who) else {
        return Answer::error(404);
    };
    let outcome = if !agent.on_call {
        Outcome::NothingToModify
    } else if !agent.recording_enabled {
        Outcome::NotEnabled
    } else {
        // A call whose recording has not started ignores the action, yet the answer
        // is the same: only the event stream tells.
        let _ = state.recording_action(tenant_id, who, pause, true);
        Outcome::Success
    };
    Answer::outcome(outcome, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_decode_like_a_server() {
        let (s, ok) = decode_segments("/api/x/first.last%2Bcc%40example.com/a+b/J%C3%BCrgen/%2F/");
        assert!(ok);
        assert_eq!(
            s,
            [
                "api",
                "x",
                "first.last+cc@example.com",
                "a+b",
                "Jürgen",
                "/",
                ""
            ]
        );
        let (s, ok) = decode_segments("/a/%FF");
        assert!(!ok);
        assert_eq!(s[1], "\u{FFFD}");
    }

    #[test]
    fn basic_auth() {
        let enc = base64::engine::general_purpose::STANDARD.encode("acme:t:ok");
        assert_eq!(
            parse_basic(&format!("basic {enc}")),
            Some(("acme".into(), "t:ok".into()))
        );
        assert_eq!(parse_basic("Bearer abc"), None);
        assert_eq!(parse_basic("Basic !!!"), None);
        assert_eq!(parse_basic("Basic"), None);
    }
}
