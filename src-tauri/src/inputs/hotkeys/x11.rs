//! Global hotkeys on X11, event-driven: a key grab on the root window and a
//! thread that blocks on the X connection until a key is pressed. (The
//! global-hotkey crate polls its X11 connection every 50 ms, which costs up to
//! 50 ms per press and 20 wake-ups a second when idle.)

use rccontrol::hotkeys::HotkeyRole;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use x11rb::connection::Connection as _;
use x11rb::errors::ReplyError;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{ConnectionExt as _, GrabMode, KeyButMask, ModMask};
use x11rb::rust_connection::RustConnection;

/// One grabbed binding: modifier mask and key code.
type Grab = (u16, u8);

/// The X11 hotkey backend.
pub struct X11Hotkeys {
    conn: Arc<RustConnection>,
    root: u32,
    grabs: Arc<Mutex<HashMap<Grab, HotkeyRole>>>,
}

impl std::fmt::Debug for X11Hotkeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("X11Hotkeys")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

/// Lock-type modifiers that must not change what a binding means: Caps Lock,
/// Num Lock (Mod2) and both. Each binding is grabbed once per combination.
const LOCK_VARIANTS: [u16; 4] = [0, 2, 16, 18];
/// The modifiers a binding is made of (Shift, Ctrl, Alt=Mod1, Super=Mod4).
const RELEVANT: u16 = 1 | 4 | 8 | 64;

impl X11Hotkeys {
    /// Connects to the X display and starts the event thread; `on_press` runs
    /// on that thread for every key press of a grabbed binding.
    pub fn start(on_press: impl Fn(HotkeyRole) + Send + 'static) -> Result<Self, String> {
        let (conn, screen) = x11rb::connect(None).map_err(|e| format!("no X display: {e}"))?;
        let root = conn.setup().roots[screen].root;
        let conn = Arc::new(conn);
        let grabs: Arc<Mutex<HashMap<Grab, HotkeyRole>>> = Arc::default();
        let (thread_conn, thread_grabs) = (conn.clone(), grabs.clone());
        std::thread::Builder::new()
            .name("x11-hotkeys".into())
            .spawn(move || {
                // Blocks until the X server sends something: no polling.
                while let Ok(event) = thread_conn.wait_for_event() {
                    if let Event::KeyPress(press) = event {
                        let mods = u16::from(press.state) & RELEVANT;
                        let role = thread_grabs
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .get(&(mods, press.detail))
                            .copied();
                        if let Some(role) = role {
                            on_press(role);
                        }
                    }
                }
                tracing::warn!("the X11 hotkey connection closed");
            })
            .map_err(|e| e.to_string())?;
        Ok(Self { conn, root, grabs })
    }

    /// Grabs `binding` (normalized, e.g. `Ctrl+Alt+P`, `MediaPause`) for `role`.
    pub fn register(&self, binding: &str, role: HotkeyRole) -> Result<(), String> {
        let (mods, keysym) = parse(binding).ok_or_else(|| format!("{binding} has no X11 key"))?;
        let codes = self.keycodes(keysym)?;
        if codes.is_empty() {
            return Err(format!("{binding}: this keyboard has no such key"));
        }
        let mut done: Vec<Grab> = Vec::new();
        for (code, level) in codes {
            let mods = mods | level;
            for lock in LOCK_VARIANTS {
                let grab = self
                    .conn
                    .grab_key(
                        false,
                        self.root,
                        ModMask::from(mods | lock),
                        code,
                        GrabMode::ASYNC,
                        GrabMode::ASYNC,
                    )
                    .map_err(|e| e.to_string())?
                    .check();
                if let Err(e) = grab {
                    for (m, c) in done {
                        let _ = self.conn.ungrab_key(c, self.root, ModMask::from(m));
                    }
                    let _ = self.conn.flush();
                    return Err(match e {
                        ReplyError::X11Error(x)
                            if x.error_kind == x11rb::protocol::ErrorKind::Access =>
                        {
                            "already registered by another application".into()
                        }
                        other => other.to_string(),
                    });
                }
                done.push((mods | lock, code));
            }
            self.grabs
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert((mods, code), role);
        }
        Ok(())
    }

    /// Releases every grab.
    pub fn unregister_all(&self) {
        let grabs: Vec<Grab> = self
            .grabs
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain()
            .map(|(g, _)| g)
            .collect();
        for (mods, code) in grabs {
            for lock in LOCK_VARIANTS {
                let _ = self
                    .conn
                    .ungrab_key(code, self.root, ModMask::from(mods | lock));
            }
        }
        let _ = self.conn.flush();
    }

    /// Every (key code, extra modifier) that produces `keysym`: its first level
    /// as is, its second level with Shift (a Play key whose Shift level is Pause
    /// gives Pause only with Shift).
    fn keycodes(&self, keysym: u32) -> Result<Vec<(u8, u16)>, String> {
        let setup = self.conn.setup();
        let (min, max) = (setup.min_keycode, setup.max_keycode);
        let map = self
            .conn
            .get_keyboard_mapping(min, max - min + 1)
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?;
        let per = usize::from(map.keysyms_per_keycode).max(1);
        let shift = u16::from(KeyButMask::SHIFT);
        let mut out = Vec::new();
        for (i, syms) in map.keysyms.chunks(per).enumerate() {
            let Some(code) = u8::try_from(i).ok().map(|i| min + i) else {
                continue;
            };
            if syms.first() == Some(&keysym) {
                out.push((code, 0));
            } else if syms.get(1) == Some(&keysym) {
                out.push((code, shift));
            }
        }
        Ok(out)
    }
}

/// A normalized binding → (X modifier mask, keysym).
fn parse(binding: &str) -> Option<(u16, u32)> {
    let mut mods = 0u16;
    let mut keysym = None;
    for part in binding.split('+') {
        match part {
            "Ctrl" => mods |= u16::from(KeyButMask::CONTROL),
            "Shift" => mods |= u16::from(KeyButMask::SHIFT),
            "Alt" => mods |= u16::from(KeyButMask::MOD1),
            "Super" => mods |= u16::from(KeyButMask::MOD4),
            key => keysym = keysym_of(key),
        }
    }
    keysym.map(|k| (mods, k))
}

fn keysym_of(key: &str) -> Option<u32> {
    let mut chars = key.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_ascii_uppercase() {
            return Some(u32::from(c.to_ascii_lowercase()));
        }
        if c.is_ascii_digit() {
            return Some(u32::from(c));
        }
    }
    if let Some(n) = key.strip_prefix('F').and_then(|n| n.parse::<u32>().ok()) {
        return (1..=24).contains(&n).then(|| 0xffbe + n - 1);
    }
    Some(match key {
        "MediaPlay" => 0x1008_ff14,
        "MediaPause" => 0x1008_ff31,
        "MediaStop" => 0x1008_ff15,
        "MediaTrackNext" => 0x1008_ff17,
        "MediaTrackPrevious" => 0x1008_ff16,
        "AudioVolumeMute" => 0x1008_ff12,
        "AudioVolumeUp" => 0x1008_ff13,
        "AudioVolumeDown" => 0x1008_ff11,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_map_to_x11() {
        assert_eq!(parse("Ctrl+Alt+P"), Some((4 | 8, 0x70)));
        assert_eq!(parse("Super+F9"), Some((64, 0xffc6)));
        assert_eq!(parse("Shift+Ctrl+7"), Some((1 | 4, 0x37)));
        assert_eq!(parse("MediaPause"), Some((0, 0x1008_ff31)));
        assert_eq!(parse("MediaPlayPause"), None);
    }
}
