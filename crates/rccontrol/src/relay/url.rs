//! The relay's address as the settings hold it: `https://host[:port]`, no
//! path, no credentials.

use crate::field_error::FieldError;
use crate::msg;
use crate::validate::{self, Host};
use std::fmt;

/// The settings field this type validates.
pub const FIELD: &str = "relay_url";

/// A validated relay address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayUrl {
    host: Host,
}

impl RelayUrl {
    /// Parses `https://host[:port]` (a trailing `/` is fine; a bare host means
    /// `https://host`). Anything else names the field and what is allowed.
    pub fn parse(input: &str) -> Result<RelayUrl, FieldError> {
        let raw = input.trim();
        let refuse = |detail: &str| {
            FieldError::new(
                FIELD,
                msg!(
                    "relay-url-invalid",
                    value = format!("{raw:?}"),
                    detail = detail.to_owned()
                ),
            )
        };
        let lower = raw.to_ascii_lowercase();
        let rest = match lower.find("://") {
            Some(pos) if &lower[..pos] == "https" => &raw[pos + 3..],
            Some(_) => return Err(refuse("only https:// is allowed")),
            None => raw,
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.contains(['/', '?', '#']) {
            return Err(refuse("no path, query or fragment"));
        }
        if authority.contains('@') {
            return Err(refuse("no user name or password"));
        }
        // The relay is the company's own server: any host name or address.
        let host = validate::cluster(authority, true).map_err(|e| {
            FieldError::new(
                FIELD,
                msg!(
                    "relay-url-invalid",
                    value = format!("{raw:?}"),
                    detail = e.problem.english()
                ),
            )
        })?;
        Ok(RelayUrl { host })
    }

    /// The host (and port, when not 443).
    pub fn host(&self) -> &Host {
        &self.host
    }

    /// `host:port`, the port always given (the live link's WebSocket host).
    pub fn authority(&self) -> String {
        format!("{}:{}", self.host.host(), self.host.port().unwrap_or(443))
    }

    /// The URL of one of the relay's endpoints (`path` starts with `/`).
    pub fn endpoint(&self, path: &str) -> String {
        format!("https://{}{path}", self.host)
    }
}

impl fmt::Display for RelayUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "https://{}", self.host)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_https_hosts_with_or_without_port() {
        let u = RelayUrl::parse(" https://relay.acme.example/ ").unwrap();
        assert_eq!(u.to_string(), "https://relay.acme.example");
        assert_eq!(u.authority(), "relay.acme.example:443");
        assert_eq!(
            u.endpoint("/v1/actions"),
            "https://relay.acme.example/v1/actions"
        );
        let u = RelayUrl::parse("127.0.0.1:8443").unwrap();
        assert_eq!(u.authority(), "127.0.0.1:8443");
    }

    #[test]
    fn refusals_name_the_field() {
        for bad in [
            "http://relay.acme.example",
            "https://relay.acme.example/api",
            "https://u:p@relay.acme.example",
            "",
            "https://relay.acme.example?x=1",
        ] {
            let e = RelayUrl::parse(bad).unwrap_err();
            assert_eq!(e.field, FIELD, "{bad}");
        }
    }
}
