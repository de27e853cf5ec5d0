//! Keeps OpenGL out of the tray process on Linux.
//!
//! At start-up GDK (X11) probes OpenGL to pick its visuals, which maps Mesa's
//! software rasterizer and LLVM: measured here, 129 MB of RSS for the idle tray
//! app against 76 MB without it. The tray never draws with GL, and the settings
//! window renders in WebKit's own processes. GTK 3 offers no API to skip the
//! probe, only the `GDK_GL` environment variable, and changing the environment
//! of a running process is unsafe in Rust 2024; so the app re-executes itself
//! once, in place (same PID), with `GDK_GL=disable`. A `GDK_GL` the user set is
//! respected.

/// Re-executes the process with `GDK_GL=disable` unless `GDK_GL` is set.
/// Returns only when nothing was done or the exec failed (then the app runs as is).
pub fn keep_gl_out() {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt as _;
        if std::env::var_os("GDK_GL").is_some() {
            return;
        }
        let Ok(exe) = std::env::current_exe() else {
            return;
        };
        let error = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env("GDK_GL", "disable")
            .exec();
        eprintln!("recording-control: could not restart without OpenGL ({error}); continuing");
    }
}
