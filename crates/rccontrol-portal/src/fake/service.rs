//! The fake portal's D-Bus objects: the GlobalShortcuts interface on the
//! portal object, Session objects, and Request objects answering with a
//! `Response` signal as real portals do.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::runtime::Handle;
use tokio::sync::watch;
use zbus::message::Header;
use zbus::object_server::SignalEmitter;
use zbus::zvariant::{ObjectPath, OwnedObjectPath, OwnedValue, Value};
use zbus::{Connection, fdo, interface};

use crate::client::{INTERFACE, PATH};

/// `org.freedesktop.portal.Request` responses.
const RESPONSE_SUCCESS: u32 = 0;
const RESPONSE_CANCELLED: u32 = 1;

/// A shortcut as the fake bound it.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub(super) id: String,
    pub(super) description: String,
    pub(super) trigger: String,
}

/// One live session.
#[derive(Debug)]
pub(super) struct FakeSession {
    /// Unique bus name of the client that created it.
    pub(super) owner: String,
    pub(super) shortcuts: Vec<Entry>,
}

/// What the fake knows, shared by its objects and its handle.
#[derive(Debug, Default)]
pub(super) struct State {
    /// Live sessions by object path.
    pub(super) sessions: HashMap<String, FakeSession>,
    pub(super) cancel_next_bind: bool,
    /// Counter for assigned triggers ("Ctrl+Alt+<n>").
    next_trigger: u32,
}

#[derive(Debug)]
pub(super) struct Shared {
    state: Mutex<State>,
    /// Number of live sessions, for waiting on changes.
    pub(super) live: watch::Sender<usize>,
    /// Runtime for the fake's own tasks (zbus may run handlers elsewhere).
    pub(super) rt: Handle,
}

impl Shared {
    pub(super) fn new(rt: Handle) -> Arc<Self> {
        Arc::new(Self {
            state: Mutex::new(State::default()),
            live: watch::Sender::new(0),
            rt,
        })
    }

    /// The state; a panic elsewhere must not wedge the fake.
    pub(super) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Forgets a session; returns whether it was live.
    pub(super) fn end_session(&self, path: &str) -> bool {
        let mut state = self.state();
        let was = state.sessions.remove(path).is_some();
        self.live.send_replace(state.sessions.len());
        was
    }

    /// Forgets every session of a client that left the bus; returns them.
    pub(super) fn end_sessions_of(&self, owner: &str) -> Vec<String> {
        let mut state = self.state();
        let gone: Vec<String> = state
            .sessions
            .iter()
            .filter(|(_, s)| s.owner == owner)
            .map(|(p, _)| p.clone())
            .collect();
        for path in &gone {
            state.sessions.remove(path);
        }
        self.live.send_replace(state.sessions.len());
        gone
    }
}

/// `<prefix>/<sender without ':' and with '.'→'_'>/<token>`, as portals name
/// request and session objects.
fn object_path(prefix: &str, sender: &str, token: &str) -> fdo::Result<OwnedObjectPath> {
    let sender = sender.trim_start_matches(':').replace('.', "_");
    OwnedObjectPath::try_from(format!("{prefix}/{sender}/{token}"))
        .map_err(|e| fdo::Error::InvalidArgs(format!("bad handle token {token:?}: {e}")))
}

fn sender_of(header: &Header<'_>) -> fdo::Result<String> {
    header
        .sender()
        .map(ToString::to_string)
        .ok_or_else(|| fdo::Error::AccessDenied("message without sender".to_owned()))
}

fn string_option(options: &HashMap<String, OwnedValue>, key: &str) -> Option<String> {
    options
        .get(key)
        .and_then(|v| v.downcast_ref::<&str>().ok())
        .map(ToOwned::to_owned)
}

/// The handle token of a request (portals make one up when none is given).
fn handle_token(options: &HashMap<String, OwnedValue>, fallback: &str) -> String {
    string_option(options, "handle_token").unwrap_or_else(|| fallback.to_owned())
}

