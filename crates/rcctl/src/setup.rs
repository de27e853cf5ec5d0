//! `rcctl setup`: validate everything first, then keychain, then settings file.

use crate::cli::SetupArgs;
use crate::error::CliError;
use rccontrol::configure::{ApplyError, apply};
use rccontrol::secret::{KEYCHAIN_SERVICE, keychain_service_name};
use rccontrol::{Localizer, Paths, Policy, Settings, TokenStore, tr};
use std::io::{IsTerminal, Read};

/// Runs setup: the given fields over the current settings (and the admin
/// policy). Invalid input, or a change to a locked field, writes nothing.
pub fn run(paths: &Paths, args: SetupArgs, l: &Localizer) -> Result<u8, CliError> {
    let policy = Policy::load_system();
    if let Some(problem) = policy.problem() {
        eprintln!("{}", tr!(l, "rcctl-warning", message = problem.render(l)));
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
        return Err(CliError::Fields(refused));
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
        return Err(CliError::Other(tr!(
            l,
            "rcctl-setup-needs",
            flags = flags.join(", ")
        )));
    }
    wanted.validate()?;
    let token = if args.no_keychain {
        None
    } else {
        Some(read_token(l)?)
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
        ApplyError::Locked(fields) => CliError::Fields(fields),
        other => CliError::Other(other.to_string()),
    })?;
    if let Some(bad) = &applied.kept_corrupt {
        let message = tr!(
            l,
            "rcctl-setup-kept-corrupt",
            path = bad.display().to_string()
        );
        eprintln!("{}", tr!(l, "rcctl-error", message = message));
    }
    println!(
        "{}",
        tr!(
            l,
            "rcctl-setup-saved",
            path = paths.settings_file().display().to_string()
        )
    );
    if args.no_keychain {
        println!("{}", tr!(l, "rcctl-setup-no-token"));
    } else {
        println!(
            "{}",
            tr!(
                l,
                "rcctl-setup-token-stored",
                keychain = keychain_service_name(),
                service = KEYCHAIN_SERVICE,
                account = applied.config.keychain_account()
            )
        );
    }
    println!("{}", tr!(l, "rcctl-setup-check"));
    Ok(0)
}

/// Reads the token from stdin when piped, otherwise prompts without echo.
fn read_token(l: &Localizer) -> Result<String, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        // Fluent trims the message; the typing starts after a space.
        let prompt = format!("{} ", tr!(l, "rcctl-setup-token-prompt"));
        rpassword::prompt_password(prompt)
            .map_err(CliError::io(tr!(l, "rcctl-doing-token-terminal")))
    } else {
        let mut token = String::new();
        stdin
            .lock()
            .take(64 * 1024)
            .read_to_string(&mut token)
            .map_err(CliError::io(tr!(l, "rcctl-doing-token-stdin")))?;
        Ok(token)
    }
}
