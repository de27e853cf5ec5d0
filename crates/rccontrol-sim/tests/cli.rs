//! The `rccontrol-sim` binary: announces its URL, serves, exits 0 on SIGTERM.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rccontrol_testkit::ChildGuard;
use std::io::{BufRead as _, BufReader, Read as _};
use std::process::{Command, Stdio};
use std::time::Duration;

use rccontrol_sim::{DEMO_TENANT, DEMO_TOKEN};

#[tokio::test]
async fn announces_url_serves_and_exits_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    let mut child = ChildGuard::spawn(
        Command::new(env!("CARGO_BIN_EXE_rccontrol-sim"))
            .args(["--port", "0", "--body-style", "json", "--ca-out"])
            .arg(&ca)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let url = line
        .trim_end()
        .strip_prefix("RCCONTROL_SIM_URL=")
        .expect("announcement line")
        .to_owned();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");

    let pem = std::fs::read(&ca).unwrap();
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&pem).unwrap())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let r = client
        .put(format!(
            "{url}/api/tstats/rccontrol/pause/demo/email/agent%40demo.example"
        ))
        .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.text().await.unwrap(), r#"{"status":"success"}"#);

    assert!(child.terminate(), "SIGTERM to the simulator");
    let status = child
        .exited_within(Duration::from_secs(10))
        .expect("simulator did not exit on SIGTERM");
    assert!(status.success(), "{status:?}");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "", "exactly one line on stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.contains("-> 200"), "{err}");
    assert!(!err.contains(DEMO_TOKEN));
}

#[test]
fn bad_arguments_fail() {
    let out = Command::new(env!("CARGO_BIN_EXE_rccontrol-sim"))
        .args(["--body-style", "xml"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let out = Command::new(env!("CARGO_BIN_EXE_rccontrol-sim"))
        .args(["--scenario", "/nonexistent/scenario.toml"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
}
