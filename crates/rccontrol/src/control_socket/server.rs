//! The app's side: bind the per-user socket, serve a [`ControlTarget`].
//!
//! One task per connection, requests answered line by line in order; a connection
//! that stays silent for the idle timeout is closed. A malformed, oversized or
//! wrong-version line gets an error reply (an oversized one also closes its
//! connection); nothing a client sends can stop the server serving others.

use super::path::SocketAddress;
use super::protocol::{
    ActionReply, ActionReport, Command, ControlFailure, ErrorKind, MAX_REQUEST_BYTES, Reply,
    Request, StatusReply,
};
use super::window_session::WindowSession;
use super::{LineRead, read_line_bounded};
use crate::action::{Action, Trigger};
use crate::controller::Controller;
use crate::state::now_ms;
use interprocess::local_socket::tokio::{Listener, Stream, prelude::*};
use rccontrol_i18n::tr;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::sync::{Semaphore, oneshot};
use tokio::task::{JoinHandle, JoinSet};

/// What the socket controls: the app (or a bare [`Controller`]).
pub trait ControlTarget: Send + Sync {
    /// Performs `action` for a socket client; `trigger` goes to the audit log.
    /// A refusal (not configured, shutting down…) is a [`ControlFailure`]; an action
    /// that failed at 8x8 is an `Ok` reply whose report says so.
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>>;

    /// The current status.
    fn status(&self) -> StatusReply;

    /// Opens the app's settings window (`open`, sent by a second launch).
    /// A target without a window refuses.
    fn open(&self) -> Result<(), ControlFailure> {
        Err(no_window())
    }

    /// Whether [`ControlTarget::window`] serves sessions (else `window` is refused).
    fn has_window(&self) -> bool {
        false
    }

    /// Serves the settings window's session on a connection that asked for it
    /// (after its `status` reply), until either side closes it.
    fn window(&self, session: WindowSession) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        drop(session);
        Box::pin(async {})
    }
}

fn no_window() -> ControlFailure {
    ControlFailure::new(
        ErrorKind::UnknownCommand,
        "this Recording Control has no settings window to open",
    )
}

impl ControlTarget for Controller {
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        let pending = self.request(action, trigger);
        Box::pin(async move {
            let report = pending.await.map_err(|_| {
                ControlFailure::unavailable(tr!(self.texts().get(), "shutting-down"))
                    .with_reason("stopped")
            })?;
            let state = self.state();
            Ok(ActionReply {
                report: ActionReport::from(&report),
                state_line: state.describe(now_ms(), &self.texts().get()),
                state,
                demo: false,
            })
        })
    }

    fn status(&self) -> StatusReply {
        let state = self.state();
        StatusReply {
            state_line: state.describe(now_ms(), &self.texts().get()),
            state,
            demo: false,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            stream: None,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum BindError {
    /// A live server already answers at the address.
    #[error("Recording Control is already running (it answers on {address})")]
    AlreadyRunning {
        /// The address.
        address: SocketAddress,
    },
    /// The socket, its lock or the server answering there belongs to another
    /// user: it is not used (and nothing is sent to it).
    #[error(
        "{address} belongs to another user ({detail}); not using it: remove it or set RCCTL_SOCKET elsewhere"
    )]
    OtherUser {
        /// The address.
        address: SocketAddress,
        /// Whose it is.
        detail: String,
    },
    /// Something other than a socket is at the path; it is left alone.
    #[error("{address} exists and is not a socket; remove it or set RCCTL_SOCKET elsewhere")]
    NotASocket {
        /// The address.
        address: SocketAddress,
    },
    /// Creating, binding or securing the socket failed.
    #[error("cannot listen on {address}: {source}")]
    Io {
        /// The address.
        address: SocketAddress,
        /// The error.
        source: io::Error,
    },
}

/// Limits of the server.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// A connection silent this long (or not reading its replies) is closed.
    pub idle_timeout: Duration,
    /// Connections served at once; more get a `busy` error and are closed.
    pub max_connections: usize,
}

