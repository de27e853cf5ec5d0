//! The settings window's Company relay section: a one-time code exchanged
//! for a device key by the window's own process (the code never reaches the
//! app, the key only the keychain), the settings the relay bound saved by the
//! app, the fields the relay binds read-only, the previous token forgotten;
//! a used code refused in a sentence.

use super::common::*;
use super::driver::*;
use rccontrol_e2e::relay::{RelayOptions, RelayProcess};
use rccontrol_e2e::{AGENT_ID, EMAIL, TENANT, TOKEN};
use rccontrol_testkit::keychain_lookup;
use serde_json::json;
use std::process::Stdio;

#[test]
fn the_window_enrolls_this_computer_with_the_relay() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let direct_account = format!("{TENANT}@{}", env.sim.sim.host_port());
    assert!(keychain_lookup(&direct_account).is_some());
    let relay = RelayProcess::start(&env.sim, &RelayOptions::default());
    let code = relay.code(EMAIL, Some(AGENT_ID));
    let file = dir.path().join("settings.toml");
    let (_driver, base) = spawn_driver(&[], Stdio::null());
    runtime().block_on(async {
        let (app, d) = open_session(&base, dir.path(), &[]).await;
        d.wait_text("#state-line", "the page to load", |t| t.contains("unknown"))
            .await;
        d.execute("document.querySelector('#relay-section').open = true; document.querySelector('details').open = true")
            .await;
        assert_eq!(
            d.text("#relay-status").await,
            "Not in relay mode: this computer talks to 8x8 directly."
        );
        assert_eq!(d.property("#cluster", "disabled").await, json!(false));
        // The relay's CA, where the form keeps its CA file.
        let ca = relay.ca_file().display().to_string();
        d.execute(&format!(
            "document.querySelector('#ca_file').value = {}",
            json!(ca)
        ))
        .await;
        d.type_into("#relay_url", &relay.url()).await;
        d.type_into("#enroll_code", &code).await;
        d.click("#btn-enroll").await;
        let said = d
            .wait_text("#relay-result", "the enrollment's answer", |t| !t.is_empty())
            .await;
        assert_eq!(said, "Enrolled: the relay now acts for you.", "{}", app.log());
        let status = d.text("#relay-status").await;
        assert!(
            status.starts_with(&format!("Enrolled with {} as dv_", relay.url()))
                && status.contains(EMAIL),
            "{status}"
        );
        // What the relay binds is read-only now; the code field is empty.
        for field in ["#cluster", "#tenant", "#identity", "#token"] {
            assert_eq!(d.property(field, "disabled").await, json!(true), "{field}");
        }
        assert_eq!(d.property("#enroll_code", "value").await, json!(""));
        let saved = std::fs::read_to_string(&file).unwrap();
        assert!(saved.contains(&format!("relay_url = \"{}\"", relay.url())), "{saved}");
        let device = saved
            .lines()
            .find_map(|l| l.strip_prefix("relay_device = \""))
            .and_then(|l| l.strip_suffix('"'))
            .expect("relay_device saved")
            .to_owned();
        let key = keychain_lookup(&format!("relay:{device}@{}", relay.addr))
            .expect("the device key in the keychain");
        assert!(key.starts_with("rcd_"));
        assert_eq!(keychain_lookup(&direct_account), None, "the token is forgotten");
        // Neither the code, the key nor the token reached the page, the file or the app's log.
        let page = d.execute("return document.documentElement.outerHTML").await;
        let page = page.as_str().unwrap_or_default().to_owned();
        for (name, secret) in [("code", code.as_str()), ("key", key.trim()), ("token", TOKEN)] {
            assert!(!page.contains(secret), "the {name} in the page");
            assert!(!saved.contains(secret), "the {name} in the settings file");
            assert!(!app.log().contains(secret), "the {name} in the app's log");
        }

        // The same code again: refused in a sentence; nothing changes.
        d.type_into("#enroll_code", &code).await;
        d.click("#btn-enroll").await;
        let refused = d
            .wait_text("#relay-result", "the refusal", |t| t.contains("did not complete"))
            .await;
        assert!(refused.contains("enrollment_refused"), "{refused}");
        assert!(!refused.contains(&code), "{refused}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), saved);
        d.close().await;
    });
}
