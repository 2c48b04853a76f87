#!/usr/bin/env bash
# The project's two commands, for a fresh Debian 12 / Ubuntu machine (root, or a user with sudo):
#
#   bash build/bootstrap.sh start [GUI options]   set up, fill a demo data dir once, start the GUI
#   bash build/bootstrap.sh test  [pytest args]   set up, start PostgreSQL, lint, type-check, test
#
# Both are idempotent: apt runs only when a package is missing, the venv is (re)installed only
# when pyproject.toml changed, translations are rebuilt only when a .ts is newer than its .qm.
#
# Environment:
#   QC_DATA_DIR      data dir for `start` (default: .data/demo in the repository)
#   QC_XVFB=1        `start` without a display: run the GUI inside a virtual X server (Xvfb)
#   QC_SKIP_APT=1    never call apt-get (the system libraries are managed some other way)
#   QC_TEST_PG_PORT  first port tried for the test PostgreSQL (default 54329)
#   PYTHON           the interpreter the venv is made from (default python3, needs >= 3.11)
set -euo pipefail

CALLER_DIR="$PWD"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.qc-bootstrap-stamp"
PYTHON="${PYTHON:-python3}"

# Shared libraries the app loads (Qt 6 xcb + offscreen platforms, ZBar), found with `ldd` on
# PySide6's libQt6Gui/Widgets/XcbQpa and platforms/*.so in a bare Debian 12 chroot. Qt >= 6.5
# no longer needs libxcb-xinerama0. The same list belongs in a .deb's Depends.
APP_PKGS=(
  python3-venv
  libzbar0 libpulse0
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1
)
XVFB_PKGS=(xvfb xauth)
TEST_PKGS=(postgresql poppler-utils "${XVFB_PKGS[@]}")

SUMMARY=()

say() { printf '[bootstrap] %s\n' "$*"; }
die() { printf '[bootstrap] ERROR: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
record() { SUMMARY+=("$(printf '%-22s %-5s %6ss' "$1" "$2" "$3")"); }

print_summary() {
  say "summary:"
  local line
  for line in "${SUMMARY[@]}"; do printf '    %s\n' "$line"; done
}

# Run a command as root: directly, through sudo, or fail saying what was needed.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    if [ -t 0 ]; then sudo "$@"; else sudo -n "$@"; fi
  else
    die "need root for: $* (run as root, or install sudo)"
  fi
}

# Whether as_root can work without stopping for a password nobody can type.
can_be_root() {
  [ "$(id -u)" -eq 0 ] && return 0
  command -v sudo >/dev/null 2>&1 || return 1
  [ -t 0 ] || sudo -n true 2>/dev/null
}

# Whether a Debian package is installed (Ubuntu 24.04 renamed some libraries to *t64).
is_installed() {
  local pkg
  for pkg in "$1" "${1}t64"; do
    if dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii'; then
      return 0
    fi
  done
  return 1
}

apt_lists_present() {
  compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null \
    || compgen -G '/var/lib/apt/lists/*_Packages.lz4' >/dev/null
}

apt_install() {
  local started missing=() pkg log
  started="$(now)"
  if [ "${QC_SKIP_APT:-}" = 1 ]; then
    say "system packages: skipped (QC_SKIP_APT=1)"; record "apt" "skip" "$(since "$started")"; return
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    say "WARNING: no apt-get here; install the equivalents of: $*"
    record "apt" "skip" "$(since "$started")"; return
  fi
  for pkg in "$@"; do is_installed "$pkg" || missing+=("$pkg"); done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "system packages: all ${#} present"; record "apt" "ok" "$(since "$started")"; return
  fi
  say "apt-get install ${missing[*]}"
  if ! can_be_root; then
    die "missing system packages: ${missing[*]}
  install them as root (apt-get install --no-install-recommends ${missing[*]}), or run this as
  root or as a user with sudo; QC_SKIP_APT=1 skips this step"
  fi
  log="$(mktemp)"
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
  if ! apt_lists_present; then
    as_root "${apt[@]}" update >"$log" 2>&1 || { cat "$log"; die "apt-get update failed"; }
  fi
  if ! as_root "${apt[@]}" install --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    say "install failed; refreshing the package lists and retrying"
    as_root "${apt[@]}" update >>"$log" 2>&1 || { tail -20 "$log"; die "apt-get update failed"; }
    as_root "${apt[@]}" install --no-install-recommends "${missing[@]}" >>"$log" 2>&1 \
      || { tail -20 "$log"; die "apt-get install failed (full log: $log)"; }
  fi
  rm -f "$log"
  say "system packages: installed ${#missing[@]} (+ dependencies) in $(since "$started") s"
  record "apt" "ok" "$(since "$started")"
}

