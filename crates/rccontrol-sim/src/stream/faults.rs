//! Stream faults: what they are and how the control API names them.

use serde::{Deserialize, Serialize};

use super::frame::Garbage;

/// A misbehaviour of the event stream.
///
/// [`StreamFault::Refuse`] applies to the next handshakes; the others apply at once to
/// every stream connection open at that moment (none: no effect), and
/// [`StreamFault::Stall`] and [`StreamFault::SlowPing`] last until
/// [`crate::Simulator::clear_stream_faults`] or the connection ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFault {
    /// Close the TCP connection without a close frame.
    Drop,
    /// Answer HTTP 401 to this many of the next handshakes that would succeed.
    Refuse(u32),
    /// Send one malformed frame, then go on normally.
    Garbage(Garbage),
    /// Send nothing more (no events, no pings) and read nothing (no pongs, no close
    /// replies); events published meanwhile are sent after the stall is cleared.
    Stall,
    /// Send no pings and read nothing (client pings go unanswered); events still flow.
    SlowPing,
}

impl StreamFault {
    /// The fault's kind as in the control API.
    pub fn name(&self) -> &'static str {
        match self {
            StreamFault::Drop => "drop",
            StreamFault::Refuse(_) => "refuse",
            StreamFault::Garbage(_) => "garbage",
            StreamFault::Stall => "stall",
            StreamFault::SlowPing => "slow-ping",
        }
    }
}

/// What the control task tells every open connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ConnSignal {
    Fault(StreamFault),
    /// End stall and slow-ping.
    Clear,
}

/// A stream fault in the control API's JSON: `{"kind": "drop"|"refuse"|"garbage"|
/// "stall"|"slow-ping", "count"?: n (refuse, default 1), "garbage"?: "not-json"|
/// "no-payload"|"bad-base64"|"payload-not-json"|"oversized" (default "not-json")}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StreamFaultSpec {
    kind: String,
    #[serde(default)]
    count: Option<u32>,
    #[serde(default)]
    garbage: Option<Garbage>,
}

impl StreamFaultSpec {
    /// The fault this spec names.
    pub fn into_fault(self) -> Result<StreamFault, String> {
        let misplaced = |what: &str| Err(format!("{what} does not apply to {:?}", self.kind));
        if self.kind != "refuse" && self.count.is_some() {
            return misplaced("count");
        }
        if self.kind != "garbage" && self.garbage.is_some() {
            return misplaced("garbage");
        }
        Ok(match self.kind.as_str() {
            "drop" => StreamFault::Drop,
            "refuse" => StreamFault::Refuse(self.count.unwrap_or(1)),
            "garbage" => StreamFault::Garbage(self.garbage.unwrap_or(Garbage::NotJson)),
            "stall" => StreamFault::Stall,
            "slow-ping" => StreamFault::SlowPing,
            other => {
                return Err(format!(
                    "unknown stream fault {other:?} (drop, refuse, garbage, stall, slow-ping)"
                ));
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(json: &str) -> Result<StreamFault, String> {
        serde_json::from_str::<StreamFaultSpec>(json)
            .map_err(|e| e.to_string())
            .and_then(StreamFaultSpec::into_fault)
    }

    #[test]
    fn specs() {
        assert_eq!(spec(r#"{"kind":"refuse"}"#), Ok(StreamFault::Refuse(1)));
        assert_eq!(
            spec(r#"{"kind":"garbage","garbage":"bad-base64"}"#),
            Ok(StreamFault::Garbage(Garbage::BadBase64))
        );
        assert_eq!(
            spec(r#"{"kind":"slow-ping"}"#).map(|f| f.name()),
            Ok("slow-ping")
        );
        assert!(spec(r#"{"kind":"drop","count":2}"#).is_err());
        assert!(spec(r#"{"kind":"garbage","garbage":"nope"}"#).is_err());
        assert!(spec(r#"{"kind":"melt"}"#).is_err());
    }
}
