//! Text frames as the Pulsar reader sends them, and the garbage ones a fault sends.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::time::{now_ms, rfc3339_ms};

/// Size above which the oversized garbage frame is built (1 MiB).
pub const OVERSIZED_FRAME_LEN: usize = 1024 * 1024;

/// The message id that garbage frames carry: valid base64, not an id of this
/// simulator (a handshake resuming from it gets 400).
pub(crate) const GARBAGE_ID: &str = "Z2FyYmFnZQ==";

/// Renders one message frame: `payload` is base64 of the event's JSON text.
pub(crate) fn render(message_id: &str, event_json: &str, publish_time: &str) -> String {
    json!({
        "messageId": message_id,
        "payload": STANDARD.encode(event_json),
        "properties": {},
        "publishTime": publish_time,
        "redeliveryCount": 0,
    })
    .to_string()
}

/// A malformed frame that [`crate::StreamFault::Garbage`] sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Garbage {
    /// A text frame that is not JSON.
    NotJson,
    /// A JSON frame without `payload`.
    NoPayload,
    /// `payload` is not base64.
    BadBase64,
    /// `payload` is base64 of something that is not JSON.
    PayloadNotJson,
    /// A well-formed frame of more than [`OVERSIZED_FRAME_LEN`] bytes (an event with
    /// a huge unknown field).
    Oversized,
}

impl Garbage {
    /// The frame's text.
    pub(crate) fn frame(self) -> String {
        let time = rfc3339_ms(now_ms());
        match self {
            Garbage::NotJson => "this is not JSON {\"messageId\":".to_owned(),
            Garbage::NoPayload => json!({
                "messageId": GARBAGE_ID,
                "properties": {},
                "publishTime": time,
                "redeliveryCount": 0,
            })
            .to_string(),
            Garbage::BadBase64 => json!({
                "messageId": GARBAGE_ID,
                "payload": "!!not*base64!!",
                "properties": {},
                "publishTime": time,
                "redeliveryCount": 0,
            })
            .to_string(),
            Garbage::PayloadNotJson => render(GARBAGE_ID, "<html>not json</html>", &time),
            Garbage::Oversized => {
                let event = json!({"Interaction": {
                    "event": "InteractionNoteAdded",
                    "note": "x".repeat(OVERSIZED_FRAME_LEN),
                }});
                render(GARBAGE_ID, &event.to_string(), &time)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames() {
        let f: serde_json::Value =
            serde_json::from_str(&render("CAEQAQ==", "{\"a\":1}", "t")).unwrap();
        assert_eq!(f["payload"], "eyJhIjoxfQ==");
        assert_eq!(f["redeliveryCount"], 0);
        assert!(serde_json::from_str::<serde_json::Value>(&Garbage::NotJson.frame()).is_err());
        assert!(Garbage::Oversized.frame().len() > OVERSIZED_FRAME_LEN);
        let f: serde_json::Value = serde_json::from_str(&Garbage::NoPayload.frame()).unwrap();
        assert!(f.get("payload").is_none());
    }
}
