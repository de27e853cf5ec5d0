//! An in-test Event Streaming server: TLS (rcgen CA) WebSocket with a
//! scripted plan per connection, recording what each client sent.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::result_large_err
)]

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use futures_util::{SinkExt as _, StreamExt as _};
use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair, SanType};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::StatusCode;

/// One message of the topic: its id and the frame's text.
#[derive(Debug, Clone)]
pub struct Msg {
    pub id: String,
    pub text: String,
}

/// A reader frame holding `event_json`.
pub fn frame(id: &str, event_json: &str) -> Msg {
    let payload = base64::engine::general_purpose::STANDARD.encode(event_json);
    let text = serde_json::json!({
        "messageId": id, "payload": payload, "properties": {},
        "publishTime": "2025-10-15T09:30:00.000Z", "redeliveryCount": 0
    })
    .to_string();
    Msg {
        id: id.to_owned(),
        text,
    }
}

/// A RecordingStatus frame.
pub fn status_frame(id: &str, guid: &str, status: &str) -> Msg {
    frame(
        id,
        &format!(
            r#"{{"Interaction":{{"event":"RecordingStatus","status":"{status}","isAPICall":true,"recordingMode":"yes","interactionGUID":"{guid}","transactionNum":7,"agentId":"agAglVJkg0TU28dok9y9UQKg"}}}}"#
        ),
    )
}

/// What the server does after its messages.
#[derive(Debug, Clone)]
pub enum After {
    /// Drop the TCP connection without a close frame.
    Drop,
    /// Say nothing (no frame, no ping) while reading what the client sends.
    Stall,
    /// Ping at this interval while reading what the client sends.
    Pings(Duration),
}

/// One connection's script.
#[derive(Debug, Clone)]
pub enum Plan {
    /// Answer the handshake with this HTTP status.
    Refuse(u16),
    /// Serve the topic from the requested messageId (inclusive: the resumed
    /// message again, as an overlap), at most `max` messages, waiting for each ack.
    Topic { max: Option<usize>, then: After },
    /// Send these texts (or binary when `Err`) without waiting for acks.
    Raw(Vec<Result<String, Vec<u8>>>, After),
}

/// What one connection saw.
#[derive(Debug, Clone, Default)]
pub struct Conn {
    pub uri: String,
    pub api_key: Option<String>,
    pub acks: Vec<String>,
    pub pongs: usize,
    pub close_from_client: bool,
    pub ended: bool,
}

pub type Planner = Arc<dyn Fn(usize) -> Plan + Send + Sync>;

pub struct Server {
    pub addr: SocketAddr,
    pub conns: Arc<Mutex<Vec<Conn>>>,
    pub client_tls: Arc<rustls::ClientConfig>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    pub async fn start(topic: Vec<Msg>, planner: Planner) -> Server {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let (ca_der, chain, key) = certificates();
        let server_config = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
        let mut roots = rustls::RootCertStore::empty();
        roots.add(ca_der).unwrap();
        let client_tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let conns: Arc<Mutex<Vec<Conn>>> = Arc::default();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server_config));
        let topic = Arc::new(topic);
        let log = conns.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let index = {
                    let mut all = log.lock().unwrap();
                    all.push(Conn::default());
                    all.len() - 1
                };
                let plan = planner(index);
                tokio::spawn(serve(
                    tcp,
                    acceptor.clone(),
                    index,
                    plan,
                    topic.clone(),
                    log.clone(),
                ));
            }
        });
        Server {
            addr,
            conns,
            client_tls: Arc::new(client_tls),
            task,
        }
    }

    pub fn conns(&self) -> Vec<Conn> {
        self.conns.lock().unwrap().clone()
    }
}

