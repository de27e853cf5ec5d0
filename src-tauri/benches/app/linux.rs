//! The tray app's figures on Linux (X11, /proc): see `app.rs`.

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "live.rs"]
mod live;

use common::*;
use rccontrol_e2e::{EMAIL, SimProcessEnv, TENANT, TOKEN};
use rccontrol_testkit::wait_until;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * p).round() as usize]
}

/// PIDs of `root` and all its descendants.
fn tree(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        if let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            let after = &stat[stat.rfind(')').unwrap_or(0) + 2..];
            let ppid: u32 = after
                .split(' ')
                .nth(1)
                .and_then(|x| x.parse().ok())
                .unwrap_or(0);
            parents.push((pid, ppid));
        }
    }
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        let p = out[i];
        out.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    out
}

/// The resident memory of `root` and its descendants; fails rather than
/// report 0 MB for a process that is gone.
fn rss_mb(root: u32) -> f64 {
    assert!(
        std::path::Path::new(&format!("/proc/{root}/status")).exists(),
        "bench: process {root} is gone: no memory figure"
    );
    tree(root)
        .iter()
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/status")).ok())
        .filter_map(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(str::to_owned)
        })
        .filter_map(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .sum::<f64>()
        / 1024.0
}

fn cpu_ticks(root: u32) -> u64 {
    tree(root)
        .iter()
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/stat")).ok())
        .map(|s| {
            let f: Vec<&str> = s[s.rfind(')').unwrap_or(0) + 2..].split(' ').collect();
            let ticks = |i: usize| -> u64 {
                f.get(i)
                    .and_then(|t| t.parse().ok())
                    .unwrap_or_else(|| panic!("bench: /proc stat without CPU ticks: {s}"))
            };
            ticks(11) + ticks(12)
        })
        .sum()
}

fn clk_tck() -> f64 {
    let out = Command::new("getconf").arg("CLK_TCK").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim()
        .parse()
        .unwrap_or_else(|_| panic!("bench: getconf CLK_TCK said {text:?}: no CPU figure"))
}

/// Presses Ctrl+Alt+<key> through XTEST (no helper process in the timing).
struct Keyboard {
    conn: x11rb::rust_connection::RustConnection,
    root: u32,
    ctrl: u8,
    alt: u8,
}

impl Keyboard {
    fn new() -> Self {
        use x11rb::connection::Connection as _;
        let (conn, screen) = x11rb::connect(None).unwrap();
        let root = conn.setup().roots[screen].root;
        let mut k = Keyboard {
            conn,
            root,
            ctrl: 0,
            alt: 0,
        };
        k.ctrl = k.keycode(0xffe3);
        k.alt = k.keycode(0xffe9);
        k
    }
    fn keycode(&self, keysym: u32) -> u8 {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::ConnectionExt as _;
        let s = self.conn.setup();
        let (min, max) = (s.min_keycode, s.max_keycode);
        let map = self
            .conn
            .get_keyboard_mapping(min, max - min + 1)
            .unwrap()
            .reply()
            .unwrap();
        let per = usize::from(map.keysyms_per_keycode);
        (0..=(max - min))
            .find(|i| map.keysyms[usize::from(*i) * per] == keysym)
            .map(|i| min + i)
            .unwrap()
    }
    fn press(&self, key: u8) {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xtest::ConnectionExt as _;
        for (kind, code) in [
            (2u8, self.ctrl),
            (2, self.alt),
            (2, key),
            (3, key),
            (3, self.alt),
            (3, self.ctrl),
        ] {
            self.conn
                .xtest_fake_input(kind, code, 0, self.root, 0, 0, 0)
                .unwrap();
        }
        self.conn.flush().unwrap();
    }
}

