//! The control socket over real Unix sockets: a server over a real [`Controller`]
//! wired to a counting fake sender, raw clients that misbehave, and the typed client.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::control_socket::client::{self, ClientError};
use rccontrol::control_socket::{
    ActionReply, BindError, Command, ControlFailure, ControlServer, ControlTarget, ErrorKind,
    Reply, Request, ServerHandle, ServerOptions, SocketAddress, StatusReply, WindowLimits,
};
use rccontrol::{
    Action, ActionSender, BelievedState, Controller, ControllerEvent, EventSink, Outcome, Report,
    Trigger,
};
use serde_json::Value;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::UnixStream;

/// Answers every action "applied" at once and counts the calls.
#[derive(Default)]
struct Fake {
    calls: AtomicUsize,
}

impl ActionSender for Fake {
    fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move {
            Report {
                action,
                outcome: Outcome::Applied,
                http_status: Some(200),
                latency_ms: 3,
                attempts: 1,
                message: Outcome::Applied.sentence(
                    action,
                    "acme01",
                    &rccontrol::Localizer::english(),
                ),
            }
        })
    }
    fn tenant(&self) -> &str {
        "acme01"
    }
}

/// Records the trigger of every finished action.
#[derive(Default)]
struct Triggers(Mutex<Vec<Trigger>>);

impl EventSink for Triggers {
    fn on_event(&self, event: &ControllerEvent) {
        if let ControllerEvent::Finished { trigger, .. } = event {
            self.0.lock().unwrap().push(*trigger);
        }
    }
}

struct Setup {
    _dir: tempfile::TempDir,
    path: PathBuf,
    address: SocketAddress,
    fake: Arc<Fake>,
    triggers: Arc<Triggers>,
    server: ServerHandle,
}

async fn start(options: ServerOptions) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rccontrol.sock");
    let address = SocketAddress::Path(path.clone());
    let fake = Arc::new(Fake::default());
    let triggers = Arc::new(Triggers::default());
    let controller =
        Controller::spawn(fake.clone(), BelievedState::Unknown, vec![triggers.clone()]);
    let server = ControlServer::bind(address.clone())
        .await
        .unwrap()
        .with_options(options)
        .spawn(Arc::new(controller));
    Setup {
        _dir: dir,
        path,
        address,
        fake,
        triggers,
        server,
    }
}

/// A raw client: writes whatever bytes, reads reply lines as JSON.
struct Raw {
    conn: BufReader<UnixStream>,
}

const LIMIT: Duration = Duration::from_secs(5);

impl Raw {
    async fn connect(path: &Path) -> Raw {
        Raw {
            conn: BufReader::new(UnixStream::connect(path).await.unwrap()),
        }
    }

    async fn send(&mut self, bytes: &[u8]) {
        self.conn.get_mut().write_all(bytes).await.unwrap();
    }

    async fn reply(&mut self) -> Value {
        let mut line = String::new();
        let n = tokio::time::timeout(LIMIT, self.conn.read_line(&mut line))
            .await
            .expect("a reply in time")
            .unwrap();
        assert!(n > 0 && line.ends_with('\n'), "one full line: {line:?}");
        serde_json::from_str(&line).unwrap()
    }

    async fn ask(&mut self, bytes: &[u8]) -> Value {
        self.send(bytes).await;
        self.reply().await
    }

    /// Waits (bounded) until the server closes the connection.
    async fn closed(&mut self) -> bool {
        let mut rest = Vec::new();
        match tokio::time::timeout(LIMIT, self.conn.read_to_end(&mut rest)).await {
            Ok(Ok(_)) => rest.is_empty(),
            Ok(Err(e)) => e.kind() == std::io::ErrorKind::ConnectionReset,
            Err(_) => false,
        }
    }
}

