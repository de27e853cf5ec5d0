//! The `rccontrol-relay` binary's admin commands, on a temp relay.toml with SQLite.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_testkit::ChildGuard;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(60);

struct Relay {
    dir: tempfile::TempDir,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Relay {
    fn new() -> Relay {
        Self::with_config(|db| {
            format!(
                "listen = \"127.0.0.1:8080\"\nplain_http = true\ndatabase_url = \"sqlite://{db}\"\n\n[tenant]\nname = \"acme\"\ncluster = \"vcc-na7\"\ntoken_file = \"token\"\n"
            )
        })
    }

    fn with_config(text: impl FnOnce(&str) -> String) -> Relay {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("token"),
            "0123456789abcdef0123456789abcdef\n",
        )
        .unwrap();
        let db = dir.path().join("relay.db");
        std::fs::write(dir.path().join("relay.toml"), text(&db.to_string_lossy())).unwrap();
        Relay { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    /// Runs the binary to its end (bounded), output through files.
    fn run_env(&self, args: &[&str], env: &[(&str, &Path)]) -> Run {
        let (out, err) = (self.path("stdout"), self.path("stderr"));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rccontrol-relay"));
        if !args.contains(&"--config") {
            cmd.arg("--config").arg(self.path("relay.toml"));
        }
        cmd.args(args)
            .env_remove("CREDENTIALS_DIRECTORY")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(std::fs::File::create(&err).unwrap());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = ChildGuard::spawn(&mut cmd).unwrap();
        let status = child.exited_within(LIMIT).expect("rccontrol-relay exits");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: std::fs::read_to_string(&out).unwrap(),
            stderr: std::fs::read_to_string(&err).unwrap(),
        }
    }

    fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r.stdout
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    async fn store(&self) -> rccontrol_relay::Store {
        let url = format!("sqlite://{}", self.path("relay.db").display());
        rccontrol_relay::Store::open(&rccontrol_relay::DatabaseUrl::parse(&url).unwrap())
            .await
            .unwrap()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn add_list_revoke() {
    let relay = Relay::new();
    let added = relay.json(&[
        "agents",
        "add",
        "--email",
        "Ann@Acme.example",
        "--agent-id",
        "agAnn1",
        "--ttl",
        "2h",
        "--json",
    ]);
    assert_eq!(added["email"], "ann@acme.example");
    assert_eq!(added["agent_id"], "agAnn1");
    let code = added["code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 19);
    assert!(added["expires_at"].as_str().unwrap().ends_with('Z'));
    let list = relay.json(&["agents", "list", "--json"]);
    assert_eq!(list[0]["pending_codes"], 1);

    let store = relay.store().await;
    let enrolled = store
        .enroll(&code, "ann-laptop", rccontrol_relay::now_ms())
        .await
        .unwrap();
    let list = relay.json(&["agents", "list", "--json"]);
    assert_eq!(list[0]["pending_codes"], 0);
    assert_eq!(list[0]["devices"][0]["id"], enrolled.device_id.as_str());
    assert_eq!(list[0]["devices"][0]["name"], "ann-laptop");
    assert!(list[0]["devices"][0]["revoked_at"].is_null());
    let text = relay.ok(&["agents", "list"]);
    assert!(
        text.contains("ann@acme.example") && text.contains(&enrolled.device_id),
        "{text}"
    );
    assert!(!text.contains(enrolled.device_key.as_str()));

    relay.ok(&[
        "agents",
        "revoke",
        "--email",
        "ann@acme.example",
        "--device",
        &enrolled.device_id,
    ]);
    assert_eq!(
        store.device_by_key(&enrolled.device_key).await.unwrap(),
        rccontrol_relay::KeyLookup::Revoked
    );
    let list = relay.json(&["agents", "list", "--json"]);
    assert!(list[0]["devices"][0]["revoked_at"].is_string());
    relay.ok(&["agents", "revoke", "--email", "ann@acme.example"]);

    let rotated = relay.json(&["agents", "rotate", "--email", "ann@acme.example", "--json"]);
    assert_ne!(rotated["code"], code.as_str());

    let unknown = relay.run(&["agents", "revoke", "--email", "nobody@acme.example"]);
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    assert!(unknown.stderr.contains("email"));
    let bad = relay.run(&["agents", "add", "--email", "not-an-email"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("email:"), "{}", bad.stderr);
    let bad = relay.run(&[
        "agents",
        "add",
        "--email",
        "a@acme.example",
        "--agent-id",
        "a/b",
    ]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("agent_id:"), "{}", bad.stderr);
    assert_eq!(
        relay
            .run(&[
                "agents",
                "add",
                "--email",
                "a@acme.example",
                "--ttl",
                "forever"
            ])
            .code,
        2
    );
    store.close().await;
}

#[test]
fn import_is_all_or_nothing() {
    let relay = Relay::new();
    std::fs::write(
        relay.path("bad.csv"),
        "email,agent_id\nann@acme.example,agAnn1\nnot-an-email,agBob1\ncid@acme.example,a/b\n",
    )
    .unwrap();
    let r = relay.run(&[
        "agents",
        "import",
        relay.path("bad.csv").to_str().unwrap(),
        "--out",
        relay.path("codes.csv").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("line 3, email:"), "{}", r.stderr);
    assert!(r.stderr.contains("line 4, agent_id:"), "{}", r.stderr);
    assert!(!relay.path("codes.csv").exists());
    assert_eq!(
        relay.json(&["agents", "list", "--json"]),
        serde_json::json!([])
    );

    std::fs::write(relay.path("noheader.csv"), "ann@acme.example,agAnn1\n").unwrap();
    let r = relay.run(&[
        "agents",
        "import",
        relay.path("noheader.csv").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("line 1"), "{}", r.stderr);

    std::fs::write(
        relay.path("good.csv"),
        "email,agent_id\nann@acme.example,agAnn1\nbob@acme.example,\n",
    )
    .unwrap();
    relay.ok(&[
        "agents",
        "import",
        relay.path("good.csv").to_str().unwrap(),
        "--out",
        relay.path("codes.csv").to_str().unwrap(),
    ]);
    let written = std::fs::read_to_string(relay.path("codes.csv")).unwrap();
    let lines: Vec<&str> = written.lines().collect();
    assert_eq!(lines[0], "email,agent_id,code,expires_at");
    assert_eq!(lines.len(), 3);
    assert!(lines[1].starts_with("ann@acme.example,agAnn1,"));
    assert!(lines[2].starts_with("bob@acme.example,,"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(relay.path("codes.csv"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let list = relay.json(&["agents", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);

    let stdout = relay.ok(&["agents", "import", relay.path("good.csv").to_str().unwrap()]);
    assert!(stdout.starts_with("email,agent_id,code,expires_at\n"));
    assert_eq!(stdout.lines().count(), 3);
}

#[test]
fn audit_csv_and_json() {
    let relay = Relay::new();
    relay.ok(&["agents", "add", "--email", "ann@acme.example"]);
    relay.ok(&["agents", "add", "--email", "bob@acme.example"]);
    let csv = relay.ok(&["audit", "--csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,at,kind,agent_email,agent_id,device,trigger,action,outcome,http_status,latency_ms,detail,replica"
    );
    assert_eq!(lines.len(), 3);
    assert!(lines[1].contains(",admin,ann@acme.example,"));
    let only_bob = relay.ok(&[
        "audit",
        "--agent",
        "bob@acme.example",
        "--since",
        "1h",
        "--csv",
    ]);
    assert_eq!(only_bob.lines().count(), 2);
    let json = relay.json(&["audit", "--json", "--since", "2020-01-01"]);
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(
        relay.json(&["audit", "--json", "--since", "2100-01-01T00:00:00Z"]),
        serde_json::json!([])
    );
    let bad = relay.run(&["audit", "--since", "last tuesday"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("since"), "{}", bad.stderr);
    assert!(relay.ok(&["prune"]).contains("deleted 0"));
}

#[test]
fn config_errors_name_the_key() {
    // (replace, with, the key named, whether the admin commands check it too)
    for (from, to, key, admin) in [
        (
            "plain_http = true",
            "plain_http = true\nlisten_port = 1",
            "listen_port",
            true,
        ),
        (
            "cluster = \"vcc-na7\"",
            "cluster = \"vcc-na7\"\ntokenfile = \"x\"",
            "tokenfile",
            true,
        ),
        (
            "listen = \"127.0.0.1:8080\"",
            "listen = \"0.0.0.0:8080\"",
            "plain_http",
            true,
        ),
        (
            "database_url = \"sqlite",
            "database_url = \"mysql",
            "database_url",
            true,
        ),
        (
            "cluster = \"vcc-na7\"",
            "cluster = \"http://vcc-na7\"",
            "tenant.cluster",
            true,
        ),
        (
            "token_file = \"token\"",
            "token_file = \"nothing-here\"",
            "tenant.token_file",
            false,
        ),
    ] {
        let relay = Relay::with_config(|db| {
            format!(
                "listen = \"127.0.0.1:8080\"\nplain_http = true\ndatabase_url = \"sqlite://{db}\"\n\n[tenant]\nname = \"acme\"\ncluster = \"vcc-na7\"\ntoken_file = \"token\"\n"
            )
            .replace(from, to)
        });
        let r = relay.run(&["serve", "--check"]);
        assert_eq!(r.code, 2, "{to}: {}", r.stderr);
        assert!(r.stderr.contains(key), "{to}: {}", r.stderr);
        assert!(!r.stderr.contains("0123456789abcdef"));
        let r = relay.run(&["agents", "list"]);
        if admin {
            assert_eq!(r.code, 2, "{to}: {}", r.stderr);
            assert!(r.stderr.contains(key), "{to}: {}", r.stderr);
        } else {
            // The admin commands never read the tenant's secrets.
            assert_eq!(r.code, 0, "{to}: {}", r.stderr);
        }
    }
    assert!(Relay::new().ok(&["serve", "--check"]).contains("ok"));
    let relay = Relay::new();
    let missing = relay.path("nowhere.toml");
    let r = relay.run(&["--config", missing.to_str().unwrap(), "agents", "list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("nowhere.toml"));
}

#[test]
fn token_from_the_credentials_directory() {
    let relay = Relay::with_config(|db| {
        format!(
            "listen = \"[::1]:8080\"\nplain_http = true\ndatabase_url = \"sqlite://{db}\"\n[tenant]\nname = \"acme\"\ncluster = \"vcc-na7\"\n"
        )
    });
    // The admin commands do not need the token.
    assert_eq!(relay.run(&["agents", "list"]).code, 0);
    let r = relay.run(&["serve", "--check"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("tenant.token_file"), "{}", r.stderr);
    let creds = [("CREDENTIALS_DIRECTORY", relay.dir.path())];
    let r = relay.run_env(&["serve", "--check"], &creds);
    assert_eq!(r.code, 0, "{}", r.stderr);
    std::fs::write(relay.path("token"), "\n").unwrap();
    let r = relay.run_env(&["serve", "--check"], &creds);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("tenant.token_file") && r.stderr.contains("empty"),
        "{}",
        r.stderr
    );
}
