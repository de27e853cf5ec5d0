//! The client's side: one request, one reply, with deadlines, telling "no app is
//! running" (go direct) from "the app answered" and from "the app did not answer".

use super::path::SocketAddress;
use super::protocol::{BadReply, MAX_REPLY_BYTES, Reply, Request};
use super::{LineRead, read_line_bounded};
use interprocess::local_socket::tokio::{Stream, prelude::*};
use std::io;
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader};

/// How long connecting may take before the app counts as not answering.
pub const CONNECT_TIMEOUT: Duration = Duration::from_millis(300);

/// Reply deadline for `pause` / `resume`: longer than what the app may take
/// for one intent — the core client's 8 s action deadline, then, after an
/// abandoned request, the settle delay (2 s) and one more send (8 s) — so
/// the app's own outcome is what the user sees.
pub const ACTION_TIMEOUT: Duration = Duration::from_secs(20);

/// Reply deadline for `status`.
pub const STATUS_TIMEOUT: Duration = Duration::from_secs(2);

/// Why no reply was received.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Nothing listens there (no socket file, connection refused, no such pipe):
    /// no app is running. Nothing was sent.
    #[error("no Recording Control app answers on {address}")]
    NotRunning {
        /// The address tried.
        address: SocketAddress,
        /// What connecting said.
        source: io::Error,
    },
    /// Connecting took longer than [`CONNECT_TIMEOUT`]. Nothing was sent.
    #[error("the Recording Control app did not accept the connection on {address} in time")]
    ConnectTimeout {
        /// The address tried.
        address: SocketAddress,
    },
    /// The server there runs as another user: it is not talked to (its
    /// answers could be forged). Nothing was sent.
    #[error(
        "the control socket {address} is not this user's app: {source}; nothing was sent to it"
    )]
    OtherUser {
        /// The address tried.
        address: SocketAddress,
        /// Whose it is.
        source: super::peer::PeerError,
    },
    /// Connecting failed otherwise (e.g. permission denied). Nothing was sent.
    #[error("cannot connect to {address}: {source}")]
    Connect {
        /// The address tried.
        address: SocketAddress,
        /// What connecting said.
        source: io::Error,
    },
    /// The request was sent, but no reply came within the deadline: the app may
    /// still act on it.
    #[error("the Recording Control app did not answer within {} s", after.as_secs())]
    Timeout {
        /// The deadline.
        after: Duration,
    },
    /// The app closed the connection without a reply.
    #[error("the Recording Control app closed the connection without answering")]
    Closed,
    /// Sending or receiving failed.
    #[error("talking to the Recording Control app failed: {0}")]
    Io(#[source] io::Error),
    /// The reply was not a valid reply.
    #[error(transparent)]
    BadReply(#[from] BadReply),
    /// The app answered with an error (e.g. it has no settings window).
    #[error("the Recording Control app refused: {0}")]
    Refused(super::protocol::ControlFailure),
}

impl ClientError {
    /// True when nothing listens at the address (the caller may go direct silently).
    pub fn is_not_running(&self) -> bool {
        matches!(self, ClientError::NotRunning { .. })
    }

    /// True when the request was certainly not delivered (connecting failed), so
    /// doing the action another way cannot duplicate it.
    pub fn nothing_sent(&self) -> bool {
        matches!(
            self,
            ClientError::NotRunning { .. }
                | ClientError::ConnectTimeout { .. }
                | ClientError::Connect { .. }
                | ClientError::OtherUser { .. }
        )
    }
}

/// Whether a connect error means "nothing listens there".
fn is_absent(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused | io::ErrorKind::NotADirectory
    )
}

/// Connects to `address` within [`CONNECT_TIMEOUT`], telling "no app runs there"
/// from other failures, and checks that the server runs as this user (nothing
/// is sent either way).
pub(crate) async fn connect(address: &SocketAddress) -> Result<Stream, ClientError> {
    let connect_err = |source: io::Error| {
        if is_absent(&source) {
            ClientError::NotRunning {
                address: address.clone(),
                source,
            }
        } else {
            ClientError::Connect {
                address: address.clone(),
                source,
            }
        }
    };
    let name = address.to_name().map_err(connect_err)?;
    match tokio::time::timeout(CONNECT_TIMEOUT, Stream::connect(name)).await {
        Err(_) => Err(ClientError::ConnectTimeout {
            address: address.clone(),
        }),
        Ok(Err(e)) => Err(connect_err(e)),
        // Before anything is sent: only a server of this user is talked to.
        Ok(Ok(s)) => match super::peer::check(&s) {
            Ok(()) => Ok(s),
            Err(source) => {
                tracing::warn!(%address, error = %source, "control socket of another user; not using it");
                Err(ClientError::OtherUser {
                    address: address.clone(),
                    source,
                })
            }
        },
    }
}

/// Connects to `address` (within [`CONNECT_TIMEOUT`]), sends `request`, and waits up
/// to `timeout` for the one reply line.
pub async fn request(
    address: &SocketAddress,
    request: &Request,
    timeout: Duration,
) -> Result<Reply, ClientError> {
    let stream = connect(address).await?;
    let exchange = async {
        let mut conn = BufReader::new(stream);
        let stream = conn.get_mut();
        stream
            .write_all(request.to_line().as_bytes())
            .await
            .map_err(ClientError::Io)?;
        stream.flush().await.map_err(ClientError::Io)?;
        match read_line_bounded(&mut conn, MAX_REPLY_BYTES)
            .await
            .map_err(ClientError::Io)?
        {
            LineRead::Line(line) => Ok(Reply::parse(&line)?),
            LineRead::Eof => Err(ClientError::Closed),
            LineRead::TooLarge => Err(ClientError::BadReply(BadReply(format!(
                "reply longer than {MAX_REPLY_BYTES} bytes"
            )))),
        }
    };
    tokio::time::timeout(timeout, exchange)
        .await
        .map_err(|_| ClientError::Timeout { after: timeout })?
}
