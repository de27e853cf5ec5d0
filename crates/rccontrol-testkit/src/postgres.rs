//! A private, throw-away PostgreSQL cluster for a test, from Debian's
//! `postgresql` package (`/usr/lib/postgresql/<version>/bin`): its own data
//! directory and socket directory in a fresh temporary directory, trust
//! authentication, listening on 127.0.0.1 only, on a free port; stopped and
//! removed when dropped.
//!
//! PostgreSQL refuses to run as root: a test running as root runs every
//! PostgreSQL program as the `postgres` OS user (created by the package),
//! through `runuser`, in a temporary directory owned by that user.

use crate::{Error, wait_until};
use std::fmt::Write as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// Where Debian's package installs each major version's programs.
const INSTALL_ROOT: &str = "/usr/lib/postgresql";

/// The bound on the server accepting connections after `pg_ctl start`, and
/// on `pg_ctl stop` (generous: only reached when something is wrong).
pub const PG_START_LIMIT: Duration = Duration::from_secs(60);

/// How many ports are tried when the one picked was taken in between.
const PORT_TRIES: usize = 5;

/// Settings given to the server: nothing it writes has to survive a crash,
/// so it never waits for the disk.
const SERVER_SETTINGS: &[&str] = &[
    "listen_addresses=127.0.0.1",
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
];

/// A running PostgreSQL cluster of the test's own; its superuser is
/// `postgres`, with trust authentication on 127.0.0.1. [`Postgres::stop`]
/// or dropping it stops the server (immediate mode: nothing is kept) and
/// removes its directory.
#[derive(Debug)]
pub struct Postgres {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    /// `Some(name)`: every program runs as this OS user (the test runs as
    /// root); `None`: as the current user.
    user: Option<String>,
    /// Whether the server may be running (started, not yet stopped).
    running: bool,
}

impl Postgres {
    /// Creates a cluster in a new temporary directory and starts its server
    /// on a free port; returns once it accepts connections. With the
    /// server's programs missing, the error says to run
    /// `scripts/install-deps.sh test`.
    pub fn start() -> Result<Postgres, Error> {
        let bin = bin_dir(Path::new(INSTALL_ROOT))?;
        let user = (effective_uid()? == 0).then(|| "postgres".to_owned());
        let owner = match &user {
            Some(name) => Some(ids_of(name)?),
            None => None,
        };
        let dir = temp_dir(user.is_some())?;
        // From here on, dropping `pg` removes the directory.
        let mut pg = Postgres {
            bin,
            dir,
            port: 0,
            user,
            running: false,
        };
        if let Some((uid, gid)) = owner {
            std::os::unix::fs::chown(&pg.dir, Some(uid), Some(gid)).map_err(|e| Error::Output {
                program: "chown".into(),
                detail: format!("{}: {e}", pg.dir.display()),
            })?;
        }
        pg.initdb()?;
        let mut logs = String::new();
        for _ in 0..PORT_TRIES {
            pg.port = free_port()?;
            let out = pg.pg_ctl_start()?;
            if out.status.success() {
                pg.running = true;
                return pg.ready();
            }
            // pg_ctl -w failed: the postmaster has exited (or never became
            // ready within the bound, then it is stopped by the drop).
            pg.running = true;
            let log = pg.log();
            let _ = writeln!(logs, "port {}: {}", pg.port, describe(&out));
            if log.contains("could not bind") || log.contains("already in use") {
                // Someone took the port between picking and binding it.
                pg.stop_server();
                let _ = std::fs::remove_file(pg.log_path());
                continue;
            }
            return Err(Error::Output {
                program: "pg_ctl start".into(),
                detail: format!("{}; server log:\n{log}", describe(&out)),
            });
        }
        Err(Error::Output {
            program: "pg_ctl start".into(),
            detail: format!("no free port in {PORT_TRIES} tries:\n{logs}"),
        })
    }

    /// The URL of its `postgres` database, as its superuser `postgres`:
    /// `postgres://postgres@127.0.0.1:PORT/postgres`.
    pub fn url(&self) -> String {
        self.url_of("postgres")
    }

