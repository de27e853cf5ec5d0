//! The reader endpoint's HTTP side: path, credentials, `messageId`, the 101 answer.
//!
//! Checks, in order (any failure counts as refused in [`crate::StreamStats`]):
//! 1. path `/ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}` or
//!    `…/{tenant}/event-v1/all` (segments percent-decoded) → else 404;
//! 2. method `GET` → else 405;
//! 3. a WebSocket upgrade (`Upgrade: websocket`, `Connection: upgrade`,
//!    `Sec-WebSocket-Key`) → else 400; `Sec-WebSocket-Version: 13` → else 426;
//! 4. tenant known → else 404 (an unknown agent id is fine: its topic is empty);
//! 5. credential: header `X-API-Key` or query `x-api-key` equal to the tenant's
//!    `stream_key` or `data_token`, or `Authorization: Basic {data_token}` → else 401;
//! 6. `messageId` (form-decoded: `+` becomes a space, so a client must send `%2B`):
//!    `latest` (default) | `earliest` | an id of this simulator → else 400;
//! 7. a queued [`crate::StreamFault::Refuse`] → 401;
//! 8. 101 Switching Protocols.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{
    AUTHORIZATION, CONNECTION, CONTENT_TYPE, HeaderMap, HeaderValue, SEC_WEBSOCKET_ACCEPT,
    SEC_WEBSOCKET_KEY, SEC_WEBSOCKET_VERSION, UPGRADE, WWW_AUTHENTICATE,
};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use percent_encoding::percent_decode_str;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};

use super::connection::{self, Connection};
use super::message_id::{self, Position};
use crate::endpoint::decode_segments;
use crate::scenario::TenantSpec;
use crate::state::{Shared, SimState};

/// Largest frame or message read from a client (readers send only small control frames).
const MAX_INCOMING: usize = 64 * 1024;

/// The topic a reader asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Topic {
    tenant: String,
    /// `None`: the tenant's `event-v1/all` topic.
    agent: Option<String>,
}

/// A refused handshake: status and a short reason (the body).
#[derive(Debug)]
struct Refusal(StatusCode, &'static str);

fn parse_topic(path: &str) -> Option<Topic> {
    let (seg, utf8_ok) = decode_segments(path);
    let prefix = ["ws", "v2", "reader", "persistent"];
    if !utf8_ok || seg.len() != 7 || seg[..4] != prefix || seg[4].is_empty() || seg[6].is_empty() {
        return None;
    }
    let agent = match (seg[5].as_str(), seg[6].as_str()) {
        ("agent-v1", id) => Some(id.to_owned()),
        ("event-v1", "all") => None,
        _ => return None,
    };
    Some(Topic {
        tenant: seg[4].clone(),
        agent,
    })
}

/// The query's `messageId` and `x-api-key`, form-decoded (`+` is a space).
fn parse_query(query: &str) -> (Option<String>, Option<String>) {
    let decode = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let (mut message_id, mut key) = (None, None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match decode(k).as_str() {
            "messageId" => message_id = Some(decode(v)),
            k if k.eq_ignore_ascii_case("x-api-key") => key = Some(decode(v)),
            _ => {}
        }
    }
    (message_id, key)
}

fn header_has(headers: &HeaderMap, name: hyper::header::HeaderName, token: &str) -> bool {
    headers.get_all(name).iter().any(|v| {
        v.to_str()
            .is_ok_and(|s| s.split(',').any(|t| t.trim().eq_ignore_ascii_case(token)))
    })
}

fn authorised(tenant: &TenantSpec, headers: &HeaderMap, query_key: Option<&str>) -> bool {
    let keys = [tenant.stream_key.as_deref(), tenant.data_token.as_deref()];
    let is_key = |k: &str| keys.contains(&Some(k));
    let header_key = headers
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_key);
    let basic = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .is_some_and(|(scheme, token)| {
            scheme.eq_ignore_ascii_case("basic")
                && tenant.data_token.as_deref() == Some(token.trim())
        });
    header_key || basic || query_key.is_some_and(is_key)
}

/// Where a reader starts: the first entry number it gets.
fn start_entry(st: &SimState, tenant: &str, message_id: Option<&str>) -> Result<u64, Refusal> {
    let latest = st.stream.log.next_entry(tenant);
    match message_id.unwrap_or("latest") {
        "latest" => Ok(latest),
        "earliest" => Ok(0),
        id => match message_id::decode(id) {
            Some(Position::BeforeAll) => Ok(0),
            Some(Position::Entry(e)) => Ok(e.saturating_add(1).min(latest)),
            Some(Position::AfterAll) => Ok(latest),
            None => Err(Refusal(StatusCode::BAD_REQUEST, "invalid messageId")),
        },
    }
}

