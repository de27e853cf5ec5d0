//! Control endpoints under `/_sim/` (loopback peers only; JSON in and out; not logged).
//!
//! | method | path | body / query | effect |
//! |---|---|---|---|
//! | GET | `/_sim/health` | | `{"ok":true}` |
//! | POST | `/_sim/call/start`, `/_sim/call/end` | `{"tenant","email"\|"agent_id"}` | call flag (a call change clears `paused` and publishes the call's events) → agent |
//! | POST | `/_sim/call/new` | who + `"recording_started"?` (default true) | ends the current call if any, starts a new one → agent |
//! | POST | `/_sim/call/transfer` | who | a second interaction assigned, the old one deassigned → agent; 409 if no call |
//! | POST | `/_sim/call/recording-start` | who | `InteractionRecordingStarted` for a call whose recording had not started → agent |
//! | POST | `/_sim/aw/pause`, `/_sim/aw/resume` | who | Agent Workspace's button: `paused` and `RecordingStatus` (`isAPICall: false`) → agent; 409 if no call, not enabled or not started |
//! | GET | `/_sim/stream/stats` | | `{"accepted","refused","open"}` |
//! | GET/POST/DELETE | `/_sim/stream/fault` | `{"kind","count"?,"garbage"?}` | queued refusals / apply (→ `{"ok","reached"}`) / clear |
//! | GET/POST | `/_sim/stream/ping` | `{"interval_ms"}` | server ping interval |
//! | GET | `/_sim/stream/events` | `?tenant=` | the tenant's published messages, oldest first |
//! | POST | `/_sim/agent` | `{"tenant","email"?,"agent_id"?,"recording_enabled"?,"on_call"?,"paused"?}` | update, or create if missing → agent |
//! | GET | `/_sim/agent` | `?tenant=&email=` or `&agent_id=` | agent, 404 if none |
//! | GET/POST | `/_sim/body-style` | `{"style":"plain"\|"json"\|"json-nested"\|"html"\|"field"}` | read / set |
//! | GET/POST/DELETE | `/_sim/fault` | `{"kind",...,"count"?}` (kinds below) | list / queue / clear faults |
//! | GET/DELETE | `/_sim/requests` | | log as JSON array / clear |
//! | POST | `/_sim/reset` | | initial scenario, faults and log cleared |
//!
//! Fault kinds (see [`crate::FaultSpec`]): `status` (`status`?, default 500;
//! `retry_after_s`? adds a `Retry-After` header), `delay` (`delay_ms`: held in the
//! handler, never processed if the client leaves), `late` (`delay_ms`: held, then
//! processed even if the client left — an abandoned PUT that 8x8 applies later),
//! `drop`, `redirect` (`location`?), `html`, `oversized`, `binary`, `empty`.
//!
//! "who" is `{"tenant","email"|"agent_id"}`. Stream fault kinds: `drop`, `refuse`
//! (`count`?, default 1), `garbage` (`garbage`?: `not-json` (default), `no-payload`,
//! `bad-base64`, `payload-not-json`, `oversized`), `stall`, `slow-ping`
//! (see [`crate::StreamFault`]).
//!
//! Errors are `{"error":"..."}` with 400 (bad JSON or values), 403 (non-loopback peer),
//! 404 (unknown path, tenant or agent), 405 (wrong method) or 409 (the agent's call
//! does not allow it). Query values are
//! percent-decoded only (`+` stays a plus).

use std::net::SocketAddr;

use http_body_util::{BodyExt as _, Limited};
use hyper::body::Incoming;
use hyper::{Method, Request};
use percent_encoding::percent_decode_str;
use serde::Deserialize;
use serde_json::json;

use crate::body::{Answer, BodyStyle, MAX_BODY};
use crate::control_reply::{Who, agent_json, error, ok, parse};
use crate::faults::FaultSpec;
use crate::scenario::{AgentRef, AgentState};
use crate::state::{Shared, SimState};
use crate::stream;

