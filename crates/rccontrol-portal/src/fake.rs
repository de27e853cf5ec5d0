//! A fake `org.freedesktop.portal.GlobalShortcuts` service for tests.
//!
//! [`FakePortal::start`] claims `org.freedesktop.portal.Desktop` on the
//! session bus (so only one fake at a time per bus: tests that use it must not
//! run concurrently) and serves CreateSession, BindShortcuts and
//! ListShortcuts with the Request/Response protocol of real portals, Session
//! objects with `Close`, and lets the test emit `Activated`/`Deactivated`,
//! see what was bound, cancel the next bind dialog, and stop. Sessions of a
//! client that leaves the bus are closed, as real portals do. Needs a tokio
//! runtime.

mod service;

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use tokio::task::JoinHandle;
use zbus::Connection;

use crate::client::{DESTINATION, PATH};
use service::{GlobalShortcutsObject, Shared};

/// The interface version the fake advertises.
pub const VERSION: u32 = 1;

/// How long [`FakePortal::start`] waits for a current owner of the portal
/// name to let go.
const CLAIM_TIMEOUT: Duration = Duration::from_secs(2);

/// Why the fake could not start or act.
#[derive(thiserror::Error, Debug)]
pub enum FakeError {
    /// A D-Bus failure.
    #[error("fake portal: {0}")]
    Bus(#[from] zbus::Error),
    /// Another process keeps `org.freedesktop.portal.Desktop`.
    #[error("fake portal: {DESTINATION} stays owned by {0}")]
    NameTaken(String),
}

impl From<zbus::fdo::Error> for FakeError {
    fn from(e: zbus::fdo::Error) -> Self {
        Self::Bus(e.into())
    }
}

/// A running fake portal; [`FakePortal::stop`] or dropping it releases the
/// bus name.
pub struct FakePortal {
    conn: Connection,
    shared: Arc<Shared>,
    /// Closes the sessions of clients that leave the bus.
    watcher: JoinHandle<()>,
}

impl std::fmt::Debug for FakePortal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakePortal")
            .field("unique_name", &self.conn.unique_name().map(|n| n.as_str()))
            .field("live_sessions", &*self.shared.live.borrow())
            .finish()
    }
}

impl FakePortal {
    /// Starts the fake with the GlobalShortcuts interface at [`VERSION`].
    pub async fn start() -> Result<Self, FakeError> {
        Self::launch(true).await
    }

    /// Starts a portal without the GlobalShortcuts interface (like wlroots'),
    /// for testing that case.
    pub async fn start_without_global_shortcuts() -> Result<Self, FakeError> {
        Self::launch(false).await
    }

    async fn launch(with_interface: bool) -> Result<Self, FakeError> {
        let shared = Shared::new(tokio::runtime::Handle::current());
        let mut builder = zbus::connection::Builder::session()?;
        if with_interface {
            let object = GlobalShortcutsObject {
                shared: Arc::clone(&shared),
                version: VERSION,
            };
            builder = builder.serve_at(PATH, object)?;
        }
        let conn = builder.build().await?;
        // Starts answering calls even with no object (then: UnknownObject).
        let _ = conn.object_server();
        let dbus = zbus::fdo::DBusProxy::new(&conn).await?;
        let changes = dbus.receive_name_owner_changed().await?;
        claim_portal_name(&dbus).await?;
        let watcher = tokio::spawn(close_sessions_of_leavers(
            conn.clone(),
            Arc::clone(&shared),
            changes,
        ));
        Ok(Self {
            conn,
            shared,
            watcher,
        })
    }

    /// Emits `Activated` for `id` to every live session that bound it;
    /// returns how many sessions it was sent to.
    pub async fn activate(&self, id: &str) -> Result<usize, FakeError> {
        self.emit_to_bound("Activated", id).await
    }

    /// Emits `Deactivated` for `id` like [`FakePortal::activate`].
    pub async fn deactivate(&self, id: &str) -> Result<usize, FakeError> {
        self.emit_to_bound("Deactivated", id).await
    }

    /// Emits `Activated` for `id` naming any session handle, live or not
    /// (e.g. another application's), to test that clients filter.
    pub async fn activate_for_session(&self, session: &str, id: &str) -> Result<(), FakeError> {
        service::emit_shortcut_signal(&self.conn, "Activated", session, id).await?;
        Ok(())
    }