/// Checks the handshake; on success registers the connection (counted, subscribed to
/// events and faults) under the state lock.
fn accept(shared: &Shared, req: &Request<Incoming>) -> Result<(Connection, String), Refusal> {
    let topic =
        parse_topic(req.uri().path()).ok_or(Refusal(StatusCode::NOT_FOUND, "no such topic"))?;
    if req.method() != hyper::Method::GET {
        return Err(Refusal(StatusCode::METHOD_NOT_ALLOWED, "GET only"));
    }
    let headers = req.headers();
    let key = headers
        .get(SEC_WEBSOCKET_KEY)
        .map(|k| derive_accept_key(k.as_bytes()));
    let key = match key {
        Some(k)
            if header_has(headers, UPGRADE, "websocket")
                && header_has(headers, CONNECTION, "upgrade") =>
        {
            k
        }
        _ => {
            return Err(Refusal(
                StatusCode::BAD_REQUEST,
                "not a WebSocket handshake",
            ));
        }
    };
    if headers
        .get(SEC_WEBSOCKET_VERSION)
        .map(HeaderValue::as_bytes)
        != Some(b"13")
    {
        return Err(Refusal(
            StatusCode::UPGRADE_REQUIRED,
            "WebSocket version 13 only",
        ));
    }
    let (message_id, query_key) = parse_query(req.uri().query().unwrap_or(""));
    let mut st = shared.lock();
    let tenant = st
        .tenant(&topic.tenant)
        .ok_or(Refusal(StatusCode::NOT_FOUND, "no such tenant"))?;
    if !authorised(tenant, headers, query_key.as_deref()) {
        return Err(Refusal(StatusCode::UNAUTHORIZED, "Unauthorized"));
    }
    let next = start_entry(&st, &topic.tenant, message_id.as_deref())?;
    if st.stream.refuse > 0 {
        st.stream.refuse -= 1;
        return Err(Refusal(StatusCode::UNAUTHORIZED, "Unauthorized"));
    }
    st.stream.stats.accepted += 1;
    st.stream.stats.open += 1;
    let conn = Connection {
        tenant: topic.tenant,
        agent: topic.agent,
        next,
        published: st.stream.log.subscribe(),
        signals: st.stream.signals.subscribe(),
        stop: shared.stop.subscribe(),
    };
    Ok((conn, key))
}

/// Answers a handshake; on 101 spawns the connection's task (tracked for shutdown).
pub(crate) fn handle(shared: &Arc<Shared>, mut req: Request<Incoming>) -> Response<Full<Bytes>> {
    let (conn, accept_key) = match accept(shared, &req) {
        Ok(ok) => ok,
        Err(Refusal(status, reason)) => {
            shared.lock().stream.stats.refused += 1;
            let mut resp = Response::new(Full::new(Bytes::from_static(reason.as_bytes())));
            *resp.status_mut() = status;
            let h = resp.headers_mut();
            h.insert(
                CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            );
            if status == StatusCode::UNAUTHORIZED {
                h.insert(
                    WWW_AUTHENTICATE,
                    HeaderValue::from_static("Basic realm=\"pulsar\""),
                );
            }
            if status == StatusCode::UPGRADE_REQUIRED {
                h.insert(SEC_WEBSOCKET_VERSION, HeaderValue::from_static("13"));
            }
            return resp;
        }
    };
    let upgrade = hyper::upgrade::on(&mut req);
    let task_shared = shared.clone();
    // Counts the connection as closed however the task ends (even aborted unpolled).
    let open = connection::OpenGuard(shared.clone());
    let task = async move {
        let _open = open;
        let Ok(upgraded) = upgrade.await else {
            return;
        };
        let mut config = WebSocketConfig::default();
        config.max_message_size = Some(MAX_INCOMING);
        config.max_frame_size = Some(MAX_INCOMING);
        let ws =
            WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, Some(config))
                .await;
        connection::run(ws, conn, &task_shared).await;
    };
    {
        let mut tasks = shared
            .stream_tasks
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        while tasks.try_join_next().is_some() {}
        tasks.spawn(task);
    }
    let mut resp = Response::new(Full::new(Bytes::new()));
    *resp.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let h = resp.headers_mut();
    h.insert(UPGRADE, HeaderValue::from_static("websocket"));
    h.insert(CONNECTION, HeaderValue::from_static("Upgrade"));
    if let Ok(v) = HeaderValue::from_str(&accept_key) {
        h.insert(SEC_WEBSOCKET_ACCEPT, v);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics() {
        let t = parse_topic("/ws/v2/reader/persistent/acme/agent-v1/agAg%2Bx").unwrap();
        assert_eq!(
            (t.tenant.as_str(), t.agent.as_deref()),
            ("acme", Some("agAg+x"))
        );
        let t = parse_topic("/ws/v2/reader/persistent/acme/event-v1/all").unwrap();
        assert_eq!(t.agent, None);
        assert!(parse_topic("/ws/v2/reader/persistent/acme/event-v1/RecordingStatus").is_none());
        assert!(parse_topic("/ws/v2/consumer/persistent/acme/agent-v1/a").is_none());
        assert!(parse_topic("/ws/v2/reader/persistent/acme/agent-v1/").is_none());
    }

    #[test]
    fn query_is_form_decoded() {
        let (id, key) = parse_query("readerName=x&messageId=CM%2FP%2B%3D%3D&X-API-Key=k%20y");
        assert_eq!(id.as_deref(), Some("CM/P+=="));
        assert_eq!(key.as_deref(), Some("k y"));
        let (id, _) = parse_query("messageId=CM/P+oQB==");
        assert_eq!(id.as_deref(), Some("CM/P oQB=="));
    }
}
