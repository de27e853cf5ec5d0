//! The reader URL: `wss://{host}/ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}?messageId=…`.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::hosts::StreamHost;

/// Everything but RFC 3986's unreserved characters is encoded (so `+ / =`
/// in message ids, and anything odd in a path segment).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Where a reader starts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StartAt {
    /// New messages only (Pulsar's default).
    #[default]
    Latest,
    /// The oldest message kept.
    Earliest,
    /// After this message id (from an earlier frame).
    After(String),
}

impl StartAt {
    fn query_value(&self) -> &str {
        match self {
            StartAt::Latest => "latest",
            StartAt::Earliest => "earliest",
            StartAt::After(id) => id,
        }
    }
}

/// Which topic of the tenant a reader reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    /// One agent's events: `{tenant}/agent-v1/{agentId}` (the desktop).
    Agent(String),
    /// All of the tenant's events: `{tenant}/event-v1/all` (a relay).
    All,
}

/// The reader URL of one agent's topic. Holds no credential.
pub fn reader_url(host: &StreamHost, tenant: &str, agent_id: &str, start: &StartAt) -> String {
    topic_url(host, tenant, &Topic::Agent(agent_id.to_owned()), start)
}

/// The reader URL of a topic of the tenant. Holds no credential.
pub fn topic_url(host: &StreamHost, tenant: &str, topic: &Topic, start: &StartAt) -> String {
    let path = match topic {
        Topic::Agent(agent_id) => format!("agent-v1/{}", utf8_percent_encode(agent_id, COMPONENT)),
        Topic::All => "event-v1/all".to_owned(),
    };
    format!(
        "wss://{}/ws/v2/reader/persistent/{}/{}?messageId={}",
        host.authority(),
        utf8_percent_encode(tenant, COMPONENT),
        path,
        utf8_percent_encode(start.query_value(), COMPONENT),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hosts::{host_for_cluster, parse_host_override};

    #[test]
    fn the_documented_shape_with_encoded_parts() {
        let host = host_for_cluster("na7").unwrap();
        assert_eq!(
            reader_url(
                &host,
                "acme01",
                "agAglVJkg0TU28dok9y9UQKg",
                &StartAt::Latest
            ),
            "wss://pulsar-ws-usw2.8x8.com/ws/v2/reader/persistent/acme01/agent-v1/agAglVJkg0TU28dok9y9UQKg?messageId=latest"
        );
        let host = parse_host_override("127.0.0.1:9443").unwrap();
        assert_eq!(
            reader_url(&host, "a b", "ag/1", &StartAt::After("CAEQ+/A=".into())),
            "wss://127.0.0.1:9443/ws/v2/reader/persistent/a%20b/agent-v1/ag%2F1?messageId=CAEQ%2B%2FA%3D"
        );
        assert!(reader_url(&host, "t", "a", &StartAt::Earliest).ends_with("?messageId=earliest"));
        assert_eq!(
            topic_url(&host, "acme", &Topic::All, &StartAt::Latest),
            "wss://127.0.0.1:9443/ws/v2/reader/persistent/acme/event-v1/all?messageId=latest"
        );
    }
}
