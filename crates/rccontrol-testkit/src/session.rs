//! What a test needs from the desktop session, and what happens without it.

use std::io::Write as _;

/// Whether a part of the session (a bus, a display, a tool) that `test`
/// needs is `present`. Under `./test` (inside `scripts/test-session.sh`,
/// which starts every part) an absent one fails the test loudly; outside it
/// the test is skipped, and says so: a skip is never silent.
#[track_caller]
#[allow(clippy::panic, reason = "failing the test is this helper's job")]
pub fn available(test: &str, what: &str, present: bool) -> bool {
    if present {
        return true;
    }
    let in_session = std::env::var_os("RC_TEST_SESSION").is_some();
    let no_desktop = std::env::var_os("RC_SESSION_NO_DESKTOP").is_some();
    if in_session && !(no_desktop && what == "DISPLAY") {
        panic!("{test}: {what} is missing inside the test session, which starts it");
    }
    // Straight to stderr: libtest captures print! and eprint!, not this.
    // One write, so that concurrent tests' lines do not interleave.
    let line = format!("{test}: SKIPPED: no {what} (run it under scripts/test-session.sh)\n");
    let _ = std::io::stderr().write_all(line.as_bytes());
    false
}

/// What the desktop's keychain holds for `account` of the app's service
/// (`rccontrol`), asked of libsecret's own tool (`secret-tool`), not through
/// the code under test. `None` when it holds nothing.
#[track_caller]
#[allow(clippy::expect_used, reason = "a missing test tool fails the test")]
pub fn keychain_lookup(account: &str) -> Option<String> {
    let out = std::process::Command::new("secret-tool")
        .args(["lookup", "service", "rccontrol", "username", account])
        .output()
        .expect("secret-tool (libsecret-tools) is installed by ./test");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
