#!/usr/bin/env bash
# Märk-DNA benchmark: builds, generates a 100,000-row register with the `generate` command, runs
# every measurement RUNS times in fresh JVMs next to its reference (in the same run, because the
# machine's load moves absolute figures around), and prints a table of medians and ratios, also
# written to $BUILD/bench/results.md. Not part of `./mvnw verify`.
#
#   bench/run.sh                 # everything, 3 runs each
#   RUNS=5 bench/run.sh          # more runs
#   ROWS=20000 bench/run.sh      # a smaller register (quick check of the script)
#   BUILD=/tmp/b bench/run.sh    # another build folder (default: target-bench)
#   REUSE=1 bench/run.sh         # keep the whole-register database of the previous run (saves
#                                # its import, several minutes; the data is deterministic)
#
# Needs: JDK 17+, python3 is NOT needed; sqlite3 and LibreOffice Calc (both installed with
# apt-get when missing and possible; LibreOffice's reference is skipped when it cannot be); GNU time
# (/usr/bin/time) for the export's peak RSS, skipped when absent.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${BUILD:-$ROOT/target-bench}"
RUNS="${RUNS:-3}"
ROWS="${ROWS:-100000}"
OUT="$BUILD/bench"
DATA="$OUT/data"
WORK="$OUT/work"
HEAP="-Xmx256m"
MONOCLE="-Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 -Dprism.text=t2k -Duser.language=sv -Duser.country=SE"
cd "$ROOT"

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# median of the numbers given as arguments (the mean of the middle two for an even count)
median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END { if (NR == 0) print "n/a";
    else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.0f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
max() { printf '%s\n' "$@" | sort -n | tail -1; }
# value of key=... in a line of key=value pairs
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0 || a == "n/a" || b == "n/a") print "n/a";
  else printf "%.2f\n", a / b }'; }

# ---- build -------------------------------------------------------------------------------------
log "building into $BUILD"
./mvnw -B -q ${MVN_FLAGS:-} -Dbuild.dir="$BUILD" package -DskipTests
./mvnw -B -q ${MVN_FLAGS:-} -Dbuild.dir="$BUILD" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$OUT/test-classpath.txt" >/dev/null
mkdir -p "$OUT/classes" "$DATA" "$WORK"
CP="$BUILD/markdna.jar:$(cat "$OUT/test-classpath.txt")"
javac -nowarn -encoding UTF-8 -d "$OUT/classes" -cp "$CP" $(find "$ROOT/src/bench/java" -name '*.java')
CP="$OUT/classes:$CP"
JAR=(java -jar "$BUILD/markdna.jar")

# ---- tools -------------------------------------------------------------------------------------
if ! command -v sqlite3 >/dev/null; then
  log "installing sqlite3"
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get install -y sqlite3 >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y sqlite3 >/dev/null; }
  fi
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed for the import reference" >&2; exit 1; }
# LibreOffice Calc, the export's second reference: installed like sqlite3 when missing (the
# headless package, without the desktop); skipped when it cannot be installed.
if ! command -v soffice >/dev/null && ! command -v libreoffice >/dev/null && command -v apt-get >/dev/null; then
  log "installing LibreOffice Calc (headless)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  { $SUDO apt-get install -y libreoffice-calc-nogui >/dev/null 2>&1 \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y libreoffice-calc-nogui >/dev/null 2>&1; } \
    || $SUDO apt-get install -y libreoffice-calc >/dev/null 2>&1; } || log "LibreOffice not installed; its reference is skipped"
fi
SOFFICE="$(command -v soffice || command -v libreoffice || true)"
GNUTIME=""; [ -x /usr/bin/time ] && /usr/bin/time -v true 2>/dev/null && GNUTIME=/usr/bin/time

# ---- data --------------------------------------------------------------------------------------
log "generating $ROWS properties and $ROWS sprayers"
rm -rf "$DATA" "$WORK/csv-export" && mkdir -p "$DATA/all" "$DATA/properties"
"${JAR[@]}" generate --out "$DATA/all" --properties "$ROWS" --sprayers "$ROWS" --sites 200 --seed 1 >&2
for f in districts organisations contacts properties; do cp "$DATA/all/$f.csv" "$DATA/properties/"; done

# ---- 1. CSV import of the properties, against sqlite3 .import ----------------------------------
for a in IMPORT IMPORT_CPU SQLITE; do eval "$a=()"; done
for i in $(seq "$RUNS"); do
  rm -f "$WORK"/csv.db*
  line="$(java $HEAP -cp "$CP" se.markdna.bench.ImportBench "$WORK/csv.db" "$DATA"/properties/*.csv)"
  log "csv import $i: $line"
  IMPORT+=("$(field import_ms "$line")"); IMPORT_CPU+=("$(field main_cpu_ms "$line")")

  # the reference: the same file into a table with the same columns and the same unique key
  rm -f "$WORK"/ref.db*
  sqlite3 "$WORK/ref.db" "CREATE TABLE property (designation TEXT NOT NULL COLLATE NOCASE UNIQUE, name TEXT,
    street_address TEXT, postal_code TEXT, post_town TEXT, district TEXT, organisation_number TEXT, contact TEXT,
    latitude REAL, longitude REAL, building_type TEXT, dwellings INTEGER, signs INTEGER, stickers INTEGER,
    neighbourhood_watch TEXT, programme_phase TEXT, status TEXT, notes TEXT);"
  t0=$(now_ms)
  sqlite3 "$WORK/ref.db" ".mode csv" ".separator ;" ".import --skip 1 '$DATA/properties/properties.csv' property"
  SQLITE+=($(( $(now_ms) - t0 )))
  log "sqlite3 .import $i: ${SQLITE[-1]} ms"
