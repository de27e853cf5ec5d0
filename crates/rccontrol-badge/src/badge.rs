//! [`Badge`]: the window plus its one-second clock, both only while shown.

use crate::corner::Corner;
use crate::text::BadgeText;
use crate::window::BadgeWindow;
use gtk::glib;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::{Rc, Weak};
use std::time::{Duration, Instant};

/// Formats the status line from the time paused so far.
type Line = Box<dyn Fn(Duration) -> String>;

/// The "recording paused" badge. Must be created and used on the GTK main
/// thread (it is `!Send`). Costs nothing until [`show`](Badge::show): no
/// window, no timer.
pub struct Badge {
    on_resume: Rc<dyn Fn()>,
    shown: Option<Rc<Shown>>,
}

/// A shown badge: its window and clock.
struct Shown {
    view: Rc<BadgeWindow>,
    since: Cell<Instant>,
    line: RefCell<Line>,
    /// The current line, as `line` returned it.
    current: RefCell<String>,
    /// The pending tick (a one-shot timeout, re-armed by each tick).
    timer: RefCell<Option<glib::SourceId>>,
}

impl Badge {
    /// A hidden badge; `on_resume` runs (on the GTK main thread) when the
    /// user clicks Resume. Nothing is created until `show`.
    pub fn new(on_resume: impl Fn() + 'static) -> Self {
        Badge {
            on_resume: Rc::new(on_resume),
            shown: None,
        }
    }

    /// Shows the badge, or moves/updates it if already shown, without
    /// taking the focus. `line(elapsed)` gives the status line, e.g.
    /// "● REC PAUSED 1:23"; it is re-evaluated at each whole second of
    /// `since.elapsed()` (a leading "●" is drawn as the badge's red dot).
    pub fn show(
        &mut self,
        since: Instant,
        corner: Corner,
        text: BadgeText,
        line: Box<dyn Fn(Duration) -> String>,
    ) {
        let shown = match &self.shown {
            Some(shown) => {
                shown.view.set_text(&text);
                shown.since.set(since);
                *shown.line.borrow_mut() = line;
                shown.stop_timer();
                Rc::clone(shown)
            }
            None => {
                let shown = Rc::new(Shown {
                    view: BadgeWindow::new(&text, corner, Rc::clone(&self.on_resume)),
                    since: Cell::new(since),
                    line: RefCell::new(line),
                    current: RefCell::new(String::new()),
                    timer: RefCell::new(None),
                });
                self.shown = Some(Rc::clone(&shown));
                shown
            }
        };
        shown.view.set_corner(corner);
        tick(&shown);
        shown.view.present();
    }

    /// Destroys the window and removes its timer. Does nothing if hidden.
    pub fn hide(&mut self) {
        if let Some(shown) = self.shown.take() {
            shown.stop_timer();
            shown.view.destroy();
        }
    }

    /// Whether the badge is shown.
    pub fn is_shown(&self) -> bool {
        self.shown.is_some()
    }

    /// The status line currently shown (as `line` returned it), if shown.
    pub fn line(&self) -> Option<String> {
        self.shown.as_ref().map(|s| s.current.borrow().clone())
    }

    /// The Resume button's rectangle (x, y, width, height) in window
    /// coordinates, logical pixels, once laid out. For tests.
    #[doc(hidden)]
    pub fn resume_area(&self) -> Option<(i32, i32, i32, i32)> {
        self.shown.as_ref().and_then(|s| s.view.resume_area())
    }
}

impl Drop for Badge {
    fn drop(&mut self) {
        self.hide();
    }
}

impl fmt::Debug for Badge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Badge")
            .field("shown", &self.is_shown())
            .field("line", &self.line())
            .finish_non_exhaustive()
    }
}

impl Shown {
    fn stop_timer(&self) {
        if let Some(id) = self.timer.borrow_mut().take() {
            id.remove();
        }
    }
}

/// Updates the line (and position), then arms the next tick just after the
/// next whole second of elapsed time.
fn tick(shown: &Rc<Shown>) {
    let elapsed = shown.since.get().elapsed();
    let text = (shown.line.borrow())(elapsed);
    if *shown.current.borrow() != text {
        shown.view.set_line(&text);
        *shown.current.borrow_mut() = text;
    }
    shown.view.place();
    let next = Duration::from_secs(1) - Duration::from_nanos(u64::from(elapsed.subsec_nanos()))
        + Duration::from_millis(5);
    let weak: Weak<Shown> = Rc::downgrade(shown);
    let id = glib::timeout_add_local_once(next, move || {
        if let Some(shown) = weak.upgrade() {
            // This source is done: forget its id before arming the next.
            shown.timer.borrow_mut().take();
            tick(&shown);
        }
    });
    *shown.timer.borrow_mut() = Some(id);
}
