//! `rcctl setup`: validate everything first, then keychain, then settings file.

use crate::cli::SetupArgs;
use crate::error::CliError;
use rccontrol::configure::{ApplyError, apply};
use rccontrol::secret::{KEYCHAIN_SERVICE, keychain_service_name};
use rccontrol::{Paths, Policy, Settings, TokenStore};
use std::io::{IsTerminal, Read};

/// Runs setup: the given fields over the current settings (and the admin
/// policy). Invalid input, or a change to a locked field, writes nothing.
pub fn run(paths: &Paths, args: SetupArgs) -> Result<u8, CliError> {
    let policy = Policy::load_system();
    if let Some(problem) = policy.problem() {
        eprintln!("rcctl: warning: {problem}");
    }
    // Setup is about the connection: keep what else the app stored (hotkeys, safety nets).
    let mut wanted = Settings::load_effective(&paths.settings_file(), &policy).unwrap_or_default();
    if let Some(cluster) = args.cluster {
        wanted.cluster = Some(cluster);
    }
    if let Some(tenant) = args.tenant {
        wanted.tenant = Some(tenant);
    }
    if args.email.is_some() || args.agent_id.is_some() {
        wanted.email = args.email;
        wanted.agent_id = args.agent_id;
    }
    if let Some(ca) = args.ca_file {
        wanted.ca_file = Some(std::path::absolute(&ca).unwrap_or(ca));
    }
    if let Some(proxy) = args.proxy {
        wanted.proxy = Some(proxy);
    }
    wanted.allow_custom_host |= args.allow_custom_host;
    // Locks and validation before asking for the token.
    let refused = policy.refused(&wanted);
    if !refused.is_empty() {
        return Err(CliError::Other(
            refused
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    if let Err(rccontrol::SettingsError::NotConfigured { missing }) = wanted.validate() {
        let flags: Vec<_> = missing
            .iter()
            .map(|m| match *m {
                "email or agent ID" => "--email or --agent-id",
                "cluster" => "--cluster",
                _ => "--tenant",
            })
            .collect();
        return Err(CliError::Other(format!(
            "setup needs {} (not set before, nor by a managed configuration)",
            flags.join(", ")
        )));
    }
    wanted.validate()?;
    let token = if args.no_keychain {
        None
    } else {
        Some(read_token()?)
    };
    let applied = apply(
        paths,
        &TokenStore::keychain(),
        &policy,
        &wanted,
        token.as_deref(),
    )
    .map_err(|e| match e {
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
