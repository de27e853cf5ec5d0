//! The settings window: a Tauri webview in a process of its own, started by the
//! tray app on demand and gone when closed, so the tray process never holds
//! (or even loads) WebKit. The page's calls are relayed to the tray app over a
//! window session on its control socket; the app's events come back the same
//! way. The window closes when the app quits.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod link;
mod relay;
mod token;

use clap::Parser;
use rccontrol::Paths;
use rccontrol::control_socket::socket_address;
use std::path::PathBuf;
use tauri::ipc::{InvokeBody, InvokeError};
use tauri::{WebviewUrl, WebviewWindowBuilder};

/// Command line of the settings window.
#[derive(Debug, Parser)]
#[command(
    name = "recording-control-settings",
    version,
    about = "Recording Control's settings window (opened by the running app)"
)]
struct Args {
    /// The app's config dir, when it was started with one (finds its socket).
    #[arg(long, env = "RCCTL_CONFIG_DIR", value_name = "DIR")]
    config_dir: Option<PathBuf>,
}

/// The window's label (also its capability's scope).
const LABEL: &str = "settings";

fn main() {
    let args = Args::parse();
    let paths = Paths::resolve(args.config_dir.as_deref());
    let log = paths
        .as_ref()
        .ok()
        .map(recording_control::log_file::settings_log);
    recording_control::init_logging(log.as_deref());
    let address = paths.map_err(|e| e.to_string()).and_then(|paths| {
        socket_address(&paths, args.config_dir.is_some()).map_err(|e| e.to_string())
    });
    let address = match address {
        Ok(a) => a,
        Err(e) => {
            eprintln!("recording-control-settings: {e}");
            std::process::exit(2);
        }
    };
    let (link, events) = match tauri::async_runtime::block_on(link::Link::connect(&address)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("recording-control-settings: {e}");
            std::process::exit(match e {
                // The app tells the agent to restart it (recording_control::outputs::settings_window).
                link::Refused::OtherVersion { .. } => {
                    recording_control::outputs::settings_window::VERSION_MISMATCH
                }
                link::Refused::Unreachable(_) => 1,
                // The app brings the open one to the front.
                link::Refused::AlreadyOpen => 0,
            });
        }
    };
    let title = tauri::async_runtime::block_on(link.call("window_title", serde_json::Value::Null))
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "Recording Control".to_owned());
    let relay = link.clone();
    let built = tauri::Builder::default()
        .invoke_handler(move |invoke| {
            let cmd = invoke.message.command().to_owned();
            let args = match invoke.message.payload() {
                InvokeBody::Json(v) => v.clone(),
                InvokeBody::Raw(_) => serde_json::Value::Null,
            };
            let link = relay.clone();
            invoke.resolver.respond_async(async move {
                // The calls that carry the token are answered here.
                let answer = match cmd.as_str() {
                    "save_settings" => token::save(&link, args).await,
                    "validate_field" => token::validate_field(&link, args).await,
                    "enroll_relay" => relay::enroll(&link, args).await,
                    _ => link.call(&cmd, args).await,
                };
                answer.map_err(InvokeError::from)
            });
            true
        })
        .setup(move |app| {
            WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html".into()))
                .title(title)
                .inner_size(620.0, 820.0)
                .min_inner_size(420.0, 480.0)
                .build()?;
            tauri::async_runtime::spawn(link::pump(app.handle().clone(), LABEL, events));
            Ok(())
        })
        .build(tauri::generate_context!());
    match built {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("recording-control-settings: could not start: {e}");
            std::process::exit(1);
        }
    }
}
