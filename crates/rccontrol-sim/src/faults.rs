//! Injectable faults: what they are, how they are queued and what they answer.

use std::collections::VecDeque;
use std::time::Duration;

use bytes::Bytes;
use serde::{Deserialize, Serialize};

use crate::body::{Answer, HTML};

/// Default `Location` of the redirect fault.
pub const DEFAULT_REDIRECT_LOCATION: &str = "https://evil.example/steal";
/// Size of the oversized fault's body (1 MiB).
pub const OVERSIZED_LEN: usize = 1024 * 1024;
/// The oversized body holds no known phrase within this many leading bytes.
pub const OVERSIZED_CLEAN_PREFIX: usize = 64 * 1024;

/// A misbehaviour applied to the next answers of the 8x8 endpoint (not to `/_sim/`).
///
/// Apart from [`Fault::Delay`] and [`Fault::Late`], a fault replaces the answer:
/// the request is not processed and no agent state changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer with this status (an invalid code becomes 500) and body `Server error`.
    Status(u16),
    /// As [`Fault::Status`], with a `Retry-After` header of this many seconds
    /// (e.g. `429` and 1). Control API: `status` with `retry_after_s`.
    StatusWithRetryAfter(u16, u64),
    /// Wait this long, then process and answer normally. The wait runs in the
    /// connection's handler: if the client leaves first, the request is never
    /// processed (its log entry keeps `status: null`).
    Delay(Duration),
    /// Wait this long, then process — whether or not the client still waits —
    /// and answer if it does: a request abandoned by a client's timeout and
    /// applied by 8x8 later. The log entry gets its status either way.
    Late(Duration),
    /// Read the request, then close the connection without any response.
    Drop,
    /// `302 Found` with this `Location` (default [`DEFAULT_REDIRECT_LOCATION`]).
    Redirect(Option<String>),
    /// 200 with an HTML login page that holds no known phrase.
    Html,
    /// 200 with a 1 MiB text body; no known phrase in its first 64 KiB
    /// (`Status: success` does appear near its end, past that point).
    Oversized,
    /// 200 with non-UTF-8 bytes, `application/octet-stream`.
    Binary,
    /// 200 with an empty body.
    Empty,
}

impl Fault {
    /// The fault's kind, as in the control API and the request log.
    pub fn name(&self) -> &'static str {
        match self {
            Fault::Status(_) | Fault::StatusWithRetryAfter(..) => "status",
            Fault::Delay(_) => "delay",
            Fault::Late(_) => "late",
            Fault::Drop => "drop",
            Fault::Redirect(_) => "redirect",
            Fault::Html => "html",
            Fault::Oversized => "oversized",
            Fault::Binary => "binary",
            Fault::Empty => "empty",
        }
    }

    /// The answer that replaces the normal one; `None` for delay and late (answer
    /// normally) and drop (no answer).
    pub(crate) fn answer(&self) -> Option<Answer> {
        let status = |code: u16| {
            let code = if (100..=999).contains(&code) {
                code
            } else {
                500
            };
            Answer::text(code, "Server error")
        };
        Some(match self {
            Fault::Delay(_) | Fault::Late(_) | Fault::Drop => return None,
            Fault::Status(code) => status(*code),
            Fault::StatusWithRetryAfter(code, seconds) => {
                status(*code).with_header("retry-after", seconds.to_string())
            }
            Fault::Redirect(loc) => Answer::text(302, "Found").with_header(
                "location",
                loc.clone()
                    .unwrap_or_else(|| DEFAULT_REDIRECT_LOCATION.to_owned()),
            ),
            Fault::Html => Answer::raw(200, HTML, LOGIN_PAGE),
            Fault::Oversized => Answer::text(200, oversized_body()),
            Fault::Binary => Answer::raw(200, "application/octet-stream", binary_body()),
            Fault::Empty => Answer::raw(200, crate::body::TEXT, Bytes::new()),
        })
    }
}

const LOGIN_PAGE: &str = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n<body>\
<h1>Sign in to continue</h1>\n<form method=\"post\" action=\"/login\">\
<label>User <input name=\"username\"></label>\
<label>Password <input type=\"password\" name=\"password\"></label>\
<button type=\"submit\">Sign in</button></form>\n</body></html>\n";

fn oversized_body() -> String {
    let tail = "\nStatus: success\n";
    let line = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor\n";
    let mut s = String::with_capacity(OVERSIZED_LEN);
    while s.len() + line.len() + tail.len() <= OVERSIZED_LEN {
        s.push_str(line);
    }
    while s.len() + tail.len() < OVERSIZED_LEN {
        s.push('.');
    }
    s.push_str(tail);
    s
}

