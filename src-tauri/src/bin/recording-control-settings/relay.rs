//! The page's `enroll_relay`, answered in this process: the one-time code is
//! exchanged with the relay and the device key stored in the keychain from
//! here; neither crosses the control socket. The app is then told which
//! settings the relay bound (`relay_enrolled`) and saves them.

use crate::link::Link;
use crate::token::{blocking, for_ui};
use rccontrol::configure::{self, EnrollError};
use rccontrol::{Policy, Secret, TokenStore};
use recording_control::error::AppError;
use recording_control::outputs::settings_window::calls::SettingsForm;
use serde_json::{Value, json};

/// `{url, code, form}`: the relay's address, the enrollment code, and the
/// form as shown (its CA file and proxy reach the relay).
pub async fn enroll(link: &Link, args: Value) -> Result<Value, Value> {
    let text = |name: &str| args.get(name).and_then(Value::as_str).map(str::to_owned);
    let Some(url) = text("url") else {
        return Err(for_ui(link, missing("url")).await);
    };
    let Some(code) = text("code").filter(|c| !c.trim().is_empty()) else {
        return Err(for_ui(link, missing("code")).await);
    };
    let code = Secret::new(code);
    let form = match args.get("form").cloned().map(serde_json::from_value::<SettingsForm>) {
        Some(Ok(form)) => form,
        _ => return Err(for_ui(link, missing("form")).await),
    };
    let policy = Policy::load_system();
    let (wanted, url) = match configure::relay_settings(&policy, &form.to_settings(), &url) {
        Ok(w) => w,
        Err(e) => return Err(for_ui(link, AppError::from(e)).await),
    };
    let device_name = host_name();
    let exchanged = {
        let wanted = wanted.clone();
        let url = url.clone();
        blocking(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| AppError::Internal(e.to_string()))?;
            runtime
                .block_on(configure::relay_exchange(
                    &TokenStore::keychain(),
                    &wanted,
                    &url,
                    &code,
                    &device_name,
                ))
                .map_err(|e| match e {
                    EnrollError::Apply(a) => AppError::from(a),
                    EnrollError::Relay(r) => AppError::Relay(r.to_string()),
                })
        })
        .await
    };
    let settings = match exchanged {
        Ok(s) => s,
        Err(e) => return Err(for_ui(link, e).await),
    };
    tracing::info!(
        relay = %url,
        device = settings.relay_device.as_deref().unwrap_or_default(),
        "enrolled with the relay; the device key is in the keychain"
    );
    link.call("relay_enrolled", json!({ "settings": settings })).await
}

fn missing(field: &str) -> AppError {
    AppError::BadArgument {
        field: field.into(),
        problem: "missing or empty (the value is not shown)".into(),
    }
}

/// This computer's name as the administrator sees it.
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