/// Body of `POST /_sim/agent`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgentUpdate {
    tenant: String,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    agent_id: Option<String>,
    #[serde(default)]
    recording_enabled: Option<bool>,
    #[serde(default)]
    on_call: Option<bool>,
    #[serde(default)]
    paused: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleBody {
    style: String,
}

/// Handles one control request.
pub(crate) async fn handle(shared: &Shared, peer: SocketAddr, req: Request<Incoming>) -> Answer {
    if !peer.ip().is_loopback() {
        return error(403, "control endpoints answer loopback peers only");
    }
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().unwrap_or("").to_owned();
    let body = match Limited::new(req.into_body(), MAX_BODY).collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => return error(400, format!("cannot read body: {e}")),
    };
    let mut st = shared.lock();
    dispatch(&mut st, &method, &path, &query, &body)
}

fn dispatch(st: &mut SimState, method: &Method, path: &str, query: &str, body: &[u8]) -> Answer {
    if let Some(result) = stream::control::dispatch(st, method, path, query, body) {
        return result.unwrap_or_else(|e| e);
    }
    let result = match (method.as_str(), path) {
        ("GET", "/_sim/health") => Ok(ok()),
        ("POST", "/_sim/call/start") => set_call(st, body, true),
        ("POST", "/_sim/call/end") => set_call(st, body, false),
        ("POST", "/_sim/agent") => update_agent(st, body),
        ("GET", "/_sim/agent") => get_agent(st, query),
        ("GET", "/_sim/body-style") => Ok(Answer::json(200, &json!({ "style": st.body_style }))),
        ("POST", "/_sim/body-style") => parse::<StyleBody>(body).and_then(|b| {
            let style = b.style.parse::<BodyStyle>().map_err(|e| error(400, e))?;
            st.body_style = style;
            Ok(ok())
        }),
        ("GET", "/_sim/fault") => {
            let list: Vec<FaultSpec> = st
                .faults
                .pending()
                .iter()
                .map(|(f, n)| FaultSpec::from_fault(f, *n))
                .collect();
            Ok(Answer::json(200, &json!(list)))
        }
        ("POST", "/_sim/fault") => parse::<FaultSpec>(body).and_then(|spec| {
            let (fault, count) = spec.into_fault().map_err(|e| error(400, e))?;
            st.faults.push(fault, count);
            Ok(ok())
        }),
        ("DELETE", "/_sim/fault") => {
            st.faults.clear();
            Ok(ok())
        }
        ("GET", "/_sim/requests") => Ok(match serde_json::to_value(st.log.snapshot()) {
            Ok(v) => Answer::json(200, &v),
            Err(e) => error(500, e.to_string()),
        }),
        ("DELETE", "/_sim/requests") => {
            st.log.clear();
            Ok(ok())
        }
        ("POST", "/_sim/reset") => {
            st.reset();
            Ok(ok())
        }
        (_, p) if KNOWN.contains(&p) => {
            Err(error(405, format!("method {method} not allowed on {p}")))
        }
        (_, p) => Err(error(404, format!("no control endpoint {p}"))),
    };
    result.unwrap_or_else(|e| e)
}

const KNOWN: [&str; 8] = [
    "/_sim/health",
    "/_sim/call/start",
    "/_sim/call/end",
    "/_sim/agent",
    "/_sim/body-style",
    "/_sim/fault",
    "/_sim/requests",
    "/_sim/reset",
];

fn set_call(st: &mut SimState, body: &[u8], on_call: bool) -> Result<Answer, Answer> {
    let who: Who = parse(body)?;
    let agent = st
        .set_call(&who.tenant, who.agent_ref()?, on_call)
        .ok_or_else(|| error(404, "unknown agent"))?;
    Ok(agent_json(&agent))
}

