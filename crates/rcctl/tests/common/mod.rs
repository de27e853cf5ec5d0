//! What the rcctl test processes share.

use rccontrol_e2e::Run;
use std::path::Path;

/// `rccontrol_e2e::run_rcctl` in English whatever the machine's locale
/// (`RCCONTROL_LANG=en-US`; a test's own `env` comes after and may override it).
pub fn run_rcctl(bin: &Path, dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Run {
    let mut all = vec![("RCCONTROL_LANG", "en-US")];
    all.extend_from_slice(env);
    rccontrol_e2e::run_rcctl(bin, dir, args, &all, stdin)
}
