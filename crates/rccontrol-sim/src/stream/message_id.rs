//! Message ids: base64 of a Pulsar-like `MessageIdData` protobuf (ledger, entry).
//!
//! Every id of this simulator starts with `CM/P+oQB` (its one ledger), so it always holds
//! `/` and `+`; ids of entries below 16 384 also end in `=` padding. A client that forgets
//! to URL-encode the id when it resumes sends a `+` that the server reads as a space.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// The simulator's one ledger id (chosen so the encoded id holds `/` and `+`).
const LEDGER: u64 = 278_833_103;

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn get_varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// The id of `entry`: fields 1 (ledger), 2 (entry) and 4 (batch index 0).
pub(crate) fn encode(entry: u64) -> String {
    let mut bytes = vec![0x08];
    put_varint(&mut bytes, LEDGER);
    bytes.push(0x10);
    put_varint(&mut bytes, entry);
    bytes.extend_from_slice(&[0x20, 0x00]);
    STANDARD.encode(bytes)
}

/// Where a decoded id points relative to this simulator's ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// A ledger older than ours: everything retained comes after it.
    BeforeAll,
    /// An entry of our ledger.
    Entry(u64),
    /// A ledger newer than ours: nothing published yet comes after it.
    AfterAll,
}

/// Decodes an id (standard base64 of varint fields 1–4); `None` if it is not one.
pub(crate) fn decode(id: &str) -> Option<Position> {
    let bytes = STANDARD.decode(id).ok()?;
    let (mut ledger, mut entry, mut pos) = (None, None, 0);
    while pos < bytes.len() {
        let key = get_varint(&bytes, &mut pos)?;
        // Only varint fields 1..=4 exist in the id.
        if key & 7 != 0 || !(1..=4).contains(&(key >> 3)) {
            return None;
        }
        let value = get_varint(&bytes, &mut pos)?;
        match key >> 3 {
            1 => ledger = Some(value),
            2 => entry = Some(value),
            _ => {}
        }
    }
    let (ledger, entry) = (ledger?, entry?);
    Some(match ledger.cmp(&LEDGER) {
        std::cmp::Ordering::Less => Position::BeforeAll,
        std::cmp::Ordering::Equal => Position::Entry(entry),
        std::cmp::Ordering::Greater => Position::AfterAll,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_need_encoding() {
        for entry in [0, 1, 127, 128, 16_383, 16_384, 1 << 40] {
            let id = encode(entry);
            assert!(id.contains('+') && id.contains('/'), "{id}");
            assert_eq!(decode(&id), Some(Position::Entry(entry)));
        }
        assert!(encode(5).ends_with('='));
        assert!(encode(300).ends_with('='));
        // The `+` read as a space (a client that did not encode) is not an id.
        assert_eq!(decode(&encode(7).replace('+', " ")), None);
        assert_eq!(decode("Z2FyYmFnZQ=="), None);
        assert_eq!(decode("CAEQAQ=="), Some(Position::BeforeAll));
        assert_eq!(decode("not base64!"), None);
    }
}
