//! The agent API's handlers: enroll, me, actions, rotate, health, metrics.

use std::net::SocketAddr;
use std::time::Instant;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rccontrol::relay::wire::{
    ActionResponse, AgentIdentity, EnrollResponse, ErrorKind, Me, RotateResponse,
};
use rccontrol::{Action, Identity, Trigger};

use super::auth;
use super::body;
use super::client_addr;
use super::error::ApiError;
use super::metrics::Metrics;
use super::state::{AppState, now_ms};
use crate::store::{AgentRow, EnrollError};

/// Longest device name kept.
const MAX_DEVICE_NAME: usize = 128;
/// Longest enrollment code looked at (case and dashes are the store's to normalise).
const MAX_CODE_LEN: usize = 64;

fn identity(agent: &AgentRow) -> AgentIdentity {
    AgentIdentity {
        email: agent.email.clone(),
        agent_id: agent.agent_id.clone(),
    }
}

fn live_state(app: &AppState, agent: &AgentRow) -> bool {
    app.hub.is_some() && agent.agent_id.is_some()
}

/// `POST /v1/enroll`.
pub(crate) async fn enroll(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Result<Json<EnrollResponse>, ApiError> {
    let client = client_addr::client_ip(peer, &headers, app.behind_proxy);
    if let Err(wait) = app.enroll_limiter.check(client, Instant::now()) {
        Metrics::bump(&app.metrics.rate_limited);
        return Err(ApiError::rate_limited(
            "too many enrollment attempts from this address",
            wait,
        ));
    }
    let mut map = body::object(&headers, bytes, &["code", "device_name"])?;
    let code: String = body::take(&mut map, "code", true)?;
    let device_name: String = body::take(&mut map, "device_name", false)?;
    let device_name = device_name.trim();
    if device_name.is_empty()
        || device_name.chars().count() > MAX_DEVICE_NAME
        || device_name.chars().any(char::is_control)
    {
        return Err(ApiError::field(
            "device_name",
            format!("device_name must be 1 to {MAX_DEVICE_NAME} printable characters"),
        ));
    }
    let refused = || {
        ApiError::new(
            ErrorKind::EnrollmentRefused,
            "this enrollment code is unknown, used or expired",
        )
    };
    if code.len() > MAX_CODE_LEN {
        return Err(refused());
    }
    match app.store.enroll(&code, device_name, now_ms()).await {
        Ok(enrolled) => {
            Metrics::bump(&app.metrics.enrollments);
            tracing::info!(device = %enrolled.device_id, agent = %enrolled.agent.id, "device enrolled");
            let me = Me {
                device_id: enrolled.device_id.clone(),
                tenant: app.tenant.clone(),
                agent: identity(&enrolled.agent),
                live_state: live_state(&app, &enrolled.agent),
            };
            Ok(Json(EnrollResponse {
                device_id: enrolled.device_id.clone(),
                device_key: enrolled.device_key.to_string(),
                me,
            }))
        }
        Err(EnrollError::Store(e)) if e.is_input() => {
            Err(ApiError::field("device_name", e.to_string()))
        }
        Err(EnrollError::Refused) => {
            tracing::info!(peer = %peer.ip(), "enrollment refused");
            Err(refused())
        }
        Err(e) => {
            tracing::error!(error = %e, "enrollment failed");
            Err(ApiError::unavailable())
        }
    }
}

/// `GET /v1/me`.
pub(crate) async fn me(
    State(app): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Me>, ApiError> {
    let (device, _key) = auth::device(&app, &headers, false).await?;
    if let Err(e) = app.store.touch_device(&device.id, now_ms()).await {
        tracing::warn!(device = %device.id, error = %e, "could not mark the device seen");
    }
    Ok(Json(Me {
        device_id: device.id.clone(),
        tenant: app.tenant.clone(),
        agent: identity(&device.agent),
        live_state: live_state(&app, &device.agent),
    }))
}

/// `POST /v1/actions`: the device's own agent only.
pub(crate) async fn actions(
    State(app): State<AppState>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Result<Json<ActionResponse>, ApiError> {
    let (device, _key) = auth::device(&app, &headers, false).await?;
    let mut map = body::object(&headers, bytes, &["action", "trigger"])?;
    let action: Action = body::take(&mut map, "action", false)?;
    let trigger: Trigger = body::take(&mut map, "trigger", false)?;
    let now = now_ms();
    let recent = app
        .store
        .actions_since(&device.id, now.saturating_sub(60_000))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "rate-limit count failed");
            ApiError::unavailable()
        })?;
    let limit = u64::from(app.limits.actions_per_minute);
    if recent >= limit {
        Metrics::bump(&app.metrics.rate_limited);
        tracing::info!(device = %device.id, recent, "action rate limited");
        // Retry-After: until the action that frees a slot leaves the window
        // (60 s when that cannot be read).
        let since = now.saturating_sub(60_000);
        let frees_at = match app
            .store
            .action_freeing_a_slot(&device.id, since, limit)
            .await
        {
            Ok(Some(at)) => at.saturating_add(60_000),
            Ok(None) | Err(_) => now.saturating_add(60_000),
        };
        return Err(ApiError::rate_limited(
            "too many actions from this device in the last minute",
            frees_at.saturating_sub(now).div_ceil(1000).min(60),
        ));
    }
    let who = match &device.agent.agent_id {
        Some(id) => Identity::AgentId(id.clone()),
        None => Identity::Email(device.agent.email.clone()),
    };
    let audit_id = app
        .store
        .begin_action(&device, action, trigger, &app.replica, now)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "audit row not written: action not sent");
            ApiError::unavailable()
        })?;
    // The 8x8 call and the audit's completion run on their own task: a client
    // that leaves (or a request timeout) does not leave the row pending.
    let task_app = app.clone();
    let task_audit = audit_id.clone();
    let device_id = device.id.clone();
    let task = tokio::spawn(async move {
        let report = task_app.client.send_as(action, &who).await;
        task_app.metrics.action(&report.outcome, report.latency_ms);
        if let Err(e) = task_app
            .store
            .finish_action(
                &task_audit,
                report.outcome.kind(),
                report.http_status,
                report.latency_ms,
            )
            .await
        {
            tracing::error!(audit = %task_audit, error = %e, "audit row not completed");
        }
        tracing::info!(
            device = %device_id,
            audit = %task_audit,
            action = action.as_str(),
            trigger = trigger.as_str(),
            outcome = report.outcome.kind(),
            http_status = report.http_status,
            latency_ms = report.latency_ms,
            attempts = report.attempts,
            "action"
        );
        report
    });
    let report = task.await.map_err(|e| {
        tracing::error!(error = %e, "action task failed");
        ApiError::new(ErrorKind::Internal, "the action failed inside the relay")
    })?;
    Ok(Json(ActionResponse {
        action,
        outcome: report.outcome,
        http_status: report.http_status,
        latency_ms: report.latency_ms,
        attempts: report.attempts,
        audit_id,
    }))
}

/// `POST /v1/device/rotate`.
pub(crate) async fn rotate(
    State(app): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<RotateResponse>, ApiError> {
    let (device, _key) = auth::device(&app, &headers, false).await?;
    match app.store.rotate_device_key(&device.id, now_ms()).await {
        Ok(key) => {
            tracing::info!(device = %device.id, "device key rotated");
            Ok(Json(RotateResponse {
                device_key: key.to_string(),
            }))
        }
        Err(e) => {
            tracing::error!(device = %device.id, error = %e, "rotation failed");
            Err(ApiError::unavailable())
        }
    }
}

/// `GET /healthz`: 200 `ok` when the database answers.
pub(crate) async fn healthz(State(app): State<AppState>) -> Response {
    match app.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database down");
            ApiError::unavailable().into_response()
        }
    }
}

/// `GET /metrics`.
pub(crate) async fn metrics(State(app): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        app.metrics.render(),
    )
        .into_response()
}
