//! `rcctl` under an admin-managed configuration: defaults apply, locked fields
//! are refused with the managed file named, a malformed file applies nothing,
//! and neither does a file that root alone does not control.
//! (Debug builds read RCCONTROL_MANAGED_FILE instead of the system path, and
//! check its owner and mode and those of every folder above it up to
//! RCCONTROL_MANAGED_TRUSTED_DIR: here the test's temporary folder, root's and
//! 0700, as the tests run as root; /tmp above it is everyone's.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_e2e::*;

mod common;
use common::run_rcctl;
use std::path::Path;

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");

fn rcctl(dir: &Path, managed: &Path, args: &[&str]) -> Run {
    // The token is for the tenant and host the managed file prescribes; a
    // file that prescribes no cluster leaves the binding to `run_rcctl` (the
    // account of the settings in `dir`).
    let text = std::fs::read_to_string(managed).unwrap_or_default();
    let account = text
        .lines()
        .find_map(|l| l.strip_prefix("cluster = \""))
        .and_then(|l| l.strip_suffix('"'))
        .map(|host| format!("{TENANT}@{host}"));
    let mut vars = vec![
        ("RCCONTROL_MANAGED_FILE", managed.to_str().unwrap()),
        ("RCCONTROL_MANAGED_TRUSTED_DIR", dir.to_str().unwrap()),
        ("RCCTL_TOKEN", TOKEN),
        ("USER", "first.last"),
    ];
    if let Some(account) = &account {
        vars.push(("RCCTL_TOKEN_FOR", account.as_str()));
    }
    run_rcctl(Path::new(BIN), dir, args, &vars, "")
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

// Unix only: there the test's files are root's, an administrator's. Under Wine
// (the Windows lane) every file is the Wine user's, whatever is asked, so no
// policy a test writes is ever applied: see the Windows test below.
#[cfg(unix)]
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

#[cfg(unix)] // see above
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

/// Windows (under Wine in the Windows lane): the file the test wrote is its
/// user's, not Administrators', so it is not applied and status names the
/// owner's SID (or, for an elevated administrator's test on Windows, the
/// user the inherited ACL lets change it).
#[cfg(windows)]
#[test]
fn a_policy_file_a_user_wrote_is_not_applied_and_status_says_whose_it_is() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let managed = fleet(&env, dir.path());
    let status = rcctl(dir.path(), &managed, &["status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["managed"]["active"], false, "{v}");
    assert_eq!(v["managed"]["locked"], serde_json::json!([]), "{v}");
    let problem = v["managed"]["problem"].as_str().unwrap_or_default();
    let prefix = format!("Managed configuration not applied: {}", managed.display());
    assert!(
        problem.starts_with(&prefix)
            && (problem.contains(" is not owned by an administrator (owner S-1-")
                || problem.contains(" can be changed by S-1-")),
        "{problem}"
    );
}

/// Who controls the file (Unix, with real owners and modes: the tests run as
/// root and give a file to `nobody`).
#[cfg(unix)]
mod ownership {
    use super::*;

    /// The uid of `nobody`, who owns nothing of the app's (no account to create).
    const NOBODY: u32 = 65534;

    /// Fails, saying why, unless the test runs as root (as CI does): it needs
    /// root-owned policy files, and a file given to `nobody`.
    fn root_tempdir() -> tempfile::TempDir {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let owner = std::fs::metadata(dir.path()).unwrap().uid();
        assert_eq!(
            owner, 0,
            "this test needs root: it makes root-owned policy files and gives one to nobody (CI runs as root)"
        );
        dir
    }

    fn chmod(path: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    /// A planted policy: the tenant locked to someone else's, and a proxy that
    /// would see every request (a man in the middle, had it been applied).
    const PLANTED: &str =
        "lock = ['tenant', 'proxy']\ntenant = 'planted'\nproxy = 'http://127.0.0.1:9'\n";

    /// Sets up with the agent's own values, pauses directly and returns
    /// `rcctl status`'s "Managed:" line: the planted policy must change nothing.
    fn own_settings_apply(env: &SimProcessEnv, dir: &Path, managed: &Path) -> String {
        let mut args = env.setup_args(EMAIL);
        args.push("--no-keychain".into());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = rcctl(dir, managed, &args);
        assert_eq!(r.code, 0, "the planted lock was applied: {}", r.all());
        let r = rcctl(dir, managed, &["pause", "--direct"]);
        assert_eq!(r.code, 0, "{}", r.all());
        let paths: Vec<String> = env
            .sim
            .sim
            .requests()
            .iter()
            .map(|r| r.raw_path.clone())
            .collect();
        assert_eq!(
            paths,
            [format!(
                "/api/tstats/rccontrol/pause/{TENANT}/email/{EMAIL}"
            )]
        );
        let json = rcctl(dir, managed, &["status", "--json"]);
        let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        assert_eq!(v["managed"]["active"], false, "{v}");
        assert_eq!(v["tenant"], TENANT, "{v}");
        assert_eq!(v["proxy"], serde_json::Value::Null, "{v}");
        let status = rcctl(dir, managed, &["status"]);
        status
            .stdout
            .lines()
            .find(|l| l.starts_with("Managed:"))
            .unwrap_or_default()
            .to_owned()
    }

    #[test]
    fn a_policy_file_owned_by_another_user_is_not_applied_and_status_says_why() {
        let env = SimProcessEnv::start();
        let dir = root_tempdir();
        let folder = dir.path().join("rccontrol");
        std::fs::create_dir(&folder).unwrap();
        chmod(&folder, 0o755);
        let managed = folder.join("managed.toml");
        std::fs::write(&managed, PLANTED).unwrap();
        chmod(&managed, 0o644);
        std::os::unix::fs::chown(&managed, Some(NOBODY), Some(NOBODY)).unwrap();

        let line = own_settings_apply(&env, dir.path(), &managed);
        assert_eq!(
            line,
            format!(
                "Managed:        NOT APPLIED: Managed configuration not applied: {} is not owned by an administrator (owner uid {NOBODY})",
                managed.display()
            )
        );
    }

    #[test]
    fn a_policy_in_a_folder_others_can_write_is_not_applied_and_status_says_why() {
        let env = SimProcessEnv::start();
        let dir = root_tempdir();
        let folder = dir.path().join("rccontrol");
        std::fs::create_dir(&folder).unwrap();
        // Sticky and world-writable, like /tmp: anyone could have put the file there.
        chmod(&folder, 0o1777);
        let managed = folder.join("managed.toml");
        std::fs::write(&managed, PLANTED).unwrap();
        chmod(&managed, 0o644);

        let line = own_settings_apply(&env, dir.path(), &managed);
        assert_eq!(
            line,
            format!(
                "Managed:        NOT APPLIED: Managed configuration not applied: {} is writable by group or others",
                folder.display()
            )
        );
    }

    #[test]
    fn a_root_owned_0644_policy_in_root_owned_0755_folders_is_applied() {
        let env = SimProcessEnv::start();
        let dir = root_tempdir();
        let folder = dir.path().join("etc/rccontrol");
        std::fs::create_dir_all(&folder).unwrap();
        chmod(&folder, 0o755);
        chmod(folder.parent().unwrap(), 0o755);
        chmod(dir.path(), 0o755);
        let managed = fleet(&env, &folder);
        chmod(&managed, 0o644);

        let status = rcctl(dir.path(), &managed, &["status"]);
        assert!(
            status.stdout.contains(&format!(
                "Managed:        {} (locked: cluster, tenant, email, max_pause_secs)",
                managed.display()
            )),
            "{}",
            status.all()
        );
        // The lock holds: another tenant is refused.
        let r = rcctl(
            dir.path(),
            &managed,
            &["setup", "--tenant", "someone-else", "--no-keychain"],
        );
        assert_eq!(r.code, 2, "{}", r.all());
        assert!(r.stderr.contains("tenant: is locked"), "{}", r.all());
    }
}
