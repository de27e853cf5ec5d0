//! The relay's test set-up: the simulator as 8x8 (real TLS), the relay
//! in-process on a port-0 listener over real TLS (an rcgen CA), reqwest and
//! tokio-tungstenite as clients, SQLite in a temporary directory (or a
//! PostgreSQL URL).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod ws;

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rccontrol::relay::wire::{EnrollResponse, ErrorBody, ErrorKind};
use rccontrol_relay::server::{ServeError, ServeOptions, serve_on};
use rccontrol_relay::{AuditFilter, AuditRow, RelayConfig, Store};
use rccontrol_sim::{SimOptions, Simulator};
use serde_json::{Value, json};
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// Bound of every wait for something that should happen.
pub const WAIT: Duration = Duration::from_secs(10);

/// Polls `cond` every 20 ms until it holds or `limit` passes.
pub async fn eventually<F, Fut>(limit: Duration, what: &str, mut cond: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let until = Instant::now() + limit;
    loop {
        if cond().await {
            return;
        }
        assert!(Instant::now() < until, "timed out waiting for: {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Where the audit lives.
#[derive(Debug, Clone)]
pub enum Db {
    /// A file in the test's directory.
    Sqlite,
    /// A private PostgreSQL cluster of the test's own (rccontrol-testkit).
    Postgres,
    /// A PostgreSQL database (`postgres://…`).
    Url(String),
}

/// Whether Debian's PostgreSQL programs are installed (the PostgreSQL runs).
pub fn pg_present() -> bool {
    std::fs::read_dir("/usr/lib/postgresql")
        .is_ok_and(|dirs| dirs.flatten().any(|d| d.path().join("bin/initdb").exists()))
}

/// Every case of a suite twice: on SQLite, and on PostgreSQL (skipped, and
/// saying so, where PostgreSQL is not installed; failing under `./test`).
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::common::Db::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if rccontrol_testkit::available(
                        concat!("postgres::", stringify!($name)),
                        "PostgreSQL (scripts/install-deps.sh test)",
                        super::common::pg_present(),
                    ) {
                        super::$name(super::common::Db::Postgres).await;
                    }
                }
            )*
        }
    };
}

/// How to set the relay up.
#[derive(Debug, Clone)]
pub struct Setup {
    pub db: Db,
    pub stream: bool,
    pub actions_per_minute: u32,
    pub enroll_per_minute: u32,
    pub body_bytes: usize,
    pub header_timeout_ms: u64,
    pub request_timeout_ms: u64,
    pub options: ServeOptions,
}

impl Setup {
    /// The defaults on `db`.
    pub fn with(db: Db) -> Self {
        Self {
            db,
            ..Self::default()
        }
    }
}

impl Default for Setup {
    fn default() -> Self {
        let mut options = ServeOptions {
            key_recheck: Duration::from_millis(200),
            live_ping: Duration::from_millis(200),
            ..ServeOptions::default()
        };
        // A short 8x8 deadline so the timeout outcome is quick to reach.
        options.client.attempt_timeout = Duration::from_millis(700);
        options.client.deadline = Duration::from_millis(1500);
        options.client.backoff = Duration::from_millis(20);
        options.stream_timings.backoff = rccontrol_stream::client::Backoff {
            initial: Duration::from_millis(50),
            max: Duration::from_millis(500),
            jitter: 0.5,
        };
        Self {
            db: db_from_env(),
            stream: true,
            actions_per_minute: 1000,
            enroll_per_minute: 1000,
            body_bytes: 4096,
            header_timeout_ms: 1000,
            request_timeout_ms: 3000,
            options,
        }
    }
}

/// `RCCONTROL_RELAY_TEST_DB=postgres://…` runs the suite on PostgreSQL.
pub fn db_from_env() -> Db {
    match std::env::var("RCCONTROL_RELAY_TEST_DB") {
        Ok(url) if !url.is_empty() => Db::Url(url),
        _ => Db::Sqlite,
    }
}

/// A CA and a leaf for 127.0.0.1 signed by it: (ca PEM, leaf PEM, key PEM).
pub fn relay_cert() -> (String, String, String) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
        .unwrap()
        .signed_by(&leaf_key, &ca, &ca_key)
        .unwrap();
    (ca.pem(), leaf.pem(), leaf_key.serialize_pem())
}

