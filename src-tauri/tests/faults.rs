// X11, Unix sockets, /proc and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Faults and bad input, end to end: one suite that runs fourteen scenarios in a
//! row against real app processes in the session of scripts/test-session.sh —
//! network faults through a TCP fault proxy between the app and the HTTPS
//! simulator (TLS end to end), missing desktop parts, unwritable, corrupt and
//! truncated settings, and abuse of the control socket. For each scenario it
//! checks (a) a clear outcome, (b) that nothing was lost (settings byte for byte,
//! one audit line per press that reached the controller, a sane state file) and
//! (c) that the app serves the next press; it prints a table with the wall time
//! to each outcome (measured, never asserted) and one summary line.

mod common;
#[path = "faults/proxy.rs"]
mod proxy;

use common::*;
use proxy::{Mode, Proxy};
use rccontrol::{BelievedState, Paths, Policy, Settings, TokenStore};
use rccontrol_e2e::{EMAIL, SimProcessEnv, TENANT, TOKEN, run_rcctl};
use rccontrol_sim::Fault;
use rccontrol_testkit::{ChildGuard, wait_until};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::net::SocketAddr;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

/// Generous bound for anything the suite waits for.
const BOUND: Duration = Duration::from_secs(30);

/// Returns `Err(reason)` from the scenario unless `cond` holds.
macro_rules! check {
    ($cond:expr, $($why:tt)+) => {
        if !$cond {
            return Err(format!($($why)+));
        }
    };
}

/// What a scenario saw: the outcome in a few words and the wall time to it.
struct Seen {
    outcome: String,
    took: Duration,
}

type Scenario = fn(&mut Ctx) -> Result<Seen, String>;

#[test]
fn fault_and_bad_input_suite() {
    let _desk = desktop();
    let scenarios: [(&str, Scenario); 14] = [
        ("server down (connection refused)", server_down),
        ("hang (accepts, never answers)", hang),
        ("500 burst", burst_500),
        ("connection reset mid-response", reset_mid_response),
        ("TLS mismatch (other CA)", tls_mismatch),
        ("redirect to another host", redirect),
        ("keychain absent", keychain_absent),
        ("notification daemon absent", notifications_absent),
        ("tray host absent", tray_absent),
        ("settings dir read-only", settings_dir_read_only),
        ("settings file corrupt", settings_corrupt),
        ("settings file truncated", settings_truncated),
        ("control socket flood", socket_flood),
        ("200 concurrent clients", concurrent_clients),
    ];
    let mut ctx = Ctx {
        env: SimProcessEnv::start(),
        net: None,
        socket_app: None,
    };
    let mut rows = Vec::new();
    for (i, (name, run)) in scenarios.iter().enumerate() {
        let number = i + 1;
        eprintln!("[faults] {number}/14 {name} …");
        let started = Instant::now();
        let result = match catch_unwind(AssertUnwindSafe(|| run(&mut ctx))) {
            Ok(r) => r,
            Err(panic) => Err(format!("panicked: {}", panic_text(&*panic))),
        };
        // The network scenarios share one app; the later ones start their own.
        if number == 6 {
            ctx.net = None;
        }
        let row = match result {
            Ok(seen) => Row {
                number,
                name,
                took: seen.took,
                outcome: seen.outcome,
                failure: None,
            },
            Err(reason) => Row {
                number,
                name,
                took: started.elapsed(),
                outcome: String::new(),
                failure: Some(reason),
            },
        };
        eprintln!(
            "[faults] {number}/14 {name}: {}",
            row.failure.as_deref().unwrap_or("passed")
        );
        rows.push(row);
    }
    drop(ctx);

    let failed: Vec<&Row> = rows.iter().filter(|r| r.failure.is_some()).collect();
    println!();
    println!(
        "{:>2}  {:<34} {:<6} {:>8}  outcome",
        "#", "scenario", "result", "time"
    );
    for r in &rows {
        println!(
            "{:>2}  {:<34} {:<6} {:>8}  {}",
            r.number,
            r.name,
            if r.failure.is_some() { "FAIL" } else { "pass" },
            format!("{:.2} s", r.took.as_secs_f64()),
            r.failure.as_deref().unwrap_or(&r.outcome)
        );
    }
    println!(
        "fault suite: {} scenarios, {} passed, {} failed",
        rows.len(),
        rows.len() - failed.len(),
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "failed scenarios:\n{}",
        failed
            .iter()
            .map(|r| format!(
                "  {} {}: {}",
                r.number,
                r.name,
                r.failure.as_deref().unwrap_or("")
            ))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

struct Row {
    number: usize,
    name: &'static str,
    took: Duration,
    outcome: String,
    failure: Option<String>,
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "(no message)".into())
}

/// What the scenarios share: the simulator, the app behind the fault proxy
/// (scenarios 1–6) and the app whose socket is abused (13–14).
struct Ctx {
    env: SimProcessEnv,
    net: Option<Net>,
    socket_app: Option<Served>,
}

/// An app configured with `cluster = 127.0.0.1:<proxy port>`, the proxy in front of
/// the simulator, and the ledger of its files. Fields drop in order: app first.
struct Net {
    app: App,
    proxy: Proxy,
    ledger: Ledger,
    dir: tempfile::TempDir,
    /// A second simulator (its own CA) for the TLS mismatch.
    other: Option<SimProcessEnv>,
}

/// An app with its directory and ledger.
struct Served {
    app: App,
    ledger: Ledger,
    dir: tempfile::TempDir,
}

fn sim_addr(env: &SimProcessEnv) -> SocketAddr {
    env.sim.sim.host_port().parse().expect("simulator address")
}

fn sim_requests(env: &SimProcessEnv) -> usize {
    env.sim.sim.requests().len()
}

/// Where the token of a configured directory comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    /// The session's keychain (gnome-keyring).
    Keychain,
    /// Nowhere: the app gets RCCTL_TOKEN, or nothing.
    None,
}

