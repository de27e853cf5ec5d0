use super::*;

fn policy(text: &str) -> (tempfile::TempDir, Policy) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("managed.toml");
    std::fs::write(&path, text).unwrap();
    // What the file says; who may own it is tested in `ownership`.
    let p = Policy::parse(&path, text);
    (dir, p)
}

fn user(text: &str) -> Table {
    text.parse().unwrap()
}

const FLEET: &str = r#"
lock = ["cluster", "tenant", "max_pause_secs", "identity"]
cluster = "https://vcc-na7.8x8.com/AGUI/"
tenant = "acme01"
identity = "email"
email_template = "{username}@corp.example"
max_pause_secs = 300
reminder_secs = 120
[hotkeys]
pause = "ctrl+shift+f9"
"#;

#[test]
fn missing_file_is_no_policy() {
    let p = Policy::load(Path::new("/nonexistent/rccontrol/managed.toml"));
    assert!(!p.is_active());
    assert!(p.problem().is_none());
    assert_eq!(p.effective(user("tenant = 'x'")), user("tenant = 'x'"));
}

#[test]
fn defaults_fill_locks_win_and_values_are_normalized() {
    let (_d, p) = policy(FLEET);
    assert!(p.is_active(), "{:?}", p.problem());
    let merged = p.effective(user(
        "cluster = 'vcc-eu1.8x8.com'\ntenant = 'other'\nreminder_secs = 30\nmax_pause_secs = 0\n[hotkeys]\nresume = 'Ctrl+Alt+R'\n",
    ));
    assert_eq!(merged["cluster"].as_str(), Some("vcc-na7.8x8.com"));
    assert_eq!(merged["tenant"].as_str(), Some("acme01"));
    assert_eq!(merged["max_pause_secs"].as_integer(), Some(300));
    // Unlocked: the agent's value wins.
    assert_eq!(merged["reminder_secs"].as_integer(), Some(30));
    // Tables merge key by key: the managed pause binding stays, the agent's resume is added.
    assert_eq!(merged["hotkeys"]["pause"].as_str(), Some("Ctrl+Shift+F9"));
    assert_eq!(merged["hotkeys"]["resume"].as_str(), Some("Ctrl+Alt+R"));
}

#[test]
fn email_template_and_identity_lock() {
    let (_d, p) = policy(FLEET);
    let name = os_user_name();
    let merged = p.effective(Table::new());
    if let Some(name) = name {
        assert_eq!(
            merged["email"].as_str().map(str::to_owned),
            Some(format!("{name}@corp.example"))
        );
    }
    // Identity locked to e-mail: an agent ID in the agent's file is dropped.
    let merged = p.effective(user("agent_id = '1001'"));
    assert!(!merged.contains_key("agent_id"));
}

#[test]
fn refused_names_the_field_and_the_file() {
    let (_d, p) = policy(FLEET);
    let wanted = Settings {
        cluster: Some("vcc-na7.8x8.com".into()),
        tenant: Some("someone-else".into()),
        agent_id: Some("7".into()),
        max_pause_secs: Some(300),
        ..Settings::default()
    };
    let refused = p.refused(&wanted);
    let fields: Vec<_> = refused.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["tenant", "agent ID or e-mail"]);
    assert!(
        refused[0].problem.english().contains("managed.toml"),
        "{}",
        refused[0]
    );
    assert!(
        refused[0]
            .problem
            .english()
            .contains("locked by your administrator")
    );
}

#[test]
fn strip_keeps_only_the_agents_own_choices() {
    let (_d, p) = policy(FLEET);
    let mut t = user("tenant = 'acme01'\nreminder_secs = 120\nthrottle_ms = 500\n");
    p.strip(&mut t);
    assert_eq!(t, user("throttle_ms = 500"));
}

#[test]
fn allowed_custom_hosts_pass_validation() {
    let (_d, p) = policy("allowed_custom_hosts = ['rc-gw.corp.example:8443']\n");
    assert!(p.is_active(), "{:?}", p.problem());
    let mut s = Settings {
        cluster: Some("https://rc-gw.corp.example:8443/".into()),
        ..Settings::default()
    };
    s.allowed_hosts = p.allowed_hosts().to_vec();
    assert_eq!(s.host().unwrap().to_string(), "rc-gw.corp.example:8443");
    s.cluster = Some("evil.example".into());
    assert!(s.host().is_err());
}

#[test]
fn malformed_files_apply_nothing_and_say_why() {
    for (text, needle) in [
        ("tenant = ", "managed.toml"),
        ("tenat = 'x'", "unknown field"),
        (
            "lock = ['tenant']",
            "tenant is locked but the file gives no value",
        ),
        ("lock = ['colour']\n", "lockable fields are"),
        ("cluster = 'http://vcc-na7.8x8.com'", "cluster"),
        ("cluster = 'evil.example'", "allowed_custom_hosts"),
        ("email_template = 'nobody'", "email"),
        ("max_pause_secs = 1", "maximum pause"),
        (
            "[[auto_pause]]\npattern = '('\nregex = true",
            "auto-pause rules",
        ),
        ("[hotkeys]\npause = 'Ctrl+Nope'", "pause hotkey"),
        (
            "tenant = 'acme01'\nlock = ['tenant']\nmax_pause_secs = 99999",
            "maximum pause",
        ),
        (
            "lock = ['identity', 'email']\nidentity = 'agent_id'\nemail_template = '{username}@x.example'",
            "lock one or the other",
        ),
    ] {
        let (_d, p) = policy(text);
        assert!(!p.is_active(), "{text}");
        let problem = p.problem().map(Msg::english).unwrap_or_default();
        assert!(problem.contains(needle), "{text}: {problem}");
        assert!(problem.contains("nothing of it is applied"), "{problem}");
        // Nothing applied: no lock, no default.
        assert!(p.locked().is_empty());
        assert_eq!(p.effective(Table::new()), Table::new(), "{text}");
    }
}

