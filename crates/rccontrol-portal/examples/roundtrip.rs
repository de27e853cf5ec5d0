//! Measures the portal client against the fake portal: the bind round trip,
//! and Activated→callback latency (from just before the fake emits the signal
//! to the callback running) over 200 activations. Prints one line.
//!
//! Run: `scripts/test-session.sh cargo run -p rccontrol-portal --features fake --example roundtrip`

#[cfg(target_os = "linux")]
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::time::{Duration, Instant};

    use rccontrol_portal::fake::FakePortal;
    use rccontrol_portal::{Shortcut, bind};
    use tokio::time::timeout;

    const SIGNALS: usize = 200;
    const WAIT: Duration = Duration::from_secs(5);

    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        println!(
            "portal: skipped, no DBUS_SESSION_BUS_ADDRESS (run under scripts/test-session.sh)"
        );
        return Ok(());
    }
    let fake = FakePortal::start().await?;
    let shortcuts = ["pause", "resume"]
        .into_iter()
        .map(|id| Shortcut {
            id: id.to_owned(),
            description: format!("{id} recording"),
            preferred_trigger: None,
        })
        .collect();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let started = Instant::now();
    let binding = bind(shortcuts, move |id| {
        let _ = tx.send((Instant::now(), id.to_owned()));
    })
    .await?;
    let bind_ms = ms(started.elapsed());

    let mut latencies = Vec::with_capacity(SIGNALS);
    for i in 0..SIGNALS {
        let id = if i % 2 == 0 { "pause" } else { "resume" };
        let sent = Instant::now();
        fake.activate(id).await?;
        let (called, got) = timeout(WAIT, rx.recv())
            .await?
            .ok_or("the callback was dropped")?;
        if got != id {
            return Err(format!("expected {id}, the callback got {got}").into());
        }
        latencies.push(called.duration_since(sent));
    }
    latencies.sort();
    let p50 = ms(latencies[SIGNALS / 2]);
    let p99 = ms(latencies[SIGNALS * 99 / 100]);
    binding.close().await;
    fake.stop().await;
    println!(
        "portal: bind {bind_ms:.1} ms, activated→callback p50 {p50:.2} ms p99 {p99:.2} ms ({SIGNALS} signals)"
    );
    Ok(())
}

#[cfg(target_os = "linux")]
fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[cfg(not(target_os = "linux"))]
fn main() {
    println!("portal: the desktop portal exists only on Linux");
}
