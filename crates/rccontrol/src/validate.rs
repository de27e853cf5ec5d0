//! Validators for everything the agent types. Each failure names the field and
//! says what is allowed; the same functions serve the CLI and the settings window.

use std::fmt;
use std::path::Path;
use url::Url;

/// A rejected field: which one, and what is wrong with it / what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct FieldError {
    /// The field's name as the user knows it (`cluster`, `tenant`, `email`, …).
    pub field: &'static str,
    /// What is wrong, and what would be accepted.
    pub problem: String,
}

impl FieldError {
    fn new(field: &'static str, problem: impl Into<String>) -> Self {
        Self {
            field,
            problem: problem.into(),
        }
    }
}

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

const CLUSTER_ALLOWED: &str = "enter a cluster name such as vcc-na7, a host such as vcc-na7.8x8.com, or paste your Agent Workspace login URL (https://vcc-na7.8x8.com/AGUI/…)";

/// Normalizes a cluster given as `vcc-na7`, `vcc-na7.8x8.com` or a pasted login URL
/// into a [`Host`]. `http://` is always refused; hosts outside `*.8x8.com` only
/// with `allow_custom_host`.
pub fn cluster(input: &str, allow_custom_host: bool) -> Result<Host, FieldError> {
    let err = |p: String| FieldError::new("cluster", p);
    let raw = input.trim();
    if raw.is_empty() {
        return Err(err(format!("is empty; {CLUSTER_ALLOWED}")));
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(err(format!(
            "contains spaces or control characters; {CLUSTER_ALLOWED}"
        )));
    }
    let lower = raw.to_ascii_lowercase();
    if lower.starts_with("http://") {
        return Err(err(
            "http:// is not allowed: 8x8 is reached over https:// only".into(),
        ));
    }
    let with_scheme = if let Some(pos) = lower.find("://") {
        let scheme = &lower[..pos];
        if scheme != "https" {
            return Err(err(format!("{scheme}:// is not allowed: use https://")));
        }
        raw.to_owned()
    } else if !raw.contains(['.', ':', '/', '[']) {
        // A bare cluster name: vcc-na7 → vcc-na7.8x8.com
        if !lower.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            || lower.starts_with('-')
            || lower.ends_with('-')
        {
            return Err(err(format!(
                "{raw:?} is not a cluster name (letters, digits and '-' only); {CLUSTER_ALLOWED}"
            )));
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
        err(format!(
            "{raw:?} is not a valid host or URL ({e}); {CLUSTER_ALLOWED}"
        ))
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(err(
            "must not contain a user name or password; paste the address without credentials"
                .into(),
        ));
    }
    let host = match url.host() {
        Some(url::Host::Domain(d)) => d.trim_end_matches('.').to_owned(),
        Some(url::Host::Ipv4(ip)) => ip.to_string(),
        Some(url::Host::Ipv6(ip)) => format!("[{ip}]"),
        None => return Err(err(format!("{raw:?} has no host; {CLUSTER_ALLOWED}"))),
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
        return Err(err(format!(
            "{} has no dot: saved, it would read as the 8x8 cluster {}.8x8.com; give the full host name (e.g. {}.example.com) or an IP address",
            normalized.host, normalized.host, normalized.host
        )));
    }
    if allow_custom_host {
        return Ok(normalized);
    }
    Err(err(format!(
        "{normalized} is not an 8x8 host (*.8x8.com); {CLUSTER_ALLOWED}, or allow custom hosts explicitly (--allow-custom-host) for a test server"
    )))
}

fn identifier(field: &'static str, input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let allowed = format!(
        "1 to {MAX_ID_CHARS} characters, without / ? # %, spaces or control characters, and not . or .."
    );
    if value.is_empty() {
        return Err(FieldError::new(
            field,
            format!("is empty; allowed: {allowed}"),
        ));
    }
    if value.chars().count() > MAX_ID_CHARS {
        return Err(FieldError::new(
            field,
            format!("is longer than {MAX_ID_CHARS} characters; allowed: {allowed}"),
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|c| matches!(c, '/' | '?' | '#' | '%') || c.is_whitespace() || c.is_control())
    {
        return Err(FieldError::new(
            field,
            format!("contains {}; allowed: {allowed}", describe_char(c)),
        ));
    }
    if value == "." || value == ".." {
        return Err(FieldError::new(
            field,
            format!("cannot be {value:?}; allowed: {allowed}"),
        ));
    }
    Ok(value.to_owned())
}

fn describe_char(c: char) -> String {
    if c.is_whitespace() {
        "a space".to_owned()
    } else if c.is_control() {
        format!("a control character (U+{:04X})", c as u32)
    } else {
        format!("{c:?}")
    }
}

/// Validates a tenant id (usually the tenant name, e.g. `acme01`).
pub fn tenant(input: &str) -> Result<String, FieldError> {
    identifier("tenant", input)
}

/// Validates an agent ID.
pub fn agent_id(input: &str) -> Result<String, FieldError> {
    identifier("agent ID", input)
}

/// Validates an agent e-mail: exactly one `@`, non-empty local part and domain,
/// no whitespace or control characters; unicode and `+` are allowed.
pub fn email(input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let allowed = "an address like first.last@example.com (exactly one @, no spaces)";
    let err = |p: String| FieldError::new("email", p);
    if value.is_empty() {
        return Err(err(format!("is empty; enter {allowed}")));
    }
    if value.chars().count() > MAX_EMAIL_CHARS {
        return Err(err(format!("is longer than {MAX_EMAIL_CHARS} characters")));
    }
    if let Some(c) = value.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(err(format!(
            "contains {}; enter {allowed}",
            describe_char(c)
        )));
    }
    let ats = value.matches('@').count();
    if ats != 1 {
        return Err(err(format!("has {ats} '@' characters; enter {allowed}")));
    }
    let (local, domain) = value.split_once('@').unwrap_or(("", ""));
    if local.is_empty() {
        return Err(err(format!("has nothing before the @; enter {allowed}")));
    }
    if domain.is_empty() {
        return Err(err(format!("has nothing after the @; enter {allowed}")));
    }
    Ok(value.to_owned())
}

/// Validates an action token without ever echoing it back.
pub fn token(input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let err = |p: &str| FieldError::new("token", p);
    if value.is_empty() {
        return Err(err(
            "is empty; paste the action token from Configuration Manager",
        ));
    }
    if value.chars().count() > MAX_TOKEN_CHARS {
        return Err(err(
            "is too long; paste only the action token (8x8 tokens are 32–64 characters)",
        ));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(err(
            "contains spaces or control characters; paste only the action token",
        ));
    }
    Ok(value.to_owned())
}

/// Validates a proxy URL (`http://` or `https://`, with a host).
pub fn proxy(input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let allowed = "a URL like http://proxy.example.com:3128 (http or https)";
    let err = |p: String| FieldError::new("proxy", p);
    let url = Url::parse(value)
        .map_err(|e| err(format!("{value:?} is not a URL ({e}); enter {allowed}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(err(format!(
            "scheme {}:// is not supported; enter {allowed}",
            url.scheme()
        )));
    }
    if url.host().is_none() {
        return Err(err(format!("has no host; enter {allowed}")));
    }
    Ok(value.to_owned())
}

/// Checks that an extra CA file exists and holds at least one PEM certificate.
pub fn ca_file(path: &Path) -> Result<Vec<u8>, FieldError> {
    let err = |p: String| FieldError::new("CA file", p);
    let bytes =
        std::fs::read(path).map_err(|e| err(format!("{} cannot be read: {e}", path.display())))?;
    let certs = reqwest::Certificate::from_pem_bundle(&bytes).map_err(|e| {
        err(format!(
            "{} is not a PEM certificate file: {e}",
            path.display()
        ))
    })?;
    if certs.is_empty() {
        return Err(err(format!(
            "{} holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)",
            path.display()
        )));
    }
    Ok(bytes)
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
        other => Err(FieldError::new("field", format!("unknown field {other:?}"))),
    }
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
            assert!(e.problem.contains(needle), "{input}: {e}");
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
                .contains("would read as the 8x8 cluster h00.8x8.com"),
            "{e}"
        );
        assert!(cluster("https://h00:8443/", true).is_ok());
    }
}
