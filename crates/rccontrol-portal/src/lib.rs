//! Global shortcuts on Wayland through the XDG desktop portal
//! (`org.freedesktop.portal.GlobalShortcuts`), via `ashpd`.
//!
//! [`probe`] tells whether the desktop offers the interface; [`bind`] asks the
//! desktop to bind shortcuts (it shows its own dialog) and calls back on every
//! activation until the [`Binding`] is closed or dropped. With the `fake`
//! feature, [`fake`] provides a fake portal service for tests.
//!
//! Both functions need a running tokio runtime (`bind` spawns its listener
//! task on it). On other systems than Linux they answer
//! [`PortalError::Unavailable`].

#[cfg(target_os = "linux")]
mod client;
#[cfg(all(target_os = "linux", feature = "fake"))]
pub mod fake;

/// One shortcut to bind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortcut {
    /// Application-chosen id, passed back to the callback on activation.
    pub id: String,
    /// What the shortcut does, shown by the desktop.
    pub description: String,
    /// Suggested trigger in the XDG "shortcuts" syntax (e.g. `CTRL+ALT+p`);
    /// the desktop may ignore it.
    pub preferred_trigger: Option<String>,
}

/// What the desktop bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundShortcut {
    /// The id given in [`Shortcut::id`].
    pub id: String,
    /// The description as the desktop recorded it.
    pub description: String,
    /// The trigger as the desktop shows it, e.g. `Ctrl+Alt+P`; may be empty
    /// when the user left the shortcut unassigned.
    pub trigger_description: String,
}

/// Why the portal could not be used.
#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum PortalError {
    /// No portal, or the portal has no GlobalShortcuts interface (wlroots,
    /// old GNOME/KDE); the message says which.
    #[error("global shortcuts portal unavailable: {0}")]
    Unavailable(String),
    /// The user cancelled the desktop's binding dialog.
    #[error("the shortcut binding was cancelled")]
    Cancelled,
    /// Anything else, with a plain detail.
    #[error("global shortcuts portal failed: {0}")]
    Failed(String),
}

/// The answer on systems without a desktop portal.
#[cfg(not(target_os = "linux"))]
const NOT_LINUX: &str = "the desktop portal exists only on Linux";

/// Checks the session bus for the portal and its GlobalShortcuts interface
/// and returns the interface version. Takes at most 3 s even if the bus or
/// the portal hangs.
pub async fn probe() -> Result<u32, PortalError> {
    #[cfg(target_os = "linux")]
    {
        client::probe().await
    }
    #[cfg(not(target_os = "linux"))]
    {
        Err(PortalError::Unavailable(NOT_LINUX.to_owned()))
    }
}

/// Creates a portal session and binds `shortcuts` (the desktop shows its own
/// dialog, so this can wait on the user; drop the future to give up). Then
/// calls `on_activated(id)` for every `Activated` signal of this session,
/// from a background tokio task; keep the callback short (e.g. send on a
/// channel).
///
/// Each call makes its own D-Bus connection and session; call it once and
/// keep the [`Binding`] for as long as the shortcuts should work.
pub async fn bind(
    shortcuts: Vec<Shortcut>,
    on_activated: impl Fn(&str) + Send + Sync + 'static,
) -> Result<Binding, PortalError> {
    #[cfg(target_os = "linux")]
    {
        let (shortcuts, live) = client::bind(shortcuts, on_activated).await?;
        Ok(Binding {
            shortcuts,
            live: Some(live),
        })
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (shortcuts, on_activated);
        Err(PortalError::Unavailable(NOT_LINUX.to_owned()))
    }
}

/// A live binding. Dropping it or [`Binding::close`] closes the portal
/// session and stops the listener task.
pub struct Binding {
    shortcuts: Vec<BoundShortcut>,
    #[cfg(target_os = "linux")]
    live: Option<client::Live>,
}

impl Binding {
    /// The shortcuts as the desktop bound them.
    pub fn shortcuts(&self) -> &[BoundShortcut] {
        &self.shortcuts
    }

    /// Whether the desktop ended the session (the portal closed it, exited or
    /// restarted); activations no longer arrive and [`bind`] must be called
    /// again.
    pub fn is_closed(&self) -> bool {
        #[cfg(target_os = "linux")]
        {
            self.live.as_ref().is_none_or(client::Live::is_closed)
        }
        #[cfg(not(target_os = "linux"))]
        {
            true
        }
    }

    /// Waits until the desktop ends the session (see [`Binding::is_closed`]).
    pub async fn closed(&self) {
        #[cfg(target_os = "linux")]
        if let Some(live) = &self.live {
            live.closed().await;
        }
    }

    /// Closes the portal session and stops the listener; when this returns
    /// the callback has been dropped and is never called again.
    pub async fn close(self) {
        #[cfg(target_os = "linux")]
        {
            let mut this = self;
            if let Some(live) = this.live.take() {
                live.close().await;
            }
        }
    }
}

impl Drop for Binding {
    fn drop(&mut self) {
        #[cfg(target_os = "linux")]
        if let Some(live) = self.live.take() {
            live.close_in_background();
        }
    }
}

impl std::fmt::Debug for Binding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Binding");
        #[cfg(target_os = "linux")]
        if let Some(live) = &self.live {
            d.field("session", &live.session_path());
        }
        d.field(
            "shortcuts",
            &self
                .shortcuts
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
        )
        .field("closed", &self.is_closed())
        .finish()
    }
}