impl Default for ServerOptions {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::from_secs(10),
            max_connections: 32,
        }
    }
}

/// How long [`ControlServer::bind`] waits for a live server to accept a probe.
const PROBE_TIMEOUT: Duration = Duration::from_millis(300);

/// A bound control socket, not yet serving. Dropping it removes the socket file.
#[derive(Debug)]
pub struct ControlServer {
    listener: Listener,
    address: SocketAddress,
    options: ServerOptions,
    /// The lock file, held while the server lives (Unix).
    #[cfg(unix)]
    _lock: Option<std::fs::File>,
}

impl ControlServer {
    /// Binds `address`. On Unix a stale socket file (one that refuses connections) is
    /// replaced, a live server is [`BindError::AlreadyRunning`], the socket gets mode
    /// 0600, and a missing parent directory is created (mode 0700). Must be called
    /// inside a tokio runtime.
    pub async fn bind(address: SocketAddress) -> Result<Self, BindError> {
        let io_err = |source| BindError::Io {
            address: address.clone(),
            source,
        };
        #[cfg(unix)]
        if let Some(parent) = address.as_path().and_then(std::path::Path::parent) {
            if !parent.as_os_str().is_empty() && !parent.exists() {
                use std::os::unix::fs::DirBuilderExt;
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(parent)
                    .map_err(io_err)?;
            }
        }
        // Whoever holds the lock is the server: two apps starting at the same
        // moment cannot both take the socket, nor remove each other's as stale.
        #[cfg(unix)]
        let lock = {
            use super::bind_unix::{Lock, lock_for};
            let other_user = |o: super::bind_unix::OtherOwner| BindError::OtherUser {
                address: address.clone(),
                detail: format!("{} is owned by uid {}", o.path.display(), o.uid),
            };
            match lock_for(&address).map_err(io_err)?.map_err(other_user)? {
                Lock::Taken => {
                    return Err(BindError::AlreadyRunning {
                        address: address.clone(),
                    });
                }
                Lock::Held(file) => Some(file),
                Lock::NotAFile => None,
            }
        };
        let name = address.to_name().map_err(io_err)?;
        match tokio::time::timeout(PROBE_TIMEOUT, Stream::connect(name)).await {
            Ok(Ok(probe)) => {
                // Only a server of this user is "already running"; another
                // user's is a squatter, never handed anything.
                return Err(match super::peer::check(&probe) {
                    Ok(()) => BindError::AlreadyRunning {
                        address: address.clone(),
                    },
                    Err(e) => BindError::OtherUser {
                        address: address.clone(),
                        detail: e.to_string(),
                    },
                });
            }
            Err(_) => {
                return Err(BindError::AlreadyRunning {
                    address: address.clone(),
                });
            }
            Ok(Err(e)) => {
                tracing::debug!(%address, error = %e, "no live control server");
                remove_stale(&address, &e)?;
            }
        }
        let listener = create_listener(&address).map_err(|e| match e.kind() {
            io::ErrorKind::AddrInUse => BindError::AlreadyRunning {
                address: address.clone(),
            },
            // Windows: a pipe of this name that this user may not open (the
            // probe failed) nor join (first instance refused) is someone else's.
            io::ErrorKind::PermissionDenied if cfg!(windows) => BindError::OtherUser {
                address: address.clone(),
                detail: "a pipe of this name exists and refuses this user".into(),
            },
            _ => io_err(e),
        })?;
        #[cfg(unix)]
        if let Some(path) = address.as_path() {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .map_err(io_err)?;
        }
        tracing::info!(%address, "control socket listening");
        Ok(Self {
            listener,
            address,
            options: ServerOptions::default(),
            #[cfg(unix)]
            _lock: lock,
        })
    }

    /// Replaces the limits (idle timeout, connection count).
    pub fn with_options(mut self, options: ServerOptions) -> Self {
        self.options = options;
        self
    }

    /// Where it listens.
    pub fn address(&self) -> &SocketAddress {
        &self.address
    }

