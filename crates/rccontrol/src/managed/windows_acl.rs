//! Windows: who may own and who may change the managed file and the folders
//! above it, decided from the owner's SID and the entries of the DACL as
//! [`super::windows_security`] reads them. Pure, so every case is tested on
//! every platform.
//!
//! - Owner: Administrators, SYSTEM or TrustedInstaller (the servicing
//!   account that owns `C:\` and system folders; no user can become it).
//! - An allow entry that applies to the object itself (not inherit-only) may
//!   grant a right that changes it (write or append data, add a file or a
//!   folder, delete, delete a child, change the permissions or the owner, or
//!   the generic write/all rights) only to Administrators, SYSTEM,
//!   TrustedInstaller, CREATOR OWNER or OWNER RIGHTS (the latter two stand for
//!   the owner, already checked). Deny entries only take rights away: ignored.
//!   No DACL at all means everyone has every right: refused.
//! - The base folders (`ProgramData` and the drive root above it) keep their
//!   default ACL: there Users (`ProgramData`) and Authenticated Users (`C:\`)
//!   may add files and folders. That is accepted, and nothing more: adding an
//!   entry cannot remove, rename or replace an existing one (that needs DELETE
//!   on it or FILE_DELETE_CHILD on the folder, which they lack), and what a
//!   user adds is theirs, so a `rccontrol` folder or `managed.toml` a user
//!   created first is refused by the owner rule. The `rccontrol` folder and
//!   the file get no such allowance: the folder inherits Users' "add" rights
//!   from ProgramData unless the administrator removes inheritance from it
//!   (docs/deploying.md shows the `icacls` line), and until then it is refused.

use super::untrusted::Untrusted;
use std::path::Path;

/// BUILTIN\Administrators.
pub const ADMINISTRATORS: &str = "S-1-5-32-544";
/// NT AUTHORITY\SYSTEM.
pub const SYSTEM: &str = "S-1-5-18";
/// NT SERVICE\TrustedInstaller.
pub const TRUSTED_INSTALLER: &str =
    "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";
/// CREATOR OWNER (stands for the object's owner).
pub const CREATOR_OWNER: &str = "S-1-3-0";
/// OWNER RIGHTS (stands for the object's owner).
pub const OWNER_RIGHTS: &str = "S-1-3-4";
/// BUILTIN\Users.
pub const USERS: &str = "S-1-5-32-545";
/// NT AUTHORITY\Authenticated Users.
pub const AUTHENTICATED_USERS: &str = "S-1-5-11";

/// FILE_WRITE_DATA (a file) / FILE_ADD_FILE (a folder).
pub const FILE_WRITE_DATA: u32 = 0x0002;
/// FILE_APPEND_DATA (a file) / FILE_ADD_SUBDIRECTORY (a folder).
pub const FILE_APPEND_DATA: u32 = 0x0004;
/// FILE_DELETE_CHILD (a folder: delete what is in it).
pub const FILE_DELETE_CHILD: u32 = 0x0040;
/// DELETE.
pub const DELETE: u32 = 0x0001_0000;
/// WRITE_DAC.
pub const WRITE_DAC: u32 = 0x0004_0000;
/// WRITE_OWNER.
pub const WRITE_OWNER: u32 = 0x0008_0000;
/// GENERIC_ALL.
pub const GENERIC_ALL: u32 = 0x1000_0000;
/// GENERIC_WRITE.
pub const GENERIC_WRITE: u32 = 0x4000_0000;

/// The rights that change an object or what is in it. Writing extended
/// attributes or basic attributes (read-only, hidden, times) is not among
/// them: it cannot change what the file says.
const CHANGE: u32 = FILE_WRITE_DATA
    | FILE_APPEND_DATA
    | FILE_DELETE_CHILD
    | DELETE
    | WRITE_DAC
    | WRITE_OWNER
    | GENERIC_ALL
    | GENERIC_WRITE;

/// What Users / Authenticated Users may keep on a base folder: add a file,
/// add a folder.
const ADD_ENTRY: u32 = FILE_WRITE_DATA | FILE_APPEND_DATA;

/// One entry of a DACL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ace {
    /// The SID it is for (`S-1-5-32-544`); `None` for an allow entry of a kind
    /// whose SID is not read (object and callback entries), which then counts
    /// as someone else.
    pub sid: Option<String>,
    /// An allow entry (else a deny entry).
    pub allow: bool,
    /// The access mask.
    pub mask: u32,
    /// Inherit-only: it applies to what is created inside, not to this object.
    pub inherit_only: bool,
}

impl Ace {
    /// An allow entry that applies to the object itself.
    pub fn allow(sid: &str, mask: u32) -> Self {
        Self {
            sid: Some(sid.to_owned()),
            allow: true,
            mask,
            inherit_only: false,
        }
    }
}

/// Whether a folder is a base folder (`ProgramData` or the drive root above
/// it, whose default ACL lets users add entries) or the file / a folder of
/// the policy's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// `ProgramData` or a folder above it.
    Base,
    /// The file, or a folder below `ProgramData`.
    Policy,
}

/// Decides whether `path`, owned by `owner` with `dacl` (`None`: no DACL),
/// is controlled by administrators alone.
pub fn judge(
    path: &Path,
    owner: &str,
    dacl: Option<&[Ace]>,
    level: Level,
) -> Result<(), Untrusted> {
    if ![ADMINISTRATORS, SYSTEM, TRUSTED_INSTALLER].contains(&owner) {
        return Err(Untrusted::Owner {
            path: path.to_owned(),
            owner: owner.to_owned(),
        });
    }
    let changed_by = |who: &str| Untrusted::ChangedBy {
        path: path.to_owned(),
        who: who.to_owned(),
    };
    let Some(dacl) = dacl else {
        return Err(changed_by("everyone (no access-control list)"));
    };
    for ace in dacl.iter().filter(|a| a.allow && !a.inherit_only) {
        let sid = ace.sid.as_deref();
        let trusted = [
            ADMINISTRATORS,
            SYSTEM,
            TRUSTED_INSTALLER,
            CREATOR_OWNER,
            OWNER_RIGHTS,
        ];
        if sid.is_some_and(|s| trusted.contains(&s)) {
            continue;
        }
        let mut rights = ace.mask & CHANGE;
        if level == Level::Base && matches!(sid, Some(USERS | AUTHENTICATED_USERS)) {
            rights &= !ADD_ENTRY;
        }
        if rights != 0 {
            return Err(changed_by(
                sid.unwrap_or("an access-control entry of another kind"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
