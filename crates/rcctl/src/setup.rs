//! `rcctl setup`: validate everything first, then keychain, then settings file.

use crate::cli::SetupArgs;
use crate::error::CliError;
use rccontrol::secret::keychain_service_name;
use rccontrol::{Paths, Secret, Settings, SettingsError, TokenStore, validate};
use std::io::{IsTerminal, Read};

/// Runs setup. Invalid input writes nothing.
pub fn run(paths: &Paths, args: SetupArgs) -> Result<u8, CliError> {
    let wanted = Settings {
        cluster: Some(args.cluster),
        tenant: Some(args.tenant),
        email: args.email,
        agent_id: args.agent_id,
        ca_file: args.ca_file.map(|p| std::path::absolute(&p).unwrap_or(p)),
        proxy: args.proxy,
        allow_custom_host: args.allow_custom_host,
    };
    let (settings, config) = wanted.validate()?;
    let file = paths.settings_file();
    let previous = match Settings::load(&file) {
        Ok(p) => Some(p),
        Err(SettingsError::Corrupt { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let store = TokenStore::keychain();
    let account = config.keychain_account();
    if !args.no_keychain {
        let token = Secret::new(validate::token(&read_token()?)?);
        store.store(&account, &token)?;
    }
    if previous.is_none() && file.exists() {
        let bad = file.with_extension("toml.bad");
        std::fs::rename(&file, &bad)
            .map_err(CliError::io(format!("moving aside {}", file.display())))?;
        eprintln!(
            "rcctl: the previous settings file did not parse; kept it as {}",
            bad.display()
        );
    }
    if let Err(e) = settings.save(&file) {
        if !args.no_keychain {
            let _ = store.forget(&account);
        }
        return Err(e.into());
    }
    // A token stored for another tenant or host is no longer used: remove it.
    if let Some(old) = previous
        .and_then(|p| p.validate().ok())
        .map(|(_, c)| c.keychain_account())
    {
        if old != account {
            let _ = store.forget(&old);
        }
    }
    println!("Settings saved to {}", file.display());
    if args.no_keychain {
        println!("No token stored: provide it in RCCTL_TOKEN.");
    } else {
        println!(
            "Token stored in the OS keychain: {}, service \"{}\", account \"{account}\".",
            keychain_service_name(),
            rccontrol::secret::KEYCHAIN_SERVICE
        );
    }
    println!("Check it while NOT on a call: `rcctl resume` should answer \"No active call\".");
    Ok(0)
}

/// Reads the token from stdin when piped, otherwise prompts without echo.
fn read_token() -> Result<String, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        rpassword::prompt_password("Action token (input hidden): ")
            .map_err(CliError::io("reading the token from the terminal"))
    } else {
        let mut token = String::new();
        stdin
            .lock()
            .take(64 * 1024)
            .read_to_string(&mut token)
            .map_err(CliError::io("reading the token from standard input"))?;
        Ok(token)
    }
}
