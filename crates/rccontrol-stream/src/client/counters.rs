//! Counters of the reader, readable at any time (tests, metrics).

use std::sync::atomic::{AtomicU64, Ordering};

/// Live counters, shared between the task and its handle.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub attempts: AtomicU64,
    pub connections: AtomicU64,
    pub reconnects: AtomicU64,
    pub frames: AtomicU64,
    pub events: AtomicU64,
    pub ignored: AtomicU64,
    pub duplicates: AtomicU64,
    pub malformed: AtomicU64,
}

impl Counters {
    pub(crate) fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn snapshot(&self) -> CounterSnapshot {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        CounterSnapshot {
            attempts: get(&self.attempts),
            connections: get(&self.connections),
            reconnects: get(&self.reconnects),
            frames: get(&self.frames),
            events: get(&self.events),
            ignored: get(&self.ignored),
            duplicates: get(&self.duplicates),
            malformed: get(&self.malformed),
        }
    }
}

/// The counters at one moment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CounterSnapshot {
    /// Connection attempts (each TCP + TLS + WebSocket handshake tried).
    pub attempts: u64,
    /// Attempts that reached `Connected`.
    pub connections: u64,
    /// Attempts after the first.
    pub reconnects: u64,
    /// Data frames received (text or binary).
    pub frames: u64,
    /// Events forwarded (interaction events).
    pub events: u64,
    /// Well-formed events of no interest (other families), not forwarded.
    pub ignored: u64,
    /// Frames whose message id was already delivered (a resume's overlap).
    pub duplicates: u64,
    /// Frames or payloads that could not be decoded, skipped.
    pub malformed: u64,
}
