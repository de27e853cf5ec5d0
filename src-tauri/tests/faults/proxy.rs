//! A tiny TCP fault proxy on 127.0.0.1, on std threads, between the app and an
//! HTTPS simulator. It never looks inside TLS (the session stays end to end); it
//! only follows the TLS record layer to know when the request went up and where
//! the server's records start. Modes: forward, hang (accept and never answer),
//! reset (forward the handshake and the request, then part of the server's answer,
//! then RST). Its listener can be closed (connection refused) and re-bound on the
//! same port. Every mode or upstream switch shuts down every open connection, so
//! the app's pooled connections cannot bypass the new mode.

use rccontrol_testkit::wait_until;
use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What the proxy does with the next connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Forward bytes both ways.
    Forward,
    /// Accept, read whatever comes, never answer.
    Hang,
    /// Forward the TLS handshake and the request, then only part of the server's
    /// answer, then reset the client's connection (SO_LINGER 0: RST, not FIN).
    Reset,
}

#[derive(Debug)]
struct Route {
    mode: Mode,
    upstream: SocketAddr,
    /// Every socket of every open connection (weak: closing is not delayed by it).
    open: Vec<Weak<TcpStream>>,
}

#[derive(Debug)]
struct Shared {
    route: Mutex<Route>,
    accepted: AtomicUsize,
    resets: AtomicUsize,
    /// Runtime whose I/O driver lends tokio's SO_LINGER setter (std has no stable one).
    runtime: tokio::runtime::Handle,
}

impl Shared {
    fn route(&self) -> MutexGuard<'_, Route> {
        self.route.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn register(&self, socket: &Arc<TcpStream>) {
        let mut route = self.route();
        route.open.retain(|w| w.strong_count() > 0);
        route.open.push(Arc::downgrade(socket));
    }
}

/// The proxy; dropping it closes the listener and every connection.
#[derive(Debug)]
pub struct Proxy {
    port: u16,
    shared: Arc<Shared>,
    listener: Option<(Arc<AtomicBool>, JoinHandle<()>)>,
}

impl Proxy {
    /// Listens on a free port of 127.0.0.1, forwarding to `upstream`.
    pub fn start(upstream: SocketAddr, runtime: tokio::runtime::Handle) -> Proxy {
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("a port for the proxy");
        let port = listener.local_addr().expect("proxy address").port();
        let mut proxy = Proxy {
            port,
            shared: Arc::new(Shared {
                route: Mutex::new(Route {
                    mode: Mode::Forward,
                    upstream,
                    open: Vec::new(),
                }),
                accepted: AtomicUsize::new(0),
                resets: AtomicUsize::new(0),
                runtime,
            }),
            listener: None,
        };
        proxy.serve(listener);
        proxy
    }

    /// The port the app is configured with.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.shared.accepted.load(Ordering::SeqCst)
    }

    /// Answers cut short and reset so far.
    pub fn resets(&self) -> usize {
        self.shared.resets.load(Ordering::SeqCst)
    }

    /// Switches mode (and upstream, when given); open connections are shut down.
    pub fn set(&self, mode: Mode, upstream: Option<SocketAddr>) {
        let open = {
            let mut route = self.shared.route();
            route.mode = mode;
            if let Some(u) = upstream {
                route.upstream = u;
            }
            std::mem::take(&mut route.open)
        };
        shut_all(open);
    }

    /// Closes the listening socket (connections to the port are refused) and
    /// every open connection.
    pub fn close(&mut self) {
        if let Some((stop, thread)) = self.listener.take() {
            stop.store(true, Ordering::SeqCst);
            let _ = thread.join();
        }
        let open = std::mem::take(&mut self.shared.route().open);
        shut_all(open);
    }

    /// Listens again on the same port (bounded retry while the port is still taken).
    pub fn listen(&mut self) -> Result<(), String> {
        if self.listener.is_some() {
            return Ok(());
        }
        let mut bound = None;
        let mut last = String::new();
        wait_until(Duration::from_secs(10), || {
            match TcpListener::bind(("127.0.0.1", self.port)) {
                Ok(l) => {
                    bound = Some(l);
                    true
                }
                Err(e) => {
                    last = e.to_string();
                    false
                }
            }
        });
        let listener =
            bound.ok_or_else(|| format!("re-binding 127.0.0.1:{} failed: {last}", self.port))?;
        self.serve(listener);
        Ok(())
    }

    fn serve(&mut self, listener: TcpListener) {
        listener
            .set_nonblocking(true)
            .expect("non-blocking proxy listener");
        let stop = Arc::new(AtomicBool::new(false));
        let shared = self.shared.clone();
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            // Polls so that `close` can end it; the listener closes when this returns.
            while !stopping.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((client, _)) => {
                        shared.accepted.fetch_add(1, Ordering::SeqCst);
                        let shared = shared.clone();
                        std::thread::spawn(move || connection(client, &shared));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        self.listener = Some((stop, thread));
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.close();
    }
}

fn shut_all(open: Vec<Weak<TcpStream>>) {
    for socket in open.iter().filter_map(Weak::upgrade) {
        let _ = socket.shutdown(Shutdown::Both);
    }
}

/// One proxied connection.
struct Conn {
    client: Arc<TcpStream>,
    server: Arc<TcpStream>,
    /// The client has sent application data after its handshake: the request.
    request_sent: AtomicBool,
    /// Either side ended.
    done: AtomicBool,
}

