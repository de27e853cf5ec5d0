//! `rcctl`: pause and resume the 8x8 call recording from a terminal, a script,
//! a desktop shortcut or a headset tool.

mod act;
mod app;
mod cli;
mod demo;
mod error;
mod forget;
mod log;
mod setup;
mod status;

use clap::Parser;
use cli::{Cli, Command};
use error::CliError;
use rccontrol::Paths;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("RCCTL_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("rcctl: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(cli: Cli) -> Result<u8, CliError> {
    let paths = || Paths::resolve(cli.config_dir.as_deref()).map_err(CliError::from);
    // The app computes its socket path the same way; it must know about the override.
    let explicit = cli.config_dir.is_some();
    match cli.command {
        Command::Setup(args) => setup::run(&paths()?, args),
        Command::Pause(args) => act::run(&paths()?, explicit, rccontrol::Action::Pause, &args),
        Command::Resume(args) => act::run(&paths()?, explicit, rccontrol::Action::Resume, &args),
        Command::Status(args) => status::run(&paths()?, explicit, &args),
        Command::Log(args) => log::run(&paths()?, &args),
        Command::Forget => forget::run(&paths()?),
        Command::Demo => demo::run(),
    }
}
