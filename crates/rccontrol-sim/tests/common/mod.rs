//! Shared helpers for the simulator's integration tests (real TLS, reqwest).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod ws;

use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use rccontrol_sim::{DEMO_TENANT, DEMO_TOKEN, SimOptions, Simulator};

/// Everything but RFC 3986 unreserved characters gets encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub fn enc(s: &str) -> String {
    utf8_percent_encode(s, SEGMENT).to_string()
}

pub struct Harness {
    pub sim: Simulator,
    pub client: reqwest::Client,
}

pub fn client_for(sim: &Simulator, timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(sim.ca_pem().as_bytes()).unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .build()
        .unwrap()
}

pub async fn start() -> Harness {
    let sim = Simulator::start(SimOptions::default()).await.unwrap();
    let client = client_for(&sim, Duration::from_secs(10));
    Harness { sim, client }
}

impl Harness {
    pub fn email_url(&self, action: &str, tenant: &str, email: &str) -> String {
        format!(
            "{}/api/tstats/rccontrol/{action}/{}/email/{}",
            self.sim.base_url(),
            enc(tenant),
            enc(email)
        )
    }

    pub fn agent_url(&self, action: &str, tenant: &str, id: &str) -> String {
        format!(
            "{}/api/tstats/rccontrol/{action}/{}/agentId/{}",
            self.sim.base_url(),
            enc(tenant),
            enc(id)
        )
    }

    /// PUT with Basic auth; returns status and body text.
    pub async fn put_as(&self, url: &str, user: &str, pass: &str) -> (u16, String) {
        let r = self
            .client
            .put(url)
            .basic_auth(user, Some(pass))
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// PUT as the demo tenant.
    pub async fn put(&self, url: &str) -> (u16, String) {
        self.put_as(url, DEMO_TENANT, DEMO_TOKEN).await
    }

    pub fn control(&self, path: &str) -> String {
        format!("{}/_sim/{path}", self.sim.base_url())
    }

    pub async fn post_json(&self, path: &str, body: &str) -> (u16, serde_json::Value) {
        let r = self
            .client
            .post(self.control(path))
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .unwrap();
        (
            r.status().as_u16(),
            serde_json::from_slice(&r.bytes().await.unwrap()).unwrap(),
        )
    }

    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let r = self.client.get(self.control(path)).send().await.unwrap();
        (
            r.status().as_u16(),
            serde_json::from_slice(&r.bytes().await.unwrap()).unwrap(),
        )
    }
}
