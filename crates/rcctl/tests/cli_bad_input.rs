//! Bad input to `rcctl setup`: exit 2, the field named, nothing written.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::type_complexity
)]

use rccontrol_e2e::files_under;

mod common;
use common::run_rcctl;
use std::path::Path;

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");
/// A token from the environment, distinctive enough to be looked for in the output.
const ENV_TOKEN: &str = "env-token-5d8c1e7a90b34f62";

fn setup(
    dir: &Path,
    cluster: &str,
    tenant: &str,
    who: (&str, &str),
    extra: &[&str],
    token: &str,
) -> rccontrol_e2e::Run {
    let mut args = vec![
        "setup",
        "--cluster",
        cluster,
        "--tenant",
        tenant,
        who.0,
        who.1,
    ];
    args.extend_from_slice(extra);
    run_rcctl(Path::new(BIN), dir, &args, &[], token)
}

const OK_CLUSTER: &str = "vcc-na7";
const OK_TENANT: &str = "acme01";
const OK_EMAIL: (&str, &str) = ("--email", "a@example.com");
const TOKEN: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f90\n";

/// The refusal of a CA file that does not exist, with the path as the platform
/// writes it (Windows makes it absolute on the current drive, whichever it is).
const MISSING_CA: &str = if cfg!(windows) {
    r":\nonexistent\ca.pem cannot be read"
} else {
    "CA file: /nonexistent/ca.pem cannot be read"
};

#[test]
fn every_rule_is_enforced_and_nothing_is_written() {
    let long = "x".repeat(129);
    let dir = tempfile::tempdir().unwrap();
    let not_pem = dir.path().join("not.pem");
    std::fs::write(&not_pem, "hello").unwrap();
    let not_pem = not_pem.display().to_string();
    let cfg = dir.path().join("cfg");
    #[rustfmt::skip]
    let cases: Vec<(&str, &str, (&str, &str), Vec<&str>, &str, &str)> = vec![
        ("", OK_TENANT, OK_EMAIL, vec![], TOKEN, "cluster: is empty"),
        ("http://vcc-na7.8x8.com", OK_TENANT, OK_EMAIL, vec![], TOKEN, "cluster: http://"),
        ("http://127.0.0.1:9", OK_TENANT, OK_EMAIL, vec!["--allow-custom-host"], TOKEN, "cluster: http://"),
        ("evil.example.com", OK_TENANT, OK_EMAIL, vec![], TOKEN, "cluster: evil.example.com is not an 8x8 host"),
        ("https://127.0.0.1:8443", OK_TENANT, OK_EMAIL, vec![], TOKEN, "cluster: 127.0.0.1:8443 is not an 8x8 host"),
        ("vcc na7", OK_TENANT, OK_EMAIL, vec![], TOKEN, "cluster: contains spaces"),
        (OK_CLUSTER, "", OK_EMAIL, vec![], TOKEN, "tenant: is empty"),
        (OK_CLUSTER, "a/b", OK_EMAIL, vec![], TOKEN, "tenant: contains '/'"),
        (OK_CLUSTER, "a?b", OK_EMAIL, vec![], TOKEN, "tenant: contains '?'"),
        (OK_CLUSTER, "a#b", OK_EMAIL, vec![], TOKEN, "tenant: contains '#'"),
        (OK_CLUSTER, "a%b", OK_EMAIL, vec![], TOKEN, "tenant: contains '%'"),
        (OK_CLUSTER, "a b", OK_EMAIL, vec![], TOKEN, "tenant: contains a space"),
        (OK_CLUSTER, "a\u{1}b", OK_EMAIL, vec![], TOKEN, "tenant: contains a control character"),
        (OK_CLUSTER, ".", OK_EMAIL, vec![], TOKEN, "tenant: cannot be \".\""),
        (OK_CLUSTER, "..", OK_EMAIL, vec![], TOKEN, "tenant: cannot be \"..\""),
        (OK_CLUSTER, &long, OK_EMAIL, vec![], TOKEN, "tenant: is longer than 128"),
        (OK_CLUSTER, OK_TENANT, ("--agent-id", "a/b"), vec![], TOKEN, "agent ID: contains '/'"),
        (OK_CLUSTER, OK_TENANT, ("--agent-id", ".."), vec![], TOKEN, "agent ID: cannot be"),
        (OK_CLUSTER, OK_TENANT, ("--agent-id", &long), vec![], TOKEN, "agent ID: is longer than 128"),
        (OK_CLUSTER, OK_TENANT, ("--email", ""), vec![], TOKEN, "email: is empty"),
        (OK_CLUSTER, OK_TENANT, ("--email", "noat.example.com"), vec![], TOKEN, "email: has 0 '@'"),
        (OK_CLUSTER, OK_TENANT, ("--email", "a@b@c"), vec![], TOKEN, "email: has 2 '@'"),
        (OK_CLUSTER, OK_TENANT, ("--email", "@example.com"), vec![], TOKEN, "email: has nothing before the @"),
        (OK_CLUSTER, OK_TENANT, ("--email", "a@"), vec![], TOKEN, "email: has nothing after the @"),
        (OK_CLUSTER, OK_TENANT, ("--email", "a b@example.com"), vec![], TOKEN, "email: contains a space"),
        (OK_CLUSTER, OK_TENANT, ("--email", "a\u{7}@example.com"), vec![], TOKEN, "email: contains a control character"),
        (OK_CLUSTER, OK_TENANT, OK_EMAIL, vec!["--ca-file", "/nonexistent/ca.pem"], TOKEN, MISSING_CA),
        (OK_CLUSTER, OK_TENANT, OK_EMAIL, vec!["--ca-file", &not_pem], TOKEN, "holds no PEM certificate"),
        (OK_CLUSTER, OK_TENANT, OK_EMAIL, vec!["--proxy", "socks5://p:1080"], TOKEN, "proxy: scheme socks5://"),
        (OK_CLUSTER, OK_TENANT, OK_EMAIL, vec!["--proxy", "nonsense"], TOKEN, "proxy: \"nonsense\" is not a URL"),
        (OK_CLUSTER, OK_TENANT, OK_EMAIL, vec![], "", "token: is empty"),
        (OK_CLUSTER, OK_TENANT, OK_EMAIL, vec![], "abc def\n", "token: contains spaces"),
        (OK_CLUSTER, OK_TENANT, OK_EMAIL, vec!["--agent-id", "a1"], TOKEN, "cannot be used with"),
    ];
    for (cluster, tenant, who, extra, token, needle) in cases {
        let run = setup(&cfg, cluster, tenant, who, &extra, token);
        assert_eq!(
            run.code,
            2,
            "{cluster:?} {tenant:?} {who:?} {extra:?}: {}",
            run.all()
        );
        assert!(
            run.stderr.contains(needle),
            "expected {needle:?} in: {}",
            run.stderr
        );
        assert!(
            files_under(&cfg).is_empty(),
            "nothing written for {needle:?}: {:?}",
            files_under(&cfg)
        );
        assert!(!run.all().contains("a1b2c3d4e5f6"), "token echoed");
    }
}

