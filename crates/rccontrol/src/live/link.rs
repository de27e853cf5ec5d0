//! The live link: reads the agent's event topic and hands what 8x8 reports
//! to the controller as a verified state, tells the agent what contradicts
//! the app's belief, and answers each of our own pauses and resumes with
//! "confirmed" or "accepted but not reported".
//!
//! The state stays a belief until an event has shown it: a reader that
//! starts at `latest` knows nothing of a call already on. When the stream
//! goes down, the verified state falls back to the belief it allows
//! ([`BelievedState::unverified`]) and the agent is told once; when it comes
//! back having resumed from its last message, the state is verified again.

use super::notice::{LiveNotice, StreamState};
use super::{LiveConfig, StreamCredential, tls};
use crate::action::Action;
use crate::controller::{Controller, ControllerEvent, EventSink};
use crate::outcome::Outcome;
use crate::state::{BelievedState, PausedBy};
use rccontrol_stream::client::{self, Status, StreamConfig, StreamEvent, StreamHandle};
use rccontrol_stream::live::{self as stream_live, AgentRecording, Change, ChangedBy, LiveState};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

/// How long the outcome of our own pause or resume waits, after its answer,
/// for 8x8's `RecordingStatus`.
pub const CONFIRM_WAIT: Duration = Duration::from_secs(2);

/// How long a request may be on its way before its answer arrives (the
/// client's own deadline is shorter); the wait is re-armed at the answer.
const IN_FLIGHT_WAIT: Duration = Duration::from_secs(30);

/// What the link needs to know of the controller's actions.
#[derive(Debug)]
enum Seen {
    Sending(Action),
    Finished {
        action: Action,
        /// 8x8 answered "applied".
        applied: bool,
        /// The answer proved nothing (timeout, network or server error, an
        /// unknown body): 8x8 may have applied it, and its event would say.
        uncertain: bool,
    },
}

/// The controller's side of the link: a listener that forwards its actions.
#[derive(Debug)]
pub struct LiveSink(mpsc::UnboundedSender<Seen>);

/// The link's side: the actions the [`LiveSink`] saw.
#[derive(Debug)]
pub struct LiveInbox(mpsc::UnboundedReceiver<Seen>);

/// A connected sink and inbox: give the sink to the controller, the inbox to
/// [`LiveHandle::spawn`].
pub fn channel() -> (LiveSink, LiveInbox) {
    let (tx, rx) = mpsc::unbounded_channel();
    (LiveSink(tx), LiveInbox(rx))
}

impl EventSink for LiveSink {
    fn on_event(&self, event: &ControllerEvent) {
        let seen = match event {
            ControllerEvent::Sending { action, .. } => Seen::Sending(*action),
            ControllerEvent::Finished { report, .. } => Seen::Finished {
                action: report.action,
                applied: report.outcome == Outcome::Applied,
                uncertain: matches!(
                    report.outcome,
                    Outcome::Timeout
                        | Outcome::Network { .. }
                        | Outcome::ServerError { .. }
                        | Outcome::RelayFailed { .. }
                        | Outcome::Unrecognised { .. }
                ),
            },
            _ => return,
        };
        let _ = self.0.send(seen);
    }
}