fn error_kind(v: &Value) -> &str {
    assert_eq!(v["v"], 1, "{v}");
    assert_eq!(v["ok"], false, "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    v["error"]["kind"].as_str().unwrap()
}

async fn status_works(address: &SocketAddress) {
    let reply = client::request(
        address,
        &Request::new(Command::Status),
        client::STATUS_TIMEOUT,
    )
    .await
    .unwrap();
    assert!(matches!(reply, Reply::Status(_)), "{reply:?}");
}

#[tokio::test]
async fn pause_resume_status_round_trips() {
    let s = start(ServerOptions::default()).await;
    let ask = |cmd| {
        let address = s.address.clone();
        async move { client::request(&address, &Request::new(cmd), client::ACTION_TIMEOUT).await }
    };

    let Reply::Action(paused) = ask(Command::Pause).await.unwrap() else {
        panic!("action reply expected")
    };
    assert_eq!(paused.report.action, Action::Pause);
    assert_eq!(paused.report.outcome, "applied");
    assert!(paused.report.confirmed);
    assert_eq!(paused.report.exit_code, 0);
    assert_eq!(paused.report.http_status, Some(200));
    assert_eq!(paused.report.message, "Recording paused");
    assert_eq!((paused.report.latency_ms, paused.report.attempts), (3, 1));
    assert!(matches!(paused.state, BelievedState::Paused { .. }));
    assert!(
        paused.state_line.starts_with("Paused at ")
            && paused
                .state_line
                .ends_with(" · 0:00 (8x8 accepted; not verified)"),
        "{}",
        paused.state_line
    );
    assert!(!paused.demo);

    let Reply::Status(status) = ask(Command::Status).await.unwrap() else {
        panic!("status reply expected")
    };
    assert_eq!(status.state, paused.state);
    assert_eq!(status.app_version, env!("CARGO_PKG_VERSION"));

    let Reply::Action(resumed) = ask(Command::Resume).await.unwrap() else {
        panic!("action reply expected")
    };
    assert_eq!(resumed.report.message, "Recording resumed");
    assert!(matches!(resumed.state, BelievedState::Recording { .. }));
    assert_eq!(
        s.fake.calls.load(Ordering::SeqCst),
        2,
        "status sends nothing"
    );

    // The wire shape, and the trigger: the server's (cli), never the client's.
    let mut raw = Raw::connect(&s.path).await;
    let v = raw
        .ask(b"{\"v\":1,\"cmd\":\"pause\",\"trigger\":\"hotkey\"}\n")
        .await;
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["report"]["outcome"], "applied");
    assert_eq!(v["report"]["exit_code"], 0);
    assert_eq!(v["state"]["state"], "paused");
    assert_eq!(v["demo"], false);
    assert!(v.get("app_version").is_none() && v.get("error").is_none());
    let v = raw.ask(b"{\"v\":1,\"cmd\":\"status\"}\r\n").await;
    assert!(v.get("report").is_none());
    assert!(v["app_version"].is_string());
    // A link handed over by a second launch is audited as one.
    let v = raw
        .ask(b"{\"v\":1,\"cmd\":\"link_resume\",\"trigger\":\"cli\"}\n")
        .await;
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(
        *s.triggers.0.lock().unwrap(),
        [Trigger::Cli, Trigger::Cli, Trigger::Cli, Trigger::Link]
    );
    s.server.shutdown().await;
}

