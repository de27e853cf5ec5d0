//! Recording Control, the tray app: a thin adapter over the core's controller.
//! Data flows one way: [`inputs`] → [`press`] → [`engine`] → [`ui_events`] →
//! [`fanout`] → [`outputs`]; this module, with [`app`], is the composition root
//! (docs/architecture.md).
//!
//! Two processes. This library is the tray process (`recording-control`): tray
//! icon and menu, hotkeys, notifications, the paused badge, the control socket
//! and the engine, on tao's event loop, with no webview: WebKit is not even
//! loaded. The settings window is the Tauri binary `recording-control-settings`,
//! started on demand and gone when closed; it drives this process over a window
//! session on the control socket ([`outputs::settings_window`]).

pub mod app;
pub mod autostart;
pub mod desktop_notification;
pub mod engine;
pub mod environment;
pub mod error;
pub mod exit;
pub mod fanout;
pub mod gl;
pub mod inputs;
pub mod log_file;
#[cfg(target_os = "macos")]
pub mod macos;
pub mod main_thread;
pub mod menu;
pub mod outputs;
pub mod press;
pub mod status;
pub mod ui_events;
pub mod view;

use app::App;
use clap::Parser;
use engine::{Engine, Mode};
use inputs::{deep_link, hotkeys, launch, socket};
use main_thread::{MainEvent, MainThread};
use outputs::{settings_window, tray};
use rccontrol::{Paths, TokenStore, tr};
use std::path::PathBuf;
use std::sync::Arc;
use tao::event::{Event, StartCause};
use tao::event_loop::{ControlFlow, EventLoopBuilder};
use tao::platform::run_return::EventLoopExtRunReturn;

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

/// Logs at the level `RCCTL_LOG` asks for (default `info`) to stderr (when
/// there is one) and, with `file`, also to that file, rotated by size
/// ([`log_file`]). Both of the app's processes log this way, each to its own
/// file ([`log_file::tray_log`], [`log_file::settings_log`]).
pub fn init_logging(file: Option<&std::path::Path>) {
    use tracing_subscriber::fmt::writer::{BoxMakeWriter, MakeWriterExt as _};
    let filter = tracing_subscriber::EnvFilter::try_from_env("RCCTL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let file = file.and_then(|path| {
        log_file::RotatingFile::open(path, log_file::MAX_BYTES, log_file::KEEP)
            .inspect_err(|e| eprintln!("recording-control: no log file {}: {e}", path.display()))
            .ok()
    });
    let writer = match file {
        Some(file) => BoxMakeWriter::new(std::io::stderr.and(std::sync::Mutex::new(file))),
        None => BoxMakeWriter::new(std::io::stderr),
    };
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_env_filter(filter)
        .init();
}

