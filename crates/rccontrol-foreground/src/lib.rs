//! Watches the title of the foreground window.
