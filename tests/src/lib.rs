//! Shared helpers for the end-to-end tests: a simulator with a test scenario,
//! and settings/clients pointed at it over real TLS.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

pub mod leak_scan;
pub mod relay;

use rccontrol::{Client, ClientOptions, Config, Secret, Settings};
use rccontrol_sim::{Scenario, SimOptions, Simulator};
use std::path::{Path, PathBuf};

/// Tenant of the test scenario.
pub const TENANT: &str = "acme01";
/// Its action token.
pub const TOKEN: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

/// The tenant's Event Streaming credential.
pub const STREAM_KEY: &str = "eght_test_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

/// Agents of the test scenario, on a call unless said otherwise.
pub const EMAIL: &str = "first.last@example.com";
/// An e-mail with `+`.
pub const EMAIL_PLUS: &str = "first.last+cc@example.com";
/// A unicode e-mail.
pub const EMAIL_UNICODE: &str = "jörg.müller@beispiel.de";
/// An e-mail with characters that must be percent-encoded in a path segment.
pub const EMAIL_ODD: &str = "o'brien/ops?x#y%z@example.com";
/// Agent ID of [`EMAIL`].
pub const AGENT_ID: &str = "ag1001";
/// An agent not on a call (agent ID `ag1002`).
pub const EMAIL_IDLE: &str = "idle@example.com";
/// An agent on a call whose recording is not enabled.
pub const EMAIL_NOREC: &str = "norec@example.com";

/// The scenario the tests run against.
pub fn scenario() -> Scenario {
    Scenario::from_toml_str(&format!(
        r#"
[[tenant]]
id = "{TENANT}"
token = "{TOKEN}"
stream_key = "{STREAM_KEY}"
[[tenant.agent]]
email = "{EMAIL}"
agent_id = "{AGENT_ID}"
on_call = true
[[tenant.agent]]
email = "{EMAIL_PLUS}"
on_call = true
[[tenant.agent]]
email = "{EMAIL_UNICODE}"
on_call = true
[[tenant.agent]]
email = "{}"
on_call = true
[[tenant.agent]]
email = "{EMAIL_IDLE}"
agent_id = "ag1002"
[[tenant.agent]]
email = "{EMAIL_NOREC}"
on_call = true
recording_enabled = false
"#,
        EMAIL_ODD.replace('\\', "\\\\")
    ))
    .expect("test scenario parses")
}

/// A simulator plus a directory holding its CA certificate.
#[derive(Debug)]
pub struct Sim {
    /// The running simulator.
    pub sim: Simulator,
    /// Temporary directory (CA file lives here).
    pub dir: tempfile::TempDir,
}

impl Sim {
    /// Starts the simulator with the test scenario on the current runtime.
    pub async fn start() -> Sim {
        let dir = tempfile::tempdir().expect("tempdir");
        let sim = Simulator::start(SimOptions {
            port: 0,
            ca_pem_path: Some(dir.path().join("ca.pem")),
            scenario: scenario(),
        })
        .await
        .expect("simulator starts");
        Sim { sim, dir }
    }

    /// The CA file the client must trust.
    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    /// Settings pointing at the simulator for an e-mail agent.
    pub fn settings_email(&self, email: &str) -> Settings {
        Settings {
            cluster: Some(self.sim.base_url()),
            tenant: Some(TENANT.into()),
            email: Some(email.into()),
            ca_file: Some(self.ca_file()),
            allow_custom_host: true,
            ..Settings::default()
        }
    }

    /// Settings for an e-mail agent with live state from the simulator's
    /// event stream (topic `agent_id`).
    pub fn settings_live(&self, email: &str, agent_id: &str) -> Settings {
        Settings {
            live_state: Some(true),
            stream_agent_id: Some(agent_id.into()),
            stream_host: Some(self.sim.host_port()),
            ..self.settings_email(email)
        }
    }

    /// Settings pointing at the simulator for an agent-ID agent.
    pub fn settings_agent_id(&self, id: &str) -> Settings {
        Settings {
            email: None,
            agent_id: Some(id.into()),
            ..self.settings_email("unused@x")
        }
    }

    /// A client for these settings, with the test token.
    pub fn client(&self, settings: &Settings) -> Client {
        self.client_with(settings, TOKEN, ClientOptions::default())
    }