async fn serve(
    tcp: tokio::net::TcpStream,
    acceptor: tokio_rustls::TlsAcceptor,
    index: usize,
    plan: Plan,
    topic: Arc<Vec<Msg>>,
    log: Arc<Mutex<Vec<Conn>>>,
) {
    let Ok(tls) = acceptor.accept(tcp).await else {
        return;
    };
    let refuse = match plan {
        Plan::Refuse(s) => Some(s),
        _ => None,
    };
    let record = log.clone();
    let callback = move |req: &Request, resp: Response| -> Result<Response, ErrorResponse> {
        {
            let mut all = record.lock().unwrap();
            all[index].uri = req.uri().to_string();
            all[index].api_key = req
                .headers()
                .get("x-api-key")
                .map(|v| v.to_str().unwrap_or("<binary>").to_owned());
        }
        match refuse {
            Some(status) => {
                let mut e = ErrorResponse::new(Some("refused".to_owned()));
                *e.status_mut() = StatusCode::from_u16(status).unwrap();
                Err(e)
            }
            None => Ok(resp),
        }
    };
    let Ok(mut ws) = tokio_tungstenite::accept_hdr_async(tls, callback).await else {
        log.lock().unwrap()[index].ended = true;
        return;
    };
    let then = match plan {
        Plan::Refuse(_) => unreachable!(),
        Plan::Topic { max, then } => {
            let uri = log.lock().unwrap()[index].uri.clone();
            let wanted = uri.split("messageId=").nth(1).unwrap_or("latest");
            let wanted = percent_encoding::percent_decode_str(wanted)
                .decode_utf8_lossy()
                .into_owned();
            let start = topic.iter().position(|m| m.id == wanted).unwrap_or(0);
            for m in topic.iter().skip(start).take(max.unwrap_or(usize::MAX)) {
                if ws.send(Message::text(m.text.clone())).await.is_err() {
                    return;
                }
                // Wait for its acknowledgement.
                match tokio::time::timeout(Duration::from_secs(5), ws.next()).await {
                    Ok(Some(Ok(msg))) => note(&log, index, &msg),
                    _ => return,
                }
            }
            then
        }
        Plan::Raw(items, then) => {
            for item in items {
                let msg = match item {
                    Ok(text) => Message::text(text),
                    Err(bytes) => Message::binary(bytes),
                };
                if ws.send(msg).await.is_err() {
                    return;
                }
            }
            then
        }
    };
    let ping_every = match then {
        After::Drop => return,
        After::Stall => Duration::from_secs(3600),
        After::Pings(d) => d,
    };
    let mut ticker = tokio::time::interval(ping_every);
    ticker.tick().await;
    loop {
        tokio::select! {
            _ = ticker.tick() => {
                if ws.send(Message::Ping(Vec::new().into())).await.is_err() { break; }
            }
            next = ws.next() => match next {
                Some(Ok(msg)) => {
                    let closing = matches!(msg, Message::Close(_));
                    note(&log, index, &msg);
                    if closing {
                        let _ = ws.close(None).await;
                        break;
                    }
                }
                _ => break,
            }
        }
    }
    log.lock().unwrap()[index].ended = true;
}

fn note(log: &Arc<Mutex<Vec<Conn>>>, index: usize, msg: &Message) {
    let mut all = log.lock().unwrap();
    let conn = &mut all[index];
    match msg {
        Message::Text(t) => {
            let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap_or_default();
            conn.acks
                .push(v["messageId"].as_str().unwrap_or("<not an ack>").to_owned());
        }
        Message::Pong(_) => conn.pongs += 1,
        Message::Close(_) => conn.close_from_client = true,
        _ => {}
    }
}

/// A CA and a leaf for 127.0.0.1.
fn certificates() -> (
    CertificateDer<'static>,
    Vec<CertificateDer<'static>>,
    PrivateKeyDer<'static>,
) {
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let mut leaf = CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
    leaf.subject_alt_names
        .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    let leaf_key = KeyPair::generate().unwrap();
    let leaf_cert = leaf.signed_by(&leaf_key, &ca_cert, &ca_key).unwrap();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
    (ca_cert.der().clone(), vec![leaf_cert.der().clone()], key)
}

/// Polls `f` every 10 ms until it gives a value, for at most `limit`.
pub async fn until<T>(limit: Duration, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        if let Some(v) = f() {
            return v;
        }
        if tokio::time::Instant::now() >= deadline {
            panic!("timed out after {limit:?} waiting for {what}");
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
