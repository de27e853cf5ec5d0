//! Bounded polling: a test waits for a condition, never for a fixed time.

use std::fmt::Debug;
use std::time::{Duration, Instant};

/// How often a condition is asked again.
pub const POLL: Duration = Duration::from_millis(10);

/// Asks `get` every [`POLL`] until `ok` holds for its value or `limit` has
/// passed: `Ok` with the value that held, or `Err` with the last one.
fn poll<T>(limit: Duration, mut get: impl FnMut() -> T, ok: impl Fn(&T) -> bool) -> Result<T, T> {
    let deadline = Instant::now() + limit;
    loop {
        let value = get();
        if ok(&value) {
            return Ok(value);
        }
        if Instant::now() >= deadline {
            return Err(value);
        }
        std::thread::sleep(POLL);
    }
}

/// Polls `cond` every [`POLL`] until it holds or `limit` has passed; whether
/// it held. Asked at least once, and once more at the bound.
pub fn wait_until(limit: Duration, cond: impl FnMut() -> bool) -> bool {
    poll(limit, cond, |held| *held).is_ok()
}

/// Like [`wait_until`], failing the test (naming `what`) if `cond` never holds.
#[track_caller]
pub fn eventually(limit: Duration, what: &str, cond: impl FnMut() -> bool) {
    assert!(
        wait_until(limit, cond),
        "timed out after {limit:?} waiting for {what}"
    );
}

/// Polls `get` until `ok` holds for its value, and returns that value; fails
/// the test (naming `what` and the last value) after `limit`.
#[track_caller]
#[allow(clippy::panic, reason = "failing the test is this helper's job")]
pub fn wait_for<T: Debug>(
    limit: Duration,
    what: &str,
    get: impl FnMut() -> T,
    ok: impl Fn(&T) -> bool,
) -> T {
    poll(limit, get, ok).unwrap_or_else(|last| {
        panic!("timed out after {limit:?} waiting for {what}; last: {last:?}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polls_until_the_condition_holds_and_gives_up_at_the_bound() {
        let mut asked = 0;
        assert!(wait_until(Duration::from_secs(5), || {
            asked += 1;
            asked == 3
        }));
        assert_eq!(asked, 3);
        let started = Instant::now();
        assert!(!wait_until(Duration::from_millis(50), || false));
        assert!(started.elapsed() >= Duration::from_millis(50));
        let mut n = 0;
        let got = wait_for(
            Duration::from_secs(5),
            "n to reach 4",
            || {
                n += 1;
                n
            },
            |n| *n == 4,
        );
        assert_eq!(got, 4);
    }

    #[test]
    #[should_panic(expected = "waiting for nothing; last: 7")]
    fn wait_for_names_the_last_value() {
        wait_for(Duration::from_millis(20), "nothing", || 7, |_| false);
    }
}
