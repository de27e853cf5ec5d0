//! `rcctl` under an admin-managed configuration: defaults apply, locked fields
//! are refused with the managed file named, a malformed file applies nothing.
//! (Debug builds read RCCONTROL_MANAGED_FILE instead of the system path.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_e2e::*;

mod common;
use common::run_rcctl;
use std::path::Path;

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");

fn rcctl(dir: &Path, managed: &Path, args: &[&str]) -> Run {
    // The token is for the tenant and host the managed file prescribes.
    let text = std::fs::read_to_string(managed).unwrap_or_default();
    let host = text
        .lines()
        .find_map(|l| l.strip_prefix("cluster = \""))
        .and_then(|l| l.strip_suffix('"'))
        .unwrap_or_default();
    let account = format!("{TENANT}@{host}");
    run_rcctl(
        Path::new(BIN),
        dir,
        args,
        &[
            ("RCCONTROL_MANAGED_FILE", managed.to_str().unwrap()),
            ("RCCTL_TOKEN", TOKEN),
            ("RCCTL_TOKEN_FOR", &account),
            ("USER", "first.last"),
        ],
        "",
    )
}

/// A managed file for the simulator: its host allowed, tenant and e-mail locked.
fn fleet(env: &SimProcessEnv, dir: &Path) -> std::path::PathBuf {
    let url = env.sim.sim.base_url();
    let host = url.trim_start_matches("https://").trim_end_matches('/');
    let managed = dir.join("managed.toml");
    std::fs::write(
        &managed,
        format!(
            r#"lock = ["cluster", "tenant", "email", "max_pause_secs"]
cluster = "{host}"
allowed_custom_hosts = ["{host}"]
tenant = "{TENANT}"
email_template = "{{username}}@example.com"
ca_file = '{}'
max_pause_secs = 300
reminder_secs = 120
"#,
            env.sim.ca_file().display()
        ),
    )
    .unwrap();
    managed
}

#[test]
fn managed_defaults_let_setup_run_without_flags_and_locks_are_refused() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let managed = fleet(&env, dir.path());
    let settings = dir.path().join("settings.toml");

    // A locked field given on the command line: refused, the file named, nothing written.
    let r = rcctl(
        dir.path(),
        &managed,
        &["setup", "--tenant", "someone-else", "--no-keychain"],
    );
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr
            .contains("tenant: is locked by your administrator in")
            && r.stderr.contains(managed.to_str().unwrap()),
        "{}",
        r.all()
    );
    assert!(!settings.exists());
    let r = rcctl(
        dir.path(),
        &managed,
        &["setup", "--agent-id", "1001", "--no-keychain"],
    );
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("email: is locked"), "{}", r.all());
    assert!(!settings.exists());

    // No flags at all: everything comes from the managed file (e-mail from the OS user name).
    let r = rcctl(dir.path(), &managed, &["setup", "--no-keychain"]);
    assert_eq!(r.code, 0, "{}", r.all());
    let written = std::fs::read_to_string(&settings).unwrap();
    assert!(
        !written.contains(TENANT) && !written.contains("max_pause_secs"),
        "{written}"
    );

    let status = rcctl(dir.path(), &managed, &["status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["tenant"], TENANT);
    assert_eq!(v["email"], EMAIL);
    assert_eq!(v["managed"]["active"], true);
    assert_eq!(
        v["managed"]["locked"],
        serde_json::json!(["cluster", "tenant", "email", "max_pause_secs"])
    );

    let r = rcctl(dir.path(), &managed, &["pause", "--direct"]);
    assert_eq!(r.code, 0, "{}", r.all());
    let path = &env.sim.sim.requests()[0].raw_path;
    assert_eq!(
        path,
        &format!("/api/tstats/rccontrol/pause/{TENANT}/email/{EMAIL}")
    );
}

#[test]
fn malformed_managed_file_is_reported_and_applies_nothing() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let managed = dir.path().join("managed.toml");
    std::fs::write(
        &managed,
        "lock = ['tenant']\ntenant = 'acme99'\nmystery = 1\n",
    )
    .unwrap();
    let mut args = env.setup_args(EMAIL);
    args.push("--no-keychain".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = rcctl(dir.path(), &managed, &args);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("warning: the managed configuration")
            && r.stderr.contains("unknown field `mystery`")
            && r.stderr.contains("nothing of it is applied"),
        "{}",
        r.all()
    );
    let status = rcctl(dir.path(), &managed, &["status"]);
    assert!(
        status.stdout.contains(&format!("Tenant:         {TENANT}")),
        "{}",
        status.all()
    );
    assert!(
        status.stdout.contains("Managed:        NOT APPLIED"),
        "{}",
        status.all()
    );
}
