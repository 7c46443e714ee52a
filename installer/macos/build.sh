#!/usr/bin/env bash
# Builds the macOS disk image of Märk-DNA with jpackage (JDK 17+), on a Mac:
#   installer/macos/build.sh [--test]
# Produces target-installer/markdna-<version>-macos-<arch>.dmg holding markdna.app (shown as
# Märk-DNA in the menu bar); the arch is the build Mac's (x86_64 or arm64). The JavaFX jars in lib/
# must be the macOS ones: run ./mvnw package on the Mac (Maven picks the classifier for the
# OS and CPU it runs on: mac or mac-aarch64). Unsigned unless MARKDNA_MAC_SIGN_IDENTITY is set
# ("Developer ID Application: ..."); an unsigned app needs right-click > Open the first time.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/common.sh"

test_launcher=0
for a in "$@"; do
  case "$a" in
    --test) test_launcher=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown argument: $a" ;;
  esac
done
[ "$(uname -s)" = Darwin ] || die "the .dmg is built on macOS (jpackage cannot cross-build)"

check_tools
VERSION="$(project_version)"
# CFBundleVersion must start at 1: jpackage refuses "0.x.y" on macOS ("The first number in an
# app-version cannot be zero"). A 0.MINOR.PATCH release gets bundle version 1.MINOR.PATCH; the
# .dmg file name and `markdna --version` keep the real version.
BUNDLE_VERSION="$VERSION"
if [ "${VERSION%%.*}" = 0 ]; then
  BUNDLE_VERSION="1.${VERSION#0.}"
  log "macOS bundle version $BUNDLE_VERSION for $VERSION (CFBundleVersion cannot start with 0)"
fi
log "Märk-DNA $VERSION for macOS"
mkdir -p "$DIST_DIR"
stage_input
build_runtime
common_jpackage_args "$BUNDLE_VERSION"

if ls "$INPUT_DIR"/lib/javafx-graphics-*-linux.jar >/dev/null 2>&1; then
  die "lib/ holds the Linux JavaFX jars: run ./mvnw package on this Mac first (MARKDNA_MVN_BUILD=1)"
fi

sign=()
if [ -n "${MARKDNA_MAC_SIGN_IDENTITY:-}" ]; then
  sign=(--mac-sign --mac-signing-key-user-name "$MARKDNA_MAC_SIGN_IDENTITY")
fi

rm -f "$DIST_DIR/$APP_NAME-$BUNDLE_VERSION.dmg"
log "jpackage --type dmg"
# The user's data lives in ~/Library/Application Support/MarkDNA, never inside markdna.app:
# dragging the app to the bin leaves the register alone.
jpackage --type dmg "${COMMON_ARGS[@]}" "${sign[@]}" \
  --icon "$INSTALLER_DIR/icon/markdna.icns" \
  --mac-package-identifier se.markdna.app \
  --mac-package-name "$DISPLAY_NAME" \
  --java-options "-Dapple.awt.application.name=$DISPLAY_NAME"
DMG="$DIST_DIR/$APP_NAME-$VERSION-macos-$(uname -m).dmg"
mv -f "$DIST_DIR/$APP_NAME-$BUNDLE_VERSION.dmg" "$DMG"
ls -l "$DMG"

if [ $test_launcher = 1 ]; then
  # the same launcher that ends up in /Applications/markdna.app, from a throwaway app-image
  rm -rf "$DIST_DIR/$APP_NAME.app"
  jpackage --type app-image "${COMMON_ARGS[@]}" --icon "$INSTALLER_DIR/icon/markdna.icns" \
    --mac-package-identifier se.markdna.app --mac-package-name "$DISPLAY_NAME"
  smoke_test_launcher "$DIST_DIR/$APP_NAME.app/Contents/MacOS/$APP_NAME"
fi
