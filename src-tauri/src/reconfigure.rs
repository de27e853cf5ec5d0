//! One sequence that brings the inputs in line with the settings: the global
//! hotkeys, the auto-pause rules' foreground watcher and the `rccontrol://`
//! link handler. Run at start, after a save and when a settings window that
//! had released the hotkeys goes away. (The tray, the badge and the language
//! follow the engine's `ModeChanged` through the UI loop.)

use crate::app::App;
use crate::{deep_link, foreground, hotkeys};

/// Applies the stored settings to the inputs. `links_were`: whether the link
/// handler was registered before (it is registered or removed only on a
/// change: both touch the desktop's files).
pub fn reconfigure(app: &App, links_were: bool) {
    let engine = &app.engine;
    hotkeys::apply(app, &engine.settings().hotkeys);
    foreground::apply(app);
    let links = engine.safety().deep_link;
    if links != links_were {
        deep_link::register(links);
    }
}
