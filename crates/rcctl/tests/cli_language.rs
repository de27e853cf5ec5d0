//! rcctl's language: `RCCONTROL_LANG` over the settings' `language` over the OS
//! locale, a clear error for a language that is not shipped, no raw message id
//! in any language, and `--json` in English whatever the language.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::i18n::{LOCALES, message_ids};
use rccontrol_e2e::Run;
use std::path::Path;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");

/// `rcctl --config-dir DIR ARGS` with only the language variables given in
/// `env` (the OS locale comes from LANG; the rest of the machine's is removed).
fn rcctl(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.arg("--config-dir")
        .arg(dir)
        .args(args)
        .env_remove("RCCONTROL_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .env_remove("RCCTL_TOKEN")
        .env_remove("RCCTL_CONFIG_DIR")
        .env_remove("RCCTL_SOCKET")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("rcctl runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn an_unknown_language_is_a_clear_error_naming_the_variable_and_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let run = rcctl(dir.path(), &["status"], &[("RCCONTROL_LANG", "xx-XX")]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert_eq!(run.stdout, "", "nothing done");
    assert!(
        run.stderr.starts_with("rcctl: RCCONTROL_LANG: \"xx-XX\""),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("auto"), "{}", run.stderr);
    for locale in LOCALES {
        assert!(
            run.stderr.contains(locale.tag),
            "{} not offered: {}",
            locale.tag,
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains("rcctl-"),
        "a raw message id: {}",
        run.stderr
    );
}

#[test]
fn every_language_speaks_without_raw_ids_and_the_variable_beats_the_os() {
    let dir = tempfile::tempdir().unwrap();
    let english = rcctl(dir.path(), &["status"], &[]);
    assert_eq!(english.code, 0, "{}", english.all());
    assert!(
        english.stdout.starts_with("Settings file:  "),
        "{}",
        english.stdout
    );
    for locale in LOCALES {
        let run = rcctl(dir.path(), &["status"], &[("RCCONTROL_LANG", locale.tag)]);
        assert_eq!(run.code, 0, "{}: {}", locale.tag, run.all());
        assert!(
            !run.all().contains("rcctl-"),
            "{}: a raw message id:\n{}",
            locale.tag,
            run.all()
        );
        // Until the translators fill a catalog, its messages are English.
        if !message_ids(locale.tag, "rcctl.ftl").is_empty() && locale.tag != "en-US" {
            assert_ne!(run.stdout, english.stdout, "{} is not used", locale.tag);
        }
    }

    let german = rcctl(dir.path(), &["status"], &[("RCCONTROL_LANG", "de-DE")]);
    // The OS locale chooses when the variable is unset or auto (on Unix the
    // OS locale is LANG; Windows has its own, which the test cannot set)…
    let os_locales: &[&[(&str, &str)]] = if cfg!(unix) {
        &[
            &[("LANG", "de_DE.UTF-8")][..],
            &[("LANG", "de_DE.UTF-8"), ("RCCONTROL_LANG", "auto")],
        ]
    } else {
        &[]
    };
    for env in os_locales {
        let run = rcctl(dir.path(), &["status"], env);
        assert_eq!(run.stdout, german.stdout, "{env:?}");
    }
    // …and the variable wins over it.
    let run = rcctl(
        dir.path(),
        &["status"],
        &[("LANG", "de_DE.UTF-8"), ("RCCONTROL_LANG", "en-US")],
    );
    assert_eq!(run.stdout, english.stdout);
}

#[test]
fn the_settings_language_comes_between_the_variable_and_the_os() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.toml"), "language = \"de-DE\"\n").unwrap();
    let german = rcctl(dir.path(), &["status"], &[("RCCONTROL_LANG", "de-DE")]);
    assert_eq!(german.code, 0, "{}", german.all());
    // The setting beats the OS…
    let run = rcctl(dir.path(), &["status"], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(run.stdout, german.stdout);
    // …and the variable beats the setting.
    let run = rcctl(dir.path(), &["status"], &[("RCCONTROL_LANG", "en-US")]);
    assert!(run.stdout.starts_with("Settings file:  "), "{}", run.stdout);
    assert!(
        run.stdout.contains("Token:          absent"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_stays_english_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let english = rcctl(dir.path(), &["status", "--json"], &[]);
    assert_eq!(english.code, 0, "{}", english.all());
    let v: serde_json::Value = serde_json::from_str(&english.stdout).unwrap();
    assert_eq!(v["token"], "absent");
    assert_eq!(v["state_line"], "Recording state unknown");
    let german = rcctl(
        dir.path(),
        &["status", "--json"],
        &[("RCCONTROL_LANG", "de-DE")],
    );
    assert_eq!(german.stdout, english.stdout);
}
