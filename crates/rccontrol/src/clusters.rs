//! 8x8 Contact Center clusters seen in 8x8's own API specs and docs. Not
//! complete and growing: the agent's login URL tells the cluster too.

/// Known cluster names (`{name}.8x8.com`).
pub fn known() -> Vec<String> {
    let mut out = Vec::new();
    let ranges: [(&str, &[std::ops::RangeInclusive<u32>]); 2] = [
        ("na", &[1..=20, 27..=30, 37..=40]),
        ("eu", &[1..=7, 9..=12, 21..=21]),
    ];
    for (region, spans) in ranges {
        for span in spans {
            out.extend(span.clone().map(|n| format!("vcc-{region}{n}")));
        }
    }
    out.extend(
        [
            "vcc-ap1", "vcc-au1", "vcc-ca1", "vcc-ca2", "vcc-ca2b", "vcc-sb1",
        ]
        .map(String::from),
    );
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_matches_the_reference() {
        let k = super::known();
        assert_eq!(k.len(), 20 + 4 + 4 + 7 + 4 + 1 + 6);
        for name in ["vcc-na7", "vcc-na40", "vcc-eu21", "vcc-ca2b", "vcc-sb1"] {
            assert!(k.iter().any(|c| c == name), "{name}");
        }
        for c in &k {
            assert!(crate::validate::cluster(c, false).is_ok(), "{c}");
        }
    }
}