    /// The TCP port it listens on, on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The directory holding the cluster (`data/`), its socket and its log
    /// (`server.log`); removed by [`Postgres::stop`].
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The server's log so far (empty if it cannot be read): for a failed
    /// test's message.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// Creates the database `name` (with `createdb`, which quotes it) and
    /// returns its URL, so that tests sharing a server keep their data
    /// apart.
    pub fn create_database(&self, name: &str) -> Result<String, Error> {
        let port = self.port.to_string();
        let out = self.run(
            "createdb",
            &["-h", "127.0.0.1", "-p", &port, "-U", "postgres", "--", name],
        )?;
        if !out.status.success() {
            return Err(Error::Output {
                program: "createdb".into(),
                detail: format!("{name}: {}", describe(&out)),
            });
        }
        Ok(self.url_of(name))
    }

    /// A command for the program `program` of this cluster's PostgreSQL
    /// version (`psql`, `pg_dump`, …), run as the OS user the server runs
    /// as, in the cluster's directory; add the connection arguments (for
    /// `psql`: `-d` and [`Postgres::url`]).
    pub fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        let mut cmd = match &self.user {
            Some(user) => {
                let mut cmd = Command::new("runuser");
                cmd.args(["-u", user, "--"]).arg(path);
                cmd
            }
            None => Command::new(path),
        };
        // The programs need a working directory they may enter.
        cmd.current_dir(&self.dir).stdin(Stdio::null());
        cmd
    }

    /// Stops the server (immediate mode: nothing is kept) and removes its
    /// directory; also done when dropped. Idempotent; never panics.
    pub fn stop(&mut self) {
        self.stop_server();
        if self.dir.exists() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    /// The URL of `database`, its name percent-encoded (a space, a slash).
    fn url_of(&self, database: &str) -> String {
        let mut path = String::new();
        for byte in database.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                path.push(char::from(byte));
            } else {
                let _ = write!(path, "%{byte:02X}");
            }
        }
        format!("postgres://postgres@127.0.0.1:{}/{path}", self.port)
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    fn log_path(&self) -> PathBuf {
        self.dir.join("server.log")
    }

    /// Runs `program` with `args` (see [`Postgres::command`]) to its end;
    /// its output.
    fn run(&self, program: &str, args: &[&str]) -> Result<Output, Error> {
        let mut cmd = self.command(program);
        cmd.args(args);
        cmd.output().map_err(|source| Error::Spawn {
            program: self.bin.join(program).display().to_string(),
            source,
        })
    }

    fn initdb(&self) -> Result<(), Error> {
        let data = self.data();
        let data = data.to_string_lossy();
        let out = self.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        )?;
        if out.status.success() {
            Ok(())
        } else {
            Err(Error::Output {
                program: "initdb".into(),
                detail: describe(&out),
            })
        }
    }

    /// `pg_ctl start -w`, bounded by [`PG_START_LIMIT`] (pg_ctl's own `-t`).
    fn pg_ctl_start(&self) -> Result<Output, Error> {
        let mut options = format!("-p {} -k {}", self.port, self.dir.display());
        for setting in SERVER_SETTINGS {
            let _ = write!(options, " -c {setting}");
        }
        let (data, log) = (self.data(), self.log_path());
        let timeout = PG_START_LIMIT.as_secs().to_string();
        // -l: the server's output goes to the log, not to pg_ctl's pipes
        // (which would otherwise stay open as long as the server runs).
        self.run(
            "pg_ctl",
            &[
                "start",
                "-D",
                &data.to_string_lossy(),
                "-l",
                &log.to_string_lossy(),
                "-w",
                "-t",
                &timeout,
                "-o",
                &options,
            ],
        )
    }

    /// Checks that the server accepts TCP connections on its port (pg_ctl
    /// may have used the socket); the cluster, or why not.
    fn ready(self) -> Result<Postgres, Error> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        if wait_until(PG_START_LIMIT, || {
            TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok()
        }) {
            Ok(self)
        } else {
            Err(Error::Timeout {
                what: format!("PostgreSQL to accept connections on {addr}"),
                limit: PG_START_LIMIT,
            })
        }
    }

    /// `pg_ctl stop -m immediate`, if the server may be running.
    fn stop_server(&mut self) {
        if !self.running {
            return;
        }
        self.running = false;
        let timeout = PG_START_LIMIT.as_secs().to_string();
        let _ = self.run(
            "pg_ctl",
            &[
                "stop",
                "-D",
                &self.data().to_string_lossy(),
                "-m",
                "immediate",
                "-w",
                "-t",
                &timeout,
            ],
        );
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // No panics here: this also runs while a failed test unwinds.
        self.stop();
    }
}