/// Writes settings for the test agent at `cluster` (the simulator's CA trusted),
/// press throttle and reminders off so that presses in a row all go out.
fn configure_dir(env: &SimProcessEnv, dir: &Path, cluster: &str, token: Token) {
    let settings = Settings {
        cluster: Some(cluster.to_owned()),
        tenant: Some(TENANT.into()),
        email: Some(EMAIL.into()),
        ca_file: Some(env.sim.ca_file()),
        allow_custom_host: true,
        throttle_ms: Some(0),
        reminder_secs: Some(0),
        ..Settings::default()
    };
    match token {
        Token::Keychain => {
            rccontrol::configure::apply(
                &Paths::in_dir(dir),
                &TokenStore::keychain(),
                &Policy::none(),
                &settings,
                Some(TOKEN),
            )
            .expect("settings and keychain");
        }
        Token::None => settings
            .validate()
            .expect("valid settings")
            .0
            .save(&dir.join("settings.toml"))
            .expect("settings saved"),
    }
}

fn start_net(env: &SimProcessEnv) -> Net {
    let proxy = Proxy::start(sim_addr(env), env.runtime.handle().clone());
    let dir = tempfile::tempdir().unwrap();
    let cluster = format!("https://127.0.0.1:{}", proxy.port());
    configure_dir(env, dir.path(), &cluster, Token::Keychain);
    let mut ledger = Ledger::new(dir.path());
    let app = App::start(dir.path(), &[], &[]);
    // The path works before any fault: a press through the proxy.
    let warm = press(dir.path(), "pause", &[]);
    assert!(warm.applied_via_app(), "warm-up press: {}", warm.raw);
    ledger.check(&[&warm]).expect("warm-up press accounted for");
    Net {
        app,
        proxy,
        ledger,
        dir,
        other: None,
    }
}

/// The simulator and the app behind the proxy (started on first use).
fn parts(ctx: &mut Ctx) -> (&SimProcessEnv, &mut Net) {
    let Ctx { env, net, .. } = ctx;
    let net = net.get_or_insert_with(|| start_net(env));
    (env, net)
}

/// One `rcctl pause|resume --json`: exit code, the JSON line, wall time.
struct Press {
    code: i32,
    json: Value,
    took: Duration,
    raw: String,
}

fn press(dir: &Path, action: &str, env: &[(&str, &str)]) -> Press {
    let started = Instant::now();
    let run = run_rcctl(&rcctl_bin(), dir, &[action, "--json"], env, "");
    let took = started.elapsed();
    Press {
        code: run.code,
        json: serde_json::from_str(run.stdout.trim()).unwrap_or(Value::Null),
        took,
        raw: format!("exit {}: {}", run.code, run.all().trim()),
    }
}

impl Press {
    fn outcome(&self) -> &str {
        self.json["outcome"].as_str().unwrap_or("")
    }

    fn message(&self) -> &str {
        self.json["message"].as_str().unwrap_or("")
    }

    fn via_app(&self) -> bool {
        self.json["via"] == "app"
    }

    fn applied_via_app(&self) -> bool {
        self.code == 0 && self.via_app() && self.outcome() == "applied"
    }

    /// `exit 9 network, 3 attempts: "Could not reach 8x8 (network error)"`.
    fn brief(&self) -> String {
        let kind = match self.json["kind"].as_str() {
            Some(k) => format!("{}/{k}", self.outcome()),
            None => self.outcome().to_owned(),
        };
        let attempts = match self.json["attempts"].as_u64() {
            Some(n) if n > 1 => format!(", {n} attempts"),
            _ => String::new(),
        };
        format!(
            "exit {} {kind}{attempts}: \"{}\"",
            self.code,
            self.message()
        )
    }
}

/// (c): the next normal press through the socket exits 0 with `via app`.
fn next_press(dir: &Path, env: &[(&str, &str)]) -> Result<Press, String> {
    let next = press(dir, "pause", env);
    check!(
        next.applied_via_app(),
        "the next press did not work: {}",
        next.raw
    );
    Ok(next)
}

fn audit_lines(file: &Path) -> Vec<Value> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or(Value::Null))
        .collect()
}

/// (b): what must not be lost in a config dir — the settings file byte for byte,
/// one audit line per press that reached the controller, a sane state file.
struct Ledger {
    paths: Paths,
    settings: Option<Vec<u8>>,
    audited: usize,
}

impl Ledger {
    /// Everything in `dir` (the `--config-dir` layout).
    fn new(dir: &Path) -> Ledger {
        Ledger::at(Paths::in_dir(dir))
    }

    fn at(paths: Paths) -> Ledger {
        Ledger {
            settings: std::fs::read(paths.settings_file()).ok(),
            audited: audit_lines(&paths.audit_log()).len(),
            paths,
        }
    }

