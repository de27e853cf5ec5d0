//! The store suite, run on SQLite (a temp file) and on a real PostgreSQL:
//! the same case functions on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::{Action, Trigger};
use rccontrol_relay::config::DatabaseUrl;
use rccontrol_relay::{AuditFilter, EnrollError, KeyLookup, Store, StoreError};
use sqlx::Row;
use std::time::Duration;

const HOUR: Duration = Duration::from_secs(3600);
const T0: u64 = 1_800_000_000_000;

async fn open(url: &DatabaseUrl) -> Store {
    Store::open(url).await.expect("open the store")
}

fn active(l: KeyLookup) -> rccontrol_relay::DeviceRow {
    match l {
        KeyLookup::Active(d) => d,
        other => panic!("expected an active key, got {other:?}"),
    }
}

async fn migration_idempotent(url: DatabaseUrl) {
    let a = open(&url).await;
    a.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    a.close().await;
    let b = open(&url).await;
    b.ping().await.unwrap();
    assert_eq!(b.list_agents(T0).await.unwrap().len(), 1);
    let c = open(&url).await;
    c.ping().await.unwrap();
    if c.backend() == rccontrol_relay::config::Backend::Sqlite {
        let pool = sqlx::AnyPool::connect(&raw_url(&url)).await.unwrap();
        let mode: String = sqlx::query("PRAGMA journal_mode")
            .fetch_one(&pool)
            .await
            .unwrap()
            .try_get(0)
            .unwrap();
        assert_eq!(mode.to_ascii_lowercase(), "wal");
        pool.close().await;
    }
}

async fn code_once_only(url: DatabaseUrl) {
    let s = open(&url).await;
    let issued = s
        .add_agent("First.Last@X.example", Some("agOne1"), HOUR, T0)
        .await
        .unwrap();
    assert_eq!(issued.email, "first.last@x.example");
    assert_eq!(issued.expires_at_ms, T0 + 3_600_000);
    let sloppy = issued.code.to_ascii_lowercase().replace('-', "");
    let e = s.enroll(&sloppy, "laptop", T0 + 1).await.unwrap();
    assert!(e.device_id.starts_with("dv_"));
    assert!(e.device_key.starts_with("rcd_"));
    assert_eq!(e.agent.email, "first.last@x.example");
    assert_eq!(e.agent.agent_id.as_deref(), Some("agOne1"));
    assert!(matches!(
        s.enroll(&issued.code, "other", T0 + 2).await,
        Err(EnrollError::Refused)
    ));
    let d = active(s.device_by_key(&e.device_key).await.unwrap());
    assert_eq!(
        (d.id.as_str(), d.name.as_str()),
        (e.device_id.as_str(), "laptop")
    );
    let enrolled = s.audit(AuditFilter::default()).await.unwrap();
    assert!(enrolled.iter().any(|r| r.kind == "admin"
        && r.detail.as_deref() == Some("enrolled")
        && r.device.as_deref() == Some(e.device_id.as_str())));
}

async fn expired_or_unknown_code_refused(url: DatabaseUrl) {
    let s = open(&url).await;
    let issued = s
        .add_agent("a@x.example", None, Duration::from_secs(60), T0)
        .await
        .unwrap();
    let r = s.enroll(&issued.code, "laptop", T0 + 60_000).await;
    assert!(matches!(r, Err(EnrollError::Refused)), "{r:?}");
    for bad in ["0000-0000-0000-0000", "not a code", ""] {
        assert!(matches!(
            s.enroll(bad, "laptop", T0).await,
            Err(EnrollError::Refused)
        ));
    }
    assert!(matches!(
        s.device_by_key("rcd_nope").await.unwrap(),
        KeyLookup::Unknown
    ));
    assert!(matches!(
        s.device_by_key("nope").await.unwrap(),
        KeyLookup::Unknown
    ));
    // Still usable just before expiry.
    let issued = s
        .add_agent("a@x.example", None, Duration::from_secs(60), T0)
        .await
        .unwrap();
    s.enroll(&issued.code, "laptop", T0 + 59_999).await.unwrap();
}

async fn concurrent_enrollment_one_winner(url: DatabaseUrl) {
    let s = open(&url).await;
    let issued = s.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..8 {
        let (s, code) = (s.clone(), issued.code.clone());
        tasks.push(tokio::spawn(async move {
            s.enroll(&code, &format!("pc{i}"), T0 + 1).await
        }));
    }
    let (mut won, mut refused) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => won += 1,
            Err(EnrollError::Refused) => refused += 1,
            Err(e) => panic!("enrollment failed: {e}"),
        }
    }
    assert_eq!((won, refused), (1, 7));
    let agents = s.list_agents(T0).await.unwrap();
    assert_eq!(agents[0].devices.len(), 1);
    assert_eq!(agents[0].pending_codes, 0);
}

