//! The command line, as clap sees it.

use clap::{ArgGroup, Args, Parser, Subcommand};
use std::path::PathBuf;

/// Exit codes, shown at the end of `--help` and in the README.
pub const EXIT_CODES: &str = "\
Exit codes:
  0   applied: pause/resume confirmed by 8x8 (or the command succeeded)
  2   usage, settings or keychain error
  3   no active call (\"nothing to be modified\")
  4   recording not enabled for this agent
  5   unauthorized: tenant or token rejected (HTTP 401)
  6   agent not found in the tenant (HTTP 404)
  7   bad request (HTTP 400)
  8   8x8 server error (HTTP 5xx, after retries)
  9   network, TLS, timeout or redirect
  10  8x8 answered 2xx in an unknown way: recording state unconfirmed
  11  ignored by the app: the same action was pressed less than the press
      throttle (default 1 s) ago; that earlier press is the one sent
  12  8x8 is limiting requests (HTTP 429, after honouring Retry-After within
      the deadline): nothing was changed

The token is read from the OS keychain, or from RCCTL_TOKEN for headless use,
with RCCTL_TOKEN_FOR naming the tenant@host it was given for (rcctl status
shows it): the token is never sent to another tenant or host.

When the Recording Control app runs, pause, resume and status go through its
local control socket (the app's tray, notifications and audit log stay in step);
otherwise they call 8x8 directly. --direct always calls directly. The socket is
$XDG_RUNTIME_DIR/rccontrol.sock (DIR/rccontrol.sock with --config-dir; a named
pipe on Windows); RCCTL_SOCKET overrides its path.

Messages are in the language of RCCONTROL_LANG (auto, en-US, es-ES, es-MX,
pt-BR, fr-FR, de-DE, th-TH or zh-CN), else of the settings' language, else of
the OS. --json output stays in English (a message relayed from the running app
is in the app's language).";

/// Pause and resume the recording of your current 8x8 Contact Center call.
#[derive(Debug, Parser)]
#[command(name = "rcctl", version, after_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    /// Keep settings, state and the audit log in DIR instead of the OS directories.
    #[arg(long, global = true, env = "RCCTL_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store cluster, tenant and agent; the token goes to the OS keychain
    /// (read from stdin when piped, otherwise prompted without echo). The
    /// Event Streaming credential for live state is stored in a run of its
    /// own: `rcctl setup --stream-credential`.
    Setup(Box<SetupArgs>),
    /// Pause the recording of the active call.
    #[command(after_help = EXIT_CODES)]
    Pause(ActArgs),
    /// Resume the recording of the active call.
    #[command(after_help = EXIT_CODES)]
    Resume(ActArgs),
    /// Show settings (token only as present/absent), keychain and believed state
    /// (the running app's, when it answers).
    Status(StatusArgs),
    /// Show the last actions from the audit log.
    Log(LogArgs),
    /// Remove the stored token and Event Streaming credential from the
    /// keychain, and the settings file.
    Forget,
    /// Try everything against a built-in simulator of 8x8 (no account needed).
    Demo,
}

/// `rcctl setup` arguments.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("agent").args(["email", "agent_id"])))]
pub struct SetupArgs {
    /// Cluster: vcc-na7, vcc-na7.8x8.com, or your Agent Workspace login URL
    /// (may come from the previous setup or your administrator's managed file).
    #[arg(long)]
    pub cluster: Option<String>,
    /// Tenant id (usually the tenant name, e.g. acme01).
    #[arg(long)]
    pub tenant: Option<String>,
    /// Your agent e-mail (must be unique in the tenant).
    #[arg(long)]
    pub email: Option<String>,
    /// Your agent ID (instead of the e-mail).
    #[arg(long)]
    pub agent_id: Option<String>,
    /// Extra CA certificate file (PEM) to trust, e.g. a corporate TLS proxy's.
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// Proxy URL (http:// or https://); otherwise HTTPS_PROXY/NO_PROXY apply.
    #[arg(long, value_name = "URL")]
    pub proxy: Option<String>,
    /// Accept a cluster outside *.8x8.com (test servers, the simulator).
    #[arg(long)]
    pub allow_custom_host: bool,
    /// Do not store a token; you will provide RCCTL_TOKEN (with RCCTL_TOKEN_FOR) in the environment.
    #[arg(long)]
    pub no_keychain: bool,
    /// Live state from 8x8 Event Streaming: show the recording state 8x8
    /// reports (needs --stream-agent-id and the Event Streaming credential).
    #[arg(long, value_name = "on|off")]
    pub live_state: Option<OnOff>,
    /// Your 8x8 agent ID as Event Streaming names it (like
    /// agAglVJkg0TU28dok9y9UQKg), needed for live state even when actions
    /// use the e-mail.
    #[arg(long, value_name = "ID")]
    pub stream_agent_id: Option<String>,
    /// The Event Streaming host when not your cluster's region's
    /// (host[:port], no scheme); "" goes back to the region's.
    #[arg(long, value_name = "HOST[:PORT]")]
    pub stream_host: Option<String>,
    /// Store the Event Streaming credential (an Admin Console key starting
    /// with eght_, or the Data Request Token) in the OS keychain, read from
    /// stdin when piped, otherwise prompted without echo. A step of its own:
    /// the action token is not read in the same run (give it first).
    #[arg(long)]
    pub stream_credential: bool,
    /// Relay mode: the address of your company's relay
    /// (https://relay.example[:port]); used with --enroll. No action token is
    /// then asked for or kept on this computer.
    #[arg(long, value_name = "URL")]
    pub relay: Option<String>,
    /// Relay mode: the one-time enrollment code your administrator gave you
    /// (XXXX-XXXX-XXXX-XXXX). It works once and expires. `-` reads it from
    /// stdin (out of argv and the shell's history).
    #[arg(long, value_name = "CODE")]
    pub enroll: Option<String>,
    /// Relay mode: this computer's name as the administrator will see it
    /// (default: the host name).
    #[arg(long, value_name = "NAME", requires = "enroll")]
    pub device_name: Option<String>,
}

/// `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnOff {
    /// Switched on.
    On,
    /// Switched off.
    Off,
}

/// `rcctl pause|resume` arguments.
#[derive(Debug, Args)]
pub struct ActArgs {
    /// Print one JSON object (action, outcome, http_status, message, latency_ms, via, …).
    #[arg(long)]
    pub json: bool,
    /// Call 8x8 directly even when the app runs (skip its control socket).
    #[arg(long)]
    pub direct: bool,
}

/// `rcctl status` arguments.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Do not ask the running app; show the state file's state.
    #[arg(long)]
    pub direct: bool,
}

/// `rcctl log` arguments.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// How many entries.
    #[arg(short = 'n', long = "lines", default_value_t = 10)]
    pub n: usize,
    /// Print JSON lines.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Print the whole log (rotated files included) as CSV, for a spreadsheet.
    #[arg(long)]
    pub csv: bool,
}

#[cfg(test)]
mod tests {
    use super::EXIT_CODES;

    #[test]
    fn help_names_every_shipped_language() {
        for locale in rccontrol::i18n::LOCALES {
            assert!(
                EXIT_CODES.contains(locale.tag),
                "{} missing from --help",
                locale.tag
            );
        }
        assert!(EXIT_CODES.contains(crate::lang::LANG_ENV));
    }
}