    /// Checks that exactly `presses` were audited since the last check, each with
    /// its own outcome and trigger `cli`, that the state file holds the state the
    /// last press reported, and that the settings file is byte-identical.
    fn check(&mut self, presses: &[&Press]) -> Result<(), String> {
        check!(
            std::fs::read(self.paths.settings_file()).ok() == self.settings,
            "the settings file changed"
        );
        let want = self.audited + presses.len();
        let mut lines = Vec::new();
        wait_until(Duration::from_secs(10), || {
            lines = audit_lines(&self.paths.audit_log());
            lines.len() >= want
        });
        check!(
            lines.len() == want,
            "audit log has {} lines, expected {want} ({} new presses)",
            lines.len(),
            presses.len()
        );
        for (p, line) in presses.iter().zip(&lines[self.audited..]) {
            check!(
                line["outcome"] == p.json["outcome"]
                    && line["action"] == p.json["action"]
                    && line["trigger"] == "cli",
                "audit line {line} does not match the press {}",
                p.raw
            );
        }
        self.audited = want;
        if let Some(last) = presses.last() {
            let path = self.paths.state_file();
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let state: BelievedState = serde_json::from_slice(&bytes).map_err(|e| {
                format!(
                    "state file not sane ({e}): {}",
                    String::from_utf8_lossy(&bytes)
                )
            })?;
            check!(
                last.json["state"] == state.kind(),
                "state file says {}, the last press said {}",
                state.kind(),
                last.json["state"]
            );
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// 1–6: network faults through the proxy, one running app.

fn server_down(ctx: &mut Ctx) -> Result<Seen, String> {
    let (env, net) = parts(ctx);
    let before = sim_requests(env);
    net.proxy.close();
    check!(
        std::net::TcpStream::connect(("127.0.0.1", net.proxy.port())).is_err(),
        "the proxy port still accepts connections"
    );
    let p = press(net.dir.path(), "pause", &[]);
    check!(
        p.code == 9 && p.via_app() && p.outcome() == "network",
        "expected exit 9 network via app: {}",
        p.raw
    );
    check!(
        sim_requests(env) == before,
        "a request reached the simulator"
    );
    net.proxy.listen()?;
    let next = next_press(net.dir.path(), &[])?;
    net.ledger.check(&[&p, &next])?;
    check!(net.app.running(), "the app exited");
    Ok(Seen {
        outcome: format!("{}; re-bound → next press applied", p.brief()),
        took: p.took,
    })
}

fn hang(ctx: &mut Ctx) -> Result<Seen, String> {
    let (env, net) = parts(ctx);
    let before = sim_requests(env);
    let accepted = net.proxy.accepted();
    net.proxy.set(Mode::Hang, None);
    let p = press(net.dir.path(), "pause", &[]);
    let hung = net.proxy.accepted() - accepted;
    net.proxy.set(Mode::Forward, None);
    check!(
        p.code == 9 && p.via_app() && p.outcome() == "timeout",
        "expected exit 9 timeout via app: {}",
        p.raw
    );
    check!(hung >= 1, "the proxy accepted no connection while hanging");
    check!(
        sim_requests(env) == before,
        "a request reached the simulator through a hanging proxy"
    );
    let next = next_press(net.dir.path(), &[])?;
    net.ledger.check(&[&p, &next])?;
    check!(net.app.running(), "the app exited");
    Ok(Seen {
        outcome: format!(
            "{} (latency {} ms, {hung} hung connection(s)) → next press applied",
            p.brief(),
            p.json["latency_ms"]
        ),
        took: p.took,
    })
}

fn burst_500(ctx: &mut Ctx) -> Result<Seen, String> {
    let (env, net) = parts(ctx);
    let before = sim_requests(env);
    env.sim.sim.inject(Fault::Status(500), 3);
    let p = press(net.dir.path(), "pause", &[]);
    let pending = env.sim.sim.pending_faults();
    env.sim.sim.clear_faults();
    let faulted: Vec<_> = env.sim.sim.requests()[before..]
        .iter()
        .map(|r| r.fault.clone().unwrap_or_default())
        .collect();
    check!(
        p.code == 8 && p.via_app() && p.outcome() == "server_error",
        "expected exit 8 server_error via app: {}",
        p.raw
    );
    check!(
        p.json["attempts"] == 3 && p.json["http_status"] == 500,
        "expected 3 attempts ending in HTTP 500: {}",
        p.raw
    );
    check!(
        pending.is_empty() && faulted == ["status", "status", "status"],
        "the simulator saw {faulted:?}, faults left {pending:?}"
    );
    let next = next_press(net.dir.path(), &[])?;
    net.ledger.check(&[&p, &next])?;
    check!(net.app.running(), "the app exited");
    Ok(Seen {
        outcome: format!("{} → next press applied", p.brief()),
        took: p.took,
    })
}

fn reset_mid_response(ctx: &mut Ctx) -> Result<Seen, String> {
    let (env, net) = parts(ctx);
    let before = sim_requests(env);
    let resets = net.proxy.resets();
    net.proxy.set(Mode::Reset, None);
    let p = press(net.dir.path(), "pause", &[]);
    net.proxy.set(Mode::Forward, None);
    let cut = net.proxy.resets() - resets;
    let reached = sim_requests(env) - before;
    check!(
        p.code == 9 && p.via_app() && matches!(p.outcome(), "network" | "tls"),
        "expected exit 9 network or tls via app: {}",
        p.raw
    );
    check!(cut >= 1, "the proxy never cut an answer short");
    check!(net.app.running(), "the app exited (crash?)");
    let next = next_press(net.dir.path(), &[])?;
    net.ledger.check(&[&p, &next])?;
    Ok(Seen {
        outcome: format!(
            "{} [{}] ({cut} answer(s) cut and reset; the PUT reached the simulator {reached} time(s)) → next press applied",
            p.brief(),
            p.json["detail"].as_str().unwrap_or("")
        ),
        took: p.took,
    })
}

fn tls_mismatch(ctx: &mut Ctx) -> Result<Seen, String> {
    let (env, net) = parts(ctx);
    let before = sim_requests(env);
    let other = net.other.insert(SimProcessEnv::start());
    net.proxy.set(Mode::Forward, Some(sim_addr(other)));
    let p = press(net.dir.path(), "pause", &[]);
    let other_saw = other.sim.sim.requests().len();
    net.proxy.set(Mode::Forward, Some(sim_addr(env)));
    check!(
        p.code == 9 && p.via_app() && p.outcome() == "tls",
        "expected exit 9 tls via app: {}",
        p.raw
    );
    check!(
        p.message().contains("certificate"),
        "the message does not mention the certificate: {}",
        p.raw
    );
    check!(
        other_saw == 0,
        "{other_saw} request(s) reached the untrusted server"
    );
    let next = next_press(net.dir.path(), &[])?;
    net.ledger.check(&[&p, &next])?;
    check!(net.app.running(), "the app exited");
    check!(
        sim_requests(env) == before + 1,
        "the simulator saw more than the next press"
    );
    Ok(Seen {
        outcome: format!(
            "{}; no request at the other server; switched back → next press applied",
            p.brief()
        ),
        took: p.took,
    })
}

fn redirect(ctx: &mut Ctx) -> Result<Seen, String> {
    let location = "https://evil.example/steal";
    let (env, net) = parts(ctx);
    let before = sim_requests(env);
    env.sim
        .sim
        .inject(Fault::Redirect(Some(location.into())), 1);
    let p = press(net.dir.path(), "pause", &[]);
    let seen: Vec<_> = env.sim.sim.requests()[before..]
        .iter()
        .map(|r| (r.method.clone(), r.fault.clone().unwrap_or_default()))
        .collect();
    let pending = env.sim.sim.pending_faults();
    env.sim.sim.clear_faults();
    check!(
        p.code == 9 && p.via_app() && p.outcome() == "redirected",
        "expected exit 9 redirected via app: {}",
        p.raw
    );
    check!(
        p.json["detail"] == location && p.json["attempts"] == 1,
        "expected one attempt with the Location kept as detail: {}",
        p.raw
    );
    check!(
        pending.is_empty() && seen == [("PUT".to_owned(), "redirect".to_owned())],
        "the simulator log shows {seen:?} (expected one PUT), faults left {pending:?}"
    );
    let next = next_press(net.dir.path(), &[])?;
    net.ledger.check(&[&p, &next])?;
    check!(net.app.running(), "the app exited");
    Ok(Seen {
        outcome: format!(
            "{}; one request in the simulator log, not followed → next press applied",
            p.brief()
        ),
        took: p.took,
    })
}

// ---------------------------------------------------------------------------
// 7–9: missing desktop parts.

fn keychain_absent(ctx: &mut Ctx) -> Result<Seen, String> {
    let env = &ctx.env;
    let before = sim_requests(env);
    let dir = tempfile::tempdir().unwrap();
    let bus_dir = tempfile::tempdir().unwrap();
    configure_dir(env, dir.path(), &env.sim.sim.base_url(), Token::None);
    let mut ledger = Ledger::new(dir.path());
    let x = bare_x_server();
    let display = x.display().to_owned();
    let (_bus, address) = bare_session_bus(bus_dir.path());
    let mut app = App::start(
        dir.path(),
        &[],
        &[
            ("DISPLAY", &display),
            ("DBUS_SESSION_BUS_ADDRESS", &address),
        ],
    );
    let p = press(dir.path(), "pause", &[]);
    check!(
        p.code == 2
            && p.via_app()
            && p.json["kind"] == "unavailable"
            && p.json["reason"] == "not_configured",
        "expected exit 2, the app refusing (unavailable, not_configured): {}",
        p.raw
    );
    check!(
        p.message().contains("Not configured")
            && p.message().contains("Secret Service")
            && p.message().contains("RCCTL_TOKEN"),
        "the reason does not name the Secret Service and RCCTL_TOKEN: {}",
        p.raw
    );
    check!(sim_requests(env) == before, "a request was sent");
    ledger.check(&[])?;
    let status = run_rcctl(&rcctl_bin(), dir.path(), &["status", "--json"], &[], "");
    let v: Value = serde_json::from_str(status.stdout.trim()).unwrap_or(Value::Null);
    check!(
        status.code == 0
            && v["via"] == "app"
            && v["app"]["running"] == true
            && v["state_line"] == "Not configured",
        "rcctl status not served by the app: {}",
        status.all()
    );
    check!(app.running(), "the app exited: {}", app.log());
    // The keychain comes up (unlocked after the app started, as at a login
    // that unlocks it late) holding the token: the next press is served
    // without a restart.
    let _keyring = keyring_on(&address, bus_dir.path())?;
    let account = format!("{TENANT}@{}", env.sim.sim.host_port());
    let mut stored = String::new();
    check!(
        wait_until(BOUND, || {
            stored = store_in_keyring(&address, &account, TOKEN);
            stored.is_empty()
        }),
        "the token could not be stored in the keyring on the app's bus: {stored}"
    );
    let next = next_press(dir.path(), &[])?;
    ledger.check(&[&next])?;
    Ok(Seen {
        outcome: format!(
            "{}; rcctl status via app: \"Not configured\"; keychain up → next press applied",
            p.brief()
        ),
        took: p.took,
    })
}

/// gnome-keyring, unlocked, serving the Secret Service on the bus at
/// `address`, its keyrings and control socket under `dir`.
fn keyring_on(address: &str, dir: &Path) -> Result<ChildGuard, String> {
    let (data, runtime) = (dir.join("keyring-data"), dir.join("keyring-run"));
    for d in [&data, &runtime] {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
        chmod(d, 0o700);
    }
    let mut daemon = ChildGuard::spawn(
        Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .env("DBUS_SESSION_BUS_ADDRESS", address)
            .env("XDG_DATA_HOME", &data)
            .env("XDG_RUNTIME_DIR", &runtime)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null()),
    )
    .map_err(|e| format!("gnome-keyring-daemon: {e}"))?;
    // The password of the throw-away login keyring, then end of input.
    let mut stdin = daemon
        .stdin
        .take()
        .ok_or("gnome-keyring-daemon has no stdin")?;
    stdin
        .write_all(b"throwaway-fault-keyring")
        .map_err(|e| format!("unlocking the keyring: {e}"))?;
    drop(stdin);
    Ok(daemon)
}

/// Stores `token` for `account` as the app's keychain entries are kept
/// (keyring 3's Secret Service attributes); "" on success, else why not.
fn store_in_keyring(address: &str, account: &str, token: &str) -> String {
    let child = Command::new("secret-tool")
        .args(["store", "--label=Recording Control", "service", "rccontrol"])
        .args(["username", account, "target", "default"])
        .args(["application", "rust-keyring"])
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => return format!("secret-tool: {e}"),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(token.as_bytes());
    }
    match child.wait_with_output() {
        Ok(out) if out.status.success() => String::new(),
        Ok(out) => String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        Err(e) => format!("secret-tool: {e}"),
    }
}

fn notifications_absent(ctx: &mut Ctx) -> Result<Seen, String> {
    let env = &ctx.env;
    let dir = tempfile::tempdir().unwrap();
    let bus_dir = tempfile::tempdir().unwrap();
    configure_dir(env, dir.path(), &env.sim.sim.base_url(), Token::None);
    let mut ledger = Ledger::new(dir.path());
    let (_bus, address) = bare_session_bus(bus_dir.path());
    let mut app = App::start(
        dir.path(),
        &[],
        &[
            ("DBUS_SESSION_BUS_ADDRESS", &address),
            ("RCCTL_TOKEN", TOKEN),
        ],
    );
    let needle = "No notification service";
    check!(
        wait_until(BOUND, || app.log().contains(needle)),
        "the app never said {needle:?}: {}",
        app.log()
    );
    let seen_notes = notifications().len();
    let before = requests_with(env, "/rccontrol/pause/");
    let p = press(dir.path(), "pause", &[]);
    check!(
        p.applied_via_app(),
        "expected the press applied via the app: {}",
        p.raw
    );
    check!(
        requests_with(env, "/rccontrol/pause/") == before + 1,
        "the press did not reach the simulator"
    );
    let next = next_press(dir.path(), &[])?;
    ledger.check(&[&p, &next])?;
    check!(app.running(), "the app exited: {}", app.log());
    let delivered = notifications().len() - seen_notes;
    Ok(Seen {
        outcome: format!(
            "app says \"{needle}\"; {} → at the simulator, audited ({delivered} notification(s) delivered)",
            p.brief()
        ),
        took: p.took,
    })
}

fn tray_absent(ctx: &mut Ctx) -> Result<Seen, String> {
    let env = &ctx.env;
    let dir = tempfile::tempdir().unwrap();
    configure_dir(env, dir.path(), &env.sim.sim.base_url(), Token::Keychain);
    let mut ledger = Ledger::new(dir.path());
    let x = bare_x_server();
    let display = x.display().to_owned();
    let mut app = App::start(dir.path(), &[], &[("DISPLAY", &display)]);
    let needle = "No system tray found";
    check!(
        wait_until(BOUND, || app.log().contains(needle)),
        "the app never said {needle:?}: {}",
        app.log()
    );
    let seen_notes = notifications().len();
    let p = press(dir.path(), "pause", &[]);
    check!(
        p.applied_via_app(),
        "expected the press applied via the app: {}",
        p.raw
    );
    let note = expect_notification(seen_notes, "Recording paused");
    check!(
        note.contains("via rcctl"),
        "unexpected notification: {note}"
    );
    let next = next_press(dir.path(), &[])?;
    ledger.check(&[&p, &next])?;
    check!(app.running(), "the app exited: {}", app.log());
    Ok(Seen {
        outcome: format!(
            "app says \"{needle}\"; {} and notified → next press applied",
            p.brief()
        ),
        took: p.took,
    })
}

// ---------------------------------------------------------------------------
// 10–12: settings on disk.

/// The effective user id (from /proc: this crate has no libc).
fn euid() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        .and_then(|id| id.parse().ok())
        .expect("the effective uid in /proc/self/status")
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// An installed layout under a home of its own, used as one user: the suite's
/// own when it runs unprivileged; `nobody` (through setpriv) when it runs as
/// root, who writes through any mode.
struct Account {
    home: PathBuf,
    bin: PathBuf,
    paths: Paths,
    nobody: bool,
}

/// The uid and gid of `nobody`.
const NOBODY: u32 = 65534;

impl Account {
    /// `home` holds the binaries (hard links, or copies across file
    /// systems), the simulator's CA and the settings for the test agent.
    fn new(env: &SimProcessEnv, home: &Path) -> Account {
        let bin = home.join("bin");
        let paths = Paths {
            config_dir: home.join(".config/rccontrol"),
            data_dir: home.join(".local/share/rccontrol"),
        };
        for d in [&bin, &paths.config_dir, &paths.data_dir] {
            std::fs::create_dir_all(d).unwrap();
        }
        for exe in [rcctl_bin(), PathBuf::from(APP)] {
            let to = bin.join(exe.file_name().unwrap());
            if std::fs::hard_link(&exe, &to).is_err() {
                std::fs::copy(&exe, &to).unwrap();
            }
        }
        let ca = home.join("ca.pem");
        std::fs::copy(env.sim.ca_file(), &ca).unwrap();
        let settings = Settings {
            cluster: Some(env.sim.sim.base_url()),
            tenant: Some(TENANT.into()),
            email: Some(EMAIL.into()),
            ca_file: Some(ca),
            allow_custom_host: true,
            throttle_ms: Some(0),
            reminder_secs: Some(0),
            ..Settings::default()
        };
        let (valid, _) = settings.validate().expect("valid settings");
        valid.save(&paths.settings_file()).expect("settings saved");
        let nobody = euid() == 0;
        let mut stack = vec![home.to_path_buf()];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                chmod(&p, 0o755);
                stack.extend(std::fs::read_dir(&p).unwrap().flatten().map(|e| e.path()));
            }
            // The binaries stay as built (mode 0755): their inodes are the
            // build's own when hard-linked.
            if nobody && (p.is_dir() || !p.starts_with(&bin)) {
                std::os::unix::fs::chown(&p, Some(NOBODY), Some(NOBODY)).unwrap();
            }
        }
        Account {
            home: home.to_path_buf(),
            bin,
            paths,
            nobody,
        }
    }

    /// `program` (in bin/) as the account's user, with its home and XDG
    /// folders; no keychain (no session bus): the token comes from the
    /// environment.
    fn command(&self, program: &str) -> Command {
        let exe = self.bin.join(program);
        let mut cmd = if self.nobody {
            let mut c = Command::new("setpriv");
            c.arg(format!("--reuid={NOBODY}"))
                .arg(format!("--regid={NOBODY}"))
                .arg("--clear-groups")
                .arg(exe);
            c
        } else {
            Command::new(exe)
        };
        cmd.current_dir(&self.home)
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .env("XDG_DATA_HOME", self.home.join(".local/share"))
            .env("XDG_CACHE_HOME", self.home.join(".cache"))
            .env_remove("XDG_RUNTIME_DIR")
            .env_remove("RCCTL_CONFIG_DIR")
            .env_remove("RCCTL_SOCKET")
            .env("RCCTL_TOKEN", TOKEN)
            .env(
                "RCCTL_TOKEN_FOR",
                rccontrol_e2e::account_in(self.paths.settings_file().parent().unwrap(), None)
                    .unwrap_or_default(),
            )
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
            .env("RCCONTROL_LANG", "en-US")
            .stdin(std::process::Stdio::null());
        cmd
    }

    /// `rcctl ARGS` as the account's user.
    fn rcctl(&self, args: &[&str]) -> Press {
        let started = Instant::now();
        let out = self.command("rcctl").args(args).output().unwrap();
        let took = started.elapsed();
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        let code = out.status.code().unwrap_or(-1);
        Press {
            code,
            json: serde_json::from_str(stdout.trim()).unwrap_or(Value::Null),
            took,
            raw: format!("exit {code}: {}", format!("{stdout}\n{stderr}").trim()),
        }
    }

    /// The names in the settings folder.
    fn config_entries(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.paths.config_dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// 10: settings in a folder the user cannot write (a locked-down profile),
/// state and audit log in a writable one, as installed. The app starts,
/// presses are applied and audited, a save fails naming the file and
/// writes nothing, and the next press is served.
fn settings_dir_read_only(ctx: &mut Ctx) -> Result<Seen, String> {
    let env = &ctx.env;
    let home = tempfile::tempdir().unwrap();
    let user = Account::new(env, home.path());
    chmod(&user.paths.settings_file(), 0o444);
    chmod(&user.paths.config_dir, 0o555);
    let mut ledger = Ledger::at(user.paths.clone());
    let x = bare_x_server();
    let log = home.path().join("app.log");
    let mut app = ChildGuard::spawn(
        user.command("recording-control")
            .env("DISPLAY", x.display())
            .env("RCCTL_LOG", "info,recording_control=debug")
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap()),
    )
    .map_err(|e| format!("starting the app: {e}"))?;
    let app_log = || std::fs::read_to_string(&log).unwrap_or_default();
    let mut status = user.rcctl(&["status", "--json"]);
    check!(
        wait_until(BOUND, || {
            status = user.rcctl(&["status", "--json"]);
            status.via_app()
        }),
        "the app never answered rcctl status: {}\napp log: {}",
        status.raw,
        app_log()
    );
    let p = user.rcctl(&["pause", "--json"]);
    check!(
        p.applied_via_app(),
        "expected the press applied via the app: {}",
        p.raw
    );
    ledger.check(&[&p])?;
    // A save: refused, naming the file, nothing written.
    let ca = home.path().join("ca.pem").display().to_string();
    let args = env.setup_args_with_ca(EMAIL, &ca);
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    args.push("--no-keychain");
    let save = user.rcctl(&args);
    let file = user.paths.settings_file();
    check!(
        save.code == 2
            && save
                .raw
                .contains(&format!("settings file {}", file.display())),
        "expected exit 2 naming the settings file {}: {}",
        file.display(),
        save.raw
    );
    check!(
        user.config_entries() == ["settings.toml"],
        "written into the read-only folder: {:?}",
        user.config_entries()
    );
    let next = user.rcctl(&["resume", "--json"]);
    check!(
        next.applied_via_app(),
        "the next press did not work: {}",
        next.raw
    );
    ledger.check(&[&next])?;
    check!(app.running(), "the app exited: {}", app_log());
    drop(app);
    chmod(&user.paths.config_dir, 0o755);
    Ok(Seen {
        outcome: format!(
            "app up (as {}); {} and audited; save: exit 2 naming the file, nothing written → next press applied",
            if user.nobody {
                "nobody via setpriv"
            } else {
                "this user"
            },
            p.brief()
        ),
        took: p.took,
    })
}

