#!/bin/sh
# Regenerates every PNG / ICO / ICNS in icons/ from the hand-written SVG sources.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick (convert or magick); optional: png2icns (icnsutils).
# Usage: icons/render.sh   (from anywhere)
set -eu
cd "$(dirname "$0")"

if command -v magick >/dev/null 2>&1; then IM=magick; else IM=convert; fi
command -v rsvg-convert >/dev/null 2>&1 || { echo "rsvg-convert missing: apt-get install -y librsvg2-bin" >&2; exit 1; }

svg2png() { # svg size out  -> 8-bit RGBA PNG, transparent background
  rsvg-convert -w "$2" -h "$2" -b none "$1" -o "$3.tmp.png"
  "$IM" "$3.tmp.png" -define png:color-type=6 -depth 8 -define png:exclude-chunks=date,time +set date:create +set date:modify "PNG32:$3"
  rm -f "$3.tmp.png"
}

# 1. tray icons: 16, 22, 32, 64 px
mkdir -p png
for svg in tray-*.svg; do
  name=${svg%.svg}
  for s in 16 22 32 64; do svg2png "$svg" "$s" "png/$name-$s.png"; done
done

# 2. Tauri bundle icons from app-icon.svg
svg2png app-icon.svg 32  32x32.png
svg2png app-icon.svg 128 128x128.png
svg2png app-icon.svg 256 128x128@2x.png
svg2png app-icon.svg 512 icon.png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 16 32 48 128 256 512; do svg2png app-icon.svg "$s" "$tmp/app-$s.png"; done
"$IM" "$tmp/app-16.png" "$tmp/app-32.png" "$tmp/app-48.png" "$tmp/app-256.png" icon.ico
if command -v png2icns >/dev/null 2>&1; then
  rm -f icon.icns
  png2icns icon.icns "$tmp/app-16.png" "$tmp/app-32.png" "$tmp/app-48.png" \
    "$tmp/app-128.png" "$tmp/app-256.png" "$tmp/app-512.png" >/dev/null
else
  echo "png2icns not found (apt-get install -y icnsutils): icon.icns not regenerated" >&2
fi

# 3. contact sheet: each tray icon at 16 and 32 px on a light (#f0f0f0) and a dark (#202020) strip
cell() { # name bg out
  "$IM" -size 66x44 "xc:$2" \
    "png/$1-16.png" -geometry +8+14 -composite \
    "png/$1-32.png" -geometry +28+6 -composite "$3"
}
# one row per variant; the live rows have 4 states and are padded with 2 empty cells ("null:")
set --
for v in "" demo- live- demo-live-; do
  case "$v" in
    *live-) states="recording paused no-call not-recorded" ;;
    *) states="recording paused no-call not-enabled error unknown" ;;
  esac
  for st in $states; do
    n="tray-$v$st"
    cell "$n" "#f0f0f0" "$tmp/$n-l.png"
    cell "$n" "#202020" "$tmp/$n-d.png"
    "$IM" "$tmp/$n-l.png" "$tmp/$n-d.png" +append "$tmp/$n.png"
    set -- "$@" "$tmp/$n.png"
  done
  case "$v" in *live-) set -- "$@" null: null: ;; esac
done
font=""
if "$IM" -list font 2>/dev/null | grep -q 'Font: DejaVu-Sans$'; then font="-font DejaVu-Sans"; fi
if "$IM" -list font 2>/dev/null | grep -q 'Font:'; then
  # labelled underneath (file name without the tray- prefix)
  args=""
  for f in "$@"; do
    if [ "$f" = null: ]; then args="$args +label null:"; continue; fi
    lbl=$(basename "$f" .png); lbl=${lbl#tray-}
    args="$args -label $lbl $f"
  done
  # shellcheck disable=SC2086
  montage $font -pointsize 11 -background white -fill black $args \
    -tile 6x4 -geometry +6+6 contact-sheet.png
else
  montage "$@" -tile 6x4 -geometry +6+6 -background white contact-sheet.png
fi
"$IM" contact-sheet.png -define png:color-type=6 -depth 8 -define png:exclude-chunks=date,time +set date:create +set date:modify PNG32:contact-sheet.png
echo "rendered: $(ls png | wc -l) tray PNGs, bundle icons, contact-sheet.png"