done
sqlite3 "$WORK/ref.db" "SELECT count(*) FROM property" | grep -qx "$ROWS" || { echo "sqlite3 import incomplete" >&2; exit 1; }

# ---- the whole generated register, for the export and the GUI ----------------------------------
if [ -n "${REUSE:-}" ] && [ -s "$WORK/full.db" ]; then
  log "reusing $WORK/full.db (REUSE set)"
  FULL_IMPORT="n/a (reused)"
else
  log "importing the whole generated register (setup, not a table figure)"
  rm -f "$WORK"/full.db*
  line="$(java -Xmx512m -cp "$CP" se.markdna.bench.ImportBench "$WORK/full.db" "$DATA/all")"
  log "whole register: $line"
  FULL_IMPORT="$(field import_ms "$line")"
fi
rm -rf "$WORK/csv-export"
"${JAR[@]}" export --db "$WORK/full.db" --csv "$WORK/csv-export" >&2

# ---- 2. full xlsx export at -Xmx256m, against bare SXSSF and LibreOffice ------------------------
for a in EXPORT EXPORT_RSS BARE OFFICE; do eval "$a=()"; done
if [ -n "$SOFFICE" ]; then
  rm -rf "$WORK/office-profile" "$WORK/office" && mkdir -p "$WORK/office"
  "$SOFFICE" -env:UserInstallation="file://$WORK/office-profile" --headless --convert-to xlsx \
    --outdir "$WORK/office" "$WORK/csv-export/districts.csv" >/dev/null 2>&1 || true
