//! Windows: the same policy from the registry, Group Policy's native place:
//! `HKLM\SOFTWARE\Policies\RecordingControl`, one value per managed-file key,
//! named like it. Only administrators can write below `HKLM\SOFTWARE\Policies`.
//!
//! | managed.toml | registry value |
//! |---|---|
//! | string (`cluster`, `tenant`, `proxy`…) | `REG_SZ` (or `REG_EXPAND_SZ`, not expanded) |
//! | number (`max_pause_secs`…) | `REG_DWORD` |
//! | `true`/`false` (`badge`, `deep_link`…) | `REG_DWORD` 1 / 0 |
//! | list (`lock`, `allowed_custom_hosts`) | `REG_MULTI_SZ` |
//! | table or table list (`hotkeys`, `auto_pause`) | `REG_SZ` holding the TOML value, e.g. `{ pause = "Ctrl+Alt+P" }` |
//!
//! When the key exists it is the policy and `managed.toml` is not read: one
//! source, the one Group Policy manages. Anything else (another value type,
//! a bad TOML value, an unknown name) makes the whole policy malformed, named,
//! as a bad file does.

use super::Policy;
use std::path::Path;
use toml::{Table, Value};
use windows_registry::{LOCAL_MACHINE, Type};

/// The policy key below `HKEY_LOCAL_MACHINE`.
pub const POLICY_KEY: &str = r"SOFTWARE\Policies\RecordingControl";

/// `HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)`: the key does not exist.
const NOT_FOUND: i32 = 0x8007_0002_u32 as i32;

/// Keys whose value is `true`/`false` (a DWORD in the registry).
const BOOLEANS: [&str; 5] = [
    "allow_custom_host",
    "deep_link",
    "link_pause_confirm",
    "badge",
    "live_state",
];

/// Keys whose value is a TOML table or array of tables (a REG_SZ of TOML).
const TOML_VALUES: [&str; 2] = ["hotkeys", "auto_pause"];

/// The policy in `HKLM\{key}`, or `None` when the key does not exist.
pub(super) fn load(key: &str) -> Option<Policy> {
    let shown = format!(r"HKLM\{key}");
    let opened = match LOCAL_MACHINE.open(key) {
        Ok(k) => k,
        Err(e) if e.code().0 == NOT_FOUND => return None,
        Err(e) => {
            return Some(Policy::unreadable(Path::new(&shown), &e.message()));
        }
    };
    let table = match read_values(&opened) {
        Ok(t) => t,
        Err(problem) => return Some(Policy::unreadable(Path::new(&shown), &problem)),
    };
    let text = toml::to_string(&table).unwrap_or_default();
    Some(Policy::parse(Path::new(&shown), &text))
}

/// Every value of `key` as the managed file's table.
fn read_values(key: &windows_registry::Key) -> Result<Table, String> {
    let mut table = Table::new();
    let values = key.values().map_err(|e| e.message())?;
    for (name, value) in values {
        let converted = convert(&name, value.ty(), value)?;
        table.insert(name, converted);
    }
    Ok(table)
}

/// One registry value as the TOML value its managed-file key takes.
fn convert(name: &str, ty: Type, value: windows_registry::Value) -> Result<Value, String> {
    let wrong = |what: &str| format!("{name}: {what}");
    match ty {
        Type::U32 => {
            let n = u32::try_from(value).map_err(|e| wrong(&e.message()))?;
            if BOOLEANS.contains(&name) {
                match n {
                    0 => Ok(Value::Boolean(false)),
                    1 => Ok(Value::Boolean(true)),
                    _ => Err(wrong("a REG_DWORD of 0 or 1 is allowed")),
                }
            } else {
                Ok(Value::Integer(i64::from(n)))
            }
        }
        Type::String | Type::ExpandString => {
            let text = String::try_from(value).map_err(|e| wrong(&e.message()))?;
            if TOML_VALUES.contains(&name) {
                let parsed: Table = toml::from_str(&format!("v = {text}"))
                    .map_err(|e| wrong(&format!("not a TOML value: {}", e.message())))?;
                parsed
                    .get("v")
                    .cloned()
                    .ok_or_else(|| wrong("not a TOML value"))
            } else {
                Ok(Value::String(text))
            }
        }
        Type::MultiString => {
            let list = Vec::<String>::try_from(value).map_err(|e| wrong(&e.message()))?;
            // The list's terminator can come back as an empty last entry;
            // regedit cannot write empty entries, so none is meant.
            Ok(Value::Array(
                list.into_iter()
                    .filter(|s| !s.is_empty())
                    .map(Value::String)
                    .collect(),
            ))
        }
        other => Err(wrong(&format!(
            "a {other:?} value is not allowed (REG_SZ, REG_EXPAND_SZ, REG_DWORD or REG_MULTI_SZ)"
        ))),
    }
}

#[cfg(test)]
mod tests;
