//! The badge's look: a CSS provider added to the badge's own widgets only
//! (never to the screen), so the rest of the app keeps its theme.

use gtk::prelude::*;

/// Sizes are in logical pixels and points, so GTK scales them at 200 %.
const CSS: &str = r#"
window.rccontrol-badge { background-color: #3a0b10; }
window.rccontrol-badge.composited { background-color: transparent; }
.rccontrol-badge-pill {
    background-color: #3a0b10;
    border-radius: 999px;
    padding: 4px 5px 4px 12px;
}
.rccontrol-badge-dot { color: #ff4040; font-size: 11pt; }
.rccontrol-badge-line {
    color: #ffffff;
    font-weight: bold;
    font-size: 10.5pt;
    font-feature-settings: "tnum";
}
button.rccontrol-badge-resume {
    background-color: #c8202b;
    background-image: none;
    border: none;
    border-radius: 999px;
    box-shadow: none;
    text-shadow: none;
    outline: none;
    min-height: 0;
    min-width: 0;
    padding: 3px 11px;
}
button.rccontrol-badge-resume:hover { background-color: #e0303b; }
button.rccontrol-badge-resume:active { background-color: #9c1820; }
button.rccontrol-badge-resume label {
    color: #ffffff;
    font-weight: bold;
    font-size: 9.5pt;
    text-shadow: none;
}
"#;

/// The provider, parsed once per badge window.
pub(crate) fn provider() -> gtk::CssProvider {
    let provider = gtk::CssProvider::new();
    if let Err(e) = provider.load_from_data(CSS.as_bytes()) {
        // Compiled-in CSS: only a GTK without some property ends up here.
        eprintln!("rccontrol-badge: CSS: {e}");
    }
    provider
}

/// Adds `provider` to `widget` and all its descendants (style providers of
/// a widget do not cascade to its children).
pub(crate) fn apply(widget: &gtk::Widget, provider: &gtk::CssProvider) {
    widget
        .style_context()
        .add_provider(provider, gtk::STYLE_PROVIDER_PRIORITY_APPLICATION);
    if let Some(container) = widget.downcast_ref::<gtk::Container>() {
        container.forall(|child| apply(child, provider));
    }
}
