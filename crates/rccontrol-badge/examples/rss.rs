//! Memory cost of the badge: resident set size after GTK init, while shown,
//! after hide, and over a second show/hide (fonts and theme are loaded once).
//! With `--warm`, an ordinary GTK window (label and button) is shown and
//! destroyed first, as in an app whose GTK UI has already loaded theme and
//! fonts. Run in the desktop test session:
//! `scripts/test-session.sh cargo run -p rccontrol-badge --example rss [-- --warm]`

#[cfg(not(target_os = "linux"))]
fn main() {
    println!("badge: the GTK badge is Linux-only");
}

#[cfg(target_os = "linux")]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use rccontrol_badge::{Badge, BadgeText, Corner};
    use std::time::{Duration, Instant};

    /// VmRSS from /proc/self/status, in MB.
    fn rss() -> f64 {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmRSS:"))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            })
            .map_or(f64::NAN, |kb| kb / 1024.0)
    }

    /// Runs the main loop for `d`: long enough to map and paint the badge.
    fn spin(d: Duration) {
        let until = Instant::now() + d;
        while Instant::now() < until {
            while gtk::events_pending() {
                gtk::main_iteration_do(false);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    let show = |badge: &mut Badge| {
        badge.show(
            Instant::now(),
            Corner::BottomRight,
            BadgeText {
                title: "Recording Control — paused".into(),
                resume: "Resume".into(),
                tooltip: "Resume the recording".into(),
            },
            Box::new(|d| format!("● REC PAUSED {}:{:02}", d.as_secs() / 60, d.as_secs() % 60)),
        );
    };

    gtk::init()?;
    let warm = std::env::args().any(|a| a == "--warm");
    if warm {
        use gtk::prelude::*;
        let window = gtk::Window::new(gtk::WindowType::Toplevel);
        let row = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        row.add(&gtk::Label::new(Some("Some text")));
        row.add(&gtk::Button::with_label("A button"));
        window.add(&row);
        window.show_all();
        spin(Duration::from_millis(1000));
        window.close();
    }
    spin(Duration::from_millis(300));
    let init = rss();
    let mut badge = Badge::new(|| {});
    show(&mut badge);
    spin(Duration::from_millis(1500));
    let shown = rss();
    badge.hide();
    spin(Duration::from_millis(500));
    let hidden = rss();
    show(&mut badge);
    spin(Duration::from_millis(1500));
    let shown2 = rss();
    badge.hide();
    spin(Duration::from_millis(500));
    let hidden2 = rss();
    println!(
        "badge{}: rss after init {init:.1} MB, shown {shown:.1} MB ({:+.1}), hidden {hidden:.1} MB; \
         again: shown {shown2:.1} MB ({:+.1}), hidden {hidden2:.1} MB",
        if warm { " (warm)" } else { "" },
        shown - init,
        shown2 - hidden
    );
    Ok(())
}
