//! A live-state client: tokio-tungstenite over tokio-rustls, trusting the
//! relay's CA, the device key in `X-API-Key` or `Authorization: Bearer`.

use std::path::Path;
use std::time::Duration;

use base64::Engine as _;
use futures_util::StreamExt as _;
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::{Error, Message};

pub type Ws = WebSocketStream<TlsStream<TcpStream>>;

/// The handshake's result: the socket, or the HTTP status and body of a refusal.
pub async fn connect(
    dir: &Path,
    port: u16,
    path_and_query: &str,
    key: &str,
    bearer: bool,
) -> Result<Ws, (u16, String)> {
    let url = format!("wss://127.0.0.1:{port}{path_and_query}");
    let mut req = url.into_client_request().unwrap();
    if bearer {
        req.headers_mut().insert(
            "authorization",
            HeaderValue::from_str(&format!("Bearer {key}")).unwrap(),
        );
    } else {
        req.headers_mut()
            .insert("x-api-key", HeaderValue::from_str(key).unwrap());
    }
    let ca = std::fs::read(dir.join("relay-ca.pem")).unwrap();
    let tls = super::rustls_client(&ca);
    let tcp = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let stream = TlsConnector::from(tls).connect(name, tcp).await.unwrap();
    match tokio::time::timeout(super::WAIT, tokio_tungstenite::client_async(req, stream)).await {
        Ok(Ok((ws, _))) => Ok(ws),
        Ok(Err(Error::Http(resp))) => {
            let status = resp.status().as_u16();
            let body = resp
                .body()
                .as_ref()
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default();
            Err((status, body))
        }
        Ok(Err(e)) => panic!("handshake failed: {e}"),
        Err(_) => panic!("handshake timed out"),
    }
}

/// A data frame: (messageId, decoded event JSON).
pub fn decode(text: &str) -> (String, Value) {
    let frame: Value = serde_json::from_str(text).unwrap();
    let id = frame["messageId"].as_str().unwrap().to_owned();
    let payload = base64::engine::general_purpose::STANDARD
        .decode(frame["payload"].as_str().unwrap())
        .unwrap();
    (id, serde_json::from_slice(&payload).unwrap())
}

/// What the socket gave next.
#[derive(Debug)]
pub enum Next {
    Frame(String, Value),
    Closed(Option<u16>),
    Nothing,
}

/// The next data frame within `limit` (pings skipped).
pub async fn next(ws: &mut Ws, limit: Duration) -> Next {
    let until = tokio::time::Instant::now() + limit;
    loop {
        match tokio::time::timeout_at(until, ws.next()).await {
            Err(_) => return Next::Nothing,
            Ok(None) | Ok(Some(Err(_))) => return Next::Closed(None),
            Ok(Some(Ok(Message::Text(t)))) => {
                let (id, event) = decode(t.as_str());
                return Next::Frame(id, event);
            }
            Ok(Some(Ok(Message::Close(f)))) => return Next::Closed(f.map(|f| u16::from(f.code))),
            Ok(Some(Ok(_))) => {}
        }
    }
}

/// Waits for a ping from the relay (answered by tungstenite).
pub async fn pinged(ws: &mut Ws, limit: Duration) -> bool {
    let until = tokio::time::Instant::now() + limit;
    loop {
        match tokio::time::timeout_at(until, ws.next()).await {
            Ok(Some(Ok(Message::Ping(_)))) => return true,
            Ok(Some(Ok(_))) => {}
            _ => return false,
        }
    }
}

/// The next frame's event type and message id; panics on anything else.
pub async fn next_event(ws: &mut Ws) -> (String, String) {
    match next(ws, super::WAIT).await {
        Next::Frame(id, event) => (
            id,
            event["Interaction"]["event"]
                .as_str()
                .unwrap_or("?")
                .to_owned(),
        ),
        other => panic!("expected a frame, got {other:?}"),
    }
}
