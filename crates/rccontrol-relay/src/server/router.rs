//! The routes, the body limit, the whole-request timeout (408) and the
//! request counters.

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use rccontrol::relay::wire::ErrorKind;

use super::error::{ApiError, method_not_allowed, not_found};
use super::state::AppState;
use super::{api, live};

/// The relay's router.
pub(crate) fn build(app: AppState) -> Router {
    let body_limit = app.limits.body_bytes;
    Router::new()
        .route("/v1/enroll", post(api::enroll))
        .route("/v1/me", get(api::me))
        .route("/v1/actions", post(api::actions))
        .route("/v1/device/rotate", post(api::rotate))
        .route(
            "/ws/v2/reader/persistent/{tenant}/agent-v1/{agent_id}",
            get(live::upgrade),
        )
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

/// The whole request (body included) within `request_timeout`, else 408;
/// every answer counted by status class.
async fn guard(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let limit: Duration = app.limits.request_timeout;
    let response = match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(ErrorKind::Timeout, "the request took too long").into_response(),
    };
    app.metrics.request(response.status().as_u16());
    response
}
