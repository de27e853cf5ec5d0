//! One guard for every process a test starts.

use crate::{Error, wait_until};
use std::io::BufRead as _;
use std::ops::{Deref, DerefMut};
use std::process::{Child, Command, ExitStatus};
use std::sync::mpsc;
use std::time::Duration;

/// How long a process has to exit after SIGTERM before it is killed.
pub const GRACE: Duration = Duration::from_secs(5);

/// A child process stopped by its PID and reaped when dropped, also while a
/// failed test unwinds: SIGTERM first (so that it can clean up: Xvfb removes
/// its socket, the app resumes a pause), SIGKILL after [`GRACE`]. On Windows
/// it is terminated at once. Derefs to the [`Child`].
#[derive(Debug)]
pub struct ChildGuard {
    child: Child,
    program: String,
}

impl ChildGuard {
    /// Starts `cmd`, guarded.
    pub fn spawn(cmd: &mut Command) -> Result<ChildGuard, Error> {
        let program = cmd.get_program().to_string_lossy().into_owned();
        match cmd.spawn() {
            Ok(child) => Ok(ChildGuard { child, program }),
            Err(source) => Err(Error::Spawn { program, source }),
        }
    }

    /// Its exit status, if it has exited (it is reaped then).
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// True while it runs.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits (bounded polling) up to `limit` for it to exit; its exit status,
    /// if it did.
    pub fn exited_within(&mut self, limit: Duration) -> Option<ExitStatus> {
        let mut status = None;
        wait_until(limit, || {
            status = self.exited();
            status.is_some()
        });
        status
    }

    /// Its process ID.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Asks it to stop: SIGTERM to its PID (on Windows: terminated). Does not
    /// wait; whether the request was made.
    pub fn terminate(&mut self) -> bool {
        #[cfg(unix)]
        {
            Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        }
        #[cfg(not(unix))]
        {
            self.child.kill().is_ok()
        }
    }

    /// Stops it (see [`ChildGuard`]) and reaps it; its exit status, unless
    /// it could not be had. Dropping the guard does the same.
    pub fn stop(&mut self) -> Option<ExitStatus> {
        if let Some(status) = self.exited() {
            return Some(status);
        }
        if self.terminate() {
            if let Some(status) = self.exited_within(GRACE) {
                return Some(status);
            }
        }
        let _ = self.child.kill();
        self.child.wait().ok()
    }

    /// The first line it writes on its (piped) stdout, without the line end,
    /// waited for up to `limit`. Takes its stdout.
    pub fn first_line(&mut self, limit: Duration) -> Result<String, Error> {
        let output = |detail: &str| Error::Output {
            program: self.program.clone(),
            detail: detail.to_owned(),
        };
        let stdout = self
            .child
            .stdout
            .take()
            .ok_or_else(|| output("stdout is not piped (or already taken)"))?;
        let (tx, rx) = mpsc::channel();
        // Blocked until the line or the end of the output: the latter comes
        // at the latest when the guard stops the process.
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = std::io::BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(read.map(|n| (n > 0).then_some(line)));
        });
        match rx.recv_timeout(limit) {
            Ok(Ok(Some(line))) => Ok(line.trim_end_matches(['\r', '\n']).to_owned()),
            Ok(Ok(None)) => Err(output("closed its output before writing a line")),
            Ok(Err(e)) => Err(output(&format!("reading its output: {e}"))),
            Err(_) => Err(Error::Timeout {
                what: format!("the first line of {}", self.program),
                limit,
            }),
        }
    }
}

impl Deref for ChildGuard {
    type Target = Child;

    fn deref(&self) -> &Child {
        &self.child
    }
}

impl DerefMut for ChildGuard {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.child
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        // No panics here: this also runs while a failed test unwinds.
        let _ = self.stop();
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use std::process::Stdio;

    fn gone(pid: u32) -> bool {
        !std::path::Path::new(&format!("/proc/{pid}")).exists()
    }

    #[test]
    fn drop_stops_and_reaps_by_pid() {
        let guard = ChildGuard::spawn(Command::new("sleep").arg("600")).unwrap();
        let pid = guard.id();
        drop(guard);
        // Reaped: not even a zombie is left.
        assert!(gone(pid), "process {pid} is still there");
    }

    #[test]
    fn a_process_that_ignores_sigterm_is_killed_after_the_grace() {
        let mut guard = ChildGuard::spawn(
            Command::new("sh")
                .args(["-c", "trap '' TERM; echo ready; exec sleep 600"])
                .stdout(Stdio::piped()),
        )
        .unwrap();
        assert_eq!(guard.first_line(Duration::from_secs(10)).unwrap(), "ready");
        let status = guard.stop().expect("reaped");
        assert!(!status.success(), "{status:?}");
        assert!(!guard.running());
    }

    #[test]
    fn first_line_is_bounded_and_reports_a_silent_exit() {
        let mut silent =
            ChildGuard::spawn(Command::new("sleep").arg("600").stdout(Stdio::piped())).unwrap();
        assert!(matches!(
            silent.first_line(Duration::from_millis(50)),
            Err(Error::Timeout { .. })
        ));
        let mut quiet = ChildGuard::spawn(Command::new("true").stdout(Stdio::piped())).unwrap();
        assert!(matches!(
            quiet.first_line(Duration::from_secs(10)),
            Err(Error::Output { .. })
        ));
        assert!(
            quiet
                .exited_within(Duration::from_secs(10))
                .is_some_and(|s| s.success())
        );
    }

    #[test]
    fn a_missing_program_says_so() {
        let err = ChildGuard::spawn(&mut Command::new("rccontrol-no-such-program")).unwrap_err();
        assert!(
            err.to_string().contains("rccontrol-no-such-program"),
            "{err}"
        );
    }
}
