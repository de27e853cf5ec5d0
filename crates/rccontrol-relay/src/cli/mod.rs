//! The command line: `serve` and the administrator's commands (docs/relay.md).

mod agents;
mod audit;
mod time;

use crate::config::{AdminConfig, ConfigError, DEFAULT_CONFIG_PATH, RelayConfig};
use crate::store::{Store, StoreError};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// `rccontrol-relay`: holds the tenant's 8x8 token, gives each agent's device a key.
#[derive(Debug, Parser)]
#[command(name = "rccontrol-relay", version, about)]
pub struct Cli {
    /// The configuration file.
    #[arg(long, global = true, default_value = DEFAULT_CONFIG_PATH)]
    pub config: PathBuf,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the service.
    Serve {
        /// Log lines as JSON (default) or text.
        #[arg(long, value_enum, default_value_t = LogFormat::Json)]
        log_format: LogFormat,
        /// Only check the configuration (secret files included) and the
        /// database, then exit.
        #[arg(long)]
        check: bool,
    },
    /// Agents, their devices and enrollment codes.
    #[command(subcommand)]
    Agents(AgentsCommand),
    /// The central audit.
    Audit(AuditArgs),
    /// Applies `retention_days` now.
    Prune,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// One JSON object a line.
    Json,
    /// Human-readable.
    Text,
}

/// `agents …`.
#[derive(Debug, Subcommand)]
pub enum AgentsCommand {
    /// Creates the agent if new and prints a one-time enrollment code.
    Add {
        /// The agent's e-mail.
        #[arg(long)]
        email: String,
        /// 8x8's agent id (`ag…`), for live state.
        #[arg(long)]
        agent_id: Option<String>,
        /// How long the code works (default: limits.code_ttl).
        #[arg(long, value_parser = time::parse_ttl)]
        ttl: Option<Duration>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Issues codes for a CSV `email,agent_id` (header required).
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Write the codes here (mode 0600) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// How long the codes work (default: limits.code_ttl).
        #[arg(long, value_parser = time::parse_ttl)]
        ttl: Option<Duration>,
    },
    /// Lists agents, their devices and pending codes.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Revokes every device and pending code of the agent, or one device.
    Revoke {
        /// The agent's e-mail.
        #[arg(long)]
        email: String,
        /// Only this device (`dv_…`).
        #[arg(long)]
        device: Option<String>,
    },
    /// Revokes the agent's devices and prints a new enrollment code.
    Rotate {
        /// The agent's e-mail.
        #[arg(long)]
        email: String,
        /// How long the code works (default: limits.code_ttl).
        #[arg(long, value_parser = time::parse_ttl)]
        ttl: Option<Duration>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `audit …`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only this agent's rows (e-mail).
    #[arg(long)]
    pub agent: Option<String>,
    /// Only rows since: a duration back (`24h`), a time (RFC 3339) or a date (`2026-12-01`, UTC).
    #[arg(long)]
    pub since: Option<String>,
    /// CSV output.
    #[arg(long, conflicts_with = "json")]
    pub csv: bool,
    /// JSON output.
    #[arg(long)]
    pub json: bool,
}

/// A command's failure: bad input (exit 2) or a failure (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad input; the message names the field.
    #[error("{0}")]
    Input(String),
    /// The database, a file, the service.
    #[error("{0}")]
    Failure(String),
}

impl CliError {
    /// The process exit code.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Input(_) => ExitCode::from(2),
            CliError::Failure(_) => ExitCode::from(1),
        }
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        if e.is_input() {
            CliError::Input(e.to_string())
        } else {
            CliError::Failure(e.to_string())
        }
    }
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> Self {
        match e {
            ConfigError::Read { .. } => CliError::Failure(format!("configuration: {e}")),
            e => CliError::Input(format!("configuration: {e}")),
        }
    }
}

/// Loads the whole configuration (secret files read) and opens the database.
pub async fn open(config: &Path) -> Result<(RelayConfig, Store), CliError> {
    let config = RelayConfig::load(config)?;
    let store = Store::open(&config.database_url).await?;
    Ok((config, store))
}

/// Runs an administrator's command (everything but `serve`): the whole
/// configuration is checked, the tenant's token and stream credential are
/// not read (they are the service's alone).
pub async fn run_admin(cli: Cli) -> Result<(), CliError> {
    let config = AdminConfig::load(&cli.config)?;
    let store = Store::open(&config.database_url).await?;
    let result = match cli.command {
        Command::Serve { .. } => Err(CliError::Failure("serve is not an admin command".into())),
        Command::Agents(cmd) => agents::run(cmd, &config, &store).await,
        Command::Audit(args) => audit::run(args, &store).await,
        Command::Prune => audit::prune(&config, &store).await,
    };
    store.close().await;
    result
}
