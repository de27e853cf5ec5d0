//! The event JSON inside a frame's payload, decoded into what matters for the
//! recording state. One top-level key names the family (`Interaction`,
//! `AgentStatusChange`…); only `Interaction` events are read.

use serde_json::{Map, Value};

/// A decoded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// An `Interaction` event.
    Interaction(Interaction),
    /// Another family (`AgentStatusChange`, `AgentProvChange`, unknown ones),
    /// or an interaction event that names no interaction: ignored.
    Ignored {
        /// The family key (`AgentStatusChange`).
        family: String,
    },
}

/// An `Interaction` event: the fields this crate uses; the rest is ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    /// What happened.
    pub kind: EventKind,
    /// The event type as sent (`RecordingStatus`, `InteractionAssigned`…).
    pub event_type: String,
    /// Which interaction (one call leg of this agent).
    pub interaction_guid: String,
    /// The agent, when the event says.
    pub agent_id: Option<String>,
    /// `callState` (`CS_CONNECTED`…), when present.
    pub call_state: Option<String>,
    /// `recordingMode`: `Some(true)` for `"yes"`, `Some(false)` for `"no"`.
    pub recording_mode: Option<bool>,
    /// `transactionNum` (a number or a string in 8x8's events), as text.
    pub transaction_num: Option<String>,
    /// `interactionEventTS` in milliseconds (sent in seconds, maybe fractional).
    pub event_ts_ms: Option<u64>,
}

/// What an interaction event means for the recording state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// `RecordingStatus`: the recording was paused or resumed.
    RecordingStatus {
        /// `status` is `"pause"`.
        paused: bool,
        /// `isAPICall`: through an API (such as this app) rather than Agent
        /// Workspace's button. Absent counts as `false`.
        from_api: bool,
    },
    /// `InteractionRecordingStarted`: the system started recording the leg.
    RecordingStarted,
    /// `InteractionAssigned`, `InteractionAccepted`, `InteractionCustomerAccepted`:
    /// a call is on.
    CallOn,
    /// `InteractionDeassigned`, `InteractionDeleted`, `InteractionPostProcess`,
    /// `InteractionEndPostProcess`: this agent's leg ended.
    CallEnded,
    /// `LineHoldStatus`.
    Hold {
        /// `status` true: on hold.
        on_hold: bool,
    },
    /// Any other interaction event type (ignored by the state machine).
    Other,
}

/// Why an event payload was refused. Never contains the payload.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    /// Not JSON, or not an object with one family key holding an object.
    #[error("event payload is not an event object: {0}")]
    Shape(String),
    /// A field this crate needs is missing or of the wrong kind.
    #[error("{event} event: field {field} is missing or invalid")]
    Field {
        /// The event type (or `Interaction` when `event` itself is the problem).
        event: String,
        /// The JSON field name.
        field: &'static str,
    },
}

/// Decodes an event payload (the bytes of a frame's base64 `payload`).
pub fn decode_event(payload: &[u8]) -> Result<Event, EventError> {
    let value: Value =
        serde_json::from_slice(payload).map_err(|e| EventError::Shape(e.to_string()))?;
    let Value::Object(top) = value else {
        return Err(EventError::Shape("not an object".into()));
    };
    let mut entries = top.into_iter();
    let (family, body) = match (entries.next(), entries.next()) {
        (Some(entry), None) => entry,
        _ => return Err(EventError::Shape("expected exactly one family key".into())),
    };
    if family != "Interaction" {
        return Ok(Event::Ignored { family });
    }
    let Value::Object(body) = body else {
        return Err(EventError::Shape("Interaction is not an object".into()));
    };
    decode_interaction(&body)
}

