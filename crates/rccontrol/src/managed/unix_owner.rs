//! Unix: the managed file and every folder above it must be owned by root
//! (uid 0) and writable by no one else (no group or other write bit; a sticky
//! world-writable folder like /tmp is refused too). The file is opened without
//! following a link and checked on the open descriptor, so what is read is
//! what was checked; the folders above it cannot change under us once they
//! are root's alone.

use super::folders;
use super::untrusted::Untrusted;
use rustix::fs::{Mode, OFlags};
use rustix::io::Errno;
use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// The rule for one file or folder: owned by root, no group/other write bit.
pub(super) fn judge(path: &Path, uid: u32, mode: u32) -> Result<(), Untrusted> {
    if uid != 0 {
        return Err(Untrusted::Owner {
            path: path.to_owned(),
            owner: format!("uid {uid}"),
        });
    }
    if mode & 0o022 != 0 {
        return Err(Untrusted::GroupOrOthers {
            path: path.to_owned(),
        });
    }
    Ok(())
}

/// The managed file at `path`, open for reading, when root alone controls it
/// and every folder above it (up to `top` when it is below it); `None` when
/// there is no file.
pub(super) fn open(path: &Path, top: Option<&Path>) -> Result<Option<File>, Untrusted> {
    let unreadable = |path: &Path, e: std::io::Error| Untrusted::Unreadable {
        path: path.to_owned(),
        detail: e.to_string(),
    };
    // NONBLOCK: a FIFO put in its place must not hang the app.
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
    let file = match rustix::fs::open(path, flags, Mode::empty()) {
        Ok(fd) => File::from(fd),
        Err(Errno::NOENT | Errno::NOTDIR) => return Ok(None),
        // O_NOFOLLOW on a symbolic link (FreeBSD says EMLINK).
        Err(Errno::LOOP | Errno::MLINK) => {
            return Err(Untrusted::NotAFile {
                path: path.to_owned(),
            });
        }
        Err(e) => return Err(unreadable(path, e.into())),
    };
    let meta = file.metadata().map_err(|e| unreadable(path, e))?;
    if !meta.file_type().is_file() {
        return Err(Untrusted::NotAFile {
            path: path.to_owned(),
        });
    }
    judge(path, meta.uid(), meta.mode())?;
    for dir in folders::above(path, top)? {
        let meta = std::fs::symlink_metadata(&dir).map_err(|e| unreadable(&dir, e))?;
        // A link on the path as written: the folders it leads to are in the
        // resolved chain, and the folder holding it is checked next.
        if meta.file_type().is_symlink() {
            continue;
        }
        judge(&dir, meta.uid(), meta.mode())?;
    }
    Ok(Some(file))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path() -> &'static Path {
        Path::new("/etc/rccontrol")
    }

    #[test]
    fn root_owned_and_not_writable_by_others_is_trusted() {
        assert_eq!(judge(path(), 0, 0o40755), Ok(()));
        assert_eq!(judge(path(), 0, 0o100644), Ok(()));
        assert_eq!(judge(path(), 0, 0o100600), Ok(()));
        assert_eq!(judge(path(), 0, 0o40700), Ok(()));
    }

    #[test]
    fn another_owner_is_named() {
        let e = judge(path(), 1001, 0o100644).unwrap_err();
        assert_eq!(
            e.to_string(),
            "/etc/rccontrol is not owned by an administrator (owner uid 1001)"
        );
        assert_eq!(
            e.msg().english(),
            "Managed configuration not applied: /etc/rccontrol is not owned by an administrator (owner uid 1001)"
        );
    }

    #[test]
    fn group_other_and_sticky_world_write_are_refused() {
        for mode in [0o40775, 0o40757, 0o41777, 0o100664, 0o100646, 0o40777] {
            let e = judge(path(), 0, mode).unwrap_err();
            assert_eq!(
                e,
                Untrusted::GroupOrOthers {
                    path: path().to_owned()
                },
                "{mode:o}"
            );
        }
        assert_eq!(
            judge(path(), 0, 0o40775).unwrap_err().msg().english(),
            "Managed configuration not applied: /etc/rccontrol is writable by group or others"
        );
    }

    #[test]
    fn the_owner_is_said_before_the_mode() {
        assert!(matches!(
            judge(path(), 65534, 0o40777),
            Err(Untrusted::Owner { .. })
        ));
    }
}
