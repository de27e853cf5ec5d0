//! `rcctl forget`: remove the token from the keychain, then the settings.

use crate::error::CliError;
use rccontrol::{Paths, Policy, Settings, TokenStore};

/// Removes the keychain entry and the settings and state files. If the keychain
/// cannot be reached, nothing is removed (so the command can be retried).
pub fn run(paths: &Paths) -> Result<u8, CliError> {
    let file = paths.settings_file();
    let settings = Settings::load_effective(&file, &Policy::load_system()).ok();
    let account = settings
        .and_then(|s| s.validate().ok())
        .map(|(_, c)| c.keychain_account());
    if let Some(account) = &account {
        let removed = TokenStore::keychain().forget(account)?;
        println!(
            "Token for {account}: {}",
            if removed {
                "removed from the OS keychain"
            } else {
                "none was stored"
            }
        );
    }
    for path in [file, paths.state_file()] {
        match std::fs::remove_file(&path) {
            Ok(()) => println!("Removed {}", path.display()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(CliError::io(format!("removing {}", path.display()))(e)),
        }
    }
    println!("The audit log is kept: {}", paths.audit_log().display());
    Ok(0)
}
