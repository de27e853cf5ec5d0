//! The architecture's invariants between crates (docs/architecture.md), read
//! from `cargo metadata`: each check names the invariant it enforces and, when
//! it fails, the path of dependencies that breaks it. Host-side only (it
//! runs cargo): not among the Windows test binaries run under Wine.
#![cfg(unix)]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;
use std::process::Command;

/// Crates that draw windows, trays or talk to a display: the core has none.
const GUI_CRATES: &[&str] = &[
    "tauri",
    "tao",
    "wry",
    "tray-icon",
    "muda",
    "gtk",
    "gdk",
    "webkit2gtk",
    "global-hotkey",
    "x11rb",
    "x11-dl",
    "notify-rust",
    "winit",
    "rccontrol-badge",
    "rccontrol-foreground",
    "rccontrol-portal",
];

/// The workspace's dependency graph over every platform: package name → its
/// dependencies' names, by kind ("normal", "dev", "build"). The workspace's
/// own crates come from `cargo metadata --no-deps` (which knows the kinds);
/// the crates they reach from `Cargo.lock`, whose entries for registry
/// crates list only what they link (their dev-dependencies are never
/// resolved), counted as "normal". Offline: nothing is downloaded.
struct Graph {
    edges: BTreeMap<String, BTreeMap<&'static str, BTreeSet<String>>>,
}

impl Graph {
    fn load() -> Graph {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let out = Command::new(cargo)
            .args([
                "metadata",
                "--format-version",
                "1",
                "--no-deps",
                "--offline",
            ])
            .arg("--manifest-path")
            .arg(root.join("Cargo.toml"))
            .output()
            .expect("cargo metadata runs");
        assert!(
            out.status.success(),
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata's JSON");
        let mut edges: BTreeMap<String, BTreeMap<&'static str, BTreeSet<String>>> = BTreeMap::new();
        let lock = std::fs::read_to_string(root.join("Cargo.lock")).expect("Cargo.lock");
        let lock: toml::Value = toml::from_str(&lock).expect("Cargo.lock parses");
        for package in lock["package"].as_array().expect("[[package]]") {
            let name = package["name"].as_str().expect("name").to_owned();
            let deps = package
                .get("dependencies")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|d| d.as_str()?.split(' ').next().map(str::to_owned));
            edges
                .entry(name)
                .or_default()
                .entry("normal")
                .or_default()
                .extend(deps);
        }
        for package in meta["packages"].as_array().expect("packages") {
            let name = package["name"].as_str().expect("name").to_owned();
            let mut kinds: BTreeMap<&'static str, BTreeSet<String>> = BTreeMap::new();
            for dep in package["dependencies"].as_array().expect("dependencies") {
                let kind = match dep["kind"].as_str() {
                    None => "normal",
                    Some("dev") => "dev",
                    Some(_) => "build",
                };
                let dep_name = dep["name"].as_str().expect("dependency name");
                kinds.entry(kind).or_default().insert(dep_name.to_owned());
            }
            edges.insert(name, kinds);
        }
        Graph { edges }
    }

    fn direct(&self, from: &str, kind: &str) -> BTreeSet<String> {
        self.edges
            .get(from)
            .and_then(|k| k.get(kind))
            .cloned()
            .unwrap_or_default()
    }

    /// Every crate `from` reaches through the `first` kinds of dependency,
    /// then through normal ones (what it links against), each with the path
    /// that reaches it.
    fn reach(&self, from: &str, first: &[&str]) -> BTreeMap<String, Vec<String>> {
        let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut queue = VecDeque::new();
        for kind in first {
            for dep in self.direct(from, kind) {
                queue.push_back((dep.clone(), vec![from.to_owned(), dep]));
            }
        }
        while let Some((name, path)) = queue.pop_front() {
            if seen.contains_key(&name) {
                continue;
            }
            for dep in self.direct(&name, "normal") {
                let mut next = path.clone();
                next.push(dep.clone());
                queue.push_back((dep, next));
            }
            seen.insert(name, path);
        }
        seen
    }
}

