//! The settings window's session. The window runs in a process of its own (the
//! tray process holds no webview); it connects to the control socket, sends
//! `{"v":1,"cmd":"window"}`, gets a `status` reply, and from then on the
//! connection carries JSON lines both ways for as long as the window is open:
//! calls and their answers, and events the app pushes. Lines are bounded by
//! [`MAX_WINDOW_BYTES`]; the line format is the app's.
//!
//! Limits ([`WindowLimits`]): the app serves one session at a time (the
//! server refuses a second with `window_open`), closes one that makes no call
//! for [`WindowLimits::APP`]'s idle time, closes one whose outgoing queue
//! overflows (a window that does not read), and reads no further call while
//! [`WindowLimits::calls`] are being answered.

use super::client::{ClientError, connect};
use super::path::SocketAddress;
use super::protocol::{BadReply, Command, MAX_REPLY_BYTES, Reply, Request, StatusReply};
use super::{LineRead, read_line_bounded};
use interprocess::local_socket::tokio::Stream;
use std::io;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader, ReadHalf, WriteHalf};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, mpsc};
use tokio::task::JoinHandle;

/// The limits of one side of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowLimits {
    /// The session ends after this long without an incoming line (`None`: never).
    pub idle: Option<Duration>,
    /// Lines waiting to go out; one more closes the session.
    pub queue: usize,
    /// Incoming lines handled at once: the next is read only when one of
    /// their [`InLine`]s is dropped.
    pub calls: usize,
}

impl WindowLimits {
    /// The app's side: 10 min without a call, 256 queued lines, 8 calls at once.
    pub const APP: WindowLimits = WindowLimits {
        idle: Some(Duration::from_secs(600)),
        queue: 256,
        calls: 8,
    };
    /// The window's side: no idle limit (the app's events may be rare).
    pub const WINDOW: WindowLimits = WindowLimits {
        idle: None,
        queue: 256,
        calls: 64,
    };
}

/// The outgoing side of a started session; cheap to clone.
#[derive(Debug, Clone)]
pub struct Outbox {
    tx: mpsc::Sender<String>,
    overflow: Arc<Notify>,
}

impl Outbox {
    /// Queues `line`; false when the session is over, or when the queue is
    /// full, which ends the session (the other side is not reading).
    pub fn send(&self, line: String) -> bool {
        match self.tx.try_send(line) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(_)) => {
                tracing::warn!("window session: outgoing queue full; closing the session");
                self.overflow.notify_one();
                false
            }
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        }
    }
}

/// An incoming line and its share of [`WindowLimits::calls`]: hold it until
/// the line is answered. Its bytes are wiped when it is dropped.
#[derive(Debug)]
pub struct InLine {
    /// The line, newline excluded.
    pub line: zeroize::Zeroizing<Vec<u8>>,
    /// Released when dropped.
    pub permit: OwnedSemaphorePermit,
}

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

    /// Runs the session within `limits`: lines given to the returned
    /// [`Outbox`] go out in order (from a task of their own); [`Incoming::next`]
    /// yields the lines that come in, until the other side closes, a read or
    /// write fails, the session is idle too long or its queue overflows.
    /// Must be called inside a tokio runtime.
    pub fn start(self, limits: WindowLimits) -> (Outbox, Incoming) {
        let (reader, mut writer) = self.split();
        let (tx, mut rx) = mpsc::channel::<String>(limits.queue.max(1));
        let overflow = Arc::new(Notify::new());
        let overflowed = overflow.clone();
        let writing = tokio::spawn(async move {
            loop {
                let line = tokio::select! {
                    line = rx.recv() => line,
                    () = overflowed.notified() => None,
                };
                let Some(line) = line else { break };
                tracing::trace!(target: "rccontrol::control_socket::wire", line = %line, "window session: out");
                if let Err(e) = writer.send(&line).await {
                    tracing::debug!(error = %e, "window session: write failed");
                    break;
                }
            }
        });
        let incoming = Incoming {
            reader,
            writing,
            idle: limits.idle,
            calls: Arc::new(Semaphore::new(limits.calls.max(1))),
        };
        (Outbox { tx, overflow }, incoming)
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
    idle: Option<Duration>,
    calls: Arc<Semaphore>,
}

impl std::fmt::Debug for Incoming {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Incoming").finish_non_exhaustive()
    }
}

impl Incoming {
    /// The next line, once fewer than [`WindowLimits::calls`] are being
    /// handled; `None` once the session is over.
    pub async fn next(&mut self) -> Option<InLine> {
        let permit = tokio::select! {
            permit = self.calls.clone().acquire_owned() => permit.ok()?,
            _ = &mut self.writing => return None,
        };
        let read = async {
            match self.idle {
                Some(idle) => tokio::time::timeout(idle, self.reader.next())
                    .await
                    .unwrap_or_else(|_| {
                        tracing::info!(secs = idle.as_secs(), "window session idle; closing it");
                        Ok(None)
                    }),
                None => self.reader.next().await,
            }
        };
        let line = tokio::select! {
            read = read => match read {
                Ok(line) => line,
                Err(e) => {
                    tracing::warn!(error = %e, "window session: read failed");
                    None
                }
            },
            // Nothing can be answered any more: the session is over.
            _ = &mut self.writing => None,
        }?;
        tracing::trace!(
            target: "rccontrol::control_socket::wire",
            line = %String::from_utf8_lossy(&line),
            "window session: in"
        );
        Some(InLine {
            line: zeroize::Zeroizing::new(line),
            permit,
        })
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
