//! The local control socket: how `rcctl`, headset tools, desktop shortcuts and
//! scripts ask the running app to pause or resume, in milliseconds, with the app's
//! tray, notifications and audit log staying consistent.
//!
//! Per user: a Unix socket (mode 0600 from its creation) in `$XDG_RUNTIME_DIR`,
//! or, on Windows, a named pipe per user and session whose DACL lets only its
//! user in ([`path`] has the rules, `RCCTL_SOCKET` overrides).
//! Both ends check that the other runs as the same user ([`peer`]) before
//! anything is exchanged. JSON lines, versioned,
//! bounded ([`protocol`]). [`server`] serves a [`ControlTarget`] (a [`Controller`]
//! is one); [`client`] asks it and tells "no app running" from every other failure.
//!
//! [`Controller`]: crate::Controller

#[cfg(unix)]
mod bind_unix;
pub mod client;
pub mod path;
pub mod peer;
mod peer_error;
#[cfg(unix)]
mod peer_unix;
#[cfg(windows)]
mod peer_windows;
pub mod protocol;
pub mod server;
pub mod window_session;
#[cfg(windows)]
mod windows_identity;
#[cfg(windows)]
mod windows_pipe;

pub use client::{ClientError, request};
pub use path::{PipeOwner, SOCKET_ENV, SocketAddress, SocketPathError, socket_address};
pub use peer::PeerError;
pub use protocol::{
    ActionReply, ActionReport, Command, ControlFailure, ErrorKind, Reply, Request, StatusReply,
    StreamStatus,
};
pub use server::{BindError, ControlServer, ControlTarget, ServerHandle, ServerOptions};
pub use window_session::{
    InLine, Incoming, Outbox, WindowLimits, WindowReader, WindowSession, WindowWriter,
    connect_window,
};

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

/// What one bounded line read found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum LineRead {
    /// A line (newline and a trailing `\r` stripped). The last line before end of
    /// stream counts even without a newline.
    Line(Vec<u8>),
    /// More than the limit without a newline; reading stopped at the limit.
    TooLarge,
    /// End of stream, nothing pending.
    Eof,
}

/// Reads one line of at most `max` bytes (newline excluded), never buffering more
/// than `max + 1` bytes of it.
pub(crate) async fn read_line_bounded<R: AsyncBufRead + Unpin>(
    reader: &mut R,
    max: usize,
) -> std::io::Result<LineRead> {
    let mut line = Vec::new();
    loop {
        let available = reader.fill_buf().await?;
        if available.is_empty() {
            return Ok(if line.is_empty() {
                LineRead::Eof
            } else {
                LineRead::Line(line)
            });
        }
        let (chunk, used, complete) = match available.iter().position(|b| *b == b'\n') {
            Some(at) => (&available[..at], at + 1, true),
            None => (available, available.len(), false),
        };
        if line.len() + chunk.len() > max {
            let keep = max + 1 - line.len();
            reader.consume(keep.min(used));
            return Ok(LineRead::TooLarge);
        }
        line.extend_from_slice(chunk);
        reader.consume(used);
        if complete {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(LineRead::Line(line));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn bounded_lines() {
        let data: &[u8] = b"one\r\ntwo\n\nlast";
        let mut r = tokio::io::BufReader::with_capacity(2, data);
        let mut got = Vec::new();
        loop {
            match read_line_bounded(&mut r, 8).await.unwrap() {
                LineRead::Eof => break,
                other => got.push(other),
            }
        }
        assert_eq!(
            got,
            [
                LineRead::Line(b"one".to_vec()),
                LineRead::Line(b"two".to_vec()),
                LineRead::Line(Vec::new()),
                LineRead::Line(b"last".to_vec()),
            ]
        );
        let exact = [b'x'; 8];
        let mut r = tokio::io::BufReader::new(&exact[..]);
        assert_eq!(
            read_line_bounded(&mut r, 8).await.unwrap(),
            LineRead::Line(exact.to_vec())
        );
        let big = [b'x'; 100];
        let mut r = tokio::io::BufReader::new(&big[..]);
        assert_eq!(
            read_line_bounded(&mut r, 8).await.unwrap(),
            LineRead::TooLarge
        );
        let long_line = b"123456789\nok\n";
        let mut r = tokio::io::BufReader::new(&long_line[..]);
        assert_eq!(
            read_line_bounded(&mut r, 8).await.unwrap(),
            LineRead::TooLarge
        );
    }
}
