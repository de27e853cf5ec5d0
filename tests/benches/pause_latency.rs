//! Warm vs cold pause latency through the Controller against the in-process
//! simulator on loopback. Prints figures, asserts nothing (machines are noisy).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use rccontrol::{Action, BelievedState, ClientOptions, Controller, Trigger};
use rccontrol_e2e::{EMAIL, Sim, TOKEN};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let n_warm: usize = std::env::var("BENCH_WARM_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let n_cold: usize = std::env::var("BENCH_COLD_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let s = Sim::start().await;
        let settings = s.settings_email(EMAIL);

        // Warm: one controller, one client, pooled connection.
        let controller = Controller::spawn(
            Arc::new(s.client(&settings)),
            BelievedState::Unknown,
            vec![],
        );
        controller
            .request(Action::Pause, Trigger::Hotkey)
            .await
            .unwrap();
        let mut warm = Vec::with_capacity(n_warm);
        for i in 0..n_warm {
            let action = if i % 2 == 0 {
                Action::Resume
            } else {
                Action::Pause
            };
            let t = Instant::now();
            let r = controller.request(action, Trigger::Hotkey).await.unwrap();
            warm.push(t.elapsed());
            assert!(r.outcome.is_confirmed());
        }

        // Cold: a new client per press (new TCP connection and TLS handshake).
        let mut cold = Vec::with_capacity(n_cold);
        for i in 0..n_cold {
            let action = if i % 2 == 0 {
                Action::Resume
            } else {
                Action::Pause
            };
            let client = s.client_with(&settings, TOKEN, ClientOptions::default());
            let controller = Controller::spawn(Arc::new(client), BelievedState::Unknown, vec![]);
            let t = Instant::now();
            let r = controller.request(action, Trigger::Hotkey).await.unwrap();
            cold.push(t.elapsed());
            assert!(r.outcome.is_confirmed());
        }
        warm.sort();
        cold.sort();
        let (w50, w99) = (percentile(&warm, 0.5), percentile(&warm, 0.99));
        let (c50, c99) = (percentile(&cold, 0.5), percentile(&cold, 0.99));
        println!("controller_warm_p50_ms={:.3}", ms(w50));
        println!("controller_warm_p99_ms={:.3}", ms(w99));
        println!("controller_cold_p50_ms={:.3}", ms(c50));
        println!("controller_cold_p99_ms={:.3}", ms(c99));
        println!("controller_warm_over_cold_p50={:.3}", ms(w50) / ms(c50));
        println!("controller_samples_warm={n_warm} controller_samples_cold={n_cold}");
    });
}
