//! The relay's figures on loopback against the simulator (bench/relay runs
//! it in release mode): the built `rccontrol-relay` binary over real TLS,
//! SQLite. Prints one table; no assertions beyond "it answered".
//!
//! - desktop-style pause (one warm client, one press at a time): via the
//!   relay (`RelayClient`) vs direct to 8x8 (`Client`), p50/p99, difference;
//! - throughput: `BENCH_RELAY_WORKERS` devices pressing as fast as answered,
//!   actions/s and p99;
//! - `BENCH_RELAY_SOCKETS` (default 5,000) live sockets: the relay's RSS
//!   before and after, and one event's fan-out delivery p50/p99/max.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout
)]

#[allow(unused_macros)]
#[path = "../tests/common/mod.rs"]
mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::ws::{Next, connect, next};
use common::{Setup, http_client, write_config};
use rccontrol::relay::{RelayClient, RelayUrl};
use rccontrol::{Action, Client, ClientOptions, Config, Identity, Secret, Trigger};
use rccontrol_relay::{RelayConfig, Store};
use rccontrol_sim::{AgentState, DEMO_AGENT_ID, DEMO_EMAIL, DEMO_TENANT, SimOptions, Simulator};
use rccontrol_testkit::ChildGuard;
use serde_json::json;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_owned))
        })
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

