//! The settings window's session. The window runs in a process of its own (the
//! tray process holds no webview); it connects to the control socket, sends
//! `{"v":1,"cmd":"window"}`, gets a `status` reply, and from then on the
//! connection carries JSON lines both ways for as long as the window is open:
//! calls and their answers, and events the app pushes. No idle timeout applies;
//! lines are bounded by [`MAX_WINDOW_BYTES`]. The line format is the app's.

use super::client::{CONNECT_TIMEOUT, ClientError, is_absent};
use super::path::SocketAddress;
use super::protocol::{BadReply, Command, MAX_REPLY_BYTES, Reply, Request, StatusReply};
use super::{LineRead, read_line_bounded};
use interprocess::local_socket::tokio::{Stream, prelude::*};
use std::io;
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader, ReadHalf, WriteHalf};

/// Longest line either side sends in a window session, newline excluded.
pub const MAX_WINDOW_BYTES: usize = 1 << 20;

/// A connection handed over to the window session (server side), or opened as
/// one (client side).
pub struct WindowSession {
    conn: BufReader<Stream>,
}

impl std::fmt::Debug for WindowSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowSession").finish_non_exhaustive()
    }
}

impl WindowSession {
    pub(crate) fn new(conn: BufReader<Stream>) -> Self {
        Self { conn }
    }

    /// The two directions, to be used from separate tasks.
    pub fn split(self) -> (WindowReader, WindowWriter) {
        let (r, w) = tokio::io::split(self.conn);
        (
            WindowReader {
                inner: BufReader::new(r),
            },
            WindowWriter { inner: w },
        )
    }
}

/// Reads the session's lines.
pub struct WindowReader {
    inner: BufReader<ReadHalf<BufReader<Stream>>>,
}

impl std::fmt::Debug for WindowReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowReader").finish_non_exhaustive()
    }
}

impl WindowReader {
    /// The next line; `None` when the other side closed the connection. A line
    /// longer than [`MAX_WINDOW_BYTES`] is an `InvalidData` error.
    pub async fn next(&mut self) -> io::Result<Option<Vec<u8>>> {
        match read_line_bounded(&mut self.inner, MAX_WINDOW_BYTES).await? {
            LineRead::Line(line) => Ok(Some(line)),
            LineRead::Eof => Ok(None),
            LineRead::TooLarge => Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("window session line longer than {MAX_WINDOW_BYTES} bytes"),
            )),
        }
    }
}

/// Writes the session's lines.
pub struct WindowWriter {
    inner: WriteHalf<BufReader<Stream>>,
}

impl std::fmt::Debug for WindowWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowWriter").finish_non_exhaustive()
    }
}

impl WindowWriter {
    /// Sends one line (`line` must not contain a newline; one is added).
    pub async fn send(&mut self, line: &str) -> io::Result<()> {
        if line.len() > MAX_WINDOW_BYTES || line.contains('\n') {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "a window session line must be one line of at most 1 MiB",
            ));
        }
        self.inner.write_all(line.as_bytes()).await?;
        self.inner.write_all(b"\n").await?;
        self.inner.flush().await
    }
}

/// Client side: connects to the app at `address` and opens a window session;
/// returns the app's status at that moment and the session.
pub async fn connect_window(
    address: &SocketAddress,
    timeout: Duration,
) -> Result<(StatusReply, WindowSession), ClientError> {
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
    let stream = match tokio::time::timeout(CONNECT_TIMEOUT, Stream::connect(name)).await {
        Err(_) => {
            return Err(ClientError::ConnectTimeout {
                address: address.clone(),
            });
        }
        Ok(Err(e)) => return Err(connect_err(e)),
        Ok(Ok(s)) => s,
    };
    let exchange = async {
        let mut conn = BufReader::new(stream);
        let line = Request::new(Command::Window).to_line();
        conn.get_mut()
            .write_all(line.as_bytes())
            .await
            .map_err(ClientError::Io)?;
        conn.get_mut().flush().await.map_err(ClientError::Io)?;
        let reply = match read_line_bounded(&mut conn, MAX_REPLY_BYTES)
            .await
            .map_err(ClientError::Io)?
        {
            LineRead::Line(line) => Reply::parse(&line)?,
            LineRead::Eof => return Err(ClientError::Closed),
            LineRead::TooLarge => {
                return Err(ClientError::BadReply(BadReply(format!(
                    "reply longer than {MAX_REPLY_BYTES} bytes"
                ))));
            }
        };
        match reply {
            Reply::Status(status) => Ok((status, WindowSession::new(conn))),
            Reply::Error(f) => Err(ClientError::Refused(f)),
            Reply::Action(_) => Err(ClientError::BadReply(BadReply(
                "the app answered the window request with an action".into(),
            ))),
        }
    };
    tokio::time::timeout(timeout, exchange)
        .await
        .map_err(|_| ClientError::Timeout { after: timeout })?
}