/// The crates of `banned` that `from` reaches, each with its path.
fn violations(reach: &BTreeMap<String, Vec<String>>, banned: &[&str]) -> Vec<String> {
    banned
        .iter()
        .filter_map(|b| reach.get(*b).map(|path| path.join(" → ")))
        .collect()
}

/// **Architecture invariant:** the core (`rccontrol`) has no GUI dependency
/// and no path to the simulator or the demo: it builds for a headless server
/// and a test can trust the simulator as an independent oracle.
#[test]
fn the_core_reaches_no_gui_crate_and_not_the_simulator() {
    let graph = Graph::load();
    let reach = graph.reach("rccontrol", &["normal"]);
    let mut banned: Vec<&str> = GUI_CRATES.to_vec();
    banned.extend(["rccontrol-sim", "rccontrol-demo"]);
    let found = violations(&reach, &banned);
    assert!(
        found.is_empty(),
        "architecture: the core (rccontrol) must not depend on the simulator, the demo or a GUI crate; found: {}",
        found.join("; ")
    );
}

/// **Architecture invariant:** the simulator shares no code with the core,
/// not even in its tests: it is the tests' independent oracle.
#[test]
fn the_simulator_shares_no_code_with_the_core() {
    let graph = Graph::load();
    let reach = graph.reach("rccontrol-sim", &["normal", "dev", "build"]);
    let found = violations(&reach, &["rccontrol", "rccontrol-demo"]);
    assert!(
        found.is_empty(),
        "architecture: the simulator (rccontrol-sim) must not depend on the core; found: {}",
        found.join("; ")
    );
}

/// **Architecture invariant:** the only shipped crate that links the
/// simulator is `rccontrol-demo`; every other crate that uses it does so from
/// its tests (a dev-dependency).
#[test]
fn only_the_demo_crate_links_the_simulator() {
    let graph = Graph::load();
    let linking: Vec<&String> = graph
        .edges
        .iter()
        .filter(|(_, kinds)| {
            kinds
                .get("normal")
                .is_some_and(|d| d.contains("rccontrol-sim"))
        })
        .map(|(name, _)| name)
        .filter(|name| !matches!(name.as_str(), "rccontrol-demo" | "rccontrol-e2e"))
        .collect();
    assert!(
        linking.is_empty(),
        "architecture: only rccontrol-demo (and the test crate rccontrol-e2e) may list rccontrol-sim in [dependencies]; also: {linking:?} (move it to [dev-dependencies] where only tests use it)"
    );
}

/// **Architecture invariant:** the relay is a server: it reaches no GUI crate
/// (nor the simulator, outside its tests), and nothing shipped to a desktop
/// (the core, `rcctl`, the tray app and its crates) depends on it: the
/// desktop speaks to it only through `rccontrol::relay::wire`.
#[test]
fn the_relay_is_a_server_and_no_desktop_crate_links_it() {
    let graph = Graph::load();
    let reach = graph.reach("rccontrol-relay", &["normal"]);
    assert!(
        reach.contains_key("rccontrol") && reach.contains_key("axum"),
        "the relay's graph is read: {reach:?}"
    );
    let mut banned: Vec<&str> = GUI_CRATES.to_vec();
    banned.extend(["rccontrol-sim", "rccontrol-demo"]);
    let found = violations(&reach, &banned);
    assert!(
        found.is_empty(),
        "architecture: the relay (rccontrol-relay) must not depend on a GUI crate, the simulator or the demo; found: {}",
        found.join("; ")
    );
    for desktop in [
        "rccontrol",
        "rcctl",
        "recording-control",
        "rccontrol-badge",
        "rccontrol-portal",
        "rccontrol-foreground",
        "rccontrol-demo",
    ] {
        let reach = graph.reach(desktop, &["normal"]);
        let found = violations(&reach, &["rccontrol-relay"]);
        assert!(
            found.is_empty(),
            "architecture: {desktop} must not depend on the relay crate; found: {}",
            found.join("; ")
        );
    }
}

