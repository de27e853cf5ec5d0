//! Recording Control, the tray app: a thin adapter over the core's controller,
//! one module per OS surface.

pub mod autostart;
pub mod badge;
pub mod commands;
pub mod deep_link;
pub mod engine;
pub mod environment;
pub mod error;
pub mod foreground;
pub mod gl;
pub mod hotkeys;
pub mod notifications;
pub mod socket;
pub mod tray;
pub mod ui_events;
pub mod view;
pub mod window;

use clap::Parser;
use engine::{Engine, Mode};
use hotkeys::HotkeyManager;
use notifications::Notifier;
use rccontrol::{Paths, TokenStore, tr};
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{Manager, RunEvent};

/// Command line of the app.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "recording-control",
    version,
    about = "Recording Control tray app"
)]
pub struct Args {
    /// Keep settings, state, audit log and the control socket in DIR.
    #[arg(long, env = "RCCTL_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// Start in demo mode when not configured.
    #[arg(long)]
    pub demo: bool,
    /// Open the settings window at start.
    #[arg(long)]
    pub settings: bool,
    /// `rccontrol://pause` / `rccontrol://resume` links (from the desktop or a
    /// browser); obeyed only when links are switched on in the settings.
    #[arg(value_name = "LINK", hide = true)]
    pub links: Vec<String>,
}

/// Runs the app until Quit.
pub fn run() {
    gl::keep_gl_out();
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("RCCTL_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let paths = match Paths::resolve(args.config_dir.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("recording-control: {e}");
            std::process::exit(2);
        }
    };
    let (ui_tx, ui_rx) = tokio::sync::mpsc::unbounded_channel();
    let engine = Arc::new(Engine::new(paths, TokenStore::keychain(), ui_tx.clone()));
    let setup_args = args.clone();
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| {
            // The desktop opens links by launching the app with the link as its
            // argument (Linux, Windows): a second launch hands it over here.
            let links = deep_link::in_args(&argv);
            if !links.is_empty() {
                deep_link::handle(app, &links);
                return;
            }
            tracing::info!("second launch: opening the settings window");
            if let Err(e) = window::open_settings(app) {
                tracing::warn!(error = %e, "settings window failed");
            }
        }))
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            None,
        ))
        .manage(engine)
        .manage(Arc::new(Notifier::default()))
        .manage(HotkeyManager::default())
        .manage(hotkeys::portal::Portal::default())
        .manage(foreground::Foreground::default())
        .manage(ui_tx)
        .invoke_handler(tauri::generate_handler![
            commands::get_view,
            commands::validate_field,
            commands::save_settings,
            commands::check_settings,
            commands::act,
            commands::start_demo,
            commands::leave_demo,
            commands::set_autostart,
            commands::suspend_hotkeys,
            commands::preview_rules,
            commands::export_audit_csv,
            commands::ui_texts,
        ])
        .setup(move |app| {
            setup(app.handle(), &setup_args, ui_rx);
            Ok(())
        });
    #[cfg(not(target_os = "linux"))]
    let builder = builder.plugin(
        tauri_plugin_global_shortcut::Builder::new()
            .with_handler(hotkeys::plugin::on_shortcut)
            .build(),
    );
    let built = builder.build(tauri::generate_context!());
    let app = match built {
        Ok(app) => app,
        Err(e) => {
            eprintln!("recording-control: could not start: {e}");
            std::process::exit(1);
        }
    };
    app.run(|_app, event| {
        // Closing the settings window must not quit the tray app.
        if let RunEvent::ExitRequested {
            api, code: None, ..
        } = event
        {
            api.prevent_exit();
        }
    });
}

/// SIGTERM / SIGINT (logout, `kill`, Ctrl+C) quit like the Quit menu item, so
/// the control socket is removed. The handlers are installed before this
/// returns (before the socket exists), so no signal falls through.
fn quit_on_signal(app: &tauri::AppHandle) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let installed = tauri::async_runtime::block_on(async {
            (
                signal(SignalKind::terminate()),
                signal(SignalKind::interrupt()),
            )
        });
        let (Ok(mut term), Ok(mut int)) = installed else {
            tracing::warn!("signal handlers could not be installed");
            return;
        };
        let app = app.clone();
        tauri::async_runtime::spawn(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
            tracing::info!("signal received: quitting");
            socket::quit(&app);
        });
    }
    #[cfg(not(unix))]
    {
        let app = app.clone();
        tauri::async_runtime::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                socket::quit(&app);
            }
        });
    }
}

/// Obeys links the app was launched with; on macOS, where links arrive as
/// events rather than arguments, listens for them.
fn links_on_start(app: &tauri::AppHandle, argv_links: &[String]) {
    #[cfg(target_os = "macos")]
    {
        use tauri_plugin_deep_link::DeepLinkExt;
        let handle = app.clone();
        app.deep_link().on_open_url(move |event| {
            let links: Vec<String> = event.urls().iter().map(ToString::to_string).collect();
            deep_link::handle(&handle, &links);
        });
    }
    let engine = app.state::<Arc<Engine>>();
    if engine.safety().deep_link {
        deep_link::register(app, true);
    }
    deep_link::handle(app, argv_links);
}

fn setup(
    app: &tauri::AppHandle,
    args: &Args,
    ui_rx: tokio::sync::mpsc::UnboundedReceiver<ui_events::UiEvent>,
) {
    quit_on_signal(app);
    let environment = environment::probe(&app.state::<Arc<Engine>>().texts().get());
    app.manage(environment.clone());
    app.manage(badge::BadgeHandle::start(app));
    match tray::Tray::create(app) {
        Ok(tray) => {
            app.manage(tray);
        }
        Err(e) => tracing::error!(error = %e, "the tray icon could not be created"),
    }
    let engine = app.state::<Arc<Engine>>().inner().clone();
    let notifier = app.state::<Arc<Notifier>>().inner().clone();
    let demo = args.demo;
    tauri::async_runtime::block_on(async {
        engine.reload();
        if demo && matches!(engine.mode(), Mode::NotConfigured { .. }) {
            if let Err(e) = engine.start_demo().await {
                tracing::error!(error = %e, "demo");
            }
        }
    });
    hotkeys::init(app);
    hotkeys::apply(app, &engine.settings().hotkeys);
    foreground::apply(app);
    links_on_start(app, &args.links);
    socket::start(app, args.config_dir.is_some());
    tauri::async_runtime::spawn(ui_events::run(app.clone(), ui_rx));
    let l = engine.texts().get();
    for problem in environment.problems() {
        if environment.notifications.is_none() {
            notifier.info(app, &tr!(l, "something-missing"), &problem);
        }
    }
    if args.settings {
        if let Err(e) = window::open_settings(app) {
            tracing::warn!(error = %e, "settings window failed");
        }
    }
    if let Some(problem) = engine.policy().problem() {
        notifier.info(app, &tr!(l, "managed-not-applied"), problem);
    }
    match engine.mode() {
        Mode::NotConfigured { reason } => notifier.info(
            app,
            &tr!(l, "not-configured-title"),
            &tr!(l, "not-configured-body", reason = reason),
        ),
        Mode::Demo { .. } => notifier.info(app, &tr!(l, "demo-title"), &tr!(l, "demo-body")),
        Mode::Real { .. } => {}
    }
}
