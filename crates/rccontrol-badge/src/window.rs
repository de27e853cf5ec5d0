//! The badge window: built on `show`, destroyed on `hide`.

use crate::corner::{Corner, MARGIN};
use crate::style;
use crate::text::BadgeText;
use gtk::prelude::*;
use gtk::{cairo, gdk, glib};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Window role (`WM_WINDOW_ROLE`) of the badge.
pub const ROLE: &str = "rccontrol-badge";

/// The GTK widgets of one shown badge.
#[derive(Debug)]
pub(crate) struct BadgeWindow {
    window: gtk::Window,
    line: gtk::Label,
    button: gtk::Button,
    resume: gtk::Label,
    corner: Cell<Corner>,
    /// The monitor whose work area the badge sits in (picked on `show`).
    monitor: RefCell<Option<gdk::Monitor>>,
    /// Last position asked of the window manager.
    placed: Cell<Option<(i32, i32)>>,
}

impl BadgeWindow {
    /// Builds the (unmapped) window.
    pub(crate) fn new(text: &BadgeText, corner: Corner, on_resume: Rc<dyn Fn()>) -> Rc<Self> {
        let window = gtk::Window::new(gtk::WindowType::Toplevel);
        window.set_role(ROLE);
        // Notification: EWMH managers (mutter, kwin, xfwm4) keep it above and
        // unfocused by type. openbox treats the type as normal, so the hints
        // below do the work there: WM_HINTS input=False (GDK also ignores
        // WM_TAKE_FOCUS then), _NET_WM_USER_TIME 0, ABOVE, all desktops.
        window.set_type_hint(gdk::WindowTypeHint::Notification);
        window.set_accept_focus(false);
        window.set_focus_on_map(false);
        window.set_keep_above(true);
        window.set_skip_taskbar_hint(true);
        window.set_skip_pager_hint(true);
        window.stick();
        window.set_decorated(false);
        window.set_deletable(false);
        window.set_resizable(false);
        window.style_context().add_class("rccontrol-badge");
        // A real pill needs a compositor (alpha); without one the window is
        // cut to the pill shape instead (see `apply_shapes`).
        let composited = WidgetExt::screen(&window)
            .filter(|s| s.is_composited())
            .and_then(|s| s.rgba_visual());
        if let Some(visual) = &composited {
            window.set_visual(Some(visual));
            window.set_app_paintable(true);
            window.style_context().add_class("composited");
        }
        // Nobody but `destroy` closes it (it hides the window first): the
        // badge goes away by Resume or the caller's `hide`.
        window.connect_delete_event(|window, _| {
            if window.is_visible() {
                glib::Propagation::Stop
            } else {
                glib::Propagation::Proceed
            }
        });

        let pill = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        pill.style_context().add_class("rccontrol-badge-pill");
        let dot = gtk::Label::new(Some("●"));
        dot.style_context().add_class("rccontrol-badge-dot");
        let line = gtk::Label::new(None);
        line.style_context().add_class("rccontrol-badge-line");
        line.set_single_line_mode(true);
        // Our own label: `Button::set_label` would replace it with one
        // without the badge's style provider.
        let resume = gtk::Label::new(None);
        let button = gtk::Button::new();
        button.add(&resume);
        button.style_context().add_class("rccontrol-badge-resume");
        button.set_focus_on_click(false);
        button.set_can_focus(false);
        button.set_valign(gtk::Align::Center);
        button.connect_clicked(move |_| on_resume());
        pill.pack_start(&dot, false, false, 0);
        pill.pack_start(&line, false, false, 0);
        pill.pack_start(&button, false, false, 2);
        window.add(&pill);
        style::apply(window.upcast_ref(), &style::provider());

        let this = Rc::new(BadgeWindow {
            window,
            line,
            button,
            resume,
            corner: Cell::new(corner),
            monitor: RefCell::new(None),
            placed: Cell::new(None),
        });
        this.set_text(text);
        let weak = Rc::downgrade(&this);
        this.window.connect_size_allocate(move |_, _| {
            if let Some(this) = weak.upgrade() {
                this.apply_shapes(composited.is_none());
                this.place();
            }
        });
        this
    }

    /// Title, button label and tooltip.
    pub(crate) fn set_text(&self, text: &BadgeText) {
        self.window.set_title(&text.title);
        self.resume.set_text(&text.resume);
        let tooltip = (!text.tooltip.is_empty()).then_some(text.tooltip.as_str());
        self.button.set_tooltip_text(tooltip);
    }

