//! Unix, with real files: the policy applies only when root alone controls
//! the file and every folder above it. These tests create root-owned files
//! and give one to `nobody` (uid 65534), so they need root (CI runs as root);
//! as anyone else they fail saying so.

use super::*;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

const NOBODY: u32 = 65534;
const POLICY: &str = "lock = ['tenant']\ntenant = 'acme01'\n";

/// `top/rccontrol/managed.toml`: root's, file 0644, folders 0755; `top` (a
/// fresh temporary folder, root's, 0700) is where the check stops.
struct Tree {
    top: tempfile::TempDir,
}

impl Tree {
    fn new() -> Self {
        let top = tempfile::tempdir().unwrap();
        let owner = std::fs::metadata(top.path()).unwrap().uid();
        assert_eq!(
            owner, 0,
            "these tests need root (they create root-owned policy files and chown one to nobody); run them as root, as CI does"
        );
        let tree = Self { top };
        std::fs::create_dir(tree.folder()).unwrap();
        chmod(&tree.folder(), 0o755);
        std::fs::write(tree.file(), POLICY).unwrap();
        chmod(&tree.file(), 0o644);
        tree
    }

    fn folder(&self) -> PathBuf {
        self.top.path().join("rccontrol")
    }

    fn file(&self) -> PathBuf {
        self.folder().join("managed.toml")
    }

    fn load(&self) -> Policy {
        Policy::load_below(&self.file(), Some(self.top.path()))
    }

    fn problem(&self) -> String {
        let p = self.load();
        assert!(!p.is_active());
        assert!(p.locked().is_empty());
        p.problem().map(Msg::english).unwrap_or_default()
    }
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn roots_file_in_roots_folders_is_applied() {
    let tree = Tree::new();
    let p = tree.load();
    assert!(p.is_active(), "{:?}", p.problem());
    assert_eq!(p.locked(), ["tenant"]);
    // Read-only for others is fine too, and so is a 0600 file root reads.
    chmod(&tree.file(), 0o600);
    assert!(tree.load().is_active());
}

#[test]
fn a_file_owned_by_another_user_is_not_applied_and_says_whose_it_is() {
    let tree = Tree::new();
    std::os::unix::fs::chown(tree.file(), Some(NOBODY), None).unwrap();
    assert_eq!(
        tree.problem(),
        format!(
            "Managed configuration not applied: {} is not owned by an administrator (owner uid {NOBODY})",
            tree.file().display()
        )
    );
}

#[test]
fn a_folder_owned_by_another_user_is_not_applied() {
    let tree = Tree::new();
    std::os::unix::fs::chown(tree.folder(), Some(NOBODY), None).unwrap();
    assert_eq!(
        tree.problem(),
        format!(
            "Managed configuration not applied: {} is not owned by an administrator (owner uid {NOBODY})",
            tree.folder().display()
        )
    );
}

#[test]
fn group_or_other_write_on_the_file_or_any_folder_is_not_applied() {
    for (which, mode) in [(0, 0o664), (0, 0o646), (1, 0o775), (1, 0o1777), (2, 0o757)] {
        let tree = Tree::new();
        let path = match which {
            0 => tree.file(),
            1 => tree.folder(),
            _ => tree.top.path().to_owned(),
        };
        chmod(&path, mode);
        assert_eq!(
            tree.problem(),
            format!(
                "Managed configuration not applied: {} is writable by group or others",
                path.display()
            ),
            "{mode:o}"
        );
    }
}

#[test]
fn a_link_or_a_fifo_in_place_of_the_file_is_not_applied() {
    let tree = Tree::new();
    let real = tree.folder().join("real.toml");
    std::fs::rename(tree.file(), &real).unwrap();
    std::os::unix::fs::symlink(&real, tree.file()).unwrap();
    let not_a_file = format!(
        "Managed configuration not applied: {} is not a regular file",
        tree.file().display()
    );
    assert_eq!(tree.problem(), not_a_file);
    std::fs::remove_file(tree.file()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(tree.file())
        .status()
        .unwrap();
    assert!(made.success());
    // Opened without blocking, then refused.
    assert_eq!(tree.problem(), not_a_file);
}

#[test]
fn a_linked_folder_is_checked_where_it_leads() {
    let tree = Tree::new();
    let elsewhere = tree.top.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::rename(tree.folder(), elsewhere.join("rccontrol")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("rccontrol"), tree.folder()).unwrap();
    chmod(&elsewhere, 0o755);
    assert!(tree.load().is_active(), "{:?}", tree.load().problem());
    chmod(&elsewhere, 0o777);
    let real = std::fs::canonicalize(&elsewhere).unwrap();
    assert_eq!(
        tree.problem(),
        format!(
            "Managed configuration not applied: {} is writable by group or others",
            real.display()
        )
    );
}

#[test]
fn without_a_folder_to_stop_at_every_folder_up_to_the_root_is_checked() {
    // The temporary folder lies in /tmp (or $TMPDIR), which everyone may write.
    let tree = Tree::new();
    let p = Policy::load_below(&tree.file(), None);
    let problem = p.problem().map(Msg::english).unwrap_or_default();
    let shared = std::fs::canonicalize(std::env::temp_dir()).unwrap();
    if std::fs::metadata(&shared).unwrap().mode() & 0o022 != 0 {
        assert_eq!(
            problem,
            format!(
                "Managed configuration not applied: {} is writable by group or others",
                shared.display()
            )
        );
    }
}

#[test]
fn a_missing_file_is_no_policy_and_no_problem() {
    let tree = Tree::new();
    std::fs::remove_file(tree.file()).unwrap();
    let p = tree.load();
    assert!(!p.is_active());
    assert!(p.problem().is_none());
}

#[test]
fn a_malformed_trusted_file_still_says_what_is_wrong() {
    let tree = Tree::new();
    std::fs::write(tree.file(), "mystery = 1\n").unwrap();
    let problem = tree.problem();
    assert!(
        problem.contains("unknown field `mystery`") && problem.contains("nothing of it is applied"),
        "{problem}"
    );
}
