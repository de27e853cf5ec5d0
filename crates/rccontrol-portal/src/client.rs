//! The Linux client: talks to the portal through ashpd on its own D-Bus
//! connection (not ashpd's process-wide one, so it is bound to no runtime
//! that might be gone and closing a binding closes exactly its connection).

use std::panic::AssertUnwindSafe;
use std::time::Duration;

use ashpd::desktop::global_shortcuts::{BindShortcutsOptions, GlobalShortcuts, NewShortcut};
use ashpd::desktop::{CreateSessionOptions, ResponseError, Session};
use futures_util::{FutureExt, StreamExt};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio::time::timeout;
use zbus::names::InterfaceName;

use crate::{BoundShortcut, PortalError, Shortcut};

/// Bus name of the desktop portal.
pub(crate) const DESTINATION: &str = "org.freedesktop.portal.Desktop";
/// Object path of the desktop portal.
pub(crate) const PATH: &str = "/org/freedesktop/portal/desktop";
/// The interface this crate uses.
pub(crate) const INTERFACE: &str = "org.freedesktop.portal.GlobalShortcuts";

/// Bound on [`probe`].
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);
/// Bound on everything in `bind` before the desktop's dialog.
const SETUP_TIMEOUT: Duration = Duration::from_secs(5);
/// Bound on the Session.Close call.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(2);

pub(crate) async fn probe() -> Result<u32, PortalError> {
    let attempt = async {
        let conn = connect().await?;
        version_on(&conn).await
    };
    timeout(PROBE_TIMEOUT, attempt)
        .await
        .unwrap_or_else(|_| Err(no_answer(PROBE_TIMEOUT)))
}

fn no_answer(after: Duration) -> PortalError {
    PortalError::Unavailable(format!(
        "the desktop portal did not answer within {} s",
        after.as_secs()
    ))
}

/// A private connection to the session bus.
async fn connect() -> Result<zbus::Connection, PortalError> {
    let build = async { zbus::connection::Builder::session()?.build().await };
    build
        .await
        .map_err(|e| PortalError::Unavailable(format!("no D-Bus session bus: {e}")))
}

/// Reads the interface's `version` property, telling "no portal" from "no
/// GlobalShortcuts interface". (ashpd alone takes most failures for version 1.)
async fn version_on(conn: &zbus::Connection) -> Result<u32, PortalError> {
    let props = zbus::fdo::PropertiesProxy::builder(conn)
        .destination(DESTINATION)
        .and_then(|b| b.path(PATH))
        .map_err(|e| PortalError::Failed(e.to_string()))?
        .cache_properties(zbus::proxy::CacheProperties::No)
        .build()
        .await
        .map_err(|e| PortalError::Failed(e.to_string()))?;
    let value = props
        .get(
            InterfaceName::from_static_str_unchecked(INTERFACE),
            "version",
        )
        .await
        .map_err(classify)?;
    u32::try_from(value).map_err(|e| {
        PortalError::Failed(format!(
            "the portal's GlobalShortcuts version is not a u32: {e}"
        ))
    })
}

fn classify(e: zbus::fdo::Error) -> PortalError {
    use zbus::fdo::Error as E;
    match e {
        E::ServiceUnknown(m) | E::NameHasNoOwner(m) => PortalError::Unavailable(format!(
            "no desktop portal ({DESTINATION}) on the session bus: {m}"
        )),
        E::UnknownInterface(_)
        | E::InvalidArgs(_)
        | E::UnknownProperty(_)
        | E::UnknownMethod(_)
        | E::UnknownObject(_) => PortalError::Unavailable(format!(
            "the desktop portal has no {INTERFACE} interface (wlroots desktops and older GNOME or KDE lack it)"
        )),
        other => PortalError::Failed(other.to_string()),
    }
}

fn from_ashpd(e: ashpd::Error) -> PortalError {
    match e {
        ashpd::Error::Response(ResponseError::Cancelled) => PortalError::Cancelled,
        ashpd::Error::Portal(ashpd::PortalError::Cancelled(_)) => PortalError::Cancelled,
        ashpd::Error::Response(ResponseError::Other) => {
            PortalError::Failed("the desktop refused the request".to_owned())
        }
        ashpd::Error::PortalNotFound(i) => PortalError::Unavailable(format!(
            "the desktop portal has no {i} interface (wlroots desktops and older GNOME or KDE lack it)"
        )),
        other => PortalError::Failed(other.to_string()),
    }
}

fn failed(e: impl std::fmt::Display) -> PortalError {
    PortalError::Failed(e.to_string())
}

/// The session and listener behind a [`crate::Binding`].
pub(crate) struct Live {
    session: Session<GlobalShortcuts>,
    session_path: String,
    listener: JoinHandle<()>,
    closed: watch::Receiver<bool>,
}

