//! Under Wine (the Windows lane) or Windows: the known-folder path resolves,
//! and the owner and DACL of what a test creates are read back and judged.
//! Wine does not enforce access control between users (and reports every
//! file as the Wine user's), so the rules themselves are tested in
//! `windows_acl`, the refusal of a real other user's file on Linux.

use super::*;
use crate::managed::windows_acl::{self, ADMINISTRATORS, Level, SYSTEM, TRUSTED_INSTALLER};
use crate::managed::{Policy, known_folder};

#[test]
fn the_program_data_folder_comes_from_the_known_folder_api() {
    let dir = known_folder::program_data().unwrap();
    assert!(dir.is_absolute(), "{}", dir.display());
    assert!(dir.is_dir(), "{}", dir.display());
    let name = dir.file_name().unwrap().to_string_lossy().to_lowercase();
    assert_eq!(name, "programdata", "{}", dir.display());
    // The system path is built on it (no debug override in this process).
    if std::env::var_os(crate::managed::MANAGED_FILE_ENV).is_none() {
        assert_eq!(
            crate::managed::managed_file(),
            dir.join("rccontrol").join("managed.toml")
        );
    }
}

#[test]
fn owner_and_dacl_of_a_file_the_test_created_are_read_back_and_judged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("managed.toml");
    std::fs::write(&file, "lock = ['tenant']\ntenant = 'acme01'\n").unwrap();
    let got = read(&file).unwrap();
    eprintln!("{}: {got:?}", file.display());
    assert!(got.owner.starts_with("S-1-"), "{got:?}");
    let dacl = got.dacl.clone().unwrap();
    assert!(dacl.iter().all(|a| a.sid.is_some()), "{dacl:?}");
    for folder in dir.path().ancestors() {
        let security = read(folder).unwrap();
        assert!(
            security.owner.starts_with("S-1-"),
            "{}: {security:?}",
            folder.display()
        );
    }
    // What the test made is its user's (under Wine always: Wine reports the
    // Unix owner as the Wine user, S-1-5-21-0-0-0-1000, and keeps no other
    // owner), so the policy is refused, the owner named. An elevated
    // administrator's file would be Administrators' and pass this check.
    let p = Policy::load_below(&file, Some(dir.path()));
    let trusted = [ADMINISTRATORS, SYSTEM, TRUSTED_INSTALLER];
    if !trusted.contains(&got.owner.as_str()) {
        assert!(!p.is_active());
        assert_eq!(
            p.problem().map(crate::Msg::english),
            Some(format!(
                "Managed configuration not applied: {} is not owned by an administrator (owner {})",
                file.display(),
                got.owner
            ))
        );
        assert_eq!(
            windows_acl::judge(&file, &got.owner, got.dacl.as_deref(), Level::Policy),
            Err(crate::managed::Untrusted::Owner {
                path: file.clone(),
                owner: got.owner.clone()
            })
        );
    }
}