/// Exports a Request object and answers it with `Response` right after the
/// method returns, then removes it: the real Request/Response protocol.
async fn request(
    conn: &Connection,
    shared: &Shared,
    sender: &str,
    token: &str,
    response: u32,
    results: HashMap<String, OwnedValue>,
) -> fdo::Result<OwnedObjectPath> {
    let path = object_path("/org/freedesktop/portal/desktop/request", sender, token)?;
    conn.object_server().at(&path, RequestObject).await?;
    let (conn, answer_path, sender) = (conn.clone(), path.clone(), sender.to_owned());
    shared.rt.spawn(async move {
        let _ = conn
            .emit_signal(
                Some(sender.as_str()),
                &answer_path,
                "org.freedesktop.portal.Request",
                "Response",
                &(response, results),
            )
            .await;
        let _ = conn
            .object_server()
            .remove::<RequestObject, _>(&answer_path)
            .await;
    });
    Ok(path)
}

/// `a(sa{sv})` as portals send bound shortcuts.
fn shortcuts_value(entries: &[Entry]) -> fdo::Result<OwnedValue> {
    let list: Vec<(String, HashMap<String, Value<'static>>)> = entries
        .iter()
        .map(|e| {
            let info = HashMap::from([
                ("description".to_owned(), Value::from(e.description.clone())),
                (
                    "trigger_description".to_owned(),
                    Value::from(e.trigger.clone()),
                ),
            ]);
            (e.id.clone(), info)
        })
        .collect();
    OwnedValue::try_from(Value::from(list)).map_err(|e| fdo::Error::Failed(e.to_string()))
}

/// `org.freedesktop.portal.GlobalShortcuts` at `/org/freedesktop/portal/desktop`.
#[derive(Debug)]
pub(super) struct GlobalShortcutsObject {
    pub(super) shared: Arc<Shared>,
    pub(super) version: u32,
}

impl GlobalShortcutsObject {
    /// The live session at `path`, if it belongs to `sender`.
    fn check_session(&self, path: &str, sender: &str) -> fdo::Result<()> {
        match self.shared.state().sessions.get(path) {
            Some(s) if s.owner == sender => Ok(()),
            Some(_) => Err(fdo::Error::AccessDenied(format!(
                "session {path} belongs to another client"
            ))),
            None => Err(fdo::Error::InvalidArgs(format!("no session {path}"))),
        }
    }
}

#[interface(name = "org.freedesktop.portal.GlobalShortcuts")]
impl GlobalShortcutsObject {
    #[zbus(property(emits_changed_signal = "const"), name = "version")]
    fn version(&self) -> u32 {
        self.version
    }

    async fn create_session(
        &self,
        options: HashMap<String, OwnedValue>,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] conn: &Connection,
    ) -> fdo::Result<OwnedObjectPath> {
        let sender = sender_of(&header)?;
        let token = string_option(&options, "session_handle_token").ok_or_else(|| {
            fdo::Error::InvalidArgs("session_handle_token is required".to_owned())
        })?;
        let session = object_path("/org/freedesktop/portal/desktop/session", &sender, &token)?;
        let object = SessionObject {
            shared: Arc::clone(&self.shared),
            path: session.to_string(),
            owner: sender.clone(),
        };
        if !conn.object_server().at(&session, object).await? {
            return Err(fdo::Error::InvalidArgs(format!("session {session} exists")));
        }
        {
            let mut state = self.shared.state();
            state.sessions.insert(
                session.to_string(),
                FakeSession {
                    owner: sender.clone(),
                    shortcuts: Vec::new(),
                },
            );
            self.shared.live.send_replace(state.sessions.len());
        }
        // xdg-desktop-portal answers the handle as a string, not an object path.
        let results = HashMap::from([(
            "session_handle".to_owned(),
            OwnedValue::from(zbus::zvariant::Str::from(session.to_string())),
        )]);
        let token = handle_token(&options, "create_session");
        request(
            conn,
            &self.shared,
            &sender,
            &token,
            RESPONSE_SUCCESS,
            results,
        )
        .await
    }

    async fn bind_shortcuts(
        &self,
        session_handle: ObjectPath<'_>,
        shortcuts: Vec<(String, HashMap<String, OwnedValue>)>,
        _parent_window: String,
        options: HashMap<String, OwnedValue>,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] conn: &Connection,
    ) -> fdo::Result<OwnedObjectPath> {
        let sender = sender_of(&header)?;
        self.check_session(session_handle.as_str(), &sender)?;
        let token = handle_token(&options, "bind_shortcuts");
        let bound = {
            let mut state = self.shared.state();
            if std::mem::take(&mut state.cancel_next_bind) {
                None
            } else {
                let mut entries = Vec::with_capacity(shortcuts.len());
                for (id, info) in &shortcuts {
                    let trigger = match string_option(info, "preferred_trigger") {
                        Some(t) => t,
                        None => {
                            state.next_trigger += 1;
                            format!("Ctrl+Alt+{}", state.next_trigger)
                        }
                    };
                    entries.push(Entry {
                        id: id.clone(),
                        description: string_option(info, "description").unwrap_or_default(),
                        trigger,
                    });
                }
                if let Some(s) = state.sessions.get_mut(session_handle.as_str()) {
                    s.shortcuts.clone_from(&entries);
                }
                Some(entries)
            }
        };
        match bound {
            None => {
                let results = HashMap::new();
                request(
                    conn,
                    &self.shared,
                    &sender,
                    &token,
                    RESPONSE_CANCELLED,
                    results,
                )
                .await
            }
            Some(entries) => {
                let results = HashMap::from([("shortcuts".to_owned(), shortcuts_value(&entries)?)]);
                request(
                    conn,
                    &self.shared,
                    &sender,
                    &token,
                    RESPONSE_SUCCESS,
                    results,
                )
                .await
            }
        }
    }

    async fn list_shortcuts(
        &self,
        session_handle: ObjectPath<'_>,
        options: HashMap<String, OwnedValue>,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] conn: &Connection,
    ) -> fdo::Result<OwnedObjectPath> {
        let sender = sender_of(&header)?;
        self.check_session(session_handle.as_str(), &sender)?;
        let entries = self
            .shared
            .state()
            .sessions
            .get(session_handle.as_str())
            .map(|s| s.shortcuts.clone())
            .unwrap_or_default();
        let results = HashMap::from([("shortcuts".to_owned(), shortcuts_value(&entries)?)]);
        let token = handle_token(&options, "list_shortcuts");
        request(
            conn,
            &self.shared,
            &sender,
            &token,
            RESPONSE_SUCCESS,
            results,
        )
        .await
    }
}