    /// A client with any token and options.
    pub fn client_with(&self, settings: &Settings, token: &str, options: ClientOptions) -> Client {
        Client::new(config(settings), Secret::new(token), options).expect("client builds")
    }
}

/// Validates settings into a config, panicking with the error.
pub fn config(settings: &Settings) -> Config {
    settings.validate().map(|(_, c)| c).expect("valid settings")
}

/// Every file under `dir` (recursively; symbolic links listed, not followed).
/// A missing `dir` is empty; a folder that cannot be read fails the test.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(entries) => entries,
            Err(e) if d == dir && e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => panic!("cannot list {}: {e}", d.display()),
        };
        for e in entries {
            let e = e.unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display()));
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// The expected `Authorization` header for tenant/token.
pub fn basic_auth(tenant: &str, token: &str) -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{tenant}:{token}"))
    )
}

/// What a finished `rcctl` run left behind.
#[derive(Debug)]
pub struct Run {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Output and error together, for leak scans and messages.
    pub fn all(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }
}

/// The keychain account (`tenant@host`) the settings in `dir` point at
/// (under the managed file `managed`, if any), when they are complete: what
/// `RCCTL_TOKEN_FOR` names for a token given for them.
pub fn account_in(dir: &Path, managed: Option<&Path>) -> Option<String> {
    let policy = managed.map_or_else(rccontrol::Policy::none, rccontrol::Policy::load);
    let settings = Settings::load_effective(&dir.join("settings.toml"), &policy).ok()?;
    let (_, config) = settings.validate().ok()?;
    Some(config.keychain_account())
}

/// Runs `bin` with `--config-dir dir`, the given extra environment and stdin.
/// `RCCTL_TOKEN` and `RCCTL_CONFIG_DIR` from the caller's environment are removed.
/// A `RCCTL_TOKEN` given without `RCCTL_TOKEN_FOR` is bound to the account of
/// the settings in `dir`, as a provisioning script would bind it.
pub fn run_rcctl(bin: &Path, dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Run {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut cmd = Command::new(bin);
    cmd.arg("--config-dir")
        .arg(dir)
        .args(args)
        .env_remove("RCCTL_TOKEN")
        .env_remove("RCCTL_CONFIG_DIR")
        .env_remove("RCCTL_SOCKET")
        // English whatever the machine's locale, unless a test says otherwise.
        .env("RCCONTROL_LANG", "en-US")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let get = |name: &str| env.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    if get("RCCTL_TOKEN").is_some() && get("RCCTL_TOKEN_FOR").is_none() {
        let managed = get("RCCONTROL_MANAGED_FILE").map(Path::new);
        if let Some(account) = account_in(dir, managed) {
            cmd.env("RCCTL_TOKEN_FOR", account);
        }
    }
    let mut child = cmd.spawn().expect("rcctl starts");
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("rcctl finishes");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A simulator on its own runtime, for tests that drive `rcctl` as a process.
#[derive(Debug)]
pub struct SimProcessEnv {
    /// The simulator and its CA directory.
    pub sim: Sim,
    /// Keeps the simulator's tasks running.
    pub runtime: tokio::runtime::Runtime,
}

impl SimProcessEnv {
    /// Starts the test-scenario simulator on a fresh two-thread runtime.
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let sim = runtime.block_on(Sim::start());
        Self { sim, runtime }
    }

    /// `rcctl setup` arguments pointing at the simulator for an e-mail agent.
    pub fn setup_args(&self, email: &str) -> Vec<String> {
        self.setup_args_with_ca(email, &self.sim.ca_file().display().to_string())
    }

    /// [`SimProcessEnv::setup_args`] with the simulator's CA at `ca` (a copy,
    /// or the path as another OS spells it).
    pub fn setup_args_with_ca(&self, email: &str, ca: &str) -> Vec<String> {
        vec![
            "setup".into(),
            "--cluster".into(),
            self.sim.sim.base_url(),
            "--tenant".into(),
            TENANT.into(),
            "--email".into(),
            email.into(),
            "--ca-file".into(),
            ca.into(),
            "--allow-custom-host".into(),
        ]
    }
}

/// Panics with a clear message unless a D-Bus session bus (for the real keychain) is present.
pub fn require_session_bus() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "this test uses the real OS keychain: run it through ./test, which starts \
         dbus-run-session and an unlocked gnome-keyring-daemon"
    );
}