fn time_runs(n: usize, mut cmd: impl FnMut() -> Command) -> Vec<f64> {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            let st = cmd()
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert!(st.success() || st.code() == Some(0));
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

/// Measures every figure and prints the table.
pub fn main() {
    let _desk = desktop();
    let idle_secs: u64 = std::env::var("BENCH_IDLE_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let presses: usize = std::env::var("BENCH_PRESSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path(), EMAIL);
    // Raw latency first: no press throttle (alternating presses 15 ms apart).
    let file = dir.path().join("settings.toml");
    let mut settings = rccontrol::Settings::load(&file).unwrap();
    settings.throttle_ms = Some(0);
    settings.save(&file).unwrap();
    let mut rows: Vec<(String, String, String)> = Vec::new();

    // Launch → hotkeys registered (the socket answers once they are registered).
    let mut launch = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let app = App::start(dir.path(), &[], &[]);
        launch.push(t.elapsed().as_secs_f64() * 1000.0);
        drop(app);
    }
    let l50 = percentile(&mut launch, 0.5);
    rows.push((
        "Launch → hotkeys registered (median of 5)".into(),
        format!("{l50:.0} ms"),
        format!("{:.2} × goal 500 ms", l50 / 500.0),
    ));

    // Idle memory as shipped (no OpenGL probe), and with GTK's GL probe allowed.
    let mut idle = Vec::new();
    for (label, extra) in [
        ("as shipped", vec![]),
        ("GL probe allowed: GDK_GL set empty", vec![("GDK_GL", "")]),
    ] {
        let app = App::start(dir.path(), &[], &extra);
        std::thread::sleep(Duration::from_secs(5));
        idle.push((label, rss_mb(app.child.id())));
        drop(app);
    }
    for (label, mb) in &idle {
        rows.push((
            format!("Idle RSS, no window, all processes ({label})"),
            format!("{mb:.1} MB"),
            format!("{:.2} × goal 60 MB", mb / 60.0),
        ));
    }

    let app = App::start(dir.path(), &[], &[]);
    let pid = app.child.id();
    std::thread::sleep(Duration::from_secs(5));
    let (t0, c0) = (Instant::now(), cpu_ticks(pid));
    std::thread::sleep(Duration::from_secs(idle_secs));
    let cpu = (cpu_ticks(pid) - c0) as f64 / clk_tck() / t0.elapsed().as_secs_f64() * 100.0;
    rows.push((
        format!("Idle CPU over {idle_secs} s"),
        format!("{cpu:.2} %"),
        "goal 0.0 %".into(),
    ));
    let idle_rss = rss_mb(pid);
    let no_stream_rss = idle_rss;

    // The paused badge: RSS while shown, and after it is gone (no webview;
    // a native GTK window created on pause and destroyed on resume).
    let rcctl = rcctl_bin();
    let badge_shown = || {
        !xdotool(&[
            "search",
            "--onlyvisible",
            "--name",
            "Recording Control — paused",
        ])
        .trim()
        .is_empty()
    };
    let act = |what: &str| {
        let r = rccontrol_e2e::run_rcctl(&rcctl, dir.path(), &[what], &[], "");
        assert_eq!(r.code, 0, "{}", r.all());
    };
    act("pause");
    assert!(
        wait_until(Duration::from_secs(10), badge_shown),
        "the badge"
    );
    std::thread::sleep(Duration::from_secs(2));
    let badge_rss = rss_mb(pid);
    act("resume");
    assert!(
        wait_until(Duration::from_secs(10), || !badge_shown()),
        "the badge gone"
    );
    std::thread::sleep(Duration::from_secs(2));
    let after_badge_rss = rss_mb(pid);
    rows.push((
        "RSS with the paused badge shown".into(),
        format!("{badge_rss:.1} MB"),
        format!("{:+.1} MB vs idle", badge_rss - idle_rss),
    ));
    rows.push((
        "RSS after the badge is gone (resumed)".into(),
        format!("{after_badge_rss:.1} MB"),
        format!("{:+.1} MB vs idle", after_badge_rss - idle_rss),
    ));

    // Hotkey press → PUT at the simulator (warm connection after the first).
    let keyboard = Keyboard::new();
    let (p, r) = (keyboard.keycode(0x70), keyboard.keycode(0x72));
    let mut rx = env.sim.sim.watch_requests();
    let rt = &env.runtime;
    let mut lat = Vec::new();
    for i in 0..=presses {
        let t = Instant::now();
        keyboard.press(if i % 2 == 0 { p } else { r });
        let got =
            rt.block_on(async { tokio::time::timeout(Duration::from_secs(5), rx.recv()).await });
        assert!(matches!(got, Ok(Ok(_))), "no request for press {i}");
        if i > 0 {
            lat.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        std::thread::sleep(Duration::from_millis(15));
    }
    let (h50, h99) = (
        percentile(&mut lat.clone(), 0.5),
        percentile(&mut lat, 0.99),
    );
    rows.push((
        format!("Hotkey press → PUT at the simulator ({presses} presses)"),
        format!("p50 {h50:.2} ms · p99 {h99:.2} ms"),
        format!("{:.2} × goal 2 ms", h50 / 2.0),
    ));

    // rcctl through the socket vs curl with the same credentials.
    let cfg = dir.path().to_path_buf();
    let mut rc = time_runs(runs, || {
        let mut c = Command::new(&rcctl);
        c.arg("--config-dir").arg(&cfg).arg("pause");
        c
    });
    let url = format!(
        "{}/api/tstats/rccontrol/pause/{TENANT}/email/{EMAIL}",
        env.sim.sim.base_url()
    );
    let ca = env.sim.ca_file();
    let mut cu = time_runs(runs, || {
        let mut c = Command::new("curl");
        c.args(["-s", "-o", "/dev/null", "-X", "PUT", "--cacert"])
            .arg(&ca)
            .args(["-u", &format!("{TENANT}:{TOKEN}"), &url]);
        c
    });
    let (rc50, rc99, cu50, cu99) = (
        percentile(&mut rc.clone(), 0.5),
        percentile(&mut rc, 0.99),
        percentile(&mut cu.clone(), 0.5),
        percentile(&mut cu, 0.99),
    );
    rows.push((
        format!("`curl -X PUT` whole process ({runs} runs)"),
        format!("p50 {cu50:.2} ms · p99 {cu99:.2} ms"),
        "1.00 (anchor)".into(),
    ));
    rows.push((
        format!("`rcctl pause` through the app's socket ({runs} runs)"),
        format!("p50 {rc50:.2} ms · p99 {rc99:.2} ms"),
        format!("{:.2} × curl (goal ≤ 0.3)", rc50 / cu50),
    ));

    // The settings window: RSS while open, and after it is closed.
    let second = Command::new(APP)
        .arg("--config-dir")
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(second.success());
    let mut ids = Vec::new();
    eventually(60, "the settings window", || {
        ids = settings_window_ids();
        !ids.is_empty()
    });
    std::thread::sleep(Duration::from_secs(3));
    let open_rss = rss_mb(pid);
    let open_procs = tree(pid).len();
    // Ask politely, again while it is still there (a request can race the mapping).
    eventually(30, "the settings window to close", || {
        let ids = settings_window_ids();
        ids.iter().for_each(|id| close_window(*id));
        ids.is_empty()
    });
    // WebKit may keep helper processes for a while; give it 10 s, then count them.
    let _ = wait_until(Duration::from_secs(10), || tree(pid).len() == 1);
    let closed_procs = tree(pid).len();
    let closed_rss = rss_mb(pid);
    rows.push((
        "RSS with the settings window open".into(),
        format!("{open_rss:.1} MB"),
        format!("{:.2} × idle", open_rss / idle_rss),
    ));
    rows.push((
        format!(
            "RSS after closing the settings window ({closed_procs} of {open_procs} processes left)"
        ),
        format!("{closed_rss:.1} MB"),
        format!("{:.2} × idle", closed_rss / idle_rss),
    ));

    drop(app);

    // Wayland shortcuts through a GlobalShortcuts portal on the session bus
    // (the fake one: no real desktop here): launch → bound, activation → PUT.
    {
        let fake = rt
            .block_on(rccontrol_portal::fake::FakePortal::start())
            .expect("the fake portal");
        let t = Instant::now();
        let app = App::start(dir.path(), &[], &[("RCCONTROL_HOTKEYS", "portal")]);
        assert!(
            wait_until(Duration::from_secs(20), || rt.block_on(fake.bound()).len()
                >= 2),
            "the portal binding"
        );
        let bound_ms = t.elapsed().as_secs_f64() * 1000.0;
        // Requests seen so far are not this measurement's.
        while rx.try_recv().is_ok() {}
        let mut lat = Vec::new();
        for i in 0..=presses.min(100) {
            let id = if i % 2 == 0 { "pause" } else { "resume" };
            let t = Instant::now();
            assert_eq!(rt.block_on(fake.activate(id)).unwrap_or(0), 1);
            let got = rt
                .block_on(async { tokio::time::timeout(Duration::from_secs(5), rx.recv()).await });
            assert!(matches!(got, Ok(Ok(_))), "no request for activation {i}");
            if i > 0 {
                lat.push(t.elapsed().as_secs_f64() * 1000.0);
            }
            std::thread::sleep(Duration::from_millis(15));
        }
        let n = lat.len();
        let (p50, p99) = (
            percentile(&mut lat.clone(), 0.5),
            percentile(&mut lat, 0.99),
        );
        rows.push((
            "Launch → shortcuts bound through the portal".into(),
            format!("{bound_ms:.0} ms"),
            format!("{:.2} × goal 500 ms", bound_ms / 500.0),
        ));
        rows.push((
            format!("Portal Activated signal → PUT at the simulator ({n} signals)"),
            format!("p50 {p50:.2} ms · p99 {p99:.2} ms"),
            format!("{:.2} × hotkey p50", p50 / h50),
        ));
        drop(app);
        rt.block_on(fake.stop());
    }

    // 1,000 presses of Pause within about a second (a held key, a bouncing
    // headset button), with the default press throttle: requests on the wire,
    // final state, peak RSS.
    let mut settings = rccontrol::Settings::load(&file).unwrap();
    settings.throttle_ms = None;
    settings.save(&file).unwrap();
    env.sim.sim.clear_requests();
    let app = App::start(dir.path(), &[], &[]);
    let pid = app.child.id();
    let t = Instant::now();
    for i in 0..1000 {
        keyboard.press(p);
        if i % 10 == 9 {
            std::thread::sleep(Duration::from_millis(9));
        }
    }
    let took = t.elapsed();
    // Requests still in the queue arrive within the throttle window: wait until
    // the count has stayed the same for 1.5 s.
    let count = || {
        env.sim
            .sim
            .requests()
            .iter()
            .filter(|r| r.raw_path.contains("/rccontrol/"))
            .count()
    };
    let (mut last, mut since) = (count(), Instant::now());
    let _ = wait_until(Duration::from_secs(10), || {
        let now = count();
        if now != last {
            (last, since) = (now, Instant::now());
        }
        since.elapsed() >= Duration::from_millis(1500)
    });
    let wire = count();
    let status = rccontrol_e2e::run_rcctl(&rcctl, dir.path(), &["status", "--json"], &[], "");
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap_or_default();
    let hwm = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .expect("bench: no VmHWM for the app: no peak RSS figure")
        / 1024.0;
    rows.push((
        format!(
            "1,000 Pause presses in {:.2} s → requests on the wire",
            took.as_secs_f64()
        ),
        format!(
            "{wire} request(s), final state {}, peak RSS {hwm:.1} MB",
            v["state"]["state"]
        ),
        format!("goal ≤ 3 ({:.2} × goal)", wire as f64 / 3.0),
    ));
    drop(app);

    let size = |path: &str| {
        std::fs::metadata(path)
            .map(|m| m.len() as f64 / 1e6)
            .unwrap_or_else(|e| panic!("bench: {path}: {e}: build the release binaries first"))
    };
    let (tray, window) = (size(APP), size(SETTINGS_APP));
    rows.push((
        "Release binary size: the tray app".into(),
        format!("{tray:.1} MB"),
        format!("{:.2} × goal 15 MB", tray / 15.0),
    ));
    rows.push((
        "Release binary size: the settings window (Tauri)".into(),
        format!("{window:.1} MB"),
        format!("both: {:.1} MB", tray + window),
    ));

    // Live state from the event stream: its own app run.
    live::rows(&env, dir.path(), idle_secs, no_stream_rss, &mut rows);

    // Rows for bench/run, which prints one table of every figure.
    for (a, b, c) in rows {
        println!("ROW\t{a}\t{b}\t{c}");
    }
}
