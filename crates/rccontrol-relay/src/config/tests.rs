#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

fn dir_with_secrets() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("token"), format!("  {TOKEN}\n")).unwrap();
    std::fs::write(dir.path().join("stream"), "eght_streamsecret\n").unwrap();
    std::fs::write(
        dir.path().join("db"),
        "postgres://relay:dbpass@db.example/relay\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty"), " \n").unwrap();
    dir
}

const GOOD: &str = r#"
listen = "127.0.0.1:8080"
plain_http = true
[tenant]
name = "acme"
cluster = "vcc-na7"
token_file = "token"
"#;

fn load(text: &str, dir: &tempfile::TempDir) -> Result<RelayConfig, ConfigError> {
    RelayConfig::from_toml(text, dir.path())
}

fn key_of(text: &str, dir: &tempfile::TempDir) -> String {
    let e = load(text, dir).expect_err("refused");
    e.key().map(str::to_owned).unwrap_or_else(|| e.to_string())
}

#[test]
fn defaults_and_secrets() {
    let dir = dir_with_secrets();
    let c = load(GOOD, &dir).unwrap();
    assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
    assert!(c.plain_http && c.tls.is_none());
    assert_eq!(c.database_url.expose(), DEFAULT_DATABASE_URL);
    assert_eq!(c.retention_days, 400);
    assert_eq!(c.limits, Limits::default());
    assert_eq!(c.limits.code_ttl, Duration::from_secs(72 * 3600));
    assert_eq!(c.tenant.token.expose(), TOKEN);
    assert_eq!(c.tenant.host.host(), "vcc-na7.8x8.com");
    assert!(c.tenant.stream.is_none());
}

#[test]
fn debug_shows_no_secret() {
    let dir = dir_with_secrets();
    let text = format!("{GOOD}stream_credential_file = \"stream\"\n").replace(
        "plain_http = true",
        "plain_http = true\ndatabase_url_file = \"db\"",
    );
    let c = load(&text, &dir).unwrap();
    assert!(c.tenant.stream.is_some());
    assert_eq!(c.database_url.backend(), Backend::Postgres);
    let debug = format!("{c:?}");
    for secret in [TOKEN, "eght_streamsecret", "dbpass"] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    assert!(debug.contains("db.example"));
}

#[test]
fn every_refusal_names_its_key() {
    let dir = dir_with_secrets();
    let cases: &[(&str, &str, &str)] = &[
        ("plain_http = true", "plain_http = true\nbogus = 1", "bogus"),
        (
            "name = \"acme\"",
            "name = \"acme\"\nsurprise = 1",
            "surprise",
        ),
        (
            "listen = \"127.0.0.1:8080\"",
            "listen = \"nowhere\"",
            "listen",
        ),
        (
            "listen = \"127.0.0.1:8080\"",
            "listen = \"0.0.0.0:8080\"",
            "plain_http",
        ),
        ("plain_http = true", "plain_http = false", "tls_cert"),
        ("plain_http = true", "tls_cert = \"c.pem\"", "tls_key"),
        (
            "plain_http = true",
            "plain_http = true\ndatabase_url = \"mysql://x/y\"",
            "database_url",
        ),
        (
            "plain_http = true",
            "plain_http = true\nretention_days = \"x\"",
            "retention_days",
        ),
        (
            "cluster = \"vcc-na7\"",
            "cluster = \"http://x\"",
            "tenant.cluster",
        ),
        ("name = \"acme\"", "name = \"a b\"", "tenant.name"),
        (
            "token_file = \"token\"",
            "token_file = \"empty\"",
            "tenant.token_file",
        ),
        (
            "token_file = \"token\"",
            "token_file = \"missing\"",
            "tenant.token_file",
        ),
        (
            "token_file = \"token\"",
            "token_file = \"token\"\nstream_host = \"x.example\"",
            "tenant.stream_host",
        ),
    ];
    for (from, to, key) in cases {
        let text = GOOD.replace(from, to);
        let got = key_of(&text, &dir);
        assert!(got.contains(key), "{to}: {got}");
    }
    let limits = [
        ("actions_per_minute = 0", "limits.actions_per_minute"),
        ("body_bytes = 0", "limits.body_bytes"),
        ("code_ttl = \"soon\"", "limits.code_ttl"),
        ("header_timeout_ms = 0", "limits.header_timeout_ms"),
        ("whatever = 1", "whatever"),
    ];
    for (line, key) in limits {
        let got = key_of(&format!("{GOOD}[limits]\n{line}\n"), &dir);
        assert!(got.contains(key), "{line}: {got}");
    }
    let c = load(
        &format!("{GOOD}[limits]\ncode_ttl = \"24h\"\nbody_bytes = 100\n"),
        &dir,
    )
    .unwrap();
    assert_eq!(
        (c.limits.code_ttl, c.limits.body_bytes),
        (Duration::from_secs(86400), 100)
    );
}

#[test]
fn tls_paths_are_relative_to_the_file() {
    let dir = dir_with_secrets();
    let text = GOOD
        .replace(
            "plain_http = true",
            "tls_cert = \"c.pem\"\ntls_key = \"/k.pem\"",
        )
        .replace("127.0.0.1:8080", "0.0.0.0:8443");
    let c = load(&text, &dir).unwrap();
    let tls = c.tls.unwrap();
    assert_eq!(tls.cert, dir.path().join("c.pem"));
    assert_eq!(tls.key, PathBuf::from("/k.pem"));
}

#[test]
fn the_deployed_example_is_accepted() {
    let dir = dir_with_secrets();
    let example = include_str!("../../../../deploy/relay.toml.example").replace(
        "/run/credentials/rccontrol-relay.service/token",
        &dir.path().join("token").to_string_lossy(),
    );
    let c = load(&example, &dir).unwrap();
    assert_eq!(c.listen.to_string(), "0.0.0.0:8443");
    assert_eq!(c.limits, Limits::default());
    assert_eq!(c.retention_days, 400);
}

#[test]
fn the_admin_commands_read_no_tenant_secret() {
    let dir = dir_with_secrets();
    let text = GOOD.replace(
        "token_file = \"token\"",
        "token_file = \"missing\"\nstream_credential_file = \"missing\"",
    );
    assert_eq!(key_of(&text, &dir), "tenant.token_file");
    let admin = AdminConfig::from_toml(&text, dir.path()).unwrap();
    assert_eq!(admin.retention_days, 400);
    assert_eq!(admin.database_url.expose(), DEFAULT_DATABASE_URL);
    // Everything else is still checked.
    let bad = text.replace("vcc-na7", "http://x");
    let e = AdminConfig::from_toml(&bad, dir.path()).unwrap_err();
    assert_eq!(e.key(), Some("tenant.cluster"));
}

#[test]
fn a_simulator_on_a_loopback_port_is_a_cluster() {
    let dir = dir_with_secrets();
    let text = GOOD.replace("vcc-na7", "127.0.0.1:4443").replace(
        "token_file = \"token\"",
        "token_file = \"token\"\nca_file = \"sim-ca.pem\"\nstream_credential_file = \"stream\"\nstream_host = \"127.0.0.1:4443\"",
    );
    let c = load(&text, &dir).unwrap();
    assert_eq!(c.tenant.host.to_string(), "127.0.0.1:4443");
    assert_eq!(c.tenant.ca_file, Some(dir.path().join("sim-ca.pem")));
    let stream = c.tenant.stream.unwrap();
    assert_eq!(stream.host.authority(), "127.0.0.1:4443");
}
