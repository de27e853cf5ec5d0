//! The leak scan finds a planted token in every form it searches for, reads
//! rotated and hidden files, does not follow links, and says what it could not
//! read: the scans of the app's sessions rest on it.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_e2e::leak_scan::{LeakScan, Report};
use rccontrol_e2e::{TENANT, TOKEN, basic_auth};

fn utf16le(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

#[test]
fn a_planted_token_is_found_in_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let basic = basic_auth(TENANT, TOKEN);
    let encoded = basic.trim_start_matches("Basic ");
    // WebKit's local storage keeps strings as UTF-16LE, inside binary pages.
    let storage = root.join(".local/share/app/localstorage/file__0.localstorage");
    std::fs::create_dir_all(storage.parent().unwrap()).unwrap();
    let mut page = vec![0u8, 1, 2, 0xff];
    page.extend(utf16le(TOKEN));
    page.extend([0u8; 16]);
    std::fs::write(&storage, &page).unwrap();
    // A rotated audit file and a hidden file deep down.
    std::fs::write(
        root.join("audit.1.jsonl"),
        format!("{{\"detail\":\"{TOKEN}\"}}\n"),
    )
    .unwrap();
    std::fs::create_dir_all(root.join(".cache/x/y")).unwrap();
    std::fs::write(
        root.join(".cache/x/y/.h"),
        format!("Authorization: {basic}"),
    )
    .unwrap();
    // Clean files, a link whose target names the token, a socket.
    std::fs::write(root.join("settings.toml"), "tenant = \"acme01\"\n").unwrap();
    std::os::unix::fs::symlink(format!("/tmp/{TOKEN}"), root.join("lock")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(root.join("app.sock")).unwrap();

    let scan = LeakScan::for_token(TENANT, TOKEN);
    let mut report = Report::default();
    scan.scan_dir(root, &mut report);
    scan.scan_text("stderr", &format!("GET /x?k={encoded}"), &mut report);
    scan.scan_text("clean stdout", "Recording paused", &mut report);
    eprintln!("{}", report.summary());
    let mut hits = report.hits.clone();
    hits.sort();
    let at = |p: &str| root.join(p).display().to_string();
    let mut want = vec![
        format!("{} contains the token in UTF-16LE", storage.display()),
        format!("{} contains the token", at("audit.1.jsonl")),
        format!("{} contains base64(tenant:token)", at(".cache/x/y/.h")),
        format!("{} contains the token", at("lock")),
        "stderr contains base64(tenant:token)".to_owned(),
    ];
    want.sort();
    assert_eq!(hits, want);
    assert_eq!(report.files.len(), 4, "{:?}", report.files);
    assert!(report.read(&root.join("settings.toml")));
    assert_eq!(report.files_under(&root.join(".cache")), 1);
    assert_eq!((report.links, report.special), (1, 1));
    assert_eq!(report.outputs, ["stderr", "clean stdout"]);
    assert!(report.unreadable.is_empty(), "{:?}", report.unreadable);
    let clean = std::panic::catch_unwind(|| report.assert_clean());
    assert!(clean.is_err(), "assert_clean passed a report with hits");
}

#[test]
fn a_missing_folder_is_empty_and_an_unreadable_one_is_said() {
    let scan = LeakScan::for_token(TENANT, TOKEN);
    let dir = tempfile::tempdir().unwrap();
    let mut report = Report::default();
    scan.scan_dir(&dir.path().join("never-created"), &mut report);
    assert!(report.unreadable.is_empty() && report.files.is_empty());
    // A file where a folder is expected below the root cannot be listed.
    std::fs::write(dir.path().join("file"), "x").unwrap();
    let mut report = Report::default();
    scan.scan_dir(&dir.path().join("file"), &mut report);
    assert_eq!(report.unreadable.len(), 1, "{:?}", report.unreadable);
    assert!(
        report.unreadable[0].contains("file"),
        "{:?}",
        report.unreadable
    );
    let incomplete = std::panic::catch_unwind(|| report.assert_clean());
    assert!(
        incomplete.is_err(),
        "assert_clean passed an incomplete scan"
    );
}
