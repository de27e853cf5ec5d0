//! Reading one connection: frames in, events out, an acknowledgement per
//! message (Pulsar's reader stops delivering after `receiverQueueSize`
//! unacknowledged messages), the idle limit, the stop signal.

use std::collections::VecDeque;
use std::time::Duration;

use futures_util::{SinkExt as _, StreamExt as _};
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::Message;

use super::connect::{Ws, protocol_reason};
use super::counters::Counters;
use super::status::DownReason;
use super::{Shared, StreamEvent, stopped};
use crate::event::{Event, decode_event};
use crate::frame::{FrameError, decode_frame};

/// How many delivered message ids are remembered to drop a resume's overlap.
const RECENT_IDS: usize = 64;

/// How a connection's reading ended.
#[derive(Debug)]
pub(crate) enum SessionEnd {
    /// The handle asked to stop.
    Stop,
    /// The events receiver is gone.
    EventsClosed,
    /// The connection is down; `progressed` when it delivered a new message.
    Down {
        reason: DownReason,
        progressed: bool,
    },
}

/// State kept across connections.
#[derive(Debug, Default)]
pub(crate) struct Cursor {
    /// The last message id seen: where to resume.
    pub last_id: Option<String>,
    recent: VecDeque<String>,
}

impl Cursor {
    /// Records a message id; false when it was delivered already.
    fn fresh(&mut self, id: &str) -> bool {
        if self.recent.iter().any(|r| r == id) {
            return false;
        }
        if self.recent.len() >= RECENT_IDS {
            self.recent.pop_front();
        }
        self.recent.push_back(id.to_owned());
        true
    }
}

/// What one data frame amounted to.
enum Handled {
    /// Nothing to forward; acknowledge this id, if any, and resume after it.
    Skip(Option<String>),
    /// Delivered already: acknowledge it, but the cursor stays.
    Duplicate(String),
    /// Forward this event, then acknowledge it.
    Forward(Box<StreamEvent>),
}

/// Reads `ws` until it goes down, the handle stops, or no one listens.
pub(crate) async fn read(
    ws: &mut Ws,
    shared: &Shared,
    cursor: &mut Cursor,
    events: &mpsc::Sender<StreamEvent>,
    stop: &mut watch::Receiver<bool>,
    idle_limit: Duration,
    close_timeout: Duration,
) -> SessionEnd {
    let mut progressed = false;
    loop {
        let next = tokio::select! {
            biased;
            () = stopped(stop) => {
                close(ws, close_timeout).await;
                return SessionEnd::Stop;
            }
            next = tokio::time::timeout(idle_limit, ws.next()) => next,
        };
        let text = match next {
            Err(_) => return down(DownReason::Stalled(idle_limit), progressed),
            Ok(None) => return down(DownReason::Closed(None), progressed),
            Ok(Some(Err(e))) => return down(protocol_reason(&e), progressed),
            Ok(Some(Ok(message))) => match message {
                Message::Text(text) => text.as_str().to_owned(),
                Message::Binary(bytes) => match String::from_utf8(bytes.to_vec()) {
                    Ok(text) => text,
                    Err(_) => {
                        Counters::bump(&shared.counters.frames);
                        Counters::bump(&shared.counters.malformed);
                        tracing::warn!(
                            bytes = bytes.len(),
                            "binary frame that is not UTF-8 skipped"
                        );
                        continue;
                    }
                },
                // Pongs to pings are queued by tungstenite and sent on the next poll.
                Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => continue,
                Message::Close(frame) => {
                    let code = frame.map(|f| u16::from(f.code));
                    return down(DownReason::Closed(code), progressed);
                }
            },
        };
        Counters::bump(&shared.counters.frames);
        let (ack, advance) = match handle(&text, shared, cursor) {
            Handled::Skip(ack) => (ack, true),
            Handled::Duplicate(id) => (Some(id), false),
            Handled::Forward(event) => {
                let id = event.message_id.clone();
                tokio::select! {
                    biased;
                    () = stopped(stop) => {
                        close(ws, close_timeout).await;
                        return SessionEnd::Stop;
                    }
                    sent = events.send(*event) => {
                        if sent.is_err() {
                            close(ws, close_timeout).await;
                            return SessionEnd::EventsClosed;
                        }
                    }
                }
                Counters::bump(&shared.counters.events);
                (Some(id), true)
            }
        };
        if let Some(id) = ack {
            if advance {
                // A new message: the connection works (garbage alone does
                // not reset the backoff).
                progressed = true;
                cursor.last_id = Some(id.clone());
                shared.set_last_id(&id);
            }
            let ack = serde_json::json!({ "messageId": id }).to_string();
            match tokio::time::timeout(idle_limit, ws.send(Message::text(ack))).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => return down(protocol_reason(&e), progressed),
                Err(_) => return down(DownReason::Stalled(idle_limit), progressed),
            }
        }
    }
}

fn down(reason: DownReason, progressed: bool) -> SessionEnd {
    SessionEnd::Down { reason, progressed }
}

/// Decodes a data frame: malformed ones are counted and skipped (their
/// message id, when readable, still moves the cursor), repeats dropped.
fn handle(text: &str, shared: &Shared, cursor: &mut Cursor) -> Handled {
    let counters = &shared.counters;
    let frame = match decode_frame(text) {
        Ok(frame) => frame,
        Err(FrameError::Payload { message_id }) => {
            Counters::bump(&counters.malformed);
            tracing::warn!(message = %message_id, "frame payload is not base64: skipped");
            return Handled::Skip(Some(message_id));
        }
        Err(e) => {
            Counters::bump(&counters.malformed);
            tracing::warn!(error = %e, chars = text.len(), "frame skipped");
            return Handled::Skip(None);
        }
    };
    if !cursor.fresh(&frame.message_id) {
        Counters::bump(&counters.duplicates);
        tracing::debug!(message = %frame.message_id, "message delivered already: skipped");
        return Handled::Duplicate(frame.message_id);
    }
    match decode_event(&frame.payload) {
        Ok(event @ Event::Interaction(_)) => Handled::Forward(Box::new(StreamEvent {
            message_id: frame.message_id,
            publish_time: frame.publish_time,
            event,
            raw: frame.raw,
        })),
        Ok(Event::Ignored { family }) => {
            Counters::bump(&counters.ignored);
            tracing::trace!(%family, "event of no interest");
            Handled::Skip(Some(frame.message_id))
        }
        Err(e) => {
            Counters::bump(&counters.malformed);
            tracing::warn!(message = %frame.message_id, error = %e, "event skipped");
            Handled::Skip(Some(frame.message_id))
        }
    }
}

/// Sends a close frame, waiting at most `limit` for the server's answer.
async fn close(ws: &mut Ws, limit: Duration) {
    let closing = async {
        if ws.close(None).await.is_ok() {
            // Drain until the server's close (or an error) ends the stream.
            while let Some(Ok(_)) = ws.next().await {}
        }
    };
    if tokio::time::timeout(limit, closing).await.is_err() {
        tracing::debug!("the server did not answer the close in time");
    }
}
