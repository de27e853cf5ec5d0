//! Validators for everything the agent types. Each failure names the field and
//! says what is allowed; the same functions serve the CLI and the settings window.

pub use crate::field_error::FieldError;
use crate::msg;
use crate::texts::Msg;
use std::fmt;
use std::path::Path;
use url::Url;

/// Longest tenant or agent ID accepted.
pub const MAX_ID_CHARS: usize = 128;
/// Longest e-mail accepted (RFC 5321 path limit).
pub const MAX_EMAIL_CHARS: usize = 254;
/// Longest token accepted (8x8 tokens are 32–64 hex characters).
pub const MAX_TOKEN_CHARS: usize = 512;

/// A normalized API host: a lower-case host name or IP, and a port when not 443.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    host: String,
    port: Option<u16>,
}

impl Host {
    /// The host name or IP (IPv6 in brackets).
    pub fn host(&self) -> &str {
        &self.host
    }
    /// The port, when not the https default.
    pub fn port(&self) -> Option<u16> {
        self.port
    }
    /// True when the host is an 8x8 cluster (`*.8x8.com`).
    pub fn is_8x8(&self) -> bool {
        is_8x8_domain(&self.host)
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.port {
            Some(port) => write!(f, "{}:{port}", self.host),
            None => f.write_str(&self.host),
        }
    }
}

fn is_8x8_domain(host: &str) -> bool {
    host.strip_suffix(".8x8.com")
        .is_some_and(|sub| !sub.is_empty() && !sub.starts_with('.'))
}

/// Longest credential accepted (an `eght_` key or a base64 Data Request Token
/// are far shorter).
pub const MAX_CREDENTIAL_LEN: usize = 4096;

/// Checks a credential as given: surrounding whitespace trimmed, then
/// non-empty, printable ASCII without spaces (it travels as an HTTP header).
/// The refusal never repeats the value.
pub fn validate_credential(value: &str) -> Result<crate::secret::Secret, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldError::new(
            crate::live::field::CREDENTIAL,
            crate::msg!("live-credential-empty"),
        ));
    }
    if value.len() > MAX_CREDENTIAL_LEN || !value.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(FieldError::new(
            crate::live::field::CREDENTIAL,
            crate::msg!("live-credential-invalid", max = MAX_CREDENTIAL_LEN),
        ));
    }
    Ok(crate::secret::Secret::new(value))
}

/// A relay device id (`dv_` and letters, digits, `-`, `_`; at most 64).
pub fn device_id(input: &str) -> Result<String, FieldError> {
    let v = input.trim();
    let ok = v.len() <= 64
        && v.starts_with("dv_")
        && v.len() > 3
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(v.to_owned())
    } else {
        Err(FieldError::new(
            "relay_device",
            msg!(
                "relay-url-invalid",
                value = format!("{v:?}"),
                detail = "not a device id (dv_…): enroll again".to_owned()
            ),
        ))
    }
}

