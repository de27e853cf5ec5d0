//! The live-state figures (8x8 Event Streaming, the simulator as 8x8): an
//! event on the wire → the tray updated, the idle cost of a connected
//! stream, and a dropped stream → reconnected and resumed.

use super::common::*;
use super::{clk_tck, cpu_ticks, percentile, rss_mb};
use rccontrol::{Secret, Settings, TokenStore};
use rccontrol_e2e::{AGENT_ID, EMAIL, STREAM_KEY, SimProcessEnv, TENANT};
use rccontrol_sim::{AgentRef, StreamFault};
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::time::{Duration, Instant};

/// Reads what an app log gained since the last call.
struct Tail {
    file: std::fs::File,
    pos: u64,
}

impl Tail {
    fn new(path: &Path) -> Self {
        let mut file = std::fs::File::open(path).unwrap();
        let pos = file.seek(SeekFrom::End(0)).unwrap();
        Self { file, pos }
    }

    /// Polls (every 200 µs, up to 10 s) until a new line contains `needle`.
    fn wait(&mut self, needle: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut text = String::new();
        while Instant::now() < deadline {
            self.file.seek(SeekFrom::Start(self.pos)).unwrap();
            let mut more = String::new();
            let n = self.file.read_to_string(&mut more).unwrap_or(0);
            self.pos += n as u64;
            text.push_str(&more);
            if text.contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        false
    }
}

/// Turns live state on for `dir` (the credential in the real keychain).
fn live_on(env: &SimProcessEnv, dir: &Path) {
    let file = dir.join("settings.toml");
    let mut settings = Settings::load(&file).unwrap();
    settings.live_state = Some(true);
    settings.stream_agent_id = Some(AGENT_ID.into());
    settings.stream_host = Some(env.sim.sim.host_port());
    settings.save(&file).unwrap();
    let (_, config) = settings.validate().unwrap();
    TokenStore::keychain()
        .store(&config.stream_keychain_account(), &Secret::new(STREAM_KEY))
        .unwrap();
}

/// The rows; `idle_rss` is the app's idle RSS without the stream.
pub fn rows(
    env: &SimProcessEnv,
    dir: &Path,
    idle_secs: u64,
    idle_rss: f64,
    rows: &mut Vec<(String, String, String)>,
) {
    live_on(env, dir);
    let sim = &env.sim.sim;
    let me = AgentRef::Email(EMAIL);
    let app = App::start(dir, &[], &[]);
    let log = dir.join(format!("app-{}.log", std::process::id()));
    eventually(30, "the app connected to the event stream", || {
        app.log().contains("connected to Event Streaming")
    });
    sim.new_call(TENANT, me, true).unwrap();
    eventually(20, "the call, verified", || {
        app.log().contains("[icon live-recording]")
    });

    // Idle with the stream connected (the simulator pings every 10 s, as a
    // server would), recording, before anything is notified (a burst of
    // notifications keeps the notifier busy for a while).
    let pid = app.child.id();
    std::thread::sleep(Duration::from_secs(3));
    let (t0, c0) = (Instant::now(), cpu_ticks(pid));
    std::thread::sleep(Duration::from_secs(idle_secs));
    let cpu = (cpu_ticks(pid) - c0) as f64 / clk_tck() / t0.elapsed().as_secs_f64() * 100.0;
    let rss = rss_mb(pid);
    rows.push((
        format!("Idle with the stream connected: RSS, CPU over {idle_secs} s"),
        format!(
            "{rss:.1} MB ({:+.1} MB vs no stream) · {cpu:.2} %",
            rss - idle_rss
        ),
        "goal +2 MB, 0.00 %".into(),
    ));

    // Event on the wire → the tray's line and icon set (Agent Workspace's
    // pause and resume, alternately; the last one a resume).
    let mut lat = Vec::new();
    for i in 0..102 {
        let pause = i % 2 == 0;
        let mut tail = Tail::new(&log);
        let t = Instant::now();
        sim.workspace_recording(TENANT, me, pause).unwrap();
        let icon = if pause {
            "[icon live-paused]"
        } else {
            "[icon live-recording]"
        };
        assert!(tail.wait(icon), "no tray update for event {i}");
        if i > 0 {
            lat.push(t.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let n = lat.len();
    let (p50, p99) = (
        percentile(&mut lat.clone(), 0.5),
        percentile(&mut lat, 0.99),
    );
    rows.push((
        format!("Live event on the wire → tray updated ({n} events)"),
        format!("p50 {p50:.2} ms · p99 {p99:.2} ms"),
        format!("{:.2} × goal 5 ms", p50 / 5.0),
    ));

    // Dropped (TCP closed, no close frame) → connected again and resumed:
    // an event sent while down arrives.
    let mut back = Vec::new();
    for i in 0..5 {
        let pause = i % 2 == 0;
        let mut tail = Tail::new(&log);
        let t = Instant::now();
        assert_eq!(sim.stream_fault(StreamFault::Drop), 1);
        sim.workspace_recording(TENANT, me, pause).unwrap();
        let icon = if pause {
            "[icon live-paused]"
        } else {
            "[icon live-recording]"
        };
        assert!(
            tail.wait("connected to Event Streaming"),
            "no reconnect {i}"
        );
        assert!(tail.wait(icon), "the event sent while down, {i}");
        back.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let median = percentile(&mut back, 0.5);
    rows.push((
        "Stream dropped → reconnected and resumed (median of 5; backoff from 1 s)".into(),
        format!("{median:.0} ms"),
        "—".into(),
    ));
    drop(app);
}