fn write_secret(path: &Path, value: &str) {
    std::fs::write(path, value).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// The relay's `relay.toml` for the simulator, written into `dir`.
pub fn write_config(dir: &Path, sim: &Simulator, setup: &Setup) -> String {
    write_config_db(dir, sim, setup, None)
}

/// As [`write_config`], with the database URL given.
pub fn write_config_db(dir: &Path, sim: &Simulator, setup: &Setup, db_url: Option<&str>) -> String {
    let (ca, leaf, key) = relay_cert();
    std::fs::write(dir.join("relay-ca.pem"), ca).unwrap();
    std::fs::write(dir.join("cert.pem"), leaf).unwrap();
    write_secret(&dir.join("key.pem"), &key);
    std::fs::write(dir.join("sim-ca.pem"), sim.ca_pem()).unwrap();
    write_secret(&dir.join("token"), rccontrol_sim::DEMO_TOKEN);
    write_secret(&dir.join("stream"), rccontrol_sim::DEMO_STREAM_KEY);
    let db = match (&setup.db, db_url) {
        (_, Some(url)) => url.to_owned(),
        (Db::Url(url), None) => url.clone(),
        (Db::Sqlite | Db::Postgres, None) => format!("sqlite://{}", dir.join("relay.db").display()),
    };
    let stream = if setup.stream {
        format!(
            "stream_credential_file = \"stream\"\nstream_host = \"{}\"\n",
            sim.host_port()
        )
    } else {
        String::new()
    };
    let text = format!(
        r#"listen = "127.0.0.1:0"
tls_cert = "cert.pem"
tls_key = "key.pem"
database_url = "{db}"
retention_days = 0

[tenant]
name = "{tenant}"
cluster = "{host}"
ca_file = "sim-ca.pem"
token_file = "token"
{stream}
[limits]
actions_per_minute = {apm}
enroll_per_minute = {epm}
body_bytes = {body}
header_timeout_ms = {ht}
request_timeout_ms = {rt}
code_ttl = "1h"
"#,
        tenant = rccontrol_sim::DEMO_TENANT,
        host = sim.host_port(),
        apm = setup.actions_per_minute,
        epm = setup.enroll_per_minute,
        body = setup.body_bytes,
        ht = setup.header_timeout_ms,
        rt = setup.request_timeout_ms,
    );
    std::fs::write(dir.join("relay.toml"), &text).unwrap();
    text
}

/// The relay running in this test's runtime.
#[derive(Debug)]
pub struct Relay {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), ServeError>>>,
}

impl Relay {
    /// Starts `serve_on` on a port-0 listener.
    pub fn start(config: RelayConfig, store: Store, options: ServeOptions) -> Relay {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(serve_on(listener, config, store, options, async move {
            let _ = rx.await;
        }));
        Relay {
            addr,
            stop: Some(tx),
            task: Some(task),
        }
    }

    /// Signals the shutdown (as SIGTERM would) without waiting.
    pub fn signal_stop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }

    /// Signals the shutdown and waits for `serve_on` to return.
    pub async fn stop(&mut self) -> Result<(), ServeError> {
        self.signal_stop();
        match self.task.take() {
            Some(task) => tokio::time::timeout(Duration::from_secs(20), task)
                .await
                .expect("the relay stops within 20 s")
                .expect("the relay task did not panic"),
            None => Ok(()),
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.signal_stop();
    }
}

/// One test's world.
#[derive(Debug)]
pub struct World {
    pub sim: Simulator,
    pub dir: TempDir,
    pub config: RelayConfig,
    pub store: Store,
    pub relay: Relay,
    pub http: reqwest::Client,
    pub base: String,
    /// The test's PostgreSQL cluster, when on [`Db::Postgres`] (stopped last).
    pub pg: Option<rccontrol_testkit::postgres::Postgres>,
}

/// A reqwest client trusting the relay's CA.
pub fn http_client(dir: &Path) -> reqwest::Client {
    let ca = std::fs::read(dir.join("relay-ca.pem")).unwrap();
    reqwest::Client::builder()
        .use_rustls_tls()
        .add_root_certificate(reqwest::Certificate::from_pem(&ca).unwrap())
        .timeout(Duration::from_secs(30))
        .pool_max_idle_per_host(64)
        .build()
        .unwrap()
}

