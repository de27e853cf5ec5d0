use super::*;
use crate::configure::{NewToken, apply, apply_with};
use crate::live::field;
use crate::paths::Paths;
use crate::secret::memory::MemoryBackend;
use std::sync::Arc;

fn wanted(tenant: &str) -> Settings {
    Settings {
        cluster: Some("vcc-na7".into()),
        tenant: Some(tenant.into()),
        email: Some("a@b.c".into()),
        ..Settings::default()
    }
}

fn memory() -> TokenStore {
    TokenStore::with_backend(Arc::new(MemoryBackend::default()))
}

#[test]
fn empty_spaced_or_long_credentials_are_refused_without_repeating_them() {
    let long = "x".repeat(MAX_CREDENTIAL_LEN + 1);
    for bad in ["", "  \n", "eght_ab cd", "eght_\u{7f}x", long.as_str()] {
        let e = validate_credential(bad).unwrap_err();
        assert_eq!(e.field, field::CREDENTIAL);
        assert!(!e.to_string().contains("eght_a"), "{e}");
    }
    assert_eq!(
        validate_credential(" eght_k3y\n").unwrap().expose(),
        "eght_k3y"
    );
}

#[test]
fn the_credential_is_stored_under_the_events_account_and_undone() {
    let store = memory();
    let none = Policy::none();
    let cred = |s: &str| Secret::new(s);
    let stored =
        store_stream_credential(&store, &none, &wanted("acme"), &cred(" eght_1 ")).unwrap();
    assert_eq!(stored.account, "events:acme@vcc-na7.8x8.com");
    assert_eq!(
        store.stored(&stored.account).unwrap().unwrap().expose(),
        "eght_1"
    );
    // A second one replaces it; undoing it puts the first back.
    let second = store_stream_credential(&store, &none, &wanted("acme"), &cred("eght_2")).unwrap();
    second.undo(&store).unwrap();
    assert_eq!(
        store.stored(&stored.account).unwrap().unwrap().expose(),
        "eght_1"
    );
    stored.undo(&store).unwrap();
    assert!(
        store
            .stored("events:acme@vcc-na7.8x8.com")
            .unwrap()
            .is_none()
    );
    // Bad settings or a bad credential store nothing.
    assert!(store_stream_credential(&store, &none, &wanted("a/b"), &cred("eght_3")).is_err());
    let e = store_stream_credential(&store, &none, &wanted("acme"), &cred(" ")).unwrap_err();
    assert_eq!(e.fields()[0].field, field::CREDENTIAL);
    assert!(
        store
            .stored("events:acme@vcc-na7.8x8.com")
            .unwrap()
            .is_none()
    );
}

#[test]
fn a_new_tenant_needs_the_credential_again_and_forget_removes_both() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::in_dir(dir.path());
    let store = memory();
    let none = Policy::none();
    apply(&paths, &store, &none, &wanted("acme"), Some("tok")).unwrap();
    let first =
        store_stream_credential(&store, &none, &wanted("acme"), &Secret::new("eght_1")).unwrap();
    let applied = apply_with(&paths, &store, &none, &wanted("acme"), NewToken::Keep).unwrap();
    assert!(applied.stream_credential_stored);
    // Another tenant: the token is given again, the credential is not carried.
    let applied = apply(&paths, &store, &none, &wanted("acme2"), Some("tok2")).unwrap();
    assert!(!applied.stream_credential_stored);
    assert!(store.stored(&first.account).unwrap().is_none());
    let accounts = accounts(&wanted("acme2")).unwrap();
    assert_eq!(accounts.stream, "events:acme2@vcc-na7.8x8.com");
    let _stored =
        store_stream_credential(&store, &none, &wanted("acme2"), &Secret::new("eght_2")).unwrap();
    assert_eq!(
        forget_secrets(&store, &accounts).unwrap(),
        Forgotten {
            token: true,
            stream: true
        }
    );
    assert!(store.stored(&accounts.token).unwrap().is_none());
    assert!(store.stored(&accounts.stream).unwrap().is_none());
}

#[test]
fn accounts_are_found_even_when_the_live_fields_are_not_valid() {
    let mut s = wanted("acme");
    s.live_state = Some(true);
    s.stream_agent_id = Some("not valid/".into());
    assert!(s.validate().is_err());
    assert_eq!(accounts(&s).unwrap().stream, "events:acme@vcc-na7.8x8.com");
}

#[test]
fn the_region_host_is_what_an_empty_override_means() {
    let mut s = wanted("acme");
    s.cluster = Some("vcc-na7.8x8.com".into());
    assert_eq!(
        region_stream_host(&s).as_deref(),
        Some("pulsar-ws-usw2.8x8.com")
    );
    s.cluster = None;
    assert_eq!(region_stream_host(&s), None);
}
