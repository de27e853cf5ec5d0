//! A new keychain account (the tenant or the host changed) in the real OS
//! keychain — gnome-keyring over the Secret Service, started by `./test`: the
//! token never follows by itself (it is asked for again), and once given, it
//! is stored under the new account and the old entry goes. Checked from
//! outside with `secret-tool`, not through the code under test.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::configure;
use rccontrol::{Paths, Policy, Settings, TokenStore};

const TOKEN: &str = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

use rccontrol_testkit::keychain_lookup as lookup;

fn wanted(tenant: &str) -> Settings {
    Settings {
        cluster: Some("vcc-na7".into()),
        tenant: Some(tenant.into()),
        email: Some("mover@example.com".into()),
        ..Settings::default()
    }
}

#[test]
fn a_new_account_needs_the_token_again_and_the_old_entry_goes() {
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    if !rccontrol_testkit::available(
        "a_new_account_needs_the_token_again_and_the_old_entry_goes",
        "DBUS_SESSION_BUS_ADDRESS",
        bus,
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::in_dir(dir.path());
    let store = TokenStore::keychain();
    // Tenants of this run only: nothing another run left behind can answer.
    let (first, second) = (
        format!("mv{}a", std::process::id()),
        format!("mv{}b", std::process::id()),
    );
    let (old, new) = (
        format!("{first}@vcc-na7.8x8.com"),
        format!("{second}@vcc-na7.8x8.com"),
    );

    let applied = configure::apply(
        &paths,
        &store,
        &Policy::none(),
        &wanted(&first),
        Some(TOKEN),
    )
    .unwrap();
    assert!(applied.token_stored);
    assert_eq!(lookup(&old).as_deref(), Some(TOKEN), "stored under {old}");

    // The agent's tenant changes; no token typed: refused, nothing moves.
    let refused =
        configure::apply(&paths, &store, &Policy::none(), &wanted(&second), None).unwrap_err();
    assert_eq!(refused.fields()[0].field, "token", "{refused}");
    assert_eq!(lookup(&new), None, "nothing stored under {new}");
    assert_eq!(lookup(&old).as_deref(), Some(TOKEN), "{old} kept");
    // With the token given again: stored under the new account, the old one gone.
    let applied = configure::apply(
        &paths,
        &store,
        &Policy::none(),
        &wanted(&second),
        Some(TOKEN),
    )
    .unwrap();
    assert!(applied.token_stored);
    assert_eq!(lookup(&new).as_deref(), Some(TOKEN), "stored under {new}");
    assert_eq!(lookup(&old), None, "the entry under {old} is removed");

    assert!(store.forget(&new).unwrap());
    assert_eq!(lookup(&new), None);
}
