//! Fuzzes the control-socket protocol: `Request::parse`, `Reply::parse`, and the
//! real `ControlServer` framing (a server on a Unix socket in a temporary
//! directory, serving a fake target, started once per process).
//!
//! Invariants, beyond "no panic":
//! * a parsed request has `v == VERSION`, and its `to_line()` parses back (and
//!   deserializes with serde) to the same request;
//! * a refusal is `malformed`, `unsupported_version` or `unknown_command`, and
//!   its error reply line fits what a client accepts (`MAX_REPLY_BYTES`);
//! * a parsed reply's `to_line()` parses back to the same reply;
//! * lines longer than `MAX_REQUEST_BYTES` are refused with `too_large` (and the
//!   connection closed); a line of exactly `MAX_REQUEST_BYTES` is answered. The
//!   limit is enforced by the server's line reader, not by `Request::parse` (which
//!   takes one already-bounded line), so it is checked through a real server: the
//!   input's first line padded with JSON whitespace to `MAX` and to `MAX + 1 + k`
//!   bytes, and the input itself as a stream of lines, must get exactly the
//!   replies `Request::parse` predicts for each line, in order. (One input in
//!   `SOCKET_SAMPLE` goes through the server, plus a fixed request at start-up.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use rccontrol::control_socket::protocol::{MAX_REPLY_BYTES, MAX_REQUEST_BYTES, VERSION};
use rccontrol::control_socket::{
    ActionReply, ActionReport, ControlFailure, ControlServer, ControlTarget, ErrorKind, Reply,
    Request, ServerHandle, SocketAddress, StatusReply,
};
use rccontrol::{Action, BelievedState, Trigger};
use std::future::Future;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Longest input sent through the socket (well inside the socket buffers, so
/// writing everything before reading cannot deadlock).
const MAX_STREAM_BYTES: usize = 16 * 1024;

fuzz_target!(|data: &[u8]| {
    check_request(data);
    check_reply(data);
    // A socket round trip costs ~20 parses: check one input in SOCKET_SAMPLE (chosen
    // by a hash of the input, so a crash still reproduces from its file).
    if data.len() <= MAX_STREAM_BYTES && fnv1a(data) % SOCKET_SAMPLE == 0 {
        check_server(server(), data);
    }
});

/// One input in this many also goes through the real server.
const SOCKET_SAMPLE: u64 = 8;

fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn check_request(data: &[u8]) {
    match Request::parse(data) {
        Ok(r) => {
            assert_eq!(r.v, VERSION);
            let line = r.to_line();
            assert!(line.ends_with('\n') && line.len() <= MAX_REQUEST_BYTES);
            let line = line.trim_end();
            assert_eq!(Request::parse(line.as_bytes()), Ok(r), "{line}");
            let serde: Request = serde_json::from_str(line).expect("serde reads to_line");
            assert_eq!(serde, r);
        }
        Err(f) => {
            assert!(
                matches!(
                    f.kind,
                    ErrorKind::Malformed | ErrorKind::UnsupportedVersion | ErrorKind::UnknownCommand
                ),
                "{f:?}"
            );
            assert!(!f.message.is_empty());
            assert!(Reply::Error(f).to_line().len() <= MAX_REPLY_BYTES);
        }
    }
}

fn check_reply(data: &[u8]) {
    let Ok(reply) = Reply::parse(data) else {
        return;
    };
    let line = reply.to_line();
    assert!(line.ends_with('\n') && line.matches('\n').count() == 1, "{line}");
    assert_eq!(
        Reply::parse(line.trim_end().as_bytes()),
        Ok(reply),
        "reply does not round-trip: {line}"
    );
}

/// What the server must answer to one line (newline and trailing `\r` removed).
fn predicted(line: &[u8]) -> Reply {
    match Request::parse(line) {
        Err(f) => Reply::Error(f),
        Ok(r) => match r.cmd.action() {
            Some(action) => Reply::Action(action_reply(action, r.cmd.trigger())),
            None => Reply::Status(status_reply()),
        },
    }
}

/// The replies to a byte stream, following the server's line reader: lines split
/// at `\n`, a `\r` before the `\n` dropped, the last line counted without a `\n`,
/// and a line longer than `MAX_REQUEST_BYTES` answered `too_large`, closing.
/// `None` stands for that `too_large` (its message is not part of the contract).
fn predicted_stream(mut rest: &[u8]) -> Vec<Option<Reply>> {
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (mut line, next, complete) = match rest.iter().position(|b| *b == b'\n') {
            Some(at) => (&rest[..at], &rest[at + 1..], true),
            None => (rest, &rest[rest.len()..], false),
        };
        if line.len() > MAX_REQUEST_BYTES {
            out.push(None);
            break;
        }
        if complete {
            line = line.strip_suffix(b"\r").unwrap_or(line);
        }
        out.push(Some(predicted(line)));
        rest = next;
    }
    out
}