#[tokio::test]
async fn bad_lines_get_error_replies_on_the_same_connection() {
    let s = start(ServerOptions::default()).await;
    let mut raw = Raw::connect(&s.path).await;
    for (line, kind) in [
        (&b"{not json\n"[..], "malformed"),
        (b"\n", "malformed"),
        (b"   \n", "malformed"),
        (b"[1,2]\n", "malformed"),
        (b"\"pause\"\n", "malformed"),
        (b"{\"cmd\":\"pause\"}\n", "malformed"),
        (b"\x00\xff\xfe\x80garbage\x07\n", "malformed"),
        (b"{\"v\":2,\"cmd\":\"pause\"}\n", "unsupported_version"),
        (b"{\"v\":1,\"cmd\":\"format_disk\"}\n", "unknown_command"),
    ] {
        let v = raw.ask(line).await;
        assert_eq!(error_kind(&v), kind, "{line:?} → {v}");
    }
    let v = raw.ask(b"{\"v\":99,\"cmd\":\"status\"}\n").await;
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("supported: 1"),
        "{v}"
    );
    // Still the same connection, still answering.
    let v = raw.ask(b"{\"v\":1,\"cmd\":\"status\"}\n").await;
    assert_eq!(v["ok"], true, "{v}");
    // Several requests in one write are answered in order.
    raw.send(b"{\"v\":1,\"cmd\":\"status\"}\n{\"v\":1}\n{\"v\":1,\"cmd\":\"status\"}\n")
        .await;
    assert_eq!(raw.reply().await["ok"], true);
    assert_eq!(error_kind(&raw.reply().await), "malformed");
    assert_eq!(raw.reply().await["ok"], true);
    assert_eq!(s.fake.calls.load(Ordering::SeqCst), 0, "nothing was sent");
    status_works(&s.address).await;
    s.server.shutdown().await;
}

#[tokio::test]
async fn a_megabyte_line_gets_too_large_and_its_connection_closes() {
    let s = start(ServerOptions::default()).await;
    let stream = UnixStream::connect(&s.path).await.unwrap();
    let (read, mut write) = stream.into_split();
    // The writer may fail once the server closes: that is expected.
    let writer = tokio::spawn(async move {
        let big = vec![b'x'; 1024 * 1024];
        let _ = write.write_all(&big).await;
        write
    });
    let mut conn = BufReader::new(read);
    let mut line = String::new();
    tokio::time::timeout(LIMIT, conn.read_line(&mut line))
        .await
        .expect("reply in time")
        .unwrap();
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(error_kind(&v), "too_large");
    assert!(v["error"]["message"].as_str().unwrap().contains("4096"));
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(LIMIT, conn.read_to_end(&mut rest))
        .await
        .expect("closed in time");
    assert!(
        closed.is_err() || rest.is_empty(),
        "no further replies: {rest:?}"
    );
    let _ = tokio::time::timeout(LIMIT, writer)
        .await
        .expect("writer ends");

    // Just over the limit with a newline: too large as well; exactly at it: parsed.
    let mut raw = Raw::connect(&s.path).await;
    let mut over = vec![b' '; 4097];
    over.push(b'\n');
    assert_eq!(error_kind(&raw.ask(&over).await), "too_large");
    assert!(raw.closed().await);
    let mut exact = br#"{"v":1,"cmd":"status"}"#.to_vec();
    exact.resize(4096, b' ');
    exact.push(b'\n');
    let mut raw = Raw::connect(&s.path).await;
    assert_eq!(raw.ask(&exact).await["ok"], true);

    status_works(&s.address).await;
    s.server.shutdown().await;
}

