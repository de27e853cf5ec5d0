//! The request log: one entry per request to the 8x8 endpoint (or an unknown path).

use serde::{Deserialize, Serialize};

/// One request as the simulator saw it and what it answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedRequest {
    /// HTTP method, e.g. `PUT`.
    pub method: String,
    /// Request target exactly as on the wire (still percent-encoded, query included).
    pub raw_path: String,
    /// Path segments after the leading `/`, each percent-decoded as UTF-8 (lossily if
    /// invalid); `+` stays a plus.
    pub segments: Vec<String>,
    /// Raw `Authorization` header value.
    pub authorization: Option<String>,
    /// Basic-auth user, if the header was a decodable Basic credential.
    pub basic_user: Option<String>,
    /// Basic-auth password, if the header was a decodable Basic credential.
    pub basic_password: Option<String>,
    /// Status answered; `None` for a dropped connection (or while a delay is pending).
    pub status: Option<u16>,
    /// Kind of the injected fault that applied, if any (see [`crate::Fault::name`]).
    pub fault: Option<String>,
    /// Milliseconds since the simulator started, at arrival.
    pub at_ms: u64,
    /// Client port of the TCP connection: equal ports mean one reused connection.
    pub peer_port: u16,
}

/// The log with stable sequence numbers, so a pending entry can be completed after a clear.
#[derive(Debug, Default)]
pub(crate) struct RequestLog {
    entries: Vec<LoggedRequest>,
    /// Sequence number of `entries[0]`.
    base: u64,
}

impl RequestLog {
    /// Appends an entry and returns its sequence number.
    pub fn push(&mut self, entry: LoggedRequest) -> u64 {
        self.entries.push(entry);
        self.base + self.entries.len() as u64 - 1
    }

    /// Records the answered status of entry `seq` (ignored if it was cleared meanwhile).
    pub fn complete(&mut self, seq: u64, status: Option<u16>) -> Option<LoggedRequest> {
        let idx = usize::try_from(seq.checked_sub(self.base)?).ok()?;
        let entry = self.entries.get_mut(idx)?;
        entry.status = status;
        Some(entry.clone())
    }

    pub fn snapshot(&self) -> Vec<LoggedRequest> {
        self.entries.clone()
    }

    pub fn clear(&mut self) {
        self.base += self.entries.len() as u64;
        self.entries.clear();
    }
}
