//! Where the stream is: the host by cluster (8x8's region table), a host
//! override, and the checks on the agent id and tenant that go into the path.

use std::fmt;

/// An 8x8 Event Streaming region that has an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StreamRegion {
    /// `pulsar-ws-euw2.8x8.com`: EU4…EU14.
    Uk3,
    /// `pulsar-ws-use1.8x8.com`: NA1…NA6, NA11…NA16, SB1.
    Us1,
    /// `pulsar-ws-usw2.8x8.com`: NA7…NA10, NA17…NA20, NA27…NA30, NA37…NA39.
    Us2,
}

impl StreamRegion {
    /// The region's WebSocket host name.
    pub fn host_name(self) -> &'static str {
        match self {
            StreamRegion::Uk3 => "pulsar-ws-euw2.8x8.com",
            StreamRegion::Us1 => "pulsar-ws-use1.8x8.com",
            StreamRegion::Us2 => "pulsar-ws-usw2.8x8.com",
        }
    }

    /// 8x8's name for the region (`UK3`, `US1`, `US2`).
    pub fn name(self) -> &'static str {
        match self {
            StreamRegion::Uk3 => "UK3",
            StreamRegion::Us1 => "US1",
            StreamRegion::Us2 => "US2",
        }
    }

    /// The host on the default port.
    pub fn host(self) -> StreamHost {
        StreamHost {
            host: self.host_name().to_owned(),
            port: None,
        }
    }
}

/// A streaming host: a name or IP address and an optional port (443 when absent).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StreamHost {
    host: String,
    port: Option<u16>,
}

impl StreamHost {
    /// The host name or IP address (an IPv6 address without brackets).
    pub fn name(&self) -> &str {
        &self.host
    }

    /// The TCP port.
    pub fn port(&self) -> u16 {
        self.port.unwrap_or(443)
    }

    /// `host[:port]` as it goes into the URL's authority.
    pub fn authority(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        match self.port {
            Some(p) => format!("{host}:{p}"),
            None => host,
        }
    }
}

impl fmt::Display for StreamHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.authority())
    }
}

/// A refused cluster, host override, agent id or tenant. Each names its field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// The cluster is well-formed but 8x8 has no streaming endpoint for it yet.
    #[error(
        "cluster: 8x8 Event Streaming is not yet available for {cluster}; set a streaming host override if 8x8 gave you one"
    )]
    NotYetAvailable {
        /// The cluster as normalised (`AP1`).
        cluster: String,
    },
    /// A field's value is not acceptable.
    #[error("{field}: {reason}")]
    Invalid {
        /// The field (`cluster`, `host override`, `agent id`, `tenant`).
        field: &'static str,
        /// What is wrong, in a few words (never the whole input for long values).
        reason: String,
    },
}

fn invalid(field: &'static str, reason: impl Into<String>) -> InputError {
    InputError::Invalid {
        field,
        reason: reason.into(),
    }
}

/// The region serving a cluster. Accepts `NA7`, `na7`, `vcc-na7` or
/// `vcc-na7.8x8.com` (case-insensitive, surrounding whitespace ignored).
pub fn region_for_cluster(cluster: &str) -> Result<StreamRegion, InputError> {
    let mut name = cluster.trim().to_ascii_lowercase();
    if let Some(rest) = name.strip_suffix(".8x8.com") {
        name = rest.to_owned();
    }
    if let Some(rest) = name.strip_prefix("vcc-") {
        name = rest.to_owned();
    }
    let split = name
        .find(|c: char| c.is_ascii_digit())
        .ok_or_else(|| invalid("cluster", "expected a cluster name like NA7 or EU5"))?;
    let (letters, rest) = name.split_at(split);
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, suffix) = rest.split_at(digits_end);
    let well_formed = !letters.is_empty()
        && letters.len() <= 4
        && letters.chars().all(|c| c.is_ascii_lowercase())
        && digits.len() <= 3
        && suffix.len() <= 2
        && suffix.chars().all(|c| c.is_ascii_lowercase());
    let number: u32 = match digits.parse() {
        Ok(n) if well_formed => n,
        _ => {
            return Err(invalid(
                "cluster",
                "expected a cluster name like NA7 or EU5",
            ));
        }
    };
    let region = match (letters, number, suffix) {
        ("eu", 4..=14, "") => Some(StreamRegion::Uk3),
        ("na", 1..=6 | 11..=16, "") | ("sb", 1, "") => Some(StreamRegion::Us1),
        ("na", 7..=10 | 17..=20 | 27..=30 | 37..=39, "") => Some(StreamRegion::Us2),
        _ => None,
    };
    region.ok_or_else(|| InputError::NotYetAvailable {
        cluster: name.to_ascii_uppercase(),
    })
}

