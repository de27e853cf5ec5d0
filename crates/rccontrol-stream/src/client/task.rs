//! The reader task: connect, read, and after a drop wait (backoff with
//! jitter) and resume from the last message id; stop on a refused credential.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

use super::backoff::Jitter;
use super::connect::{ConnectError, connect};
use super::counters::Counters;
use super::session::{Cursor, SessionEnd, read};
use super::status::{DownReason, Status};
use super::url::{StartAt, topic_url};
use super::{MAX_MESSAGE_BYTES, Shared, StreamConfig, StreamEvent, stopped};

/// Runs until stopped, until no one reads the events, or until the
/// credential is refused (with no retry configured).
pub(crate) async fn run(
    config: StreamConfig,
    shared: std::sync::Arc<Shared>,
    events: mpsc::Sender<StreamEvent>,
    mut stop: watch::Receiver<bool>,
) {
    let timings = config.timings;
    let ws_config = WebSocketConfig::default()
        .max_message_size(Some(MAX_MESSAGE_BYTES))
        .max_frame_size(Some(MAX_MESSAGE_BYTES));
    let mut jitter = Jitter::seeded(seed(&shared));
    let mut cursor = Cursor::default();
    if let StartAt::After(id) = &config.start {
        cursor.last_id = Some(id.clone());
    }
    let mut failures: u32 = 0;
    let mut attempt: u64 = 0;
    let final_status = loop {
        attempt += 1;
        Counters::bump(&shared.counters.attempts);
        if attempt > 1 {
            Counters::bump(&shared.counters.reconnects);
        }
        shared.publish(Status::Connecting { attempt });
        let start = match &cursor.last_id {
            Some(id) => StartAt::After(id.clone()),
            None => config.start.clone(),
        };
        let url = topic_url(&config.host, &config.tenant, &config.topic, &start);
        tracing::info!(host = %config.host, attempt, "connecting to Event Streaming");
        let connecting = tokio::time::timeout(
            timings.connect_timeout,
            connect(
                &url,
                &config.host,
                &config.credential,
                config.tls.clone(),
                ws_config,
            ),
        );
        let connected = tokio::select! {
            biased;
            () = stopped(&mut stop) => break Status::Stopped,
            result = connecting => result,
        };
        let reason = match connected {
            Err(_) => DownReason::ConnectTimeout(timings.connect_timeout),
            Ok(Err(ConnectError::Rejected(status))) => {
                tracing::warn!(status, "Event Streaming rejected the credential");
                let Some(wait) = timings.rejected_retry else {
                    break Status::Rejected {
                        status,
                        retry_in: None,
                    };
                };
                shared.publish(Status::Rejected {
                    status,
                    retry_in: Some(wait),
                });
                if sleep_or_stop(wait, &mut stop).await {
                    break Status::Stopped;
                }
                continue;
            }
            Ok(Err(ConnectError::Down(reason))) => reason,
            Ok(Ok(mut ws)) => {
                Counters::bump(&shared.counters.connections);
                shared.publish(Status::Connected);
                tracing::info!(host = %config.host, "connected to Event Streaming");
                let since = Instant::now();
                let end = read(
                    &mut ws,
                    &shared,
                    &mut cursor,
                    &events,
                    &mut stop,
                    timings.idle_limit,
                    timings.close_timeout,
                )
                .await;
                match end {
                    SessionEnd::Stop | SessionEnd::EventsClosed => break Status::Stopped,
                    SessionEnd::Down { reason, progressed } => {
                        if progressed || since.elapsed() >= timings.stable_after {
                            failures = 0;
                        }
                        reason
                    }
                }
            }
        };
        let retry_in = timings.backoff.delay(failures, jitter.next());
        failures = failures.saturating_add(1);
        tracing::warn!(%reason, retry_in = %humantime::format_duration(retry_in), "Event Streaming is down");
        shared.publish(Status::Down { reason, retry_in });
        if sleep_or_stop(retry_in, &mut stop).await {
            break Status::Stopped;
        }
    };
    tracing::info!(status = %final_status, "Event Streaming reader ended");
    shared.publish(final_status);
}

/// Sleeps `wait`; true when stopped first.
async fn sleep_or_stop(wait: Duration, stop: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        biased;
        () = stopped(stop) => true,
        () = tokio::time::sleep(wait) => false,
    }
}

/// A per-reader seed: the clock and where this reader's state lives.
fn seed(shared: &Shared) -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let address = std::ptr::from_ref(shared) as usize as u64;
    nanos ^ address.rotate_left(32)
}
