//! Saving the form. A typed token goes into the keychain from this process,
//! and the app is only told that it is there: the token never crosses the
//! control socket (nor a pipe another user could have created).

use crate::link::Link;
use rccontrol::{Localizer, Policy, TokenStore, configure};
use recording_control::error::AppError;
use recording_control::outputs::settings_window::calls::WindowCall;
use serde_json::{Value, json};

/// The page's `save_settings`: checks and stores a typed token here, then
/// asks the app to save the rest. Errors are the app's (`{kind, message,
/// fields}`), in the agent's language.
pub async fn save(link: &Link, args: Value) -> Result<Value, Value> {
    // Parsed straight into the form: the token lands in a zeroizing `Secret`.
    let mut form = match WindowCall::parse("save_settings", args) {
        Ok(WindowCall::SaveSettings { form, .. }) => form,
        Ok(other) => {
            let e = AppError::Internal(format!("{} parsed as save_settings", other.name()));
            return Err(for_ui(link, e).await);
        }
        Err(e) => return Err(for_ui(link, e).await),
    };
    let token_stored = match form.take_token() {
        None => false,
        Some(token) => {
            let settings = form.to_settings();
            let stored = tokio::task::spawn_blocking(move || {
                configure::store_token(
                    &TokenStore::keychain(),
                    &Policy::load_system(),
                    &settings,
                    &token,
                )
            })
            .await;
            match stored {
                Ok(Ok(account)) => {
                    tracing::info!(account, "token stored in the keychain by the window");
                    true
                }
                Ok(Err(e)) => return Err(for_ui(link, AppError::from(e)).await),
                Err(e) => return Err(for_ui(link, AppError::Internal(e.to_string())).await),
            }
        }
    };
    let form = match serde_json::to_value(&form) {
        Ok(f) => f,
        Err(e) => return Err(for_ui(link, AppError::Internal(e.to_string())).await),
    };
    link.call(
        "save_settings",
        json!({"form": form, "tokenStored": token_stored}),
    )
    .await
}

/// `e` for the page, in the app's language (asked of the app; English when
/// it does not answer).
async fn for_ui(link: &Link, e: AppError) -> Value {
    let lang = link
        .call("ui_texts", Value::Null)
        .await
        .ok()
        .and_then(|v| v.get("lang")?.as_str().map(str::to_owned));
    let l = lang.map_or_else(Localizer::english, |tag| Localizer::new(&tag));
    serde_json::to_value(e.for_ui(&l)).unwrap_or(Value::Null)
}
