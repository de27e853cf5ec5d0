//! The state machine's scenarios.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::*;
use crate::event::decode_event;

fn t(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_760_000_000 + secs)
}

/// An interaction event: `event` type, guid, extra JSON fields.
fn ev(event: &str, guid: &str, extra: &str) -> Event {
    let extra = if extra.is_empty() {
        String::new()
    } else {
        format!(",{extra}")
    };
    let json = format!(
        r#"{{"Interaction":{{"event":"{event}","interactionGUID":"{guid}","agentId":"agA"{extra}}}}}"#
    );
    decode_event(json.as_bytes()).unwrap()
}

fn status(guid: &str, status: &str, api: bool) -> Event {
    ev(
        "RecordingStatus",
        guid,
        &format!(r#""status":"{status}","isAPICall":{api},"recordingMode":"yes""#),
    )
}

/// A recorded call on `guid`, started at `at`.
fn start_call(live: &mut LiveState, guid: &str, at: SystemTime) -> Vec<Change> {
    let mut out = live.apply(
        None,
        &ev(
            "InteractionAssigned",
            guid,
            r#""recordingMode":"yes","callState":"CS_CONNECTED""#,
        ),
        at,
    );
    out.extend(live.apply(None, &ev("InteractionRecordingStarted", guid, ""), at));
    out
}

#[test]
fn a_recorded_call_paused_from_agent_workspace_and_ended() {
    let mut live = LiveState::new(Some("agA".into()));
    assert_eq!(live.state(), AgentRecording::NoCall);
    let changes = start_call(&mut live, "i1", t(0));
    assert_eq!(
        changes,
        vec![
            Change::NewCall {
                interaction: "i1".into(),
                recording_mode: Some(true)
            },
            Change::State(AgentRecording::CallOnNotRecording),
            Change::RecordingStarted {
                interaction: "i1".into()
            },
            Change::State(AgentRecording::Recording { since: t(0) }),
        ]
    );
    let changes = live.apply(Some("m1"), &status("i1", "pause", false), t(5));
    assert_eq!(
        changes,
        vec![
            Change::Paused {
                interaction: "i1".into(),
                by: ChangedBy::AgentWorkspace
            },
            Change::State(AgentRecording::Paused {
                since: t(5),
                by: ChangedBy::AgentWorkspace
            }),
        ]
    );
    // The call ends paused: the pause goes with it.
    let changes = live.apply(
        Some("m2"),
        &ev(
            "InteractionDeassigned",
            "i1",
            r#""callState":"CS_DISCONNECTED""#,
        ),
        t(9),
    );
    assert_eq!(
        changes,
        vec![
            Change::CallEnded {
                interaction: "i1".into(),
                was_paused: true
            },
            Change::State(AgentRecording::NoCall),
        ]
    );
    // A new call records per its own mode: not paused.
    start_call(&mut live, "i2", t(20));
    assert_eq!(live.state(), AgentRecording::Recording { since: t(20) });
}

#[test]
fn a_transfer_with_two_interactions() {
    let mut live = LiveState::default();
    start_call(&mut live, "cust", t(0));
    live.apply(None, &status("cust", "pause", true), t(2));
    assert_eq!(
        live.state(),
        AgentRecording::Paused {
            since: t(2),
            by: ChangedBy::Api
        }
    );
    // The customer on hold, a consultation call to a colleague: recorded.
    live.apply(
        None,
        &ev("LineHoldStatus", "cust", r#""status":true"#),
        t(3),
    );
    start_call(&mut live, "consult", t(4));
    assert_eq!(live.interactions(), vec!["cust", "consult"]);
    assert_eq!(live.state(), AgentRecording::Recording { since: t(4) });
    // The colleague's leg ends; the customer is back: still paused.
    live.apply(None, &ev("InteractionDeleted", "consult", ""), t(6));
    live.apply(
        None,
        &ev("LineHoldStatus", "cust", r#""status":"false""#),
        t(7),
    );
    assert_eq!(
        live.state(),
        AgentRecording::Paused {
            since: t(2),
            by: ChangedBy::Api
        }
    );
    // Resumed from Agent Workspace.
    let changes = live.apply(None, &status("cust", "resume", false), t(8));
    assert_eq!(
        changes[0],
        Change::Resumed {
            interaction: "cust".into(),
            by: ChangedBy::AgentWorkspace
        }
    );
    assert_eq!(live.state(), AgentRecording::Recording { since: t(8) });
    // The customer is transferred away: this agent's leg ends.
    live.apply(None, &ev("InteractionDeassigned", "cust", ""), t(9));
    assert_eq!(live.state(), AgentRecording::NoCall);
}

#[test]
fn while_both_legs_are_active_the_latest_one_counts() {
    let mut live = LiveState::default();
    start_call(&mut live, "a", t(0));
    start_call(&mut live, "b", t(1));
    live.apply(None, &status("a", "pause", true), t(2));
    assert_eq!(live.state(), AgentRecording::Recording { since: t(1) });
    live.apply(None, &ev("InteractionDeassigned", "b", ""), t(3));
    assert_eq!(
        live.state(),
        AgentRecording::Paused {
            since: t(2),
            by: ChangedBy::Api
        }
    );
}

#[test]
fn recording_not_started_or_not_enabled() {
    let mut live = LiveState::default();
    live.apply(
        None,
        &ev("InteractionAccepted", "i1", r#""recordingMode":"yes""#),
        t(0),
    );
    assert_eq!(live.state(), AgentRecording::CallOnNotRecording);
    live.apply(
        None,
        &ev("InteractionAccepted", "i2", r#""recordingMode":"no""#),
        t(1),
    );
    assert_eq!(live.state(), AgentRecording::CallOnNotRecording);
    // Even a started recording on a "no" call stays "not recording".
    live.apply(None, &ev("InteractionRecordingStarted", "i2", ""), t(2));
    assert_eq!(live.state(), AgentRecording::CallOnNotRecording);
    live.apply(None, &ev("InteractionDeleted", "i2", ""), t(3));
    live.apply(None, &ev("InteractionRecordingStarted", "i1", ""), t(4));
    assert_eq!(live.state(), AgentRecording::Recording { since: t(4) });
}

#[test]
fn duplicates_by_message_id_are_applied_once() {
    let mut live = LiveState::default();
    start_call(&mut live, "i1", t(0));
    let pause = status("i1", "pause", true);
    assert!(!live.apply(Some("CAEQAQ=="), &pause, t(1)).is_empty());
    live.apply(Some("CAEQAg=="), &status("i1", "resume", true), t(2));
    // The pause redelivered after a reconnect: not applied again.
    assert!(live.apply(Some("CAEQAQ=="), &pause, t(3)).is_empty());
    assert_eq!(live.state(), AgentRecording::Recording { since: t(2) });
}

#[test]
fn out_of_order_events_do_not_resurrect_or_regress() {
    let mut live = LiveState::default();
    // The end arrives before anything else of the call: it stays ended.
    live.apply(None, &ev("InteractionDeleted", "late", ""), t(0));
    assert!(
        live.apply(None, &status("late", "pause", false), t(1))
            .is_empty()
    );
    assert!(
        live.apply(None, &ev("InteractionAssigned", "late", ""), t(1))
            .is_empty()
    );
    assert_eq!(live.state(), AgentRecording::NoCall);
    // A pause before its call's assignment: the call is on and paused.
    let changes = live.apply(None, &status("early", "pause", false), t(2));
    assert!(matches!(changes[0], Change::NewCall { .. }), "{changes:?}");
    assert_eq!(
        live.state(),
        AgentRecording::Paused {
            since: t(2),
            by: ChangedBy::AgentWorkspace
        }
    );
    assert!(
        live.apply(None, &ev("InteractionAssigned", "early", ""), t(3))
            .is_empty()
    );
    // An older RecordingStatus (by interactionEventTS) after a newer one: skipped.
    live.apply(
        None,
        &ev(
            "RecordingStatus",
            "early",
            r#""status":"resume","interactionEventTS":200"#,
        ),
        t(4),
    );
    let stale = ev(
        "RecordingStatus",
        "early",
        r#""status":"pause","interactionEventTS":"150""#,
    );
    assert!(live.apply(None, &stale, t(5)).is_empty());
    assert_eq!(live.state(), AgentRecording::Recording { since: t(4) });
}

#[test]
fn other_agents_families_and_repeats_change_nothing() {
    let mut live = LiveState::new(Some("agA".into()));
    let other = decode_event(
        br#"{"Interaction":{"event":"InteractionAssigned","interactionGUID":"x","agentId":"agB"}}"#,
    )
    .unwrap();
    assert!(live.apply(None, &other, t(0)).is_empty());
    let family = decode_event(br#"{"AgentStatusChange":{"event":"x"}}"#).unwrap();
    assert!(live.apply(None, &family, t(0)).is_empty());
    start_call(&mut live, "i1", t(0));
    live.apply(None, &status("i1", "pause", false), t(1));
    // A second pause (by the API) keeps the first one's time and author.
    assert!(
        live.apply(None, &status("i1", "pause", true), t(2))
            .is_empty()
    );
    assert_eq!(
        live.state(),
        AgentRecording::Paused {
            since: t(1),
            by: ChangedBy::AgentWorkspace
        }
    );
    assert!(
        live.apply(None, &ev("InteractionQueued", "i1", ""), t(3))
            .is_empty()
    );
}

#[test]
fn our_own_pause_is_confirmed_or_not() {
    let mut live = LiveState::default();
    let now = Instant::now();
    start_call(&mut live, "i1", t(0));
    live.expect(Action::Pause, now + Duration::from_secs(2));
    assert_eq!(live.next_deadline(), Some(now + Duration::from_secs(2)));
    // A resume does not answer a pause.
    assert!(
        !live
            .apply(None, &status("i1", "resume", true), t(1))
            .iter()
            .any(|c| matches!(c, Change::Confirmed { .. }))
    );
    let changes = live.apply(None, &status("i1", "pause", true), t(1));
    assert!(
        changes.contains(&Change::Confirmed {
            action: Action::Pause,
            by: ChangedBy::Api
        }),
        "{changes:?}"
    );
    assert_eq!(live.next_deadline(), None);
    assert_eq!(live.expire(now + Duration::from_secs(9)), None);

    // A resume that 8x8 never reports.
    live.expect(Action::Resume, now + Duration::from_secs(2));
    assert_eq!(live.expire(now + Duration::from_secs(1)), None);
    assert_eq!(
        live.expire(now + Duration::from_secs(2)),
        Some(Change::NotConfirmed {
            action: Action::Resume
        })
    );
    assert_eq!(live.expire(now + Duration::from_secs(3)), None);
}

#[test]
fn state_is_bounded() {
    let mut live = LiveState::default();
    for i in 0..(MAX_LEGS + 5) {
        live.apply(
            Some(&format!("m{i}")),
            &ev("InteractionAssigned", &format!("g{i}"), ""),
            t(0),
        );
    }
    assert_eq!(live.interactions().len(), MAX_LEGS);
    for i in 0..(SEEN_IDS * 2) {
        live.apply(
            Some(&format!("x{i}")),
            &ev("InteractionDeleted", &format!("e{i}"), ""),
            t(0),
        );
    }
    assert!(live.seen.len() <= SEEN_IDS && live.seen_set.len() <= SEEN_IDS);
    assert!(live.ended.len() <= ENDED_KEPT);
    assert!(
        live.clear_calls()
            .contains(&Change::State(AgentRecording::NoCall))
    );
}
