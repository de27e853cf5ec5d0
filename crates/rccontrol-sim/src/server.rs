//! The HTTPS listener: accept loop, TLS, hyper HTTP/1.1 connections (upgradable to the
//! event stream's WebSocket), request routing and fault application for the 8x8 endpoint.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HeaderName, HeaderValue, SERVER};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;

use crate::body::{Answer, MAX_BODY};
use crate::control;
use crate::endpoint::{decide, decode_segments, parse_basic};
use crate::error::SimError;
use crate::faults::Fault;
use crate::log::LoggedRequest;
use crate::state::Shared;
use crate::stream;

const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Returned by the service to make hyper close the connection without answering.
#[derive(Debug, thiserror::Error)]
#[error("connection dropped by fault injection")]
pub(crate) struct Dropped;

/// Binds `127.0.0.1:port` (0 = any free port).
pub(crate) async fn bind(port: u16) -> Result<(TcpListener, SocketAddr), SimError> {
    let io = |context: &str| {
        let context = context.to_owned();
        move |source| SimError::Io { context, source }
    };
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .await
        .map_err(io(&format!("bind 127.0.0.1:{port}")))?;
    let addr = listener.local_addr().map_err(io("local address"))?;
    Ok((listener, addr))
}

/// Accepts connections until `stop` changes (or its sender is dropped), then ends them all.
pub(crate) async fn accept_loop(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<bool>,
) {
    let mut conns = JoinSet::new();
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            res = listener.accept() => match res {
                Ok((tcp, peer)) => {
                    conns.spawn(serve_connection(tcp, peer, acceptor.clone(), shared.clone()));
                }
                // E.g. out of file descriptors: back off briefly instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    }
    drop(listener);
    conns.shutdown().await;
}

/// TLS handshake (failures just end the task), then HTTP/1.1 with keep-alive.
async fn serve_connection(
    tcp: TcpStream,
    peer: SocketAddr,
    acceptor: TlsAcceptor,
    shared: Arc<Shared>,
) {
    let _ = tcp.set_nodelay(true);
    let tls = match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await {
        Ok(Ok(tls)) => tls,
        _ => return,
    };
    let service = service_fn(move |req| route(shared.clone(), peer, req));
    let _ = http1::Builder::new()
        .timer(TokioTimer::new())
        .keep_alive(true)
        .serve_connection(TokioIo::new(tls), service)
        .with_upgrades()
        .await;
}

async fn route(
    shared: Arc<Shared>,
    peer: SocketAddr,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Dropped> {
    let path = req.uri().path();
    if path.starts_with("/ws/") {
        return Ok(stream::handshake::handle(&shared, req));
    }
    if path == "/_sim" || path.starts_with("/_sim/") {
        return Ok(to_response(control::handle(&shared, peer, req).await));
    }
    endpoint_request(&shared, peer, req).await.map(to_response)
}

/// Everything needed to process a request, owned: a [`Fault::Late`] request is
/// processed on a task of its own, which outlives the connection.
struct Pending {
    method: String,
    segments: Vec<String>,
    utf8_ok: bool,
    basic: Option<(String, String)>,
    seq: u64,
}

/// Logs the request, applies the next fault if any, otherwise answers as documented.
async fn endpoint_request(
    shared: &Arc<Shared>,
    peer: SocketAddr,
    req: Request<Incoming>,
) -> Result<Answer, Dropped> {
    let path = req.uri().path().to_owned();
    let raw_path = req
        .uri()
        .path_and_query()
        .map_or_else(|| path.clone(), |p| p.as_str().to_owned());
    let (segments, utf8_ok) = decode_segments(&path);
    let authorization = req
        .headers()
        .get(AUTHORIZATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let basic = authorization.as_deref().and_then(parse_basic);
    let method = req.method().as_str().to_owned();
    // Read the whole request (the API takes no body; whatever comes is discarded).
    let _ = Limited::new(req.into_body(), MAX_BODY).collect().await;

    let mut entry = LoggedRequest {
        method: method.clone(),
        raw_path,
        segments: segments.clone(),
        authorization,
        basic_user: basic.as_ref().map(|b| b.0.clone()),
        basic_password: basic.as_ref().map(|b| b.1.clone()),
        status: None,
        fault: None,
        at_ms: shared.elapsed_ms(),
        peer_port: peer.port(),
    };
    let (fault, seq) = {
        let mut st = shared.lock();
        let fault = st.faults.next();
        entry.fault = fault.as_ref().map(|f| f.name().to_owned());
        let seq = st.log.push(entry.clone());
        (fault, seq)
    };

    let answer = match &fault {
        Some(Fault::Drop) => None,
        Some(Fault::Late(d)) => {
            // Hyper drops this handler when the client disconnects; the task goes
            // on, applies the request and completes its log entry regardless.
            let pending = Pending {
                method,
                segments,
                utf8_ok,
                basic,
                seq,
            };
            let late = tokio::spawn(process_late(shared.clone(), *d, pending, entry));
            return late.await.map_err(|_| Dropped);
        }
        Some(Fault::Delay(d)) => {
            tokio::time::sleep(*d).await;
            Some(normal_answer(
                shared,
                &method,
                &segments,
                utf8_ok,
                basic.as_ref(),
                seq,
            ))
        }
        Some(f) => {
            let answer = f.answer().unwrap_or_else(|| Answer::error(500));
            shared.lock().log.complete(seq, Some(answer.status));
            Some(answer)
        }
        None => Some(normal_answer(
            shared,
            &method,
            &segments,
            utf8_ok,
            basic.as_ref(),
            seq,
        )),
    };
    entry.status = answer.as_ref().map(|a| a.status);
    let _ = shared.events.send(entry);
    answer.ok_or(Dropped)
}

/// The body of a [`Fault::Late`] request's task: wait, process, log, announce.
async fn process_late(
    shared: Arc<Shared>,
    delay: Duration,
    p: Pending,
    mut entry: LoggedRequest,
) -> Answer {
    tokio::time::sleep(delay).await;
    let answer = normal_answer(
        &shared,
        &p.method,
        &p.segments,
        p.utf8_ok,
        p.basic.as_ref(),
        p.seq,
    );
    entry.status = Some(answer.status);
    let _ = shared.events.send(entry);
    answer
}

fn normal_answer(
    shared: &Shared,
    method: &str,
    segments: &[String],
    utf8_ok: bool,
    basic: Option<&(String, String)>,
    seq: u64,
) -> Answer {
    let mut st = shared.lock();
    let answer = decide(&mut st, method, segments, utf8_ok, basic);
    st.log.complete(seq, Some(answer.status));
    answer
}

/// Converts an [`Answer`] into a hyper response.
fn to_response(answer: Answer) -> Response<Full<Bytes>> {
    let mut resp = Response::new(Full::new(answer.body));
    *resp.status_mut() =
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = resp.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(answer.content_type));
    headers.insert(SERVER, HeaderValue::from_static("rccontrol-sim"));
    for (name, value) in answer.headers {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(HeaderName::from_static(name), value);
        }
    }
    resp
}