async fn revoke_immediate(url: DatabaseUrl) {
    let s = open(&url).await;
    let c1 = s.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    let c2 = s.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    let d1 = s.enroll(&c1.code, "one", T0).await.unwrap();
    let d2 = s.enroll(&c2.code, "two", T0).await.unwrap();
    let pending = s.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    assert!(
        s.revoke_device("a@x.example", &d1.device_id, T0 + 1)
            .await
            .unwrap()
    );
    assert!(
        !s.revoke_device("a@x.example", &d1.device_id, T0 + 2)
            .await
            .unwrap()
    );
    assert_eq!(
        s.device_by_key(&d1.device_key).await.unwrap(),
        KeyLookup::Revoked
    );
    active(s.device_by_key(&d2.device_key).await.unwrap());
    assert!(matches!(
        s.revoke_device("a@x.example", "dv_nope", T0).await,
        Err(StoreError::UnknownDevice(_))
    ));
    assert_eq!(s.revoke_agent("a@x.example", T0 + 3).await.unwrap(), 1);
    assert_eq!(
        s.device_by_key(&d2.device_key).await.unwrap(),
        KeyLookup::Revoked
    );
    assert!(matches!(
        s.enroll(&pending.code, "three", T0 + 4).await,
        Err(EnrollError::Refused)
    ));
    let a = &s.list_agents(T0 + 5).await.unwrap()[0];
    assert_eq!(a.pending_codes, 0);
    assert!(a.devices.iter().all(|d| d.revoked_at_ms.is_some()));
    assert!(matches!(
        s.revoke_agent("b@x.example", T0).await,
        Err(StoreError::UnknownAgent(_))
    ));
}

async fn rotate_replaces(url: DatabaseUrl) {
    let s = open(&url).await;
    let c = s.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    let d = s.enroll(&c.code, "one", T0).await.unwrap();
    let new_key = s.rotate_device_key(&d.device_id, T0 + 1).await.unwrap();
    assert_ne!(new_key.as_str(), d.device_key.as_str());
    assert_eq!(
        s.device_by_key(&d.device_key).await.unwrap(),
        KeyLookup::Revoked
    );
    assert_eq!(
        active(s.device_by_key(&new_key).await.unwrap()).id,
        d.device_id
    );
    let newer = s.rotate_device_key(&d.device_id, T0 + 2).await.unwrap();
    assert_eq!(s.device_by_key(&new_key).await.unwrap(), KeyLookup::Revoked);
    active(s.device_by_key(&newer).await.unwrap());
    // The agent: devices revoked, a new code that works.
    let code = s.rotate_agent("a@x.example", HOUR, T0 + 3).await.unwrap();
    assert_eq!(s.device_by_key(&newer).await.unwrap(), KeyLookup::Revoked);
    assert!(matches!(
        s.rotate_device_key(&d.device_id, T0 + 4).await,
        Err(StoreError::UnknownDevice(_))
    ));
    let d2 = s.enroll(&code.code, "two", T0 + 4).await.unwrap();
    active(s.device_by_key(&d2.device_key).await.unwrap());
}

async fn enrolled_device(
    s: &Store,
    email: &str,
    agent_id: Option<&str>,
) -> rccontrol_relay::DeviceRow {
    let c = s.add_agent(email, agent_id, HOUR, T0).await.unwrap();
    let e = s.enroll(&c.code, "pc", T0).await.unwrap();
    active(s.device_by_key(&e.device_key).await.unwrap())
}

