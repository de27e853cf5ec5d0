//! The catalogs are complete: every language has every English message, with
//! no placeholder English lacks, parses cleanly, formats without errors, is
//! really translated; and every message id the code or the page uses exists.

use fluent_syntax::ast;
use fluent_syntax::parser;
use rccontrol_i18n::{Arg, FILES, LOCALES, Localizer, SOURCE_LOCALE, message_ids, source};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Message (and `message.attribute`) → the variables it references.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expression(expression, out);
        }
    }
}

fn vars_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => vars_in_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => vars_in_call(arguments, out),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => vars_in_call(arguments, out),
        _ => {}
    }
}

fn vars_in_call(c: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for a in &c.positional {
        vars_in_inline(a, out);
    }
    for a in &c.named {
        vars_in_inline(&a.value, out);
    }
}

/// The messages of one file, or its syntax errors (with line numbers).
fn shape(tag: &str, file: &str) -> Result<Shape, String> {
    let text = source(tag, file).ok_or_else(|| format!("{tag}/{file} is not compiled in"))?;
    let res = parser::parse(text).map_err(|(_, errors)| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| {
                let line = text[..e.pos.start.min(text.len())].lines().count();
                format!("line {line}: {:?}", e.kind)
            })
            .collect();
        format!("{tag}/{file} has syntax errors: {}", lines.join(", "))
    })?;
    let mut shape = Shape::new();
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                vars_in_pattern(v, &mut vars);
            }
            assert!(
                shape.insert(m.id.name.to_owned(), vars).is_none(),
                "{tag}/{file}: message {} is defined twice",
                m.id.name
            );
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                vars_in_pattern(&a.value, &mut vars);
                shape.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    Ok(shape)
}

#[test]
fn every_language_has_every_english_message_and_no_foreign_placeholder() {
    let mut problems = Vec::new();
    for file in FILES {
        let english = shape(SOURCE_LOCALE, file).unwrap_or_else(|e| panic!("{e}"));
        assert!(!english.is_empty(), "en-US/{file} is empty");
        for locale in LOCALES.iter().filter(|l| l.tag != SOURCE_LOCALE) {
            let other = match shape(locale.tag, file) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            for (id, vars) in &english {
                match other.get(id) {
                    None => problems.push(format!("{}/{file}: lacks {id}", locale.tag)),
                    Some(theirs) => {
                        for v in theirs.difference(vars) {
                            problems.push(format!(
                                "{}/{file}: {id} uses ${v}, which English does not",
                                locale.tag
                            ));
                        }
                    }
                }
            }
            for id in other.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!(
                    "{}/{file}: {id} is not an English message",
                    locale.tag
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let mut problems = Vec::new();
    for file in FILES {
        let english = shape(SOURCE_LOCALE, file).unwrap_or_else(|e| panic!("{e}"));
        for locale in LOCALES {
            let l = Localizer::new(locale.tag);
            for (id, vars) in english.iter().filter(|(id, _)| !id.contains('.')) {
                for value in [Arg::from("x"), Arg::from(2_u32)] {
                    let args: Vec<(&str, Arg<'_>)> =
                        vars.iter().map(|v| (v.as_str(), value.clone())).collect();
                    let text = l.format(id, &args);
                    if text.trim().is_empty() || text.contains("{$") || text.contains("{-") {
                        problems.push(format!("{}/{file}: {id} formats as {text:?}", locale.tag));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn translations_are_not_copies_of_english() {
    let english = Localizer::english();
    for locale in LOCALES.iter().filter(|l| l.tag != SOURCE_LOCALE) {
        let l = Localizer::new(locale.tag);
        let (mut same, mut total) = (0, 0);
        for file in FILES {
            for id in message_ids(SOURCE_LOCALE, file) {
                total += 1;
                if l.text(&id) == english.text(&id) {
                    same += 1;
                }
            }
        }
        // Product names, "DEMO", key names and commands may stay as they are.
        assert!(
            same * 100 <= total * 12,
            "{}: {same} of {total} messages are identical to English",
            locale.tag
        );
    }
}

fn workspace() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if !p.ends_with("target") && !p.ends_with("node_modules") {
                files_under(&p, ext, out);
            }
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

#[test]
fn every_id_the_code_and_the_page_use_exists_in_english() {
    let english: BTreeSet<String> = FILES
        .iter()
        .flat_map(|f| message_ids(SOURCE_LOCALE, f))
        .collect();
    let root = workspace();
    let mut sources = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        files_under(&root.join(dir), "rs", &mut sources);
    }
    for ext in ["html", "js"] {
        files_under(&root.join("ui"), ext, &mut sources);
    }
    let uses = [
        regex::Regex::new(r#"tr!\(\s*[^,]+,\s*"([a-z0-9-]+)""#).unwrap(),
        regex::Regex::new(r#"\.(?:text|format)\(\s*"([a-z0-9-]+)""#).unwrap(),
        regex::Regex::new(r#"data-i18n(?:-[a-z]+)*="([a-z0-9-]+)""#).unwrap(),
        regex::Regex::new(r#"\bt\(\s*['"]([a-z0-9-]+)['"]"#).unwrap(),
        regex::Regex::new(r#"msg!\(\s*"([a-z0-9-]+)""#).unwrap(),
    ];
    let mut missing = BTreeSet::new();
    let mut used = 0;
    for path in &sources {
        let relative = path.strip_prefix(&root).unwrap_or(path);
        if relative
            .components()
            .any(|c| c.as_os_str() == "rccontrol-i18n")
        {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        for re in &uses {
            for c in re.captures_iter(&text) {
                used += 1;
                if !english.contains(&c[1]) {
                    missing.insert(format!("{}: {}", path.display(), &c[1]));
                }
            }
        }
    }
    assert!(
        used > 0,
        "no message use found in the sources: the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "ids used but not in en-US:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn an_unshipped_language_is_english_not_raw_ids() {
    let any_id = message_ids(SOURCE_LOCALE, "core.ftl")
        .into_iter()
        .next()
        .unwrap();
    let english = Localizer::english().text(&any_id);
    assert_eq!(Localizer::new("ja-JP").text(&any_id), english);
    assert_eq!(Localizer::new("ja-JP").tag(), "en-US");
    assert_ne!(english, any_id);
}

#[test]
fn the_pages_english_markup_is_the_english_catalog() {
    // index.html carries English as its markup (shown only if the app could
    // not send the texts): it must say exactly what en-US/window.ftl says.
    let html = std::fs::read_to_string(workspace().join("ui/index.html")).unwrap();
    let english = Localizer::english();
    let element = regex::Regex::new(r#"data-i18n="([a-z0-9-]+)"[^>]*>([^<]*)<"#).unwrap();
    let squash = |s: &str| {
        s.replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", "\u{a0}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut checked = 0;
    let mut differ = Vec::new();
    for c in element.captures_iter(&html) {
        let (id, markup) = (&c[1], squash(&c[2]));
        if markup.is_empty() {
            continue;
        }
        checked += 1;
        let catalog = squash(&english.text(id));
        if markup != catalog {
            differ.push(format!("{id}: page {markup:?} ≠ catalog {catalog:?}"));
        }
    }
    assert!(
        checked > 20,
        "only {checked} marked elements found: the scan is broken"
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
