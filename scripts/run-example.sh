#!/usr/bin/env bash
# Set up, build, and run skywarp's main job on the bundled example:
# reproject example/input.fits (TAN, ICRS) onto a Galactic CAR grid (example/target_galactic.hdr), then
# draw a PNG quick-look of the result (example/out/galactic.png).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-python
cargo build --release -p skywarp-cli
SW=target/release/skywarp
mkdir -p example/out
echo "== skywarp info example/input.fits"
$SW info example/input.fits
echo "== skywarp xy2sky example/input.fits 1 1 256 256"
$SW xy2sky example/input.fits 1 1 256 256
echo "== skywarp reproject example/input.fits --to example/target_galactic.hdr -o example/out/galactic.fits"
$SW reproject example/input.fits --to example/target_galactic.hdr -o example/out/galactic.fits
$SW info example/out/galactic.fits
echo "== skywarp preview example/out/galactic.fits -o example/out/galactic.png"
$SW preview example/out/galactic.fits -o example/out/galactic.png
