//! The folders above the managed file whose owners decide whether it can be
//! trusted: every folder of its path as written and as resolved (links
//! followed), up to the filesystem root or the folder the check stops at.

use super::untrusted::Untrusted;
use std::path::{Path, PathBuf};

/// The folders above `file`, nearest first: those of its path as written and
/// those of its real path, each once. The walk stops after `top` (the folder
/// where the check stops, also checked) when `file` is below it, else at the
/// root.
pub(super) fn above(file: &Path, top: Option<&Path>) -> Result<Vec<PathBuf>, Untrusted> {
    let unreadable = |path: &Path, e: std::io::Error| Untrusted::Unreadable {
        path: path.to_owned(),
        detail: e.to_string(),
    };
    let file = std::path::absolute(file).map_err(|e| unreadable(file, e))?;
    let Some(parent) = file.parent() else {
        return Ok(Vec::new());
    };
    let real = std::fs::canonicalize(parent).map_err(|e| unreadable(parent, e))?;
    let tops: Vec<PathBuf> = top
        .into_iter()
        .flat_map(|t| [Some(t.to_owned()), std::fs::canonicalize(t).ok()])
        .flatten()
        .map(|t| plain(&t))
        .collect();
    let mut out: Vec<PathBuf> = Vec::new();
    for chain in [parent, real.as_path()] {
        for dir in chain.ancestors().map(plain) {
            let stop = tops.contains(&dir);
            if !out.contains(&dir) {
                out.push(dir);
            }
            if stop {
                break;
            }
        }
    }
    Ok(out)
}

/// `path` without Windows' verbatim prefix (`\\?\C:\…` → `C:\…`), as people
/// write it and as the other chain has it.
pub(super) fn plain(path: &Path) -> PathBuf {
    #[cfg(windows)]
    if let Some(rest) = path.to_str().and_then(|s| s.strip_prefix(r"\\?\")) {
        if rest.as_bytes().get(1) == Some(&b':') {
            return PathBuf::from(rest);
        }
    }
    path.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_chains_up_to_the_root_or_the_top() {
        let dir = tempfile::tempdir().unwrap();
        let real = plain(&std::fs::canonicalize(dir.path()).unwrap());
        std::fs::create_dir_all(real.join("a/b")).unwrap();
        let file = real.join("a/b/managed.toml");
        let all = above(&file, None).unwrap();
        assert_eq!(all[0], real.join("a/b"));
        assert_eq!(all[1], real.join("a"));
        assert!(all.iter().any(|p| p.parent().is_none()), "{all:?}");
        let below = above(&file, Some(&real)).unwrap();
        assert_eq!(below, vec![real.join("a/b"), real.join("a"), real.clone()]);
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_folder_adds_its_real_chain() {
        let dir = tempfile::tempdir().unwrap();
        let real = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(real.join("elsewhere/deep")).unwrap();
        std::os::unix::fs::symlink(real.join("elsewhere/deep"), real.join("link")).unwrap();
        let got = above(&real.join("link/managed.toml"), Some(&real)).unwrap();
        assert_eq!(
            got,
            vec![
                real.join("link"),
                real.clone(),
                real.join("elsewhere/deep"),
                real.join("elsewhere"),
            ]
        );
    }
}
