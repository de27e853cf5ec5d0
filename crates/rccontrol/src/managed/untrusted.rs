//! Why a managed file is not trusted: someone other than an administrator
//! owns it, or could change it, or one of the folders above it.

use crate::texts::Msg;
use std::path::PathBuf;

/// A managed file (or a folder above it) that an administrator alone does not
/// control, so the policy in it is not applied. `Display` says it in English,
/// [`Untrusted::msg`] in any language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Untrusted {
    /// Owned by someone other than root (Unix) or Administrators, SYSTEM or
    /// TrustedInstaller (Windows).
    #[error("{} is not owned by an administrator (owner {owner})", path.display())]
    Owner {
        /// The file or folder.
        path: PathBuf,
        /// `uid 1001` on Unix, a SID on Windows.
        owner: String,
    },
    /// Unix: the group or others may write it.
    #[error("{} is writable by group or others", path.display())]
    GroupOrOthers {
        /// The file or folder.
        path: PathBuf,
    },
    /// Windows: an entry of its access-control list lets someone other than
    /// the administrators change it.
    #[error("{} can be changed by {who}, not only by administrators", path.display())]
    ChangedBy {
        /// The file or folder.
        path: PathBuf,
        /// The SID the entry grants the right to.
        who: String,
    },
    /// A link or a special file where a regular file is expected.
    #[error("{} is not a regular file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// Its owner or permissions could not be read.
    #[error("{} cannot be checked ({detail})", path.display())]
    Unreadable {
        /// The file or folder.
        path: PathBuf,
        /// The system's reason.
        detail: String,
    },
}

impl Untrusted {
    /// "Managed configuration not applied: …", to be said in the agent's language.
    pub fn msg(&self) -> Msg {
        let shown = |p: &PathBuf| p.display().to_string();
        match self {
            Self::Owner { path, owner } => {
                crate::msg!("managed-untrusted-owner", path = shown(path), owner = owner)
            }
            Self::GroupOrOthers { path } => {
                crate::msg!("managed-untrusted-group-or-others", path = shown(path))
            }
            Self::ChangedBy { path, who } => {
                crate::msg!(
                    "managed-untrusted-changed-by",
                    path = shown(path),
                    who = who
                )
            }
            Self::NotAFile { path } => {
                crate::msg!("managed-untrusted-not-a-file", path = shown(path))
            }
            Self::Unreadable { path, detail } => crate::msg!(
                "managed-untrusted-unreadable",
                path = shown(path),
                detail = detail
            ),
        }
    }
}
