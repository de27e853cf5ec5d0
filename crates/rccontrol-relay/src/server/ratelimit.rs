//! The enrollment limit: per client address, per replica, in memory (a
//! one-minute fixed window).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);
/// Above this many tracked addresses, expired windows are swept.
const SWEEP_AT: usize = 10_000;

/// Counts enrollment attempts per address.
#[derive(Debug)]
pub(crate) struct EnrollLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl EnrollLimiter {
    /// At most `per_minute` attempts per address and minute.
    pub(crate) fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts an attempt: `Err(seconds to wait)` when over the limit.
    pub(crate) fn check(&self, ip: IpAddr, now: Instant) -> Result<(), u64> {
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() >= SWEEP_AT {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = windows.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        if entry.1 >= self.per_minute {
            let left = WINDOW.saturating_sub(now.duration_since(entry.0));
            return Err(left.as_secs().max(1));
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_address_per_minute() {
        let l = EnrollLimiter::new(2);
        let t = Instant::now();
        let a: IpAddr = [127, 0, 0, 1].into();
        let b: IpAddr = [127, 0, 0, 2].into();
        assert!(l.check(a, t).is_ok());
        assert!(l.check(a, t).is_ok());
        assert!(l.check(a, t).is_err());
        assert!(l.check(b, t).is_ok());
        assert!(l.check(a, t + WINDOW).is_ok());
    }
}
