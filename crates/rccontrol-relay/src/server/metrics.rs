//! `/metrics`: Prometheus text, written by hand from atomic counters.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use rccontrol::Outcome;

/// The outcome kinds, in `Outcome::kind`'s words.
const KINDS: [&str; 13] = [
    "applied",
    "no_active_call",
    "not_enabled",
    "unrecognised",
    "bad_request",
    "unauthorized",
    "agent_not_found",
    "server_error",
    "rate_limited",
    "redirected",
    "timeout",
    "network",
    "tls",
];

/// Upper bounds (ms) of the action latency histogram's buckets (+Inf implied).
const BUCKETS_MS: [u64; 11] = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

/// The relay's counters.
#[derive(Debug, Default)]
pub(crate) struct Metrics {
    /// Answers by status class (index 1..=5).
    requests: [AtomicU64; 6],
    actions: [AtomicU64; KINDS.len()],
    latency_buckets: [AtomicU64; BUCKETS_MS.len()],
    latency_count: AtomicU64,
    latency_sum_ms: AtomicU64,
    /// Open live sockets.
    pub(crate) live_sockets: AtomicI64,
    /// 1 while the tenant's event stream is connected.
    pub(crate) stream_up: AtomicI64,
    /// Events read from the tenant's stream.
    pub(crate) stream_events: AtomicU64,
    /// Live sockets dropped for not keeping up.
    pub(crate) slow_sockets: AtomicU64,
    /// Devices enrolled.
    pub(crate) enrollments: AtomicU64,
    /// Requests refused with 429 (actions and enrollments).
    pub(crate) rate_limited: AtomicU64,
}

fn bump(counter: &AtomicU64) {
    counter.fetch_add(1, Ordering::Relaxed);
}

impl Metrics {
    /// Counts an answer by its status.
    pub(crate) fn request(&self, status: u16) {
        let class = usize::from(status / 100).min(5);
        if let Some(c) = self.requests.get(class) {
            bump(c);
        }
    }

    /// Counts an action's outcome and latency.
    pub(crate) fn action(&self, outcome: &Outcome, latency_ms: u64) {
        if let Some(i) = KINDS.iter().position(|k| *k == outcome.kind()) {
            if let Some(c) = self.actions.get(i) {
                bump(c);
            }
        }
        for (bound, bucket) in BUCKETS_MS.iter().zip(&self.latency_buckets) {
            if latency_ms <= *bound {
                bump(bucket);
            }
        }
        bump(&self.latency_count);
        self.latency_sum_ms.fetch_add(latency_ms, Ordering::Relaxed);
    }

    /// Counts one more of a plain counter.
    pub(crate) fn bump(counter: &AtomicU64) {
        bump(counter);
    }

    /// The exposition text.
    pub(crate) fn render(&self) -> String {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP rccontrol_relay_requests_total HTTP answers by status class.\n# TYPE rccontrol_relay_requests_total counter"
        );
        for class in 1..=5 {
            if let Some(c) = self.requests.get(class) {
                let _ = writeln!(
                    out,
                    "rccontrol_relay_requests_total{{class=\"{class}xx\"}} {}",
                    get(c)
                );
            }
        }
        let _ = writeln!(
            out,
            "# HELP rccontrol_relay_actions_total Actions sent to 8x8 by outcome kind.\n# TYPE rccontrol_relay_actions_total counter"
        );
        for (kind, c) in KINDS.iter().zip(&self.actions) {
            let _ = writeln!(
                out,
                "rccontrol_relay_actions_total{{outcome=\"{kind}\"}} {}",
                get(c)
            );
        }
        let _ = writeln!(
            out,
            "# HELP rccontrol_relay_action_latency_ms Time from the first attempt to 8x8's classified answer.\n# TYPE rccontrol_relay_action_latency_ms histogram"
        );
        for (bound, c) in BUCKETS_MS.iter().zip(&self.latency_buckets) {
            let _ = writeln!(
                out,
                "rccontrol_relay_action_latency_ms_bucket{{le=\"{bound}\"}} {}",
                get(c)
            );
        }
        let count = get(&self.latency_count);
        let _ = writeln!(
            out,
            "rccontrol_relay_action_latency_ms_bucket{{le=\"+Inf\"}} {count}\nrccontrol_relay_action_latency_ms_sum {}\nrccontrol_relay_action_latency_ms_count {count}",
            get(&self.latency_sum_ms)
        );
        let gauges = [
            (
                "rccontrol_relay_live_sockets",
                "Open live-state WebSockets.",
                self.live_sockets.load(Ordering::Relaxed),
            ),
            (
                "rccontrol_relay_stream_up",
                "1 while the tenant's event stream is connected.",
                self.stream_up.load(Ordering::Relaxed),
            ),
        ];
        for (name, help, value) in gauges {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
            );
        }
        let counters = [
            (
                "rccontrol_relay_stream_events_total",
                "Events read from the tenant's event stream.",
                &self.stream_events,
            ),
            (
                "rccontrol_relay_slow_sockets_total",
                "Live sockets closed for not keeping up.",
                &self.slow_sockets,
            ),
            (
                "rccontrol_relay_enrollments_total",
                "Devices enrolled.",
                &self.enrollments,
            ),
            (
                "rccontrol_relay_rate_limited_total",
                "Requests refused with 429.",
                &self.rate_limited,
            ),
        ];
        for (name, help, c) in counters {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                get(c)
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_buckets() {
        let m = Metrics::default();
        m.request(200);
        m.request(429);
        m.action(&Outcome::Applied, 7);
        m.action(&Outcome::Timeout, 9000);
        let text = m.render();
        assert!(
            text.contains("rccontrol_relay_requests_total{class=\"2xx\"} 1"),
            "{text}"
        );
        assert!(text.contains("rccontrol_relay_actions_total{outcome=\"applied\"} 1"));
        assert!(text.contains("rccontrol_relay_action_latency_ms_bucket{le=\"10\"} 1"));
        assert!(text.contains("rccontrol_relay_action_latency_ms_bucket{le=\"10000\"} 2"));
        assert!(text.contains("rccontrol_relay_action_latency_ms_count 2"));
        assert!(text.contains("rccontrol_relay_action_latency_ms_sum 9007"));
    }
}