# Create .venv and install the project (editable) when pyproject.toml or the extras changed.
ensure_venv() {
  local extras="$1" started want have=""
  started="$(now)"
  if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
    say "the venv at $VENV is broken (its interpreter does not run); recreating it"
    rm -rf "$VENV"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found (set PYTHON=/path/to/python3.11+)"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
      || die "$PYTHON is $("$PYTHON" -V 2>&1); QC Station needs Python >= 3.11 (set PYTHON=...)"
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV" || die "python venv failed (Debian/Ubuntu: apt-get install python3-venv)"
  fi
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
  [ -f "$STAMP" ] && have="$(cat "$STAMP")"
  if [ "$have" = "$want dev" ] || { [ "$extras" = "" ] && [ "$have" = "$want" ]; }; then
    if [ -x "$VENV/bin/qc-station" ]; then
      say "venv: up to date"; record "venv + pip" "ok" "$(since "$started")"; return
    fi
  fi
  local target="."
  [ "$extras" = dev ] && target=".[dev]"
  say "pip install -e \"$target\" (the first install downloads several hundred MB of wheels)"
  rm -f "$STAMP"
  (cd "$ROOT" && PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    "$VENV/bin/python" -m pip install -q -e "$target") || die "pip install failed"
  if [ "$extras" = dev ]; then echo "$want dev" >"$STAMP"; else echo "$want" >"$STAMP"; fi
  say "venv: installed in $(since "$started") s"
  record "venv + pip" "ok" "$(since "$started")"
}

