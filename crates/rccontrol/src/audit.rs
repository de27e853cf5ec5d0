//! The local audit log: one JSON line per finished action, bounded in size.

use crate::action::{Action, Trigger};
use crate::outcome::Report;
use serde::{Deserialize, Serialize};
use std::fs::{self, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

/// Size at which the log rotates.
pub const DEFAULT_MAX_BYTES: u64 = 1024 * 1024;
/// Rotated files kept (`audit.1.jsonl` … `audit.N.jsonl`).
pub const DEFAULT_KEEP: u32 = 3;

/// One line of the audit log. Never holds the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// RFC 3339 UTC time, milliseconds.
    pub time: String,
    /// Who asked.
    pub trigger: Trigger,
    /// What was sent.
    pub action: Action,
    /// Outcome kind (`applied`, `no_active_call`, …).
    pub outcome: String,
    /// Last HTTP status, if any.
    pub http_status: Option<u16>,
    /// Latency in milliseconds.
    pub latency_ms: u64,
    /// HTTP attempts.
    pub attempts: u32,
    /// The sentence shown to the agent.
    pub message: String,
    /// Technical detail: an unrecognised body's first 200 characters, a transport error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl AuditEntry {
    /// The entry for a finished action.
    pub fn from_report(trigger: Trigger, report: &Report) -> Self {
        Self {
            time: humantime::format_rfc3339_millis(SystemTime::now()).to_string(),
            trigger,
            action: report.action,
            outcome: report.outcome.kind().to_owned(),
            http_status: report.http_status,
            latency_ms: report.latency_ms,
            attempts: report.attempts,
            message: report.message.clone(),
            detail: report.outcome.detail().map(str::to_owned),
        }
    }
}

/// Append-only JSON-lines log with size-bounded rotation.
#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    max_bytes: u64,
    keep: u32,
    write_lock: Mutex<()>,
}

impl AuditLog {
    /// A log at `path` with the default bounds.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self::with_limits(path, DEFAULT_MAX_BYTES, DEFAULT_KEEP)
    }

    /// A log with explicit bounds.
    pub fn with_limits(path: impl Into<PathBuf>, max_bytes: u64, keep: u32) -> Self {
        Self {
            path: path.into(),
            max_bytes,
            keep: keep.max(1),
            write_lock: Mutex::new(()),
        }
    }

    /// The current file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn rotated(&self, n: u32) -> PathBuf {
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "audit".into());
        self.path.with_file_name(format!("{stem}.{n}.jsonl"))
    }

    /// Appends one entry (one `write` call, so concurrent writers don't interleave lines).
    pub fn append(&self, entry: &AuditEntry) -> io::Result<()> {
        let _guard = self.write_lock.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        if fs::metadata(&self.path).is_ok_and(|m| m.len() >= self.max_bytes) {
            self.rotate()?;
        }
        let mut line = serde_json::to_vec(entry).map_err(io::Error::other)?;
        line.push(b'\n');
        let mut options = OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        options.open(&self.path)?.write_all(&line)
    }

    fn rotate(&self) -> io::Result<()> {
        let _ = fs::remove_file(self.rotated(self.keep));
        for n in (1..self.keep).rev() {
            let from = self.rotated(n);
            if from.exists() {
                fs::rename(&from, self.rotated(n + 1))?;
            }
        }
        fs::rename(&self.path, self.rotated(1))
    }

    /// The last `n` entries, oldest first, across rotated files. Unparsable lines are skipped.
    pub fn tail(&self, n: usize) -> io::Result<Vec<AuditEntry>> {
        let mut files: Vec<PathBuf> = (1..=self.keep).rev().map(|i| self.rotated(i)).collect();
        files.push(self.path.clone());
        let mut out = std::collections::VecDeque::with_capacity(n);
        for file in files {
            let f = match fs::File::open(&file) {
                Ok(f) => f,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e),
            };
            for line in BufReader::new(f).lines() {
                if let Ok(entry) = serde_json::from_str::<AuditEntry>(&line?) {
                    if out.len() == n {
                        out.pop_front();
                    }
                    if n > 0 {
                        out.push_back(entry);
                    }
                }
            }
        }
        Ok(out.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::Outcome;

    fn report(i: u64) -> Report {
        Report {
            action: Action::Pause,
            outcome: Outcome::Applied,
            http_status: Some(200),
            latency_ms: i,
            attempts: 1,
            message: "Recording paused".into(),
        }
    }

    #[test]
    fn appends_rotates_and_tails() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::with_limits(dir.path().join("audit.jsonl"), 600, 2);
        for i in 0..40 {
            log.append(&AuditEntry::from_report(Trigger::Cli, &report(i)))
                .unwrap();
        }
        let total: u64 = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .sum();
        assert!(total <= 3 * 600 + 600, "bounded: {total}");
        assert!(dir.path().join("audit.2.jsonl").exists());
        assert!(!dir.path().join("audit.3.jsonl").exists());
        let last = log.tail(3).unwrap();
        let lat: Vec<u64> = last.iter().map(|e| e.latency_ms).collect();
        assert_eq!(lat, [37, 38, 39]);
        assert_eq!(last[0].trigger, Trigger::Cli);
        assert_eq!(last[0].outcome, "applied");
    }
}
