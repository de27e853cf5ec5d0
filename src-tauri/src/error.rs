//! The app's typed error, serialized as `{kind, message, fields}` across IPC.

use rccontrol::FieldError;
use rccontrol::{Localizer, tr};
use serde::Serialize;

/// Everything a command or a shell surface can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not configured (and not in demo mode).
    #[error("{0}")]
    NotConfigured(String),
    /// Settings rejected; each field says why.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// Keychain problem.
    #[error("{0}")]
    Keychain(String),
    /// Demo could not start.
    #[error("the demo could not start: {0}")]
    Demo(String),
    /// Start-at-login could not be changed.
    #[error("start at login: {0}")]
    Autostart(String),
    /// A repeated press dropped by the press throttle (nothing was sent).
    #[error(transparent)]
    Throttled(#[from] rccontrol::throttle::Throttled),
    /// The controller stopped (the app is quitting).
    #[error("the app is shutting down")]
    Stopped,
    /// The settings window asked for a call this app does not know.
    #[error("the settings window asked for an unknown call {0:?}")]
    UnknownCall(String),
    /// The settings window sent a call with an argument of the wrong shape.
    #[error("bad argument from the settings window: {field}: {problem}")]
    BadArgument {
        /// The argument's path as the page names it (`allowCustomHost`, `form.hotkeys`).
        field: String,
        /// What is wrong with it (serde's words).
        problem: String,
    },
    /// The settings file could not be read or written.
    #[error("the settings file: {0}")]
    SettingsFile(String),
    /// The titles of the open windows could not be read (rules preview).
    #[error("window titles: {0}")]
    WindowTitles(String),
    /// The audit log could not be read.
    #[error("reading the audit log: {0}")]
    AuditRead(String),
    /// No Downloads or home folder to export to.
    #[error("no Downloads or home folder to write to")]
    NoDownloads,
    /// A file could not be written.
    #[error("writing {path}: {detail}")]
    Write {
        /// The file.
        path: String,
        /// The OS's reason.
        detail: String,
    },
    /// A tray icon could not be decoded.
    #[error("tray icon {name}: {detail}")]
    Icon {
        /// The icon's name.
        name: String,
        /// The decoder's reason.
        detail: String,
    },
    /// The tray icon or its menu failed.
    #[error("tray: {0}")]
    Tray(String),
    /// An answer could not be encoded (a bug).
    #[error("answer not serializable: {0}")]
    Internal(String),
    /// An answer too large for a window session line.
    #[error("the answer was too large to show")]
    TooLarge,
    /// Relay mode: the enrollment did not complete (the relay refused the
    /// code, or could not be reached). Never holds the code or a key.
    #[error("relay: {0}")]
    Relay(String),
}

/// An error's machine-readable kind, stable on the wire (snake_case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UiErrorKind {
    /// [`AppError::NotConfigured`].
    NotConfigured,
    /// [`AppError::Invalid`].
    InvalidSettings,
    /// [`AppError::Keychain`].
    Keychain,
    /// [`AppError::Demo`].
    Demo,
    /// [`AppError::Autostart`].
    Autostart,
    /// [`AppError::Throttled`].
    Throttled,
    /// [`AppError::Stopped`].
    Stopped,
    /// [`AppError::UnknownCall`].
    UnknownCall,
    /// [`AppError::BadArgument`].
    BadArgument,
    /// [`AppError::SettingsFile`].
    SettingsFile,
    /// [`AppError::WindowTitles`].
    WindowTitles,
    /// [`AppError::AuditRead`].
    AuditRead,
    /// [`AppError::NoDownloads`].
    NoDownloads,
    /// [`AppError::Write`].
    Write,
    /// [`AppError::Icon`].
    Icon,
    /// [`AppError::Tray`].
    Tray,
    /// [`AppError::Internal`].
    Internal,
    /// [`AppError::TooLarge`].
    TooLarge,
    /// [`AppError::Relay`].
    Relay,
}