/// The checks read the real graph: the core is in it and reaches what it is
/// known to use, so an empty graph cannot pass them.
#[test]
fn the_graph_is_the_workspace() {
    let graph = Graph::load();
    let core = graph.reach("rccontrol", &["normal"]);
    for known in ["reqwest", "rustls", "rccontrol-i18n"] {
        assert!(
            core.contains_key(known),
            "rccontrol should reach {known}: {core:?}"
        );
    }
    let demo = graph.reach("rccontrol-demo", &["normal"]);
    assert!(demo.contains_key("rccontrol-sim") && demo.contains_key("rccontrol"));
}

/// Which side of the tray process a module is on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Input,
    Output,
}

/// The modules only the composition root may use: they know every part.
const COMPOSITION: &[&str] = &["app", "fanout", "menu", "exit"];

/// What `text` — a file of module `module` on `side`, `depth` folders below
/// `inputs/` or `outputs/` (0: `tray.rs` or `settings_window/mod.rs`; 1:
/// `settings_window/calls.rs`) — imports that breaks the one-way rules: an
/// input importing an output; an output importing an input or another
/// output; either importing the composition root's modules.
/// `modules`: the modules of `inputs/` and of `outputs/` (a `super::` path
/// that names none of them stays inside the file, e.g. an inline module).
fn crossings(side: Side, module: &str, depth: usize, text: &str, modules: &Modules) -> Vec<String> {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    let mut say = |what: String| {
        if !found.contains(&what) {
            found.push(what);
        }
    };
    for (i, word) in words.iter().enumerate() {
        let parts: Vec<&str> = word.split("::").filter(|p| !p.is_empty()).collect();
        // `crate::…`, or a path in a `use crate::{…}` group.
        let in_crate_group = i > 0 && code.contains("crate::{");
        let path: Vec<&str> = match parts.first() {
            Some(&"crate") => parts[1..].to_vec(),
            Some(&"inputs" | &"outputs") if in_crate_group => parts.clone(),
            Some(&"super") => {
                // Resolve `super::` (and `super::super::`) to inputs/outputs.
                let ups = parts.iter().take_while(|p| **p == "super").count();
                let rest = &parts[ups..];
                let folder = if side == Side::Input {
                    "inputs"
                } else {
                    "outputs"
                };
                if ups == depth + 1 {
                    std::iter::once(folder)
                        .chain(rest.iter().copied())
                        .collect()
                } else if ups > depth + 1 {
                    rest.to_vec()
                } else {
                    continue;
                }
            }
            _ => continue,
        };
        let known = |folder: &str, name: Option<&str>| {
            let list = if folder == "inputs" {
                &modules.inputs
            } else {
                &modules.outputs
            };
            name.is_none_or(|n| list.iter().any(|m| m == n))
        };
        if matches!(path.first(), Some(&"inputs" | &"outputs"))
            && !known(path[0], path.get(1).copied())
        {
            continue;
        }
        match (side, path.first().copied(), path.get(1).copied()) {
            (_, Some(first), _) if COMPOSITION.contains(&first) => {
                say(format!("{module} imports the composition root's {first}"));
            }
            (Side::Input, Some("outputs"), other) => {
                say(format!(
                    "input {module} imports output {}",
                    other.unwrap_or("*")
                ));
            }
            (Side::Output, Some("inputs"), other) => {
                say(format!(
                    "output {module} imports input {}",
                    other.unwrap_or("*")
                ));
            }
            (Side::Output, Some("outputs"), Some(other)) if other != module => {
                say(format!("output {module} imports output {other}"));
            }
            _ => {}
        }
    }
    found
}

/// The modules of `inputs/` and of `outputs/`.
struct Modules {
    inputs: Vec<String>,
    outputs: Vec<String>,
}