/// The `bin` directory of the highest PostgreSQL version installed under
/// `root` ([`INSTALL_ROOT`]) that has both `initdb` and `pg_ctl`.
fn bin_dir(root: &Path) -> Result<PathBuf, Error> {
    let missing = |why: String| Error::Spawn {
        program: format!("{}/*/bin/initdb", root.display()),
        source: std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("the PostgreSQL server is not installed ({why})"),
        ),
    };
    let entries = std::fs::read_dir(root).map_err(|e| missing(e.to_string()))?;
    let mut best: Option<(Vec<u32>, PathBuf)> = None;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(version) = name.to_str().and_then(parse_version) else {
            continue;
        };
        let bin = entry.path().join("bin");
        if !(bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()) {
            continue;
        }
        if best.as_ref().is_none_or(|(v, _)| version > *v) {
            best = Some((version, bin));
        }
    }
    best.map(|(_, bin)| bin).ok_or_else(|| {
        missing(format!(
            "no version with initdb and pg_ctl in {}",
            root.display()
        ))
    })
}

/// `"15"` → `[15]`, `"9.6"` → `[9, 6]`; anything else is not a version.
fn parse_version(name: &str) -> Option<Vec<u32>> {
    name.split('.').map(|part| part.parse().ok()).collect()
}

/// The effective user ID of this process: the owner of `/proc/self`.
fn effective_uid() -> Result<u32, Error> {
    std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .map_err(|e| Error::Output {
            program: "/proc/self".into(),
            detail: e.to_string(),
        })
}

/// The user and group IDs of the OS user `name` (`getent passwd`).
fn ids_of(name: &str) -> Result<(u32, u32), Error> {
    let no_user = |detail: String| Error::Output {
        program: "getent passwd".into(),
        detail: format!(
            "{detail}: the OS user {name}, created by the postgresql package, is needed to run \
             PostgreSQL as root (scripts/install-deps.sh test installs it)"
        ),
    };
    let out = Command::new("getent")
        .args(["passwd", name])
        .stdin(Stdio::null())
        .output()
        .map_err(|source| Error::Spawn {
            program: "getent".into(),
            source,
        })?;
    if !out.status.success() {
        return Err(no_user("no such user".into()));
    }
    let line = String::from_utf8_lossy(&out.stdout);
    let fields: Vec<&str> = line.trim().split(':').collect();
    match (
        fields.get(2).and_then(|f| f.parse().ok()),
        fields.get(3).and_then(|f| f.parse().ok()),
    ) {
        (Some(uid), Some(gid)) => Ok((uid, gid)),
        _ => Err(no_user(format!("unexpected entry {line:?}"))),
    }
}

/// A new, empty directory for one cluster. For another OS user (`shared`)
/// it lies in `/tmp` unless the temporary directory is open to every user,
/// and it is made accessible to its owner only by the later `chown`.
fn temp_dir(shared: bool) -> Result<PathBuf, Error> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let mut base = std::env::temp_dir();
    if shared && !traversable_by_all(&base) {
        base = PathBuf::from("/tmp");
    }
    let mut last = None;
    for _ in 0..100 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = base.join(format!(
            "rccontrol-pg-{}-{}-{:x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            nanos & 0xffff_ffff
        ));
        match std::fs::create_dir(&dir) {
            Ok(()) => {
                use std::os::unix::fs::PermissionsExt as _;
                let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
                return Ok(dir);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => {
                return Err(Error::Output {
                    program: "mkdir".into(),
                    detail: format!("{}: {e}", dir.display()),
                });
            }
        }
    }
    Err(Error::Output {
        program: "mkdir".into(),
        detail: format!("no new directory in {}: {last:?}", base.display()),
    })
}

