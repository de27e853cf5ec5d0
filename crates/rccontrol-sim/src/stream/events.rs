//! Event JSON as 8x8 documents it: `{"Interaction": {...}}` and other families.
//!
//! Events carry a few fields the app does not know (`queueId`, `channelName`, …) and
//! some families it does not handle (`AgentStatusChange`), so clients prove they
//! ignore them.

use serde_json::{Value, json};

use super::time::now_ms;

/// One interaction (call leg) of an agent, as the stream names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Interaction {
    /// `interactionGUID`.
    pub guid: String,
    /// `transactionNum`.
    pub transaction_num: u64,
    /// `recordingMode` `"yes"` (recording enabled for the agent) or `"no"`.
    pub recording_mode: bool,
    /// Whether `InteractionRecordingStarted` happened (pause/resume apply only then).
    pub recording_started: bool,
}

/// Builds events with a running `msgInfo.sequenceId`.
#[derive(Debug, Default)]
pub(crate) struct EventFactory {
    sequence: u64,
}

/// What an `Interaction` event says besides the interaction itself.
#[derive(Debug)]
pub(crate) struct Change<'a> {
    pub event: &'a str,
    pub call_state: &'a str,
    /// Extra fields merged into the event.
    pub extra: Value,
}

impl EventFactory {
    /// `{"Interaction": {...}}` for `call` of `agent_id`.
    pub fn interaction(&mut self, agent_id: &str, call: &Interaction, change: Change<'_>) -> Value {
        self.sequence += 1;
        let ms = now_ms();
        // Every third event has an empty msgInfo, as the docs say is common.
        let msg_info = if self.sequence % 3 == 0 {
            json!({})
        } else {
            json!({"instanceId": "rccontrol-sim", "sequenceId": self.sequence, "timestamp": ms})
        };
        let mut body = json!({
            "event": change.event,
            "interactionGUID": call.guid,
            "agentId": agent_id,
            "callState": change.call_state,
            "mediaType": "phone",
            "recordingMode": if call.recording_mode { "yes" } else { "no" },
            "transactionNum": call.transaction_num,
            "interactionEventTS": ms / 1000,
            "msgInfo": msg_info,
            "queueId": 401,
            "channelName": "Support line",
        });
        if let (Some(map), Value::Object(extra)) = (body.as_object_mut(), change.extra) {
            map.extend(extra);
        }
        json!({ "Interaction": body })
    }

    /// An event family the app does not handle: the agent's status changed.
    pub fn agent_status(&mut self, agent_id: &str, status: &str) -> Value {
        self.sequence += 1;
        json!({"AgentStatusChange": {
            "agentId": agent_id,
            "agentStatus": status,
            "statusCodeItem": "Busy",
            "eventTS": now_ms() / 1000,
            "msgInfo": {},
        }})
    }
}

/// `RecordingStatus` extras: `status` and `isAPICall`.
pub(crate) fn recording_status(pause: bool, api: bool) -> Value {
    json!({"status": if pause { "pause" } else { "resume" }, "isAPICall": api})
}

/// `InteractionDeleted` extras: who hung up and why.
pub(crate) fn hangup(initiator: &str, reason: &str) -> Value {
    json!({"hangupInitiator": initiator, "callHangupReason": reason})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interaction_shape() {
        let call = Interaction {
            guid: "int-1".into(),
            transaction_num: 42,
            recording_mode: true,
            recording_started: true,
        };
        let mut f = EventFactory::default();
        let e = f.interaction(
            "ag1",
            &call,
            Change {
                event: "RecordingStatus",
                call_state: "CS_CONNECTED",
                extra: recording_status(true, false),
            },
        );
        let i = &e["Interaction"];
        assert_eq!(i["event"], "RecordingStatus");
        assert_eq!(i["status"], "pause");
        assert_eq!(i["isAPICall"], false);
        assert_eq!(i["recordingMode"], "yes");
        assert_eq!(i["transactionNum"], 42);
        assert_eq!(i["msgInfo"]["sequenceId"], 1);
    }
}
