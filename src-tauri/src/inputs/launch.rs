//! One app per user: a second launch finds the running app on the control
//! socket and hands over what it was launched for — its `rccontrol://` links
//! (sent as actions with trigger `link`; the running app obeys them only when
//! links are on), or else "open the settings window" — then exits.

use super::deep_link;
use rccontrol::Paths;
use rccontrol::control_socket::{Command, Reply, Request, SocketAddress, socket_address};
use std::time::Duration;

/// How long the running app may take to answer the hand-over.
const HAND_OVER_TIMEOUT: Duration = Duration::from_secs(12);

/// True when another instance answered and took over (this one should exit).
pub async fn hand_over(paths: &Paths, config_dir_overridden: bool, links: &[String]) -> bool {
    let Ok(address) = socket_address(paths, config_dir_overridden) else {
        return false;
    };
    let first = match first_request(links) {
        Some(r) => r,
        None => Request::new(Command::Open),
    };
    match rccontrol::control_socket::request(&address, &first, HAND_OVER_TIMEOUT).await {
        Err(e) if e.nothing_sent() => {
            tracing::debug!(error = %e, "no running app: starting");
            false
        }
        Err(e) => {
            eprintln!("recording-control: the running app did not answer: {e}");
            true
        }
        Ok(reply) => {
            log_reply(&reply);
            send_rest(&address, links).await;
            eprintln!("recording-control: already running; handed over to it");
            true
        }
    }
}

/// The request for the first link, or `None` when launched without links.
fn first_request(links: &[String]) -> Option<Request> {
    links.first().map(|link| link_request(link))
}

/// A link as a request: a known link is its `link_*` command (audited with
/// trigger `link`); an
/// unknown one is said in a notification here and only `status` is sent (the
/// running app never hears of it).
fn link_request(link: &str) -> Request {
    match deep_link::parse(link) {
        Some(action) => Request::new(Command::link(action)),
        None => {
            deep_link::notify_unknown(link);
            Request::new(Command::Status)
        }
    }
}

async fn send_rest(address: &SocketAddress, links: &[String]) {
    for link in links.iter().skip(1) {
        match rccontrol::control_socket::request(address, &link_request(link), HAND_OVER_TIMEOUT)
            .await
        {
            Ok(reply) => log_reply(&reply),
            Err(e) => eprintln!("recording-control: {link}: {e}"),
        }
    }
}

fn log_reply(reply: &Reply) {
    match reply {
        Reply::Error(f) => eprintln!("recording-control: {}", f.message),
        Reply::Action(a) => eprintln!("recording-control: {}", a.report.message),
        Reply::Status(_) => {}
    }
}