fn settings_corrupt(ctx: &mut Ctx) -> Result<Seen, String> {
    // Garbage: control characters and broken syntax (valid UTF-8).
    let garbage = "\u{1}\u{0}#!garbage]]] = = ☃\n[[[not toml\n\"unterminated = {\n"
        .as_bytes()
        .to_vec();
    bad_settings_file(ctx, garbage)
}

fn settings_truncated(ctx: &mut Ctx) -> Result<Seen, String> {
    let scratch = tempfile::tempdir().unwrap();
    configure_dir(
        &ctx.env,
        scratch.path(),
        &ctx.env.sim.sim.base_url(),
        Token::None,
    );
    let valid = std::fs::read_to_string(scratch.path().join("settings.toml")).unwrap();
    let key = "email = \"";
    let at = valid.find(key).expect("an email line") + key.len() + 5;
    check!(
        valid[at..].contains('"') && valid.is_char_boundary(at),
        "the cut is not inside the quoted e-mail"
    );
    bad_settings_file(ctx, valid.as_bytes()[..at].to_vec())
}

/// 11 and 12: the app starts not configured, naming the file; the file is left
/// byte for byte; `rcctl setup` keeps it as settings.toml.bad; a restarted app works.
fn bad_settings_file(ctx: &mut Ctx, bytes: Vec<u8>) -> Result<Seen, String> {
    let env = &ctx.env;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("settings.toml");
    std::fs::write(&file, &bytes).unwrap();
    let mut ledger = Ledger::new(dir.path());
    let before = sim_requests(env);
    let seen_notes = notifications().len();
    let started = Instant::now();
    let mut app = App::start(dir.path(), &[], &[]);
    let note = expect_notification(seen_notes, "Recording Control is not configured");
    let took = started.elapsed();
    let path = file.display().to_string();
    check!(
        note.contains(&path) && note.contains("not valid"),
        "the notification does not name the file {path}: {note}"
    );
    // Through the socket: the same reason, and nothing sent.
    let p = press(dir.path(), "pause", &[]);
    check!(
        p.code == 2
            && p.via_app()
            && p.json["kind"] == "unavailable"
            && p.json["reason"] == "not_configured"
            && p.message().contains(&path),
        "expected exit 2 naming {path}: {}",
        p.raw
    );
    check!(sim_requests(env) == before, "a request was sent");
    ledger.check(&[])?;
    check!(
        std::fs::read(&file).ok().as_deref() == Some(&bytes[..]),
        "the bad file changed"
    );
    let status = run_rcctl(&rcctl_bin(), dir.path(), &["status", "--json"], &[], "");
    check!(
        status.stdout.contains("\"via\":\"app\"") && status.stdout.contains("settings_file"),
        "rcctl status not served by the app: {}",
        status.all()
    );
    check!(app.running(), "the app exited: {}", app.log());
    drop(app);

    // Repair: setup keeps the bad file aside, byte for byte.
    let args = env.setup_args(EMAIL);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let setup = run_rcctl(&rcctl_bin(), dir.path(), &args, &[], TOKEN);
    let bad = dir.path().join("settings.toml.bad");
    check!(
        setup.code == 0 && setup.stderr.contains(&bad.display().to_string()),
        "rcctl setup did not keep the bad file: {}",
        setup.all()
    );
    check!(
        std::fs::read(&bad).ok().as_deref() == Some(&bytes[..]),
        "settings.toml.bad is not the bad file byte for byte"
    );
    let mut ledger = Ledger::new(dir.path());
    let _app = App::start(dir.path(), &[], &[]);
    let next = next_press(dir.path(), &[])?;
    ledger.check(&[&next])?;
    Ok(Seen {
        outcome: format!(
            "not configured, naming the file (notification + {}); file unchanged; setup kept settings.toml.bad → restarted app: next press applied",
            p.brief().replace(&path, "…/settings.toml")
        ),
        took,
    })
}