fn binary_body() -> Vec<u8> {
    // Deterministic xorshift bytes, starting with bytes that are never valid UTF-8.
    let mut out = vec![0xff, 0xfe, 0xc0, 0x80];
    let mut x: u32 = 0x9e37_79b9;
    while out.len() < 4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out
}

/// Control-API form of a fault: `{"kind":"status","status":500,"count":2}` etc.
///
/// | kind | fields | fault |
/// |---|---|---|
/// | `status` | `status` (default 500), `retry_after_s`? | [`Fault::Status`], or [`Fault::StatusWithRetryAfter`] with `retry_after_s` |
/// | `delay` | `delay_ms` | [`Fault::Delay`]: held in the handler; not processed if the client leaves |
/// | `late` | `delay_ms` | [`Fault::Late`]: held, then processed even if the client left |
/// | `drop` | | [`Fault::Drop`] |
/// | `redirect` | `location`? | [`Fault::Redirect`] |
/// | `html`, `oversized`, `binary`, `empty` | | [`Fault::Html`], [`Fault::Oversized`], [`Fault::Binary`], [`Fault::Empty`] |
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultSpec {
    /// `status`, `delay`, `late`, `drop`, `redirect`, `html`, `oversized`, `binary`
    /// or `empty`.
    pub kind: String,
    /// How many answers it applies to (default 1, at least 1).
    #[serde(default = "one")]
    pub count: u32,
    /// HTTP status for `status` (default 500).
    #[serde(default)]
    pub status: Option<u16>,
    /// Milliseconds for `delay` and `late` (required).
    #[serde(default)]
    pub delay_ms: Option<u64>,
    /// `Location` for `redirect`.
    #[serde(default)]
    pub location: Option<String>,
    /// `Retry-After` seconds for `status` (no header when absent; not listed then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_s: Option<u64>,
}

fn one() -> u32 {
    1
}

impl FaultSpec {
    /// Validates into a fault and its count.
    pub fn into_fault(self) -> Result<(Fault, u32), String> {
        if self.count == 0 {
            return Err("count must be at least 1".into());
        }
        let fault = match self.kind.as_str() {
            "status" => {
                let code = self.status.unwrap_or(500);
                if !(100..=999).contains(&code) {
                    return Err(format!("status {code} is not an HTTP status code"));
                }
                match self.retry_after_s {
                    Some(seconds) => Fault::StatusWithRetryAfter(code, seconds),
                    None => Fault::Status(code),
                }
            }
            _ if self.retry_after_s.is_some() => {
                return Err(format!("retry_after_s is for status, not {:?}", self.kind));
            }
            "delay" => Fault::Delay(Duration::from_millis(
                self.delay_ms.ok_or("delay needs delay_ms")?,
            )),
            "late" => Fault::Late(Duration::from_millis(
                self.delay_ms.ok_or("late needs delay_ms")?,
            )),
            "drop" => Fault::Drop,
            "redirect" => Fault::Redirect(self.location),
            "html" => Fault::Html,
            "oversized" => Fault::Oversized,
            "binary" => Fault::Binary,
            "empty" => Fault::Empty,
            other => return Err(format!("unknown fault kind {other:?}")),
        };
        Ok((fault, self.count))
    }

    /// The control-API form of a queued fault.
    pub fn from_fault(fault: &Fault, count: u32) -> Self {
        let mut spec = FaultSpec {
            kind: fault.name().to_owned(),
            count,
            status: None,
            delay_ms: None,
            location: None,
            retry_after_s: None,
        };
        match fault {
            Fault::Status(c) => spec.status = Some(*c),
            Fault::StatusWithRetryAfter(c, s) => {
                spec.status = Some(*c);
                spec.retry_after_s = Some(*s);
            }
            Fault::Delay(d) | Fault::Late(d) => {
                spec.delay_ms = Some(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            }
            Fault::Redirect(l) => spec.location = l.clone(),
            _ => {}
        }
        spec
    }
}

/// Faults in the order they apply, each with the number of answers it still applies to.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    queue: VecDeque<(Fault, u32)>,
}

impl FaultQueue {
    pub fn push(&mut self, fault: Fault, count: u32) {
        if count > 0 {
            self.queue.push_back((fault, count));
        }
    }

