//! `rcctl setup --relay URL --enroll CODE`: relay mode's set-up, and the
//! other settings of a device already in relay mode (no token is asked for).

use crate::cli::SetupArgs;
use crate::error::CliError;
use crate::setup::apply_error;
use rccontrol::configure::{self, EnrollError, NewToken};
use rccontrol::secret::{KEYCHAIN_SERVICE, keychain_service_name};
use rccontrol::{Localizer, Paths, Policy, Secret, Settings, TokenStore, tr};

/// Exchanges the enrollment code and saves relay mode.
pub fn enroll(
    paths: &Paths,
    policy: &Policy,
    wanted: Settings,
    args: &SetupArgs,
    l: &Localizer,
) -> Result<u8, CliError> {
    let Some(code) = args.enroll.as_deref() else {
        return Err(CliError::Other(tr!(l, "rcctl-relay-needs-code")));
    };
    let Some(url) = args.relay.clone().or_else(|| wanted.relay_url.clone()) else {
        return Err(CliError::Other(tr!(l, "rcctl-relay-needs-url")));
    };
    if args.stream_credential {
        return Err(CliError::Other(tr!(l, "rcctl-relay-no-credential")));
    }
    let (wanted, url) =
        configure::relay_settings(policy, &wanted, &url).map_err(apply_error)?;
    let device_name = args.device_name.clone().unwrap_or_else(host_name);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CliError::io(tr!(l, "rcctl-doing-runtime")))?;
    let store = TokenStore::keychain();
    // `--enroll -`: the code from stdin, out of argv and the shell's history.
    let code = if code == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::Read::take(std::io::stdin(), 1024), &mut text)
            .map_err(CliError::io(tr!(l, "rcctl-doing-token-stdin")))?;
        Secret::new(text.trim().to_owned())
    } else {
        Secret::new(code.to_owned())
    };
    let applied = runtime
        .block_on(configure::enroll_relay(
            paths,
            &store,
            policy,
            wanted,
            &url,
            &code,
            &device_name,
        ))
        .map_err(|e| match e {
            EnrollError::Apply(a) => apply_error(a),
            EnrollError::Relay(r) => CliError::Other(r.to_string()),
        })?;
    let settings = &applied.settings;
    println!(
        "{}",
        tr!(
            l,
            "rcctl-relay-enrolled",
            relay = url.to_string(),
            device = settings.relay_device.clone().unwrap_or_default(),
            email = settings.email.clone().unwrap_or_default(),
            tenant = settings.tenant.clone().unwrap_or_default()
        )
    );
    println!(
        "{}",
        tr!(
            l,
            "rcctl-relay-key-stored",
            keychain = keychain_service_name(),
            service = KEYCHAIN_SERVICE,
            account = applied.config.keychain_account()
        )
    );
    let live = if applied.config.live.is_some() {
        tr!(l, "rcctl-relay-live-on")
    } else {
        tr!(l, "rcctl-relay-live-off")
    };
    println!("{live}");
    println!("{}", tr!(l, "rcctl-setup-check"));
    Ok(0)
}

/// A device in relay mode: the other settings change, the relay's binding
/// and the device key stay.
pub fn update(
    paths: &Paths,
    store: &TokenStore,
    policy: &Policy,
    wanted: &Settings,
    args: &SetupArgs,
    l: &Localizer,
) -> Result<u8, CliError> {
    if args.stream_credential {
        return Err(CliError::Other(tr!(l, "rcctl-relay-no-credential")));
    }
    let current = Settings::load_effective(&paths.settings_file(), policy).unwrap_or_default();
    let mut wanted = wanted.clone();
    wanted.keep_relay_binding(&current);
    configure::apply_with(paths, store, policy, &wanted, NewToken::Keep).map_err(apply_error)?;
    println!(
        "{}",
        tr!(
            l,
            "rcctl-setup-saved",
            path = paths.settings_file().display().to_string()
        )
    );
    Ok(0)
}

/// This computer's name: the OS's, else "desktop".
fn host_name() -> String {
    ["COMPUTERNAME", "HOSTNAME"]
        .iter()
        .filter_map(std::env::var_os)
        .filter_map(|v| v.into_string().ok())
        .chain(std::fs::read_to_string("/etc/hostname").ok())
        .map(|v| v.trim().to_owned())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| "desktop".to_owned())
}