struct Row(String, String, String);

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    // `cargo bench` passes `--bench`; nothing else is read from argv.
    let presses = env_usize("BENCH_RELAY_PRESSES", 300);
    let workers = env_usize("BENCH_RELAY_WORKERS", 32);
    let burst = env_usize("BENCH_RELAY_ACTIONS", 3000);
    let sockets = env_usize("BENCH_RELAY_SOCKETS", 5000);
    let mut rows: Vec<Row> = Vec::new();

    let sim = Simulator::start(SimOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let setup = Setup {
        db: common::Db::Sqlite,
        actions_per_minute: 1_000_000,
        enroll_per_minute: 1_000_000,
        request_timeout_ms: 15_000,
        ..Setup::default()
    };
    write_config(dir.path(), &sim, &setup);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let path = dir.path().join("relay.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("127.0.0.1:0", &format!("127.0.0.1:{port}")),
    )
    .unwrap();
    let config = RelayConfig::load(&path).unwrap();
    let store = Store::open(&config.database_url).await.unwrap();
    let log = std::fs::File::create(dir.path().join("relay.log")).unwrap();
    let mut relay = ChildGuard::spawn(
        Command::new(env!("CARGO_BIN_EXE_rccontrol-relay"))
            .args(["serve", "--config"])
            .arg(&path)
            .env("RCCONTROL_RELAY_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(log),
    )
    .unwrap();
    let base = format!("https://127.0.0.1:{port}");
    let http = http_client(dir.path());
    let until = Instant::now() + Duration::from_secs(20);
    while !matches!(http.get(format!("{base}/healthz")).send().await, Ok(r) if r.status() == 200) {
        assert!(Instant::now() < until, "the relay did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let enroll = |email: String, agent_id: Option<String>| {
        let (store, http, base) = (store.clone(), http.clone(), base.clone());
        async move {
            let code = store
                .add_agent(
                    &email,
                    agent_id.as_deref(),
                    Duration::from_secs(3600),
                    rccontrol_relay::now_ms(),
                )
                .await
                .unwrap()
                .code
                .to_string();
            let r = http
                .post(format!("{base}/v1/enroll"))
                .json(&json!({"code": code, "device_name": "bench"}))
                .send()
                .await
                .unwrap();
            r.json::<serde_json::Value>().await.unwrap()["device_key"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };

    // 1. Desktop-style: one warm client, one press at a time.
    let key = enroll(DEMO_EMAIL.to_owned(), Some(DEMO_AGENT_ID.to_owned())).await;
    std::fs::write(dir.path().join("sim-ca-for-client.pem"), sim.ca_pem()).unwrap();
    let direct = Client::new(
        Config {
            host: rccontrol::validate::cluster(&sim.host_port(), true).unwrap(),
            tenant: DEMO_TENANT.into(),
            identity: Identity::AgentId(DEMO_AGENT_ID.into()),
            ca_file: Some(dir.path().join("sim-ca.pem")),
            proxy: None,
            live: None,
            relay: None,
        },
        Secret::new(rccontrol_sim::DEMO_TOKEN),
        ClientOptions::default(),
    )
    .unwrap();
    let via = RelayClient::new(
        RelayUrl::parse(&base).unwrap(),
        Secret::new(key.as_str()),
        DEMO_TENANT.into(),
        Some(&dir.path().join("relay-ca.pem")),
        None,
        ClientOptions::default(),
    )
    .unwrap();
    let mut direct_ms = Vec::new();
    let mut via_ms = Vec::new();
    // Warm both connections.
    let _ = direct.send(Action::Resume).await;
    let _ = via.act(Action::Resume, Trigger::Hotkey).await;
    for i in 0..presses {
        let action = if i % 2 == 0 {
            Action::Pause
        } else {
            Action::Resume
        };
        let t = Instant::now();
        let r = direct.send(action).await;
        direct_ms.push(ms(t.elapsed()));
        assert_eq!(r.outcome.kind(), "applied", "{:?}", r.outcome);
        let t = Instant::now();
        let r = via.act(action, Trigger::Hotkey).await;
        via_ms.push(ms(t.elapsed()));
        assert_eq!(r.outcome.kind(), "applied", "{:?}", r.outcome);
    }
    direct_ms.sort_by(f64::total_cmp);
    via_ms.sort_by(f64::total_cmp);
    rows.push(Row(
        format!("pause direct to 8x8 (sim), {presses} presses"),
        format!("p50 {:.2} ms", pct(&direct_ms, 0.5)),
        format!("p99 {:.2} ms", pct(&direct_ms, 0.99)),
    ));
    rows.push(Row(
        "pause via the relay".into(),
        format!("p50 {:.2} ms", pct(&via_ms, 0.5)),
        format!("p99 {:.2} ms", pct(&via_ms, 0.99)),
    ));
    rows.push(Row(
        "relay's added latency".into(),
        format!("p50 +{:.2} ms", pct(&via_ms, 0.5) - pct(&direct_ms, 0.5)),
        format!("p99 +{:.2} ms", pct(&via_ms, 0.99) - pct(&direct_ms, 0.99)),
    ));

    // 2. Throughput: `workers` devices (agents on a call), pressing back to back.
    let mut keys = Vec::new();
    for i in 0..workers {
        let email = format!("bench{i}@demo.example");
        let mut agent = AgentState::new(Some(&email), None);
        agent.on_call = true;
        sim.upsert_agent(DEMO_TENANT, agent);
        keys.push(enroll(email, None).await);
    }
    let per_worker = burst.div_ceil(workers.max(1));
    let started = Instant::now();
    let tasks: Vec<_> = keys
        .iter()
        .map(|key| {
            let client = RelayClient::new(
                RelayUrl::parse(&base).unwrap(),
                Secret::new(key.as_str()),
                DEMO_TENANT.into(),
                Some(&dir.path().join("relay-ca.pem")),
                None,
                ClientOptions::default(),
            )
            .unwrap();
            tokio::spawn(async move {
                let mut lat = Vec::with_capacity(per_worker);
                let mut failed = 0usize;
                for i in 0..per_worker {
                    let action = if i % 2 == 0 {
                        Action::Pause
                    } else {
                        Action::Resume
                    };
                    let t = Instant::now();
                    let r = client.act(action, Trigger::Hotkey).await;
                    lat.push(ms(t.elapsed()));
                    if r.outcome.kind() != "applied" {
                        failed += 1;
                    }
                }
                (lat, failed)
            })
        })
        .collect();
    let mut lat = Vec::new();
    let mut failed = 0;
    for t in tasks {
        let (l, f) = t.await.unwrap();
        lat.extend(l);
        failed += f;
    }
    let elapsed = started.elapsed();
    lat.sort_by(f64::total_cmp);
    rows.push(Row(
        format!(
            "throughput, {workers} devices, {} actions ({failed} not applied)",
            lat.len()
        ),
        format!("{:.0} actions/s", lat.len() as f64 / elapsed.as_secs_f64()),
        format!("p99 {:.2} ms", pct(&lat, 0.99)),
    ));

    // 3. Live sockets: RSS, one event's fan-out.
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        let text = http
            .get(format!("{base}/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if text.contains("rccontrol_relay_stream_up 1") {
            break;
        }
        assert!(Instant::now() < until, "the relay's stream did not come up");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let rss_before = rss_kib(relay.pid());
    let mut socks = Vec::with_capacity(sockets);
    let path_q = format!("/ws/v2/reader/persistent/{DEMO_TENANT}/agent-v1/{DEMO_AGENT_ID}");
    let opening = Instant::now();
    for _ in 0..sockets {
        socks.push(
            connect(dir.path(), port, &path_q, &key, false)
                .await
                .unwrap(),
        );
    }
    let open_s = opening.elapsed().as_secs_f64();
    let rss_after = rss_kib(relay.pid());
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let (go_tx, go_rx) = tokio::sync::watch::channel(None::<Instant>);
    for mut ws in socks {
        let tx = tx.clone();
        let mut go = go_rx.clone();
        tokio::spawn(async move {
            let got = next(&mut ws, Duration::from_secs(60)).await;
            let at = Instant::now();
            let _ = go.wait_for(Option::is_some).await;
            let t0 = go.borrow().unwrap_or(at);
            let _ = tx
                .send(matches!(got, Next::Frame(..)).then(|| ms(at.saturating_duration_since(t0))));
            drop(ws);
        });
    }
    drop(tx);
    let sim_http = common::sim_client(&sim);
    let t0 = Instant::now();
    go_tx.send_replace(Some(t0));
    let r = sim_http
        .post(format!("{}/_sim/aw/pause", sim.base_url()))
        .json(&json!({"tenant": DEMO_TENANT, "agent_id": DEMO_AGENT_ID}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let mut delivered = Vec::new();
    let mut missed = 0;
    while let Some(d) = rx.recv().await {
        match d {
            Some(ms) => delivered.push(ms),
            None => missed += 1,
        }
    }
    delivered.sort_by(f64::total_cmp);
    rows.push(Row(
        format!("{sockets} live sockets: relay RSS (opened in {open_s:.1} s)"),
        format!("{:.1} MiB idle", rss_before as f64 / 1024.0),
        format!("{:.1} MiB with sockets", rss_after as f64 / 1024.0),
    ));
    rows.push(Row(
        format!("one event to {} sockets ({missed} missed)", delivered.len()),
        format!("p50 {:.1} ms", pct(&delivered, 0.5)),
        format!(
            "p99 {:.1} ms (max {:.1})",
            pct(&delivered, 0.99),
            delivered.last().copied().unwrap_or(f64::NAN)
        ),
    ));

    let _ = relay.stop();
    sim.shutdown().await;
    let w0 = rows.iter().map(|r| r.0.len()).max().unwrap_or(10);
    let w1 = rows.iter().map(|r| r.1.len()).max().unwrap_or(10);
    println!("\nrccontrol-relay on loopback (simulator as 8x8, SQLite, TLS)\n");
    println!("| {:w0$} | {:w1$} | p99 / detail |", "figure", "value");
    println!("|{}|{}|---|", "-".repeat(w0 + 2), "-".repeat(w1 + 2));
    for Row(a, b, c) in rows {
        println!("| {a:w0$} | {b:w1$} | {c} |");
    }
}
