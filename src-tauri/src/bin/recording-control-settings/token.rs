//! The page's calls that carry a secret (the action token, the Event
//! Streaming credential), answered in this process: neither ever crosses the
//! control socket (nor a pipe another user could have created). Checking them
//! as typed happens here; saving stores them in the keychain from here and
//! only tells the app that the token is there.

use crate::link::Link;
use rccontrol::{Localizer, Policy, Secret, TokenStore, configure};
use recording_control::error::AppError;
use recording_control::outputs::settings_window::calls::{SettingsForm, WindowCall};
use serde_json::{Value, json};

/// The page's `save_settings`: checks and stores a typed credential and
/// token here, then asks the app to save the rest; a credential stored here
/// is put back as it was when that fails (the app does so for the token).
/// Errors are the app's (`{kind, message, fields}`), in the agent's language.
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
    let credential = match form.take_stream_credential() {
        None => None,
        Some(credential) => {
            let settings = form.to_settings();
            match blocking(move || {
                configure::store_stream_credential(
                    &TokenStore::keychain(),
                    &Policy::load_system(),
                    &settings,
                    &credential,
                )
                .map_err(AppError::from)
            })
            .await
            {
                Ok(stored) => {
                    tracing::info!(
                        account = stored.account,
                        "Event Streaming credential stored in the keychain by the window"
                    );
                    Some(stored)
                }
                Err(e) => return Err(for_ui(link, e).await),
            }
        }
    };
    let answer = save_rest(link, &mut form, credential.is_some()).await;
    if let (Err(_), Some(stored)) = (&answer, credential) {
        let undone = blocking(move || {
            stored
                .undo(&TokenStore::keychain())
                .map_err(|e| AppError::Keychain(e.to_string()))
        });
        if let Err(e) = undone.await {
            tracing::warn!(error = %e, "the Event Streaming credential could not be put back");
        }
    }
    answer
}

/// Runs `f` off the async runtime (the keychain blocks).
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(AppError::Internal(e.to_string())))
}

/// The token part of a save, then the app's: the form goes without secrets.
async fn save_rest(
    link: &Link,
    form: &mut SettingsForm,
    stream_stored: bool,
) -> Result<Value, Value> {
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
    let form = match serde_json::to_value(&*form) {
        Ok(f) => f,
        Err(e) => return Err(for_ui(link, AppError::Internal(e.to_string())).await),
    };
    link.call(
        "save_settings",
        json!({"form": form, "tokenStored": token_stored, "streamStored": stream_stored}),
    )
    .await
}

/// The page's `validate_field`: the secrets are checked here; any other
/// field by the app.
pub async fn validate_field(link: &Link, args: Value) -> Result<Value, Value> {
    let field = args.get("field").and_then(Value::as_str);
    if !matches!(field, Some("token" | "stream_credential")) {
        return link.call("validate_field", args).await;
    }
    let call = WindowCall::parse("validate_field", args);
    let Ok(WindowCall::ValidateField {
        field,
        value,
        allow_custom_host,
    }) = call
    else {
        // serde's words could repeat the value: never for a secret.
        let e = AppError::BadArgument {
            field: "value".into(),
            problem: "not of the expected shape (the value is not shown)".into(),
        };
        return Err(for_ui(link, e).await);
    };
    let value = Secret::new(value);
    match rccontrol::validate::field(&field, value.expose(), allow_custom_host) {
        Ok(normalized) => Ok(Value::from(normalized)),
        Err(e) => Err(for_ui(link, AppError::Invalid(vec![e])).await),
    }
}

/// `e` for the page, in the app's language (asked of the app; English when
/// it does not answer).
pub(crate) async fn for_ui(link: &Link, e: AppError) -> Value {
    let lang = link
        .call("ui_texts", Value::Null)
        .await
        .ok()
        .and_then(|v| v.get("lang")?.as_str().map(str::to_owned));
    let l = lang.map_or_else(Localizer::english, |tag| Localizer::new(&tag));
    serde_json::to_value(e.for_ui(&l)).unwrap_or(Value::Null)
}