impl UiErrorKind {
    /// The kind's wire name (what serde writes).
    pub fn as_str(self) -> &'static str {
        match self {
            UiErrorKind::NotConfigured => "not_configured",
            UiErrorKind::InvalidSettings => "invalid_settings",
            UiErrorKind::Keychain => "keychain",
            UiErrorKind::Demo => "demo",
            UiErrorKind::Autostart => "autostart",
            UiErrorKind::Throttled => "throttled",
            UiErrorKind::Stopped => "stopped",
            UiErrorKind::UnknownCall => "unknown_call",
            UiErrorKind::BadArgument => "bad_argument",
            UiErrorKind::SettingsFile => "settings_file",
            UiErrorKind::WindowTitles => "window_titles",
            UiErrorKind::AuditRead => "audit_read",
            UiErrorKind::NoDownloads => "no_downloads",
            UiErrorKind::Write => "write",
            UiErrorKind::Icon => "icon",
            UiErrorKind::Tray => "tray",
            UiErrorKind::Internal => "internal",
            UiErrorKind::TooLarge => "too_large",
            UiErrorKind::Relay => "relay",
        }
    }
}

impl AppError {
    /// Machine-readable kind.
    pub fn kind(&self) -> UiErrorKind {
        match self {
            AppError::NotConfigured(_) => UiErrorKind::NotConfigured,
            AppError::Invalid(_) => UiErrorKind::InvalidSettings,
            AppError::Keychain(_) => UiErrorKind::Keychain,
            AppError::Demo(_) => UiErrorKind::Demo,
            AppError::Autostart(_) => UiErrorKind::Autostart,
            AppError::Throttled(_) => UiErrorKind::Throttled,
            AppError::Stopped => UiErrorKind::Stopped,
            AppError::UnknownCall(_) => UiErrorKind::UnknownCall,
            AppError::BadArgument { .. } => UiErrorKind::BadArgument,
            AppError::SettingsFile(_) => UiErrorKind::SettingsFile,
            AppError::WindowTitles(_) => UiErrorKind::WindowTitles,
            AppError::AuditRead(_) => UiErrorKind::AuditRead,
            AppError::NoDownloads => UiErrorKind::NoDownloads,
            AppError::Write { .. } => UiErrorKind::Write,
            AppError::Icon { .. } => UiErrorKind::Icon,
            AppError::Tray(_) => UiErrorKind::Tray,
            AppError::Internal(_) => UiErrorKind::Internal,
            AppError::TooLarge => UiErrorKind::TooLarge,
            AppError::Relay(_) => UiErrorKind::Relay,
        }
    }
}

impl From<rccontrol::configure::ApplyError> for AppError {
    fn from(e: rccontrol::configure::ApplyError) -> Self {
        let fields = e.fields();
        if !fields.is_empty() {
            return AppError::Invalid(fields);
        }
        match e {
            rccontrol::configure::ApplyError::Token(t) => AppError::Keychain(t.to_string()),
            other => AppError::SettingsFile(other.to_string()),
        }
    }
}

/// An error as it crosses IPC, said in the agent's language:
/// `{kind, message, fields: [{field, problem}]}`.
#[derive(Debug, Serialize)]
pub struct UiError {
    kind: UiErrorKind,
    message: String,
    fields: Vec<UiField>,
}

/// One refused field of a [`UiError`].
#[derive(Debug, Serialize)]
struct UiField {
    field: &'static str,
    problem: String,
}

impl AppError {
    /// The error for the page, in `l`'s language.
    pub fn for_ui(&self, l: &Localizer) -> UiError {
        let fields = match self {
            AppError::Invalid(f) => f
                .iter()
                .map(|e| UiField {
                    field: e.field,
                    problem: e.problem.render(l),
                })
                .collect(),
            _ => Vec::new(),
        };
        UiError {
            kind: self.kind(),
            message: localized(self, l),
            fields,
        }
    }
}

