//! The polling loop shared by Windows and macOS, which have no cheap
//! notification for "the foreground window or its title changed".
#![forbid(unsafe_code)]

use crate::Unavailable;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

/// Stops and joins its polling thread when dropped.
#[derive(Debug)]
pub(crate) struct Poller {
    /// Dropping (or sending on) it wakes the thread, which then ends.
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

/// Starts a thread that calls `read` every `interval` and `on_change` with
/// each new value (once at start, then only when the value differs from the
/// last one reported).
pub(crate) fn spawn<R, F>(
    name: &str,
    interval: Duration,
    read: R,
    on_change: F,
) -> Result<Poller, Unavailable>
where
    R: Fn() -> Option<String> + Send + 'static,
    F: Fn(Option<String>) + Send + 'static,
{
    let (stop, stopped) = mpsc::channel::<()>();
    let thread = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let mut last: Option<Option<String>> = None;
            loop {
                let title = read();
                if last.as_ref() != Some(&title) {
                    last = Some(title.clone());
                    on_change(title);
                }
                match stopped.recv_timeout(interval) {
                    Err(RecvTimeoutError::Timeout) => {}
                    Ok(()) | Err(RecvTimeoutError::Disconnected) => break,
                }
            }
        })
        .map_err(|e| Unavailable::Thread(e.to_string()))?;
    Ok(Poller {
        stop: Some(stop),
        thread: Some(thread),
    })
}

impl Drop for Poller {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            // Dropped from inside `on_change`: the thread ends by itself once
            // the callback returns; joining itself would deadlock.
            if thread.thread().id() != std::thread::current().id() {
                let _ = thread.join();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn reports_changes_once_and_stops_on_drop() {
        let script = Arc::new(Mutex::new(
            vec![
                None,
                None,
                Some("Notes".to_owned()),
                Some("Notes".to_owned()),
                Some("Payment".to_owned()),
            ]
            .into_iter(),
        ));
        let (tx, rx) = mpsc::channel();
        let tx = Mutex::new(tx);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let seen_in_thread = seen.clone();
        let poller = spawn(
            "poll-test",
            Duration::from_millis(1),
            move || {
                let next = script.lock().unwrap().next();
                // Keeps returning the last value once the script is done.
                next.unwrap_or_else(|| Some("Payment".to_owned()))
            },
            move |title| {
                seen_in_thread.lock().unwrap().push(title.clone());
                let _ = tx.lock().unwrap().send(title);
            },
        )
        .unwrap();
        for _ in 0..3 {
            rx.recv_timeout(Duration::from_secs(10)).unwrap();
        }
        drop(poller);
        assert_eq!(
            *seen.lock().unwrap(),
            vec![None, Some("Notes".to_owned()), Some("Payment".to_owned())]
        );
        // The thread ended and released the callback (and its clone of `seen`).
        assert_eq!(Arc::strong_count(&seen), 1);
    }
}