/// The streaming host for a cluster (see [`region_for_cluster`]).
pub fn host_for_cluster(cluster: &str) -> Result<StreamHost, InputError> {
    region_for_cluster(cluster).map(StreamRegion::host)
}

/// The streaming host to use: the override when one is given (non-blank),
/// else the host of the cluster's region.
pub fn stream_host(cluster: &str, host_override: Option<&str>) -> Result<StreamHost, InputError> {
    match host_override.filter(|h| !h.trim().is_empty()) {
        Some(host) => parse_host_override(host),
        None => host_for_cluster(cluster),
    }
}

/// Parses a host override: `host[:port]`, a DNS name, an IPv4 address or a
/// bracketed IPv6 address; no scheme, user, path, query or fragment.
pub fn parse_host_override(value: &str) -> Result<StreamHost, InputError> {
    const FIELD: &str = "host override";
    let value = value.trim();
    if value.is_empty() {
        return Err(invalid(FIELD, "empty"));
    }
    if value.contains("://") {
        return Err(invalid(
            FIELD,
            "give host[:port] without a scheme (no wss://)",
        ));
    }
    if value
        .chars()
        .any(|c| matches!(c, '/' | '?' | '#' | '@' | '\\'))
    {
        return Err(invalid(
            FIELD,
            "give host[:port] only, without a path or user",
        ));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(FIELD, "contains whitespace"));
    }
    let (host, port) = if let Some(rest) = value.strip_prefix('[') {
        let (inside, after) = rest
            .split_once(']')
            .ok_or_else(|| invalid(FIELD, "unclosed [ in an IPv6 address"))?;
        if inside.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(invalid(FIELD, "not an IPv6 address inside [ ]"));
        }
        let port = match after {
            "" => None,
            p => Some(
                p.strip_prefix(':')
                    .ok_or_else(|| invalid(FIELD, "junk after ]"))?,
            ),
        };
        (inside.to_owned(), port)
    } else {
        let (host, port) = match value.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (value, None),
        };
        check_dns_or_ipv4(host)?;
        (host.to_ascii_lowercase(), port)
    };
    let port = match port {
        None => None,
        Some(p) => match p.parse::<u16>() {
            Ok(n) if n > 0 && p.chars().all(|c| c.is_ascii_digit()) => Some(n),
            _ => return Err(invalid(FIELD, "the port must be a number from 1 to 65535")),
        },
    };
    Ok(StreamHost { host, port })
}

fn check_dns_or_ipv4(host: &str) -> Result<(), InputError> {
    const FIELD: &str = "host override";
    if host.is_empty() || host.len() > 253 {
        return Err(invalid(FIELD, "a host name has 1 to 253 characters"));
    }
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    if labels_ok {
        Ok(())
    } else {
        Err(invalid(
            FIELD,
            "not a host name (letters, digits, - and . only)",
        ))
    }
}

/// Longest agent id or tenant accepted.
pub const MAX_ID_LEN: usize = 64;

/// Checks an agent id: the short form seen in events (`agAglVJkg0TU28dok9y9UQKg`).
///
/// Allowed: 2 to [`MAX_ID_LEN`] characters of ASCII letters, digits, `-`, `_`
/// and `.` (surrounding whitespace is trimmed and the trimmed id returned).
/// 8x8 documents no alphabet; this one covers the ids seen and what a Pulsar
/// topic name may hold, and refuses anything that would change the path
/// (`/`, `?`, `%`, spaces). The id is percent-encoded in the URL regardless.
pub fn validate_agent_id(value: &str) -> Result<&str, InputError> {
    validate_id("agent id", value, 2)
}

/// Checks a tenant (usually the tenant name, e.g. `acme01`): same alphabet as
/// [`validate_agent_id`], 1 to [`MAX_ID_LEN`] characters.
pub fn validate_tenant(value: &str) -> Result<&str, InputError> {
    validate_id("tenant", value, 1)
}