#[tokio::test]
async fn a_silent_client_is_closed_and_does_not_block_others() {
    let s = start(ServerOptions {
        idle_timeout: Duration::from_millis(300),
        ..ServerOptions::default()
    })
    .await;
    let started = Instant::now();
    let mut silent = Raw::connect(&s.path).await;
    // Half a line, then silence.
    silent.send(b"{\"v\":1,").await;
    status_works(&s.address).await;
    assert!(silent.closed().await, "the silent connection is closed");
    let took = started.elapsed();
    // Causal: not closed before the idle timeout; only a hang reaches LIMIT.
    assert!(took >= Duration::from_millis(300), "closed early: {took:?}");
    assert!(
        took < LIMIT,
        "the silent connection was never closed: {took:?}"
    );
    // A client that leaves mid-line and one that connects and leaves: no harm.
    let mut gone = Raw::connect(&s.path).await;
    gone.send(b"{\"v\":1,\"cmd\":").await;
    drop(gone);
    drop(UnixStream::connect(&s.path).await.unwrap());
    // A last line without a newline is still answered before the close.
    let mut no_newline = UnixStream::connect(&s.path).await.unwrap();
    no_newline
        .write_all(br#"{"v":1,"cmd":"status"}"#)
        .await
        .unwrap();
    no_newline.shutdown().await.unwrap();
    let mut out = String::new();
    tokio::time::timeout(LIMIT, no_newline.read_to_string(&mut out))
        .await
        .unwrap()
        .unwrap();
    assert!(out.contains("\"ok\":true"), "{out}");
    status_works(&s.address).await;
    s.server.shutdown().await;
}

#[tokio::test]
async fn too_many_connections_get_busy() {
    let s = start(ServerOptions {
        max_connections: 1,
        ..ServerOptions::default()
    })
    .await;
    let mut first = Raw::connect(&s.path).await;
    assert_eq!(
        first.ask(b"{\"v\":1,\"cmd\":\"status\"}\n").await["ok"],
        true
    );
    let mut second = Raw::connect(&s.path).await;
    assert_eq!(error_kind(&second.reply().await), "busy");
    assert!(second.closed().await);
    drop(first);
    // Bounded polling: the permit comes back when the first connection's task ends.
    let deadline = Instant::now() + LIMIT;
    loop {
        let reply = client::request(
            &s.address,
            &Request::new(Command::Status),
            client::STATUS_TIMEOUT,
        )
        .await
        .unwrap();
        if matches!(reply, Reply::Status(_)) {
            break;
        }
        assert!(Instant::now() < deadline, "still busy: {reply:?}");
        tokio::task::yield_now().await;
    }
    s.server.shutdown().await;
}

#[tokio::test]
async fn concurrent_clients_are_all_answered() {
    let s = start(ServerOptions::default()).await;
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let address = s.address.clone();
            tokio::spawn(async move {
                client::request(
                    &address,
                    &Request::new(Command::Pause),
                    client::ACTION_TIMEOUT,
                )
                .await
            })
        })
        .collect();
    for call in calls {
        let reply = call.await.unwrap().unwrap();
        assert!(matches!(reply, Reply::Action(ref a) if a.report.exit_code == 0));
    }
    assert_eq!(
        s.triggers.0.lock().unwrap().len(),
        s.fake.calls.load(Ordering::SeqCst)
    );
    s.server.shutdown().await;
}

#[tokio::test]
async fn the_socket_file_is_private_and_removed_on_shutdown() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let s = start(ServerOptions::default()).await;
    let meta = std::fs::symlink_metadata(&s.path).unwrap();
    assert!(meta.file_type().is_socket());
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let path = s.path.clone();
    let address = s.address.clone();
    s.server.shutdown().await;
    assert!(!path.exists(), "socket file removed");
    let err = client::request(
        &address,
        &Request::new(Command::Status),
        client::STATUS_TIMEOUT,
    )
    .await
    .unwrap_err();
    assert!(err.is_not_running() && err.nothing_sent(), "{err:?}");
}

#[tokio::test]
async fn a_missing_parent_directory_is_created_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run").join("rccontrol.sock");
    let server = ControlServer::bind(SocketAddress::Path(path.clone()))
        .await
        .unwrap();
    let mode = std::fs::metadata(dir.path().join("run"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
    assert!(path.exists());
    drop(server);
    assert!(!path.exists(), "dropping a bound server removes its file");
}

#[tokio::test]
async fn a_second_server_is_refused_and_the_first_keeps_serving() {
    let s = start(ServerOptions::default()).await;
    let err = ControlServer::bind(s.address.clone()).await.unwrap_err();
    assert!(matches!(err, BindError::AlreadyRunning { .. }), "{err:?}");
    assert!(err.to_string().contains("already running"), "{err}");
    assert!(s.path.exists(), "the live server's file is left alone");
    status_works(&s.address).await;
    s.server.shutdown().await;
}

#[tokio::test]
async fn a_stale_socket_file_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rccontrol.sock");
    // A socket file nobody listens on, as a crashed app leaves behind.
    drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
    assert!(path.exists());
    assert_eq!(
        std::os::unix::net::UnixStream::connect(&path)
            .unwrap_err()
            .kind(),
        std::io::ErrorKind::ConnectionRefused
    );
    let address = SocketAddress::Path(path.clone());
    let controller = Controller::spawn(
        Arc::new(Fake::default()),
        BelievedState::NoActiveCall,
        vec![],
    );
    let server = ControlServer::bind(address.clone())
        .await
        .unwrap()
        .spawn(Arc::new(controller));
    let reply = client::request(
        &address,
        &Request::new(Command::Status),
        client::STATUS_TIMEOUT,
    )
    .await
    .unwrap();
    assert!(
        matches!(&reply, Reply::Status(s) if s.state == BelievedState::NoActiveCall),
        "{reply:?}"
    );
    server.shutdown().await;
}

