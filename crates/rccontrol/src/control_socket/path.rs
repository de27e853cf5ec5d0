//! Where the app's control socket lives, computed the same way by the app and `rcctl`.
//!
//! Rules, in order:
//! 1. `RCCTL_SOCKET` set and not empty: that path (Unix) or pipe name (Windows), as is.
//! 2. Unix, config dir given explicitly (`--config-dir` / `RCCTL_CONFIG_DIR`):
//!    `{config_dir}/rccontrol.sock`, so parallel instances never collide.
//! 3. Unix: `$XDG_RUNTIME_DIR/rccontrol.sock` (only if absolute), else
//!    `{data_dir}/rccontrol.sock`.
//! 4. Windows: the named pipe `rccontrol-{user SID}-{session id}`. Pipe names are
//!    machine-wide, so on a shared host each user, and each of a user's sessions,
//!    has its own; the SID is not secret, so the name alone protects nothing:
//!    the pipe's owner-only DACL and both ends' owner check ([`super::peer`]) do.
//!
//! Unix socket paths are limited by `sockaddr_un` (107 bytes on Linux, 103 on macOS
//! and the BSDs); a longer path is an error that says what to do.

use crate::paths::Paths;
use interprocess::local_socket::{GenericFilePath, GenericNamespaced, Name, ToFsName, ToNsName};
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// Environment variable that overrides the socket path (or pipe name on Windows) entirely.
pub const SOCKET_ENV: &str = "RCCTL_SOCKET";

/// File name of the socket inside its directory.
pub const SOCKET_FILE: &str = "rccontrol.sock";

/// Longest Unix socket path in bytes (`sun_path` minus its terminating NUL).
#[cfg(any(target_os = "linux", target_os = "android"))]
pub const MAX_UNIX_PATH_BYTES: usize = 107;
/// Longest Unix socket path in bytes (`sun_path` minus its terminating NUL).
#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub const MAX_UNIX_PATH_BYTES: usize = 103;

/// Where a control socket is: a socket file or a named pipe.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SocketAddress {
    /// A Unix domain socket file.
    Path(PathBuf),
    /// A Windows named pipe in the pipe namespace (`\\.\pipe\NAME`); holds `NAME`.
    Pipe(String),
}

impl SocketAddress {
    /// The name `interprocess` connects to or listens on.
    pub fn to_name(&self) -> std::io::Result<Name<'_>> {
        match self {
            SocketAddress::Path(p) => p.as_path().to_fs_name::<GenericFilePath>(),
            SocketAddress::Pipe(n) => n.as_str().to_ns_name::<GenericNamespaced>(),
        }
    }

    /// The socket file, if this is one.
    pub fn as_path(&self) -> Option<&Path> {
        match self {
            SocketAddress::Path(p) => Some(p),
            SocketAddress::Pipe(_) => None,
        }
    }
}

impl fmt::Display for SocketAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SocketAddress::Path(p) => write!(f, "{}", p.display()),
            SocketAddress::Pipe(n) => write!(f, r"\\.\pipe\{n}"),
        }
    }
}

/// The socket path cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SocketPathError {
    /// Longer than a Unix socket address can hold.
    #[error(
        "control socket path {} is {len} bytes, longer than the {max} bytes a Unix socket \
         allows; use a shorter --config-dir or set {SOCKET_ENV} to a shorter path",
        path.display()
    )]
    TooLong {
        /// The path.
        path: PathBuf,
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Contains a NUL byte.
    #[error("control socket path {} contains a NUL byte", path.display())]
    Nul {
        /// The path.
        path: PathBuf,
    },
    /// Windows: this process's user SID or session could not be read, so its
    /// pipe cannot be named.
    #[error(
        "cannot name the control pipe: this process's user is unknown ({reason}); set {SOCKET_ENV}"
    )]
    NoIdentity {
        /// What the system said.
        reason: String,
    },
}

/// The inputs of the path rules that come from the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocketEnv {
    /// `RCCTL_SOCKET`.
    pub socket_override: Option<OsString>,
    /// `XDG_RUNTIME_DIR`.
    pub runtime_dir: Option<OsString>,
    /// Windows: this process's user SID and session id (the pipe's name), or
    /// why they could not be read.
    pub pipe_owner: Result<PipeOwner, String>,
}

