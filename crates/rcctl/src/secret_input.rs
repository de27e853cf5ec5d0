//! The secrets `rcctl setup` reads: from stdin when piped, else a prompt
//! without echo; one secret per run.

use crate::error::CliError;
use rccontrol::{Localizer, Secret, tr};
use std::io::{IsTerminal, Read};

/// Which secret is read.
#[derive(Debug, Clone, Copy)]
pub enum SecretKind {
    /// The action token.
    Token,
    /// The Event Streaming credential.
    StreamCredential,
}

/// Reads a secret from stdin when piped, otherwise prompts without echo.
/// One secret per run: the two never share a stream.
pub fn read_secret(l: &Localizer, kind: SecretKind) -> Result<Secret, CliError> {
    let (prompt, terminal, stdin_doing) = match kind {
        SecretKind::Token => (
            tr!(l, "rcctl-setup-token-prompt"),
            tr!(l, "rcctl-doing-token-terminal"),
            tr!(l, "rcctl-doing-token-stdin"),
        ),
        SecretKind::StreamCredential => (
            tr!(l, "rcctl-setup-credential-prompt"),
            tr!(l, "rcctl-doing-credential-terminal"),
            tr!(l, "rcctl-doing-credential-stdin"),
        ),
    };
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        // Fluent trims the message; the typing starts after a space.
        rpassword::prompt_password(format!("{prompt} "))
            .map(Secret::new)
            .map_err(CliError::io(terminal))
    } else {
        let mut secret = String::new();
        stdin
            .lock()
            .take(64 * 1024)
            .read_to_string(&mut secret)
            .map_err(CliError::io(stdin_doing))?;
        Ok(Secret::new(secret))
    }
}