    async fn emit_to_bound(&self, member: &str, id: &str) -> Result<usize, FakeError> {
        let targets: Vec<String> = self
            .shared
            .state()
            .sessions
            .iter()
            .filter(|(_, s)| s.shortcuts.iter().any(|e| e.id == id))
            .map(|(path, _)| path.clone())
            .collect();
        for session in &targets {
            service::emit_shortcut_signal(&self.conn, member, session, id).await?;
        }
        Ok(targets.len())
    }

    /// What live sessions bound, as `(id, description)` pairs.
    pub async fn bound(&self) -> Vec<(String, String)> {
        self.shared
            .state()
            .sessions
            .values()
            .flat_map(|s| s.shortcuts.iter())
            .map(|e| (e.id.clone(), e.description.clone()))
            .collect()
    }

    /// What live sessions bound, as `(id, trigger_description)` pairs.
    pub async fn triggers(&self) -> Vec<(String, String)> {
        self.shared
            .state()
            .sessions
            .values()
            .flat_map(|s| s.shortcuts.iter())
            .map(|e| (e.id.clone(), e.trigger.clone()))
            .collect()
    }

    /// Object paths of the live sessions.
    pub async fn sessions(&self) -> Vec<String> {
        self.shared.state().sessions.keys().cloned().collect()
    }

    /// Waits until exactly `n` sessions are live (wrap it in a timeout).
    pub async fn wait_sessions(&self, n: usize) {
        let mut live = self.shared.live.subscribe();
        // The sender lives in `self`, so this only ends when the count is `n`.
        let _ = live.wait_for(|count| *count == n).await;
    }

    /// Makes the next BindShortcuts answer "cancelled" (response 1), as when
    /// the user dismisses the desktop's dialog.
    pub fn cancel_next_bind(&self) {
        self.shared.state().cancel_next_bind = true;
    }

    /// Ends every live session from the portal's side (emits
    /// `Session.Closed`), as when the desktop revokes them.
    pub async fn close_sessions(&self) -> Result<(), FakeError> {
        for path in self.sessions().await {
            service::close_from_portal(&self.conn, &self.shared, &path).await?;
        }
        Ok(())
    }

    /// Releases the bus name and disconnects, as when the portal exits.
    pub async fn stop(self) {
        self.watcher.abort();
        let _ = self.conn.release_name(DESTINATION).await;
        // Dropping `self` closes the connection.
    }
}

impl Drop for FakePortal {
    fn drop(&mut self) {
        self.watcher.abort();
    }
}

/// Takes the portal name, replacing a running portal (xdg-desktop-portal
/// allows that) or waiting briefly for a previous owner that is leaving.
async fn claim_portal_name(dbus: &zbus::fdo::DBusProxy<'_>) -> Result<(), FakeError> {
    use zbus::fdo::{RequestNameFlags, RequestNameReply};
    let name = zbus::names::WellKnownName::from_static_str_unchecked(DESTINATION);
    let mut acquired = dbus
        .receive_name_acquired_with_args(&[(0, DESTINATION)])
        .await?;
    match dbus
        .request_name(name.clone(), RequestNameFlags::ReplaceExisting.into())
        .await?
    {
        RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner => Ok(()),
        RequestNameReply::InQueue | RequestNameReply::Exists => {
            if let Ok(Some(_)) = tokio::time::timeout(CLAIM_TIMEOUT, acquired.next()).await {
                return Ok(());
            }
            let owner = dbus
                .get_name_owner(name.clone().into())
                .await
                .map_or_else(|e| e.to_string(), |o| o.to_string());
            let _ = dbus.release_name(name).await;
            Err(FakeError::NameTaken(owner))
        }
    }
}

async fn close_sessions_of_leavers(
    conn: Connection,
    shared: Arc<Shared>,
    mut changes: zbus::fdo::NameOwnerChangedStream,
) {
    while let Some(change) = changes.next().await {
        let Ok(args) = change.args() else { continue };
        if !args.name().as_str().starts_with(':') || args.new_owner().is_some() {
            continue;
        }
        for path in shared.end_sessions_of(args.name().as_str()) {
            let _ = conn
                .object_server()
                .remove::<service::SessionObject, _>(path.as_str())
                .await;
        }
    }
}