#[tokio::test]
async fn something_else_at_the_path_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rccontrol.sock");
    std::fs::write(&path, "precious").unwrap();
    let err = ControlServer::bind(SocketAddress::Path(path.clone()))
        .await
        .unwrap_err();
    assert!(matches!(err, BindError::NotASocket { .. }), "{err:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");
}

/// A target that refuses actions, or never finishes them.
struct Stuck {
    refuse: bool,
}

impl ControlTarget for Stuck {
    fn act(
        &self,
        _action: Action,
        _trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        let refuse = self.refuse;
        Box::pin(async move {
            if refuse {
                Err(ControlFailure::unavailable(
                    "Recording Control is not set up yet — open Settings",
                ))
            } else {
                std::future::pending().await
            }
        })
    }
    fn status(&self) -> StatusReply {
        StatusReply {
            state: BelievedState::Unknown,
            state_line: BelievedState::Unknown.describe(0, &rccontrol::Localizer::english()),
            demo: true,
            app_version: "9.9.9".into(),
            stream: None,
        }
    }
}

#[tokio::test]
async fn the_client_tells_no_app_from_refusal_and_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let missing = SocketAddress::Path(dir.path().join("nothing.sock"));
    let err = client::request(&missing, &Request::new(Command::Pause), LIMIT)
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::NotRunning { .. }), "{err:?}");

    for refuse in [true, false] {
        let address = SocketAddress::Path(dir.path().join(format!("{refuse}.sock")));
        let server = ControlServer::bind(address.clone())
            .await
            .unwrap()
            .spawn(Arc::new(Stuck { refuse }));
        let result = client::request(
            &address,
            &Request::new(Command::Pause),
            Duration::from_millis(300),
        )
        .await;
        if refuse {
            let Ok(Reply::Error(f)) = result else {
                panic!("{result:?}")
            };
            assert_eq!(f.kind, ErrorKind::Unavailable);
            assert!(f.message.contains("not set up"));
        } else {
            let err = result.unwrap_err();
            assert!(matches!(err, ClientError::Timeout { .. }), "{err:?}");
            assert!(!err.nothing_sent());
        }
        // Status still answers, with the target's demo flag.
        let reply = client::request(
            &address,
            &Request::new(Command::Status),
            client::STATUS_TIMEOUT,
        )
        .await
        .unwrap();
        assert!(matches!(reply, Reply::Status(ref s) if s.demo), "{reply:?}");
        server.shutdown().await;
    }
}

#[tokio::test]
async fn a_target_without_a_window_refuses_open_and_window_and_keeps_serving() {
    let s = start(ServerOptions::default()).await;
    let mut raw = Raw::connect(&s.path).await;
    for cmd in ["open", "window"] {
        let reply = raw
            .ask(format!("{{\"v\":1,\"cmd\":\"{cmd}\"}}\n").as_bytes())
            .await;
        assert_eq!(error_kind(&reply), "unknown_command", "{cmd}: {reply}");
    }
    let err = rccontrol::control_socket::connect_window(&s.address, LIMIT)
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::Refused(_)), "{err:?}");
    // The same connection still answers.
    let reply = raw.ask(b"{\"v\":1,\"cmd\":\"status\"}\n").await;
    assert_eq!(reply["ok"], true, "{reply}");
    status_works(&s.address).await;
    s.server.shutdown().await;
}

