//! The app's log files: `{data dir}/logs/recording-control.log` (the tray
//! process) and `recording-control-settings.log` (the settings window), on
//! every platform. A release build on Windows is a GUI program with no
//! console, so without a file it would have no log at all. Size-bounded: a
//! file that would pass [`MAX_BYTES`] is renamed `….log.1` (older ones move
//! up to `….log.3`, the oldest dropped), so the folder never holds more than
//! `(KEEP + 1) × MAX_BYTES`. What is written is what the log filter lets
//! through; the token never is (`Secret` redacts itself).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A log file is rotated before it would grow past this (1 MiB).
pub const MAX_BYTES: u64 = 1024 * 1024;
/// Rotated files kept beside the current one (`.1` newest … `.3` oldest).
pub const KEEP: u32 = 3;

/// The folder of the log files: `{data dir}/logs`.
pub fn dir(paths: &rccontrol::Paths) -> PathBuf {
    paths.data_dir.join("logs")
}

/// The tray process's current log file (what "Open log" opens).
pub fn tray_log(paths: &rccontrol::Paths) -> PathBuf {
    dir(paths).join("recording-control.log")
}

/// The settings window's current log file.
pub fn settings_log(paths: &rccontrol::Paths) -> PathBuf {
    dir(paths).join("recording-control-settings.log")
}

/// An append-only file that rotates by size. Each `write` is one formatted
/// event (tracing's fmt layer writes an event at once), and a rotation
/// happens between writes, so no line is split across two files.
#[derive(Debug)]
pub struct RotatingFile {
    path: PathBuf,
    file: File,
    len: u64,
    max: u64,
    keep: u32,
}

impl RotatingFile {
    /// Opens (appending to) `path`, creating its folder; `max` bytes a file,
    /// `keep` rotated files.
    pub fn open(path: &Path, max: u64, keep: u32) -> io::Result<Self> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let file = append(path)?;
        let len = file.metadata()?.len();
        Ok(Self {
            path: path.to_path_buf(),
            file,
            len,
            max,
            keep,
        })
    }

    /// `path.N`: the N-th rotated file.
    fn rotated(&self, n: u32) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(format!(".{n}"));
        PathBuf::from(name)
    }

    /// `.2` → `.3`, `.1` → `.2`, current → `.1` (the oldest is replaced),
    /// then a new empty current file.
    fn rotate(&mut self) -> io::Result<()> {
        self.file.flush()?;
        if self.keep == 0 {
            self.file = File::create(&self.path)?;
        } else {
            for n in (1..self.keep).rev() {
                let from = self.rotated(n);
                if from.exists() {
                    std::fs::rename(&from, self.rotated(n + 1))?;
                }
            }
            std::fs::rename(&self.path, self.rotated(1))?;
            self.file = append(&self.path)?;
        }
        self.len = 0;
        Ok(())
    }
}

/// Opens for appending; a new file is the user's alone on Unix (like the
/// audit log): it names the tenant, the agent and window titles.
fn append(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

impl Write for RotatingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.len > 0 && self.len + buf.len() as u64 > self.max {
            // A program holding the file without sharing it (Windows) stops
            // the rename: the event still goes to the current file, and the
            // next write tries again.
            if let Err(e) = self.rotate() {
                eprintln!("recording-control: log file not rotated: {e}");
            }
        }
        let n = self.file.write(buf)?;
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_default()
    }

    #[test]
    fn rotates_by_size_keeps_three_and_never_splits_a_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logs/app.log");
        let mut log = RotatingFile::open(&path, 40, KEEP).unwrap();
        // 10 lines of 16 bytes; 2 fit in 40 bytes, the third rotates.
        for i in 0..10 {
            log.write_all(format!("line {i:02} ......\n").as_bytes())
                .unwrap();
        }
        drop(log);
        let names = |n: u32| {
            if n == 0 {
                path.clone()
            } else {
                log_name(&path, n)
            }
        };
        assert_eq!(read(&names(0)), "line 08 ......\nline 09 ......\n");
        assert_eq!(read(&names(1)), "line 06 ......\nline 07 ......\n");
        assert_eq!(read(&names(2)), "line 04 ......\nline 05 ......\n");
        assert_eq!(read(&names(3)), "line 02 ......\nline 03 ......\n");
        assert!(!names(4).exists(), "only {KEEP} rotated files are kept");
        let total: u64 = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .sum();
        assert!(total <= u64::from(KEEP + 1) * 40, "{total} bytes");
    }

    #[cfg(unix)]
    #[test]
    fn the_files_are_the_users_alone() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.log");
        let mut log = RotatingFile::open(&path, 8, KEEP).unwrap();
        log.write_all(b"first line\n").unwrap();
        log.write_all(b"second\n").unwrap();
        for file in [path.clone(), log_name(&path, 1)] {
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", file.display());
        }
    }

    #[test]
    fn appends_to_an_existing_file_and_counts_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.log");
        std::fs::write(&path, "earlier run ......\n").unwrap();
        let mut log = RotatingFile::open(&path, 30, KEEP).unwrap();
        log.write_all(b"this run .........\n").unwrap();
        assert_eq!(read(&path), "this run .........\n");
        assert_eq!(read(&log_name(&path, 1)), "earlier run ......\n");
    }

    #[test]
    fn a_line_longer_than_the_limit_is_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.log");
        let mut log = RotatingFile::open(&path, 8, KEEP).unwrap();
        log.write_all(b"a long line\n").unwrap();
        log.write_all(b"next\n").unwrap();
        assert_eq!(read(&log_name(&path, 1)), "a long line\n");
        assert_eq!(read(&path), "next\n");
    }

    fn log_name(path: &Path, n: u32) -> PathBuf {
        PathBuf::from(format!("{}.{n}", path.display()))
    }
}