async fn pending_becomes_interrupted(url: DatabaseUrl) {
    let s = open(&url).await;
    let d = enrolled_device(&s, "a@x.example", Some("agA1")).await;
    let stale = s
        .begin_action(&d, Action::Pause, Trigger::Hotkey, "r1", T0)
        .await
        .unwrap();
    let done = s
        .begin_action(&d, Action::Resume, Trigger::Tray, "r1", T0 + 1)
        .await
        .unwrap();
    s.finish_action(&done, "success", Some(200), 42)
        .await
        .unwrap();
    let fresh = s
        .begin_action(&d, Action::Pause, Trigger::Cli, "r1", T0 + 120_000)
        .await
        .unwrap();
    assert_eq!(s.interrupt_stale(T0 + 60_000).await.unwrap(), 1);
    assert_eq!(s.interrupt_stale(T0 + 60_000).await.unwrap(), 0);
    let rows = s.audit(AuditFilter::default()).await.unwrap();
    let by_id = |id: &str| rows.iter().find(|r| r.id == id).unwrap().clone();
    assert_eq!(by_id(&stale).outcome.as_deref(), Some("interrupted"));
    let done = by_id(&done);
    assert_eq!(
        (
            done.outcome.as_deref(),
            done.http_status,
            done.latency_ms,
            done.trigger.as_deref(),
            done.action.as_deref()
        ),
        (
            Some("success"),
            Some(200),
            Some(42),
            Some("tray"),
            Some("resume")
        )
    );
    assert_eq!(done.agent_id.as_deref(), Some("agA1"));
    assert_eq!(done.replica.as_deref(), Some("r1"));
    assert_eq!(by_id(&fresh).outcome.as_deref(), Some("pending"));
    assert!(matches!(
        s.finish_action("au_nope", "success", None, 1).await,
        Err(StoreError::UnknownAudit(_))
    ));
}

async fn state_row_deduplicated(url: DatabaseUrl) {
    let s = open(&url).await;
    enrolled_device(&s, "a@x.example", Some("agA1")).await;
    assert!(
        s.record_state("m1", "agA1", "paused", Some("agent"), None, T0)
            .await
            .unwrap()
    );
    assert!(
        !s.record_state("m1", "agA1", "paused", Some("agent"), None, T0 + 5)
            .await
            .unwrap()
    );
    assert!(
        s.record_state("m1", "agB2", "paused", None, None, T0)
            .await
            .unwrap()
    );
    assert!(
        s.record_state("m2", "agA1", "recording", None, Some("x"), T0)
            .await
            .unwrap()
    );
    let rows: Vec<_> = s
        .audit(AuditFilter::default())
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == "state")
        .collect();
    assert_eq!(rows.len(), 3);
    let first = rows
        .iter()
        .find(|r| r.agent_id.as_deref() == Some("agA1") && r.action.as_deref() == Some("paused"))
        .unwrap();
    assert_eq!(first.agent_email.as_deref(), Some("a@x.example"));
    assert_eq!(first.trigger.as_deref(), Some("agent"));
}