// ---------------------------------------------------------------------------
// 13–14: the control socket.

fn socket_app(ctx: &mut Ctx) -> &mut Served {
    let Ctx {
        env, socket_app, ..
    } = ctx;
    socket_app.get_or_insert_with(|| {
        let dir = tempfile::tempdir().unwrap();
        configure_dir(env, dir.path(), &env.sim.sim.base_url(), Token::Keychain);
        let ledger = Ledger::new(dir.path());
        let app = App::start(dir.path(), &[], &[]);
        Served { app, ledger, dir }
    })
}

fn socket_flood(ctx: &mut Ctx) -> Result<Seen, String> {
    const LINES: usize = 10_000;
    let served = socket_app(ctx);
    let sock = served.dir.path().join("rccontrol.sock");
    let stream = UnixStream::connect(&sock).map_err(|e| format!("connect: {e}"))?;
    stream.set_read_timeout(Some(BOUND)).unwrap();
    stream.set_write_timeout(Some(BOUND)).unwrap();
    let writing = stream.try_clone().unwrap();
    let started = Instant::now();
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        let mut w = BufWriter::new(writing);
        for i in 0..LINES {
            let line: &[u8] = match i % 4 {
                0 => b"not json at all",
                1 => b"\xff\xfe\x00 not utf-8",
                2 => b"[\"an\", \"array\"]",
                _ => b"{\"cmd\":\"pause\"}",
            };
            w.write_all(line)?;
            w.write_all(b"\n")?;
        }
        w.flush()
    });
    let mut reader = BufReader::new(stream);
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut replies = 0;
    let mut status_during = None;
    let mut ended = None;
    let mut line = String::new();
    while replies < LINES {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) => {
                ended = Some("the app closed the connection".to_owned());
                break;
            }
            Ok(_) => {}
            Err(e) => {
                ended = Some(format!("reading replies: {e}"));
                break;
            }
        }
        replies += 1;
        let v: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        let kind = v["error"]["kind"].as_str().unwrap_or("not an error reply");
        *kinds.entry(kind.to_owned()).or_default() += 1;
        if replies == 1 {
            // The flood is under way (and stalls while this thread does not read):
            // a separate client asks for the status meanwhile.
            let s = run_rcctl(
                &rcctl_bin(),
                served.dir.path(),
                &["status", "--json"],
                &[],
                "",
            );
            status_during = Some(s);
        }
    }
    let took = started.elapsed();
    let wrote = writer
        .join()
        .map_err(|_| "the writer panicked".to_owned())?;
    let status = status_during.ok_or("no status asked during the flood")?;
    check!(
        status.code == 0 && status.stdout.contains("\"via\":\"app\""),
        "rcctl status during the flood was not answered by the app: {}",
        status.all()
    );
    check!(
        ended.is_none() && replies == LINES && kinds.get("malformed") == Some(&LINES),
        "{replies} replies to {LINES} malformed lines ({kinds:?}); {}",
        ended.as_deref().unwrap_or("")
    );
    check!(wrote.is_ok(), "writing the flood failed: {wrote:?}");
    check!(served.app.running(), "the app exited: {}", served.app.log());
    let next = next_press(served.dir.path(), &[])?;
    served.ledger.check(&[&next])?;
    Ok(Seen {
        outcome: format!(
            "{replies}/{LINES} lines got a malformed error reply, connection kept open; rcctl status via app meanwhile → next press applied"
        ),
        took,
    })
}