    /// The status line; a leading "●" is dropped (the badge draws its own, red).
    pub(crate) fn set_line(&self, line: &str) {
        let trimmed = line.trim_start();
        let shown = trimmed.strip_prefix('●').map_or(trimmed, str::trim_start);
        if self.line.text() != shown {
            self.line.set_text(shown);
        }
    }

    /// Moves the badge to `corner` of the work area of the monitor with the
    /// pointer (or the primary one).
    pub(crate) fn set_corner(&self, corner: Corner) {
        self.corner.set(corner);
        let display = self.window.display();
        *self.monitor.borrow_mut() = pick_monitor(&display);
        self.window.set_gravity(match corner {
            Corner::TopLeft => gdk::Gravity::NorthWest,
            Corner::TopRight => gdk::Gravity::NorthEast,
            Corner::BottomLeft => gdk::Gravity::SouthWest,
            Corner::BottomRight => gdk::Gravity::SouthEast,
        });
        self.place();
    }

    /// Maps the window (without focusing it).
    pub(crate) fn present(&self) {
        self.place();
        self.window.show_all();
    }

    /// (Re)computes the position from the current size and work area, and
    /// moves the window if that changed. Cheap: called every tick.
    pub(crate) fn place(&self) {
        let display = self.window.display();
        let still_there = self.monitor.borrow().as_ref().is_some_and(|m| {
            (0..display.n_monitors()).any(|i| display.monitor(i).as_ref() == Some(m))
        });
        if !still_there {
            *self.monitor.borrow_mut() = pick_monitor(&display);
        }
        let Some(area) = self.monitor.borrow().as_ref().map(|m| m.workarea()) else {
            return;
        };
        let (_, natural) = self.window.preferred_size();
        let at = self.corner.get().position(
            (area.x(), area.y(), area.width(), area.height()),
            natural.width,
            natural.height,
            MARGIN,
        );
        if self.placed.get() != Some(at) {
            self.placed.set(Some(at));
            self.window.move_(at.0, at.1);
        }
    }

    /// Input only over the Resume button (X11 SHAPE input region); without a
    /// compositor also a pill-shaped bounding region.
    fn apply_shapes(&self, cut_to_pill: bool) {
        let Some(gdk_window) = self.window.window() else {
            return;
        };
        let (width, height) = (
            self.window.allocated_width(),
            self.window.allocated_height(),
        );
        if cut_to_pill {
            gdk_window.shape_combine_region(Some(&pill_region(width, height)), 0, 0);
        }
        let input = match self.resume_area() {
            Some((x, y, w, h)) => {
                cairo::Region::create_rectangle(&cairo::RectangleInt::new(x, y, w, h))
            }
            None => cairo::Region::create(),
        };
        gdk_window.input_shape_combine_region(&input, 0, 0);
    }

    /// The Resume button's rectangle in window coordinates (logical pixels).
    pub(crate) fn resume_area(&self) -> Option<(i32, i32, i32, i32)> {
        let (x, y) = self.button.translate_coordinates(&self.window, 0, 0)?;
        Some((
            x,
            y,
            self.button.allocated_width(),
            self.button.allocated_height(),
        ))
    }

    /// Unmaps the window now and destroys it (with its X window) on the
    /// next main-loop iteration: a delete event on a hidden window, which
    /// the handler above lets through. (gtk-rs' `destroy` is `unsafe`.)
    pub(crate) fn destroy(&self) {
        self.window.hide();
        self.window.close();
    }
}

/// The monitor with the pointer, else the primary one, else the first.
fn pick_monitor(display: &gdk::Display) -> Option<gdk::Monitor> {
    display
        .default_seat()
        .and_then(|seat| seat.pointer())
        .and_then(|pointer| {
            let (_, x, y) = pointer.position();
            display.monitor_at_point(x, y)
        })
        .or_else(|| display.primary_monitor())
        .or_else(|| display.monitor(0))
}

/// A `width` × `height` pill (fully rounded ends) as a union of rows.
fn pill_region(width: i32, height: i32) -> cairo::Region {
    let region = cairo::Region::create();
    let r = f64::from(height.min(width).max(0)) / 2.0;
    for y in 0..height {
        // Horizontal inset of this row: where the end circles cross its middle.
        let dy = (f64::from(y) + 0.5 - f64::from(height) / 2.0).abs();
        let inset = if dy >= r {
            r
        } else {
            r - (r * r - dy * dy).sqrt()
        };
        let inset = inset.round() as i32;
        let row = cairo::RectangleInt::new(inset, y, (width - 2 * inset).max(0), 1);
        // Union only fails on allocation failure; a missing row is harmless.
        let _ = region.union_rectangle(&row);
    }
    region
}