fn check_server(server: &Server, data: &[u8]) {
    let first = data.split(|b| *b == b'\n').next().unwrap_or_default();

    // Exactly at the limit: answered like any line.
    let mut at_limit = first[..first.len().min(MAX_REQUEST_BYTES)].to_vec();
    at_limit.resize(MAX_REQUEST_BYTES, b' ');
    at_limit.push(b'\n');
    assert_stream(server, &at_limit);

    // Over the limit by 1..=7 bytes (and by more when the line is longer): too_large.
    let mut over = first.to_vec();
    over.resize(
        over.len().max(MAX_REQUEST_BYTES + 1 + data.len() % 7),
        b' ',
    );
    over.push(b'\n');
    over.extend_from_slice(br#"{"v":1,"cmd":"status"}"#);
    over.push(b'\n');
    let replies = exchange(server, &over);
    assert_eq!(replies.len(), 1, "a too-long line must be the last one answered");
    match Reply::parse(&replies[0]) {
        Ok(Reply::Error(f)) if f.kind == ErrorKind::TooLarge => {}
        other => panic!("a {}-byte line was not refused as too_large: {other:?}", over.len()),
    }

    // The input itself, as a stream of lines.
    assert_stream(server, data);
}

fn assert_stream(server: &Server, stream: &[u8]) {
    let want = predicted_stream(stream);
    let got = exchange(server, stream);
    assert_eq!(
        got.len(),
        want.len(),
        "reply count for {:?}: got {:?}",
        String::from_utf8_lossy(stream),
        got.iter().map(|l| String::from_utf8_lossy(l)).collect::<Vec<_>>()
    );
    for (got, want) in got.iter().zip(want) {
        let got = Reply::parse(got).unwrap_or_else(|e| {
            panic!("server sent an invalid reply {:?}: {e}", String::from_utf8_lossy(got))
        });
        match want {
            Some(want) => assert_eq!(got, want),
            None => assert!(
                matches!(&got, Reply::Error(f) if f.kind == ErrorKind::TooLarge),
                "{got:?}"
            ),
        }
    }
}

/// Sends `bytes`, closes the writing half, and reads reply lines until the server
/// closes the connection.
fn exchange(server: &Server, bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut conn = UnixStream::connect(&server.path).expect("connect to the control socket");
    conn.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("read timeout");
    // The server may close early (too_large): a failed write is fine, the replies
    // already sent still arrive.
    let _ = conn.write_all(bytes);
    let _ = conn.shutdown(std::net::Shutdown::Write);
    let mut received = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match conn.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => received.extend_from_slice(&buf[..n]),
            // Closing with unread input resets the connection after the replies.
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => panic!("reading the replies failed: {e}"),
        }
    }
    assert!(
        received.is_empty() || received.ends_with(b"\n"),
        "partial reply line: {:?}",
        String::from_utf8_lossy(&received)
    );
    received
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(<[u8]>::to_vec)
        .collect()
}

/// The fake app: echoes what it was asked, so replies can be predicted.
#[derive(Debug)]
struct Fake;

fn action_reply(action: Action, trigger: Trigger) -> ActionReply {
    ActionReply {
        report: ActionReport {
            action,
            outcome: "applied".into(),
            confirmed: true,
            http_status: Some(200),
            message: format!("{action:?} by {trigger:?}"),
            latency_ms: 1,
            attempts: 1,
            exit_code: 0,
            detail: None,
        },
        state: BelievedState::Paused { since_ms: 7 },
        state_line: format!("{trigger:?}"),
        demo: true,
    }
}

fn status_reply() -> StatusReply {
    StatusReply {
        state: BelievedState::Unknown,
        state_line: "Recording state unknown".into(),
        demo: true,
        app_version: "fuzz".into(),
        stream: None,
    }
}

impl ControlTarget for Fake {
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        Box::pin(async move { Ok(action_reply(action, trigger)) })
    }

    fn status(&self) -> StatusReply {
        status_reply()
    }
}

struct Server {
    path: PathBuf,
    _handle: ServerHandle,
    _runtime: tokio::runtime::Runtime,
}

fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        // libFuzzer's main does not set SIGPIPE to ignored as Rust's does; a write
        // to a connection the server closed must be an error, not a kill.
        // SAFETY: setting a signal disposition to SIG_IGN, once, at start-up.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
        let dir = std::env::temp_dir().join(format!(
            "rccontrol-fuzz-protocol-{}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("create the socket directory");
        let path = dir.join("control.sock");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("tokio runtime");
        let handle = runtime.block_on(async {
            ControlServer::bind(SocketAddress::Path(path.clone()))
                .await
                .expect("bind the control socket")
                .spawn(Arc::new(Fake))
        });
        let server = Server {
            path,
            _handle: handle,
            _runtime: runtime,
        };
        // Whatever inputs get sampled, the size limit is checked once per process.
        check_server(&server, br#"{"v":1,"cmd":"pause","trigger":"socket"}"#);
        server
    })
}
