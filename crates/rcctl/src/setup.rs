//! `rcctl setup`: validate everything first, then keychain, then settings file.

use crate::cli::SetupArgs;
use crate::error::CliError;
use crate::error::apply_error;
use crate::live;
use crate::relay;
use crate::secret_input::{SecretKind, read_secret};
use rccontrol::configure::apply;
use rccontrol::secret::{KEYCHAIN_SERVICE, keychain_service_name};
use rccontrol::{Localizer, Paths, Policy, Secret, Settings, TokenStore, tr};

/// Runs setup: the given fields over the current settings (and the admin
/// policy). Invalid input, or a change to a locked field, writes nothing.
pub fn run(paths: &Paths, args: SetupArgs, l: &Localizer) -> Result<u8, CliError> {
    let policy = Policy::load_system();
    if let Some(problem) = policy.problem() {
        eprintln!("{}", tr!(l, "rcctl-warning", message = problem.render(l)));
    }
    // Setup is about the connection: keep what else the app stored (hotkeys, safety nets).
    let mut wanted = Settings::load_effective(&paths.settings_file(), &policy).unwrap_or_default();
    if let Some(cluster) = args.cluster.clone() {
        wanted.cluster = Some(cluster);
    }
    if let Some(tenant) = args.tenant.clone() {
        wanted.tenant = Some(tenant);
    }
    if args.email.is_some() || args.agent_id.is_some() {
        wanted.email = args.email.clone();
        wanted.agent_id = args.agent_id.clone();
    }
    if let Some(ca) = args.ca_file.clone() {
        wanted.ca_file = Some(std::path::absolute(&ca).unwrap_or(ca));
    }
    if let Some(proxy) = args.proxy.clone() {
        wanted.proxy = Some(proxy);
    }
    wanted.allow_custom_host |= args.allow_custom_host;
    live::apply_args(&mut wanted, &args);
    if args.enroll.is_some() || args.relay.is_some() {
        return relay::enroll(paths, &policy, wanted, &args, l);
    }
    // Locks and validation before asking for a secret.
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
    let (_, config) = wanted.validate()?;
    let store = TokenStore::keychain();
    if wanted.is_relay() {
        return relay::update(paths, &store, &policy, &wanted, &args, l);
    }
    if args.stream_credential {
        return live::credential_step(paths, &store, &policy, &wanted, &config, &args, l);
    }
    let token = if args.no_keychain {
        None
    } else {
        Some(read_secret(l, SecretKind::Token)?)
    };
    let applied = apply(
        paths,
        &store,
        &policy,
        &wanted,
        token.as_ref().map(Secret::expose),
    )
    .map_err(apply_error)?;
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
    live::after_save(&applied, l);
    println!("{}", tr!(l, "rcctl-setup-check"));
    Ok(0)
}
