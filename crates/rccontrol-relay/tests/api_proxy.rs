//! Behind a reverse proxy (`plain_http` on loopback) the per-address
//! enrollment limit counts the address the proxy forwards, so one busy proxy
//! does not share one limit among every agent; over TLS a forged
//! `X-Forwarded-For` changes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(unused_macros)]
#[macro_use]
mod common;

use common::{Db, Relay, Setup, World, healthy_at};
use serde_json::json;

/// One enrollment attempt with an unknown code at `base`, as forwarded for
/// `xff`: the status (403 refused, 429 limited).
async fn attempt(http: &reqwest::Client, base: &str, xff: &str) -> u16 {
    http.post(format!("{base}/v1/enroll"))
        .header("x-forwarded-for", xff)
        .json(&json!({"code": "AAAA-AAAA-AAAA-AAAA", "device_name": "pc"}))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_enrollment_limit_counts_the_proxys_forwarded_address_only_behind_a_proxy() {
    let w = World::start(Setup {
        enroll_per_minute: 2,
        ..Setup::with(Db::Sqlite)
    })
    .await;
    // The same configuration in plain-HTTP mode, as a reverse proxy's upstream.
    let mut config = w.config.clone();
    config.plain_http = true;
    config.tls = None;
    let mut upstream = Relay::start(config, w.store.clone(), Setup::default().options);
    let plain = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{}", upstream.addr.port());
    healthy_at(&plain, &base).await;

    // Forwarded for 203.0.113.5 (after whatever the client claimed): its own limit.
    let first = "198.51.100.1, 203.0.113.5";
    assert_eq!(attempt(&plain, &base, first).await, 403);
    assert_eq!(attempt(&plain, &base, first).await, 403);
    assert_eq!(
        attempt(&plain, &base, first).await,
        429,
        "the third in a minute"
    );
    // Only the rightmost entry counts: a client varying its own claim is still limited.
    assert_eq!(attempt(&plain, &base, "192.0.2.77, 203.0.113.5").await, 429);
    // Another agent behind the same proxy is not.
    assert_eq!(attempt(&plain, &base, "203.0.113.6").await, 403);

    // Over TLS the peer counts: forged headers do not escape the limit.
    assert_eq!(attempt(&w.http, &w.base, "203.0.113.10").await, 403);
    assert_eq!(attempt(&w.http, &w.base, "203.0.113.11").await, 403);
    assert_eq!(attempt(&w.http, &w.base, "203.0.113.12").await, 429);

    upstream.stop().await.unwrap();
    w.sim.shutdown().await;
}