/// A target with a settings window: echoes every window line back upper-cased,
/// counts `open`s and sessions, and pushes one event when a session starts.
#[derive(Default)]
struct Windowed {
    opens: AtomicUsize,
    sessions: AtomicUsize,
    ended: AtomicUsize,
}

impl ControlTarget for Windowed {
    fn act(
        &self,
        _: Action,
        _: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        Box::pin(async { Err(ControlFailure::unavailable("no actions here")) })
    }

    fn status(&self) -> StatusReply {
        StatusReply {
            state: BelievedState::Unknown,
            state_line: "unknown".into(),
            demo: false,
            app_version: "1.0.0".into(),
            stream: None,
        }
    }

    fn open(&self) -> Result<(), ControlFailure> {
        self.opens.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    fn has_window(&self) -> bool {
        true
    }

    fn window(
        &self,
        session: rccontrol::control_socket::WindowSession,
    ) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        self.sessions.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move {
            let (mut reader, mut writer) = session.split();
            writer.send(r#"{"event":"hello"}"#).await.unwrap();
            while let Ok(Some(line)) = reader.next().await {
                let text = String::from_utf8_lossy(&line).to_uppercase();
                if writer.send(&text).await.is_err() {
                    break;
                }
            }
            self.ended.fetch_add(1, Ordering::SeqCst);
        })
    }
}

