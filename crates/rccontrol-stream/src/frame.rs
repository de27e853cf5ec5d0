//! A Pulsar WebSocket reader frame: `{"messageId", "payload", "properties",
//! "publishTime", "redeliveryCount"}`, with the payload base64-decoded.

use std::time::SystemTime;

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde::Deserialize;

/// Standard base64, padding optional (Pulsar pads; a relay might not).
const PAYLOAD_B64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Longest message id kept (Pulsar's are a few dozen characters).
pub const MAX_MESSAGE_ID_LEN: usize = 512;

/// One decoded reader frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The message id, as sent (base64-ish; contains `+ / =`): where to resume.
    pub message_id: String,
    /// When Pulsar published it, if the frame said so in RFC 3339.
    pub publish_time: Option<SystemTime>,
    /// The decoded payload (the event JSON's bytes).
    pub payload: Vec<u8>,
    /// The frame's fields as received, for a relay that forwards the frame.
    pub raw: RawMessage,
}

/// A reader frame's fields as 8x8 sent them (no decoding): what a relay
/// forwards to its own readers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawMessage {
    /// `payload`: the event JSON, base64, as received.
    pub payload: String,
    /// `publishTime`, as received, when it was a string.
    pub publish_time: Option<String>,
    /// `properties`, as received (an object), when present.
    pub properties: Option<serde_json::Value>,
}

/// Why a frame was not usable. Never contains the payload.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// Not a JSON object of the expected shape.
    #[error("frame is not a reader message: {0}")]
    Json(String),
    /// `messageId` is empty or too long.
    #[error("frame has an unusable messageId")]
    MessageId,
    /// `payload` is not base64.
    #[error("frame payload is not base64 (message {message_id})")]
    Payload {
        /// The frame's message id (so the reader can still resume after it).
        message_id: String,
    },
}

#[derive(Deserialize)]
struct RawFrame {
    #[serde(rename = "messageId")]
    message_id: String,
    payload: String,
    #[serde(rename = "publishTime", default)]
    publish_time: Option<serde_json::Value>,
    #[serde(default)]
    properties: Option<serde_json::Value>,
}

/// Decodes one text frame. Unknown fields (`properties`, `redeliveryCount`…)
/// are ignored; an unparsable `publishTime` is dropped, not an error.
pub fn decode_frame(text: &str) -> Result<Frame, FrameError> {
    let raw: RawFrame = serde_json::from_str(text).map_err(|e| {
        // serde_json's message names the position and the expected type, not the input.
        FrameError::Json(e.to_string())
    })?;
    if raw.message_id.is_empty() || raw.message_id.len() > MAX_MESSAGE_ID_LEN {
        return Err(FrameError::MessageId);
    }
    let payload = PAYLOAD_B64
        .decode(raw.payload.trim().as_bytes())
        .map_err(|_| FrameError::Payload {
            message_id: raw.message_id.clone(),
        })?;
    let publish_text = match raw.publish_time {
        Some(serde_json::Value::String(s)) => Some(s),
        _ => None,
    };
    let publish_time = publish_text
        .as_deref()
        .and_then(|s| humantime::parse_rfc3339_weak(s).ok());
    let properties = raw.properties.filter(serde_json::Value::is_object);
    Ok(Frame {
        message_id: raw.message_id,
        publish_time,
        payload,
        raw: RawMessage {
            payload: raw.payload,
            publish_time: publish_text,
            properties,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn b64(s: &str) -> String {
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    #[test]
    fn decodes_the_documented_frame() {
        let text = format!(
            r#"{{"messageId":"CAEQAQ==","payload":"{}","properties":{{}},"publishTime":"2025-10-15T09:30:00.000Z","redeliveryCount":0,"extra":[1]}}"#,
            b64(r#"{"Interaction":{}}"#)
        );
        let f = decode_frame(&text).unwrap();
        assert_eq!(f.message_id, "CAEQAQ==");
        assert_eq!(f.payload, br#"{"Interaction":{}}"#);
        assert_eq!(
            f.publish_time,
            Some(UNIX_EPOCH + Duration::from_secs(1_760_520_600))
        );
        assert_eq!(f.raw.payload, b64(r#"{"Interaction":{}}"#));
        assert_eq!(
            f.raw.publish_time.as_deref(),
            Some("2025-10-15T09:30:00.000Z")
        );
        assert_eq!(f.raw.properties, Some(serde_json::json!({})));
    }

    #[test]
    fn lenient_on_padding_and_publish_time() {
        let f = decode_frame(r#"{"messageId":"a+/=","payload":"e30","publishTime":12}"#).unwrap();
        assert_eq!(f.payload, b"{}");
        assert_eq!(f.publish_time, None);
        let f = decode_frame(r#"{"messageId":"a","payload":"e30=","publishTime":"yesterday"}"#)
            .unwrap();
        assert_eq!(f.publish_time, None);
    }

    #[test]
    fn malformed_frames_are_errors_not_panics() {
        let long_id = format!(r#"{{"messageId":"{}","payload":""}}"#, "x".repeat(600));
        let cases = [
            "",
            "null",
            "[]",
            "{",
            "\"x\"",
            "{}",
            r#"{"messageId":1,"payload":""}"#,
            r#"{"messageId":"","payload":"e30="}"#,
            r#"{"messageId":"a"}"#,
            r#"{"payload":"e30="}"#,
            r#"{"messageId":"a","payload":null}"#,
            &long_id,
            "\u{0}\u{ffff}",
            r#"{"messageId":"a","payload":"e30=","messageId":"b"}"#,
        ];
        for text in cases {
            assert!(decode_frame(text).is_err(), "{text:?}");
        }
        let e = decode_frame(r#"{"messageId":"m1","payload":"!!not base64!!"}"#).unwrap_err();
        assert_eq!(
            e,
            FrameError::Payload {
                message_id: "m1".into()
            }
        );
    }

    #[test]
    fn every_truncation_of_a_frame_is_handled() {
        let text = format!(
            r#"{{"messageId":"CAEQAQ==","payload":"{}"}}"#,
            b64(r#"{"a":1}"#)
        );
        for cut in 0..text.len() {
            let _ = decode_frame(&text[..cut]);
        }
        for i in 0..text.len() {
            let mut bytes = text.clone().into_bytes();
            bytes[i] ^= 0x5a;
            if let Ok(s) = std::str::from_utf8(&bytes) {
                let _ = decode_frame(s);
            }
        }
    }
}