fn decode_interaction(body: &Map<String, Value>) -> Result<Event, EventError> {
    let event_type = match body.get("event") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        _ => {
            return Err(EventError::Field {
                event: "Interaction".into(),
                field: "event",
            });
        }
    };
    let field_error = |field| EventError::Field {
        event: event_type.clone(),
        field,
    };
    let kind = match event_type.as_str() {
        "RecordingStatus" => {
            let paused = match body.get("status").and_then(Value::as_str).map(str::trim) {
                Some(s) if s.eq_ignore_ascii_case("pause") || s.eq_ignore_ascii_case("paused") => {
                    true
                }
                Some(s)
                    if s.eq_ignore_ascii_case("resume") || s.eq_ignore_ascii_case("resumed") =>
                {
                    false
                }
                _ => return Err(field_error("status")),
            };
            let from_api = match body.get("isAPICall") {
                None | Some(Value::Null) => false,
                Some(v) => lenient_bool(v).ok_or_else(|| field_error("isAPICall"))?,
            };
            EventKind::RecordingStatus { paused, from_api }
        }
        "InteractionRecordingStarted" => EventKind::RecordingStarted,
        "InteractionAssigned" | "InteractionAccepted" | "InteractionCustomerAccepted" => {
            EventKind::CallOn
        }
        "InteractionDeassigned"
        | "InteractionDeleted"
        | "InteractionPostProcess"
        | "InteractionEndPostProcess" => EventKind::CallEnded,
        "LineHoldStatus" => {
            let on_hold = body
                .get("status")
                .and_then(lenient_bool)
                .ok_or_else(|| field_error("status"))?;
            EventKind::Hold { on_hold }
        }
        _ => EventKind::Other,
    };
    let interaction_guid = match body.get("interactionGUID").and_then(id_text) {
        Some(g) => g,
        None if kind == EventKind::Other => {
            return Ok(Event::Ignored {
                family: "Interaction".into(),
            });
        }
        None => return Err(field_error("interactionGUID")),
    };
    let recording_mode = match body.get("recordingMode") {
        None | Some(Value::Null) => None,
        Some(v) => match v {
            Value::String(s) if s.trim().eq_ignore_ascii_case("yes") => Some(true),
            Value::String(s) if s.trim().eq_ignore_ascii_case("no") => Some(false),
            other => Some(lenient_bool(other).ok_or_else(|| field_error("recordingMode"))?),
        },
    };
    Ok(Event::Interaction(Interaction {
        kind,
        event_type: event_type.clone(),
        interaction_guid,
        agent_id: body.get("agentId").and_then(id_text),
        call_state: body
            .get("callState")
            .and_then(Value::as_str)
            .map(str::to_owned),
        recording_mode,
        transaction_num: body.get("transactionNum").and_then(id_text),
        event_ts_ms: body.get("interactionEventTS").and_then(seconds_to_ms),
    }))
}

