//! The settings window's session. The window runs in a process of its own (the
//! tray process holds no webview); it connects to the control socket, sends
//! `{"v":1,"cmd":"window"}`, gets a `status` reply, and from then on the
//! connection carries JSON lines both ways for as long as the window is open:
//! calls and their answers, and events the app pushes. No idle timeout applies;
//! lines are bounded by [`MAX_WINDOW_BYTES`]. The line format is the app's.

use super::client::{ClientError, connect};
use super::path::SocketAddress;
use super::protocol::{BadReply, Command, MAX_REPLY_BYTES, Reply, Request, StatusReply};
use super::{LineRead, read_line_bounded};
use interprocess::local_socket::tokio::Stream;
use std::io;
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader, ReadHalf, WriteHalf};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

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

    /// Runs the session: lines given to the returned sender go out in order
    /// (from a task of their own); [`Incoming::next`] yields the lines that
    /// come in, until the other side closes, a read fails or a write fails.
    /// Must be called inside a tokio runtime.
    pub fn start(self) -> (mpsc::UnboundedSender<String>, Incoming) {
        let (reader, mut writer) = self.split();
        let (tx, mut rx) = mpsc::unbounded_channel::<String>();
        let writing = tokio::spawn(async move {
            while let Some(line) = rx.recv().await {
                if let Err(e) = writer.send(&line).await {
                    tracing::debug!(error = %e, "window session: write failed");
                    break;
                }
            }
        });
        (tx, Incoming { reader, writing })
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

/// The incoming side of a started session ([`WindowSession::start`]); dropping
/// it ends the session (the writing task too).
pub struct Incoming {
    reader: WindowReader,
    writing: JoinHandle<()>,
}

impl std::fmt::Debug for Incoming {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Incoming").finish_non_exhaustive()
    }
}

impl Incoming {
    /// The next line; `None` once the session is over.
    pub async fn next(&mut self) -> Option<Vec<u8>> {
        tokio::select! {
            read = self.reader.next() => match read {
                Ok(line) => line,
                Err(e) => {
                    tracing::warn!(error = %e, "window session: read failed");
                    None
                }
            },
            // Nothing can be answered any more: the session is over.
            _ = &mut self.writing => None,
        }
    }
}

impl Drop for Incoming {
    fn drop(&mut self) {
        self.writing.abort();
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
    let stream = connect(address).await?;
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
