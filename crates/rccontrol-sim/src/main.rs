//! `rccontrol-sim`: runs the Recording Control API simulator until SIGINT/SIGTERM.
//!
//! Prints exactly one line to stdout, `RCCONTROL_SIM_URL=https://127.0.0.1:PORT`, once
//! it is serving; logs each request briefly to stderr (never credentials).

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use rccontrol_sim::{BodyStyle, Scenario, SimOptions, Simulator};
use tokio::sync::broadcast::error::RecvError;

/// HTTPS simulator of the 8x8 Contact Center Recording Control API and its event stream.
///
/// The event stream (Pulsar WebSocket reader) is on the same listener:
/// wss://127.0.0.1:PORT/ws/v2/reader/persistent/{tenant}/agent-v1/{agentId}
/// (or .../{tenant}/event-v1/all), credential in the X-API-Key header.
///
/// Control endpoints (loopback only, JSON) live under /_sim/ on the same listener:
/// health, call/start, call/end, call/new, call/transfer, call/recording-start,
/// aw/pause, aw/resume, agent, body-style, fault, requests, reset, stream/stats,
/// stream/fault, stream/ping, stream/events.
#[derive(Debug, Parser)]
#[command(name = "rccontrol-sim", version)]
struct Cli {
    /// Port on 127.0.0.1 (0 = any free port).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// TOML scenario file (default: the built-in demo tenant).
    #[arg(long, value_name = "FILE.toml")]
    scenario: Option<PathBuf>,
    /// Write the generated CA certificate (PEM) here.
    #[arg(long, value_name = "PATH")]
    ca_out: Option<PathBuf>,
    /// Style of the 200 bodies: plain, json, json-nested, html, field
    /// (overrides the scenario's body_style).
    #[arg(long, value_name = "STYLE")]
    body_style: Option<BodyStyle>,
    /// Interval of the event stream's WebSocket pings, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(1..))]
    ping_interval_ms: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rccontrol-sim: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    let mut scenario = match &cli.scenario {
        Some(path) => Scenario::load(path)?,
        None => Scenario::demo(),
    };
    if let Some(style) = cli.body_style {
        scenario.body_style = style;
    }
    let sim = Simulator::start(SimOptions {
        port: cli.port,
        ca_pem_path: cli.ca_out,
        scenario,
    })
    .await?;
    sim.set_ping_interval(std::time::Duration::from_millis(cli.ping_interval_ms));
    let mut events = sim.watch_requests();
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "RCCONTROL_SIM_URL={}", sim.base_url())?;
        out.flush()?;
    }
    let logger = tokio::spawn(async move {
        loop {
            match events.recv().await {
                Ok(r) => {
                    let status = r
                        .status
                        .map_or_else(|| "dropped".to_owned(), |s| s.to_string());
                    let fault = r
                        .fault
                        .map(|f| format!(" [fault: {f}]"))
                        .unwrap_or_default();
                    eprintln!(
                        "{:>8}ms {} {} -> {status}{fault}",
                        r.at_ms, r.method, r.raw_path
                    );
                }
                Err(RecvError::Lagged(n)) => eprintln!("({n} requests not shown)"),
                Err(RecvError::Closed) => break,
            }
        }
    });
    wait_for_signal().await?;
    logger.abort();
    sim.shutdown().await;
    Ok(())
}

#[cfg(unix)]
async fn wait_for_signal() -> std::io::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate())?;
    tokio::select! {
        r = tokio::signal::ctrl_c() => r,
        _ = term.recv() => Ok(()),
    }
}

#[cfg(not(unix))]
async fn wait_for_signal() -> std::io::Result<()> {
    tokio::signal::ctrl_c().await
}
