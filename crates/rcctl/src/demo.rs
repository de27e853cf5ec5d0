//! `rcctl demo`: the whole path — settings, client, controller, audit log —
//! against a built-in simulator of 8x8, with no account and no real call.
//! Everything it prints is labelled DEMO; it touches no real settings.

use crate::act;
use crate::error::CliError;
use rccontrol::state::now_ms;
use rccontrol::{
    Action, AuditLog, Client, ClientOptions, Controller, Paths, Secret, Session, Settings, Trigger,
};
use rccontrol_sim::{
    AgentRef, DEMO_EMAIL, DEMO_TENANT, DEMO_TOKEN, Scenario, SimOptions, Simulator,
};
use std::io::{BufRead, IsTerminal, Write};
use std::sync::Arc;

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
    let dir = tempfile::tempdir().map_err(CliError::io("creating a temporary directory"))?;
    let paths = Paths::in_dir(dir.path());
    let ca = dir.path().join("demo-ca.pem");
    let sim = Simulator::start(SimOptions {
        port: 0,
        ca_pem_path: Some(ca.clone()),
        scenario: Scenario::demo(),
    })
    .await
    .map_err(|e| CliError::Other(format!("the demo simulator did not start: {e}")))?;
    let settings = Settings {
        cluster: Some(sim.base_url()),
        tenant: Some(DEMO_TENANT.into()),
        email: Some(DEMO_EMAIL.into()),
        ca_file: Some(ca),
        allow_custom_host: true,
        ..Settings::default()
    };
    let (_, config) = settings.validate()?;
    let client = Client::new(config, Secret::new(DEMO_TOKEN), ClientOptions::default())?;
    let controller = Controller::spawn(
        Arc::new(client),
        rccontrol::BelievedState::Unknown,
        Session::file_sinks(&paths),
    );
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
    sim.shutdown().await;
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
