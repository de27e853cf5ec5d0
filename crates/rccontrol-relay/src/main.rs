//! `rccontrol-relay`: see docs/relay.md.

fn main() {
    println!("rccontrol-relay");
}
