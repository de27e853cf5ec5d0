//! Whose request this is, for the per-address enrollment limit: the TCP peer,
//! or — behind the reverse proxy that `plain_http` is for — the address the
//! proxy appended to `X-Forwarded-For`.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderMap;

/// The client's address. With `behind_proxy`, the rightmost entry of the last
/// `X-Forwarded-For` header when the peer is loopback (the proxy): entries to
/// its left came from the client and can be forged, the rightmost is what the
/// proxy saw. Otherwise, or when the header is missing or malformed, the peer.
pub(crate) fn client_ip(peer: SocketAddr, headers: &HeaderMap, behind_proxy: bool) -> IpAddr {
    if !behind_proxy || !peer.ip().is_loopback() {
        return peer.ip();
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|last| last.trim().parse::<IpAddr>().ok())
        .unwrap_or_else(|| peer.ip())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    const PROXY: &str = "127.0.0.1:40000";

    #[test]
    fn behind_the_proxy_the_rightmost_forwarded_address_counts() {
        let peer: SocketAddr = PROXY.parse().unwrap();
        let h = headers(&["198.51.100.7, 203.0.113.5"]);
        assert_eq!(client_ip(peer, &h, true).to_string(), "203.0.113.5");
        let h = headers(&["198.51.100.7", "2001:db8::1"]);
        assert_eq!(client_ip(peer, &h, true).to_string(), "2001:db8::1");
    }

    #[test]
    fn without_a_proxy_or_a_usable_header_the_peer_counts() {
        let peer: SocketAddr = PROXY.parse().unwrap();
        let forged = headers(&["203.0.113.5"]);
        assert_eq!(client_ip(peer, &forged, false), peer.ip(), "TLS mode");
        for bad in [&[][..], &["not-an-ip"], &["203.0.113.5, "]] {
            assert_eq!(client_ip(peer, &headers(bad), true), peer.ip(), "{bad:?}");
        }
        let remote: SocketAddr = "192.0.2.9:5000".parse().unwrap();
        assert_eq!(
            client_ip(remote, &forged, true),
            remote.ip(),
            "not the proxy"
        );
    }
}