impl Default for SocketEnv {
    fn default() -> Self {
        Self {
            socket_override: None,
            runtime_dir: None,
            pipe_owner: Err("not looked up".into()),
        }
    }
}

/// Whose pipe it is: a user (SID) in one logon session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipeOwner {
    /// The user's SID as text (`S-1-5-21-…-1001`).
    pub sid: String,
    /// The Windows session id (each Remote Desktop session has its own).
    pub session: u32,
}

impl SocketEnv {
    /// Reads the process environment.
    pub fn from_process() -> Self {
        Self {
            socket_override: std::env::var_os(SOCKET_ENV),
            runtime_dir: std::env::var_os("XDG_RUNTIME_DIR"),
            pipe_owner: pipe_owner(),
        }
    }
}

/// The control socket for `paths`, from the process environment. `config_dir_explicit`
/// is true when the config dir came from `--config-dir` / `RCCTL_CONFIG_DIR` (the app
/// must pass the same flag as `rcctl` for both to meet).
pub fn socket_address(
    paths: &Paths,
    config_dir_explicit: bool,
) -> Result<SocketAddress, SocketPathError> {
    socket_address_with(paths, config_dir_explicit, &SocketEnv::from_process())
}

/// [`socket_address`] with the environment given (testable, no process state).
pub fn socket_address_with(
    paths: &Paths,
    config_dir_explicit: bool,
    env: &SocketEnv,
) -> Result<SocketAddress, SocketPathError> {
    let over = env.socket_override.as_ref().filter(|s| !s.is_empty());
    if cfg!(windows) {
        return match over {
            Some(s) => Ok(windows_override(s)),
            None => match &env.pipe_owner {
                Ok(owner) => Ok(SocketAddress::Pipe(pipe_name(owner))),
                Err(reason) => Err(SocketPathError::NoIdentity {
                    reason: reason.clone(),
                }),
            },
        };
    }
    let path = match over {
        Some(s) => PathBuf::from(s),
        None if config_dir_explicit => paths.config_dir.join(SOCKET_FILE),
        None => match env.runtime_dir.as_ref().map(PathBuf::from) {
            Some(dir) if dir.is_absolute() => dir.join(SOCKET_FILE),
            _ => paths.data_dir.join(SOCKET_FILE),
        },
    };
    // Both ends may run in different working directories.
    let path = std::path::absolute(&path).unwrap_or(path);
    check_unix_path(&path)?;
    Ok(SocketAddress::Path(path))
}

/// Checks that `path` fits a Unix socket address.
pub fn check_unix_path(path: &Path) -> Result<(), SocketPathError> {
    let len = path.as_os_str().len();
    if path.as_os_str().as_encoded_bytes().contains(&0) {
        return Err(SocketPathError::Nul {
            path: path.to_path_buf(),
        });
    }
    if len > MAX_UNIX_PATH_BYTES {
        return Err(SocketPathError::TooLong {
            path: path.to_path_buf(),
            len,
            max: MAX_UNIX_PATH_BYTES,
        });
    }
    Ok(())
}