fn update_agent(st: &mut SimState, body: &[u8]) -> Result<Answer, Answer> {
    let u: AgentUpdate = parse(body)?;
    let who = match (&u.email, &u.agent_id) {
        (Some(e), _) => AgentRef::Email(e),
        (None, Some(id)) => AgentRef::AgentId(id),
        (None, None) => return Err(error(400, "give email or agent_id")),
    };
    let tenant = st
        .tenant_mut(&u.tenant)
        .ok_or_else(|| error(404, "unknown tenant"))?;
    if !tenant.agents.iter().any(|a| a.matches(who)) {
        tenant
            .agents
            .push(AgentState::new(u.email.as_deref(), u.agent_id.as_deref()));
    }
    if let Some(on_call) = u.on_call {
        st.set_call(&u.tenant, who, on_call);
    }
    let agent = st
        .agent_mut(&u.tenant, who)
        .ok_or_else(|| error(409, "the agent's e-mail is not unique in the tenant"))?;
    if agent.email.is_none() {
        agent.email = u.email.clone();
    }
    if agent.agent_id.is_none() {
        agent.agent_id = u.agent_id.clone();
    }
    if let Some(enabled) = u.recording_enabled {
        agent.recording_enabled = enabled;
    }
    if let Some(paused) = u.paused {
        agent.paused = paused;
    }
    Ok(agent_json(agent))
}

fn get_agent(st: &mut SimState, query: &str) -> Result<Answer, Answer> {
    let mut tenant = None;
    let mut email = None;
    let mut agent_id = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_decode_str(v)
            .decode_utf8()
            .map_err(|_| error(400, "query value is not UTF-8"))?
            .into_owned();
        match k {
            "tenant" => tenant = Some(v),
            "email" => email = Some(v),
            "agent_id" => agent_id = Some(v),
            other => return Err(error(400, format!("unknown query parameter {other:?}"))),
        }
    }
    let who = Who {
        tenant: tenant.ok_or_else(|| error(400, "give tenant"))?,
        email,
        agent_id,
    };
    let agent = st
        .agent_mut(&who.tenant, who.agent_ref()?)
        .ok_or_else(|| error(404, "unknown agent"))?;
    Ok(agent_json(agent))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{DEMO_EMAIL, DEMO_TENANT, Scenario};
    use serde_json::Value;

    fn run(st: &Shared, method: &str, path: &str, query: &str, body: &str) -> (u16, Value) {
        let m = Method::from_bytes(method.as_bytes()).unwrap();
        let a = dispatch(&mut st.lock(), &m, path, query, body.as_bytes());
        (a.status, serde_json::from_slice(&a.body).unwrap())
    }

    #[test]
    fn agent_create_update_and_errors() {
        let sh = Shared::new(Scenario::demo());
        let (s, v) = run(
            &sh,
            "POST",
            "/_sim/agent",
            "",
            r#"{"tenant":"demo","email":"new@x","on_call":true}"#,
        );
        assert_eq!(s, 200);
        assert_eq!(v["on_call"], true);
        assert_eq!(v["recording_enabled"], true);
        let (s, _) = run(&sh, "GET", "/_sim/agent", "tenant=demo&email=new%40x", "");
        assert_eq!(s, 200);
        let (s, _) = run(&sh, "GET", "/_sim/agent", "tenant=demo&email=none", "");
        assert_eq!(s, 404);
        let (s, v) = run(&sh, "POST", "/_sim/agent", "", "{not json");
        assert_eq!(s, 400);
        assert!(v["error"].as_str().unwrap().contains("bad JSON"));
        let (s, _) = run(
            &sh,
            "POST",
            "/_sim/agent",
            "",
            r#"{"tenant":"nope","email":"a"}"#,
        );
        assert_eq!(s, 404);
        let (s, _) = run(&sh, "PUT", "/_sim/reset", "", "");
        assert_eq!(s, 405);
        let (s, _) = run(&sh, "GET", "/_sim/nothing", "", "");
        assert_eq!(s, 404);
        let (s, v) = run(
            &sh,
            "POST",
            "/_sim/call/end",
            "",
            &format!(r#"{{"tenant":"{DEMO_TENANT}","email":"{DEMO_EMAIL}"}}"#),
        );
        assert_eq!((s, &v["on_call"]), (200, &Value::Bool(false)));
    }
}
