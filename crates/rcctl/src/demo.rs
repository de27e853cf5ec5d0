//! `rcctl demo`: the whole path — settings, client, controller, audit log —
//! against a built-in simulator of 8x8, with no account and no real call.
//! Everything it prints is labelled DEMO; it touches no real settings.

use crate::act;
use crate::error::CliError;
use rccontrol::state::now_ms;
use rccontrol::{Action, AuditLog, Controller, Localizer, Trigger, tr};
use rccontrol_demo::{AgentRef, DEMO_EMAIL, DEMO_TENANT, Demo};
use std::io::{BufRead, IsTerminal, Write};

/// The demo's commands (as typed, never translated) and what each does.
fn help(l: &Localizer) -> String {
    let commands = [
        ("p, pause", tr!(l, "rcctl-demo-help-pause")),
        ("r, resume", tr!(l, "rcctl-demo-help-resume")),
        ("call-start", tr!(l, "rcctl-demo-help-call-start")),
        ("call-end", tr!(l, "rcctl-demo-help-call-end")),
        ("disable/enable", tr!(l, "rcctl-demo-help-enable")),
        ("s, status", tr!(l, "rcctl-demo-help-status")),
        ("log", tr!(l, "rcctl-demo-help-log")),
        ("h, help", tr!(l, "rcctl-demo-help-help")),
        ("q, quit", tr!(l, "rcctl-demo-help-quit")),
    ];
    let mut text = tr!(l, "rcctl-demo-help-title");
    for (command, what) in commands {
        text.push_str(&format!("\n  {command:<15} {what}"));
    }
    text
}

/// Prints one line marked DEMO.
fn say(l: &Localizer, line: &str) {
    println!("{}", tr!(l, "rcctl-demo-line", line = line));
}

/// Runs the interactive demo on stdin/stdout.
pub fn run(l: &Localizer) -> Result<u8, CliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(CliError::io(tr!(l, "rcctl-doing-runtime")))?;
    runtime.block_on(demo(l))
}

async fn demo(l: &Localizer) -> Result<u8, CliError> {
    let demo = Demo::start_with(Vec::new(), rccontrol::Texts::new(Localizer::new(l.tag())))
        .await
        .map_err(|e| CliError::Other(e.to_string()))?;
    let (sim, controller, paths) = (demo.sim.clone(), demo.controller.clone(), demo.paths());
    // The demo shows live state: its simulator's event stream, in-process,
    // connects in milliseconds (bounded: without it the states are beliefs).
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
    while !demo.live.is_live() && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let live = demo.live.is_live();
    say(
        l,
        &tr!(
            l,
            "rcctl-demo-welcome",
            url = sim.base_url(),
            tenant = DEMO_TENANT,
            email = DEMO_EMAIL
        ),
    );
    say(l, &tr!(l, "rcctl-demo-welcome-help"));
    let interactive = std::io::stdin().is_terminal();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        if interactive {
            // A command prompt, like a shell's: not a sentence to translate.
            print!("demo> ");
            let _ = std::io::stdout().flush();
        }
        let Some(line) = rx.recv().await else { break };
        let agent = AgentRef::Email(DEMO_EMAIL);
        match line.trim() {
            "" => {}
            "p" | "pause" => act_once(&controller, Action::Pause, live, l).await?,
            "r" | "resume" => act_once(&controller, Action::Resume, live, l).await?,
            "call-start" => {
                sim.set_call(DEMO_TENANT, agent, true);
                say(l, &tr!(l, "rcctl-demo-call-started"));
            }
            "call-end" => {
                sim.set_call(DEMO_TENANT, agent, false);
                say(l, &tr!(l, "rcctl-demo-call-ended"));
            }
            "disable" | "enable" => {
                let on = line.trim() == "enable";
                sim.set_recording_enabled(DEMO_TENANT, agent, on);
                if on {
                    say(l, &tr!(l, "rcctl-demo-recording-enabled"));
                } else {
                    say(l, &tr!(l, "rcctl-demo-recording-disabled"));
                }
            }
            "s" | "status" => {
                let truth = match sim.agent(DEMO_TENANT, agent).map(|a| (a.on_call, a.paused)) {
                    Some((false, _)) => tr!(l, "rcctl-demo-truth-no-call"),
                    Some((true, true)) => tr!(l, "rcctl-demo-truth-paused"),
                    Some((true, false)) => tr!(l, "rcctl-demo-truth-recording"),
                    None => tr!(l, "rcctl-demo-truth-unknown"),
                };
                let believed = controller.state().describe(now_ms(), l);
                say(
                    l,
                    &tr!(l, "rcctl-demo-status", believed = believed, truth = truth),
                );
            }
            "log" => {
                let entries = AuditLog::new(paths.audit_log())
                    .tail(10)
                    .map_err(CliError::io(tr!(l, "rcctl-doing-read-demo-log")))?;
                for e in entries {
                    let entry = tr!(
                        l,
                        "rcctl-demo-log-entry",
                        time = e.time.to_string(),
                        trigger = e.trigger.to_string(),
                        action = e.action.to_string(),
                        outcome = e.outcome.to_string(),
                        ms = e.latency_ms
                    );
                    say(l, &entry);
                }
            }
            "h" | "help" | "?" => println!("{}", help(l)),
            "q" | "quit" | "exit" => break,
            other => say(l, &tr!(l, "rcctl-demo-unknown-command", command = other)),
        }
    }
    demo.shutdown().await;
    Ok(0)
}

async fn act_once(
    controller: &Controller,
    action: Action,
    live: bool,
    l: &Localizer,
) -> Result<(), CliError> {
    let report = controller
        .request(action, Trigger::Cli)
        .await
        .map_err(|e| CliError::Other(e.to_string()))?;
    say(l, &act::line(&report, l));
    if live && report.outcome == rccontrol::Outcome::Applied {
        // Wait (bounded) for the simulator's event to confirm it, as the
        // tray's notification does, so that `status` shows what it reported.
        let deadline = tokio::time::Instant::now() + rccontrol::live::link::CONFIRM_WAIT;
        loop {
            let state = controller.state();
            let reported = state.verified() && state.is_paused() == (action == Action::Pause);
            if reported || tokio::time::Instant::now() >= deadline {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    }
    Ok(())
}