/// Connections the app serves at once (`ServeOptions::max_connections`); more
/// are told `busy`.
const SERVED_AT_ONCE: usize = 32;

/// 14: 200 clients at once, one in ten pressing Pause, the rest asking for
/// the status. Every client gets an answer or the documented `busy`; at
/// least as many as the app serves at once get an answer; every press
/// answered was applied (presses at once join one request: the controller
/// sends what is still pending once); every request the simulator received
/// was audited once; the next press is served.
fn concurrent_clients(ctx: &mut Ctx) -> Result<Seen, String> {
    const CLIENTS: usize = 200;
    let requests_before = requests_with(&ctx.env, "/rccontrol/pause/");
    let served = socket_app(ctx);
    let audited_before = served.ledger.audited;
    let sock = Arc::new(served.dir.path().join("rccontrol.sock"));
    let barrier = Arc::new(Barrier::new(CLIENTS + 1));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|i| {
            let sock = sock.clone();
            let barrier = barrier.clone();
            let cmd = if i % 10 == 0 { "pause" } else { "status" };
            std::thread::spawn(move || -> Result<&'static str, String> {
                barrier.wait();
                let s = UnixStream::connect(&*sock).map_err(|e| format!("connect: {e}"))?;
                s.set_read_timeout(Some(BOUND)).unwrap();
                s.set_write_timeout(Some(BOUND)).unwrap();
                // A refused client may be closed before its request is written:
                // the reply is read either way.
                let _ = (&s).write_all(format!("{{\"v\":1,\"cmd\":\"{cmd}\"}}\n").as_bytes());
                let mut line = String::new();
                BufReader::new(&s)
                    .read_line(&mut line)
                    .map_err(|e| format!("read: {e}"))?;
                let v: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
                if v["ok"] == false && v["error"]["kind"] == "busy" {
                    Ok("busy")
                } else if v["ok"] == true && cmd == "status" && v["state_line"].is_string() {
                    Ok("status")
                } else if v["ok"] == true
                    && v["report"]["action"] == "pause"
                    && v["report"]["outcome"] == "applied"
                {
                    Ok("press")
                } else {
                    Err(format!("unexpected reply to {cmd}: {line:?}"))
                }
            })
        })
        .collect();
    barrier.wait();
    let started = Instant::now();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for c in clients {
        match c.join() {
            Ok(Ok(kind)) => *counts.entry(kind).or_default() += 1,
            Ok(Err(e)) => problems.push(e),
            Err(_) => problems.push("client thread panicked".into()),
        }
    }
    let took = started.elapsed();
    let count = |k: &str| counts.get(k).copied().unwrap_or(0);
    let (status, pressed, busy) = (count("status"), count("press"), count("busy"));
    check!(
        problems.is_empty() && status + pressed + busy == CLIENTS,
        "{status} status replies, {pressed} presses applied, {busy} busy, {} problems: {:?}",
        problems.len(),
        problems.iter().take(5).collect::<Vec<_>>()
    );
    check!(
        status + pressed >= SERVED_AT_ONCE,
        "only {} clients answered, fewer than the {SERVED_AT_ONCE} served at once ({busy} busy)",
        status + pressed
    );
    let sent = requests_with(&ctx.env, "/rccontrol/pause/") - requests_before;
    check!(
        (pressed == 0) == (sent == 0) && sent <= pressed,
        "{pressed} presses applied, {sent} requests at the simulator"
    );
    // Every request sent is audited once.
    let served = socket_app(ctx);
    let file = served.ledger.paths.audit_log();
    let want = audited_before + sent;
    let mut lines = Vec::new();
    wait_until(Duration::from_secs(10), || {
        lines = audit_lines(&file);
        lines.len() >= want
    });
    let new = lines.get(audited_before..).unwrap_or_default();
    check!(
        lines.len() == want
            && new.iter().all(|l| {
                l["action"] == "pause" && l["outcome"] == "applied" && l["trigger"] == "cli"
            }),
        "{sent} requests sent, audit lines since: {new:?}"
    );
    served.ledger.audited = want;
    check!(served.app.running(), "the app exited: {}", served.app.log());
    let next = next_press(served.dir.path(), &[])?;
    served.ledger.check(&[&next])?;
    Ok(Seen {
        outcome: format!(
            "{status} status replies + {pressed} presses applied ({sent} requests, each audited) + {busy} documented busy errors, 0 hung → next press applied"
        ),
        took,
    })
}
