#!/usr/bin/env bash
# What adopting the library costs a user's first build: the seed program (update a customer's
# e-mail and phone) on `openprovider`, against the same two calls (login, PUT) written by hand
# on reqwest 0.13 (`rustls`, `json`), serde and tokio. Both are scratch crates of one workspace
# with one lock file, each built from an empty target folder in turn, `runs` times (default 2);
# it prints each build, the medians and the difference.
#
#   scripts/first-build.sh [runs]
#   OURS_TLS=ring scripts/first-build.sh    # the library with its `rustls-ring` feature
#   HAND_TLS=ring scripts/first-build.sh    # the hand-written side on rustls with `ring`
#   TIMINGS=1 scripts/first-build.sh 1      # also `cargo build --timings` of the library's side
#   REPO=../older-checkout scripts/first-build.sh  # the library of another checkout
#
# Needs the registry (crates.io) to resolve the scratch workspace the first time; the builds
# themselves use the local cache.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=${REPO:-$(pwd)}
runs=${1:-2}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/ours/src" "$scratch/hand/src"
cat > "$scratch/Cargo.toml" <<EOF
[workspace]
members = ["ours", "hand"]
resolver = "3"

[profile.dev]
debug = "line-tables-only"
EOF

cat > "$scratch/ours/Cargo.toml" <<EOF
[package]
name = "ours"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
openprovider = { path = "$repo"$( [ "${OURS_TLS:-}" = ring ] && echo ', default-features = false, features = ["rustls-ring"]' ) }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
EOF
cat > "$scratch/ours/src/main.rs" <<'EOF'
use openprovider::Client;
use openprovider::customers::{Phone, UpdateCustomerRequest};

#[tokio::main]
async fn main() -> Result<(), openprovider::Error> {
    let client = Client::from_env()?;
    let done = UpdateCustomerRequest::builder("XX123456-XX")
        .email("test@mail.tld")
        .phone(Phone::new("+31", "10", "123456"))
        .send(&client)
        .await?;
    println!("{}", done.success);
    Ok(())
}
EOF

if [ "${HAND_TLS:-}" = ring ]; then
    hand_reqwest='reqwest = { version = "0.13.5", default-features = false, features = ["rustls-no-provider", "json", "http2"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }'
    install='let _ = rustls::crypto::ring::default_provider().install_default();'
else
    hand_reqwest='reqwest = { version = "0.13.5", default-features = false, features = ["rustls", "json", "http2"] }'
    install=''
fi
cat > "$scratch/hand/Cargo.toml" <<EOF
[package]
name = "hand"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$hand_reqwest
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
EOF
cat > "$scratch/hand/src/main.rs" <<EOF
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct Login<'a> {
    username: &'a str,
    password: &'a str,
}

#[derive(Deserialize)]
struct Envelope<T> {
    code: i64,
    data: Option<T>,
}

#[derive(Deserialize)]
struct Token {
    token: String,
}

#[derive(Serialize)]
struct Phone<'a> {
    country_code: &'a str,
    area_code: &'a str,
    subscriber_number: &'a str,
}

#[derive(Serialize)]
struct Update<'a> {
    handle: &'a str,
    email: &'a str,
    phone: Phone<'a>,
}

#[derive(Deserialize)]
struct Success {
    success: bool,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    $install
    let base = std::env::var("OPENPROVIDER_BASE_URL")?;
    let http = reqwest::Client::new();
    let login: Envelope<Token> = http
        .post(format!("{base}/auth/login"))
        .json(&Login { username: &std::env::var("OPENPROVIDER_USERNAME")?, password: &std::env::var("OPENPROVIDER_PASSWORD")? })
        .send()
        .await?
        .json()
        .await?;
    let token = login.data.ok_or("no token")?.token;
    let done: Envelope<Success> = http
        .put(format!("{base}/customers/XX123456-XX"))
        .bearer_auth(token)
        .json(&Update {
            handle: "XX123456-XX",
            email: "test@mail.tld",
            phone: Phone { country_code: "+31", area_code: "10", subscriber_number: "123456" },
        })
        .send()
        .await?
        .json()
        .await?;
    println!("{} {}", done.code, done.data.map_or(false, |d| d.success));
    Ok(())
}
EOF

cd "$scratch"
cargo generate-lockfile -q
cargo fetch -q
seconds() {
    local target start end
    target=$(mktemp -d)
    start=$(date +%s.%N)
    CARGO_TARGET_DIR=$target cargo build -q --offline -p "$1"
    end=$(date +%s.%N)
    rm -rf "$target"
    awk "BEGIN {printf \"%.1f\", $end - $start}"
}
median() {
    sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
ours=()
hands=()
echo "first build from an empty target folder (cargo build, $(nproc) cores), in turn:"
for run in $(seq "$runs"); do
    o=$(seconds ours)
    h=$(seconds hand)
    ours+=("$o")
    hands+=("$h")
    echo "  run $run: on openprovider (${OURS_TLS:-aws-lc}) ${o} s, hand-written (${HAND_TLS:-aws-lc}) ${h} s"
done
o=$(printf '%s\n' "${ours[@]}" | median)
h=$(printf '%s\n' "${hands[@]}" | median)
echo "medians: on openprovider ${o} s, hand-written ${h} s, difference $(awk "BEGIN {printf \"%+.1f\", $o - $h}") s"
if [ -n "${TIMINGS:-}" ]; then
    target=$(mktemp -d)
    CARGO_TARGET_DIR=$target cargo build -q --offline -p ours --timings
    cp "$target"/cargo-timings/cargo-timing.html "$repo/target/first-build-timing.html" 2>/dev/null || true
    echo "timings: target/first-build-timing.html"
    rm -rf "$target"
fi
