//! One reader connection: sends the topic's messages in order, pings, answers close,
//! and applies stream faults.

use std::sync::Arc;
use std::time::Duration;

use futures_util::{SinkExt as _, StreamExt as _};
use hyper::upgrade::Upgraded;
use hyper_util::rt::TokioIo;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{broadcast, watch};
use tokio::time::Instant;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use super::StreamFault;
use super::faults::ConnSignal;
use crate::state::Shared;

type Ws = WebSocketStream<TokioIo<Upgraded>>;

/// Messages sent per batch (the state lock is taken once per batch).
const BATCH: usize = 256;
/// How long a closing handshake may take before the socket is just dropped.
const CLOSE_WAIT: Duration = Duration::from_secs(2);

/// What a connection reads and where it stands, set up at the handshake.
#[derive(Debug)]
pub(crate) struct Connection {
    pub tenant: String,
    /// `None`: the tenant's `all` topic.
    pub agent: Option<String>,
    /// The next entry number to consider.
    pub next: u64,
    pub published: watch::Receiver<u64>,
    pub signals: broadcast::Receiver<ConnSignal>,
    pub stop: watch::Receiver<bool>,
}

/// Decrements the open-connection count when dropped.
#[derive(Debug)]
pub(crate) struct OpenGuard(pub Arc<Shared>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        let mut st = self.0.lock();
        st.stream.stats.open = st.stream.stats.open.saturating_sub(1);
    }
}

/// Why the loop ended.
enum End {
    /// The socket failed or the peer went away: nothing more to send.
    Gone,
    /// The client sent a close frame (tungstenite queued the reply).
    ClientClosed,
    /// The simulator stops: send a close frame.
    Stopping,
    /// Fault: drop the socket without a close frame.
    Drop,
}

/// Serves the connection until it ends.
pub(crate) async fn run(mut ws: Ws, mut conn: Connection, shared: &Shared) {
    match serve(&mut ws, &mut conn, shared).await {
        End::Gone | End::Drop => {}
        End::ClientClosed => finish(&mut ws).await,
        End::Stopping => {
            let frame = CloseFrame {
                code: CloseCode::Away,
                reason: "simulator stopping".into(),
            };
            let _ = tokio::time::timeout(CLOSE_WAIT, ws.close(Some(frame))).await;
            finish(&mut ws).await;
        }
    }
}

/// Flushes the queued close reply and reads until the peer's side is done.
async fn finish(ws: &mut Ws) {
    let _ = tokio::time::timeout(CLOSE_WAIT, async {
        let _ = ws.flush().await;
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;
}

/// The faults in force on a connection.
#[derive(Debug)]
struct Modes {
    stalled: bool,
    no_ping: bool,
    last_ping: Instant,
}

/// Applies a signal; `Some` if the connection must end.
async fn apply(ws: &mut Ws, sig: ConnSignal, modes: &mut Modes) -> Option<End> {
    match sig {
        ConnSignal::Fault(StreamFault::Drop) => return Some(End::Drop),
        ConnSignal::Fault(StreamFault::Garbage(g)) => {
            if ws.send(Message::text(g.frame())).await.is_err() {
                return Some(End::Gone);
            }
        }
        ConnSignal::Fault(StreamFault::Stall) => modes.stalled = true,
        ConnSignal::Fault(StreamFault::SlowPing) => modes.no_ping = true,
        ConnSignal::Fault(StreamFault::Refuse(_)) => {}
        ConnSignal::Clear => {
            modes.stalled = false;
            modes.no_ping = false;
            modes.last_ping = Instant::now();
        }
    }
    None
}

async fn serve(ws: &mut Ws, conn: &mut Connection, shared: &Shared) -> End {
    let mut modes = Modes {
        stalled: false,
        no_ping: false,
        last_ping: Instant::now(),
    };
    let mut pings: u64 = 0;
    if *conn.stop.borrow_and_update() {
        return End::Stopping;
    }
    loop {
        // Faults injected before the events that follow them apply first.
        while let Ok(sig) = conn.signals.try_recv() {
            if let Some(end) = apply(ws, sig, &mut modes).await {
                return end;
            }
        }
        let (stalled, no_ping) = (modes.stalled, modes.no_ping);
        let interval = if stalled {
            None
        } else {
            let (frames, next, interval) = {
                let st = shared.lock();
                let (frames, next) = st.stream.log.frames_from(
                    &conn.tenant,
                    conn.agent.as_deref(),
                    conn.next,
                    BATCH,
                );
                (frames, next, st.stream.ping_interval)
            };
            conn.next = next;
            if !frames.is_empty() {
                for frame in frames {
                    if ws.feed(Message::text(frame.as_ref())).await.is_err() {
                        return End::Gone;
                    }
                }
                if ws.flush().await.is_err() {
                    return End::Gone;
                }
            }
            Some(interval)
        };
        let ping_at = modes.last_ping + interval.unwrap_or(Duration::ZERO);
        let pinging = interval.is_some() && !no_ping;
        let reading = !stalled && !no_ping;
        tokio::select! {
            biased;
            _ = conn.stop.changed() => return End::Stopping,
            r = conn.published.changed(), if !stalled => {
                if r.is_err() {
                    return End::Stopping;
                }
            }
            () = tokio::time::sleep_until(ping_at), if pinging => {
                pings += 1;
                modes.last_ping = Instant::now();
                let payload = pings.to_be_bytes().to_vec();
                if ws.send(Message::Ping(payload.into())).await.is_err() {
                    return End::Gone;
                }
            }
            msg = ws.next(), if reading => match msg {
                Some(Ok(Message::Close(_))) => return End::ClientClosed,
                // Pongs, and pings (tungstenite queues the pong), and whatever a
                // client sends (Pulsar readers may send permits): ignored.
                Some(Ok(_)) => {}
                Some(Err(_)) | None => return End::Gone,
            },
            sig = conn.signals.recv() => match sig {
                Ok(sig) => {
                    if let Some(end) = apply(ws, sig, &mut modes).await {
                        return end;
                    }
                }
                Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => return End::Stopping,
            },
        }
    }
}
