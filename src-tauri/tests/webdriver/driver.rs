//! A WebDriver client for the settings window (tauri-driver in front of
//! WebKitWebDriver): sessions, elements, scripts, screenshots.

use super::common::*;
use rccontrol_testkit::ChildGuard;
use serde_json::{Value, json};
use std::process::{Command, Stdio};
use std::time::Duration;

pub const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Driver {
    http: reqwest::Client,
    base: String,
    session: String,
}

impl Driver {
    /// With `RC_SCREENSHOT_DIR` set, runs `script` (to arrange the page) and
    /// saves the window as `NAME.png` there — how the README's pictures are made.
    pub async fn screenshot(&self, script: &str, name: &str) {
        use base64::Engine as _;
        let Some(shots) = std::env::var_os("RC_SCREENSHOT_DIR") else {
            return;
        };
        self.execute(script).await;
        // Two frames later the change is painted: the snapshot is of what was
        // last painted.
        self.execute_async(
            "const done = arguments[arguments.length - 1];\
             requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
        )
        .await;
        let png = self.call(reqwest::Method::GET, "/screenshot", None).await;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().unwrap())
            .unwrap();
        std::fs::write(
            std::path::Path::new(&shots).join(format!("{name}.png")),
            bytes,
        )
        .unwrap();
    }

    /// Runs `script` in the page (WebDriver's `execute/sync`, no arguments);
    /// what it returns.
    pub async fn execute(&self, script: &str) -> Value {
        self.call(
            reqwest::Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
        .await
    }

    /// Runs `script` in the page as an asynchronous script (WebDriver's
    /// `execute/async`): it ends by calling its last argument with the result.
    pub async fn execute_async(&self, script: &str) -> Value {
        self.call(
            reqwest::Method::POST,
            "/execute/async",
            Some(json!({"script": script, "args": []})),
        )
        .await
    }

    /// Presses and releases each key of `keys` in turn, as a keyboard would,
    /// into whatever has the focus (WebDriver's actions; `keys::TAB` and the
    /// like for the keys that are not characters).
    pub async fn keys(&self, keys: &str) {
        let strokes: Vec<Value> = keys
            .chars()
            .flat_map(|c| {
                let c = c.to_string();
                [
                    json!({"type": "keyDown", "value": c}),
                    json!({"type": "keyUp", "value": c}),
                ]
            })
            .collect();
        self.call(
            reqwest::Method::POST,
            "/actions",
            Some(json!({"actions": [{"type": "key", "id": "keyboard", "actions": strokes}]})),
        )
        .await;
    }

    /// What has the keyboard focus: its id, else its tag (and name).
    pub async fn focused(&self) -> String {
        let v = self
            .execute(
                "const e = document.activeElement; \
                 return e ? (e.id || e.tagName.toLowerCase() + (e.name ? `[name=${e.name}]` : '')) : ''",
            )
            .await;
        v.as_str().unwrap_or_default().to_owned()
    }

    pub async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        match self.try_call(method, path, body).await {
            Ok(v) => v,
            Err(v) => panic!("{path}: {v}"),
        }
    }

    /// One WebDriver command: its value, or the whole answer when it is an error.
    async fn try_call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, Value> {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut req = self.http.request(method, url);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        if v["value"].get("error").is_some() {
            Err(v)
        } else {
            Ok(v["value"].clone())
        }
    }

    /// Finds `css` and runs one command on it (`{id}` in `path` is the
    /// element). When the page re-rendered the element between the two
    /// ("stale element reference"), finds it again — at most 50 times.
    async fn on_element(
        &self,
        css: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        let mut last = Value::Null;
        for _ in 0..50 {
            let id = self.find(css).await;
            let at = path.replace("{id}", &id);
            match self.try_call(method.clone(), &at, body.clone()).await {
                Ok(v) => return v,
                Err(v) if v["value"]["error"] == "stale element reference" => {
                    last = v;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(v) => panic!("{css} {at}: {v}"),
            }
        }
        panic!("{css} {path}: stale 50 times in a row; last: {last}")
    }
    /// The element `css` names. While the page is (re)loading it may not be
    /// there yet: looks again for up to 5 s before failing.
    pub async fn find(&self, css: &str) -> String {
        let body = json!({"using": "css selector", "value": css});
        let mut last = Value::Null;
        for _ in 0..50 {
            match self
                .try_call(reqwest::Method::POST, "/element", Some(body.clone()))
                .await
            {
                Ok(v) => return v[ELEMENT].as_str().unwrap().to_owned(),
                Err(v) if v["value"]["error"] == "no such element" => {
                    last = v;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(v) => panic!("find {css}: {v}"),
            }
        }
        panic!("find {css}: not there after 5 s; last: {last}")
    }
    pub async fn click(&self, css: &str) {
        self.on_element(
            css,
            reqwest::Method::POST,
            "/element/{id}/click",
            Some(json!({})),
        )
        .await;
    }
    pub async fn type_into(&self, css: &str, text: &str) {
        self.on_element(
            css,
            reqwest::Method::POST,
            "/element/{id}/clear",
            Some(json!({})),
        )
        .await;
        self.on_element(
            css,
            reqwest::Method::POST,
            "/element/{id}/value",
            Some(json!({"text": text})),
        )
        .await;
    }
    pub async fn text(&self, css: &str) -> String {
        let v = self
            .on_element(css, reqwest::Method::GET, "/element/{id}/text", None)
            .await;
        v.as_str().unwrap_or_default().to_owned()
    }
    pub async fn property(&self, css: &str, name: &str) -> Value {
        self.on_element(
            css,
            reqwest::Method::GET,
            &format!("/element/{{id}}/property/{name}"),
            None,
        )
        .await
    }
    /// Polls the text of `css` until `pred` holds (bounded).
    pub async fn wait_text(&self, css: &str, what: &str, pred: impl Fn(&str) -> bool) -> String {
        for _ in 0..200 {
            let t = self.text(css).await;
            if pred(&t) {
                return t;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "timed out waiting for {what}; {css} says {:?}",
            self.text(css).await
        );
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn tauri_driver() -> std::path::PathBuf {
    let home = std::env::var_os("HOME")
        .map(std::path::PathBuf::from)
        .unwrap_or_default();
    let local = home.join(".cargo/bin/tauri-driver");
    if local.exists() {
        local
    } else {
        "tauri-driver".into()
    }
}

/// tauri-driver on free ports (stopped by PID on drop), with `env` for the
/// settings window it starts; its stderr (and the window's) into `stderr`.
pub fn spawn_driver(env: &[(&str, &std::ffi::OsStr)], stderr: Stdio) -> (ChildGuard, String) {
    let (port, native) = (free_port(), free_port());
    let mut cmd = Command::new(tauri_driver());
    cmd.args([
        "--port",
        &port.to_string(),
        "--native-port",
        &native.to_string(),
    ])
    .stdout(Stdio::null())
    .stderr(stderr)
    // English whatever the machine's locale, unless a test says otherwise.
    .env("RCCONTROL_LANG", "en-US");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let driver = ChildGuard::spawn(&mut cmd)
        .expect("tauri-driver (cargo install tauri-driver --locked; ./test installs it)");
    (driver, format!("http://127.0.0.1:{port}"))
}

/// The tray app on `dir` (with `env`), then a WebDriver session on its
/// settings window: the window's binary, which connects to that app.
pub async fn open_session(
    base: &str,
    dir: &std::path::Path,
    env: &[(&str, &std::ffi::OsStr)],
) -> (App, Driver) {
    let env: Vec<(&str, &str)> = env
        .iter()
        .map(|(k, v)| (*k, v.to_str().expect("UTF-8 environment")))
        .collect();
    let app = App::start(dir, &[], &env);
    let driver = driver_session(base, &["--config-dir", dir.to_str().unwrap()]).await;
    (app, driver)
}

/// A WebDriver session on the settings window's binary started with `args`.
pub async fn driver_session(base: &str, args: &[&str]) -> Driver {
    // Bounded: a driver that never answers fails the test instead of hanging it.
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let mut up = false;
    for _ in 0..100 {
        if http.get(format!("{base}/status")).send().await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "tauri-driver did not come up");
    let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {
        "application": SETTINGS_APP,
        "args": args,
    }}}});
    let created: Value = http
        .post(format!("{base}/session"))
        .json(&caps)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let session = created["value"]["sessionId"]
        .as_str()
        .unwrap_or_else(|| panic!("no session: {created}"))
        .to_owned();
    Driver {
        http,
        base: base.to_owned(),
        session,
    }
}

impl Driver {
    pub async fn close(&self) {
        let _ = self
            .http
            .delete(format!("{}/session/{}", self.base, self.session))
            .send()
            .await;
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// WebDriver's codes for the keys that are not characters.
pub mod keys {
    /// Tab.
    pub const TAB: &str = "\u{E004}";
    /// Enter (Return).
    pub const ENTER: &str = "\u{E007}";
    /// The space bar.
    pub const SPACE: &str = "\u{E00D}";
}