    /// Serves `target` until `shutdown` completes, then closes every connection and
    /// removes the socket file.
    pub async fn run(
        self,
        target: Arc<dyn ControlTarget>,
        shutdown: impl Future<Output = ()> + Send,
    ) {
        let Self {
            listener,
            address,
            options,
            #[cfg(unix)]
                _lock: lock,
        } = self;
        let permits = Arc::new(Semaphore::new(options.max_connections));
        // One settings-window session at a time.
        let window_slot = Arc::new(Semaphore::new(1));
        let mut tasks = JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                () = &mut shutdown => break,
                Some(done) = tasks.join_next(), if !tasks.is_empty() => {
                    if let Err(e) = done {
                        if e.is_panic() {
                            tracing::error!("control socket connection task panicked");
                        }
                    }
                }
                accepted = listener.accept() => match accepted {
                    Ok(stream) => {
                        if let Err(e) = super::peer::check(&stream) {
                            tracing::warn!(%address, error = %e, "control socket: refused a connection of another user");
                            let idle = options.idle_timeout;
                            tasks.spawn(refuse_other_user(stream, e, idle));
                            continue;
                        }
                        let permit = permits.clone().try_acquire_owned();
                        let target = target.clone();
                        let idle = options.idle_timeout;
                        let window_slot = window_slot.clone();
                        tasks.spawn(async move {
                            match permit {
                                Ok(_permit) => serve_connection(stream, &*target, idle, &window_slot).await,
                                Err(_) => refuse_busy(stream, idle).await,
                            }
                        });
                    }
                    Err(e) => {
                        // E.g. out of file descriptors: back off instead of spinning.
                        tracing::warn!(%address, error = %e, "control socket accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                },
            }
        }
        tasks.shutdown().await;
        // The listener removes its socket file when dropped; then the lock goes.
        drop(listener);
        #[cfg(unix)]
        drop(lock);
        tracing::info!(%address, "control socket closed");
    }

    /// Serves `target` on a new task; the handle stops it.
    pub fn spawn(self, target: Arc<dyn ControlTarget>) -> ServerHandle {
        let (stop, stopped) = oneshot::channel::<()>();
        let address = self.address.clone();
        let task = tokio::spawn(self.run(target, async move {
            let _ = stopped.await;
        }));
        ServerHandle {
            stop,
            task,
            address,
        }
    }
}

/// A server running on its own task.
#[derive(Debug)]
pub struct ServerHandle {
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
    address: SocketAddress,
}

impl ServerHandle {
    /// Where it listens.
    pub fn address(&self) -> &SocketAddress {
        &self.address
    }