impl Modules {
    fn of(src: &Path) -> Modules {
        let names = |folder: &str| -> Vec<String> {
            std::fs::read_dir(src.join(folder))
                .expect("the folder exists")
                .flatten()
                .map(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .trim_end_matches(".rs")
                        .to_owned()
                })
                .filter(|n| n != "mod")
                .collect()
        };
        Modules {
            inputs: names("inputs"),
            outputs: names("outputs"),
        }
    }
}

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// **Architecture invariant:** in the tray process, data flows one way: an
/// input (`src-tauri/src/inputs/`) imports no output; an output
/// (`src-tauri/src/outputs/`) imports no input and no other output; neither
/// imports the composition root's modules (`app`, `fanout`, `menu`, `exit`).
#[test]
fn the_tray_process_goes_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/src");
    let mut found = Vec::new();
    let mut files = 0;
    let modules = Modules::of(&src);
    for (folder, side) in [("inputs", Side::Input), ("outputs", Side::Output)] {
        let root = src.join(folder);
        let mut paths = Vec::new();
        rust_files(&root, &mut paths);
        for path in paths {
            let rel: Vec<String> = path
                .strip_prefix(&root)
                .unwrap()
                .iter()
                .map(|c| c.to_string_lossy().into_owned())
                .collect();
            if rel == ["mod.rs"] {
                continue;
            }
            let module = rel[0].trim_end_matches(".rs").to_owned();
            let depth = rel.len() - 1 - usize::from(rel.last().is_some_and(|f| f == "mod.rs"));
            let text = std::fs::read_to_string(&path).unwrap();
            files += 1;
            for crossing in crossings(side, &module, depth, &text, &modules) {
                found.push(format!("{}: {crossing}", path.display()));
            }
        }
    }
    assert!(
        files >= 10,
        "the inputs and outputs were not found under {}",
        src.display()
    );
    assert!(
        found.is_empty(),
        "architecture: the tray process must go one way (inputs → press → engine → events → outputs):\n{}",
        found.join("\n")
    );
}

/// The checker sees each kind of crossing, however it is spelled.
#[test]
fn crossings_are_seen() {
    let modules = Modules {
        inputs: ["hotkeys", "socket", "launch", "deep_link"]
            .map(String::from)
            .to_vec(),
        outputs: ["tray", "badge", "notifications", "settings_window"]
            .map(String::from)
            .to_vec(),
    };
    let cases = [
        (
            Side::Input,
            "socket",
            0,
            "use crate::outputs::tray::Tray;",
            "input socket imports output tray",
        ),
        (
            Side::Input,
            "hotkeys",
            1,
            "super::super::super::outputs::badge::sync();",
            "input hotkeys imports output badge",
        ),
        (
            Side::Output,
            "tray",
            0,
            "use crate::{inputs::hotkeys, view};",
            "output tray imports input hotkeys",
        ),
        (
            Side::Output,
            "tray",
            0,
            "use super::badge::BadgeHandle;",
            "output tray imports output badge",
        ),
        (
            Side::Output,
            "settings_window",
            1,
            "use super::super::notifications::Notifier;",
            "output settings_window imports output notifications",
        ),
        (
            Side::Output,
            "badge",
            0,
            "crate::app::App",
            "badge imports the composition root's app",
        ),
    ];
    for (side, module, depth, text, expected) in cases {
        assert_eq!(
            crossings(side, module, depth, text, &modules),
            [expected],
            "{text}"
        );
    }
    // What is allowed: an output's own files, shared modules, inputs among
    // themselves, an inline module's `super`, comments.
    for (side, module, depth, text) in [
        (
            Side::Output,
            "settings_window",
            1,
            "use super::Host; use crate::press::Press;",
        ),
        (
            Side::Input,
            "launch",
            0,
            "use super::deep_link; // crate::outputs::tray",
        ),
        (
            Side::Output,
            "badge",
            0,
            "mod platform { use super::Command; }",
        ),
    ] {
        assert!(
            crossings(side, module, depth, text, &modules).is_empty(),
            "{text}"
        );
    }
}
