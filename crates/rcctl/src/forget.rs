//! `rcctl forget`: remove both secrets from the keychain, then the settings.

use crate::error::CliError;
use rccontrol::configure::{accounts, forget_secrets};
use rccontrol::{Localizer, Paths, Policy, Settings, TokenStore, tr};

/// Removes the keychain entries (the action token and the Event Streaming
/// credential) and the settings and state files. If the keychain cannot be
/// reached, nothing is removed (so the command can be retried).
pub fn run(paths: &Paths, l: &Localizer) -> Result<u8, CliError> {
    let file = paths.settings_file();
    let settings = Settings::load_effective(&file, &Policy::load_system()).ok();
    if let Some(accounts) = settings.as_ref().and_then(accounts) {
        let forgotten = forget_secrets(&TokenStore::keychain(), &accounts)?;
        let (token, stream) = (accounts.token.as_str(), accounts.stream.as_str());
        println!(
            "{}",
            if forgotten.token {
                tr!(l, "rcctl-forget-token-removed", account = token)
            } else {
                tr!(l, "rcctl-forget-token-none", account = token)
            }
        );
        println!(
            "{}",
            if forgotten.stream {
                tr!(l, "rcctl-forget-credential-removed", account = stream)
            } else {
                tr!(l, "rcctl-forget-credential-none", account = stream)
            }
        );
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
