//! A scan for a secret in every form a program could write it in, over every
//! file under some folders (none skipped in silence) and captured outputs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The secret's forms searched for, by name.
#[derive(Debug, Clone)]
pub struct LeakScan {
    forms: Vec<(String, Vec<u8>)>,
}

/// What a scan read and found.
#[derive(Debug, Default)]
pub struct Report {
    /// Regular files read from disk.
    pub files: Vec<PathBuf>,
    /// Symbolic links whose target text was searched (never followed).
    pub links: usize,
    /// Sockets and pipes: no content on disk.
    pub special: usize,
    /// Captured outputs searched (logs, command output, page source…).
    pub outputs: Vec<String>,
    /// Bytes searched, files and outputs together.
    pub bytes: u64,
    /// `where contains form` for every occurrence.
    pub hits: Vec<String>,
    /// Files or folders that could not be read: a scan with any is incomplete.
    pub unreadable: Vec<String>,
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            }
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

impl LeakScan {
    /// The forms of an 8x8 action token: as is, in UTF-16 (little and big
    /// endian: WebKit's storage keeps strings so), and the HTTP Basic
    /// credentials `tenant:token` in base64 (as sent, and in UTF-16LE).
    pub fn for_token(tenant: &str, token: &str) -> Self {
        use base64::Engine as _;
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{tenant}:{token}"));
        Self {
            forms: vec![
                ("the token".into(), token.as_bytes().to_vec()),
                ("the token in UTF-16LE".into(), utf16(token, true)),
                ("the token in UTF-16BE".into(), utf16(token, false)),
                ("base64(tenant:token)".into(), basic.as_bytes().to_vec()),
                (
                    "base64(tenant:token) in UTF-16LE".into(),
                    utf16(&basic, true),
                ),
            ],
        }
    }

    /// The same scan also looking for another secret, `name`, as is and in
    /// UTF-16 (little and big endian): e.g. the Event Streaming credential,
    /// which is sent as it is (the `X-API-Key` header).
    pub fn with_secret(mut self, name: &str, secret: &str) -> Self {
        self.forms
            .push((name.to_owned(), secret.as_bytes().to_vec()));
        self.forms
            .push((format!("{name} in UTF-16LE"), utf16(secret, true)));
        self.forms
            .push((format!("{name} in UTF-16BE"), utf16(secret, false)));
        self
    }

    fn search(&self, place: &str, data: &[u8], report: &mut Report) {
        report.bytes += data.len() as u64;
        for (name, form) in &self.forms {
            if contains(data, form) {
                report.hits.push(format!("{place} contains {name}"));
            }
        }
    }

    /// Searches every file under `root` (recursively). Symbolic links are not
    /// followed: their target text is searched. A missing `root` is read as
    /// empty; anything else that cannot be read is listed in `unreadable`.
    pub fn scan_dir(&self, root: &Path, report: &mut Report) {
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) if dir == root && e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => {
                    report.unreadable.push(format!("{}: {e}", dir.display()));
                    continue;
                }
            };
            for entry in entries {
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(e) => {
                        report
                            .unreadable
                            .push(format!("an entry of {}: {e}", dir.display()));
                        continue;
                    }
                };
                let path = entry.path();
                let kind = match entry.file_type() {
                    Ok(kind) => kind,
                    Err(e) => {
                        report.unreadable.push(format!("{}: {e}", path.display()));
                        continue;
                    }
                };
                if kind.is_dir() {
                    stack.push(path);
                } else if kind.is_symlink() {
                    match std::fs::read_link(&path) {
                        Ok(target) => {
                            report.links += 1;
                            let text = target.to_string_lossy().into_owned();
                            self.search(&path.display().to_string(), text.as_bytes(), report);
                        }
                        Err(e) => report.unreadable.push(format!("{}: {e}", path.display())),
                    }
                } else if kind.is_file() {
                    match std::fs::read(&path) {
                        Ok(data) => {
                            self.search(&path.display().to_string(), &data, report);
                            report.files.push(path);
                        }
                        Err(e) => report.unreadable.push(format!("{}: {e}", path.display())),
                    }
                } else {
                    report.special += 1;
                }
            }
        }
    }

    /// Searches one captured output.
    pub fn scan_text(&self, name: &str, text: &str, report: &mut Report) {
        self.search(name, text.as_bytes(), report);
        report.outputs.push(name.to_owned());
    }
}

impl Report {
    /// Whether the scan read `file`.
    pub fn read(&self, file: &Path) -> bool {
        self.files.iter().any(|f| f == file)
    }

    /// Files read under `dir`.
    pub fn files_under(&self, dir: &Path) -> usize {
        self.files.iter().filter(|f| f.starts_with(dir)).count()
    }

    /// One line of figures, for the test's output.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let _ = write!(
            s,
            "{} files, {} links, {} sockets/pipes, {} outputs, {} bytes; {} occurrence(s), {} unreadable",
            self.files.len(),
            self.links,
            self.special,
            self.outputs.len(),
            self.bytes,
            self.hits.len(),
            self.unreadable.len()
        );
        s
    }

    /// Panics unless the scan read everything and found nothing.
    pub fn assert_clean(&self) {
        assert!(
            self.unreadable.is_empty(),
            "the leak scan could not read everything: {:#?}",
            self.unreadable
        );
        assert!(self.hits.is_empty(), "a secret leaked: {:#?}", self.hits);
    }
}
