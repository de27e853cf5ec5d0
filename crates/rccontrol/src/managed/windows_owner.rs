//! Windows: the managed file and every folder above it must be owned by
//! Administrators, SYSTEM or TrustedInstaller and changeable by no one else
//! ([`super::windows_acl`] says exactly what that means, and why the
//! ProgramData folder and the drive root keep their default ACL).

use super::folders;
use super::untrusted::Untrusted;
use super::windows_acl::{self, Level};
use super::windows_security;
use std::fs::File;
use std::path::{Path, PathBuf};

/// The managed file at `path`, open for reading, when administrators alone
/// control it and every folder above it (up to `top` when it is below it);
/// `None` when there is no file.
pub(super) fn open(path: &Path, top: Option<&Path>) -> Result<Option<File>, Untrusted> {
    let unreadable = |path: &Path, e: std::io::Error| Untrusted::Unreadable {
        path: path.to_owned(),
        detail: e.to_string(),
    };
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(path, e)),
    };
    if !meta.file_type().is_file() {
        return Err(Untrusted::NotAFile {
            path: path.to_owned(),
        });
    }
    check(path, Level::Policy)?;
    let bases = base_folders();
    for dir in folders::above(path, top)? {
        let meta = std::fs::symlink_metadata(&dir).map_err(|e| unreadable(&dir, e))?;
        // A link or junction on the path as written: the folders it leads to
        // are in the resolved chain, and the folder holding it is checked next.
        if meta.file_type().is_symlink() {
            continue;
        }
        let level = if bases.iter().any(|b| same(b, &dir)) {
            Level::Base
        } else {
            Level::Policy
        };
        check(&dir, level)?;
    }
    File::open(path).map(Some).map_err(|e| unreadable(path, e))
}

fn check(path: &Path, level: Level) -> Result<(), Untrusted> {
    let security = windows_security::read(path).map_err(|e| Untrusted::Unreadable {
        path: path.to_owned(),
        detail: e.to_string(),
    })?;
    windows_acl::judge(path, &security.owner, security.dacl.as_deref(), level)
}

/// ProgramData and every folder above it (the drive root).
fn base_folders() -> Vec<PathBuf> {
    let program_data = folders::plain(&super::location::system_dir());
    program_data.ancestors().map(Path::to_owned).collect()
}

/// Windows paths compare without regard to case.
fn same(a: &Path, b: &Path) -> bool {
    let key = |p: &Path| p.to_string_lossy().trim_end_matches('\\').to_lowercase();
    key(a) == key(b)
}
