//! The device key: `Authorization: Bearer rcd_…` (parsed strictly) or, on the
//! live endpoint, `X-API-Key`; looked up in the store.

use axum::http::{HeaderMap, header};
use rccontrol::relay::wire::{DEVICE_KEY_PREFIX, ErrorKind};
use zeroize::Zeroizing;

use super::error::ApiError;
use super::state::App;
use crate::store::{DeviceRow, KeyLookup};

/// Longest key accepted (`rcd_` + 43 characters; some room).
const MAX_KEY_LEN: usize = 128;

/// The key the request presents, checked for shape only.
pub(crate) fn presented_key(
    headers: &HeaderMap,
    allow_api_key: bool,
) -> Result<Zeroizing<String>, ApiError> {
    let mut auth = headers.get_all(header::AUTHORIZATION).iter();
    let key = match (auth.next(), auth.next()) {
        (Some(_), Some(_)) => return Err(ApiError::unauthorized()),
        (Some(value), None) => {
            let value = value.to_str().map_err(|_| ApiError::unauthorized())?;
            let (scheme, key) = value.split_once(' ').ok_or_else(ApiError::unauthorized)?;
            if !scheme.eq_ignore_ascii_case("bearer") {
                return Err(ApiError::unauthorized());
            }
            key
        }
        (None, _) if allow_api_key => {
            let mut api = headers.get_all("x-api-key").iter();
            match (api.next(), api.next()) {
                (Some(value), None) => value.to_str().map_err(|_| ApiError::unauthorized())?,
                _ => return Err(ApiError::unauthorized()),
            }
        }
        (None, _) => return Err(ApiError::unauthorized()),
    };
    let well_formed = key.len() <= MAX_KEY_LEN
        && key.strip_prefix(DEVICE_KEY_PREFIX).is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        });
    if !well_formed {
        return Err(ApiError::unauthorized());
    }
    Ok(Zeroizing::new(key.to_owned()))
}

/// The device the request's key belongs to.
pub(crate) async fn device(
    app: &App,
    headers: &HeaderMap,
    allow_api_key: bool,
) -> Result<(DeviceRow, Zeroizing<String>), ApiError> {
    let key = presented_key(headers, allow_api_key)?;
    let device = lookup(app, &key).await?;
    Ok((device, key))
}

/// Looks a key up: active → the device; revoked → 401 `revoked`.
pub(crate) async fn lookup(app: &App, key: &str) -> Result<DeviceRow, ApiError> {
    match app.store.device_by_key(key).await {
        Ok(KeyLookup::Active(device)) => Ok(device),
        Ok(KeyLookup::Revoked) => Err(ApiError::new(
            ErrorKind::Revoked,
            "this device key was revoked or replaced",
        )),
        Ok(KeyLookup::Unknown) => Err(ApiError::unauthorized()),
        Err(e) => {
            tracing::error!(error = %e, "device lookup failed");
            Err(ApiError::unavailable())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn bearer_is_parsed_strictly() {
        let good = "rcd_AAAAbbbb-_09";
        assert_eq!(
            presented_key(
                &headers(&[("authorization", &format!("Bearer {good}"))]),
                false
            )
            .unwrap()
            .as_str(),
            good
        );
        for bad in [
            "Bearer",
            "Bearer ",
            "Basic rcd_abc",
            "Bearer  rcd_abc",
            "Bearer rcd_",
            "Bearer rcd_abc def",
            "Bearer xyz_abc",
            "Bearer rcd_a+b",
            "rcd_abc",
        ] {
            assert!(
                presented_key(&headers(&[("authorization", bad)]), false).is_err(),
                "{bad}"
            );
        }
        let two = headers(&[
            ("authorization", "Bearer rcd_a"),
            ("authorization", "Bearer rcd_b"),
        ]);
        assert!(presented_key(&two, false).is_err());
        let api = headers(&[("x-api-key", "rcd_abc")]);
        assert!(presented_key(&api, false).is_err());
        assert_eq!(presented_key(&api, true).unwrap().as_str(), "rcd_abc");
    }
}