#[test]
fn several_errors_are_reported_together() {
    let cfg = tempfile::tempdir().unwrap();
    let run = setup(
        cfg.path(),
        "http://x",
        "a b",
        ("--email", "nope"),
        &[],
        TOKEN,
    );
    assert_eq!(run.code, 2);
    for field in ["cluster:", "tenant:", "email:"] {
        assert!(run.stderr.contains(field), "{field} in {}", run.stderr);
    }
}

#[test]
fn help_documents_every_exit_code() {
    let run = run_rcctl(
        Path::new(BIN),
        Path::new("/nonexistent"),
        &["--help"],
        &[],
        "",
    );
    assert_eq!(run.code, 0);
    for line in [
        "0   applied",
        "2   usage",
        "3   no active call",
        "4   recording not enabled",
        "5   unauthorized",
        "6   agent not found",
        "7   bad request",
        "8   8x8 server error",
        "9   network, TLS",
        "10  8x8 answered 2xx",
    ] {
        assert!(run.stdout.contains(line), "{line:?} missing from --help");
    }
    assert!(!run.stdout.contains("--token"), "there is no --token flag");
}

#[test]
fn not_configured_and_corrupt_settings() {
    let cfg = tempfile::tempdir().unwrap();
    let run = run_rcctl(
        Path::new(BIN),
        cfg.path(),
        &["pause"],
        &[("RCCTL_TOKEN", ENV_TOKEN)],
        "",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not configured"), "{}", run.stderr);
    assert!(
        !run.all().contains(ENV_TOKEN),
        "the token was printed: {}",
        run.all()
    );
    let run = run_rcctl(Path::new(BIN), cfg.path(), &["pause", "--json"], &[], "");
    assert_eq!(run.code, 2);
    let v: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["kind"], "not_configured");

    let file = cfg.path().join("settings.toml");
    std::fs::write(&file, "tenant = [broken").unwrap();
    let run = run_rcctl(
        Path::new(BIN),
        cfg.path(),
        &["resume"],
        &[("RCCTL_TOKEN", ENV_TOKEN)],
        "",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(&file.display().to_string()),
        "{}",
        run.stderr
    );
    assert!(
        !run.all().contains(ENV_TOKEN),
        "the token was printed: {}",
        run.all()
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "tenant = [broken",
        "left untouched"
    );
    // A setup that fails validation keeps the corrupt file as it is, too.
    let run = setup(
        cfg.path(),
        "http://x",
        OK_TENANT,
        OK_EMAIL,
        &["--no-keychain"],
        "",
    );
    assert_eq!(run.code, 2);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "tenant = [broken");
    // A valid setup moves it aside, says so, and writes the new file.
    let run = setup(
        cfg.path(),
        OK_CLUSTER,
        OK_TENANT,
        OK_EMAIL,
        &["--no-keychain"],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("settings.toml.bad"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(cfg.path().join("settings.toml.bad")).unwrap(),
        "tenant = [broken"
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("cluster = \"vcc-na7.8x8.com\"")
    );
}