#[tokio::test]
async fn a_window_session_carries_lines_both_ways_without_the_idle_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rccontrol.sock");
    let address = SocketAddress::Path(path.clone());
    let target = Arc::new(Windowed::default());
    let server = ControlServer::bind(address.clone())
        .await
        .unwrap()
        .with_options(ServerOptions {
            idle_timeout: Duration::from_millis(200),
            max_connections: 4,
        })
        .spawn(target.clone());

    // `open` is answered with the status.
    let reply = client::request(&address, &Request::new(Command::Open), LIMIT)
        .await
        .unwrap();
    assert!(matches!(reply, Reply::Status(_)), "{reply:?}");
    assert_eq!(target.opens.load(Ordering::SeqCst), 1);

    let (status, session) = rccontrol::control_socket::connect_window(&address, LIMIT)
        .await
        .unwrap();
    assert_eq!(status.app_version, "1.0.0");
    let (mut reader, mut writer) = session.split();
    let first = reader.next().await.unwrap().unwrap();
    assert_eq!(first, br#"{"event":"hello"}"#);
    // Silent for longer than the idle timeout: a plain connection opened
    // after the session fell silent is closed by that timeout (an event, not
    // a guess at how long to sleep); the session stays open.
    let mut idle = Raw::connect(&path).await;
    assert!(
        idle.closed().await,
        "the idle timeout closes a silent control connection"
    );
    // A line larger than a control request (4 KiB) but within the window's bound.
    let big = "x".repeat(64 * 1024);
    writer.send(&big).await.unwrap();
    let echoed = tokio::time::timeout(LIMIT, reader.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(echoed.len(), big.len());
    assert!(echoed.iter().all(|b| *b == b'X'));
    // One session at a time: a second is refused with a typed error, on a
    // connection that keeps answering.
    let mut raw = Raw::connect(&path).await;
    let reply = raw.ask(b"{\"v\":1,\"cmd\":\"window\"}\n").await;
    assert_eq!(error_kind(&reply), "window_open", "{reply}");
    let err = rccontrol::control_socket::connect_window(&address, LIMIT)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, ClientError::Refused(f) if f.kind == ErrorKind::WindowOpen),
        "{err:?}"
    );
    // The first session is unaffected and ends when its side closes.
    writer.send("still here").await.unwrap();
    let echoed = reader.next().await.unwrap().unwrap();
    assert_eq!(echoed, b"STILL HERE");
    drop(writer);
    drop(reader);
    let ended = tokio::time::timeout(LIMIT, async {
        while target.ended.load(Ordering::SeqCst) < 1 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
    assert!(ended.is_ok(), "the first session ended");
    // Then the next window gets its session (once the first's has been let
    // go). More than 1 MiB on one line: the app's side ends it.
    let mut raw = next_window(&path).await;
    let _hello = raw.reply().await;
    let huge = vec![b'y'; rccontrol::control_socket::window_session::MAX_WINDOW_BYTES + 10];
    raw.send(&huge).await;
    raw.send(b"\n").await;
    assert!(
        raw.closed().await,
        "an oversized window line ends that session"
    );
    let ended = tokio::time::timeout(LIMIT, async {
        while target.ended.load(Ordering::SeqCst) < 2 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
    assert!(ended.is_ok(), "both sessions ended");
    assert_eq!(target.sessions.load(Ordering::SeqCst), 2);
    // A line with a newline in it is refused by the writer, not sent as two.
    let (_, session) = rccontrol::control_socket::connect_window(&address, LIMIT)
        .await
        .unwrap();
    let (_r, mut w) = session.split();
    assert!(w.send("two\nlines").await.is_err());
    status_works(&address).await;
    server.shutdown().await;
}

/// A target whose window session runs within small limits: `slow` is
/// answered after 100 ms (counting how many are answered at once), `flood`
/// queues more than the session's queue holds.
struct Limited {
    limits: WindowLimits,
    in_flight: Arc<AtomicUsize>,
    most: Arc<AtomicUsize>,
    ended: AtomicUsize,
}

impl Limited {
    fn new(limits: WindowLimits) -> Arc<Self> {
        Arc::new(Self {
            limits,
            in_flight: Arc::default(),
            most: Arc::default(),
            ended: AtomicUsize::new(0),
        })
    }
}

impl ControlTarget for Limited {
    fn act(
        &self,
        _: Action,
        _: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        Box::pin(async { Err(ControlFailure::unavailable("no actions here")) })
    }

    fn status(&self) -> StatusReply {
        StatusReply {
            state: BelievedState::Unknown,
            state_line: "unknown".into(),
            demo: false,
            app_version: "1.0.0".into(),
            stream: None,
        }
    }

    fn has_window(&self) -> bool {
        true
    }

    fn window(
        &self,
        session: rccontrol::control_socket::WindowSession,
    ) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        Box::pin(async move {
            let (out, mut incoming) = session.start(self.limits);
            while let Some(received) = incoming.next().await {
                let what = received.line.to_vec();
                match &what[..] {
                    b"slow" => {
                        let (out, in_flight, most) =
                            (out.clone(), self.in_flight.clone(), self.most.clone());
                        tokio::spawn(async move {
                            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(now, Ordering::SeqCst);
                            tokio::time::sleep(Duration::from_millis(100)).await;
                            in_flight.fetch_sub(1, Ordering::SeqCst);
                            out.send("done".into());
                            drop(received);
                        });
                    }
                    b"flood" => {
                        let big = "z".repeat(512 * 1024);
                        let sent = (0..self.limits.queue + 8)
                            .take_while(|_| out.send(big.clone()))
                            .count();
                        assert!(
                            sent <= self.limits.queue + 1,
                            "the queue is bounded: {sent}"
                        );
                    }
                    _ => {}
                }
            }
            self.ended.fetch_add(1, Ordering::SeqCst);
        })
    }
}

async fn limited(
    limits: WindowLimits,
) -> (Arc<Limited>, SocketAddress, ServerHandle, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let address = SocketAddress::Path(dir.path().join("rccontrol.sock"));
    let target = Limited::new(limits);
    let server = ControlServer::bind(address.clone())
        .await
        .unwrap()
        .spawn(target.clone());
    (target, address, server, dir)
}

#[tokio::test]
async fn a_window_session_answers_at_most_its_limit_of_calls_at_once() {
    let limits = WindowLimits {
        idle: None,
        queue: 64,
        calls: 2,
    };
    let (target, address, server, _dir) = limited(limits).await;
    let (_, session) = rccontrol::control_socket::connect_window(&address, LIMIT)
        .await
        .unwrap();
    let (mut reader, mut writer) = session.split();
    for _ in 0..6 {
        writer.send("slow").await.unwrap();
    }
    for _ in 0..6 {
        let line = tokio::time::timeout(LIMIT, reader.next())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(line.as_deref(), Some(&b"done"[..]));
    }
    assert_eq!(
        target.most.load(Ordering::SeqCst),
        2,
        "two at once, never more"
    );
    server.shutdown().await;
}

#[tokio::test]
async fn a_window_session_that_overflows_its_queue_is_closed() {
    let limits = WindowLimits {
        idle: None,
        queue: 4,
        calls: 8,
    };
    let (target, address, server, _dir) = limited(limits).await;
    let (_, session) = rccontrol::control_socket::connect_window(&address, LIMIT)
        .await
        .unwrap();
    let (mut reader, mut writer) = session.split();
    writer.send("flood").await.unwrap();
    // Whatever was queued arrives, then the session ends.
    let closed = tokio::time::timeout(LIMIT, async {
        while let Ok(Some(_)) = reader.next().await {}
    })
    .await;
    assert!(closed.is_ok(), "the app closed the session");
    let ended = tokio::time::timeout(LIMIT, async {
        while target.ended.load(Ordering::SeqCst) < 1 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
    assert!(ended.is_ok(), "the session ended on the app's side");
    status_works(&address).await;
    server.shutdown().await;
}

#[tokio::test]
async fn an_idle_window_session_is_closed() {
    let limits = WindowLimits {
        idle: Some(Duration::from_millis(300)),
        ..WindowLimits::APP
    };
    assert_eq!(WindowLimits::APP.idle, Some(Duration::from_secs(600)));
    let (target, address, server, _dir) = limited(limits).await;
    let (_, session) = rccontrol::control_socket::connect_window(&address, LIMIT)
        .await
        .unwrap();
    let (mut reader, mut writer) = session.split();
    // Calls keep it open past the idle time…
    let started = Instant::now();
    for _ in 0..4 {
        tokio::time::sleep(Duration::from_millis(150)).await;
        writer.send("noop").await.unwrap();
    }
    assert!(started.elapsed() > Duration::from_millis(450));
    assert_eq!(target.ended.load(Ordering::SeqCst), 0, "open while used");
    // …silence closes it.
    let closed = tokio::time::timeout(LIMIT, reader.next()).await.unwrap();
    assert!(matches!(closed, Ok(None)), "{closed:?}");
    // And the next window may connect.
    let SocketAddress::Path(path) = &address else {
        panic!("a path")
    };
    next_window(path).await;
    server.shutdown().await;
}

/// A raw connection that got a window session, polling while the previous
/// session is being let go (bounded).
async fn next_window(path: &Path) -> Raw {
    let until = Instant::now() + LIMIT;
    loop {
        let mut raw = Raw::connect(path).await;
        let reply = raw.ask(b"{\"v\":1,\"cmd\":\"window\"}\n").await;
        if reply["ok"] == true {
            return raw;
        }
        assert_eq!(error_kind(&reply), "window_open", "{reply}");
        assert!(
            Instant::now() < until,
            "the previous session was never let go"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_servers_binding_at_the_same_moment_exactly_one_wins() {
    for _ in 0..50 {
        let dir = tempfile::tempdir().unwrap();
        let address = SocketAddress::Path(dir.path().join("rccontrol.sock"));
        let binds: Vec<_> = (0..6)
            .map(|_| tokio::spawn(ControlServer::bind(address.clone())))
            .collect();
        let mut servers = Vec::new();
        for bind in binds {
            match bind.await.unwrap() {
                Ok(server) => servers.push(server),
                Err(BindError::AlreadyRunning { .. }) => {}
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(servers.len(), 1, "one winner");
        let server = servers.remove(0).spawn(Arc::new(Controller::spawn(
            Arc::new(Fake::default()),
            BelievedState::Unknown,
            vec![],
        )));
        // The winner's socket is there and answers.
        status_works(&address).await;
        server.shutdown().await;
        // Once it has stopped, the next server takes over.
        let next = ControlServer::bind(address.clone()).await.unwrap();
        drop(next);
    }
}
