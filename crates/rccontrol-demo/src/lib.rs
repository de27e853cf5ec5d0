//! The built-in demo: the 8x8 simulator in-process, a client that trusts its
//! throw-away CA, and a controller whose audit log and state live in a
//! temporary directory — real settings are never touched.
//!
//! Used by `rcctl demo` and the tray app's demo mode. The core (`rccontrol`)
//! knows nothing of the simulator; this crate joins the two.

use rccontrol::live::{LiveHandle, StreamCredential};
use rccontrol::{
    BelievedState, Client, ClientOptions, Controller, EventSink, Paths, Secret, Session, Settings,
    Texts,
};
use rccontrol_sim::{DEMO_STREAM_KEY, DEMO_TOKEN, Scenario, SimOptions};
use std::sync::Arc;

/// What a front end needs of the simulator to drive the demo: the simulator
/// itself (its calls and flags), how to name an agent, and the demo account.
pub use rccontrol_sim::{AgentRef, DEMO_AGENT_ID, DEMO_EMAIL, DEMO_TENANT, Simulator};

/// Why the demo could not start.
#[derive(Debug, thiserror::Error)]
#[error("the demo could not start: {0}")]
pub struct DemoError(String);

/// A running demo.
#[derive(Debug)]
pub struct Demo {
    /// The simulator (tests and the CLI demo flip its flags).
    pub sim: Simulator,
    /// The controller pointed at it.
    pub controller: Controller,
    /// The live state from the simulator's event stream.
    pub live: LiveHandle,
    dir: tempfile::TempDir,
}

impl Demo {
    /// Starts the simulator with the demo scenario and a controller over it,
    /// writing to the demo's own audit log and state plus `extra` sinks.
    pub async fn start(extra: Vec<Arc<dyn EventSink>>) -> Result<Demo, DemoError> {
        Self::start_with(extra, Texts::default()).await
    }

    /// [`Demo::start`], its reports said in the language of `texts`.
    pub async fn start_with(
        extra: Vec<Arc<dyn EventSink>>,
        texts: Texts,
    ) -> Result<Demo, DemoError> {
        let fail = |e: &dyn std::fmt::Display| DemoError(e.to_string());
        let dir = tempfile::tempdir().map_err(|e| fail(&e))?;
        let ca = dir.path().join("demo-ca.pem");
        let sim = Simulator::start(SimOptions {
            port: 0,
            ca_pem_path: Some(ca.clone()),
            scenario: Scenario::demo(),
        })
        .await
        .map_err(|e| fail(&e))?;
        let settings = Settings {
            cluster: Some(sim.base_url()),
            tenant: Some(DEMO_TENANT.into()),
            email: Some(DEMO_EMAIL.into()),
            ca_file: Some(ca.clone()),
            allow_custom_host: true,
            live_state: Some(true),
            stream_agent_id: Some(DEMO_AGENT_ID.into()),
            stream_host: Some(format!("127.0.0.1:{}", sim.port())),
            ..Settings::default()
        };
        let (_, config) = settings.validate().map_err(|e| fail(&e))?;
        let live_config = config
            .live
            .clone()
            .ok_or_else(|| DemoError("the demo's live state is not configured".into()))?;
        let tenant = config.tenant.clone();
        let options = ClientOptions {
            texts,
            ..ClientOptions::default()
        };
        let client = Client::new(config, Secret::new(DEMO_TOKEN), options).map_err(|e| fail(&e))?;
        let mut sinks = Session::file_sinks(&Paths::in_dir(dir.path()));
        sinks.extend(extra);
        let (live_sink, inbox) = rccontrol::live::channel();
        sinks.push(Arc::new(live_sink));
        let controller = Controller::spawn(Arc::new(client), BelievedState::Unknown, sinks);
        let live = LiveHandle::spawn(
            &live_config,
            &tenant,
            StreamCredential::new(DEMO_STREAM_KEY),
            Some(&ca),
            controller.clone(),
            inbox,
        )
        .map_err(|e| fail(&e))?;
        Ok(Demo {
            sim,
            controller,
            live,
            dir,
        })
    }

    /// Where the demo keeps its audit log and state.
    pub fn paths(&self) -> Paths {
        Paths::in_dir(self.dir.path())
    }

    /// Stops the simulator; the temporary directory goes with `self`.
    pub async fn shutdown(self) {
        self.live.stop().await;
        self.sim.shutdown().await;
    }
}
