#!/usr/bin/env bash
# Builds the Linux packages of Märk-DNA with jpackage (JDK 17+):
#   installer/linux/build.sh [--test] [--gui-test] [app-image] [deb] [rpm]
# Without a type: app-image, then .deb (when dpkg-deb and fakeroot exist), then .rpm (when
# rpmbuild exists); a missing tool skips that package with a note. Types named explicitly
# must succeed. --test runs the packaged launcher (--version, demo, check on a temporary
# database); --gui-test also starts the GUI under xvfb-run with --smoke-test.
# Reads markdna.jar and lib/ from $MARKDNA_BUILD_DIR (default target/), writes to
# $MARKDNA_DIST_DIR (default target-installer/). See installer/README.md.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/common.sh"

test_launcher=0
gui_test=0
types=()
for a in "$@"; do
  case "$a" in
    --test) test_launcher=1 ;;
    --gui-test) test_launcher=1; gui_test=1 ;;
    app-image|deb|rpm) types+=("$a") ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown argument: $a" ;;
  esac
done
explicit=1
if [ ${#types[@]} -eq 0 ]; then
  explicit=0
  types=(app-image deb rpm)
fi

check_tools
VERSION="$(project_version)"
log "Märk-DNA $VERSION for Linux: ${types[*]}"
mkdir -p "$DIST_DIR"
stage_input
build_runtime
common_jpackage_args "$VERSION"
RES_DIR="$INSTALLER_DIR/linux/resources"
ICON="$INSTALLER_DIR/icon/markdna.png"

size_note() { du -sh "$1" | cut -f1; }

for type in "${types[@]}"; do
  case "$type" in
    app-image)
      rm -rf "$DIST_DIR/$APP_NAME"
      log "jpackage --type app-image"
      jpackage --type app-image "${COMMON_ARGS[@]}" --icon "$ICON"
      log "app-image: $DIST_DIR/$APP_NAME ($(size_note "$DIST_DIR/$APP_NAME"))"
      if [ $test_launcher = 1 ]; then
        smoke_test_launcher "$DIST_DIR/$APP_NAME/bin/$APP_NAME"
        if [ $gui_test = 1 ]; then
          command -v xvfb-run >/dev/null 2>&1 || die "--gui-test needs xvfb-run (apt-get install xvfb xauth)"
          tmp="$(mktemp -d)"
          log "GUI smoke test under Xvfb"
          JAVA_TOOL_OPTIONS="-Dmarkdna.data.dir=$tmp/data" xvfb-run -a -s "-screen 0 1280x800x24" \
            "$DIST_DIR/$APP_NAME/bin/$APP_NAME" gui --db "$tmp/x.db" --smoke-test
          rm -rf "$tmp"
        fi
      fi
      ;;
    deb|rpm)
      if [ "$type" = deb ]; then need=(dpkg-deb fakeroot); else need=(rpmbuild); fi
      missing=""
      for t in "${need[@]}"; do command -v "$t" >/dev/null 2>&1 || missing="$missing $t"; done
      if [ -n "$missing" ]; then
        [ $explicit = 1 ] && die ".$type needs:$missing"
        log "skipping .$type:$missing not installed"
        continue
      fi
      rm -f "$DIST_DIR"/"$APP_NAME"[_-]"$VERSION"*."$type"
      log "jpackage --type $type"
      # jpackage's .deb/.rpm install to /opt/markdna; --linux-shortcut adds the menu entry
      # (resources/markdna.desktop: display name Märk-DNA, category Office); the .deb's
      # postinst/prerm link /usr/bin/markdna. Nothing is written outside /opt, the menu
      # and that link: user data in ~/.local/share/markdna survives an uninstall.
      extra=()
      [ -n "${MARKDNA_MAINTAINER:-}" ] && [ "$type" = deb ] && extra+=(--linux-deb-maintainer "$MARKDNA_MAINTAINER")
      [ -n "${MARKDNA_LICENSE:-}" ] && [ "$type" = rpm ] && extra+=(--linux-rpm-license-type "$MARKDNA_LICENSE")
      if [ "$type" = deb ]; then
        deps=libgtk-3-0; category=misc
      else
        deps=gtk3; category=Applications/Productivity    # Fedora/RHEL/SUSE name of GTK 3
      fi
      jpackage --type "$type" "${COMMON_ARGS[@]}" "${extra[@]}" \
        --icon "$ICON" \
        --resource-dir "$RES_DIR" \
        --linux-package-name "$APP_NAME" \
        --linux-menu-group "Office;" \
        --linux-app-category "$category" \
        --linux-shortcut \
        --linux-package-deps "$deps"
      ls -l "$DIST_DIR"/"$APP_NAME"[_-]"$VERSION"*."$type"
      ;;
  esac
done
