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