async fn audit_filters(url: DatabaseUrl) {
    let s = open(&url).await;
    let a = enrolled_device(&s, "a@x.example", None).await;
    let b = enrolled_device(&s, "b@x.example", None).await;
    s.begin_action(&a, Action::Pause, Trigger::Hotkey, "r", T0 + 10)
        .await
        .unwrap();
    s.begin_action(&b, Action::Pause, Trigger::Hotkey, "r", T0 + 20)
        .await
        .unwrap();
    s.begin_action(&a, Action::Resume, Trigger::Hotkey, "r", T0 + 30)
        .await
        .unwrap();
    let only_a = s
        .audit(AuditFilter {
            agent_email: Some("A@x.example".into()),
            since_ms: None,
        })
        .await
        .unwrap();
    assert!(
        only_a
            .iter()
            .all(|r| r.agent_email.as_deref() == Some("a@x.example"))
    );
    assert_eq!(only_a.iter().filter(|r| r.kind == "action").count(), 2);
    let since = s
        .audit(AuditFilter {
            agent_email: None,
            since_ms: Some(T0 + 20),
        })
        .await
        .unwrap();
    assert_eq!(since.len(), 2);
    let both = s
        .audit(AuditFilter {
            agent_email: Some("a@x.example".into()),
            since_ms: Some(T0 + 11),
        })
        .await
        .unwrap();
    assert_eq!(both.len(), 1);
    assert_eq!(both[0].action.as_deref(), Some("resume"));
    let all = s.audit(AuditFilter::default()).await.unwrap();
    assert!(all.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
    assert!(matches!(
        s.audit(AuditFilter {
            agent_email: Some("bad".into()),
            since_ms: None
        })
        .await,
        Err(StoreError::Invalid { field: "email", .. })
    ));
}

async fn prune_deletes_old_rows(url: DatabaseUrl) {
    let s = open(&url).await;
    let a = enrolled_device(&s, "a@x.example", None).await;
    for at in [T0 + 100, T0 + 200, T0 + 300] {
        s.begin_action(&a, Action::Pause, Trigger::Hotkey, "r", at)
            .await
            .unwrap();
    }
    let before = s.audit(AuditFilter::default()).await.unwrap().len();
    assert_eq!(s.prune(T0 + 150).await.unwrap() as usize, before - 2);
    let left = s.audit(AuditFilter::default()).await.unwrap();
    assert_eq!(left.len(), 2);
    assert!(left.iter().all(|r| r.at_ms >= T0 + 150));
    // Pruning is the audit's business only: the device stays.
    let agents = s.list_agents(T0).await.unwrap();
    assert!(
        agents
            .iter()
            .flat_map(|a| &a.devices)
            .any(|x| x.id == a.id && x.revoked_at_ms.is_none())
    );
}

async fn rate_limit_count(url: DatabaseUrl) {
    let s = open(&url).await;
    let a = enrolled_device(&s, "a@x.example", None).await;
    let b = enrolled_device(&s, "b@x.example", None).await;
    for at in [T0, T0 + 30_000, T0 + 59_000, T0 + 61_000] {
        s.begin_action(&a, Action::Pause, Trigger::Hotkey, "r", at)
            .await
            .unwrap();
    }
    s.begin_action(&b, Action::Pause, Trigger::Hotkey, "r", T0 + 40_000)
        .await
        .unwrap();
    s.record_state("m", "x1", "paused", None, None, T0 + 40_000)
        .await
        .unwrap();
    assert_eq!(s.actions_since(&a.id, T0 + 1_000).await.unwrap(), 3);
    assert_eq!(s.actions_since(&a.id, T0).await.unwrap(), 4);
    assert_eq!(s.actions_since(&b.id, T0).await.unwrap(), 1);
    assert_eq!(s.actions_since("dv_none", 0).await.unwrap(), 0);
    // Which action's leaving the window frees a slot (Retry-After):
    // 3 actions since T0+1s; at a limit of 3 the oldest (T0+30s), at 2 the
    // second (T0+59s), at 4 none (a slot is free).
    let slot = |limit| s.action_freeing_a_slot(&a.id, T0 + 1_000, limit);
    assert_eq!(slot(3).await.unwrap(), Some(T0 + 30_000));
    assert_eq!(slot(2).await.unwrap(), Some(T0 + 59_000));
    assert_eq!(slot(1).await.unwrap(), Some(T0 + 61_000));
    assert_eq!(slot(4).await.unwrap(), None);
}

async fn list_and_touch(url: DatabaseUrl) {
    let s = open(&url).await;
    let d = enrolled_device(&s, "a@x.example", Some("agA1")).await;
    s.add_agent("b@x.example", None, HOUR, T0).await.unwrap();
    s.touch_device(&d.id, T0 + 500).await.unwrap();
    let agents = s.list_agents(T0 + 1).await.unwrap();
    assert_eq!(agents.len(), 2);
    assert_eq!(agents[0].email, "a@x.example");
    assert_eq!(agents[0].agent_id.as_deref(), Some("agA1"));
    assert_eq!(agents[0].devices[0].last_seen_at_ms, Some(T0 + 500));
    assert_eq!(agents[0].devices[0].enrolled_at_ms, T0);
    assert_eq!(agents[1].pending_codes, 1);
    assert_eq!(
        s.list_agents(T0 + 2 * 3_600_000).await.unwrap()[1].pending_codes,
        0
    );
    // agent id updated when given again
    s.add_agent("b@x.example", Some("agB2"), HOUR, T0)
        .await
        .unwrap();
    assert_eq!(
        s.list_agents(T0).await.unwrap()[1].agent_id.as_deref(),
        Some("agB2")
    );
}

async fn bad_input_names_the_field(url: DatabaseUrl) {
    let s = open(&url).await;
    for (email, agent_id, field) in [
        ("no-at", None, "email"),
        ("a@b@c", None, "email"),
        ("a b@c", None, "email"),
        ("", None, "email"),
        ("a@x.example", Some("a/b"), "agent_id"),
        ("a@x.example", Some("x"), "agent_id"),
    ] {
        match s.add_agent(email, agent_id, HOUR, T0).await {
            Err(StoreError::Invalid { field: f, .. }) => assert_eq!(f, field, "{email}"),
            other => panic!("{email:?}/{agent_id:?}: {other:?}"),
        }
    }
    let long = format!("{}@x.example", "a".repeat(250));
    assert!(matches!(
        s.add_agent(&long, None, HOUR, T0).await,
        Err(StoreError::Invalid { field: "email", .. })
    ));
    let c = s.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    match s.enroll(&c.code, "  ", T0).await {
        Err(EnrollError::Store(StoreError::Invalid {
            field: "device_name",
            ..
        })) => {}
        other => panic!("{other:?}"),
    }
    // The code was not consumed by the refused name.
    s.enroll(&c.code, "ok", T0).await.unwrap();
}

async fn secrets_absent(url: DatabaseUrl) {
    let s = open(&url).await;
    let c = s
        .add_agent("a@x.example", Some("agA1"), HOUR, T0)
        .await
        .unwrap();
    let unused = s.add_agent("a@x.example", None, HOUR, T0).await.unwrap();
    let e = s.enroll(&c.code, "pc", T0).await.unwrap();
    let rotated = s.rotate_device_key(&e.device_id, T0 + 1).await.unwrap();
    let d = active(s.device_by_key(&rotated).await.unwrap());
    s.begin_action(&d, Action::Pause, Trigger::Hotkey, "r", T0 + 2)
        .await
        .unwrap();
    let secrets: Vec<String> = [&c.code, &unused.code, &e.device_key, &rotated]
        .iter()
        .flat_map(|s| {
            let s = s.as_str().to_owned();
            [
                s.clone(),
                s.replace('-', ""),
                s.trim_start_matches("rcd_").to_owned(),
            ]
        })
        .collect();
    let pool = sqlx::AnyPool::connect(&raw_url(&url)).await.unwrap();
    let mut seen_text = 0;
    for table in [
        "agents",
        "enrollment_codes",
        "devices",
        "retired_keys",
        "audit",
    ] {
        let rows = sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(&pool)
            .await
            .unwrap();
        assert!(
            !rows.is_empty() || table == "retired_keys",
            "{table} is empty"
        );
        for row in &rows {
            for i in 0..row.len() {
                if let Ok(Some(text)) = row.try_get::<Option<String>, _>(i) {
                    seen_text += 1;
                    for secret in &secrets {
                        assert!(!text.contains(secret.as_str()), "a secret in {table}");
                    }
                }
            }
        }
    }
    assert!(seen_text > 10);
    pool.close().await;
    for debug in [
        format!("{c:?}"),
        format!("{e:?}"),
        format!("{s:?}"),
        format!("{url:?}"),
    ] {
        for secret in &secrets {
            assert!(!debug.contains(secret.as_str()), "a secret in {debug}");
        }
    }
}

fn raw_url(url: &DatabaseUrl) -> String {
    let u = url.expose().to_owned();
    if u.starts_with("sqlite:") {
        format!("{u}?mode=rw")
    } else {
        u
    }
}

macro_rules! suite {
    ($($case:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $case() {
                    let dir = tempfile::tempdir().unwrap();
                    let url = rccontrol_relay::config::DatabaseUrl::parse(
                        &format!("sqlite://{}/relay.db", dir.path().display())).unwrap();
                    super::$case(url).await;
                }
            )*
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
        async fn on_postgres() {
            let started = rccontrol_testkit::postgres::Postgres::start();
            if let Err(e) = &started {
                eprintln!("on_postgres: {e}");
            }
            if !rccontrol_testkit::available("on_postgres", "PostgreSQL", started.is_ok()) {
                return;
            }
            let server = started.unwrap();
            let mut ran = 0;
            $(
                let url = DatabaseUrl::parse(&server.create_database(stringify!($case)).unwrap()).unwrap();
                $case(url).await;
                ran += 1;
                eprintln!("on_postgres: {} ok", stringify!($case));
            )*
            eprintln!("on_postgres: {ran} cases passed");
        }
    };
}

suite!(
    migration_idempotent,
    code_once_only,
    expired_or_unknown_code_refused,
    concurrent_enrollment_one_winner,
    revoke_immediate,
    rotate_replaces,
    pending_becomes_interrupted,
    state_row_deduplicated,
    audit_filters,
    prune_deletes_old_rows,
    rate_limit_count,
    list_and_touch,
    bad_input_names_the_field,
    secrets_absent,
);

#[tokio::test]
async fn open_errors_hide_the_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url =
        DatabaseUrl::parse(&format!("postgres://relay:s3cretpw@127.0.0.1:{port}/relay")).unwrap();
    let e = Store::open(&url).await.expect_err("nothing listens there");
    assert!(matches!(e, StoreError::Database(_)), "{e:?}");
    assert!(!e.to_string().contains("s3cretpw") && !format!("{e:?}").contains("s3cretpw"));
    let e = Store::open(&DatabaseUrl::parse("sqlite:///nonexistent-dir/x/relay.db").unwrap())
        .await
        .expect_err("no such directory");
    assert!(e.to_string().starts_with("database"), "{e}");
}
