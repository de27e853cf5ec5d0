//! The Windows media-key table of the core (`rccontrol::hotkeys::
//! WINDOWS_VIRTUAL_KEYS`) against the source of the global-hotkey version in
//! Cargo.lock: each key's virtual-key constant as `key_to_vk` in
//! `src/platform_impl/windows/mod.rs` maps it, and each constant's value as
//! windows-sys declares it. A global-hotkey update that maps a key otherwise
//! fails here, before an agent's headset button turns into Pause/Break.
// Reads sources through cargo on the build machine (not under Wine).
#![cfg(not(windows))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::hotkeys::{MEDIA_KEYS, WINDOWS_VIRTUAL_KEYS, real_key_on_windows};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The source folders of the locked packages called `name`.
fn sources(name: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).unwrap();
    meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == name)
        .map(|p| {
            Path::new(p["manifest_path"].as_str().unwrap())
                .parent()
                .unwrap()
                .to_path_buf()
        })
        .collect()
}

/// `Code::Name => VK_NAME,` lines of `key_to_vk`.
fn key_to_vk(source: &str) -> Vec<(String, String)> {
    let start = source
        .find("fn key_to_vk")
        .expect("fn key_to_vk in the source");
    let body = &source[start..];
    let end = body.find("\n}").unwrap();
    body[..end]
        .lines()
        .filter_map(|l| {
            let (code, vk) = l.trim().split_once("=>")?;
            let code = code.trim().strip_prefix("Code::")?;
            Some((code.to_owned(), vk.trim().trim_end_matches(',').to_owned()))
        })
        .collect()
}

#[test]
fn the_windows_media_key_table_is_what_global_hotkey_registers() {
    let crates = sources("global-hotkey");
    assert_eq!(
        crates.len(),
        1,
        "one global-hotkey in Cargo.lock: {crates:?}"
    );
    let file = crates[0].join("src/platform_impl/windows/mod.rs");
    let mapping = key_to_vk(&std::fs::read_to_string(&file).unwrap());
    assert!(
        mapping.len() > 50,
        "{} mappings read from {}",
        mapping.len(),
        file.display()
    );
    // The windows-sys global-hotkey uses (its entry in Cargo.lock).
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"))
        .unwrap();
    let entry = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"global-hotkey\""))
        .unwrap();
    let version = entry
        .lines()
        .find_map(|l| l.trim().strip_prefix("\"windows-sys "))
        .map(|v| v.trim_end_matches("\",").to_owned())
        .expect("global-hotkey depends on windows-sys");
    let sys: Vec<String> = sources("windows-sys")
        .iter()
        .filter(|d| d.ends_with(format!("windows-sys-{version}")))
        .map(|d| {
            std::fs::read_to_string(d.join("src/Windows/Win32/UI/Input/KeyboardAndMouse/mod.rs"))
                .unwrap()
        })
        .collect();
    assert_eq!(
        sys.len(),
        1,
        "windows-sys {version}'s KeyboardAndMouse constants"
    );
    for (key, vk, value) in WINDOWS_VIRTUAL_KEYS {
        let mapped: Vec<&str> = mapping
            .iter()
            .filter(|(code, _)| code == key)
            .map(|(_, vk)| vk.as_str())
            .collect();
        assert_eq!(mapped, [vk], "{key} in {}", file.display());
        let declared = format!("pub const {vk}: VIRTUAL_KEY = {value}u16;");
        assert!(
            sys[0].contains(&declared),
            "windows-sys {version} declares `{declared}`"
        );
    }
    // What the app offers on Windows: MediaPlay (VK_PLAY) and MediaPause
    // (VK_PAUSE, Pause/Break) are not media keys.
    let refused: Vec<&str> = MEDIA_KEYS
        .iter()
        .copied()
        .filter(|k| !real_key_on_windows(k))
        .collect();
    assert_eq!(refused, ["MediaPlay", "MediaPause"]);
}