fn validate_id<'a>(field: &'static str, value: &'a str, min: usize) -> Result<&'a str, InputError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(invalid(field, "empty"));
    }
    if value.len() < min || value.len() > MAX_ID_LEN {
        return Err(invalid(
            field,
            format!("must have {min} to {MAX_ID_LEN} characters"),
        ));
    }
    if let Some(bad) = value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(invalid(
            field,
            format!("{bad:?} is not allowed (letters, digits, - _ and . only)"),
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_cluster_maps_to_its_region() {
        let table: [(&str, &[std::ops::RangeInclusive<u32>], StreamRegion); 3] = [
            ("EU", &[4..=14], StreamRegion::Uk3),
            ("NA", &[1..=6, 11..=16], StreamRegion::Us1),
            (
                "NA",
                &[7..=10, 17..=20, 27..=30, 37..=39],
                StreamRegion::Us2,
            ),
        ];
        let mut count = 0;
        for (prefix, spans, region) in table {
            for n in spans.iter().flat_map(|s| s.clone()) {
                assert_eq!(region_for_cluster(&format!("{prefix}{n}")), Ok(region));
                count += 1;
            }
        }
        assert_eq!(count, 11 + 12 + 15);
        assert_eq!(region_for_cluster("SB1"), Ok(StreamRegion::Us1));
    }

    #[test]
    fn cluster_names_are_case_insensitive_and_accept_the_host_form() {
        for c in ["NA7", "na7", " Na7 ", "vcc-na7", "VCC-NA7.8x8.com"] {
            assert_eq!(
                host_for_cluster(c).map(|h| h.to_string()).as_deref(),
                Ok("pulsar-ws-usw2.8x8.com"),
                "{c}"
            );
        }
        assert_eq!(host_for_cluster("eu5").map(|h| h.port()), Ok(443));
        assert_eq!(StreamRegion::Uk3.name(), "UK3");
    }

    #[test]
    fn unavailable_clusters_say_so_and_name_the_override() {
        for c in [
            "AP1", "ap21", "EU21", "eu31", "BC1", "CA2", "AU1", "NA40", "NA21", "EU3", "ca2b",
        ] {
            let e = host_for_cluster(c).unwrap_err();
            assert!(
                matches!(e, InputError::NotYetAvailable { .. }),
                "{c}: {e:?}"
            );
            let text = e.to_string();
            assert!(text.contains(&c.trim().to_ascii_uppercase()), "{text}");
            assert!(text.contains("host override"), "{text}");
        }
    }

    #[test]
    fn malformed_clusters_are_invalid() {
        for c in [
            "",
            "na",
            "7",
            "n a7",
            "na7/x",
            "https://vcc-na7.8x8.com",
            "na7777",
            "abcde1",
        ] {
            let e = host_for_cluster(c).unwrap_err();
            assert!(
                matches!(
                    e,
                    InputError::Invalid {
                        field: "cluster",
                        ..
                    }
                ),
                "{c:?}: {e:?}"
            );
        }
    }

    #[test]
    fn the_override_wins_over_the_cluster() {
        let host = |c, o| stream_host(c, o).map(|h| h.to_string());
        assert_eq!(
            host("AP1", Some("relay.example.com:8443")).as_deref(),
            Ok("relay.example.com:8443")
        );
        assert_eq!(
            host("NA1", Some("  ")).as_deref(),
            Ok("pulsar-ws-use1.8x8.com")
        );
        assert_eq!(host("EU4", None).as_deref(), Ok("pulsar-ws-euw2.8x8.com"));
        assert!(matches!(
            stream_host("AP1", None),
            Err(InputError::NotYetAvailable { .. })
        ));
    }

    #[test]
    fn host_overrides() {
        let h = parse_host_override("Pulsar.Example.com:8443").unwrap();
        assert_eq!((h.name(), h.port()), ("pulsar.example.com", 8443));
        assert_eq!(h.authority(), "pulsar.example.com:8443");
        let h = parse_host_override("127.0.0.1").unwrap();
        assert_eq!(
            (h.name(), h.port(), h.authority().as_str()),
            ("127.0.0.1", 443, "127.0.0.1")
        );
        let h = parse_host_override("[::1]:9443").unwrap();
        assert_eq!((h.name(), h.authority().as_str()), ("::1", "[::1]:9443"));
        for bad in [
            "", "wss://h", "h/path", "h?x", "user@h", "h:0", "h:70000", "h:", "h:+1", "-h", "a..b",
            "h h", "[::1", "[zz]", "[::1]x", "h:1:2",
        ] {
            let e = parse_host_override(bad).unwrap_err();
            assert!(
                matches!(
                    e,
                    InputError::Invalid {
                        field: "host override",
                        ..
                    }
                ),
                "{bad:?}: {e:?}"
            );
        }
    }

    #[test]
    fn agent_ids_and_tenants() {
        assert_eq!(
            validate_agent_id(" agAglVJkg0TU28dok9y9UQKg\n"),
            Ok("agAglVJkg0TU28dok9y9UQKg")
        );
        assert_eq!(validate_tenant("acme01"), Ok("acme01"));
        for bad in [
            "",
            "a",
            "ag/1",
            "ag 1",
            "ag%2F",
            "ag?x",
            "agé1",
            &"a".repeat(65),
        ] {
            let e = validate_agent_id(bad).unwrap_err();
            assert!(e.to_string().starts_with("agent id: "), "{bad:?}: {e}");
        }
        assert!(
            validate_tenant("ac/me")
                .unwrap_err()
                .to_string()
                .starts_with("tenant: ")
        );
    }
}
