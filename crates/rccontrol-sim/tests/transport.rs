//! TLS, keep-alive, raw connection behaviour and lifecycle.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use common::{client_for, start};
use rccontrol_sim::{DEMO_TENANT, DEMO_TOKEN, Fault, SimOptions, Simulator};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

#[tokio::test]
async fn untrusted_client_fails_tls_and_the_server_keeps_serving() {
    let h = start().await;
    let stranger = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let err = stranger
        .get(format!("{}/_sim/health", h.sim.base_url()))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    // Garbage instead of a TLS handshake.
    let mut tcp = TcpStream::connect(h.sim.host_port()).await.unwrap();
    tcp.write_all(b"GET / HTTP/1.1\r\n\r\n").await.unwrap();
    let _ = tokio::time::timeout(Duration::from_secs(5), tcp.read(&mut [0u8; 64])).await;
    assert_eq!(h.get_json("health").await.0, 200);
    // `localhost` is in the certificate too.
    let by_name = client_for(&h.sim, Duration::from_secs(10));
    let r = by_name
        .get(format!("https://localhost:{}/_sim/health", h.sim.port()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(h.sim.requests().is_empty());
}

async fn tls_connect(sim: &Simulator) -> TlsStream<TcpStream> {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(sim.ca_pem().as_bytes()).unwrap())
        .unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = TcpStream::connect(sim.host_port()).await.unwrap();
    let name = ServerName::try_from("127.0.0.1").unwrap();
    TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .unwrap()
}

fn put_request(path: &str) -> Vec<u8> {
    let cred =
        base64::engine::general_purpose::STANDARD.encode(format!("{DEMO_TENANT}:{DEMO_TOKEN}"));
    format!("PUT {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic {cred}\r\nContent-Length: 0\r\n\r\n")
        .into_bytes()
}

/// Reads one response with a Content-Length body; `None` on EOF before any byte.
async fn read_response(s: &mut TlsStream<TcpStream>) -> Option<(String, String)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8(buf[..end].to_vec()).unwrap();
            let len: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap())
                })
                .unwrap_or(0);
            while buf.len() < end + 4 + len {
                let n = s.read(&mut chunk).await.unwrap();
                assert!(n > 0, "EOF inside a body");
                buf.extend_from_slice(&chunk[..n]);
            }
            let body = String::from_utf8(buf[end + 4..end + 4 + len].to_vec()).unwrap();
            return Some((head, body));
        }
        let n = tokio::time::timeout(Duration::from_secs(5), s.read(&mut chunk))
            .await
            .unwrap()
            .unwrap_or(0);
        if n == 0 {
            assert!(buf.is_empty(), "partial response before EOF");
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

#[tokio::test]
async fn keep_alive_serves_several_requests_on_one_connection() {
    let h = start().await;
    let mut s = tls_connect(&h.sim).await;
    for (path, want) in [
        (
            "/api/tstats/rccontrol/pause/demo/email/agent%40demo.example",
            "Status: success",
        ),
        (
            "/api/tstats/rccontrol/resume/demo/agentId/1001",
            "Status: success",
        ),
        (
            "/api/tstats/rccontrol/pause/demo/email/nocall@demo.example",
            "Status: nothing to be modified",
        ),
    ] {
        s.write_all(&put_request(path)).await.unwrap();
        let (head, body) = read_response(&mut s).await.unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert_eq!(body, want);
    }
    assert_eq!(h.sim.requests().len(), 3);
}

#[tokio::test]
async fn drop_fault_sends_no_byte_and_closes() {
    let h = start().await;
    h.sim.inject(Fault::Drop, 1);
    let mut s = tls_connect(&h.sim).await;
    s.write_all(&put_request(
        "/api/tstats/rccontrol/pause/demo/email/agent%40demo.example",
    ))
    .await
    .unwrap();
    assert!(read_response(&mut s).await.is_none());
    let log = h.sim.requests();
    assert_eq!((log.len(), log[0].status), (1, None));
}

#[tokio::test]
async fn shutdown_and_drop_stop_the_server() {
    let sim = Simulator::start(SimOptions::default()).await.unwrap();
    let addr = sim.host_port();
    // A connection hanging in a long delay is ended too.
    sim.inject(Fault::Delay(Duration::from_secs(600)), 1);
    let client = client_for(&sim, Duration::from_secs(20));
    let url = format!(
        "{}/api/tstats/rccontrol/pause/demo/agentId/1001",
        sim.base_url()
    );
    let pending = tokio::spawn(async move {
        client
            .put(url)
            .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
            .send()
            .await
    });
    for _ in 0..200 {
        if !sim.requests().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(sim.requests().len(), 1);
    let clone = sim.clone();
    sim.shutdown().await;
    assert!(
        tokio::time::timeout(Duration::from_secs(5), pending)
            .await
            .unwrap()
            .unwrap()
            .is_err()
    );
    assert!(TcpStream::connect(&addr).await.is_err());
    drop(clone);

    let sim = Simulator::start(SimOptions::default()).await.unwrap();
    let addr = sim.host_port();
    drop(sim);
    let mut refused = false;
    for _ in 0..200 {
        if TcpStream::connect(&addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(
        refused,
        "listener still open after the last handle was dropped"
    );
}

#[tokio::test]
async fn fixed_port_and_debug() {
    let first = Simulator::start(SimOptions::default()).await.unwrap();
    assert!(first.base_url().starts_with("https://127.0.0.1:"));
    assert!(format!("{first:?}").contains("Simulator"));
    // The port is taken: starting another one on it fails cleanly.
    let opts = SimOptions {
        port: first.port(),
        ..SimOptions::default()
    };
    assert!(Simulator::start(opts).await.is_err());
}
