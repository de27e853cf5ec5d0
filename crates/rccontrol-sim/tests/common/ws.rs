//! A real event-stream client for the tests: tokio-tungstenite over tokio-rustls,
//! trusting the simulator's CA.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use futures_util::{SinkExt as _, StreamExt as _};
use rccontrol_sim::Simulator;
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::{Error, Message};

/// Bound of every wait for something that should happen.
pub const WAIT: Duration = Duration::from_secs(5);

pub type Ws = WebSocketStream<TlsStream<TcpStream>>;

/// How the handshake presents its credential.
#[derive(Debug, Clone, Copy)]
pub enum Cred<'a> {
    None,
    Header(&'a str, &'a str),
    Basic(&'a str),
}

fn connector(sim: &Simulator) -> TlsConnector {
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_pemfile::certs(&mut sim.ca_pem().as_bytes()) {
        roots.add(cert.unwrap()).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    TlsConnector::from(Arc::new(config))
}

/// Opens `url` (a `wss://` URL of the simulator, query included) with `cred`.
pub async fn try_connect(sim: &Simulator, url: &str, cred: Cred<'_>) -> Result<Ws, Error> {
    let mut req = url.into_client_request()?;
    match cred {
        Cred::None => {}
        Cred::Header(name, value) => {
            let name =
                tokio_tungstenite::tungstenite::http::HeaderName::from_bytes(name.as_bytes())
                    .unwrap();
            req.headers_mut()
                .insert(name, HeaderValue::from_str(value).unwrap());
        }
        Cred::Basic(token) => {
            req.headers_mut().insert(
                "authorization",
                HeaderValue::from_str(&format!("Basic {token}")).unwrap(),
            );
        }
    }
    let tcp = TcpStream::connect(sim.host_port()).await?;
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let tls = connector(sim).connect(name, tcp).await?;
    let (ws, resp) = tokio::time::timeout(WAIT, tokio_tungstenite::client_async(req, tls))
        .await
        .expect("handshake in time")?;
    assert_eq!(resp.status().as_u16(), 101);
    Ok(ws)
}

/// The HTTP status a refused handshake got (panics if it was accepted).
pub async fn refused_status(sim: &Simulator, url: &str, cred: Cred<'_>) -> u16 {
    match try_connect(sim, url, cred).await {
        Err(Error::Http(resp)) => resp.status().as_u16(),
        Err(e) => panic!("handshake failed otherwise: {e}"),
        Ok(_) => panic!("handshake to {url} was accepted"),
    }
}

/// Opens `url` with the demo tenant's stream key.
pub async fn connect(sim: &Simulator, url: &str) -> Ws {
    try_connect(
        sim,
        url,
        Cred::Header("X-API-Key", rccontrol_sim::DEMO_STREAM_KEY),
    )
    .await
    .unwrap()
}

/// One decoded message frame.
#[derive(Debug, Clone)]
pub struct Msg {
    pub id: String,
    pub frame: Value,
    pub event: Value,
}

impl Msg {
    /// `Interaction.event`, or the family's name for other families.
    pub fn kind(&self) -> String {
        match self.event.get("Interaction") {
            Some(i) => i["event"].as_str().unwrap().to_owned(),
            None => self
                .event
                .as_object()
                .and_then(|o| o.keys().next().cloned())
                .unwrap(),
        }
    }

    pub fn field(&self, name: &str) -> &Value {
        &self.event["Interaction"][name]
    }
}

/// The next message of any kind (pings included), within [`WAIT`].
pub async fn next_raw(ws: &mut Ws) -> Option<Result<Message, Error>> {
    tokio::time::timeout(WAIT, ws.next())
        .await
        .expect("a message in time")
}

/// Decodes a message frame's text.
pub fn decode(text: &str) -> Msg {
    let frame: Value = serde_json::from_str(text).unwrap();
    let payload = base64::engine::general_purpose::STANDARD
        .decode(frame["payload"].as_str().unwrap())
        .unwrap();
    Msg {
        id: frame["messageId"].as_str().unwrap().to_owned(),
        event: serde_json::from_slice(&payload).unwrap(),
        frame,
    }
}

/// The next text frame's text, skipping pings and pongs.
pub async fn next_text(ws: &mut Ws) -> String {
    loop {
        match next_raw(ws).await {
            Some(Ok(Message::Text(t))) => return t.to_string(),
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
            other => panic!("expected a text frame, got {other:?}"),
        }
    }
}

/// The next message frame, decoded.
pub async fn next_msg(ws: &mut Ws) -> Msg {
    decode(&next_text(ws).await)
}

/// The next `Interaction` events (other families skipped), by kind.
pub async fn next_interactions(ws: &mut Ws, n: usize) -> Vec<Msg> {
    let mut out = Vec::new();
    while out.len() < n {
        let m = next_msg(ws).await;
        if m.event.get("Interaction").is_some() {
            out.push(m);
        }
    }
    out
}

pub fn kinds(msgs: &[Msg]) -> Vec<String> {
    msgs.iter().map(Msg::kind).collect()
}

/// Closes with a close frame and waits for the server's reply.
pub async fn close(mut ws: Ws) {
    ws.send(Message::Close(None)).await.unwrap();
    loop {
        match next_raw(&mut ws).await {
            Some(Ok(Message::Close(_))) | None => return,
            Some(Ok(_)) => {}
            Some(Err(e)) => panic!("close failed: {e}"),
        }
    }
}

/// URL-encodes a query value (everything but unreserved characters).
pub fn enc_query(s: &str) -> String {
    super::enc(s)
}

/// Polls `cond` every 10 ms for up to [`WAIT`].
pub async fn eventually(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + WAIT;
    while !cond() {
        assert!(tokio::time::Instant::now() < deadline, "timed out: {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
