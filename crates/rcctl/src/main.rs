//! `rcctl`: pause and resume the 8x8 call recording from a terminal, a script,
//! a desktop shortcut or a headset tool.

mod act;
mod app;
mod cli;
mod demo;
mod error;
mod forget;
mod lang;
mod live;
mod log;
mod relay;
mod secret_input;
mod setup;
mod status;

use clap::Parser;
use cli::{Cli, Command};
use error::CliError;
use rccontrol::{Localizer, Paths, Texts, tr};
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
    let (localizer, bad_lang) =
        lang::choose(Paths::resolve(cli.config_dir.as_deref()).ok().as_ref());
    // One localizer for the run: rcctl's own lines, and (through `texts`) the
    // core's outcome sentences.
    let texts = Texts::new(localizer);
    let l = texts.get();
    if let Some(e) = bad_lang {
        eprintln!(
            "{}",
            tr!(l, "rcctl-error", message = lang::env_error(&e, &l))
        );
        return ExitCode::from(2);
    }
    match run(cli, &l, &texts) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("{}", tr!(l, "rcctl-error", message = e.render(&l)));
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(cli: Cli, l: &Localizer, texts: &Texts) -> Result<u8, CliError> {
    let paths = || Paths::resolve(cli.config_dir.as_deref()).map_err(CliError::from);
    // The app computes its socket path the same way; it must know about the override.
    let explicit = cli.config_dir.is_some();
    match cli.command {
        Command::Setup(args) => setup::run(&paths()?, *args, l),
        Command::Pause(args) => act::run(
            &paths()?,
            explicit,
            rccontrol::Action::Pause,
            &args,
            l,
            texts,
        ),
        Command::Resume(args) => act::run(
            &paths()?,
            explicit,
            rccontrol::Action::Resume,
            &args,
            l,
            texts,
        ),
        Command::Status(args) => status::run(&paths()?, explicit, &args, l),
        Command::Log(args) => log::run(&paths()?, &args, l),
        Command::Forget => forget::run(&paths()?, l),
        Command::Demo => demo::run(l),
    }
}
