//! The Event Streaming credential: zeroized on drop, redacted in `Debug`.

use std::fmt;

use zeroize::Zeroizing;

/// The `X-API-Key` value (an Admin Console `eght_…` key or the Contact Center
/// Data Request Token). Tenant-wide and secret: `Debug` prints `[redacted]`,
/// there is no `Display`, and the memory is zeroed on drop. It is sent only
/// as a request header, never in a URL, an error or a log line.
#[derive(Clone)]
pub struct StreamCredential(Zeroizing<String>);

impl StreamCredential {
    /// Wraps the credential as given (surrounding whitespace trimmed: pasted
    /// keys often carry a newline).
    pub fn new(value: impl Into<String>) -> Self {
        let value = Zeroizing::new(value.into());
        let trimmed = value.trim();
        if trimmed.len() == value.len() {
            Self(value)
        } else {
            Self(Zeroizing::new(trimmed.to_owned()))
        }
    }

    /// Whether there is nothing to send.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value, for the one place that sends it (the handshake header).
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for StreamCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::StreamCredential;

    #[test]
    fn debug_is_redacted_and_the_value_trimmed() {
        let c = StreamCredential::new(" eght_s3cr3t\n");
        assert_eq!(format!("{c:?}"), "[redacted]");
        assert!(!format!("{:?}", Some(c.clone())).contains("s3cr3t"));
        assert_eq!(c.expose(), "eght_s3cr3t");
        assert!(StreamCredential::new("  ").is_empty());
    }
}