/// Normalizes a cluster given as `vcc-na7`, `vcc-na7.8x8.com` or a pasted login URL
/// into a [`Host`]. `http://` is always refused; hosts outside `*.8x8.com` only
/// with `allow_custom_host`.
pub fn cluster(input: &str, allow_custom_host: bool) -> Result<Host, FieldError> {
    let err = |p: Msg| FieldError::new("cluster", p);
    let raw = input.trim();
    if raw.is_empty() {
        return Err(err(msg!("cluster-empty")));
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(err(msg!("cluster-spaces")));
    }
    let lower = raw.to_ascii_lowercase();
    if lower.starts_with("http://") {
        return Err(err(msg!("cluster-http")));
    }
    let with_scheme = if let Some(pos) = lower.find("://") {
        let scheme = &lower[..pos];
        if scheme != "https" {
            return Err(err(msg!("cluster-scheme", scheme = scheme)));
        }
        raw.to_owned()
    } else if !raw.contains(['.', ':', '/', '[']) {
        // A bare cluster name: vcc-na7 → vcc-na7.8x8.com
        if !lower.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            || lower.starts_with('-')
            || lower.ends_with('-')
        {
            return Err(err(msg!("cluster-not-a-name", value = format!("{raw:?}"))));
        }
        if lower == "localhost" {
            // No 8x8 cluster is called that: the local test server.
            "https://localhost".to_owned()
        } else {
            format!("https://{lower}.8x8.com")
        }
    } else {
        format!("https://{raw}")
    };
    let url = Url::parse(&with_scheme).map_err(|e| {
        err(msg!(
            "cluster-not-a-url",
            value = format!("{raw:?}"),
            detail = e.to_string()
        ))
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(err(msg!("cluster-credentials")));
    }
    let host = match url.host() {
        Some(url::Host::Domain(d)) => d.trim_end_matches('.').to_owned(),
        Some(url::Host::Ipv4(ip)) => ip.to_string(),
        Some(url::Host::Ipv6(ip)) => format!("[{ip}]"),
        None => return Err(err(msg!("cluster-no-host", value = format!("{raw:?}")))),
    };
    let port = url.port().filter(|p| *p != 443);
    let normalized = Host { host, port };
    if normalized.is_8x8() {
        return Ok(normalized);
    }
    // Written back without a port, a one-label host would read as a cluster name
    // (h00 → h00.8x8.com) and the token would go elsewhere (found by fuzzing).
    let one_label = !normalized.host.contains(['.', ':', '['])
        && normalized.host.parse::<std::net::Ipv4Addr>().is_err()
        && normalized.host != "localhost";
    if one_label && normalized.port.is_none() {
        return Err(err(msg!("cluster-one-label", host = &normalized.host)));
    }
    if allow_custom_host {
        return Ok(normalized);
    }
    Err(err(msg!("cluster-not-8x8", host = normalized.to_string())))
}

fn identifier(field: &'static str, input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Err(FieldError::new(field, msg!("id-empty", max = MAX_ID_CHARS)));
    }
    if value.chars().count() > MAX_ID_CHARS {
        return Err(FieldError::new(
            field,
            msg!("id-too-long", max = MAX_ID_CHARS),
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|c| matches!(c, '/' | '?' | '#' | '%') || c.is_whitespace() || c.is_control())
    {
        return Err(FieldError::new(field, {
            let (kind, shown) = describe_char(c);
            msg!("id-bad-char", kind = kind, char = shown, max = MAX_ID_CHARS)
        }));
    }
    if value == "." || value == ".." {
        return Err(FieldError::new(
            field,
            msg!("id-dots", value = value, max = MAX_ID_CHARS),
        ));
    }
    Ok(value.to_owned())
}

/// The kind of a refused character (`space`, `control` or `other`, which
/// the catalog selects on) and how to show it.
fn describe_char(c: char) -> (&'static str, String) {
    if c.is_whitespace() {
        ("space", String::new())
    } else if c.is_control() {
        ("control", format!("U+{:04X}", c as u32))
    } else {
        ("other", format!("{c:?}"))
    }
}

/// Validates a tenant id (usually the tenant name, e.g. `acme01`). Beyond an
/// identifier's rules, no `:`: the tenant is the user-id of HTTP Basic auth,
/// which ends at the first colon (RFC 7617), so 8x8 would read another tenant.
pub fn tenant(input: &str) -> Result<String, FieldError> {
    let value = identifier("tenant", input)?;
    if value.contains(':') {
        return Err(FieldError::new(
            "tenant",
            msg!("tenant-colon", max = MAX_ID_CHARS),
        ));
    }
    Ok(value)
}

/// Validates an agent ID.
pub fn agent_id(input: &str) -> Result<String, FieldError> {
    identifier("agent ID", input)
}

/// Validates an agent e-mail: exactly one `@`, non-empty local part and domain,
/// no whitespace, control characters or `/`; unicode and `+` are allowed. (`/`
/// is legal in an address, but it goes into the request path: sent encoded, a
/// server or proxy that decodes `%2F` before routing sees another path.)
pub fn email(input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let err = |p: Msg| FieldError::new("email", p);
    if value.is_empty() {
        return Err(err(msg!("email-empty")));
    }
    if value.chars().count() > MAX_EMAIL_CHARS {
        return Err(err(msg!("email-too-long", max = MAX_EMAIL_CHARS)));
    }
    if let Some(c) = value.chars().find(|c| c.is_whitespace() || c.is_control()) {
        let (kind, shown) = describe_char(c);
        return Err(err(msg!("email-bad-char", kind = kind, char = shown)));
    }
    if value.contains('/') {
        return Err(err(msg!("email-slash")));
    }
    let ats = value.matches('@').count();
    if ats != 1 {
        return Err(err(msg!("email-ats", count = ats)));
    }
    let (local, domain) = value.split_once('@').unwrap_or(("", ""));
    if local.is_empty() {
        return Err(err(msg!("email-no-local")));
    }
    if domain.is_empty() {
        return Err(err(msg!("email-no-domain")));
    }
    Ok(value.to_owned())
}

/// Validates an action token without ever echoing it back.
pub fn token(input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let err = |p: Msg| FieldError::new("token", p);
    if value.is_empty() {
        return Err(err(msg!("token-empty")));
    }
    if value.chars().count() > MAX_TOKEN_CHARS {
        return Err(err(msg!("token-too-long")));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(err(msg!("token-spaces")));
    }
    Ok(value.to_owned())
}

/// Validates a proxy URL (`http://` or `https://`, with a host).
pub fn proxy(input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let err = |p: Msg| FieldError::new("proxy", p);
    let url = Url::parse(value).map_err(|e| {
        err(msg!(
            "proxy-not-a-url",
            value = format!("{value:?}"),
            detail = e.to_string()
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(err(msg!("proxy-scheme", scheme = url.scheme())));
    }
    if url.host().is_none() {
        return Err(err(msg!("proxy-no-host")));
    }
    Ok(value.to_owned())
}

/// Checks that an extra CA file exists and holds at least one PEM certificate.
pub fn ca_file(path: &Path) -> Result<Vec<u8>, FieldError> {
    let err = |p: Msg| FieldError::new("CA file", p);
    let file = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| err(msg!("ca-unreadable", file = &file, detail = e.to_string())))?;
    let certs = reqwest::Certificate::from_pem_bundle(&bytes)
        .map_err(|e| err(msg!("ca-not-pem", file = &file, detail = e.to_string())))?;
    if certs.is_empty() {
        return Err(err(msg!("ca-empty", file = &file)));
    }
    Ok(bytes)
}

/// Validates the `language` setting: `auto` or a shipped language tag.
pub fn language(input: &str) -> Result<rccontrol_i18n::Preference, FieldError> {
    input.parse().map_err(|e: rccontrol_i18n::LanguageError| {
        FieldError::new(
            "language",
            msg!("language-unknown", value = e.given, allowed = e.allowed),
        )
    })
}

/// The screen corners the paused badge can sit in.
pub const CORNERS: [&str; 4] = ["top-left", "top-right", "bottom-left", "bottom-right"];

/// Validates the badge corner.
pub fn corner(input: &str) -> Result<&'static str, FieldError> {
    let v = input.trim().to_ascii_lowercase();
    CORNERS.iter().find(|c| **c == v).copied().ok_or_else(|| {
        FieldError::new(
            "badge corner",
            msg!(
                "corner-unknown",
                value = format!("{:?}", input.chars().take(40).collect::<String>()),
                allowed = CORNERS.join(", ")
            ),
        )
    })
}

/// Validates one field by its form name (`cluster`, `tenant`, `email`,
/// `agent_id`, `proxy`, `ca_file`, `token`, `hotkey`), for inline messages.
/// Returns the normalized value.
pub fn field(name: &str, value: &str, allow_custom_host: bool) -> Result<String, FieldError> {
    match name {
        "cluster" => cluster(value, allow_custom_host).map(|h| h.to_string()),
        "tenant" => tenant(value),
        "email" => email(value),
        "agent_id" => agent_id(value),
        "proxy" if value.trim().is_empty() => Ok(String::new()),
        "proxy" => proxy(value),
        "ca_file" if value.trim().is_empty() => Ok(String::new()),
        "ca_file" => ca_file(Path::new(value.trim())).map(|_| value.trim().to_owned()),
        "token" => token(value).map(|_| String::new()),
        "hotkey" => crate::hotkeys::normalize("hotkey", value),
        "stream_agent_id" | "stream_host" => live_field(name, value),
        "stream_credential" => validate_credential(value).map(|_| String::new()),
        other => Err(FieldError::new(
            "field",
            msg!("field-unknown", name = format!("{other:?}")),
        )),
    }
}

/// A live-state field as typed: the agent ID's alphabet, the host
/// override's form (empty: the region's host).
fn live_field(name: &str, value: &str) -> Result<String, FieldError> {
    use rccontrol_stream::hosts;
    let invalid = |field: &'static str, e: hosts::InputError| {
        FieldError::new(field, msg!("live-field-invalid", problem = e.to_string()))
    };
    let value = value.trim();
    if name == "stream_host" {
        if value.is_empty() {
            return Ok(String::new());
        }
        return hosts::parse_host_override(value)
            .map(|_| value.to_owned())
            .map_err(|e| invalid(crate::live::field::HOST, e));
    }
    hosts::validate_agent_id(value)
        .map(str::to_owned)
        .map_err(|e| invalid(crate::live::field::AGENT_ID, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(input: &str, custom: bool) -> Result<String, FieldError> {
        cluster(input, custom).map(|h| h.to_string())
    }

    #[test]
    fn cluster_forms_normalize_to_one_host() {
        for input in [
            "vcc-na7",
            "VCC-NA7",
            "vcc-na7.8x8.com",
            " https://vcc-na7.8x8.com/AGUI/login.php?x=1 ",
            "https://vcc-na7.8x8.com:443/",
            "vcc-na7.8x8.com/AGUI/",
        ] {
            assert_eq!(host(input, false).unwrap(), "vcc-na7.8x8.com", "{input}");
        }
    }

    #[test]
    fn cluster_refusals_name_the_field() {
        for (input, custom, needle) in [
            ("", false, "empty"),
            ("http://vcc-na7.8x8.com", true, "http://"),
            ("ftp://vcc-na7.8x8.com", true, "ftp://"),
            ("evil.example.com", false, "not an 8x8 host"),
            ("https://8x8.com.evil.example", false, "not an 8x8 host"),
            ("https://127.0.0.1:8443", false, "not an 8x8 host"),
            ("https://user:pw@vcc-na7.8x8.com", false, "user name"),
            ("vcc na7", false, "spaces"),
            ("vcc_na7!", false, "not a cluster name"),
        ] {
            let e = host(input, custom).unwrap_err();
            assert_eq!(e.field, "cluster");
            assert!(e.to_string().contains(needle), "{input}: {e}");
        }
    }

    #[test]
    fn custom_hosts_need_the_opt_in() {
        assert_eq!(
            host("https://127.0.0.1:8443", true).unwrap(),
            "127.0.0.1:8443"
        );
        assert_eq!(host("localhost:9000", true).unwrap(), "localhost:9000");
        assert_eq!(host("https://[::1]:9000/x", true).unwrap(), "[::1]:9000");
    }

    #[test]
    fn identifiers() {
        assert_eq!(tenant(" acme01 ").unwrap(), "acme01");
        assert_eq!(agent_id("ag-1001").unwrap(), "ag-1001");
        for bad in [
            "",
            "a/b",
            "a?b",
            "a#b",
            "a%b",
            "a b",
            "a\tb",
            "a\u{7}b",
            ".",
            "..",
            &"x".repeat(129),
        ] {
            let e = tenant(bad).unwrap_err();
            assert_eq!(e.field, "tenant", "{bad:?}");
            assert!(
                agent_id(bad)
                    .unwrap_err()
                    .to_string()
                    .starts_with("agent ID:")
            );
        }
        assert!(tenant(&"x".repeat(128)).is_ok());
    }

    #[test]
    fn a_tenant_has_no_colon() {
        for bad in ["acme:01", ":acme", "acme:", " a:b "] {
            let e = tenant(bad).unwrap_err();
            assert_eq!(e.field, "tenant", "{bad:?}");
            assert_eq!(e.problem.id, "tenant-colon", "{bad:?}");
            let text = e.to_string();
            assert!(text.contains("Basic auth"), "{text}");
            assert!(text.contains("allowed: 1 to 128 characters"), "{text}");
        }
        // Only the tenant: an agent ID travels in the path, where ':' is fine.
        assert_eq!(agent_id("ag:1").unwrap(), "ag:1");
        assert_eq!(
            field("tenant", "a:b", false).unwrap_err().problem.id,
            "tenant-colon"
        );
    }

    #[test]
    fn an_email_has_no_slash() {
        for bad in ["a/b@example.com", "ops@example.com/x", "/@x"] {
            let e = email(bad).unwrap_err();
            assert_eq!(e.field, "email", "{bad:?}");
            assert_eq!(e.problem.id, "email-slash", "{bad:?}");
            assert!(e.to_string().contains("first.last@example.com"), "{e}");
        }
        // Other characters a path must encode stay allowed: the client encodes them.
        for ok in ["o'brien?x#y%z;w@example.com", "a=b&c@example.com"] {
            assert_eq!(email(ok).unwrap(), ok);
        }
        assert_eq!(
            field("email", "a/b@c", false).unwrap_err().problem.id,
            "email-slash"
        );
    }

    #[test]
    fn emails() {
        for ok in [
            "first.last@example.com",
            "a+cc@example.com",
            "jörg.müller@beispiel.de",
            "x@y",
        ] {
            assert_eq!(email(ok).unwrap(), ok);
        }
        for bad in ["", "noat", "a@@b", "a@b@c", "@b", "a@", "a b@c", "a\u{0}@b"] {
            assert_eq!(email(bad).unwrap_err().field, "email", "{bad:?}");
        }
    }

    #[test]
    fn token_errors_never_echo_the_token() {
        let t = "0123456789abcdef 0123456789abcdef";
        let e = token(t).unwrap_err();
        assert!(!e.to_string().contains("0123456789abcdef"));
        assert!(token("").is_err());
        assert_eq!(token(" abc \n").unwrap(), "abc");
    }

    #[test]
    fn proxies() {
        assert!(proxy("http://proxy:3128").is_ok());
        assert_eq!(proxy("socks5://p:1").unwrap_err().field, "proxy");
        assert!(proxy("not a url").is_err());
    }

    /// Found by fuzzing (fuzz/regressions/settings): a normalized cluster must
    /// normalize to itself, or a saved custom host turns into an 8x8 host.
    #[test]
    fn normalized_clusters_round_trip() {
        for input in [
            "https://localhost/",
            "localhost",
            "https://localhost:8443/",
            "127.0.0.1:9443",
            "https://[::1]:9443/",
            "https://rc.corp.example/",
            "vcc-na7",
        ] {
            let once = cluster(input, true).unwrap().to_string();
            assert_eq!(cluster(&once, true).unwrap().to_string(), once, "{input}");
        }
        assert_eq!(cluster("localhost", true).unwrap().to_string(), "localhost");
        let e = cluster("h00/", true).unwrap_err();
        assert!(
            e.problem
                .english()
                .contains("would read as the 8x8 cluster h00.8x8.com"),
            "{e}"
        );
        assert!(cluster("https://h00:8443/", true).is_ok());
    }

    #[test]
    fn live_fields_are_checked_as_typed_and_named() {
        assert_eq!(
            field("stream_agent_id", " agAglVJkg0TU28dok9y9UQKg ", false).unwrap(),
            "agAglVJkg0TU28dok9y9UQKg"
        );
        let e = field("stream_agent_id", "a/b", false).unwrap_err();
        assert_eq!(e.field, crate::live::field::AGENT_ID);
        assert_eq!(field("stream_host", " ", false).unwrap(), "");
        let e = field("stream_host", "wss://x.example", false).unwrap_err();
        assert_eq!(e.field, crate::live::field::HOST);
        let e = field("stream_credential", "eght_a b", false).unwrap_err();
        assert_eq!(e.field, crate::live::field::CREDENTIAL);
        assert!(!e.to_string().contains("eght_a"), "{e}");
    }
}
