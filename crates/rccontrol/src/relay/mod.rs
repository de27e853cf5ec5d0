//! Relay mode: the desktop talks to the tenant's `rccontrol-relay` instead of
//! 8x8, with a revocable device key instead of the tenant-wide token.
//! [`wire`] is the protocol both sides speak (docs/relay.md).

pub mod client;
pub mod enroll;
pub mod url;
pub mod wire;

pub use client::RelayClient;
pub use url::RelayUrl;

/// The keychain account of a device key: `relay:{device id}@{relay host}`.
pub fn key_account(device_id: &str, url: &RelayUrl) -> String {
    format!("relay:{device_id}@{}", url.host())
}

#[cfg(test)]
mod tests {
    use crate::settings::{Settings, SettingsError};

    fn relay_mode() -> Settings {
        Settings {
            relay_url: Some("https://relay.acme.example:8443/".into()),
            relay_device: Some("dv_abc".into()),
            tenant: Some("acme".into()),
            email: Some("a@acme.example".into()),
            live_state: Some(true),
            stream_agent_id: Some("agA1".into()),
            ..Settings::default()
        }
    }

    #[test]
    fn relay_mode_needs_no_cluster_and_keys_the_keychain_by_device() {
        let (normalized, config) = relay_mode().validate().unwrap();
        assert_eq!(
            normalized.relay_url.as_deref(),
            Some("https://relay.acme.example:8443")
        );
        assert_eq!(config.keychain_account(), "relay:dv_abc@relay.acme.example:8443");
        assert_eq!(config.stream_keychain_account(), config.keychain_account());
        let live = config.live.expect("live state from the relay");
        assert_eq!(live.host.authority(), "relay.acme.example:8443");
    }

    #[test]
    fn relay_mode_without_enrollment_says_so() {
        let mut s = relay_mode();
        s.relay_device = None;
        match s.validate() {
            Err(SettingsError::NotConfigured { missing }) => {
                assert_eq!(missing, ["relay enrollment"]);
            }
            other => panic!("{other:?}"),
        }
        let mut s = relay_mode();
        s.relay_device = Some("not-a-device".into());
        assert!(matches!(s.validate(), Err(SettingsError::Invalid(_))));
    }

    #[test]
    fn a_form_cannot_rebind_a_relay_device() {
        let current = relay_mode();
        let mut form = Settings {
            cluster: Some("vcc-na7".into()),
            tenant: Some("other".into()),
            email: Some("someone.else@acme.example".into()),
            reminder_secs: Some(30),
            ..Settings::default()
        };
        form.keep_relay_binding(&current);
        assert_eq!(form.email, current.email);
        assert_eq!(form.tenant, current.tenant);
        assert_eq!(form.relay_device, current.relay_device);
        assert_eq!(form.reminder_secs, Some(30), "the rest is the form's");
        let mut direct = Settings::default();
        direct.keep_relay_binding(&Settings::default());
        assert_eq!(direct, Settings::default());
    }
}
