//! The control endpoints' shared pieces: JSON answers, the body parser and
//! who a request is about (used by `control` and `stream::control`).

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::body::Answer;
use crate::scenario::{AgentRef, AgentState};

pub(crate) fn error(status: u16, message: impl Into<String>) -> Answer {
    Answer::json(status, &json!({ "error": message.into() }))
}

pub(crate) fn ok() -> Answer {
    Answer::json(200, &json!({ "ok": true }))
}

pub(crate) fn agent_json(agent: &AgentState) -> Answer {
    match serde_json::to_value(agent) {
        Ok(v) => Answer::json(200, &v),
        Err(e) => error(500, e.to_string()),
    }
}

/// Who a control request is about.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Who {
    pub tenant: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub agent_id: Option<String>,
}

impl Who {
    pub(crate) fn agent_ref(&self) -> Result<AgentRef<'_>, Answer> {
        match (&self.email, &self.agent_id) {
            (Some(e), _) => Ok(AgentRef::Email(e)),
            (None, Some(id)) => Ok(AgentRef::AgentId(id)),
            (None, None) => Err(error(400, "give email or agent_id")),
        }
    }
}

pub(crate) fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, Answer> {
    serde_json::from_slice(body).map_err(|e| error(400, format!("bad JSON: {e}")))
}
