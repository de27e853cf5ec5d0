//! Fuzzes the settings file and the admin-managed file: `Settings` (serde, then
//! `Settings::load_effective` + `validate`) and `managed::Policy` (`parse`,
//! `effective`, `refused`, `strip`).
//!
//! Input: `SETTINGS_TOML [NUL MANAGED_TOML]`. Without a NUL byte the whole input is
//! used as both files (settings seeds exercise the managed parser too).
//!
//! Invariants, beyond "no panic":
//! * a malformed managed file (`problem()` set) locks nothing, applies nothing
//!   (`effective(t) == t`, also for the empty table) and allows no hosts;
//! * a valid policy: every locked key is lockable, and (except `email`/`identity`,
//!   which follow the identity rules) `effective(..)` always carries the managed
//!   value of a locked key; `strip` removes exactly what equals a managed value;
//! * settings loaded under a valid policy are never `refused` by it;
//! * `validate` is idempotent on its own output, and saving the validated settings
//!   under the policy then loading them back under it gives them back unchanged.
//!
//! The harness never lets the fuzzer choose a file to read: a top-level `ca_file`
//! string is replaced by one of two harness files (a valid PEM, or a missing file),
//! so `validate::ca_file` cannot be pointed at `/dev/zero` or a FIFO.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rccontrol::managed::LOCKABLE;
use rccontrol::{Policy, Settings};
use std::path::PathBuf;
use std::sync::OnceLock;
use toml::{Table, Value};

/// A throw-away self-signed CA (no key kept), so a `ca_file` can validate.
const CA_PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBfDCCASGgAwIBAgIUQDlcWN9FMgvyL0ax9IeU9H+08+gwCgYIKoZIzj0EAwIw
EjEQMA4GA1UEAwwHZnV6ei1jYTAgFw0yNjExMjgwMTIxMzVaGA8yMTI2MTEwNDAx
MjEzNVowEjEQMA4GA1UEAwwHZnV6ei1jYTBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABPI8MWXnpW64DO6msr5XsbWVX4DSFfaaDWndgE5wY1Axl0Uvm6EJHrXs6Ifj
ubqitCpudHkT2v2IgsxbCyGg332jUzBRMB0GA1UdDgQWBBTI93m2F2AfCY29wVQy
99Puclr7JzAfBgNVHSMEGDAWgBTI93m2F2AfCY29wVQy99Puclr7JzAPBgNVHRMB
Af8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQCECZd/sulIfHUrHxqfkDW0M8Xs
nebZ78AkyrF8w4QctQIhAPFv8Ojf6hvqv1o6XmoyiEAnBQHmOIRod+Q8KmuKwg4q
-----END CERTIFICATE-----
";

struct Files {
    settings: PathBuf,
    managed: PathBuf,
    saved: PathBuf,
    ca_good: String,
    ca_missing: String,
}

fn files() -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| {
        // `{username}` of `email_template` comes from $USER: make it deterministic.
        // SAFETY: runs once, before anything else reads the environment, and this
        // fuzz target has a single thread.
        unsafe { std::env::set_var("USER", "agent") };
        let root = std::env::temp_dir().join(format!(
            "rccontrol-fuzz-settings-{}",
            std::process::id()
        ));
        std::fs::create_dir_all(&root).expect("create the harness directory");
        let ca_good = root.join("ca.pem");
        std::fs::write(&ca_good, CA_PEM).expect("write the harness CA");
        Files {
            settings: root.join("settings.toml"),
            managed: root.join("managed.toml"),
            saved: root.join("saved.toml"),
            ca_good: ca_good.display().to_string(),
            ca_missing: root.join("missing-ca.pem").display().to_string(),
        }
    })
}

/// The input with a top-level `ca_file` string replaced by a harness file; `None`
/// when that cannot be written back as TOML.
fn sanitize(bytes: &[u8], f: &Files) -> Option<Vec<u8>> {
    let Some(mut table) = std::str::from_utf8(bytes)
        .ok()
        .and_then(|t| t.parse::<Table>().ok())
    else {
        // Not TOML: both parsers refuse it before reading any path.
        return Some(bytes.to_vec());
    };
    let path = match table.get("ca_file") {
        Some(Value::String(s)) if s.len() % 2 == 0 => f.ca_good.clone(),
        Some(Value::String(_)) => f.ca_missing.clone(),
        // Absent, or not a string (`PathBuf` refuses it): no path is ever read.
        _ => return Some(bytes.to_vec()),
    };
    table.insert("ca_file".into(), Value::String(path));
    toml::to_string(&table).ok().map(String::into_bytes)
}

