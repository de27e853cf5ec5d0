//! Under Wine (the Windows lane) or Windows: a policy written to a test key
//! below `HKLM\SOFTWARE\Policies` (each test its own, removed afterwards) is
//! read into the same policy a managed file gives.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;

/// A fresh test key, removed when dropped.
struct TestKey(String);

impl TestKey {
    fn new(tag: &str) -> (Self, windows_registry::Key) {
        let path = format!(r"{POLICY_KEY}-test-{}-{tag}", std::process::id());
        let _ = LOCAL_MACHINE.remove_tree(&path);
        let key = LOCAL_MACHINE.create(&path).unwrap();
        (Self(path), key)
    }
}

impl Drop for TestKey {
    fn drop(&mut self) {
        let _ = LOCAL_MACHINE.remove_tree(&self.0);
    }
}

#[test]
fn no_key_is_no_policy() {
    assert!(load(r"SOFTWARE\Policies\RecordingControl-test-absent").is_none());
}

#[test]
fn every_value_type_maps_to_its_managed_file_key() {
    let (test, key) = TestKey::new("types");
    key.set_string("cluster", "vcc-na7").unwrap();
    key.set_expand_string("tenant", "acme01").unwrap();
    key.set_u32("max_pause_secs", 300).unwrap();
    key.set_u32("badge", 1).unwrap();
    key.set_u32("deep_link", 0).unwrap();
    key.set_multi_string("lock", &["cluster", "tenant", "max_pause_secs"])
        .unwrap();
    key.set_string("hotkeys", r#"{ pause = "Ctrl+Alt+F9" }"#)
        .unwrap();
    key.set_string("auto_pause", r#"[{ pattern = "Payment", regex = false }]"#)
        .unwrap();
    drop(key);

    let policy = load(&test.0).expect("the key exists");
    assert_eq!(policy.problem(), None, "{:?}", policy.problem());
    assert!(policy.is_active());
    assert_eq!(
        policy.path().display().to_string(),
        format!(r"HKLM\{}", test.0)
    );
    for locked in ["cluster", "tenant", "max_pause_secs"] {
        assert!(policy.is_locked(locked), "{locked}");
    }
    assert!(!policy.is_locked("badge"));
    assert_eq!(
        policy.value("cluster").and_then(Value::as_str),
        Some("vcc-na7.8x8.com")
    );
    assert_eq!(
        policy.value("tenant").and_then(Value::as_str),
        Some("acme01")
    );
    assert_eq!(
        policy.value("max_pause_secs").and_then(Value::as_integer),
        Some(300)
    );
    assert_eq!(policy.value("badge").and_then(Value::as_bool), Some(true));
    assert_eq!(
        policy.value("deep_link").and_then(Value::as_bool),
        Some(false)
    );
    let merged = policy.effective(Table::new());
    assert_eq!(merged["hotkeys"]["pause"].as_str(), Some("Ctrl+Alt+F9"));
}

#[test]
fn a_bad_value_makes_the_whole_policy_malformed_and_names_it() {
    type Write = fn(&windows_registry::Key);
    let cases: [(&str, Write); 4] = [
        ("bytes", |k| {
            k.set_bytes("tenant", Type::Bytes, &[1, 2, 3]).unwrap();
        }),
        ("bool", |k| {
            k.set_u32("badge", 2).unwrap();
        }),
        ("toml", |k| {
            k.set_string("hotkeys", "{ pause = ").unwrap();
        }),
        ("unknown", |k| {
            k.set_string("colour", "red").unwrap();
        }),
    ];
    for (tag, write) in cases {
        let (test, key) = TestKey::new(tag);
        key.set_string("cluster", "vcc-na7").unwrap();
        write(&key);
        drop(key);
        let policy = load(&test.0).expect("the key exists");
        assert!(!policy.is_active(), "{tag}");
        assert_eq!(policy.value("cluster"), None, "{tag}: nothing is applied");
        let problem = policy.problem().expect(tag).english();
        assert!(problem.contains(&test.0), "{tag}: {problem}");
        let named = match tag {
            "bytes" => "tenant",
            "bool" => "badge",
            "toml" => "hotkeys",
            _ => "colour",
        };
        assert!(problem.contains(named), "{tag}: {problem}");
    }
}
