//! Enrollment codes, device keys, ids, and their SHA-256 hashes.

use base64::Engine as _;
use rccontrol::relay::wire::DEVICE_KEY_PREFIX;
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

/// Crockford's base32 alphabet (no I, L, O, U).
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The system's random source failed.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the system's random number generator failed")]
pub struct RandomError;

fn random<const N: usize>() -> Result<Zeroizing<[u8; N]>, RandomError> {
    let mut bytes = Zeroizing::new([0u8; N]);
    SystemRandom::new()
        .fill(bytes.as_mut())
        .map_err(|_| RandomError)?;
    Ok(bytes)
}

/// Crockford base32 of `bytes` (5 bits a character, no padding).
fn base32(bytes: &[u8]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(bytes.len() * 8 / 5 + 1));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(CROCKFORD[((acc >> bits) & 31) as usize]));
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(char::from(CROCKFORD[((acc << (5 - bits)) & 31) as usize]));
    }
    out
}

/// A new enrollment code: 80 random bits as `XXXX-XXXX-XXXX-XXXX`.
pub fn new_code() -> Result<Zeroizing<String>, RandomError> {
    let raw = base32(random::<10>()?.as_ref());
    Ok(group(&raw))
}

fn group(raw: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(19));
    for (i, c) in raw.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// A typed code in its canonical form (`XXXX-XXXX-XXXX-XXXX`): case, dashes
/// and spaces ignored, I/L read as 1 and O as 0. `None` when it cannot be a code.
pub fn normalize_code(input: &str) -> Option<Zeroizing<String>> {
    let mut raw = Zeroizing::new(String::with_capacity(16));
    for c in input.chars() {
        let c = match c.to_ascii_uppercase() {
            '-' | ' ' => continue,
            'I' | 'L' => '1',
            'O' => '0',
            c if c.is_ascii() && CROCKFORD.contains(&(c as u8)) => c,
            _ => return None,
        };
        if raw.len() == 16 {
            return None;
        }
        raw.push(c);
    }
    (raw.len() == 16).then(|| group(&raw))
}

/// A new device key: `rcd_` + 32 random bytes in base64url without padding.
pub fn new_device_key() -> Result<Zeroizing<String>, RandomError> {
    let bytes = random::<32>()?;
    let mut key = Zeroizing::new(String::from(DEVICE_KEY_PREFIX));
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode_string(bytes.as_ref(), &mut key);
    Ok(key)
}

/// A new random id with `prefix` (`dv_`, `ag_`, `au_`): 80 bits, lower-case base32.
pub fn new_id(prefix: &str) -> Result<String, RandomError> {
    let raw = base32(random::<10>()?.as_ref());
    Ok(format!("{prefix}{}", raw.to_ascii_lowercase()))
}

/// The hex SHA-256 of `s`: how codes and keys are stored and looked up.
pub fn hash(s: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, s.as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_normalisation() {
        let code = new_code().unwrap();
        assert_eq!(code.len(), 19);
        assert_eq!(normalize_code(&code).unwrap().as_str(), code.as_str());
        let sloppy = code.to_ascii_lowercase().replace('-', " ");
        assert_eq!(normalize_code(&sloppy).unwrap().as_str(), code.as_str());
        assert_eq!(
            normalize_code("iloo-0000-0000-0000").unwrap().as_str(),
            "1100-0000-0000-0000"
        );
        assert!(normalize_code("0000-0000-0000-000").is_none());
        assert!(normalize_code("0000-0000-0000-00000").is_none());
        assert!(normalize_code("UUUU-0000-0000-0000").is_none());
        assert_ne!(new_code().unwrap(), new_code().unwrap());
    }

    #[test]
    fn keys_ids_and_hashes() {
        let key = new_device_key().unwrap();
        assert!(key.starts_with("rcd_"));
        assert_eq!(key.len(), 4 + 43);
        assert!(new_id("dv_").unwrap().starts_with("dv_"));
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
