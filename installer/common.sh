# Shared by installer/linux/build.sh and installer/macos/build.sh (sourced, not run).
#
# Inputs (environment, all optional):
#   MARKDNA_BUILD_DIR  folder holding markdna.jar and lib/ (default: <repo>/target)
#   MARKDNA_DIST_DIR   where runtime, app-image and packages go (default: <repo>/target-installer)
#   MARKDNA_VERSION    version override (default: <version> of pom.xml, qualifier dropped)
#   MARKDNA_VENDOR     vendor shown by the package managers (default: Märk-DNA)
#   MARKDNA_MVN_BUILD  1: run ./mvnw package first, into MARKDNA_BUILD_DIR
set -euo pipefail

INSTALLER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$INSTALLER_DIR/.." && pwd)"
BUILD_DIR="${MARKDNA_BUILD_DIR:-$REPO_DIR/target}"
DIST_DIR="${MARKDNA_DIST_DIR:-$REPO_DIR/target-installer}"
APP_NAME=markdna                    # technical name: launcher, package, install folder
DISPLAY_NAME="Märk-DNA"             # what people see: menu entry, window, Start menu group
VENDOR="${MARKDNA_VENDOR:-Märk-DNA}"
DESCRIPTION="Märk-DNA - inventory of forensic DNA marking"
MAIN_CLASS=se.markdna.Launcher
JAVA_OPTIONS=(-Xmx1g)
MODULES="$(tr -d ' \r\n' < "$INSTALLER_DIR/jdk-modules.txt")"

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The pom's own <version> (two-space indent: the project's, not a dependency's or the parent's),
# reduced to the numeric MAJOR.MINOR.PATCH that jpackage (and MSI, and macOS) accept.
project_version() {
  local v="${MARKDNA_VERSION:-}"
  if [ -z "$v" ]; then
    v="$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' "$REPO_DIR/pom.xml" | head -n1)"
  fi
  [ -n "$v" ] || die "no <version> found in $REPO_DIR/pom.xml"
  v="${v#v}"
  v="${v%%[-+]*}"                   # 1.2.3-SNAPSHOT -> 1.2.3
  local IFS=.
  # shellcheck disable=SC2206
  local parts=($v)
  [ "${#parts[@]}" -ge 1 ] && [ "${#parts[@]}" -le 3 ] || die "version '$v' is not MAJOR.MINOR.PATCH"
  local p
  for p in "${parts[@]}"; do [[ "$p" =~ ^[0-9]+$ ]] || die "version '$v' is not numeric"; done
  while [ "${#parts[@]}" -lt 3 ]; do parts+=(0); done
  echo "${parts[0]}.${parts[1]}.${parts[2]}"
}

check_tools() {
  command -v jpackage >/dev/null 2>&1 || die "jpackage not found: JDK 17+ (not a JRE) must be on the PATH"
  command -v jlink >/dev/null 2>&1 || die "jlink not found: JDK 17+ must be on the PATH"
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${major%%.*}" -ge 17 ] 2>/dev/null || die "JDK 17+ needed, found Java ${major:-unknown}"
}

# jpackage --input takes the whole folder: stage only the jar and its lib/ (the manifest
# Class-Path points at lib/...), not classes/, test reports and the rest of target/.
stage_input() {
  if [ "${MARKDNA_MVN_BUILD:-0}" = 1 ]; then
    log "building the jar: ./mvnw package into $BUILD_DIR"
    (cd "$REPO_DIR" && ./mvnw -q -B "-Dbuild.dir=$BUILD_DIR" package -DskipTests)
  fi
  [ -f "$BUILD_DIR/markdna.jar" ] && [ -d "$BUILD_DIR/lib" ] \
    || die "$BUILD_DIR/markdna.jar and $BUILD_DIR/lib/ missing: run ./mvnw package -DskipTests first (or set MARKDNA_MVN_BUILD=1)"
  INPUT_DIR="$DIST_DIR/input"
  rm -rf "$INPUT_DIR"
  mkdir -p "$INPUT_DIR"
  cp "$BUILD_DIR/markdna.jar" "$INPUT_DIR/"
  cp -R "$BUILD_DIR/lib" "$INPUT_DIR/lib"
}

# A trimmed runtime: only the JDK modules the application and its libraries use (listed by
# hand in jdk-modules.txt; jdeps stops at POI's SparseBitSet automatic module). JavaFX is not
# in it: it stays on the class path from lib/, platform jars from Maven.
build_runtime() {
  RUNTIME_DIR="$DIST_DIR/runtime"
  rm -rf "$RUNTIME_DIR"
  log "jlink: $MODULES"
  jlink --add-modules "$MODULES" \
    --include-locales=en,sv \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$RUNTIME_DIR"
}

# Arguments every jpackage call shares; OS scripts add theirs.
common_jpackage_args() {
  local version="$1"
  COMMON_ARGS=(
    --name "$APP_NAME"
    --app-version "$version"
    --vendor "$VENDOR"
    --description "$DESCRIPTION"
    --copyright "Copyright $(date +%Y) $VENDOR"
    --input "$INPUT_DIR"
    --main-jar markdna.jar
    --main-class "$MAIN_CLASS"
    --runtime-image "$RUNTIME_DIR"
    --dest "$DIST_DIR"
  )
  local o
  for o in "${JAVA_OPTIONS[@]}"; do COMMON_ARGS+=(--java-options "$o"); done
}

# Runs the packaged launcher the way an administrator would check an install.
smoke_test_launcher() {
  local launcher="$1" tmp
  tmp="$(mktemp -d)"
  log "smoke test: $launcher --version, demo, check (data folder $tmp/data)"
  # the data folder goes to a temporary folder, so a test never touches a real user's register
  MARKDNA_DATA="$tmp/data"
  JAVA_TOOL_OPTIONS_SAVED="${JAVA_TOOL_OPTIONS:-}"
  export JAVA_TOOL_OPTIONS="-Dmarkdna.data.dir=$MARKDNA_DATA"
  local rc=0
  "$launcher" --version || rc=$?
  [ $rc -eq 0 ] && { "$launcher" demo --db "$tmp/x.db" || rc=$?; }
  [ $rc -eq 0 ] && { "$launcher" check --db "$tmp/x.db" | tee "$tmp/check.out" || rc=$?; }
  [ $rc -eq 0 ] && { grep -q 'integrity: ok' "$tmp/check.out" || rc=1; }
  if [ -n "$JAVA_TOOL_OPTIONS_SAVED" ]; then export JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS_SAVED"; else unset JAVA_TOOL_OPTIONS; fi
  rm -rf "$tmp"
  [ $rc -eq 0 ] || die "packaged launcher failed (exit $rc)"
  log "smoke test passed"
}
