use super::*;

const FULL: u32 = 0x001F_01FF; // FILE_ALL_ACCESS
const READ_EXECUTE: u32 = 0x0012_00A9;
const MODIFY: u32 = 0x0013_01BF;
const FILE_WRITE_EA: u32 = 0x0010;
const FILE_WRITE_ATTRIBUTES: u32 = 0x0100;
const A_USER: &str = "S-1-5-21-1004336348-1177238915-682003330-1001";
const EVERYONE: &str = "S-1-1-0";

fn p() -> &'static Path {
    Path::new(r"C:\ProgramData\rccontrol\managed.toml")
}

fn inherit_only(sid: &str, mask: u32) -> Ace {
    Ace {
        inherit_only: true,
        ..Ace::allow(sid, mask)
    }
}

/// A file an elevated administrator created in an admin-only folder.
fn admin_file() -> Vec<Ace> {
    vec![
        Ace::allow(SYSTEM, FULL),
        Ace::allow(ADMINISTRATORS, FULL),
        Ace::allow(USERS, READ_EXECUTE),
    ]
}

/// `icacls C:\ProgramData` on a default install: Users may add files
/// (WD) and folders (AD) and write attributes (WEA, WA), CREATOR OWNER's
/// full control is inherit-only.
fn program_data() -> Vec<Ace> {
    vec![
        Ace::allow(SYSTEM, FULL),
        Ace::allow(ADMINISTRATORS, FULL),
        inherit_only(CREATOR_OWNER, FULL),
        Ace::allow(USERS, READ_EXECUTE),
        Ace::allow(
            USERS,
            FILE_WRITE_DATA
                | FILE_APPEND_DATA
                | FILE_WRITE_EA
                | FILE_WRITE_ATTRIBUTES
                | 0x0010_0000,
        ),
    ]
}

/// `icacls C:\` on a default install: Authenticated Users may add folders,
/// and their Modify is inherit-only.
fn drive_root() -> Vec<Ace> {
    vec![
        Ace::allow(ADMINISTRATORS, FULL),
        Ace::allow(SYSTEM, FULL),
        Ace::allow(USERS, READ_EXECUTE),
        inherit_only(AUTHENTICATED_USERS, MODIFY),
        Ace::allow(AUTHENTICATED_USERS, FILE_APPEND_DATA | 0x0010_0000),
    ]
}

#[test]
fn an_administrators_file_and_folders_are_trusted() {
    for owner in [ADMINISTRATORS, SYSTEM, TRUSTED_INSTALLER] {
        assert_eq!(
            judge(p(), owner, Some(&admin_file()), Level::Policy),
            Ok(())
        );
    }
    // An empty DACL: no one but the owner (through its implicit rights).
    assert_eq!(judge(p(), ADMINISTRATORS, Some(&[]), Level::Policy), Ok(()));
}

#[test]
fn a_users_file_is_refused_with_its_owner_named() {
    let e = judge(p(), A_USER, Some(&admin_file()), Level::Policy).unwrap_err();
    assert_eq!(
        e,
        Untrusted::Owner {
            path: p().to_owned(),
            owner: A_USER.into()
        }
    );
    assert_eq!(
        e.msg().english(),
        format!(
            "Managed configuration not applied: {} is not owned by an administrator (owner {A_USER})",
            p().display()
        )
    );
    // Even at the base level, and whatever the DACL.
    assert!(judge(p(), USERS, Some(&[]), Level::Base).is_err());
    assert!(judge(p(), CREATOR_OWNER, Some(&[]), Level::Base).is_err());
}

#[test]
fn every_changing_right_for_someone_else_is_refused() {
    for right in [
        FILE_WRITE_DATA,
        FILE_APPEND_DATA,
        FILE_DELETE_CHILD,
        DELETE,
        WRITE_DAC,
        WRITE_OWNER,
        GENERIC_ALL,
        GENERIC_WRITE,
        MODIFY,
        FULL,
    ] {
        for sid in [USERS, EVERYONE, A_USER, AUTHENTICATED_USERS] {
            let mut dacl = admin_file();
            dacl.push(Ace::allow(sid, right));
            let e = judge(p(), ADMINISTRATORS, Some(&dacl), Level::Policy).unwrap_err();
            assert_eq!(
                e,
                Untrusted::ChangedBy {
                    path: p().to_owned(),
                    who: sid.into()
                },
                "{right:#x} for {sid}"
            );
        }
    }
    let mut dacl = admin_file();
    dacl.push(Ace::allow(USERS, FILE_WRITE_DATA));
    assert_eq!(
        judge(p(), SYSTEM, Some(&dacl), Level::Policy)
            .unwrap_err()
            .msg()
            .english(),
        format!(
            "Managed configuration not applied: {} can be changed by S-1-5-32-545, not only by administrators",
            p().display()
        )
    );
}