/// Says `e` in `l`'s language (technical details stay as the OS gave them).
pub fn localized(e: &AppError, l: &Localizer) -> String {
    match e {
        AppError::Invalid(f) => f
            .iter()
            .map(|e| e.localized(l))
            .collect::<Vec<_>>()
            .join("; "),
        AppError::Throttled(t) => t.localized(l),
        AppError::Stopped => tr!(l, "shutting-down"),
        AppError::Demo(detail) => format!("{}: {detail}", tr!(l, "demo-failed")),
        AppError::Autostart(detail) => format!("{}: {detail}", tr!(l, "autostart-failed")),
        AppError::NotConfigured(reason) => reason.clone(),
        AppError::Keychain(m) => m.clone(),
        AppError::UnknownCall(call) => tr!(l, "error-unknown-call", call = call),
        AppError::BadArgument { field, problem } => {
            tr!(l, "error-bad-argument", field = field, problem = problem)
        }
        AppError::SettingsFile(detail) => tr!(l, "error-settings-file", detail = detail),
        AppError::WindowTitles(detail) => tr!(l, "error-window-titles", detail = detail),
        AppError::AuditRead(detail) => tr!(l, "error-audit-read", detail = detail),
        AppError::NoDownloads => tr!(l, "error-no-downloads"),
        AppError::Write { path, detail } => tr!(l, "error-write", path = path, detail = detail),
        AppError::Icon { name, detail } => tr!(l, "error-icon", name = name, detail = detail),
        AppError::Tray(detail) => tr!(l, "error-tray", detail = detail),
        AppError::Internal(detail) => tr!(l, "error-internal", detail = detail),
        AppError::TooLarge => tr!(l, "error-too-large"),
        AppError::Relay(detail) => tr!(l, "error-relay", detail = detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_error() -> Vec<AppError> {
        vec![
            AppError::NotConfigured("Not configured".into()),
            AppError::Invalid(vec![
                rccontrol::validate::field("cluster", "no such cluster!", false).unwrap_err(),
            ]),
            AppError::Keychain("locked".into()),
            AppError::Demo("port".into()),
            AppError::Autostart("denied".into()),
            AppError::Stopped,
            AppError::UnknownCall("launch_rockets".into()),
            AppError::BadArgument {
                field: "allowCustomHost".into(),
                problem: "invalid type: string \"x\", expected a boolean".into(),
            },
            AppError::SettingsFile("read-only".into()),
            AppError::WindowTitles("no display".into()),
            AppError::AuditRead("denied".into()),
            AppError::NoDownloads,
            AppError::Write {
                path: "/x/audit.csv".into(),
                detail: "disk full".into(),
            },
            AppError::Icon {
                name: "paused".into(),
                detail: "truncated".into(),
            },
            AppError::Tray("no watcher".into()),
            AppError::Internal("key must be a string".into()),
            AppError::TooLarge,
            AppError::Relay("the relay refused (enrollment_refused): unknown, used or expired code".into()),
        ]
    }

    #[test]
    fn kinds_keep_their_wire_names() {
        for e in every_error() {
            let kind = e.kind();
            let wire = serde_json::to_value(kind).unwrap();
            assert_eq!(wire, kind.as_str(), "{e:?}");
            let ui = serde_json::to_value(e.for_ui(&Localizer::english())).unwrap();
            assert_eq!(ui["kind"], kind.as_str());
        }
        // The page and the tests compare these.
        let names: Vec<&str> = every_error().iter().map(|e| e.kind().as_str()).collect();
        for kept in [
            "not_configured",
            "invalid_settings",
            "keychain",
            "demo",
            "autostart",
            "stopped",
        ] {
            assert!(names.contains(&kept), "{kept}");
        }
        assert_eq!(UiErrorKind::Throttled.as_str(), "throttled");
    }

    #[test]
    fn every_message_is_localized_with_its_details() {
        let en = Localizer::english();
        for tag in rccontrol::i18n::LOCALES.iter().map(|x| x.tag) {
            let l = Localizer::new(tag);
            for e in every_error() {
                let said = localized(&e, &l);
                assert!(!said.trim().is_empty(), "{tag}: {e:?}");
                assert!(
                    !said.starts_with("error "),
                    "{tag}: {e:?} has no message: {said}"
                );
                let passed_through = matches!(
                    e,
                    AppError::NotConfigured(_) | AppError::Keychain(_) | AppError::Invalid(_)
                );
                if tag != en.tag() && !passed_through {
                    assert_ne!(said, localized(&e, &en), "{tag}: {e:?} is not translated");
                }
            }
        }
        let bad = AppError::BadArgument {
            field: "allowCustomHost".into(),
            problem: "invalid type: string \"x\", expected a boolean".into(),
        };
        assert!(localized(&bad, &en).contains("allowCustomHost"));
        assert!(localized(&AppError::UnknownCall("zap".into()), &en).contains("zap"));
    }
}