#[test]
fn settings_load_effective_round_trip() {
    let (dir, p) = policy(FLEET);
    let file = dir.path().join("settings.toml");
    std::fs::write(&file, "email = 'me@corp.example'\nthrottle_ms = 250\n").unwrap();
    let s = Settings::load_effective(&file, &p).unwrap();
    assert_eq!(s.tenant.as_deref(), Some("acme01"));
    assert_eq!(s.email.as_deref(), Some("me@corp.example"));
    assert_eq!(s.max_pause_secs, Some(300));
    assert_eq!(s.hotkeys.pause, "Ctrl+Shift+F9");
    let (normalized, _) = s.validate().unwrap();
    normalized.save_with(&file, &p).unwrap();
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(!written.contains("acme01"), "{written}");
    assert!(!written.contains("max_pause_secs"), "{written}");
    assert!(written.contains("throttle_ms = 250"), "{written}");
    assert_eq!(Settings::load_effective(&file, &p).unwrap(), s);
}

#[test]
fn language_and_badge_can_be_set_and_locked() {
    let (_d, p) = policy(
        "lock = [\"badge\", \"language\"]\nbadge = true\nbadge_corner = \"Top-Left\"\nlanguage = \"es_mx\"\n",
    );
    assert!(p.is_active(), "{:?}", p.problem());
    let merged = p.effective(user(
        "badge = false\nlanguage = 'de-DE'\nbadge_corner = 'bottom-left'\n",
    ));
    assert_eq!(
        merged["badge"].as_bool(),
        Some(true),
        "locked: the admin's value"
    );
    assert_eq!(
        merged["language"].as_str(),
        Some("es-MX"),
        "normalized and locked"
    );
    assert_eq!(
        merged["badge_corner"].as_str(),
        Some("bottom-left"),
        "not locked: the agent's"
    );
    let (_d, bad) = policy("badge_corner = \"middle\"\n");
    let problem = bad.problem().map(Msg::english).unwrap_or_default();
    assert!(
        problem.contains("badge corner") && problem.contains("top-left"),
        "{problem}"
    );
    let (_d, bad) = policy("language = \"klingon\"\n");
    assert!(
        bad.problem()
            .map(Msg::english)
            .unwrap_or_default()
            .contains("language"),
        "{:?}",
        bad.problem()
    );
}

#[test]
fn live_state_can_be_set_and_locked_but_never_holds_the_credential() {
    let (_d, p) = policy(
        "lock = ['live_state', 'stream_host']\nlive_state = true\nstream_host = ' events.corp.example:8443 '\nstream_agent_id = 'agAglVJkg0TU28dok9y9UQKg'\n",
    );
    assert!(p.is_active(), "{:?}", p.problem());
    let merged = p.effective(user(
        "live_state = false\nstream_host = 'other.example'\nstream_agent_id = 'agMine01'\n",
    ));
    assert_eq!(merged["live_state"].as_bool(), Some(true), "locked");
    assert_eq!(
        merged["stream_host"].as_str(),
        Some("events.corp.example:8443"),
        "trimmed and locked"
    );
    assert_eq!(
        merged["stream_agent_id"].as_str(),
        Some("agMine01"),
        "not locked: the agent's"
    );
    let wanted = Settings {
        live_state: Some(false),
        stream_host: Some("events.corp.example:8443".into()),
        ..Settings::default()
    };
    let fields: Vec<_> = p.refused(&wanted).iter().map(|e| e.field).collect();
    assert_eq!(fields, [rccontrol_live_field()]);
    for (text, needle) in [
        ("stream_agent_id = 'a/b'", "stream_agent_id"),
        ("stream_host = 'wss://x.example'", "stream_host"),
        ("lock = ['stream_agent_id']", "stream_agent_id is locked"),
        ("stream_credential = 'eght_secret'", "unknown field"),
    ] {
        let (_d, bad) = policy(text);
        let problem = bad.problem().map(Msg::english).unwrap_or_default();
        assert!(problem.contains(needle), "{text}: {problem}");
        assert!(!problem.contains("eght_secret"), "{problem}");
    }
}

fn rccontrol_live_field() -> &'static str {
    crate::live::field::LIVE
}

#[test]
fn the_relay_can_be_set_and_locked_and_never_holds_a_key() {
    let (_d, p) = policy("lock = ['relay_url']\nrelay_url = 'https://relay.acme.example/'\n");
    assert!(p.is_active(), "{:?}", p.problem());
    let merged = p.effective(user("relay_url = 'https://elsewhere.example'\n"));
    assert_eq!(
        merged["relay_url"].as_str(),
        Some("https://relay.acme.example"),
        "normalized and locked"
    );
    let wanted = Settings {
        relay_url: Some("https://elsewhere.example".into()),
        ..Settings::default()
    };
    let fields: Vec<_> = p.refused(&wanted).iter().map(|e| e.field).collect();
    assert_eq!(fields, [crate::relay::url::FIELD]);
    for (text, needle) in [
        ("relay_url = 'http://relay.acme.example'", "relay_url"),
        ("relay_url = 'https://relay.acme.example/v1'", "relay_url"),
        ("relay_device_key = 'rcd_secret'", "unknown field"),
    ] {
        let (_d, bad) = policy(text);
        let problem = bad.problem().map(Msg::english).unwrap_or_default();
        assert!(problem.contains(needle), "{text}: {problem}");
        assert!(!problem.contains("rcd_secret"), "{problem}");
    }
}