pub(crate) async fn bind(
    shortcuts: Vec<Shortcut>,
    on_activated: impl Fn(&str) + Send + Sync + 'static,
) -> Result<(Vec<BoundShortcut>, Live), PortalError> {
    // ashpd asserts the portal's session handle; a wrong one must not panic
    // the caller.
    let setup = AssertUnwindSafe(setup()).catch_unwind();
    let (portal, session, session_path, streams) = match timeout(SETUP_TIMEOUT, setup).await {
        Err(_) => return Err(no_answer(SETUP_TIMEOUT)),
        Ok(Err(_panic)) => {
            return Err(PortalError::Failed(
                "the portal answered CreateSession with an unexpected session handle".to_owned(),
            ));
        }
        Ok(Ok(r)) => r?,
    };

    let new: Vec<NewShortcut> = shortcuts
        .iter()
        .map(|s| {
            NewShortcut::new(s.id.as_str(), s.description.as_str())
                .preferred_trigger(s.preferred_trigger.as_deref())
        })
        .collect();
    let answer = async {
        portal
            .bind_shortcuts(&session, &new, None, BindShortcutsOptions::default())
            .await?
            .response()
    }
    .await;
    let bound = match answer {
        Ok(bound) => bound,
        Err(e) => {
            let _ = timeout(CLOSE_TIMEOUT, session.close()).await;
            return Err(from_ashpd(e));
        }
    };
    let bound = bound
        .shortcuts()
        .iter()
        .map(|s| BoundShortcut {
            id: s.id().to_owned(),
            description: s.description().to_owned(),
            trigger_description: s.trigger_description().to_owned(),
        })
        .collect();

    let (closed_tx, closed) = watch::channel(false);
    let listener = tokio::spawn(listen(
        streams,
        session_path.clone(),
        on_activated,
        closed_tx,
    ));
    Ok((
        bound,
        Live {
            session,
            session_path,
            listener,
            closed,
        },
    ))
}

/// The signal streams the listener watches; opened before BindShortcuts so
/// no activation is lost.
struct Streams {
    activated:
        futures_util::stream::BoxStream<'static, ashpd::desktop::global_shortcuts::Activated>,
    session_closed: futures_util::stream::BoxStream<'static, ()>,
    portal_gone: futures_util::stream::BoxStream<'static, ()>,
}

type Setup = (GlobalShortcuts, Session<GlobalShortcuts>, String, Streams);

async fn setup() -> Result<Setup, PortalError> {
    let conn = connect().await?;
    version_on(&conn).await?;
    let portal = GlobalShortcuts::with_connection(conn.clone())
        .await
        .map_err(from_ashpd)?;
    let session = portal
        .create_session(CreateSessionOptions::default())
        .await
        .map_err(from_ashpd)?;
    let session_path = path_of(&session)?;
    let activated = portal
        .receive_activated()
        .await
        .map_err(from_ashpd)?
        .boxed();
    let session_closed = zbus::Proxy::new_owned(
        conn.clone(),
        DESTINATION,
        session_path.clone(),
        "org.freedesktop.portal.Session",
    )
    .await
    .map_err(failed)?
    .receive_signal("Closed")
    .await
    .map_err(failed)?
    .map(|_| ())
    .boxed();
    let portal_gone = zbus::fdo::DBusProxy::new(&conn)
        .await
        .map_err(failed)?
        .receive_name_owner_changed_with_args(&[(0, DESTINATION)])
        .await
        .map_err(failed)?
        .filter_map(|change| async move {
            let args = change.args().ok()?;
            args.new_owner().is_none().then_some(())
        })
        .boxed();
    Ok((
        portal,
        session,
        session_path,
        Streams {
            activated,
            session_closed,
            portal_gone,
        },
    ))
}

/// The session's object path (ashpd keeps it private; it serializes as one).
fn path_of(session: &Session<GlobalShortcuts>) -> Result<String, PortalError> {
    use zbus::zvariant::{LE, OwnedObjectPath, serialized::Context, to_bytes};
    let bytes = to_bytes(Context::new_dbus(LE, 0), session).map_err(failed)?;
    let (path, _): (OwnedObjectPath, _) = bytes.deserialize().map_err(failed)?;
    Ok(path.as_str().to_owned())
}

/// Delivers this session's activations until the desktop ends the session.
async fn listen(
    mut streams: Streams,
    session_path: String,
    on_activated: impl Fn(&str),
    closed: watch::Sender<bool>,
) {
    loop {
        tokio::select! {
            signal = streams.activated.next() => match signal {
                Some(s) if s.session_handle().as_str() == session_path => on_activated(s.shortcut_id()),
                Some(_) => {}
                None => break,
            },
            _ = streams.session_closed.next() => break,
            _ = streams.portal_gone.next() => break,
        }
    }
    closed.send_replace(true);
}

impl Live {
    pub(crate) fn is_closed(&self) -> bool {
        *self.closed.borrow()
    }

    pub(crate) async fn closed(&self) {
        let mut closed = self.closed.clone();
        // An error means the listener died (a panicking callback): closed too.
        let _ = closed.wait_for(|c| *c).await;
    }

    pub(crate) fn session_path(&self) -> &str {
        &self.session_path
    }

    /// Stops the listener (dropping the callback) and closes the session.
    pub(crate) async fn close(self) {
        self.listener.abort();
        let _ = self.listener.await;
        if !*self.closed.borrow() {
            let _ = timeout(CLOSE_TIMEOUT, self.session.close()).await;
        }
    }

    /// For `Drop`: stops the listener now and closes the session on the
    /// current runtime if there is one; otherwise dropping the connection
    /// ends the session, as portals close the sessions of peers that leave.
    pub(crate) fn close_in_background(self) {
        self.listener.abort();
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(self.close());
        }
    }
}
