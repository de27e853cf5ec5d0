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

/// Media keys global-hotkey cannot register on this platform (X11 has no
/// scancode for MediaPlayPause; Windows and macOS do).
pub fn unsupported_here(key: &str) -> bool {
    cfg!(target_os = "linux") && key.eq_ignore_ascii_case("MediaPlayPause")
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
    if unsupported_here(&key) {
        return Err(err(crate::msg!("hotkey-unsupported", key = &key)));
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
        assert_eq!(normalize("f", "mediapause").unwrap(), "MediaPause");
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
