//! `rcctl setup`: validate everything first, then keychain, then settings file.

use crate::cli::SetupArgs;
use crate::error::CliError;
use rccontrol::configure::{ApplyError, apply};
use rccontrol::secret::{KEYCHAIN_SERVICE, keychain_service_name};
use rccontrol::{Paths, Settings, TokenStore};
use std::io::{IsTerminal, Read};

/// Runs setup. Invalid input writes nothing.
pub fn run(paths: &Paths, args: SetupArgs) -> Result<u8, CliError> {
    // Setup is about the connection: keep the hotkeys chosen in the app.
    let hotkeys = Settings::load(&paths.settings_file())
        .map(|p| p.hotkeys)
        .unwrap_or_default();
    let wanted = Settings {
        cluster: Some(args.cluster),
        tenant: Some(args.tenant),
        email: args.email,
        agent_id: args.agent_id,
        ca_file: args.ca_file.map(|p| std::path::absolute(&p).unwrap_or(p)),
        proxy: args.proxy,
        allow_custom_host: args.allow_custom_host,
        hotkeys,
    };
    // Validate the settings before asking for the token.
    wanted.validate()?;
    let token = if args.no_keychain {
        None
    } else {
        Some(read_token()?)
    };
    let applied =
        apply(paths, &TokenStore::keychain(), &wanted, token.as_deref()).map_err(|e| match e {
            ApplyError::Settings(s) => CliError::Settings(s),
            ApplyError::Field(f) => CliError::Field(f),
            ApplyError::Token(t) => CliError::Token(t),
            other => CliError::Other(other.to_string()),
        })?;
    if let Some(bad) = &applied.kept_corrupt {
        eprintln!(
            "rcctl: the previous settings file did not parse; kept it as {}",
            bad.display()
        );
    }
    println!("Settings saved to {}", paths.settings_file().display());
    if args.no_keychain {
        println!("No token stored: provide it in RCCTL_TOKEN.");
    } else {
        println!(
            "Token stored in the OS keychain: {}, service \"{KEYCHAIN_SERVICE}\", account \"{}\".",
            keychain_service_name(),
            applied.config.keychain_account()
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