# Build .qm from every resources/translations/*.ts that is newer than its .qm.
build_translations() {
  local started ts qm built=0
  started="$(now)"
  shopt -s nullglob
  local sources=("$ROOT"/resources/translations/*.ts)
  shopt -u nullglob
  if [ "${#sources[@]}" -eq 0 ]; then
    say "translations: none yet"; record "translations" "skip" "$(since "$started")"; return
  fi
  [ -x "$VENV/bin/pyside6-lrelease" ] || die "pyside6-lrelease missing from the venv"
  for ts in "${sources[@]}"; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" || die "lrelease failed for $ts"
      built=$((built + 1))
    fi
  done
  say "translations: ${#sources[@]} catalogue(s), $built rebuilt"
  record "translations" "ok" "$(since "$started")"
}

has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

cmd_start() {
  local data_dir="${QC_DATA_DIR:-$ROOT/.data/demo}"
  case "$data_dir" in /*) ;; *) data_dir="$CALLER_DIR/$data_dir" ;; esac
  local pkgs=("${APP_PKGS[@]}")
  if ! has_display && [ "${QC_XVFB:-}" = 1 ]; then pkgs+=("${XVFB_PKGS[@]}"); fi
  apt_install "${pkgs[@]}"
  ensure_venv ""
  build_translations
  local qc="$VENV/bin/qc-station"
  # The store file's name comes from qc_station/paths.py (DataPaths.database).
  if [ -f "$data_dir/station.sqlite" ]; then
    say "data dir $data_dir already has a store; not adding demo data"
  else
    say "filling $data_dir with the demo site (qc-station demo)"
    mkdir -p "$data_dir"
    "$qc" --data-dir "$data_dir" demo || die "qc-station demo failed"
  fi
  print_summary
  if has_display; then
    say "starting the station GUI (data: $data_dir)"
    exec "$qc" --data-dir "$data_dir" "$@"
  fi
  if [ "${QC_XVFB:-}" = 1 ]; then
    say "no display: starting the GUI inside Xvfb (invisible; for smoke tests). Ctrl-C stops it."
    exec xvfb-run -a "$qc" --data-dir "$data_dir" "$@"
  fi
  cat >&2 <<EOF
[bootstrap] No display here (\$DISPLAY and \$WAYLAND_DISPLAY are unset), so the window cannot open.
[bootstrap] Everything is installed and the demo data is in $data_dir. To see the station:
[bootstrap]   - run this command again from a desktop session (or over ssh -X), or
[bootstrap]   - start it yourself: $qc --data-dir $data_dir
[bootstrap]   - QC_XVFB=1 bash build/bootstrap.sh start   runs it in an invisible virtual display.
[bootstrap] Checking the installation headless instead (qc-station self-test):
EOF
  QT_QPA_PLATFORM=offscreen "$qc" --data-dir "$data_dir" self-test
}

# --- test --------------------------------------------------------------------------------

PG_BIN="" PG_TMP=""

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Run a PostgreSQL binary as the postgres user when root (initdb refuses root), else as self.
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

stop_postgres() {
  if [ -n "$PG_TMP" ] && [ -f "$PG_TMP/d/postmaster.pid" ]; then
    pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/d" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ -n "$PG_TMP" ] && rm -rf "$PG_TMP"
  return 0
}

# A root folder of mode 0700 (a chroot made with `mktemp -d`) locks every non-root user out of
# the whole system, so PostgreSQL cannot start as `postgres`. Real machines have 0755.
ensure_root_dir_searchable() {
  if [ "$(( 0$(stat -c '%a' /) & 01 ))" -eq 0 ]; then
    say "NOTE: / has mode $(stat -c '%a' /), so no other user can reach any file; adding o+x"
    chmod o+x /
  fi
}

# Start a throw-away PostgreSQL on 127.0.0.1 (research §1.4) and export TEST_PG_DSN.
start_postgres() {
  local started port
  started="$(now)"
  # shellcheck disable=SC2012  # version directories are plain numbers
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' system user (the postgresql package creates it)"
    ensure_root_dir_searchable
    runuser -u postgres -- test -x "$PG_BIN/initdb" \
      || die "the postgres user cannot run $PG_BIN/initdb (check the permissions of its folders)"
  fi
  port="${QC_TEST_PG_PORT:-54329}"
  while port_busy "$port"; do
    say "port $port is taken; trying $((port + 1))"
    port=$((port + 1))
    [ "$port" -lt "$((${QC_TEST_PG_PORT:-54329} + 20))" ] || die "no free port for PostgreSQL"
  done
  PG_TMP="$(mktemp -d /tmp/qc-test-pg.XXXXXX)"
  trap stop_postgres EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_TMP"
  pg_run "$PG_BIN/initdb" -D "$PG_TMP/d" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$PG_TMP/initdb.log" 2>&1 || { cat "$PG_TMP/initdb.log"; die "initdb failed"; }
  pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/d" -l "$PG_TMP/log" -w \
    -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" \
    start >/dev/null || { cat "$PG_TMP/log"; die "PostgreSQL did not start"; }
  export TEST_PG_DSN="postgresql://postgres@127.0.0.1:$port/postgres"
  export TEST_PG_PORT="$port"
  say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($(since "$started") s)"
  record "postgres start" "ok" "$(since "$started")"
}

# Run one check; stop the whole run on its failure.
run_step() {
  local name="$1" started rc=0
  shift
  say "--- $name"
  started="$(now)"
  (cd "$ROOT" && "$@") || rc=$?
  if [ "$name" = pytest ] && [ "$rc" -eq 5 ]; then
    say "WARNING: pytest collected no tests (exit 5); counted as passed"
    record "$name" "none" "$(since "$started")"; return 0
  fi
  if [ "$rc" -ne 0 ]; then
    record "$name" "FAIL" "$(since "$started")"
    print_summary
    say "FAILED: $name (exit $rc)"
    exit "$rc"
  fi
  record "$name" "ok" "$(since "$started")"
}

cmd_test() {
  local total
  total="$(now)"
  apt_install "${APP_PKGS[@]}" "${TEST_PKGS[@]}"
  ensure_venv dev
  build_translations
  # Set here, never taken from the calling session.
  unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD PGSERVICE PGSSLMODE TEST_PG_DSN
  export QT_QPA_PLATFORM=offscreen
  start_postgres
  local bin="$VENV/bin"
  run_step "ruff check" "$bin/ruff" check .
  run_step "ruff format --check" "$bin/ruff" format --check .
  run_step "mypy" "$bin/mypy"
  run_step "lint-imports" "$bin/lint-imports"
  run_step "pytest" "$bin/pytest" "$@"
  record "total" "ok" "$(since "$total")"
  print_summary
  say "all checks passed"
}

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
  local mode="${1:-}"
  [ $# -gt 0 ] && shift
  cd "$ROOT"
  case "$mode" in
    start) cmd_start "$@" ;;
    test) cmd_test "$@" ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
