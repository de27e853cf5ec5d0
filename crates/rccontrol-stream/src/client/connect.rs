//! One connection: TCP, TLS (the caller's rustls config), the WebSocket
//! handshake with the `X-API-Key` header.

use std::sync::Arc;

use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Error as WsError};

use super::status::DownReason;
use crate::credential::StreamCredential;
use crate::hosts::StreamHost;

/// The connected stream.
pub(crate) type Ws = WebSocketStream<TlsStream<TcpStream>>;

/// The header carrying the credential (case-insensitive for the server).
pub const API_KEY_HEADER: &str = "X-API-Key";

/// Why a connection was not made.
#[derive(Debug)]
pub(crate) enum ConnectError {
    /// HTTP 401/403 at the handshake: the credential is refused.
    Rejected(u16),
    /// Anything else: retry later.
    Down(DownReason),
}

/// Connects to `url` on `host`. The caller bounds it with the connect timeout.
pub(crate) async fn connect(
    url: &str,
    host: &StreamHost,
    credential: &StreamCredential,
    tls: Arc<rustls::ClientConfig>,
    ws_config: WebSocketConfig,
) -> Result<Ws, ConnectError> {
    let down = ConnectError::Down;
    let tcp = TcpStream::connect((host.name(), host.port()))
        .await
        .map_err(|e| down(DownReason::Network(e.to_string())))?;
    // Small frames, sent at once (the acknowledgements).
    if let Err(e) = tcp.set_nodelay(true) {
        tracing::debug!(error = %e, "TCP_NODELAY not set");
    }
    let server_name = rustls::pki_types::ServerName::try_from(host.name().to_owned())
        .map_err(|e| down(DownReason::Tls(e.to_string())))?;
    let tls_stream = TlsConnector::from(tls)
        .connect(server_name, tcp)
        .await
        .map_err(|e| down(DownReason::Tls(e.to_string())))?;
    let mut request = url
        .into_client_request()
        .map_err(|e| down(DownReason::Protocol(e.to_string())))?;
    let mut key = HeaderValue::from_str(credential.expose()).map_err(|_| {
        down(DownReason::Protocol(
            "the credential has characters a header cannot carry".into(),
        ))
    })?;
    key.set_sensitive(true);
    request.headers_mut().insert(API_KEY_HEADER, key);
    match tokio_tungstenite::client_async_with_config(request, tls_stream, Some(ws_config)).await {
        Ok((ws, _response)) => Ok(ws),
        Err(WsError::Http(response)) => {
            let status = response.status().as_u16();
            if status == 401 || status == 403 {
                Err(ConnectError::Rejected(status))
            } else {
                Err(down(DownReason::Http(status)))
            }
        }
        Err(e) => Err(down(protocol_reason(&e))),
    }
}

/// A WebSocket error as a reason (the messages hold no request headers).
pub(crate) fn protocol_reason(e: &tungstenite::Error) -> DownReason {
    match e {
        WsError::ConnectionClosed | WsError::AlreadyClosed => DownReason::Closed(None),
        WsError::Io(io) => DownReason::Network(io.to_string()),
        WsError::Tls(tls) => DownReason::Tls(tls.to_string()),
        other => DownReason::Protocol(other.to_string()),
    }
}