fuzz_target!(|data: &[u8]| {
    let f = files();
    let (settings_bytes, managed_bytes) = match data.iter().position(|b| *b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, data),
    };
    let (Some(settings_text), Some(managed_text)) =
        (sanitize(settings_bytes, f), sanitize(managed_bytes, f))
    else {
        return;
    };
    std::fs::write(&f.settings, &settings_text).expect("write settings");
    std::fs::write(&f.managed, &managed_text).expect("write managed");

    let user: Option<Table> = std::str::from_utf8(&settings_text)
        .ok()
        .and_then(|t| t.parse().ok());

    // Plain serde, as the app's own tests use it.
    if let Some(s) = std::str::from_utf8(&settings_text)
        .ok()
        .and_then(|t| toml::from_str::<Settings>(t).ok())
    {
        check_settings(s, &Policy::none(), f);
    }

    // What the file says: who owns it (Policy::load's check) is not fuzzed.
    let policy = Policy::parse(&f.managed, &String::from_utf8_lossy(&managed_text));
    check_policy(&policy, user.as_ref());

    for policy in [&Policy::none(), &policy] {
        match Settings::load_effective(&f.settings, policy) {
            Ok(s) => check_settings(s, policy, f),
            Err(e) => {
                let _ = (e.kind(), e.to_string());
            }
        }
    }
});

fn check_policy(p: &Policy, user: Option<&Table>) {
    let _ = (p.path(), p.is_active(), p.allowed_hosts());
    if let Some(problem) = p.problem() {
        assert!(!problem.english().is_empty());
        assert!(!p.is_active());
        assert!(p.locked().is_empty(), "malformed policy locks {:?}", p.locked());
        assert!(p.allowed_hosts().is_empty());
        assert!(p.effective(Table::new()).is_empty(), "malformed policy applied");
        for (key, _) in LOCKABLE {
            assert!(p.value(key).is_none(), "malformed policy sets {key}");
        }
        if let Some(user) = user {
            let effective = p.effective(user.clone());
            assert!(same_table(&effective, user), "malformed policy applied: {effective:?}");
        }
    }
    for key in p.locked() {
        assert!(p.is_locked(key));
        assert!(LOCKABLE.iter().any(|(k, _)| k == key), "{key} is not lockable");
    }
    let Some(user) = user else { return };
    let effective = p.effective(user.clone());
    for key in p.locked() {
        if matches!(*key, "email" | "identity") {
            continue;
        }
        assert_eq!(
            effective.get(*key),
            p.value(key),
            "locked {key} did not win over the user's value"
        );
    }
    let mut stripped = effective.clone();
    p.strip(&mut stripped);
    for (k, v) in &effective {
        match stripped.get(k) {
            Some(kept) => {
                assert!(same(kept, v));
                assert_ne!(p.value(k), Some(v), "strip kept the managed value of {k}");
            }
            None => assert_eq!(p.value(k), Some(v), "strip removed the agent's own {k}"),
        }
    }
}

/// `==`, except that NaN equals NaN (`te = nan` is valid TOML).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits() || x == y,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Table(x), Value::Table(y)) => same_table(x, y),
        _ => a == b,
    }
}

fn same_table(a: &Table, b: &Table) -> bool {
    a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
}

fn check_settings(s: Settings, policy: &Policy, f: &Files) {
    if let Some(ca) = &s.ca_file {
        let ca = ca.display().to_string();
        assert!(ca == f.ca_good || ca == f.ca_missing, "harness leak: ca_file {ca}");
    }
    let refused = policy.refused(&s);
    if policy.is_active() {
        assert!(
            refused.is_empty(),
            "settings loaded under the policy are refused by it: {refused:?}\n{s:?}"
        );
    }
    let _ = s.host();
    let _ = s.safety();
    match s.validate() {
        Ok((normalized, config)) => {
            let _ = (config.keychain_account(), config.identity.to_string());
            let again = normalized.validate().unwrap_or_else(|e| {
                panic!("validated settings do not validate again: {e}\n{normalized:?}")
            });
            assert_eq!(
                again,
                (normalized.clone(), config),
                "validate is not idempotent"
            );
            normalized
                .save_with(&f.saved, policy)
                .unwrap_or_else(|e| panic!("validated settings cannot be saved: {e}"));
            let back = Settings::load_effective(&f.saved, policy)
                .unwrap_or_else(|e| panic!("saved settings cannot be loaded: {e}"));
            assert_eq!(back, normalized, "save then load changed the settings");
        }
        Err(e) => {
            let _ = (e.kind(), e.to_string());
        }
    }
}