    /// Takes the fault for the next answer, if any, counting it down.
    pub fn next(&mut self) -> Option<Fault> {
        let (fault, remaining) = self.queue.front_mut()?;
        let fault = fault.clone();
        *remaining -= 1;
        if *remaining == 0 {
            self.queue.pop_front();
        }
        Some(fault)
    }

    pub fn clear(&mut self) {
        self.queue.clear();
    }

    pub fn pending(&self) -> Vec<(Fault, u32)> {
        self.queue.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHRASES: [&str; 4] = [
        "success",
        "nothing to be modified",
        "not enabled",
        "active transaction",
    ];

    fn no_phrase(s: &str) -> bool {
        let l = s.to_ascii_lowercase();
        PHRASES.iter().all(|p| !l.contains(p))
    }

    #[test]
    fn queue_counts_down_in_order() {
        let mut q = FaultQueue::default();
        q.push(Fault::Status(500), 2);
        q.push(Fault::Drop, 1);
        q.push(Fault::Empty, 0);
        assert_eq!(q.next(), Some(Fault::Status(500)));
        assert_eq!(q.pending(), vec![(Fault::Status(500), 1), (Fault::Drop, 1)]);
        assert_eq!(q.next(), Some(Fault::Status(500)));
        assert_eq!(q.next(), Some(Fault::Drop));
        assert_eq!(q.next(), None);
    }

    #[test]
    fn bodies_hold_no_known_phrase() {
        let html = Fault::Html.answer().unwrap();
        assert!(no_phrase(std::str::from_utf8(&html.body).unwrap()));
        let big = Fault::Oversized.answer().unwrap();
        assert_eq!(big.body.len(), OVERSIZED_LEN);
        assert!(no_phrase(
            std::str::from_utf8(&big.body[..OVERSIZED_CLEAN_PREFIX]).unwrap()
        ));
        let bin = Fault::Binary.answer().unwrap();
        assert!(std::str::from_utf8(&bin.body).is_err());
        assert!(Fault::Empty.answer().unwrap().body.is_empty());
        assert_eq!(Fault::Status(12345).answer().unwrap().status, 500);
        let limited = Fault::StatusWithRetryAfter(429, 7).answer().unwrap();
        assert_eq!(limited.status, 429);
        assert_eq!(limited.headers, vec![("retry-after", "7".to_owned())]);
        assert!(Fault::Status(429).answer().unwrap().headers.is_empty());
        assert!(Fault::Late(Duration::from_millis(1)).answer().is_none());
    }

    #[test]
    fn specs_validate() {
        let spec = |j: &str| serde_json::from_str::<FaultSpec>(j).unwrap().into_fault();
        assert_eq!(
            spec(r#"{"kind":"status","status":503,"count":2}"#),
            Ok((Fault::Status(503), 2))
        );
        assert_eq!(
            spec(r#"{"kind":"delay","delay_ms":20}"#),
            Ok((Fault::Delay(Duration::from_millis(20)), 1))
        );
        assert!(spec(r#"{"kind":"delay"}"#).is_err());
        assert!(spec(r#"{"kind":"drop","count":0}"#).is_err());
        assert!(spec(r#"{"kind":"teleport"}"#).is_err());
        assert!(spec(r#"{"kind":"status","status":42}"#).is_err());
        assert_eq!(
            spec(r#"{"kind":"status","status":429,"retry_after_s":1}"#),
            Ok((Fault::StatusWithRetryAfter(429, 1), 1))
        );
        assert!(spec(r#"{"kind":"drop","retry_after_s":1}"#).is_err());
        assert_eq!(
            spec(r#"{"kind":"late","delay_ms":1500}"#),
            Ok((Fault::Late(Duration::from_millis(1500)), 1))
        );
        assert!(spec(r#"{"kind":"late"}"#).is_err());
        for (fault, count) in [
            (Fault::StatusWithRetryAfter(429, 60), 2),
            (Fault::Late(Duration::from_millis(1500)), 1),
            (Fault::Status(503), 3),
        ] {
            let spec = FaultSpec::from_fault(&fault, count);
            assert_eq!(spec.clone().into_fault(), Ok((fault, count)), "{spec:?}");
        }
        // No retry_after_s: not listed (the control API's list stays as it was).
        let listed = serde_json::to_value(FaultSpec::from_fault(&Fault::Status(500), 1)).unwrap();
        assert!(listed.get("retry_after_s").is_none(), "{listed}");
        let (f, n) = spec(r#"{"kind":"redirect","location":"https://x.example/"}"#).unwrap();
        assert_eq!(
            FaultSpec::from_fault(&f, n).location.as_deref(),
            Some("https://x.example/")
        );
    }
}
