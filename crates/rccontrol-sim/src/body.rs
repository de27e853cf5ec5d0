//! Body styles of the documented answers and the answer value the server turns into HTTP.

use std::fmt;
use std::str::FromStr;

use bytes::Bytes;
use serde::{Deserialize, Serialize};

/// Most request-body bytes read from a request (the endpoint's are discarded,
/// the control endpoints' parsed).
pub(crate) const MAX_BODY: usize = 64 * 1024;

/// How the three documented 200 answers are worded (the real format is undocumented).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BodyStyle {
    /// `Status: success` as `text/plain` (the default).
    #[default]
    Plain,
    /// `{"status":"success"}`.
    Json,
    /// `{"result":{"status":"success","code":200}}`.
    JsonNested,
    /// A small HTML page holding `<p>Status: success</p>`.
    Html,
    /// As a field client observed: no call → `Active transaction does not exist`; others plain.
    Field,
}

impl BodyStyle {
    /// All styles, in declaration order.
    pub const ALL: [BodyStyle; 5] = [
        BodyStyle::Plain,
        BodyStyle::Json,
        BodyStyle::JsonNested,
        BodyStyle::Html,
        BodyStyle::Field,
    ];

    /// The style's name as used by the CLI and the control API.
    pub fn as_str(self) -> &'static str {
        match self {
            BodyStyle::Plain => "plain",
            BodyStyle::Json => "json",
            BodyStyle::JsonNested => "json-nested",
            BodyStyle::Html => "html",
            BodyStyle::Field => "field",
        }
    }
}

impl fmt::Display for BodyStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for BodyStyle {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        BodyStyle::ALL
            .into_iter()
            .find(|b| b.as_str() == s)
            .ok_or_else(|| {
                format!("unknown body style {s:?} (plain, json, json-nested, html, field)")
            })
    }
}

/// The three documented 200 outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Success,
    NothingToModify,
    NotEnabled,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::NothingToModify => "nothing to be modified",
            Outcome::NotEnabled => "not enabled",
        }
    }
}

/// A complete answer, independent of the HTTP library.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Bytes,
}

pub(crate) const TEXT: &str = "text/plain; charset=utf-8";
pub(crate) const JSON: &str = "application/json";
pub(crate) const HTML: &str = "text/html; charset=utf-8";

impl Answer {
    /// A plain-text answer.
    pub fn text(status: u16, body: impl Into<String>) -> Self {
        Answer {
            status,
            content_type: TEXT,
            headers: Vec::new(),
            body: Bytes::from(body.into()),
        }
    }

    /// An answer with the given content type.
    pub fn raw(status: u16, content_type: &'static str, body: impl Into<Bytes>) -> Self {
        Answer {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// A JSON answer.
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Answer {
            status,
            content_type: JSON,
            headers: Vec::new(),
            body: Bytes::from(value.to_string()),
        }
    }

    /// Adds a header.
    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// A documented error answer with its short plain body (`Unauthorized`, …).
    pub fn error(status: u16) -> Self {
        let body = match status {
            400 => "Bad request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not found",
            405 => "Method not allowed",
            _ => "Server error",
        };
        Answer::text(status, body)
    }

    /// A documented 200 answer in the given style.
    pub fn outcome(outcome: Outcome, style: BodyStyle) -> Self {
        let label = outcome.label();
        match style {
            BodyStyle::Plain => Answer::text(200, format!("Status: {label}")),
            BodyStyle::Field if outcome == Outcome::NothingToModify => {
                Answer::text(200, "Active transaction does not exist")
            }
            BodyStyle::Field => Answer::text(200, format!("Status: {label}")),
            // Written by hand so the key order is fixed whatever serde_json features are on.
            BodyStyle::Json => Answer::raw(200, JSON, format!(r#"{{"status":"{label}"}}"#)),
            BodyStyle::JsonNested => Answer::raw(
                200,
                JSON,
                format!(r#"{{"result":{{"status":"{label}","code":200}}}}"#),
            ),
            BodyStyle::Html => Answer::raw(
                200,
                HTML,
                format!(
                    "<!DOCTYPE html>\n<html><head><title>Recording control</title></head>\n\
                     <body><p>Status: {label}</p></body></html>\n"
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_names_round_trip() {
        for s in BodyStyle::ALL {
            assert_eq!(s.as_str().parse::<BodyStyle>().unwrap(), s);
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
        assert!("xml".parse::<BodyStyle>().is_err());
    }

    #[test]
    fn bodies() {
        let b = |o, s| String::from_utf8(Answer::outcome(o, s).body.to_vec()).unwrap();
        assert_eq!(b(Outcome::Success, BodyStyle::Plain), "Status: success");
        assert_eq!(
            b(Outcome::NotEnabled, BodyStyle::Json),
            r#"{"status":"not enabled"}"#
        );
        assert_eq!(
            b(Outcome::NothingToModify, BodyStyle::JsonNested),
            r#"{"result":{"status":"nothing to be modified","code":200}}"#
        );
        assert!(b(Outcome::Success, BodyStyle::Html).contains("<p>Status: success</p>"));
        assert_eq!(
            b(Outcome::NothingToModify, BodyStyle::Field),
            "Active transaction does not exist"
        );
        assert_eq!(
            b(Outcome::NotEnabled, BodyStyle::Field),
            "Status: not enabled"
        );
    }
}
