//! Control endpoints for calls and the event stream (loopback only, JSON; routed from
//! [`crate::control`]). See the crate doc for the list.

use std::time::Duration;

use hyper::Method;
use serde::Deserialize;
use serde_json::json;

use super::CallError;
use super::faults::StreamFaultSpec;
use crate::body::Answer;
use crate::control_reply::{Who, agent_json, error, ok, parse};
use crate::state::SimState;

/// Paths this module answers (others get 405 for a wrong method).
pub(crate) const KNOWN: [&str; 9] = [
    "/_sim/call/new",
    "/_sim/call/transfer",
    "/_sim/call/recording-start",
    "/_sim/aw/pause",
    "/_sim/aw/resume",
    "/_sim/stream/stats",
    "/_sim/stream/fault",
    "/_sim/stream/ping",
    "/_sim/stream/events",
];

/// Body of `POST /_sim/call/new`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewCall {
    tenant: String,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    agent_id: Option<String>,
    #[serde(default)]
    recording_started: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Ping {
    interval_ms: u64,
}

fn call_error(e: CallError) -> Answer {
    let status = if e == CallError::UnknownAgent {
        404
    } else {
        409
    };
    error(status, e.to_string())
}

fn with_who(
    st: &mut SimState,
    body: &[u8],
    f: impl FnOnce(&mut SimState, &str, crate::AgentRef<'_>) -> Result<crate::AgentState, CallError>,
) -> Result<Answer, Answer> {
    let who: Who = parse(body)?;
    let agent = f(st, &who.tenant, who.agent_ref()?).map_err(call_error)?;
    Ok(agent_json(&agent))
}

fn query_tenant(query: &str) -> Result<String, Answer> {
    query
        .split('&')
        .find_map(|p| p.strip_prefix("tenant="))
        .map(|v| {
            percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned()
        })
        .ok_or_else(|| error(400, "give tenant"))
}

/// Answers a call or stream control request; `None` if the path is not one of them.
pub(crate) fn dispatch(
    st: &mut SimState,
    method: &Method,
    path: &str,
    query: &str,
    body: &[u8],
) -> Option<Result<Answer, Answer>> {
    Some(match (method.as_str(), path) {
        ("POST", "/_sim/call/new") => parse::<NewCall>(body).and_then(|n| {
            let started = n.recording_started.unwrap_or(true);
            let who = Who {
                tenant: n.tenant,
                email: n.email,
                agent_id: n.agent_id,
            };
            let agent = st
                .new_call(&who.tenant, who.agent_ref()?, started)
                .map_err(call_error)?;
            Ok(agent_json(&agent))
        }),
        ("POST", "/_sim/call/transfer") => with_who(st, body, |st, t, w| st.transfer(t, w)),
        ("POST", "/_sim/call/recording-start") => {
            with_who(st, body, |st, t, w| st.start_recording(t, w))
        }
        ("POST", "/_sim/aw/pause") => {
            with_who(st, body, |st, t, w| st.recording_action(t, w, true, false))
        }
        ("POST", "/_sim/aw/resume") => {
            with_who(st, body, |st, t, w| st.recording_action(t, w, false, false))
        }
        ("GET", "/_sim/stream/stats") => Ok(Answer::json(200, &json!(st.stream.stats))),
        ("GET", "/_sim/stream/fault") => {
            Ok(Answer::json(200, &json!({"refuse": st.stream.refuse})))
        }
        ("POST", "/_sim/stream/fault") => parse::<StreamFaultSpec>(body).and_then(|spec| {
            let fault = spec.into_fault().map_err(|e| error(400, e))?;
            let reached = st.stream.inject(fault);
            Ok(Answer::json(200, &json!({"ok": true, "reached": reached})))
        }),
        ("DELETE", "/_sim/stream/fault") => {
            st.stream.clear_faults();
            Ok(ok())
        }
        ("GET", "/_sim/stream/ping") => Ok(Answer::json(
            200,
            &json!({"interval_ms": st.stream.ping_interval.as_millis()}),
        )),
        ("POST", "/_sim/stream/ping") => parse::<Ping>(body).and_then(|p| {
            if p.interval_ms == 0 {
                return Err(error(400, "interval_ms must be at least 1"));
            }
            st.stream.ping_interval = Duration::from_millis(p.interval_ms);
            Ok(ok())
        }),
        ("GET", "/_sim/stream/events") => {
            query_tenant(query).map(|t| Answer::json(200, &json!(st.stream.log.snapshot(&t))))
        }
        (_, p) if KNOWN.contains(&p) => {
            Err(error(405, format!("method {method} not allowed on {p}")))
        }
        _ => return None,
    })
}
