//! The settings window's live-state section (8x8 Event Streaming): the fields
//! round-trip through a save and a reload, the agent ID is required when live
//! state is on (the error shown at the field), and the credential goes to the
//! keychain only — never back into the page, the settings file or the app.

use super::common::*;
use super::driver::*;
use rccontrol_e2e::TENANT;
use serde_json::json;
use std::process::{Command, Stdio};

const CREDENTIAL: &str = "eght_L1veCredentialForTheWindowTest";
const AGENT: &str = "agAglVJkg0TU28dok9y9UQKg";

fn keychain(account: &str) -> String {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "rccontrol", "username", account])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn live_state_fields_round_trip_and_the_credential_stays_in_the_keychain() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let events = format!("events:{TENANT}@{}", env.sim.sim.host_port());
    let file = dir.path().join("settings.toml");
    let (_driver, base) = spawn_driver(&[], Stdio::null());
    runtime().block_on(async {
        let (_app, d) = open_session(&base, dir.path(), &[]).await;
        d.wait_text("#state-line", "the page to load", |t| t.contains("unknown"))
            .await;
        // Off by default, nothing stored.
        assert_eq!(d.property("#live_state", "checked").await, json!(false));
        assert_eq!(d.text("#live-status").await, "Live state: off");
        assert_eq!(
            d.text("#stream_credential-state").await,
            "Credential: not stored"
        );

        // Checked as typed, named at the field.
        d.type_into("#stream_agent_id", "ag/../x").await;
        d.click("#stream_host").await;
        let err = d
            .wait_text("#stream_agent_id-err", "an inline agent ID error", |t| {
                !t.is_empty()
            })
            .await;
        assert!(err.starts_with("live agent ID:"), "{err}");

        // On without an agent ID: refused at the field, nothing written.
        d.execute("document.querySelector('#stream_agent_id').value = ''")
            .await;
        d.click("#live_state").await;
        // The simulator's cluster has no Event Streaming region: give the host.
        d.type_into("#stream_host", "127.0.0.1:9").await;
        d.click("#btn-save").await;
        let refused = d
            .wait_text("#stream_agent_id-err", "the required agent ID", |t| {
                !t.is_empty()
            })
            .await;
        assert!(refused.contains("live agent ID: needed"), "{refused}");
        let invalid = d
            .execute(
                "return document.querySelector('#stream_agent_id').getAttribute('aria-invalid')",
            )
            .await;
        assert_eq!(invalid, json!("true"));
        assert!(
            !std::fs::read_to_string(&file)
                .unwrap()
                .contains("live_state")
        );
        assert_eq!(keychain(&events), "");

        // With the agent ID and the credential: saved, the credential in the
        // keychain only, the form showing it stored but never the value.
        d.type_into("#stream_agent_id", AGENT).await;
        d.type_into("#stream_credential", CREDENTIAL).await;
        d.click("#btn-save").await;
        let saved = d
            .wait_text("#save-result", "the save", |t| {
                t.starts_with("Saved") || t.contains(':')
            })
            .await;
        assert!(saved.starts_with("Saved"), "{saved}");
        assert_eq!(
            keychain(&events),
            CREDENTIAL,
            "keychain holds the credential"
        );
        let written = std::fs::read_to_string(&file).unwrap();
        for line in [
            "live_state = true",
            &format!("stream_agent_id = \"{AGENT}\""),
            "stream_host = \"127.0.0.1:9\"",
        ] {
            assert!(written.contains(line), "{line} missing:\n{written}");
        }
        assert!(
            !written.contains(CREDENTIAL),
            "credential in the settings file"
        );
        assert_eq!(d.property("#stream_credential", "value").await, json!(""));
        assert_eq!(
            d.text("#stream_credential-state").await,
            "Credential: stored in the OS keychain"
        );
        // The live link now runs (against a closed port): never "off".
        let status = d.text("#live-status").await;
        assert!(
            ["connecting", "down", "rejected"]
                .iter()
                .any(|s| status.contains(s)),
            "{status}"
        );

        // Round trip: a reloaded page shows the saved values; a save without
        // typing the credential keeps it.
        d.execute("location.reload()").await;
        d.wait_text("#state-line", "the reloaded page", |t| {
            t.contains("unknown")
        })
        .await;
        d.wait_text("#stream_credential-state", "the reloaded view", |t| {
            t.contains("stored in")
        })
        .await;
        assert_eq!(d.property("#live_state", "checked").await, json!(true));
        assert_eq!(d.property("#stream_agent_id", "value").await, json!(AGENT));
        assert_eq!(
            d.property("#stream_host", "value").await,
            json!("127.0.0.1:9")
        );
        d.click("#btn-save").await;
        let saved = d
            .wait_text("#save-result", "the second save", |t| {
                t.starts_with("Saved") || t.contains(':')
            })
            .await;
        assert!(saved.starts_with("Saved"), "{saved}");
        assert_eq!(keychain(&events), CREDENTIAL, "kept when not typed");
        let source = d.call(reqwest::Method::GET, "/source", None).await;
        assert!(
            !source.as_str().unwrap().contains(CREDENTIAL),
            "credential in the page"
        );
        d.close().await;
    });
    // Neither the app's log nor the window's holds the credential.
    for entry in std::fs::read_dir(dir.path()).unwrap().flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            assert!(
                !text.contains(CREDENTIAL),
                "credential in {}",
                entry.path().display()
            );
        }
    }
}
