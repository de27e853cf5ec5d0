//! The built binary: `serve` over real TLS, SIGTERM finishes the action in
//! flight and exits 0; SIGKILL mid-burst loses no audit row; the JSON logs
//! hold no token, key or code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(unused_macros)]
#[macro_use]
mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::{Setup, WAIT, eventually, http_client, write_config};
use rccontrol_relay::{AuditFilter, RelayConfig, Store};
use rccontrol_sim::{AgentState, DEMO_EMAIL, DEMO_TENANT, Fault, SimOptions, Simulator};
use rccontrol_testkit::ChildGuard;
use serde_json::json;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Bin {
    dir: tempfile::TempDir,
    sim: Simulator,
    store: Store,
    http: reqwest::Client,
    base: String,
    port: u16,
}

impl Bin {
    async fn setup() -> Bin {
        let sim = Simulator::start(SimOptions::default()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        write_config(dir.path(), &sim, &Setup::default());
        let port = free_port();
        let path = dir.path().join("relay.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replace("127.0.0.1:0", &format!("127.0.0.1:{port}")),
        )
        .unwrap();
        let config = RelayConfig::load(&path).unwrap();
        let store = Store::open(&config.database_url).await.unwrap();
        Bin {
            http: http_client(dir.path()),
            base: format!("https://127.0.0.1:{port}"),
            dir,
            sim,
            store,
            port,
        }
    }

    async fn start(&self, log: &str) -> ChildGuard {
        let stderr = std::fs::File::create(self.dir.path().join(log)).unwrap();
        let child = ChildGuard::spawn(
            Command::new(env!("CARGO_BIN_EXE_rccontrol-relay"))
                .args(["serve", "--config"])
                .arg(self.dir.path().join("relay.toml"))
                .stdout(Stdio::null())
                .stderr(stderr),
        )
        .unwrap();
        let until = std::time::Instant::now() + WAIT;
        loop {
            if matches!(self.http.get(format!("{}/healthz", self.base)).send().await, Ok(r) if r.status() == 200)
            {
                return child;
            }
            if std::time::Instant::now() > until {
                let log = std::fs::read_to_string(self.dir.path().join(log)).unwrap_or_default();
                panic!("the relay binary did not answer /healthz; its log:\n{log}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn enroll(&self, email: &str) -> String {
        let code = self
            .store
            .add_agent(
                email,
                None,
                Duration::from_secs(3600),
                rccontrol_relay::now_ms(),
            )
            .await
            .unwrap()
            .code
            .to_string();
        let r = self
            .http
            .post(format!("{}/v1/enroll", self.base))
            .json(&json!({"code": code, "device_name": "pc"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.json::<serde_json::Value>().await.unwrap()["device_key"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    fn act(&self, key: &str) -> tokio::task::JoinHandle<Option<u16>> {
        let (http, base, key) = (self.http.clone(), self.base.clone(), key.to_owned());
        tokio::spawn(async move {
            http.post(format!("{base}/v1/actions"))
                .bearer_auth(key)
                .json(&json!({"action": "pause", "trigger": "hotkey"}))
                .send()
                .await
                .ok()
                .map(|r| r.status().as_u16())
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_the_action_in_flight_and_exits_0() {
    let b = Bin::setup().await;
    let mut relay = b.start("relay.log").await;
    let key = b.enroll(DEMO_EMAIL).await;
    b.sim.inject(Fault::Delay(Duration::from_millis(800)), 1);
    let act = b.act(&key);
    let store = b.store.clone();
    eventually(WAIT, "the action is in flight", || {
        let store = store.clone();
        async move {
            store
                .audit(AuditFilter::default())
                .await
                .unwrap()
                .iter()
                .any(|r| r.outcome.as_deref() == Some("pending"))
        }
    })
    .await;
    assert!(relay.terminate());
    assert_eq!(act.await.unwrap(), Some(200));
    let status = relay
        .exited_within(Duration::from_secs(15))
        .expect("exits after SIGTERM");
    assert!(status.success(), "{status:?}");
    let rows = b.store.audit(AuditFilter::default()).await.unwrap();
    let actions: Vec<_> = rows.iter().filter(|r| r.kind == "action").collect();
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].outcome.as_deref(), Some("applied"));
    // JSON logs, none holding a secret.
    let log = std::fs::read_to_string(b.dir.path().join("relay.log")).unwrap();
    assert!(
        log.lines()
            .any(|l| l.contains("\"action\"") && l.starts_with('{')),
        "{log}"
    );
    for secret in [
        key.as_str(),
        rccontrol_sim::DEMO_TOKEN,
        rccontrol_sim::DEMO_STREAM_KEY,
        "rcd_",
    ] {
        assert!(!log.contains(secret), "a secret in the log: {log}");
    }
    b.sim.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_burst_loses_no_audit_row() {
    let b = Bin::setup().await;
    let mut relay = b.start("relay-1.log").await;
    // 40 agents on a call, each with a device.
    let mut keys = Vec::new();
    for i in 0..40 {
        let email = format!("burst{i}@demo.example");
        let mut agent = AgentState::new(Some(&email), None);
        agent.on_call = true;
        assert!(b.sim.upsert_agent(DEMO_TENANT, agent));
        keys.push(b.enroll(&email).await);
    }
    b.sim.clear_requests();
    // Slow answers: the burst is in flight when the relay dies.
    b.sim.inject(Fault::Late(Duration::from_millis(400)), 1000);
    let burst: Vec<_> = keys.iter().map(|k| b.act(k)).collect();
    let sim = b.sim.clone();
    eventually(WAIT, "8x8 received part of the burst", || {
        let sim = sim.clone();
        async move { sim.requests().len() >= 10 }
    })
    .await;
    relay.kill().unwrap();
    let _ = relay.wait();
    for task in burst {
        let _ = task.await;
    }
    // Late requests still complete on the sim side; wait until they are all logged.
    let sim = b.sim.clone();
    eventually(WAIT, "the sim processed every request it got", || {
        let sim = sim.clone();
        async move { sim.requests().iter().all(|r| r.status.is_some()) }
    })
    .await;
    let received = b.sim.requests().len();
    let _relay = b.start("relay-2.log").await;
    let rows: Vec<_> = b
        .store
        .audit(AuditFilter::default())
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == "action")
        .collect();
    // Every action 8x8 received has its row (written before the call).
    assert!(
        rows.len() >= received,
        "{} rows for {received} requests",
        rows.len()
    );
    // A minute later the pending ones are interrupted: none is lost or left pending.
    let later = rccontrol_relay::now_ms() + 61_000;
    let pending = rows
        .iter()
        .filter(|r| r.outcome.as_deref() == Some("pending"))
        .count() as u64;
    assert_eq!(
        b.store.interrupt_stale(later - 60_000).await.unwrap(),
        pending
    );
    let rows = b.store.audit(AuditFilter::default()).await.unwrap();
    assert!(rows.iter().all(|r| r.outcome.as_deref() != Some("pending")));
    let interrupted = rows
        .iter()
        .filter(|r| r.outcome.as_deref() == Some("interrupted"))
        .count();
    assert!(interrupted > 0, "the kill left actions in flight");
    eprintln!("burst: {received} requests at 8x8, {interrupted} actions interrupted");
    b.sim.shutdown().await;
    drop(b.dir);
    let _ = b.port;
}
