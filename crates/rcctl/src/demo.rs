//! `rcctl demo`: the whole path — settings, client, controller, audit log —
//! against a built-in simulator of 8x8, with no account and no real call.
//! Everything it prints is labelled DEMO; it touches no real settings.

use crate::act;
use crate::error::CliError;
use rccontrol::demo::Demo;
use rccontrol::state::now_ms;
use rccontrol::{Action, AuditLog, Controller, Trigger};
use rccontrol_sim::{AgentRef, DEMO_EMAIL, DEMO_TENANT};
use std::io::{BufRead, IsTerminal, Write};

const HELP: &str = "\
DEMO commands:
  p, pause        pause the recording
  r, resume       resume the recording
  call-start      the simulated agent takes a call
  call-end        the call ends (then pause answers \"No active call\")
  disable/enable  switch recording off/on for the agent
  s, status       the believed state
  log             the last actions from the (temporary) audit log
  h, help         this list
  q, quit         leave the demo";

/// Runs the interactive demo on stdin/stdout.
pub fn run() -> Result<u8, CliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(CliError::io("starting the async runtime"))?;
    runtime.block_on(demo())
}

async fn demo() -> Result<u8, CliError> {
    let demo = Demo::start(Vec::new())
        .await
        .map_err(|e| CliError::Other(e.to_string()))?;
    let (sim, controller, paths) = (demo.sim.clone(), demo.controller.clone(), demo.paths());
    println!(
        "DEMO  Recording Control against a built-in 8x8 simulator at {} (tenant {DEMO_TENANT}, agent {DEMO_EMAIL}, on a call).",
        sim.base_url()
    );
    println!("DEMO  No real account or call is touched. Type `help` for commands.");
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
            print!("demo> ");
            let _ = std::io::stdout().flush();
        }
        let Some(line) = rx.recv().await else { break };
        let agent = AgentRef::Email(DEMO_EMAIL);
        match line.trim() {
            "" => {}
            "p" | "pause" => act_once(&controller, Action::Pause).await?,
            "r" | "resume" => act_once(&controller, Action::Resume).await?,
            "call-start" => {
                sim.set_call(DEMO_TENANT, agent, true);
                println!("DEMO  The agent is now on a call (recording).");
            }
            "call-end" => {
                sim.set_call(DEMO_TENANT, agent, false);
                println!("DEMO  The call ended.");
            }
            "disable" | "enable" => {
                let on = line.trim() == "enable";
                sim.set_recording_enabled(DEMO_TENANT, agent, on);
                println!(
                    "DEMO  Recording {} for the agent.",
                    if on { "enabled" } else { "disabled" }
                );
            }
            "s" | "status" => {
                let truth = sim
                    .agent(DEMO_TENANT, agent)
                    .map(|a| match (a.on_call, a.paused) {
                        (false, _) => "no call",
                        (true, true) => "on a call, paused",
                        (true, false) => "on a call, recording",
                    })
                    .unwrap_or("unknown");
                println!(
                    "DEMO  Believed: {} · simulator truth: {truth}",
                    controller.state().describe(now_ms())
                );
            }
            "log" => {
                let entries = AuditLog::new(paths.audit_log())
                    .tail(10)
                    .map_err(CliError::io("reading the demo audit log"))?;
                for e in entries {
                    println!(
                        "DEMO  {}  {} {} → {} ({} ms)",
                        e.time, e.trigger, e.action, e.outcome, e.latency_ms
                    );
                }
            }
            "h" | "help" | "?" => println!("{HELP}"),
            "q" | "quit" | "exit" => break,
            other => println!("DEMO  Unknown command {other:?}. Type `help`."),
        }
    }
    demo.shutdown().await;
    Ok(0)
}

async fn act_once(controller: &Controller, action: Action) -> Result<(), CliError> {
    let report = controller
        .request(action, Trigger::Cli)
        .await
        .map_err(|e| CliError::Other(e.to_string()))?;
    println!("DEMO  {}", act::line(&report));
    Ok(())
}
