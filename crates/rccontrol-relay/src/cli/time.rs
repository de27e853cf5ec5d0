//! Times as the commands read and print them.

use std::time::{Duration, UNIX_EPOCH};

/// `--ttl`: a duration from 1 minute to 90 days (`72h`, `7days`).
pub fn parse_ttl(s: &str) -> Result<Duration, String> {
    match humantime::parse_duration(s) {
        Ok(d) if d >= Duration::from_secs(60) && d <= Duration::from_secs(90 * 86400) => Ok(d),
        _ => Err("must be a duration from 1m to 90days, e.g. 72h".to_owned()),
    }
}

/// `--since`: `24h` (back from now), `2026-12-01T00:00:00Z` or `2026-12-01` (UTC).
pub fn parse_since(s: &str, now_ms: u64) -> Result<u64, String> {
    let s = s.trim();
    if let Ok(d) = humantime::parse_duration(s) {
        return Ok(now_ms.saturating_sub(u64::try_from(d.as_millis()).unwrap_or(u64::MAX)));
    }
    let full = if s.len() == 10 {
        format!("{s}T00:00:00Z")
    } else {
        s.to_owned()
    };
    humantime::parse_rfc3339_weak(&full)
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .ok_or_else(|| {
            "since: give a duration (24h), a time (2026-12-01T00:00:00Z) or a date (2026-12-01)"
                .to_owned()
        })
}

/// Unix ms as RFC 3339 (UTC, seconds).
pub fn rfc3339(ms: u64) -> String {
    humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_millis(ms)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_forms() {
        let day = 86_400_000;
        assert_eq!(parse_since("24h", 10 * day).unwrap(), 9 * day);
        let d = parse_since("2026-12-01", 0).unwrap();
        assert_eq!(parse_since("2026-12-01T00:00:00Z", 0).unwrap(), d);
        assert_eq!(rfc3339(d), "2026-12-01T00:00:00Z");
        assert!(parse_since("yesterday", 0).is_err());
    }
}
