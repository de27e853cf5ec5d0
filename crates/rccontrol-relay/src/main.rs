//! `rccontrol-relay`: see docs/relay.md.

use clap::Parser;
use rccontrol_relay::cli::{self, Cli, CliError, Command, LogFormat};
use std::process::ExitCode;

fn init_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RCCONTROL_RELAY_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

async fn serve(cli: Cli, check: bool) -> Result<(), CliError> {
    let (config, store) = cli::open(&cli.config).await?;
    if check {
        store.ping().await?;
        store.close().await;
        println!("configuration and database ok");
        return Ok(());
    }
    tracing::info!(listen = %config.listen, database = ?config.database_url, "starting");
    rccontrol_relay::server::serve(config, store)
        .await
        .map_err(|e| CliError::Failure(e.to_string()))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("rccontrol-relay: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let result = match cli.command {
        Command::Serve { log_format, check } => {
            init_logs(log_format);
            runtime.block_on(serve(cli, check))
        }
        _ => {
            init_logs(LogFormat::Text);
            runtime.block_on(cli::run_admin(cli))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rccontrol-relay: {e}");
            e.exit_code()
        }
    }
}
