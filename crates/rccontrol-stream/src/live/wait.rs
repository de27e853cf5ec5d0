//! Feeding delivered events into a [`LiveState`] while waiting for the
//! answer to our own pause or resume.

use std::time::SystemTime;

use tokio::sync::mpsc;

use super::{Change, LiveState};
use crate::client::StreamEvent;

impl LiveState {
    /// Applies one delivered event, de-duplicated by its message id, stamped
    /// `received_at` (the desktop's clock: "paused for 2 min" must not depend
    /// on the server's).
    pub fn apply_delivered(
        &mut self,
        delivered: &StreamEvent,
        received_at: SystemTime,
    ) -> Vec<Change> {
        self.apply(Some(&delivered.message_id), &delivered.event, received_at)
    }
}

/// After [`LiveState::expect`]: applies events from `events` until the
/// awaited action is answered ([`Change::Confirmed`]) or its deadline passes
/// ([`Change::NotConfirmed`]). Returns every change seen meanwhile, in order,
/// the answer last; empty when nothing was awaited. When the channel closes
/// first, the wait ends as `NotConfirmed` at once.
pub async fn await_confirmation(
    live: &mut LiveState,
    events: &mut mpsc::Receiver<StreamEvent>,
) -> Vec<Change> {
    let mut changes = Vec::new();
    while let Some(deadline) = live.next_deadline() {
        let deadline = tokio::time::Instant::from_std(deadline);
        tokio::select! {
            biased;
            next = events.recv() => match next {
                Some(delivered) => {
                    let applied = live.apply_delivered(&delivered, SystemTime::now());
                    let answered = applied.iter().any(|c| matches!(c, Change::Confirmed { .. }));
                    changes.extend(applied);
                    if answered {
                        break;
                    }
                }
                None => {
                    changes.extend(live.expire(deadline.into_std()));
                    break;
                }
            },
            () = tokio::time::sleep_until(deadline) => {
                changes.extend(live.expire(deadline.into_std()));
                break;
            }
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::event::decode_event;
    use crate::live::{Action, AgentRecording, ChangedBy};

    fn delivered(id: &str, json: &str) -> StreamEvent {
        StreamEvent {
            message_id: id.into(),
            publish_time: None,
            event: decode_event(json.as_bytes()).unwrap(),
            raw: crate::frame::RawMessage::default(),
        }
    }

    const ON: &str = r#"{"Interaction":{"event":"InteractionRecordingStarted","interactionGUID":"i1","recordingMode":"yes"}}"#;
    const PAUSE: &str = r#"{"Interaction":{"event":"RecordingStatus","status":"pause","isAPICall":"true","interactionGUID":"i1"}}"#;

    #[tokio::test]
    async fn confirmed_by_the_recording_status() {
        let (tx, mut rx) = mpsc::channel(8);
        let mut live = LiveState::default();
        tx.send(delivered("m1", ON)).await.unwrap();
        tx.send(delivered("m2", PAUSE)).await.unwrap();
        tx.send(delivered("m3", ON)).await.unwrap();
        live.expect(Action::Pause, Instant::now() + Duration::from_secs(5));
        let changes = await_confirmation(&mut live, &mut rx).await;
        assert_eq!(
            changes.last(),
            Some(&Change::Confirmed {
                action: Action::Pause,
                by: ChangedBy::Api
            })
        );
        assert!(matches!(
            live.state(),
            AgentRecording::Paused {
                by: ChangedBy::Api,
                ..
            }
        ));
        // The event after the answer is left for the caller.
        assert_eq!(rx.recv().await.unwrap().message_id, "m3");
        assert!(await_confirmation(&mut live, &mut rx).await.is_empty());
    }

    #[tokio::test]
    async fn not_confirmed_when_8x8_stays_silent_or_the_stream_ends() {
        let (tx, mut rx) = mpsc::channel(8);
        let mut live = LiveState::default();
        tx.send(delivered("m1", ON)).await.unwrap();
        live.expect(Action::Resume, Instant::now() + Duration::from_millis(50));
        let changes = await_confirmation(&mut live, &mut rx).await;
        assert_eq!(
            changes.last(),
            Some(&Change::NotConfirmed {
                action: Action::Resume
            })
        );
        assert!(changes.contains(&Change::RecordingStarted {
            interaction: "i1".into()
        }));
        drop(tx);
        live.expect(Action::Pause, Instant::now() + Duration::from_secs(60));
        let changes = await_confirmation(&mut live, &mut rx).await;
        assert_eq!(
            changes,
            vec![Change::NotConfirmed {
                action: Action::Pause
            }]
        );
    }
}