/// Runs the app until Quit.
pub fn run() {
    gl::keep_gl_out();
    let args = Args::parse();
    let paths = match Paths::resolve(args.config_dir.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("recording-control: {e}");
            std::process::exit(2);
        }
    };
    init_logging(Some(&log_file::tray_log(&paths)));
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("rc-async")
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("recording-control: could not start: {e}");
            std::process::exit(1);
        }
    };
    let _entered = runtime.enter();
    let overridden = args.config_dir.is_some();
    // One app per user (per config dir): a second launch hands its links, or
    // "open the settings window", to the running one and exits.
    if runtime.block_on(launch::hand_over(&paths, overridden, &args.links)) {
        return;
    }
    // The socket is this instance's claim: bound before anything visible, so
    // of two launches at the same moment one becomes the app and the other
    // hands over (connections wait in the backlog until the server serves).
    let bound = match runtime.block_on(socket::bind(&paths, overridden)) {
        socket::Bound::Lost => {
            // The other instance is starting: its socket answers within moments.
            for _ in 0..50 {
                if runtime.block_on(launch::hand_over(&paths, overridden, &args.links)) {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            eprintln!(
                "recording-control: another instance holds the control socket but did not answer"
            );
            std::process::exit(1);
        }
        bound => bound,
    };
    let mut event_loop = EventLoopBuilder::<MainEvent>::with_user_event().build();
    #[cfg(target_os = "macos")]
    macos::menu_bar_only(&mut event_loop);
    let (ui_tx, ui_rx) = tokio::sync::mpsc::unbounded_channel();
    let engine = Arc::new(Engine::new(paths, TokenStore::keychain(), ui_tx.clone()));
    let app = App::new(
        engine,
        ui_tx,
        runtime.handle().clone(),
        MainThread::new(event_loop.create_proxy()),
        overridden,
    );
    let mut tray = None;
    #[cfg(not(target_os = "linux"))]
    let mut global = hotkeys::global::GlobalHotkeys::start(&app.hotkeys);
    setup(&app, &args, bound, ui_rx);
    event_loop.run_return(|event, _target, control_flow| {
        *control_flow = ControlFlow::Wait;
        // The tray icon once the loop runs (macOS requires it; the same everywhere).
        if let Event::NewEvents(StartCause::Init) = &event {
            let bindings = app.hotkeys.manager.bindings();
            tray = match tray::Tray::create(&app.engine, &bindings, &app.main) {
                Ok(tray) => Some(tray),
                Err(e) => {
                    tracing::error!(error = %e, "the tray icon could not be created");
                    None
                }
            };
        }
        // The last event, whatever ends the loop (on Windows also the end of
        // the session, after which tao exits the process at once).
        if let Event::LoopDestroyed = &event {
            exit::resume_if_paused(&app);
        }
        #[cfg(target_os = "macos")]
        if let Event::Opened { urls } = &event {
            let links: Vec<String> = urls.iter().map(ToString::to_string).collect();
            deep_link::handle(&app.press, &links);
        }
        if let Event::UserEvent(event) = event {
            match event {
                #[cfg(not(target_os = "linux"))]
                MainEvent::Hotkeys(wanted) => {
                    global.apply(&app.hotkeys, wanted);
                }
                MainEvent::Tray { full } => {
                    if let Some(tray) = &tray {
                        tray.update(&app.engine, &app.hotkeys.manager.bindings(), full);
                    }
                }
                MainEvent::Menu(id) => menu::chosen(&app, &id),
                MainEvent::Quit => {
                    tray = None;
                    *control_flow = ControlFlow::Exit;
                }
            }
        }
    });
    tracing::info!("quit");
    drop(app);
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
}

/// SIGTERM / SIGINT / SIGHUP (logout, `kill`, Ctrl+C, the terminal or X
/// session going away) quit like the Quit menu item, so
/// the control socket is removed and a pause is resumed first (at the loop's
/// end, [`exit`]). The handlers are installed before this returns (before the
/// socket exists), so no signal falls through.
fn quit_on_signal(app: &App) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
            signal(SignalKind::hangup()),
        ) else {
            tracing::warn!("signal handlers could not be installed");
            return;
        };
        let app = app.clone();
        app.rt.clone().spawn(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
                _ = hup.recv() => {}
            }
            tracing::info!("signal received: quitting");
            app.quit();
        });
    }
    #[cfg(not(unix))]
    {
        let app = app.clone();
        app.rt.clone().spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                app.quit();
            }
        });
    }
}

fn setup(
    app: &App,
    args: &Args,
    bound: socket::Bound,
    ui_rx: tokio::sync::mpsc::UnboundedReceiver<ui_events::UiEvent>,
) {
    quit_on_signal(app);
    let engine = app.engine.clone();
    let demo = args.demo;
    app.rt.block_on(async {
        engine.reload();
        if demo && matches!(engine.mode(), Mode::NotConfigured { .. }) {
            if let Err(e) = engine.start_demo().await {
                tracing::error!(error = %e, "demo");
            }
        }
    });
    hotkeys::init(&app.hotkeys);
    app.reconfigure(false);
    deep_link::handle(&app.press, &args.links);
    // Known before the first request is served (`open` starts the window,
    // which connects there).
    app.window.set_address(socket::address(&bound));
    let input = socket::SocketInput {
        engine: app.engine.clone(),
        press: app.press.clone(),
        events: app.ui.clone(),
        host: Arc::new(app.clone()),
    };
    socket::serve(input, bound, &app.socket);
    app.rt.spawn(fanout::run(app.clone(), ui_rx));
    let l = engine.texts().get();
    for problem in app.environment.problems() {
        if app.environment.notifications.is_none() {
            app.notifier.info(&tr!(l, "something-missing"), &problem);
        }
    }
    if args.settings {
        settings_window::open_settings(&app.window_host());
    }
    if let Some(problem) = engine.policy().problem() {
        app.notifier
            .info(&tr!(l, "managed-not-applied"), &problem.render(&l));
    }
    match engine.mode() {
        Mode::NotConfigured { reason } => app.notifier.info(
            &tr!(l, "not-configured-title"),
            &tr!(l, "not-configured-body", reason = reason),
        ),
        Mode::Demo { .. } => app
            .notifier
            .info(&tr!(l, "demo-title"), &tr!(l, "demo-body")),
        Mode::Real { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::Args;
    use clap::Parser as _;

    /// The registered link handlers put `--` before the link: whatever a web
    /// page writes into a link stays a link, never an option.
    #[test]
    fn after_the_separator_everything_is_a_link() {
        let args = Args::try_parse_from([
            "recording-control",
            "--",
            "--config-dir=/tmp/evil",
            "--settings",
        ])
        .unwrap();
        assert_eq!(args.links, ["--config-dir=/tmp/evil", "--settings"]);
        assert!(args.config_dir.is_none() && !args.settings);
    }
}
