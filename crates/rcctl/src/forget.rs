//! `rcctl forget`: remove the token from the keychain, then the settings.

use crate::error::CliError;
use rccontrol::{Localizer, Paths, Policy, Settings, TokenStore, tr};

/// Removes the keychain entry and the settings and state files. If the keychain
/// cannot be reached, nothing is removed (so the command can be retried).
pub fn run(paths: &Paths, l: &Localizer) -> Result<u8, CliError> {
    let file = paths.settings_file();
    let settings = Settings::load_effective(&file, &Policy::load_system()).ok();
    let account = settings
        .and_then(|s| s.validate().ok())
        .map(|(_, c)| c.keychain_account());
    if let Some(account) = &account {
        let removed = TokenStore::keychain().forget(account)?;
        if removed {
            println!(
                "{}",
                tr!(l, "rcctl-forget-token-removed", account = account)
            );
        } else {
            println!("{}", tr!(l, "rcctl-forget-token-none", account = account));
        }
    }
    for path in [file, paths.state_file()] {
        let shown = path.display().to_string();
        match std::fs::remove_file(&path) {
            Ok(()) => println!("{}", tr!(l, "rcctl-forget-removed", path = shown)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(CliError::io(tr!(l, "rcctl-doing-remove", path = shown))(e)),
        }
    }
    println!(
        "{}",
        tr!(
            l,
            "rcctl-forget-log-kept",
            path = paths.audit_log().display().to_string()
        )
    );
    Ok(0)
}
