//! Hotkey bindings as the agent configures them ("Ctrl+Alt+P", "MediaPause"):
//! syntax, normalization and platform support, without any GUI dependency.

use crate::field_error::FieldError;
use serde::{Deserialize, Serialize};

/// Default Pause binding.
pub const DEFAULT_PAUSE: &str = "Ctrl+Alt+P";
/// Default Resume binding.
pub const DEFAULT_RESUME: &str = "Ctrl+Alt+R";

/// Media keys that can be bound alone (headset buttons often send them).
pub const MEDIA_KEYS: [&str; 10] = [
    "MediaPlay",
    "MediaPause",
    "MediaStop",
    "MediaTrackNext",
    "MediaTrackPrevious",
    "MediaPlayPause",
    "AudioVolumeMute",
    "AudioVolumeUp",
    "AudioVolumeDown",
    "F13",
];

/// How global-hotkey 0.8.0 registers each key of [`MEDIA_KEYS`] on Windows:
/// the virtual-key code `key_to_vk` (global-hotkey-0.8.0,
/// `src/platform_impl/windows/mod.rs`) gives `RegisterHotKey`. `MediaPlay` and
/// `MediaPause` become `VK_PLAY` (an old keyboard's Play key) and `VK_PAUSE`
/// (Pause/Break): not what a headset sends. Checked against that source by
/// `tests/tests/media_keys.rs`.
pub const WINDOWS_VIRTUAL_KEYS: [(&str, &str, u16); 10] = [
    ("MediaPlay", "VK_PLAY", 0xFA),
    ("MediaPause", "VK_PAUSE", 0x13),
    ("MediaStop", "VK_MEDIA_STOP", 0xB2),
    ("MediaTrackNext", "VK_MEDIA_NEXT_TRACK", 0xB0),
    ("MediaTrackPrevious", "VK_MEDIA_PREV_TRACK", 0xB1),
    ("MediaPlayPause", "VK_MEDIA_PLAY_PAUSE", 0xB3),
    ("AudioVolumeMute", "VK_VOLUME_MUTE", 0xAD),
    ("AudioVolumeUp", "VK_VOLUME_UP", 0xAF),
    ("AudioVolumeDown", "VK_VOLUME_DOWN", 0xAE),
    ("F13", "VK_F13", 0x7C),
];

/// Whether `key` is registered on Windows as the key it names: a media or
/// volume virtual key (`VK_VOLUME_MUTE` 0xAD … `VK_MEDIA_PLAY_PAUSE` 0xB3), or
/// a function key (`VK_F13` … `VK_F24`).
pub fn real_key_on_windows(key: &str) -> bool {
    WINDOWS_VIRTUAL_KEYS
        .iter()
        .find(|(name, _, _)| name.eq_ignore_ascii_case(key))
        .is_some_and(|(_, _, vk)| matches!(vk, 0xAD..=0xB3 | 0x7C..=0x87))
}

/// Why a key of [`MEDIA_KEYS`] cannot be bound on some platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsupported {
    /// Linux/X11: no scancode for it (MediaPlayPause).
    X11,
    /// Windows: global-hotkey registers another key ([`WINDOWS_VIRTUAL_KEYS`]).
    NotMediaOnWindows,
}

impl Unsupported {
    /// The media keys bindable on this platform, for the refusal's "use …".
    fn allowed(self) -> String {
        MEDIA_KEYS
            .iter()
            .filter(|k| why_unsupported(k, self) != Some(self))
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn why_unsupported(key: &str, platform: Unsupported) -> Option<Unsupported> {
    let refused = match platform {
        Unsupported::X11 => key.eq_ignore_ascii_case("MediaPlayPause"),
        Unsupported::NotMediaOnWindows => {
            MEDIA_KEYS.iter().any(|m| m.eq_ignore_ascii_case(key)) && !real_key_on_windows(key)
        }
    };
    refused.then_some(platform)
}

/// Whether (and why) a media key cannot be bound on this platform (X11 has no
/// scancode for MediaPlayPause; on Windows MediaPlay and MediaPause are not
/// media keys; macOS takes them all).
pub fn unsupported_here(key: &str) -> Option<Unsupported> {
    if cfg!(target_os = "linux") {
        why_unsupported(key, Unsupported::X11)
    } else if cfg!(windows) {
        why_unsupported(key, Unsupported::NotMediaOnWindows)
    } else {
        None
    }
}

/// The refusal of `key` for `why`, naming the keys that work instead.
fn unsupported_msg(key: &str, why: Unsupported) -> crate::Msg {
    match why {
        Unsupported::X11 => crate::msg!("hotkey-unsupported", key = key),
        Unsupported::NotMediaOnWindows => crate::msg!(
            "hotkey-not-media-on-windows",
            key = key,
            keys = why.allowed()
        ),
    }
}

/// The three bindings; an empty string means "not bound".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Hotkeys {
    /// Sends pause.
    pub pause: String,
    /// Sends resume.
    pub resume: String,
    /// Sends the opposite of the believed state. Off by default: with no status
    /// query, toggling on a stale belief can do the opposite of what the agent wants.
    pub toggle: String,
}

impl Default for Hotkeys {
    fn default() -> Self {
        Self {
            pause: DEFAULT_PAUSE.into(),
            resume: DEFAULT_RESUME.into(),
            toggle: String::new(),
        }
    }
}

/// Which binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HotkeyRole {
    /// Pause.
    Pause,
    /// Resume.
    Resume,
    /// Toggle.
    Toggle,
}