impl World {
    /// The simulator (demo scenario) and the relay on it.
    pub async fn start(setup: Setup) -> World {
        let sim = Simulator::start(SimOptions::default()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let pg = match setup.db {
            Db::Postgres => {
                Some(rccontrol_testkit::postgres::Postgres::start().expect("start PostgreSQL"))
            }
            _ => None,
        };
        let url = pg.as_ref().map(|pg| pg.create_database("relay").unwrap());
        write_config_db(dir.path(), &sim, &setup, url.as_deref());
        let config = RelayConfig::load(&dir.path().join("relay.toml")).unwrap();
        let store = Store::open(&config.database_url).await.unwrap();
        let relay = Relay::start(config.clone(), store.clone(), setup.options.clone());
        let http = http_client(dir.path());
        let base = format!("https://127.0.0.1:{}", relay.addr.port());
        let world = World {
            sim,
            dir,
            config,
            store,
            relay,
            http,
            base,
            pg,
        };
        healthy_at(&world.http, &world.base).await;
        world
    }

    /// Waits until the relay reads the tenant's event stream.
    pub async fn stream_up(&self) {
        stream_up_at(&self.http, &self.base).await;
    }

    /// A fresh enrollment code for `email` (and `agent_id`).
    pub async fn code(&self, email: &str, agent_id: Option<&str>) -> String {
        let issued = self
            .store
            .add_agent(
                email,
                agent_id,
                Duration::from_secs(3600),
                rccontrol_relay::now_ms(),
            )
            .await
            .unwrap();
        issued.code.to_string()
    }

    /// Enrolls a device of `email`: its answer.
    pub async fn enroll(&self, email: &str, agent_id: Option<&str>) -> EnrollResponse {
        let code = self.code(email, agent_id).await;
        let r = enroll_at(&self.http, &self.base, &code, "test-pc").await;
        assert_eq!(r.status(), 200, "{:?}", r.text().await);
        r.json().await.unwrap()
    }

    /// `POST /v1/actions` with `key`: (status, JSON).
    pub async fn act(&self, key: &str, action: &str) -> (u16, Value, reqwest::header::HeaderMap) {
        act_at(&self.http, &self.base, key, action).await
    }

    /// A raw request: (status, body text).
    pub async fn raw(
        &self,
        method: reqwest::Method,
        path: &str,
        key: Option<&str>,
        content_type: Option<&str>,
        body: impl Into<reqwest::Body>,
    ) -> (u16, String) {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(k) = key {
            req = req.header("authorization", format!("Bearer {k}"));
        }
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        let r = req.body(body).send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// Every audit row, oldest first.
    pub async fn audit(&self) -> Vec<AuditRow> {
        self.store
            .audit(AuditFilter {
                agent_email: None,
                since_ms: None,
            })
            .await
            .unwrap()
    }

    /// Sim control: `POST /_sim/{path}` with `body`.
    pub async fn sim_post(&self, path: &str, body: Value) -> (u16, Value) {
        let client = sim_client(&self.sim);
        let r = client
            .post(format!("{}/_sim/{path}", self.sim.base_url()))
            .json(&body)
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
    }
}

/// Waits until the relay at `base` answers `/healthz`.
pub async fn healthy_at(http: &reqwest::Client, base: &str) {
    eventually(WAIT, &format!("{base} answers /healthz"), || {
        let (http, url) = (http.clone(), format!("{base}/healthz"));
        async move { matches!(http.get(url).send().await, Ok(r) if r.status() == 200) }
    })
    .await;
}

/// `POST /v1/enroll` of `code` for a device named `device_name` at `base`.
pub async fn enroll_at(
    http: &reqwest::Client,
    base: &str,
    code: &str,
    device_name: &str,
) -> reqwest::Response {
    http.post(format!("{base}/v1/enroll"))
        .json(&json!({"code": code, "device_name": device_name}))
        .send()
        .await
        .unwrap()
}

/// Waits until the relay at `base` reads the tenant's event stream.
pub async fn stream_up_at(http: &reqwest::Client, base: &str) {
    eventually(WAIT, &format!("{base} reads the event stream"), || {
        let (http, url) = (http.clone(), format!("{base}/metrics"));
        async move {
            let Ok(r) = http.get(url).send().await else {
                return false;
            };
            r.text()
                .await
                .is_ok_and(|t| t.contains("rccontrol_relay_stream_up 1"))
        }
    })
    .await;
}

/// `POST /v1/actions` with `key` on the relay at `base`: (status, JSON, headers).
pub async fn act_at(
    http: &reqwest::Client,
    base: &str,
    key: &str,
    action: &str,
) -> (u16, Value, reqwest::header::HeaderMap) {
    let r = http
        .post(format!("{base}/v1/actions"))
        .bearer_auth(key)
        .json(&json!({"action": action, "trigger": "hotkey"}))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    let body = r.json().await.unwrap_or(Value::Null);
    (status, body, headers)
}

/// A reqwest client trusting the simulator's CA.
pub fn sim_client(sim: &Simulator) -> reqwest::Client {
    reqwest::Client::builder()
        .use_rustls_tls()
        .add_root_certificate(reqwest::Certificate::from_pem(sim.ca_pem().as_bytes()).unwrap())
        .build()
        .unwrap()
}

/// Parses a refusal.
pub fn refusal(text: &str) -> ErrorBody {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not an ErrorBody ({e}): {text}"))
}

/// Asserts a refusal's status and kind.
pub fn assert_refused(status: u16, text: &str, kind: ErrorKind) -> ErrorBody {
    let body = refusal(text);
    assert_eq!(body.error.kind, kind, "{text}");
    assert_eq!(status, kind.status(), "{text}");
    body
}

/// A rustls client config trusting `ca_pem`.
pub fn rustls_client(ca_pem: &[u8]) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_pemfile::certs(&mut &ca_pem[..]) {
        roots.add(cert.unwrap()).unwrap();
    }
    Arc::new(
        rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth(),
    )
}
