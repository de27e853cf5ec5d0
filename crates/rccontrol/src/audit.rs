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

    /// Every entry kept (current and rotated files), oldest first.
    pub fn all(&self) -> io::Result<Vec<AuditEntry>> {
        self.tail(usize::MAX)
    }

    /// The last `n` entries, oldest first, across rotated files. Unparsable lines are skipped.
    pub fn tail(&self, n: usize) -> io::Result<Vec<AuditEntry>> {
        let mut files: Vec<PathBuf> = (1..=self.keep).rev().map(|i| self.rotated(i)).collect();
        files.push(self.path.clone());
        let mut out = std::collections::VecDeque::with_capacity(n.min(1024));
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

/// Column names of the CSV export, in order.
pub const CSV_HEADER: [&str; 9] = [
    "time",
    "trigger",
    "action",
    "outcome",
    "http_status",
    "latency_ms",
    "attempts",
    "message",
    "detail",
];

/// Writes `entries` as CSV (RFC 4180 quoting, a header line first). Cells that
/// a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a `'`.
pub fn write_csv(entries: &[AuditEntry], out: impl Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let err = |e: csv::Error| io::Error::other(e.to_string());
    w.write_record(CSV_HEADER).map_err(err)?;
    for e in entries {
        let status = e.http_status.map(|s| s.to_string()).unwrap_or_default();
        w.write_record([
            e.time.as_str(),
            e.trigger.as_str(),
            e.action.as_str(),
            e.outcome.as_str(),
            status.as_str(),
            &e.latency_ms.to_string(),
            &e.attempts.to_string(),
            &defuse(&e.message),
            &defuse(e.detail.as_deref().unwrap_or_default()),
        ])
        .map_err(err)?;
    }
    w.flush()
}

fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
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

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let mut e = AuditEntry::from_report(Trigger::Timer, &report(7));
        e.message = "Said \"no\", then, later".into();
        e.detail = Some("=HYPERLINK(\"x\")".into());
        let mut out = Vec::new();
        write_csv(&[e], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines[0], CSV_HEADER.join(","));
        assert!(
            lines[1].ends_with(",timer,pause,applied,200,7,1,\"Said \"\"no\"\", then, later\",\"'=HYPERLINK(\"\"x\"\")\""),
            "{}",
            lines[1]
        );
    }
}