fi
for i in $(seq "$RUNS"); do
  rm -f "$WORK/export.xlsx"
  if [ -n "$GNUTIME" ]; then
    line="$($GNUTIME -v -o "$WORK/time.txt" java $HEAP -cp "$CP" se.markdna.bench.ExportBench "$WORK/full.db" "$WORK/export.xlsx")"
    EXPORT_RSS+=($(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt") / 1024 )))
  else
    line="$(java $HEAP -cp "$CP" se.markdna.bench.ExportBench "$WORK/full.db" "$WORK/export.xlsx")"
  fi
  EXPORT+=("$(field export_ms "$line")")
  log "export $i: $line"
  rm -f "$WORK/bare.xlsx"
  line="$(java $HEAP -cp "$CP" se.markdna.bench.BareXlsx "$WORK/csv-export" "$WORK/bare.xlsx")"
  BARE+=("$(field export_ms "$line")")
  log "bare SXSSF $i: $line"
  if [ -n "$SOFFICE" ]; then
    rm -rf "$WORK/office" && mkdir -p "$WORK/office"
    t0=$(now_ms)
    # the export's CSV files are semicolon-separated UTF-8: without these import options Calc
    # splits on commas and puts each whole line into one cell, i.e. far fewer cells to write
    # (59 = ';', 34 = '"', 76 = UTF-8, 1 = from the first line); its own profile, created by an
    # untimed conversion before the loop, as a user's Calc has one already
    "$SOFFICE" -env:UserInstallation="file://$WORK/office-profile" --headless \
      --infilter="Text - txt - csv (StarCalc):59,34,76,1" --convert-to xlsx --outdir "$WORK/office" \
      "$WORK"/csv-export/*.csv >/dev/null 2>&1
    [ "$(ls "$WORK/office" | wc -l)" -eq "$(ls "$WORK"/csv-export/*.csv | wc -l)" ] || { echo "LibreOffice did not convert every file" >&2; exit 1; }
    OFFICE+=($(( $(now_ms) - t0 )))
    log "LibreOffice $i: ${OFFICE[-1]} ms"
  fi
done

# ---- 3. xlsx import of the 100,000 properties at -Xmx256m --------------------------------------
java $HEAP -cp "$CP" se.markdna.bench.ExportBench "$WORK/csv.db" "$WORK/properties.xlsx" >/dev/null
for a in XIMPORT XHEAP; do eval "$a=()"; done
for i in $(seq "$RUNS"); do
  rm -f "$WORK"/xlsx.db*
  line="$(java $HEAP -cp "$CP" se.markdna.bench.ImportBench "$WORK/xlsx.db" "$WORK/properties.xlsx")"
  XIMPORT+=("$(field import_ms "$line")"); XHEAP+=("$(field peak_heap_mb "$line")")
  log "xlsx import $i: $line"
done

# ---- 4. GUI, headless ----------------------------------------------------------------------------
rm -f "$WORK"/empty.db*
"${JAR[@]}" check --db "$WORK/empty.db" >/dev/null
for a in GUI_EMPTY GUI_FULL FILTER SORT DUE RSS; do eval "$a=()"; done
for i in $(seq "$RUNS"); do
  line="$(java $MONOCLE -cp "$CP" se.markdna.bench.GuiBench "$WORK/empty.db" 0 startup 2>>"$WORK/gui.err")"
  GUI_EMPTY+=("$(field startup_ms "$line")")
  log "gui empty $i: $line"
  line="$(java $MONOCLE -cp "$CP" se.markdna.bench.GuiBench "$WORK/full.db" "$ROWS" full 2>>"$WORK/gui.err")"
  log "gui full $i: $line"
  GUI_FULL+=("$(field startup_ms "$line")")
  IFS=, read -r -a f <<<"$(field filter_ms "$line")"; FILTER+=("$(median "${f[@]}")")
  IFS=, read -r -a s <<<"$(field sort_ms "$line")"; SORT+=("$(max "${s[@]}")")
  DUE+=("$(field due_ms "$line")")
  RSS+=("$(field vmhwm_mb "$line")")
done

# ---- table ---------------------------------------------------------------------------------------
m_import=$(median "${IMPORT[@]}"); m_sqlite=$(median "${SQLITE[@]}")
m_export=$(median "${EXPORT[@]}"); m_bare=$(median "${BARE[@]}")
m_office=$( [ ${#OFFICE[@]} -gt 0 ] && median "${OFFICE[@]}" || echo "n/a")
m_gui_full=$(median "${GUI_FULL[@]}"); m_gui_empty=$(median "${GUI_EMPTY[@]}")
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "n/a") print "not measured"; else if (v + 0 <= t + 0) print "met"; else print "MISSED" }'; }
r_import=$(ratio "$m_import" "$m_sqlite"); r_bare=$(ratio "$m_export" "$m_bare"); r_office=$(ratio "$m_export" "$m_office")
r_gui=$(ratio "$m_gui_full" "$m_gui_empty")
m_filter=$(median "${FILTER[@]}"); m_sort=$(median "${SORT[@]}"); m_due=$(median "${DUE[@]}")
RESULTS="$OUT/results.md"
{
  echo "| Figure | Median of $RUNS | Reference (median) | Ratio | Target | |"
  echo "|---|---:|---:|---:|---|---|"
  echo "| CSV import, $ROWS properties with validation (-Xmx256m) | $m_import ms | sqlite3 \`.import\` $m_sqlite ms | $r_import× | ≤ 2× | $(verdict "$r_import" 2) |"
  echo "| xlsx export, $ROWS properties + $ROWS sprayers + events (-Xmx256m) | $m_export ms | bare SXSSF $m_bare ms | $r_bare× | ≤ 1.25× | $(verdict "$r_bare" 1.25) |"
  echo "| xlsx export, same | $m_export ms | LibreOffice from CSV $m_office ms | $r_office× | ≤ 0.35× | $(verdict "$r_office" 0.35) |"
  echo "| xlsx export peak RSS | $( [ ${#EXPORT_RSS[@]} -gt 0 ] && median "${EXPORT_RSS[@]}" || echo n/a) MB | | | | |"
  echo "| xlsx import, $ROWS properties (-Xmx256m) | $(median "${XIMPORT[@]}") ms, peak heap $(max "${XHEAP[@]}") MB | | | completes | met |"
  echo "| GUI: start until the property table shows $ROWS rows | $m_gui_full ms | empty database $m_gui_empty ms | $r_gui× | ≤ 1.3× | $(verdict "$r_gui" 1.3) |"
  echo "| GUI: filter keystroke at $ROWS rows | $m_filter ms | | | ≤ 50 ms | $(verdict "$m_filter" 50) |"
  echo "| GUI: sorting a column at $ROWS rows (slowest column) | $m_sort ms | | | ≤ 300 ms | $(verdict "$m_sort" 300) |"
  echo "| GUI: Service due, $ROWS sprayers, $(( $(wc -l <"$DATA/all/sprayer_events.csv") - 1 )) events | $m_due ms | | | ≤ 300 ms | $(verdict "$m_due" 300) |"
  echo "| GUI peak RSS (VmHWM), $ROWS/$ROWS database | $(median "${RSS[@]}") MB | | | | |"
  echo
  echo "Raw runs (ms): csv import ${IMPORT[*]} (main-thread CPU ${IMPORT_CPU[*]}); sqlite3 ${SQLITE[*]};"
  echo "export ${EXPORT[*]}; bare ${BARE[*]}; LibreOffice ${OFFICE[*]:-n/a}; xlsx import ${XIMPORT[*]};"
  echo "GUI start ${GUI_FULL[*]} vs empty ${GUI_EMPTY[*]}; filter medians ${FILTER[*]}; slowest sort ${SORT[*]};"
  echo "Service due ${DUE[*]}; whole generated register imported once in $FULL_IMPORT ms."
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"); $(java -version 2>&1 | head -1)."
} >"$RESULTS"
cat "$RESULTS"