/// Emits `Activated` or `Deactivated` on the portal object, broadcast like
/// xdg-desktop-portal does, so clients must filter by session.
pub(super) async fn emit_shortcut_signal(
    conn: &Connection,
    member: &str,
    session: &str,
    id: &str,
) -> zbus::Result<()> {
    let session = ObjectPath::try_from(session)?;
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let options: HashMap<&str, Value<'_>> = HashMap::new();
    conn.emit_signal(
        None::<&str>,
        PATH,
        INTERFACE,
        member,
        &(session, id, millis, options),
    )
    .await
}

/// `org.freedesktop.portal.Session` at the session handle.
#[derive(Debug)]
pub(super) struct SessionObject {
    shared: Arc<Shared>,
    path: String,
    owner: String,
}

#[interface(name = "org.freedesktop.portal.Session")]
impl SessionObject {
    #[zbus(property(emits_changed_signal = "const"), name = "version")]
    fn version(&self) -> u32 {
        1
    }

    async fn close(
        &self,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] conn: &Connection,
    ) -> fdo::Result<()> {
        if sender_of(&header)? != self.owner {
            return Err(fdo::Error::AccessDenied(
                "only the session's owner may close it".to_owned(),
            ));
        }
        self.shared.end_session(&self.path);
        // Not from inside this object's own method call.
        let (conn, path) = (conn.clone(), self.path.clone());
        self.shared.rt.spawn(async move {
            let _ = conn.object_server().remove::<Self, _>(path.as_str()).await;
        });
        Ok(())
    }

    #[zbus(signal)]
    pub(super) async fn closed(
        emitter: &SignalEmitter<'_>,
        details: HashMap<&str, Value<'_>>,
    ) -> zbus::Result<()>;
}

/// Ends a session from the portal's side: emits `Session.Closed` and removes
/// the object, as when the desktop revokes it.
pub(super) async fn close_from_portal(
    conn: &Connection,
    shared: &Shared,
    path: &str,
) -> zbus::Result<()> {
    shared.end_session(path);
    let emitter = SignalEmitter::new(conn, path)?;
    SessionObject::closed(&emitter, HashMap::new()).await?;
    conn.object_server()
        .remove::<SessionObject, _>(path)
        .await
        .map(drop)
}

/// `org.freedesktop.portal.Request`; lives until its Response is sent.
#[derive(Debug)]
pub(super) struct RequestObject;

#[interface(name = "org.freedesktop.portal.Request")]
impl RequestObject {
    /// Closing a request is accepted; the answer is already on its way.
    fn close(&self) {}
}
