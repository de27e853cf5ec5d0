#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use crate::settings::Settings;

fn live(cluster: &str, agent: Option<&str>, host: Option<&str>) -> Settings {
    Settings {
        cluster: Some(cluster.into()),
        live_state: Some(true),
        stream_agent_id: agent.map(Into::into),
        stream_host: host.map(Into::into),
        ..Settings::default()
    }
}

#[test]
fn off_is_none_but_given_values_are_still_checked() {
    let off = Settings {
        stream_agent_id: Some("agAglVJkg0TU28dok9y9UQKg".into()),
        ..Settings::default()
    };
    assert_eq!(off.live_config(), Ok(None));
    let bad = Settings {
        stream_host: Some("wss://x/y".into()),
        ..Settings::default()
    };
    let errs = bad.live_config().unwrap_err();
    assert_eq!(errs[0].field, field::HOST);
}

#[test]
fn the_host_comes_from_the_cluster_or_the_override() {
    let c = live("vcc-na7.8x8.com", Some("agA1"), None)
        .live_config()
        .unwrap()
        .unwrap();
    assert_eq!(c.host.name(), "pulsar-ws-usw2.8x8.com");
    assert_eq!(c.agent_id, "agA1");
    let c = live("127.0.0.1:8443", Some("agA1"), Some("127.0.0.1:8443"))
        .live_config()
        .unwrap()
        .unwrap();
    assert_eq!(c.host.authority(), "127.0.0.1:8443");
}

#[test]
fn on_without_agent_or_known_host_names_each_field() {
    let errs = live("127.0.0.1:8443", None, None)
        .live_config()
        .unwrap_err();
    let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
    assert!(fields.contains(&field::AGENT_ID), "{fields:?}");
    assert!(fields.contains(&field::HOST), "{fields:?}");
    let text = errs
        .iter()
        .map(|e| e.localized(&rccontrol_i18n::Localizer::english()))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("set the Event Streaming host"), "{text}");
}