#[test]
fn reading_and_attribute_rights_are_not_changing_it() {
    let mut dacl = admin_file();
    dacl.push(Ace::allow(
        EVERYONE,
        READ_EXECUTE | FILE_WRITE_EA | FILE_WRITE_ATTRIBUTES,
    ));
    assert_eq!(
        judge(p(), ADMINISTRATORS, Some(&dacl), Level::Policy),
        Ok(())
    );
}

#[test]
fn inherit_only_and_deny_entries_do_not_grant_anything_here() {
    let mut dacl = admin_file();
    dacl.push(inherit_only(USERS, FULL));
    dacl.push(Ace {
        allow: false,
        ..Ace::allow(EVERYONE, FULL)
    });
    assert_eq!(
        judge(p(), ADMINISTRATORS, Some(&dacl), Level::Policy),
        Ok(())
    );
}

#[test]
fn the_owners_stand_ins_and_trusted_accounts_may_have_everything() {
    let dacl = [
        Ace::allow(CREATOR_OWNER, FULL),
        Ace::allow(OWNER_RIGHTS, FULL),
        Ace::allow(TRUSTED_INSTALLER, FULL),
        Ace::allow(SYSTEM, GENERIC_ALL),
        Ace::allow(ADMINISTRATORS, GENERIC_ALL),
    ];
    assert_eq!(
        judge(p(), ADMINISTRATORS, Some(&dacl), Level::Policy),
        Ok(())
    );
}

#[test]
fn no_dacl_means_everyone_may_change_it() {
    let e = judge(p(), ADMINISTRATORS, None, Level::Base).unwrap_err();
    assert!(
        matches!(&e, Untrusted::ChangedBy { who, .. } if who.starts_with("everyone")),
        "{e}"
    );
}

#[test]
fn an_entry_of_another_kind_counts_as_someone_else() {
    let unknown = |mask| Ace {
        sid: None,
        ..Ace::allow(EVERYONE, mask)
    };
    let mut dacl = admin_file();
    dacl.push(unknown(READ_EXECUTE));
    assert_eq!(
        judge(p(), ADMINISTRATORS, Some(&dacl), Level::Policy),
        Ok(())
    );
    dacl.push(unknown(FILE_APPEND_DATA));
    assert!(judge(p(), ADMINISTRATORS, Some(&dacl), Level::Policy).is_err());
    assert!(judge(p(), ADMINISTRATORS, Some(&dacl), Level::Base).is_err());
}

#[test]
fn program_data_and_the_drive_root_keep_their_default_acl() {
    let program_data_dir = Path::new(r"C:\ProgramData");
    assert_eq!(
        judge(program_data_dir, SYSTEM, Some(&program_data()), Level::Base),
        Ok(())
    );
    assert_eq!(
        judge(
            Path::new(r"C:\"),
            TRUSTED_INSTALLER,
            Some(&drive_root()),
            Level::Base
        ),
        Ok(())
    );
    // The rccontrol folder an administrator created there inherits Users'
    // "add" rights: refused until inheritance is removed from it.
    let folder = Path::new(r"C:\ProgramData\rccontrol");
    let e = judge(folder, ADMINISTRATORS, Some(&program_data()), Level::Policy).unwrap_err();
    assert_eq!(
        e,
        Untrusted::ChangedBy {
            path: folder.to_owned(),
            who: USERS.into()
        }
    );
    // The same folder created by a user: owned by them.
    assert!(matches!(
        judge(folder, A_USER, Some(&program_data()), Level::Policy),
        Err(Untrusted::Owner { .. })
    ));
}

#[test]
fn the_base_allowance_is_adding_entries_for_users_only() {
    let base = Path::new(r"C:\ProgramData");
    for right in [
        DELETE,
        FILE_DELETE_CHILD,
        WRITE_DAC,
        WRITE_OWNER,
        GENERIC_WRITE,
        GENERIC_ALL,
    ] {
        let mut dacl = program_data();
        dacl.push(Ace::allow(USERS, right));
        assert!(
            judge(base, SYSTEM, Some(&dacl), Level::Base).is_err(),
            "{right:#x}"
        );
    }
    // Adding entries, for anyone but Users and Authenticated Users: refused.
    for sid in [EVERYONE, A_USER] {
        let mut dacl = program_data();
        dacl.push(Ace::allow(sid, FILE_WRITE_DATA));
        assert!(
            judge(base, SYSTEM, Some(&dacl), Level::Base).is_err(),
            "{sid}"
        );
    }
    // Authenticated Users' Modify applying to C:\ itself: refused.
    let mut dacl = drive_root();
    dacl.push(Ace::allow(AUTHENTICATED_USERS, MODIFY));
    assert!(judge(Path::new(r"C:\"), SYSTEM, Some(&dacl), Level::Base).is_err());
}
