//! The database URL: a secret when it holds a password, so `Debug` and
//! [`DatabaseUrl::redacted`] hide it.

use std::fmt;
use zeroize::Zeroizing;

/// Which database a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite:` — one file, one replica.
    Sqlite,
    /// `postgres:` / `postgresql:`.
    Postgres,
}

/// A `sqlite:`, `postgres:` or `postgresql:` URL.
#[derive(Clone)]
pub struct DatabaseUrl {
    url: Zeroizing<String>,
    backend: Backend,
}

impl DatabaseUrl {
    /// Checks the scheme; the error says what is allowed (never the URL).
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        let lower = url.to_ascii_lowercase();
        let backend = if lower.starts_with("sqlite:") {
            Backend::Sqlite
        } else if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(
                "must start with sqlite:, postgres:// or postgresql:// (e.g. sqlite:///var/lib/rccontrol-relay/relay.db)"
                    .to_owned(),
            );
        };
        if backend == Backend::Sqlite && url.len() <= "sqlite:".len() {
            return Err("sqlite: needs a file path (sqlite:///path/relay.db)".to_owned());
        }
        if backend == Backend::Postgres && url::Url::parse(url).is_err() {
            return Err("not a valid URL (postgres://user@host:port/database)".to_owned());
        }
        Ok(Self {
            url: Zeroizing::new(url.to_owned()),
            backend,
        })
    }

    /// The backend.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The full URL, password included: for connecting only.
    pub fn expose(&self) -> &str {
        &self.url
    }

    /// The password in the URL, if any (to scrub it from error messages).
    pub fn password(&self) -> Option<Zeroizing<String>> {
        let parsed = url::Url::parse(&self.url).ok()?;
        parsed
            .password()
            .filter(|p| !p.is_empty())
            .map(|p| Zeroizing::new(p.to_owned()))
    }

    /// The URL with any password replaced by `***`, safe to show and log.
    pub fn redacted(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut parsed) if parsed.password().is_some() => {
                if parsed.set_password(Some("***")).is_ok() {
                    parsed.to_string()
                } else {
                    "<database url>".to_owned()
                }
            }
            Ok(_) => self.url.to_string(),
            Err(_) if self.backend == Backend::Sqlite => self.url.to_string(),
            Err(_) => "<database url>".to_owned(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_and_redaction() {
        let pg = DatabaseUrl::parse("postgres://relay:hunter2@db.example:5432/relay").unwrap();
        assert_eq!(pg.backend(), Backend::Postgres);
        assert!(!format!("{pg:?}").contains("hunter2"));
        assert!(!pg.redacted().contains("hunter2"));
        assert_eq!(pg.password().unwrap().as_str(), "hunter2");
        let lite = DatabaseUrl::parse("sqlite:///var/lib/x/relay.db").unwrap();
        assert_eq!(lite.backend(), Backend::Sqlite);
        assert!(DatabaseUrl::parse("mysql://x/y").is_err());
        assert!(DatabaseUrl::parse("sqlite:").is_err());
    }
}