/// Why the link could not start.
#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    /// The TLS roots (the CA file) could not be read.
    #[error("live state: {0}")]
    Tls(String),
    /// The reader's configuration was refused.
    #[error("live state: {0}")]
    Config(#[from] rccontrol_stream::hosts::InputError),
    /// No Tokio runtime.
    #[error("live state: {0}")]
    Spawn(#[from] client::SpawnError),
}

/// The running link. Dropping it stops the reader.
#[derive(Debug)]
pub struct LiveHandle {
    state: watch::Receiver<StreamState>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl LiveHandle {
    /// Starts reading `config`'s topic in `tenant` with `credential`, trusting
    /// the OS roots and `ca_file`, feeding `controller`.
    pub fn spawn(
        config: &LiveConfig,
        tenant: &str,
        credential: StreamCredential,
        ca_file: Option<&Path>,
        controller: Controller,
        inbox: LiveInbox,
    ) -> Result<Self, LiveError> {
        let tls = tls::client_config(ca_file).map_err(LiveError::Tls)?;
        let stream = StreamConfig::new(
            config.host.clone(),
            tenant,
            &config.agent_id,
            credential,
            tls,
        )?;
        Self::spawn_with(stream, &config.agent_id, controller, inbox)
    }

    /// Starts the link over a reader configured by the caller (its TLS roots
    /// and timings: the demo, tests).
    pub fn spawn_with(
        stream: StreamConfig,
        agent_id: &str,
        controller: Controller,
        inbox: LiveInbox,
    ) -> Result<Self, LiveError> {
        tracing::info!(url = %stream.url(), "live state: connecting to Event Streaming");
        let (reader, events) = client::spawn(stream)?;
        let (state_tx, state) = watch::channel(StreamState::Connecting);
        let (stop, stop_rx) = watch::channel(false);
        let link = Link {
            live: LiveState::new(Some(agent_id.to_owned())),
            controller,
            known: false,
            awaiting: None,
            announced: None,
            state: state_tx,
        };
        let task = tokio::spawn(link.run(reader, events, inbox.0, stop_rx));
        Ok(Self {
            state,
            stop,
            task: Some(task),
        })
    }

    /// The stream's state now.
    pub fn stream_state(&self) -> StreamState {
        self.state.borrow().clone()
    }

    /// True while states come from 8x8's events.
    pub fn is_live(&self) -> bool {
        *self.state.borrow() == StreamState::Live
    }

    /// Stops the reader (with a close frame) and waits for the link to end.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for LiveHandle {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// Our own pause or resume, waiting for its answer and 8x8's report.
#[derive(Debug)]
struct Awaiting {
    action: Action,
    /// The answer came: "applied", or one that proved nothing.
    finished: bool,
    /// The answer proved nothing: its notification has said so already; the
    /// stream only settles the state.
    uncertain: bool,
    /// What the stream said: `Some(by)` reported, `None` not (yet).
    report: Option<Option<ChangedBy>>,
}

struct Link {
    live: LiveState,
    controller: Controller,
    /// An event has shown the state since the reader started.
    known: bool,
    awaiting: Option<Awaiting>,
    /// The last stream state the agent was told.
    announced: Option<StreamState>,
    state: watch::Sender<StreamState>,
}

impl Link {
    async fn run(
        mut self,
        reader: StreamHandle,
        mut events: mpsc::Receiver<StreamEvent>,
        mut inbox: mpsc::UnboundedReceiver<Seen>,
        mut stop: watch::Receiver<bool>,
    ) {
        let mut status = reader.watch_status();
        loop {
            let deadline = self
                .live
                .next_deadline()
                .map(tokio::time::Instant::from_std);
            tokio::select! {
                _ = stop.changed() => break,
                changed = status.changed() => {
                    if changed.is_err() {
                        break;
                    }
                    let now = status.borrow_and_update().clone();
                    if !self.on_status(now) {
                        break;
                    }
                }
                delivered = events.recv() => match delivered {
                    Some(event) => self.on_event(&event),
                    // The reader ended; its last status says why.
                    None => {
                        let last = reader.status();
                        self.on_status(last);
                        break;
                    }
                },
                seen = inbox.recv() => match seen {
                    Some(seen) => self.on_seen(seen),
                    None => break,
                },
                () = async {
                    match deadline {
                        Some(at) => tokio::time::sleep_until(at).await,
                        None => std::future::pending().await,
                    }
                } => {
                    if let Some(change) = self.live.expire(Instant::now()) {
                        self.on_changes(vec![change]);
                    }
                }
            }
        }
        reader.stop().await;
        tracing::info!("live state: stopped");
    }

    /// Follows the reader's status; false when it has ended for good.
    fn on_status(&mut self, status: Status) -> bool {
        let shown = match &status {
            Status::Connecting { .. } => return true,
            Status::Connected => StreamState::Live,
            Status::Down { reason, .. } => StreamState::Down {
                reason: reason.to_string(),
            },
            Status::Rejected { .. } => StreamState::Rejected,
            Status::Stopped => return false,
        };
        tracing::info!(status = %status, "live state");
        self.state.send_replace(shown.clone());
        if shown == StreamState::Live {
            // Resumed from its last message, the state it knew is complete.
            if self.known {
                self.controller.observe(verified(self.live.state()));
            }
        } else {
            // Nothing verifies the state now.
            self.awaiting = None;
            self.controller.unverify();
        }
        let tell = match (&self.announced, &shown) {
            (None, StreamState::Live) => false,
            (Some(StreamState::Down { .. }), StreamState::Down { .. }) => false,
            (Some(a), s) => std::mem::discriminant(a) != std::mem::discriminant(s),
            (None, _) => true,
        };
        if tell || self.announced.is_none() {
            if tell {
                self.controller.announce(LiveNotice::Stream(shown.clone()));
            }
            self.announced = Some(shown);
        }
        !matches!(status, Status::Rejected { retry_in: None, .. })
    }

    fn on_event(&mut self, event: &StreamEvent) {
        let changes = self.live.apply_delivered(event, SystemTime::now());
        self.on_changes(changes);
    }

    fn on_changes(&mut self, changes: Vec<Change>) {
        let answered = changes.iter().find_map(|c| match c {
            Change::Confirmed { action, .. } | Change::NotConfirmed { action } => Some(*action),
            _ => None,
        });
        let before = self.controller.state();
        for change in changes {
            match change {
                Change::State(recording) => {
                    self.known = true;
                    self.controller.observe(verified(recording));
                }
                Change::Paused { by, .. } if answered != Some(stream_live::Action::Pause) => {
                    self.controller.announce(LiveNotice::Elsewhere {
                        paused: true,
                        by: paused_by(by),
                    });
                }
                Change::Resumed { by, .. } if answered != Some(stream_live::Action::Resume) => {
                    self.controller.announce(LiveNotice::Elsewhere {
                        paused: false,
                        by: paused_by(by),
                    });
                }
                Change::NewCall { recording_mode, .. } if before.may_be_paused() => {
                    self.controller.announce(LiveNotice::NewCall {
                        recorded: recording_mode,
                    });
                }
                Change::CallEnded {
                    was_paused: true, ..
                } => self.controller.announce(LiveNotice::CallEndedWhilePaused),
                Change::Confirmed { action, by } => self.reported(action, Some(by)),
                Change::NotConfirmed { action } => self.reported(action, None),
                _ => {}
            }
        }
    }

    /// 8x8 reported (or did not report) the change our action asked for.
    fn reported(&mut self, action: stream_live::Action, by: Option<ChangedBy>) {
        match &mut self.awaiting {
            Some(a) if live_action(a.action) == action => a.report = Some(by),
            _ => return,
        }
        self.finish_if_done();
    }

    fn on_seen(&mut self, seen: Seen) {
        match seen {
            Seen::Sending(action) => {
                if *self.state.borrow() != StreamState::Live {
                    self.awaiting = None;
                    return;
                }
                self.live
                    .expect(live_action(action), Instant::now() + IN_FLIGHT_WAIT);
                self.awaiting = Some(Awaiting {
                    action,
                    finished: false,
                    uncertain: false,
                    report: None,
                });
            }
            Seen::Finished {
                action,
                applied,
                uncertain,
            } => {
                let Some(a) = self.awaiting.as_mut().filter(|a| a.action == action) else {
                    return;
                };
                if !applied && !uncertain {
                    // 8x8 refused it: nothing to confirm.
                    self.awaiting = None;
                    return;
                }
                a.finished = true;
                a.uncertain = uncertain;
                if a.report.is_none() {
                    self.live
                        .expect(live_action(action), Instant::now() + CONFIRM_WAIT);
                }
                self.finish_if_done();
            }
        }
    }

    /// Both the answer and the stream's word are in: tell the agent.
    fn finish_if_done(&mut self) {
        let Some(a) = self.awaiting.as_ref().filter(|a| a.finished) else {
            return;
        };
        let Some(report) = a.report else {
            return;
        };
        if !a.uncertain {
            self.controller.announce(LiveNotice::Verified {
                action: a.action,
                by: report.map(paused_by),
            });
        }
        if report.is_none() && self.known {
            // Accepted (or maybe applied) but not reported: what 8x8
            // reports is the state, not the belief the answer left.
            self.controller.observe(verified(self.live.state()));
        }
        self.awaiting = None;
    }
}

/// The verified state for what the stream shows.
fn verified(recording: AgentRecording) -> BelievedState {
    match recording {
        AgentRecording::NoCall => BelievedState::LiveNoCall,
        AgentRecording::Recording { since } => BelievedState::LiveRecording {
            since_ms: unix_ms(since),
        },
        AgentRecording::Paused { since, by } => BelievedState::LivePaused {
            since_ms: unix_ms(since),
            by: paused_by(by),
        },
        AgentRecording::CallOnNotRecording => BelievedState::LiveNotRecorded,
    }
}

fn paused_by(by: ChangedBy) -> PausedBy {
    match by {
        ChangedBy::Api => PausedBy::Api,
        ChangedBy::AgentWorkspace => PausedBy::AgentWorkspace,
    }
}

fn live_action(action: Action) -> stream_live::Action {
    match action {
        Action::Pause => stream_live::Action::Pause,
        Action::Resume => stream_live::Action::Resume,
    }
}

fn unix_ms(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}