/// `true`/`false`, `"true"`/`"false"` (any case), `1`/`0`, `"yes"`/`"no"`.
fn lenient_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_u64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        Value::String(s) => {
            let s = s.trim();
            if ["true", "yes", "1"]
                .iter()
                .any(|t| s.eq_ignore_ascii_case(t))
            {
                Some(true)
            } else if ["false", "no", "0"]
                .iter()
                .any(|t| s.eq_ignore_ascii_case(t))
            {
                Some(false)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// An id given as a non-empty string or as a number.
fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Seconds (number or numeric string, maybe fractional) to milliseconds.
fn seconds_to_ms(v: &Value) -> Option<u64> {
    let secs = match v {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    if secs.is_finite() && (0.0..1.0e12).contains(&secs) {
        // In range: the cast cannot truncate beyond the millisecond.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some((secs * 1000.0).round() as u64)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interaction(json: &str) -> Interaction {
        match decode_event(json.as_bytes()) {
            Ok(Event::Interaction(i)) => i,
            other => panic!("{json}: {other:?}"),
        }
    }

    #[test]
    fn recording_status_with_lenient_types() {
        let i = interaction(
            r#"{"Interaction":{"event":"RecordingStatus","status":"pause","isAPICall":"true","recordingMode":"yes","interactionGUID":"int-1","transactionNum":12345,"agentId":"agA","interactionEventTS":1760520600.25,"msgInfo":{},"unknown":[1,2]}}"#,
        );
        assert_eq!(
            i.kind,
            EventKind::RecordingStatus {
                paused: true,
                from_api: true
            }
        );
        assert_eq!(i.interaction_guid, "int-1");
        assert_eq!(i.transaction_num.as_deref(), Some("12345"));
        assert_eq!(i.agent_id.as_deref(), Some("agA"));
        assert_eq!(i.recording_mode, Some(true));
        assert_eq!(i.event_ts_ms, Some(1_760_520_600_250));

        let i = interaction(
            r#"{"Interaction":{"event":"RecordingStatus","status":"Resume","isAPICall":false,"recordingMode":"no","interactionGUID":"int-1","transactionNum":"T9"}}"#,
        );
        assert_eq!(
            i.kind,
            EventKind::RecordingStatus {
                paused: false,
                from_api: false
            }
        );
        assert_eq!(i.transaction_num.as_deref(), Some("T9"));
        assert_eq!(i.recording_mode, Some(false));
        let i = interaction(
            r#"{"Interaction":{"event":"RecordingStatus","status":"pause","interactionGUID":"g"}}"#,
        );
        assert_eq!(
            i.kind,
            EventKind::RecordingStatus {
                paused: true,
                from_api: false
            }
        );
    }

    #[test]
    fn the_families_of_call_events() {
        for (t, kind) in [
            ("InteractionAssigned", EventKind::CallOn),
            ("InteractionAccepted", EventKind::CallOn),
            ("InteractionCustomerAccepted", EventKind::CallOn),
            ("InteractionRecordingStarted", EventKind::RecordingStarted),
            ("InteractionDeassigned", EventKind::CallEnded),
            ("InteractionDeleted", EventKind::CallEnded),
            ("InteractionPostProcess", EventKind::CallEnded),
            ("InteractionQueued", EventKind::Other),
        ] {
            let i = interaction(&format!(
                r#"{{"Interaction":{{"event":"{t}","interactionGUID":"g","callState":"CS_CONNECTED"}}}}"#
            ));
            assert_eq!(i.kind, kind, "{t}");
            assert_eq!(i.call_state.as_deref(), Some("CS_CONNECTED"));
        }
        let i = interaction(
            r#"{"Interaction":{"event":"LineHoldStatus","status":"true","interactionGUID":"g"}}"#,
        );
        assert_eq!(i.kind, EventKind::Hold { on_hold: true });
        let i = interaction(
            r#"{"Interaction":{"event":"LineHoldStatus","status":false,"interactionGUID":"g"}}"#,
        );
        assert_eq!(i.kind, EventKind::Hold { on_hold: false });
    }

    #[test]
    fn other_families_and_guid_less_other_events_are_ignored() {
        for json in [
            r#"{"AgentStatusChange":{"event":"x"}}"#,
            r#"{"AgentProvChange":5}"#,
            r#"{"Interaction":{"event":"InteractionQueued"}}"#,
        ] {
            assert!(
                matches!(decode_event(json.as_bytes()), Ok(Event::Ignored { .. })),
                "{json}"
            );
        }
    }

    #[test]
    fn malformed_events_are_errors_not_panics() {
        let cases: &[&[u8]] = &[
            b"", b"null", b"[]", b"{}", b"\xff\xfe", b"{\"Interaction\":[]}",
            br#"{"Interaction":{},"AgentStatusChange":{}}"#,
            br#"{"Interaction":{}}"#,
            br#"{"Interaction":{"event":7,"interactionGUID":"g"}}"#,
            br#"{"Interaction":{"event":"RecordingStatus","interactionGUID":"g"}}"#,
            br#"{"Interaction":{"event":"RecordingStatus","status":"stop","interactionGUID":"g"}}"#,
            br#"{"Interaction":{"event":"RecordingStatus","status":"pause","isAPICall":"maybe","interactionGUID":"g"}}"#,
            br#"{"Interaction":{"event":"RecordingStatus","status":"pause"}}"#,
            br#"{"Interaction":{"event":"InteractionAssigned","interactionGUID":""}}"#,
            br#"{"Interaction":{"event":"InteractionAssigned","interactionGUID":"g","recordingMode":"sometimes"}}"#,
            br#"{"Interaction":{"event":"LineHoldStatus","interactionGUID":"g"}}"#,
        ];
        for bytes in cases {
            assert!(
                decode_event(bytes).is_err(),
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
        let e = decode_event(
            br#"{"Interaction":{"event":"RecordingStatus","status":"x","interactionGUID":"g"}}"#,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "RecordingStatus event: field status is missing or invalid"
        );
    }

    #[test]
    fn every_truncation_and_byte_flip_is_handled() {
        let json = br#"{"Interaction":{"event":"RecordingStatus","status":"pause","isAPICall":true,"interactionGUID":"g","transactionNum":1,"interactionEventTS":"1e3"}}"#;
        for cut in 0..json.len() {
            let _ = decode_event(&json[..cut]);
        }
        for i in 0..json.len() {
            for flip in [0x01, 0x20, 0x80] {
                let mut b = json.to_vec();
                b[i] ^= flip;
                let _ = decode_event(&b);
            }
        }
        assert_eq!(
            interaction(std::str::from_utf8(json).unwrap_or("")).event_ts_ms,
            Some(1_000_000)
        );
    }
}