    /// Stops the server and waits until the socket file is removed.
    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// Removes a stale socket file after a probe connection failed with `probe`.
fn remove_stale(address: &SocketAddress, probe: &io::Error) -> Result<(), BindError> {
    let Some(path) = address.as_path() else {
        return Ok(());
    };
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(()); // nothing there
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if !meta.file_type().is_socket() {
            return Err(BindError::NotASocket {
                address: address.clone(),
            });
        }
        if let Some(o) = super::bind_unix::foreign_owner(path) {
            return Err(BindError::OtherUser {
                address: address.clone(),
                detail: format!("{} is owned by uid {}", o.path.display(), o.uid),
            });
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    if probe.kind() != io::ErrorKind::ConnectionRefused {
        // E.g. permission denied: not ours to remove; binding will say why.
        return Ok(());
    }
    tracing::info!(%address, "removing stale control socket");
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(BindError::Io {
            address: address.clone(),
            source,
        }),
    }
}

fn create_listener(address: &SocketAddress) -> io::Result<Listener> {
    #[cfg(unix)]
    {
        super::bind_unix::create_listener(address)
    }
    #[cfg(windows)]
    {
        super::windows_pipe::create_listener(address)
    }
    #[cfg(not(any(unix, windows)))]
    {
        interprocess::local_socket::ListenerOptions::new()
            .name(address.to_name()?)
            .reclaim_name(true)
            .create_tokio()
    }
}

/// Answers one connection's requests until it closes, goes idle or sends too much.
async fn serve_connection(
    stream: Stream,
    target: &dyn ControlTarget,
    idle: Duration,
    window_slot: &Arc<Semaphore>,
) {
    let mut conn = BufReader::with_capacity(MAX_REQUEST_BYTES + 1, stream);
    loop {
        let read = match tokio::time::timeout(idle, read_line_bounded(&mut conn, MAX_REQUEST_BYTES))
            .await
        {
            Err(_) => {
                tracing::debug!("control socket client idle; closing");
                return;
            }
            Ok(Err(e)) => {
                tracing::debug!(error = %e, "control socket read failed");
                return;
            }
            Ok(Ok(read)) => read,
        };
        let (reply, close) = match read {
            LineRead::Eof => return,
            LineRead::TooLarge => (
                Reply::Error(ControlFailure::new(
                    ErrorKind::TooLarge,
                    format!("request line longer than {MAX_REQUEST_BYTES} bytes; closing"),
                )),
                true,
            ),
            LineRead::Line(line) => match Request::parse(&line) {
                Ok(request) if request.cmd == Command::Window && target.has_window() => {
                    match window_slot.clone().try_acquire_owned() {
                        Ok(_slot) => {
                            // The rest of this connection belongs to the window's session.
                            let status = Reply::Status(target.status());
                            if write_line(conn.get_mut(), &status, idle).await {
                                target.window(WindowSession::new(conn)).await;
                            }
                            return;
                        }
                        Err(_) => (
                            Reply::Error(ControlFailure::new(
                                ErrorKind::WindowOpen,
                                "a settings window is already connected; only one at a time",
                            )),
                            false,
                        ),
                    }
                }
                parsed => (answer(parsed, target).await, false),
            },
        };
        if let Reply::Error(f) = &reply {
            tracing::debug!(kind = %f.kind, message = %f.message, "control socket request refused");
        }
        if !write_line(conn.get_mut(), &reply, idle).await || close {
            return;
        }
    }
}

async fn answer(parsed: Result<Request, ControlFailure>, target: &dyn ControlTarget) -> Reply {
    let request = match parsed {
        Ok(r) => r,
        Err(f) => return Reply::Error(f),
    };
    match request.cmd {
        Command::Pause | Command::Resume | Command::LinkPause | Command::LinkResume => {
            let action = match request.cmd.action() {
                Some(a) => a,
                None => return Reply::Error(ControlFailure::internal("no action")),
            };
            // The server says who asked; nothing a client sends decides it.
            match target.act(action, request.cmd.trigger()).await {
                Ok(reply) => Reply::Action(reply),
                Err(f) => Reply::Error(f),
            }
        }
        Command::Status => Reply::Status(target.status()),
        Command::Open => match target.open() {
            Ok(()) => Reply::Status(target.status()),
            Err(f) => Reply::Error(f),
        },
        // A target that serves windows took the connection before this.
        Command::Window => Reply::Error(no_window()),
    }
}

async fn refuse_other_user(mut stream: Stream, e: super::peer::PeerError, idle: Duration) {
    let reply = Reply::Error(ControlFailure::new(
        ErrorKind::Forbidden,
        format!("this Recording Control serves only its own user: {e}"),
    ));
    write_line(&mut stream, &reply, idle).await;
}

async fn refuse_busy(mut stream: Stream, idle: Duration) {
    let reply = Reply::Error(ControlFailure::new(
        ErrorKind::Busy,
        "too many control socket connections; try again",
    ));
    write_line(&mut stream, &reply, idle).await;
}

/// Writes one reply line; false when the client is gone or not reading.
async fn write_line(stream: &mut Stream, reply: &Reply, limit: Duration) -> bool {
    let line = reply.to_line();
    let write = async {
        stream.write_all(line.as_bytes()).await?;
        stream.flush().await
    };
    matches!(tokio::time::timeout(limit, write).await, Ok(Ok(())))
}
