//! `GET /ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}`: the Pulsar
//! reader protocol for one agent's events, from the relay's hub.

use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::extract::rejection::PathRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use rccontrol::relay::wire::ErrorKind;
use rccontrol_stream::client::StartAt;
use zeroize::Zeroizing;

use super::auth;
use super::error::ApiError;
use super::state::AppState;
use crate::store::KeyLookup;

/// Largest message a desktop may send (acknowledgements are tiny).
const MAX_INCOMING: usize = 16 * 1024;
/// A socket's read buffer: acknowledgements are tiny, and the default
/// (128 KiB, allocated up front) would cost 640 MiB across 5,000 sockets.
const READ_BUFFER: usize = 4 * 1024;
/// Bytes gathered before a write (frames are a few hundred bytes).
const WRITE_BUFFER: usize = 4 * 1024;
/// A socket that cannot take a frame for this long is closed.
const SEND_LIMIT: Duration = Duration::from_secs(10);

/// `%XX` escapes decoded (a `+` stays a plus: message ids hold them).
fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                let v = hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0);
                out.push(u8::try_from(v).unwrap_or(b'?'));
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Where the socket starts: `messageId=latest|earliest|<id>` (percent-decoded only).
fn start_at(query: Option<&str>) -> StartAt {
    let value = query
        .unwrap_or("")
        .split('&')
        .find_map(|p| p.strip_prefix("messageId="))
        .map(percent_decode);
    match value.as_deref() {
        None | Some("latest" | "") => StartAt::Latest,
        Some("earliest") => StartAt::Earliest,
        Some(id) => StartAt::After(id.to_owned()),
    }
}

/// The upgrade: the device's key, its own tenant and agent, else refused.
pub(crate) async fn upgrade(
    State(app): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    ws: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Result<Response, ApiError> {
    let (device, key) = auth::device(&app, &headers, true).await?;
    let Path((tenant, agent_id)) =
        path.map_err(|_| ApiError::new(ErrorKind::BadRequest, "malformed path"))?;
    if tenant != app.tenant || device.agent.agent_id.as_deref() != Some(agent_id.as_str()) {
        tracing::warn!(device = %device.id, "live: another agent's topic refused");
        return Err(ApiError::new(
            ErrorKind::Forbidden,
            "a device reads its own agent's events only",
        ));
    }
    let Some(hub) = app.hub.clone() else {
        return Err(ApiError::new(
            ErrorKind::Unavailable,
            "this relay does not offer live state",
        ));
    };
    let ws =
        ws.map_err(|_| ApiError::new(ErrorKind::BadRequest, "not a WebSocket upgrade request"))?;
    let start = start_at(query.as_deref());
    let device_id = device.id.clone();
    // Subscribed before the 101 goes out: a client that has its answer
    // misses no event published after it.
    let (backlog, sub) = hub.subscribe(&agent_id, &start);
    Ok(ws
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(WRITE_BUFFER)
        .max_message_size(MAX_INCOMING)
        .max_frame_size(MAX_INCOMING)
        .on_upgrade(move |socket| async move {
            app.metrics.live_sockets.fetch_add(1, Ordering::Relaxed);
            tracing::info!(device = %device_id, "live socket open");
            run(socket, &app, &device_id, key, backlog, sub).await;
            app.metrics.live_sockets.fetch_sub(1, Ordering::Relaxed);
            tracing::info!(device = %device_id, "live socket closed");
        }))
}

async fn close(socket: &mut WebSocket, code: u16, reason: &'static str) {
    let frame = Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }));
    let _ = tokio::time::timeout(Duration::from_secs(1), socket.send(frame)).await;
}

async fn send(socket: &mut WebSocket, text: axum::extract::ws::Utf8Bytes) -> bool {
    matches!(
        tokio::time::timeout(SEND_LIMIT, socket.send(Message::Text(text))).await,
        Ok(Ok(()))
    )
}

async fn run(
    mut socket: WebSocket,
    app: &AppState,
    device_id: &str,
    key: Zeroizing<String>,
    backlog: Vec<axum::extract::ws::Utf8Bytes>,
    mut sub: super::hub::Subscription,
) {
    let mut shutdown = app.shutdown.clone();
    for text in backlog {
        if !send(&mut socket, text).await {
            return;
        }
    }
    let mut check = tokio::time::interval(app.key_recheck);
    check.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    check.tick().await;
    // Pings keep a quiet socket alive (the desktop's reader counts 60 s
    // without a frame or a ping as down).
    let mut ping = tokio::time::interval(app.live_ping);
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ping.tick().await;
    loop {
        tokio::select! {
            biased;
            () = super::shutdown::stopping(&mut shutdown) => {
                close(&mut socket, close_code::AWAY, "relay shutting down").await;
                return;
            }
            frame = sub.rx.recv() => match frame {
                Some(text) => {
                    if !send(&mut socket, text).await {
                        return;
                    }
                }
                None => {
                    close(&mut socket, close_code::AGAIN, "too slow: reconnect").await;
                    return;
                }
            },
            incoming = socket.recv() => match incoming {
                // Pings are answered by the socket itself; acknowledgements
                // and anything else are ignored.
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => return,
                Some(Ok(_)) => {}
            },
            _ = ping.tick() => {
                let sent = tokio::time::timeout(
                    SEND_LIMIT,
                    socket.send(Message::Ping(axum::body::Bytes::new())),
                )
                .await;
                if !matches!(sent, Ok(Ok(()))) {
                    return;
                }
            }
            _ = check.tick() => {
                match app.store.device_by_key(&key).await {
                    Ok(KeyLookup::Active(d)) if d.id == device_id => {}
                    Ok(_) => {
                        tracing::info!(device = %device_id, "live: key no longer valid, closing");
                        close(&mut socket, close_code::POLICY, "device key revoked").await;
                        return;
                    }
                    Err(e) => tracing::warn!(error = %e, "live: key re-check failed"),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_is_percent_decoded_only() {
        assert_eq!(start_at(None), StartAt::Latest);
        assert_eq!(start_at(Some("messageId=earliest")), StartAt::Earliest);
        assert_eq!(
            start_at(Some("x=1&messageId=CAEQ%2B%2FA%3D")),
            StartAt::After("CAEQ+/A=".into())
        );
        assert_eq!(
            start_at(Some("messageId=a+b")),
            StartAt::After("a+b".into())
        );
    }
}
