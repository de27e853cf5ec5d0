//! macOS: a menu-bar app, with no Dock icon and no application menu. tao
//! starts every app with `NSApplicationActivationPolicyRegular` (a Dock
//! icon); the tray process asks for the accessory policy before its loop
//! runs. The bundle says the same from the start (`LSUIElement` in
//! `src-tauri/Info.plist`, which Tauri's bundler merges into the app's), so
//! not even a launch shows a Dock icon; this covers a binary started outside
//! the bundle.
//!
//! Relies on tao 0.37: `platform::macos::EventLoopExtMacOS::set_activation_policy`
//! (stored in the app delegate, applied by `app_state::apply_activation_policy`
//! when the loop starts) and `ActivationPolicy::Accessory`
//! (`NSApplicationActivationPolicyAccessory`).

use tao::event_loop::EventLoop;
use tao::platform::macos::{ActivationPolicy, EventLoopExtMacOS as _};

/// No Dock icon: the accessory activation policy, set before the loop runs.
pub fn menu_bar_only<T: 'static>(event_loop: &mut EventLoop<T>) {
    event_loop.set_activation_policy(ActivationPolicy::Accessory);
}