fn connection(client: TcpStream, shared: &Arc<Shared>) {
    let _ = client.set_nonblocking(false);
    let _ = client.set_nodelay(true);
    let client = Arc::new(client);
    // Mode snapshot and registration under one lock: a switch right after still
    // finds (and shuts down) this connection.
    let (mode, upstream) = {
        let mut route = shared.route();
        route.open.retain(|w| w.strong_count() > 0);
        route.open.push(Arc::downgrade(&client));
        (route.mode, route.upstream)
    };
    if mode == Mode::Hang {
        let mut buf = [0u8; 4096];
        while matches!((&*client).read(&mut buf), Ok(n) if n > 0) {}
        return;
    }
    let Ok(server) = TcpStream::connect_timeout(&upstream, Duration::from_secs(3)) else {
        let _ = client.shutdown(Shutdown::Both);
        return;
    };
    let _ = server.set_nodelay(true);
    let server = Arc::new(server);
    shared.register(&server);
    let conn = Arc::new(Conn {
        client,
        server,
        request_sent: AtomicBool::new(false),
        done: AtomicBool::new(false),
    });
    let up = {
        let conn = conn.clone();
        std::thread::spawn(move || conn.client_to_server(mode == Mode::Reset))
    };
    conn.server_to_client(mode, shared);
    let _ = up.join();
    // The last reference to the sockets goes here: after a cut, the client's
    // close (SO_LINGER 0) is a reset.
}

impl Conn {
    fn client_to_server(&self, track: bool) {
        let mut buf = vec![0u8; 16 * 1024];
        let mut records = Records::default();
        // A short timeout so the loop sees `done` when the other side ends.
        let _ = self
            .client
            .set_read_timeout(Some(Duration::from_millis(100)));
        while !self.done.load(Ordering::SeqCst) {
            match (&*self.client).read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if track {
                        records.feed(&buf[..n]);
                        // TLS 1.3: the client's first encrypted record is its
                        // Finished, the next ones carry the HTTP request.
                        if records.app_data >= 2 {
                            self.request_sent.store(true, Ordering::SeqCst);
                        }
                    }
                    if (&*self.server).write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted
                    ) => {}
                Err(_) => break,
            }
        }
        self.done.store(true, Ordering::SeqCst);
        let _ = self.server.shutdown(Shutdown::Both);
    }

    fn server_to_client(&self, mode: Mode, shared: &Shared) {
        let mut buf = vec![0u8; 16 * 1024];
        let mut records = Records::default();
        loop {
            let n = match (&*self.server).read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if mode == Mode::Reset && self.request_sent.load(Ordering::SeqCst) {
                self.cut(buf[..n].to_vec(), &mut records, shared);
                return;
            }
            records.feed(&buf[..n]);
            if (&*self.client).write_all(&buf[..n]).is_err() {
                break;
            }
        }
        self.done.store(true, Ordering::SeqCst);
        let _ = self.client.shutdown(Shutdown::Both);
        let _ = self.server.shutdown(Shutdown::Both);
    }

    /// Forwards the server's answer up to the middle of its last record (the HTTP
    /// response; session tickets come before it), then resets the client.
    fn cut(&self, mut answer: Vec<u8>, records: &mut Records, shared: &Shared) {
        // Take what the server sends until it goes quiet (bounded).
        let _ = self
            .server
            .set_read_timeout(Some(Duration::from_millis(200)));
        let until = Instant::now() + Duration::from_secs(2);
        let mut buf = vec![0u8; 16 * 1024];
        while Instant::now() < until && answer.len() < 256 * 1024 {
            match (&*self.server).read(&mut buf) {
                Ok(n) if n > 0 => answer.extend_from_slice(&buf[..n]),
                _ => break,
            }
        }
        let last = records.feed(&answer).last().copied().unwrap_or(0);
        let keep = last + (answer.len() - last) / 2;
        let _ = (&*self.client).write_all(&answer[..keep]);
        self.done.store(true, Ordering::SeqCst);
        // SO_LINGER 0 on the socket (through a duplicate descriptor), so its last
        // close sends RST. No FIN is sent before: only the read side is shut.
        if let Ok(dup) = self.client.try_clone() {
            let _enter = shared.runtime.enter();
            let _ = dup.set_nonblocking(true);
            if let Ok(socket) = tokio::net::TcpStream::from_std(dup) {
                let _ = socket.set_zero_linger();
            }
        }
        let _ = self.client.shutdown(Shutdown::Read);
        let _ = self.server.shutdown(Shutdown::Both);
        shared.resets.fetch_add(1, Ordering::SeqCst);
    }
}

/// Follows the TLS record layer (5-byte headers: type, version, length) of one direction.
#[derive(Debug, Default)]
struct Records {
    header: Vec<u8>,
    remaining: usize,
    /// Application-data records (type 23) seen.
    app_data: usize,
}

impl Records {
    /// Consumes `data`; returns the offsets in it where records start.
    fn feed(&mut self, data: &[u8]) -> Vec<usize> {
        let mut starts = Vec::new();
        let mut at = 0;
        while at < data.len() {
            if self.remaining > 0 {
                let n = self.remaining.min(data.len() - at);
                self.remaining -= n;
                at += n;
                continue;
            }
            if self.header.is_empty() {
                starts.push(at);
            }
            let n = (5 - self.header.len()).min(data.len() - at);
            self.header.extend_from_slice(&data[at..at + n]);
            at += n;
            if self.header.len() == 5 {
                if self.header[0] == 23 {
                    self.app_data += 1;
                }
                self.remaining = usize::from(u16::from_be_bytes([self.header[3], self.header[4]]));
                self.header.clear();
            }
        }
        starts
    }
}