/// Whether every directory from `/` down to `path` may be entered by every
/// user (the `postgres` user has to reach its directory).
fn traversable_by_all(path: &Path) -> bool {
    path.ancestors()
        .all(|dir| std::fs::metadata(dir).is_ok_and(|m| m.is_dir() && m.mode() & 0o001 != 0))
}

/// A port on 127.0.0.1 that was free a moment ago (bound to port 0, then
/// released).
fn free_port() -> Result<u16, Error> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| Error::Output {
            program: "bind 127.0.0.1:0".into(),
            detail: e.to_string(),
        })
}

/// A finished program's exit status and what it wrote.
fn describe(out: &Output) -> String {
    format!(
        "{}; stdout: {}; stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout).trim(),
        String::from_utf8_lossy(&out.stderr).trim()
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn a_cluster_answers_keeps_databases_apart_and_leaves_nothing_behind() {
        let mut pg = Postgres::start().unwrap();
        let url = pg.url();
        assert_eq!(
            url,
            format!("postgres://postgres@127.0.0.1:{}/postgres", pg.port())
        );
        let psql = |url: &str, sql: &str| {
            let out = pg
                .command("psql")
                .args([
                    "-X",
                    "-A",
                    "-t",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-d",
                    url,
                    "-c",
                    sql,
                ])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}\n{}", describe(&out), pg.log());
            String::from_utf8_lossy(&out.stdout).trim().to_owned()
        };
        assert_eq!(psql(&url, "select 1"), "1");

        let one = pg.create_database("rc_one").unwrap();
        let two = pg.create_database("rc two").unwrap();
        assert!(one.ends_with("/rc_one"), "{one}");
        assert!(two.ends_with("/rc%20two"), "{two}");
        psql(&one, "create table t (x int); insert into t values (7)");
        assert_eq!(psql(&one, "select x from t"), "7");
        assert_eq!(
            psql(&two, "select count(*) from pg_tables where tablename = 't'"),
            "0"
        );
        assert!(pg.create_database("rc_one").is_err());

        let (dir, port) = (pg.dir().to_owned(), pg.port());
        assert!(dir.join("data").is_dir());
        pg.stop();
        assert!(!dir.exists(), "{} is left", dir.display());
        assert!(
            TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err(),
            "port {port} still accepts connections"
        );
        // Dropping a stopped cluster does nothing more.
        drop(pg);
    }

    #[test]
    fn two_clusters_run_side_by_side() {
        let (a, b) = (Postgres::start().unwrap(), Postgres::start().unwrap());
        assert_ne!(a.port(), b.port());
        assert_ne!(a.dir(), b.dir());
        for pg in [&a, &b] {
            let addr = (Ipv4Addr::LOCALHOST, pg.port());
            assert!(TcpStream::connect(addr).is_ok(), "{}", pg.log());
        }
    }

    #[test]
    fn the_highest_version_is_picked_and_a_missing_server_says_what_to_run() {
        let root = temp_dir(false).unwrap();
        let err = bin_dir(&root).unwrap_err().to_string();
        assert!(err.contains("scripts/install-deps.sh test"), "{err}");
        assert!(err.contains("not installed"), "{err}");
        for version in ["9.6", "15", "16", "common"] {
            let bin = root.join(version).join("bin");
            std::fs::create_dir_all(&bin).unwrap();
            if version != "16" {
                for program in ["initdb", "pg_ctl"] {
                    std::fs::write(bin.join(program), "").unwrap();
                }
            }
        }
        // 16 lacks the server's programs (only its client is installed, say).
        assert_eq!(bin_dir(&root).unwrap(), root.join("15").join("bin"));
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn versions_compare_numerically() {
        assert_eq!(parse_version("15"), Some(vec![15]));
        assert_eq!(parse_version("9.6"), Some(vec![9, 6]));
        assert!(parse_version("16").unwrap() > parse_version("9.6").unwrap());
        assert_eq!(parse_version("common"), None);
    }
}
