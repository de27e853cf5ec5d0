//! The settings window for every agent: axe-core finds no serious or critical
//! violation in the page as the app renders it (first run in English and in
//! Thai, a configured agent with every section open), and a new agent
//! completes the setup with the keyboard alone, in a sensible focus order.

use super::common::*;
use super::driver::*;
use rccontrol_e2e::{EMAIL_IDLE, SimProcessEnv, TENANT, TOKEN};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Stdio;

/// axe-core's script, installed by `scripts/install-deps.sh test`.
fn axe_script() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../target/tools/axe-core/node_modules/axe-core/axe.min.js");
    rccontrol_testkit::available(
        "accessibility",
        "axe-core (scripts/install-deps.sh test installs it)",
        path.exists(),
    )
    .then(|| std::fs::read_to_string(&path).unwrap())
}

/// Runs axe-core in the page; its violations of serious or critical impact
/// (rule, impact, help, where), and a count of the rules that passed.
async fn axe(d: &Driver, script: &str) -> (Vec<String>, usize) {
    let loaded = d
        .execute(&format!("{script}\n;return typeof axe.run;"))
        .await;
    assert_eq!(
        loaded,
        Value::from("function"),
        "axe-core loaded in the page"
    );
    let answer = d
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             axe.run(document, {resultTypes: ['violations']}).then(\
               (r) => done(JSON.stringify({passes: r.passes.length, incomplete: r.incomplete.map((v) => v.id), violations: r.violations.map(\
                 (v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' '))}))})),\
               (e) => done(JSON.stringify({error: String(e)})));",
        )
        .await;
    let result: Value = serde_json::from_str(answer.as_str().unwrap()).unwrap();
    assert!(result["error"].is_null(), "axe-core failed: {result}");
    let serious = result["violations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["impact"] == "serious" || v["impact"] == "critical")
        .map(|v| {
            format!(
                "{} ({}): {} at {}",
                v["id"], v["impact"], v["help"], v["nodes"]
            )
        })
        .collect();
    let others: Vec<String> = result["violations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["impact"] != "serious" && v["impact"] != "critical")
        .map(|v| format!("{} ({})", v["id"], v["impact"]))
        .collect();
    eprintln!(
        "axe-core: minor or moderate: {others:?}; to review by hand (incomplete): {}",
        result["incomplete"]
    );
    (serious, result["passes"].as_u64().unwrap() as usize)
}

#[test]
fn the_settings_window_has_no_serious_accessibility_violation() {
    let _desk = desktop();
    let Some(script) = axe_script() else {
        return;
    };
    // Empty: the setting decides the language (the helpers pin English otherwise).
    let by_setting = [("RCCONTROL_LANG", std::ffi::OsStr::new(""))];
    let (_driver, base) = spawn_driver(&by_setting, Stdio::null());
    let first_run_thai = tempfile::tempdir().unwrap();
    std::fs::write(
        first_run_thai.path().join("settings.toml"),
        "language = \"th-TH\"\n",
    )
    .unwrap();
    let first_run = tempfile::tempdir().unwrap();
    let Setup {
        env: _env,
        dir: configured_dir,
    } = configured(|_| {});
    let thai = rccontrol::Localizer::new("th-TH");
    let mut found = Vec::new();
    for (name, dir, ready) in [
        (
            "first run, English",
            first_run.path(),
            "Not configured".to_owned(),
        ),
        (
            "first run, Thai",
            first_run_thai.path(),
            thai.text("not-configured"),
        ),
        (
            "configured, English",
            configured_dir.path(),
            "unknown".to_owned(),
        ),
    ] {
        runtime().block_on(async {
            let (_app, d) = open_session(&base, dir, &by_setting).await;
            d.wait_text("#state-line", name, |t| t.contains(&ready)).await;
            if name.starts_with("configured") {
                // Every section open, a rule row and the corporate network shown.
                d.execute(
                    "document.querySelectorAll('details').forEach((e) => e.open = true);\
                     document.querySelector('#btn-add-rule').click();",
                )
                .await;
            }
            let lang = d.execute("return document.documentElement.lang").await;
            let (serious, passes) = axe(&d, &script).await;
            eprintln!(
                "axe-core, {name} (lang {lang}): {passes} rules passed, {} serious or critical violation(s)",
                serious.len()
            );
            found.extend(serious.into_iter().map(|v| format!("{name}: {v}")));
            d.close().await;
        });
    }
    assert!(
        found.is_empty(),
        "accessibility violations:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_new_agent_sets_up_with_the_keyboard_alone() {
    let _desk = desktop();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let (_driver, base) = spawn_driver(&[], Stdio::null());
    let ca = env.sim.ca_file().display().to_string();
    runtime().block_on(async {
        let (_app, d) = open_session(&base, dir.path(), &[]).await;
        d.wait_text("#state-line", "the page to load", |t| {
            t.contains("Not configured")
        })
        .await;
        // Setup starts where the focus already is: the cluster. Then Tab from
        // field to field, typing, Enter on "Corporate network" (the simulator
        // is a custom host with its own CA), Space on the opt-in, Enter on Save.
        d.screenshot("window.scrollTo(0, 0)", "settings-first-run")
            .await;
        let mut order = vec![d.focused().await];
        d.keys(&env.sim.sim.base_url()).await;
        let then_typed = [
            TENANT,
            "",
            EMAIL_IDLE,
            TOKEN,
            keys::ENTER,
            "",
            ca.as_str(),
            keys::SPACE,
        ];
        for typed in then_typed {
            d.keys(keys::TAB).await;
            order.push(d.focused().await);
            if !typed.is_empty() {
                d.keys(typed).await;
            }
        }
        // The Company relay section (closed) comes before Save: a tab past it.
        d.keys(keys::TAB).await;
        order.push(d.focused().await);
        d.keys(keys::TAB).await;
        order.push(d.focused().await);
        let expected = [
            "cluster",
            "tenant",
            "input[name=identity_kind]",
            "identity",
            "token",
            "summary",
            "proxy",
            "ca_file",
            "allow_custom_host",
            "summary",
            "btn-save",
        ];
        assert_eq!(order, expected, "the focus order of the first-run setup");
        d.keys(keys::ENTER).await;
        let saved = d
            .wait_text("#save-result", "the save", |t| {
                t.starts_with("Saved") || t.contains(':')
            })
            .await;
        assert!(saved.starts_with("Saved"), "{saved}");
        let account = format!("{TENANT}@{}", env.sim.sim.host_port());
        assert_eq!(
            rccontrol_testkit::keychain_lookup(&account).as_deref(),
            Some(TOKEN),
            "the keychain holds the token typed"
        );
        d.close().await;
    });
}