/// `RCCTL_SOCKET` on Windows: a full `\\.\pipe\NAME` path or a bare pipe name.
fn windows_override(s: &std::ffi::OsStr) -> SocketAddress {
    let text = s.to_string_lossy();
    let lower = text.to_ascii_lowercase();
    match lower.strip_prefix(r"\\.\pipe\") {
        Some(_) => SocketAddress::Pipe(text[r"\\.\pipe\".len()..].to_owned()),
        None => SocketAddress::Pipe(text.into_owned()),
    }
}

/// This process's user and session (Windows); elsewhere there is no pipe.
fn pipe_owner() -> Result<PipeOwner, String> {
    #[cfg(windows)]
    {
        super::windows_identity::current()
            .map(|(sid, session)| PipeOwner { sid, session })
            .map_err(|e| e.to_string())
    }
    #[cfg(not(windows))]
    {
        Err("not Windows".into())
    }
}

/// `rccontrol-{SID}-{session}`, anything but ASCII letters, digits and `-`
/// replaced (a SID has nothing else).
pub fn pipe_name(owner: &PipeOwner) -> String {
    let sid: String = owner
        .sid
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("rccontrol-{sid}-{}", owner.session)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn paths() -> Paths {
        Paths {
            config_dir: "/home/a/.config/rccontrol".into(),
            data_dir: "/home/a/.local/share/rccontrol".into(),
        }
    }

    #[cfg(unix)]
    #[test]
    fn rules() {
        let env = SocketEnv {
            runtime_dir: Some("/run/user/1000".into()),
            ..SocketEnv::default()
        };
        let at = |explicit, env: &SocketEnv| socket_address_with(&paths(), explicit, env);
        assert_eq!(
            at(false, &env),
            Ok(SocketAddress::Path("/run/user/1000/rccontrol.sock".into()))
        );
        assert_eq!(
            at(true, &env),
            Ok(SocketAddress::Path(
                "/home/a/.config/rccontrol/rccontrol.sock".into()
            ))
        );
        let no_runtime = SocketEnv::default();
        assert_eq!(
            at(false, &no_runtime),
            Ok(SocketAddress::Path(
                "/home/a/.local/share/rccontrol/rccontrol.sock".into()
            ))
        );
        let relative_runtime = SocketEnv {
            runtime_dir: Some("run".into()),
            ..SocketEnv::default()
        };
        assert_eq!(at(false, &relative_runtime), at(false, &no_runtime));
        let over = SocketEnv {
            socket_override: Some("/tmp/x.sock".into()),
            ..env.clone()
        };
        assert_eq!(
            at(true, &over),
            Ok(SocketAddress::Path("/tmp/x.sock".into()))
        );
        let empty_over = SocketEnv {
            socket_override: Some("".into()),
            ..env.clone()
        };
        assert_eq!(at(false, &empty_over), at(false, &env));
    }

    #[cfg(unix)]
    #[test]
    fn too_long_is_a_clear_error() {
        let long = Paths::in_dir(format!("/tmp/{}", "d".repeat(120)));
        let err = socket_address_with(&long, true, &SocketEnv::default()).unwrap_err();
        assert!(matches!(err, SocketPathError::TooLong { max, .. } if max == MAX_UNIX_PATH_BYTES));
        assert!(err.to_string().contains("--config-dir"), "{err}");
        let fits = format!("/{}", "x".repeat(MAX_UNIX_PATH_BYTES - 1));
        assert!(check_unix_path(Path::new(&fits)).is_ok());
        assert!(check_unix_path(Path::new(&format!("{fits}y"))).is_err());
    }

    #[test]
    fn pipe_names() {
        let owner = PipeOwner {
            sid: "S-1-5-21-1004336348-1177238915-682003330-1001".into(),
            session: 2,
        };
        assert_eq!(
            pipe_name(&owner),
            "rccontrol-S-1-5-21-1004336348-1177238915-682003330-1001-2"
        );
        let odd = PipeOwner {
            sid: "S-1 x\\y".into(),
            session: 0,
        };
        assert_eq!(pipe_name(&odd), "rccontrol-S-1_x_y-0");
        assert_eq!(
            windows_override(r"\\.\PIPE\custom".as_ref()),
            SocketAddress::Pipe("custom".into())
        );
    }

    #[cfg(windows)]
    #[test]
    fn the_pipe_is_named_by_this_users_sid_and_session() {
        let paths = Paths::in_dir(std::env::temp_dir());
        let env = SocketEnv::from_process();
        let owner = env.pipe_owner.clone().unwrap();
        assert!(owner.sid.starts_with("S-1-"), "{owner:?}");
        let SocketAddress::Pipe(name) = socket_address_with(&paths, false, &env).unwrap() else {
            panic!("not a pipe");
        };
        assert_eq!(name, format!("rccontrol-{}-{}", owner.sid, owner.session));
        // The user's name plays no part any more.
        let unknown = SocketEnv {
            pipe_owner: Err("access denied".into()),
            ..SocketEnv::default()
        };
        let err = socket_address_with(&paths, false, &unknown).unwrap_err();
        assert!(err.to_string().contains("access denied"), "{err}");
        assert!(err.to_string().contains(SOCKET_ENV), "{err}");
    }
}
