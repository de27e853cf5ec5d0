//! `rccontrol://pause` and `rccontrol://resume` for CRM integrations. Off by
//! default, because any web page could fire such a link; when on, each use is
//! audited with trigger `link` (and throttled like any press).

use crate::engine::Engine;
use crate::notifications::Notifier;
use rccontrol::{Action, Trigger, tr};
use std::sync::Arc;
use tauri::{AppHandle, Manager};

/// The URL scheme.
pub const SCHEME: &str = "rccontrol";

/// The action a link asks for: `rccontrol://pause`, `rccontrol:resume`, `rccontrol:///pause/`.
pub fn parse(link: &str) -> Option<Action> {
    let url = url::Url::parse(link.trim()).ok()?;
    if !url.scheme().eq_ignore_ascii_case(SCHEME) || url.query().is_some() {
        return None;
    }
    let word = match url.host_str() {
        Some(host) if !host.is_empty() => host.to_owned(),
        _ => url.path().trim_matches('/').to_owned(),
    };
    if url.host_str().is_some_and(|h| !h.is_empty()) && !url.path().trim_matches('/').is_empty() {
        return None;
    }
    word.parse().ok()
}

/// The `rccontrol:` links among a launch's arguments (the program name skipped).
pub fn in_args(argv: &[String]) -> Vec<String> {
    argv.iter()
        .skip(1)
        .filter(|a| {
            a.get(..SCHEME.len() + 1)
                .is_some_and(|p| p.eq_ignore_ascii_case("rccontrol:"))
        })
        .cloned()
        .collect()
}

/// Handles links the app was opened with (first launch, a second launch, the OS).
pub fn handle(app: &AppHandle, links: &[String]) {
    for link in links {
        let engine = app.state::<Arc<Engine>>().inner().clone();
        let notifier = app.state::<Arc<Notifier>>();
        let Some(action) = parse(link) else {
            tracing::warn!(link, "unknown rccontrol link ignored");
            let l = engine.texts().get();
            notifier.info(
                app,
                &tr!(l, "link-unknown-title"),
                &tr!(l, "link-unknown-body"),
            );
            continue;
        };
        if !engine.safety().deep_link {
            tracing::warn!(%action, "rccontrol link ignored: links are off");
            let l = engine.texts().get();
            let action = match action {
                Action::Pause => tr!(l, "action-pause"),
                Action::Resume => tr!(l, "action-resume"),
            };
            notifier.info(
                app,
                &tr!(l, "link-off-title", action = action),
                &tr!(l, "link-off-body"),
            );
            continue;
        }
        tracing::info!(%action, "rccontrol link");
        crate::tray::dispatch(app, &engine, action, Trigger::Link);
    }
}

/// Registers the scheme with the desktop where that happens at run time
/// (Linux, Windows; installed packages register it statically), or removes it.
pub fn register(app: &AppHandle, on: bool) {
    #[cfg(any(target_os = "linux", windows))]
    {
        use tauri_plugin_deep_link::DeepLinkExt;
        let result = if on {
            app.deep_link().register(SCHEME)
        } else {
            app.deep_link().unregister(SCHEME)
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, on, "rccontrol:// scheme registration");
        }
    }
    #[cfg(not(any(target_os = "linux", windows)))]
    let _ = (app, on);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert_eq!(parse("rccontrol://pause"), Some(Action::Pause));
        assert_eq!(parse("RCCONTROL://Resume/"), Some(Action::Resume));
        assert_eq!(parse("rccontrol:pause"), Some(Action::Pause));
        assert_eq!(parse("rccontrol:///resume"), Some(Action::Resume));
        for bad in [
            "rccontrol://stop",
            "rccontrol://pause/now",
            "rccontrol://pause?x=1",
            "https://pause",
            "rccontrol://",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