impl HotkeyRole {
    /// All roles, in display order.
    pub const ALL: [HotkeyRole; 3] = [HotkeyRole::Pause, HotkeyRole::Resume, HotkeyRole::Toggle];

    /// The field name used in errors and settings.
    pub fn field(self) -> &'static str {
        match self {
            HotkeyRole::Pause => "pause hotkey",
            HotkeyRole::Resume => "resume hotkey",
            HotkeyRole::Toggle => "toggle hotkey",
        }
    }
}

impl Hotkeys {
    /// The binding for a role.
    pub fn get(&self, role: HotkeyRole) -> &str {
        match role {
            HotkeyRole::Pause => &self.pause,
            HotkeyRole::Resume => &self.resume,
            HotkeyRole::Toggle => &self.toggle,
        }
    }

    /// Normalizes every binding; refuses bad syntax and duplicates.
    pub fn validate(&self) -> Result<Hotkeys, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut out = Hotkeys {
            pause: String::new(),
            resume: String::new(),
            toggle: String::new(),
        };
        for role in HotkeyRole::ALL {
            match normalize(role.field(), self.get(role)) {
                Ok(n) => match role {
                    HotkeyRole::Pause => out.pause = n,
                    HotkeyRole::Resume => out.resume = n,
                    HotkeyRole::Toggle => out.toggle = n,
                },
                Err(e) => errors.push(e),
            }
        }
        let bound: Vec<(HotkeyRole, &str)> = HotkeyRole::ALL
            .iter()
            .map(|r| (*r, out.get(*r)))
            .filter(|(_, b)| !b.is_empty())
            .collect();
        for (i, (role, binding)) in bound.iter().enumerate() {
            if let Some((other, _)) = bound[..i].iter().find(|(_, b)| b == binding) {
                errors.push(FieldError::new(
                    role.field(),
                    crate::msg!("hotkey-taken", key = *binding, other = other.field()),
                ));
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }
}

const MODIFIERS: [(&str, &[&str]); 4] = [
    ("Ctrl", &["ctrl", "control"]),
    ("Alt", &["alt", "option"]),
    ("Shift", &["shift"]),
    ("Super", &["super", "meta", "cmd", "command", "win"]),
];

/// Normalizes one binding to `Mod+Mod+Key` (modifiers in a fixed order).
/// Letters, digits and function keys need at least one of Ctrl, Alt or Super
/// (a bare letter would swallow typing); media keys may stand alone.
pub fn normalize(field: &'static str, input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    let err = |p: crate::Msg| FieldError::new(field, p);
    let mut mods = [false; 4];
    let mut key: Option<String> = None;
    for part in value.split('+').map(str::trim) {
        let lower = part.to_ascii_lowercase();
        if let Some(i) = MODIFIERS
            .iter()
            .position(|(_, names)| names.contains(&lower.as_str()))
        {
            mods[i] = true;
            continue;
        }
        if key.is_some() {
            return Err(err(crate::msg!(
                "hotkey-two-keys",
                value = format!("{value:?}")
            )));
        }
        key =
            Some(normalize_key(part).ok_or_else(|| {
                err(crate::msg!("hotkey-unknown-key", key = format!("{part:?}")))
            })?);
    }
    let key = key.ok_or_else(|| err(crate::msg!("hotkey-no-key", value = format!("{value:?}"))))?;
    let is_media = MEDIA_KEYS.iter().any(|m| m.eq_ignore_ascii_case(&key));
    if !is_media && !mods[0] && !mods[1] && !mods[3] {
        return Err(err(crate::msg!("hotkey-bare", key = &key)));
    }
    if let Some(why) = unsupported_here(&key) {
        return Err(err(unsupported_msg(&key, why)));
    }
    let mut parts: Vec<&str> = MODIFIERS
        .iter()
        .zip(mods)
        .filter(|(_, on)| *on)
        .map(|((name, _), _)| *name)
        .collect();
    parts.push(&key);
    Ok(parts.join("+"))
}

fn normalize_key(part: &str) -> Option<String> {
    let upper = part.to_ascii_uppercase();
    let bare = upper
        .strip_prefix("KEY")
        .filter(|r| r.len() == 1)
        .unwrap_or(&upper);
    let bare = bare
        .strip_prefix("DIGIT")
        .filter(|r| r.len() == 1)
        .unwrap_or(bare);
    if bare.len() == 1 && bare.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Some(bare.to_owned());
    }
    if let Some(n) = bare.strip_prefix('F').and_then(|n| n.parse::<u8>().ok()) {
        if (1..=24).contains(&n) {
            return Some(format!("F{n}"));
        }
    }
    MEDIA_KEYS
        .iter()
        .find(|m| m.eq_ignore_ascii_case(part))
        .map(|m| (*m).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes() {
        assert_eq!(normalize("f", "alt+ctrl+p").unwrap(), "Ctrl+Alt+P");
        assert_eq!(
            normalize("f", "Control+Shift+KeyR").unwrap(),
            "Ctrl+Shift+R"
        );
        assert_eq!(normalize("f", "mediastop").unwrap(), "MediaStop");
        assert_eq!(normalize("f", "Super+F9").unwrap(), "Super+F9");
        assert_eq!(normalize("f", " ").unwrap(), "");
    }

    #[test]
    fn refuses() {
        for bad in [
            "P",
            "Shift+P",
            "Ctrl+Alt",
            "Ctrl+P+Q",
            "Ctrl+Banana",
            "Ctrl+F25",
        ] {
            let e = normalize("pause hotkey", bad).unwrap_err();
            assert_eq!(e.field, "pause hotkey", "{bad}");
        }
        if cfg!(target_os = "linux") {
            assert!(
                normalize("f", "MediaPlayPause")
                    .unwrap_err()
                    .problem
                    .english()
                    .contains("Windows and macOS")
            );
        }
    }

    #[test]
    fn on_windows_only_real_media_keys_are_offered() {
        let offered: Vec<&str> = MEDIA_KEYS
            .iter()
            .copied()
            .filter(|k| real_key_on_windows(k))
            .collect();
        assert_eq!(
            offered,
            [
                "MediaStop",
                "MediaTrackNext",
                "MediaTrackPrevious",
                "MediaPlayPause",
                "AudioVolumeMute",
                "AudioVolumeUp",
                "AudioVolumeDown",
                "F13",
            ]
        );
        // Every key offered anywhere has its Windows registration in the table.
        for key in MEDIA_KEYS {
            assert!(
                WINDOWS_VIRTUAL_KEYS.iter().any(|(k, _, _)| *k == key),
                "{key}"
            );
        }
    }

    #[test]
    fn the_windows_refusal_names_the_field_the_key_and_what_is_allowed() {
        let why = why_unsupported("mediapause", Unsupported::NotMediaOnWindows);
        assert_eq!(why, Some(Unsupported::NotMediaOnWindows));
        assert_eq!(
            why_unsupported("MediaPlayPause", Unsupported::NotMediaOnWindows),
            None
        );
        assert_eq!(
            why_unsupported("Ctrl+Alt+P", Unsupported::NotMediaOnWindows),
            None
        );
        let e = FieldError::new(
            "pause hotkey",
            unsupported_msg("MediaPause", Unsupported::NotMediaOnWindows),
        );
        let text = e.problem.english();
        assert!(
            text.contains("MediaPause") && text.contains("Pause/Break"),
            "{text}"
        );
        assert!(
            text.contains("MediaPlayPause, AudioVolumeMute, AudioVolumeUp, AudioVolumeDown, F13")
                && !text.contains("MediaPlay,"),
            "{text}"
        );
        if cfg!(windows) {
            for key in ["MediaPlay", "mediapause"] {
                let e = Hotkeys {
                    pause: key.into(),
                    ..Hotkeys::default()
                }
                .validate()
                .unwrap_err();
                assert_eq!(e[0].field, "pause hotkey");
                assert!(e[0].problem.english().contains("MediaTrackNext"), "{key}");
            }
            assert_eq!(normalize("f", "MediaPlayPause").unwrap(), "MediaPlayPause");
        }
    }

    #[test]
    fn duplicates_are_refused() {
        let h = Hotkeys {
            pause: "ctrl+alt+p".into(),
            resume: "Alt+Ctrl+P".into(),
            toggle: String::new(),
        };
        let errs = h.validate().unwrap_err();
        assert_eq!(errs[0].field, "resume hotkey");
        assert!(
            errs[0]
                .problem
                .english()
                .contains("already the pause hotkey")
        );
        assert_eq!(Hotkeys::default().validate().unwrap(), Hotkeys::default());
    }
}
