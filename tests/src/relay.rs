//! The relay as the desktop tests meet it: the built `rccontrol-relay`
//! binary serving over real TLS (its own CA, made here), with the simulator
//! as 8x8, a SQLite (or given) database, its admin commands run as processes.

use crate::Sim;
use rccontrol_testkit::ChildGuard;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long the relay may take to listen.
const START_LIMIT: Duration = Duration::from_secs(30);

/// The relay's own limits, for a test that needs others.
#[derive(Debug, Clone)]
pub struct RelayOptions {
    /// Actions per device per minute.
    pub actions_per_minute: u32,
    /// Serve live state (reads the simulator's tenant-wide topic).
    pub live: bool,
    /// `database_url`, else a SQLite file in the relay's directory.
    pub database_url: Option<String>,
}

impl Default for RelayOptions {
    fn default() -> Self {
        Self {
            actions_per_minute: 600,
            live: true,
            database_url: None,
        }
    }
}

/// A running relay process (stopped on drop, by PID).
#[derive(Debug)]
pub struct RelayProcess {
    /// Its files: relay.toml, the TLS material, the secrets, the database, its log.
    pub dir: tempfile::TempDir,
    /// Where it listens.
    pub addr: SocketAddr,
    child: Option<ChildGuard>,
}

/// The built `rccontrol-relay` (next to this test's target directory).
pub fn relay_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let bin = dir.join(format!("rccontrol-relay{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} missing: run the tests with `cargo test --workspace` (./test)",
        bin.display()
    );
    bin
}

/// A CA and a leaf for 127.0.0.1 signed by it: (CA PEM, leaf PEM, key PEM).
fn relay_cert() -> (String, String, String) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
    let ca_key = KeyPair::generate().expect("key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).expect("CA");
    let leaf_key = KeyPair::generate().expect("key");
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
        .expect("params")
        .signed_by(&leaf_key, &ca, &ca_key)
        .expect("leaf");
    (ca.pem(), leaf.pem(), leaf_key.serialize_pem())
}

fn write_private(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
}

impl RelayProcess {
    /// Writes the relay's configuration for `sim` (its tenant [`crate::TENANT`],
    /// token and stream key) and starts it; returns once it listens.
    pub fn start(sim: &Sim, options: &RelayOptions) -> RelayProcess {
        let dir = tempfile::tempdir().expect("tempdir");
        let (ca, leaf, key) = relay_cert();
        std::fs::write(dir.path().join("relay-ca.pem"), ca).expect("write");
        std::fs::write(dir.path().join("cert.pem"), leaf).expect("write");
        write_private(&dir.path().join("key.pem"), &key);
        std::fs::write(dir.path().join("sim-ca.pem"), sim.sim.ca_pem()).expect("write");
        write_private(&dir.path().join("token"), crate::TOKEN);
        write_private(&dir.path().join("stream"), crate::STREAM_KEY);
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let db = options.database_url.clone().unwrap_or_else(|| {
            format!("sqlite://{}", dir.path().join("relay.db").display())
        });
        let stream = if options.live {
            format!(
                "stream_credential_file = \"stream\"\nstream_host = \"{}\"\n",
                sim.sim.host_port()
            )
        } else {
            String::new()
        };
        let text = format!(
            r#"listen = "127.0.0.1:{port}"
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
"#,
            tenant = crate::TENANT,
            host = sim.sim.host_port(),
            apm = options.actions_per_minute,
        );
        std::fs::write(dir.path().join("relay.toml"), text).expect("write");
        let mut relay = RelayProcess {
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            dir,
            child: None,
        };
        relay.run();
        relay
    }

    /// Starts the process again (after [`RelayProcess::stop`]).
    pub fn run(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("relay.log"))
            .expect("log");
        let child = ChildGuard::spawn(
            Command::new(relay_bin())
                .arg("--config")
                .arg(self.config())
                .arg("serve")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log),
        )
        .expect("the relay starts");
        self.child = Some(child);
        let until = Instant::now() + START_LIMIT;
        while TcpStream::connect_timeout(&self.addr, Duration::from_millis(200)).is_err() {
            if let Some(status) = self.child.as_mut().and_then(ChildGuard::exited) {
                panic!("the relay exited ({status}):\n{}", self.log());
            }
            assert!(Instant::now() < until, "the relay did not listen:\n{}", self.log());
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Stops the process by PID (SIGTERM, SIGKILL after the grace time).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.stop();
        }
    }

    /// `relay.toml`.
    pub fn config(&self) -> PathBuf {
        self.dir.path().join("relay.toml")
    }

    /// The CA the desktop must trust for the relay.
    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("relay-ca.pem")
    }

    /// `https://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("https://{}", self.addr)
    }

    /// What the relay logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("relay.log")).unwrap_or_default()
    }

    /// Runs an admin command (`agents add …`, `audit --json`…): (exit code, stdout, stderr).
    pub fn admin(&self, args: &[&str]) -> (i32, String, String) {
        let out = Command::new(relay_bin())
            .arg("--config")
            .arg(self.config())
            .args(args)
            .output()
            .expect("rccontrol-relay runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// A new one-time enrollment code for `email` (and `agent_id`).
    pub fn code(&self, email: &str, agent_id: Option<&str>) -> String {
        let mut args = vec!["agents", "add", "--email", email, "--json"];
        if let Some(id) = agent_id {
            args.extend(["--agent-id", id]);
        }
        let (code, out, err) = self.admin(&args);
        assert_eq!(code, 0, "agents add: {out}{err}");
        let v: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
        v["code"].as_str().expect("code").to_owned()
    }

    /// The central audit, as `audit --json` prints it.
    pub fn audit(&self) -> Vec<serde_json::Value> {
        let (code, out, err) = self.admin(&["audit", "--json"]);
        assert_eq!(code, 0, "audit: {out}{err}");
        match serde_json::from_str(out.trim()).expect("JSON") {
            serde_json::Value::Array(rows) => rows,
            other => panic!("audit --json: {other}"),
        }
    }
}

impl Drop for RelayProcess {
    fn drop(&mut self) {
        self.stop();
    }
}
