#!/usr/bin/env bash
# The Debian package, end to end: build the PyInstaller bundle and try it (setup, record, verify with Qt offscreen),
# build the .deb, make a clean Debian root with `debootstrap --variant=minbase bookworm`, install the .deb there with
# dpkg -i plus its declared dependencies through apt, and run the installed app as an ordinary user: setup, roster,
# record, verify, a scheduled backup to the configured folder, and the app's windows offscreen and on X (Xvfb).
#
#   tests/packaging/test_deb_install.sh [--deb FILE] [--keep]
#
# Needs root and the network to Debian's mirror (MIRROR, default http://deb.debian.org/debian); installs debootstrap
# and dpkg-dev with apt when they are missing, and brings the venv to requirements/dev.txt (pyinstaller included).
# --deb FILE skips the two builds; --keep leaves the root in build/deb-root for a look. Prints the time of each
# step, the sizes, and one "N passed, N failed" line; exits non-zero on any failure.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
SUITE="${SUITE:-bookworm}"
DEB=""
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --deb) DEB="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "usage: $0 [--deb FILE] [--keep]" >&2; exit 2 ;;
    esac
done

PASSED=0
FAILED=0
START=$SECONDS
STEP_START=$SECONDS
step() { STEP_START=$SECONDS; echo "== $1"; }
ok() { PASSED=$((PASSED + 1)); echo "   ok: $1 ($((SECONDS - STEP_START)) s)"; }
fail() { FAILED=$((FAILED + 1)); echo "   FAILED: $1" >&2; }
finish() {
    echo "== total $((SECONDS - START)) s"
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
    exit $?
}
[ "$(id -u)" -eq 0 ] || { echo "error: run as root (debootstrap and chroot)" >&2; exit 2; }
missing=""
command -v debootstrap >/dev/null || missing="$missing debootstrap"
command -v dpkg-shlibdeps >/dev/null || missing="$missing dpkg-dev"
if [ -n "$missing" ]; then
    echo "== installing$missing (apt)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing; } \
        || { echo "error: could not install$missing" >&2; exit 2; }
fi
if [ -z "$DEB" ]; then
    echo "== the venv $(dirname "$(dirname "$PY")") at requirements/dev.txt (pyinstaller included; pip, hashes checked)"
    "$PY" -m pip install -q --disable-pip-version-check --require-hashes -r "$ROOT/requirements/dev.txt" \
        || { echo "error: could not install requirements/dev.txt" >&2; exit 2; }
fi
mkdir -p "$ROOT/build"

PASS="deb-test-passphrase-1"
TEACHER_PASS="deb-test-teacher-2"
CONCERN='{"pupil": "A123456789012", "occurred_at": "2026-03-04T10:15", "location": "classroom", "category": "neglect",
 "what_happened": "I (Carys Teacher, Year 1 teacher) saw that Zofia had no coat and was shivering.",
 "childs_words": "Mummy said I lost it.", "injuries": [{"view": "front", "x": 0.8, "y": 0.3, "type": "bruise"}]}'
ROSTER=$'upn,forename,surname,date_of_birth,year_group\nA123456789012,Zofia,Łuczak,2019-03-04,R\n'

# 1. The bundle, tried on this machine, and the package.
if [ -z "$DEB" ]; then
    step "PyInstaller bundle"
    if "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
        "$ROOT/packaging/concern-logger.spec" >"$ROOT/build/pyinstaller.log" 2>&1; then
        ok "bundle built: $(du -sh "$ROOT/dist/concern-logger" | cut -f1)"
    else
        fail "pyinstaller (see build/pyinstaller.log)"; finish
    fi
    step "the bundle sets up a school, records a concern and verifies it (Qt offscreen)"
    SMOKE="$(mktemp -d)"
    APP="$ROOT/dist/concern-logger/concern-logger"
    export QT_QPA_PLATFORM=offscreen CONCERN_LOGGER_CONFIG="$SMOKE/config.toml"
    printf '[lock]\nidle_minutes = 5\n' > "$SMOKE/config.toml"
    printf '%s' "$ROSTER" > "$SMOKE/roster.csv"
    printf '%s' "$CONCERN" > "$SMOKE/concern.json"
    if printf '%s\n%s\n' "$PASS" "$PASS" | "$APP" --data-dir "$SMOKE/s" setup --school "Bundle School" --lead b.lead \
            --lead-name "Bea Lead" >/dev/null \
        && printf '%s\n' "$PASS" | "$APP" --data-dir "$SMOKE/s" roster import "$SMOKE/roster.csv" --as b.lead >/dev/null \
        && printf '%s\n' "$PASS" | "$APP" --data-dir "$SMOKE/s" record --as b.lead --from "$SMOKE/concern.json" \
        && printf '%s\n' "$PASS" | "$APP" --data-dir "$SMOKE/s" verify --as b.lead | grep -q "^OK: "; then
        ok "bundle setup, record, verify"
    else
        fail "the bundle's setup, record or verify"
    fi
    # A referral pack: reportlab needs Pillow for every PDF (the bundle once left it out and crashed here).
    if printf '%s\n%s\n' "$PASS" "bundle-pdf-pass" | "$APP" --data-dir "$SMOKE/s" referral-pack A123456789012 \
            --as b.lead --out "$SMOKE/pack.pdf" >/dev/null && [ -s "$SMOKE/pack.pdf" ]; then
        ok "bundle referral pack ($(stat -c %s "$SMOKE/pack.pdf") bytes)"
    else
        fail "the bundle's referral pack"
    fi
    timeout 8 "$APP" --data-dir "$SMOKE/empty" >"$SMOKE/gui.log" 2>&1
    if [ $? -eq 124 ] && ! grep -qi "could not load\|error" "$SMOKE/gui.log"; then
        ok "the bundle's window stays up offscreen"
    else
        fail "the bundle's window did not stay up offscreen: $(head -3 "$SMOKE/gui.log")"
    fi
    unset QT_QPA_PLATFORM CONCERN_LOGGER_CONFIG
    rm -rf "$SMOKE"
    step "Debian package"
    if "$ROOT/packaging/linux/build-deb" --bundle "$ROOT/dist/concern-logger" > "$ROOT/build/build-deb.log" 2>&1; then
        grep "^\[build-deb\] \(bundle\|package\|installed\)" "$ROOT/build/build-deb.log"
        DEB="$(ls -t "$ROOT"/dist/concern-logger_*.deb | head -1)"
        ok "package built"
    else
        tail -5 "$ROOT/build/build-deb.log"; fail "build-deb (see build/build-deb.log)"; finish
    fi
fi

# 2. A clean Debian root.
CHROOT="$ROOT/build/deb-root"
cleanup() {
    for mount in proc dev/pts dev sys; do umount -l "$CHROOT/$mount" 2>/dev/null || true; done
    [ "$KEEP" -eq 1 ] || rm -rf "$CHROOT"
}
trap cleanup EXIT
cleanup
step "debootstrap --variant=minbase $SUITE"
if debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" > "$ROOT/build/debootstrap.log" 2>&1; then
    ok "clean root made"
else
    tail -5 "$ROOT/build/debootstrap.log"; fail "debootstrap (see build/debootstrap.log)"; finish
fi
mount -t proc proc "$CHROOT/proc" 2>/dev/null || true
mount --bind /dev "$CHROOT/dev" 2>/dev/null || true
in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
as_teacher() {
    chroot --userspec=teacher:teacher "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/teacher LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}

# 3. Install with dpkg -i, then the declared dependencies through apt.
step "dpkg -i, then apt-get -f install for the declared dependencies"
cp "$DEB" "$CHROOT/tmp/concern-logger.deb"
in_root dpkg -i /tmp/concern-logger.deb > "$ROOT/build/dpkg.log" 2>&1  # fails: the dependencies are not there yet
if in_root apt-get update -qq >> "$ROOT/build/dpkg.log" 2>&1 \
    && in_root env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends \
        >> "$ROOT/build/dpkg.log" 2>&1 \
    && in_root dpkg-query -W -f='${Status}' concern-logger | grep -q "install ok installed"; then
    ok "installed: $(in_root dpkg-query -W -f='${Version} ${Installed-Size} KiB' concern-logger)"
else
    tail -8 "$ROOT/build/dpkg.log"; fail "installing the package (see build/dpkg.log)"; finish
fi
for path in /usr/bin/concern-logger /usr/share/applications/concern-logger.desktop /etc/concern-logger/config.toml \
    /usr/share/icons/hicolor/scalable/apps/concern-logger.svg /opt/concern-logger/concern-logger; do
    [ -e "$CHROOT$path" ] || fail "$path is missing"
done
grep -q "/etc/concern-logger/config.toml" "$CHROOT/var/lib/dpkg/info/concern-logger.conffiles" \
    && ok "files in place; the machine configuration is a conffile" || fail "config.toml is not a conffile"

# What IT reads and checks: the project's identity, the md5sums dpkg verifies against, the carried versions.
CONTROL="$(in_root dpkg-query -W -f='${Maintainer}|${Homepage}' concern-logger)"
case "$CONTROL" in
    *example.*|*invalid*|"|"*|*"|") fail "Maintainer or Homepage is a placeholder or empty: $CONTROL" ;;
    *) ok "Maintainer and Homepage: $CONTROL" ;;
esac
SUMS="$CHROOT/var/lib/dpkg/info/concern-logger.md5sums"
if [ -s "$SUMS" ] && grep -q " opt/concern-logger/concern-logger$" "$SUMS" && ! grep -q "etc/concern-logger" "$SUMS" \
    && [ -z "$(in_root dpkg --verify concern-logger)" ]; then
    ok "md5sums: $(wc -l < "$SUMS") files, dpkg --verify clean"
else
    fail "md5sums missing, incomplete or not matching: $(in_root dpkg --verify concern-logger | head -3)"
fi
TAMPERED=/opt/concern-logger/_internal/resources/taxonomy/categories.json
cp "$CHROOT$TAMPERED" "$ROOT/build/categories.json.orig"
printf ' ' >> "$CHROOT$TAMPERED"  # a file changed behind dpkg's back (a damaged disk, or someone at the PC)
if in_root dpkg --verify concern-logger | grep -q "^??5.* $TAMPERED$"; then
    ok "a changed file is named by dpkg --verify"
else
    fail "dpkg --verify did not name the changed $TAMPERED"
fi
cp "$ROOT/build/categories.json.orig" "$CHROOT$TAMPERED"
if in_root concern-logger versions > "$ROOT/build/versions.log" 2>&1 && grep -q "^OpenSSL of libpq.*OpenSSL [0-9]" \
        "$ROOT/build/versions.log" && ! grep -q "cannot be loaded\|not found" "$ROOT/build/versions.log" \
    && cmp -s "$ROOT/build/versions.log" "$CHROOT/usr/share/doc/concern-logger/bundled-versions.txt"; then
    ok "concern-logger versions names what the bundle carries, as its doc file says"
    sed 's/^/      /' "$ROOT/build/versions.log"
else
    fail "concern-logger versions: $(head -20 "$ROOT/build/versions.log")"
fi

# 4. The installed app, as an ordinary user, with the machine configuration IT would write.
step "the installed app: setup, roster, record, verify, scheduled backup (as an ordinary user, Qt offscreen)"
in_root useradd -m teacher
mkdir -p "$CHROOT/srv/backups" && in_root chown teacher:teacher /srv/backups
in_root concern-logger configure --backup-folder /srv/backups --backup-keep-last 2 --idle-lock-minutes 4 >/dev/null \
    || fail "concern-logger configure (as root)"
printf '%s' "$ROSTER" > "$CHROOT/home/teacher/roster.csv"
printf '%s' "$CONCERN" > "$CHROOT/home/teacher/concern.json"
in_root chown teacher:teacher /home/teacher/roster.csv /home/teacher/concern.json
DATA=/home/teacher/school
# An installed app always uses the production Argon2id cost (no environment variable can cheapen it).
if printf '%s\n%s\n' "$PASS" "$PASS" | as_teacher concern-logger --data-dir "$DATA" \
        setup --school "Chroot Primary School" --lead a.lead --lead-name "Alice Lead" > /dev/null \
    && printf '%s\n%s\n' "$PASS" "$TEACHER_PASS" | as_teacher concern-logger \
        --data-dir "$DATA" staff add c.teacher --name "Carys Teacher" --role staff --as a.lead > /dev/null \
    && printf '%s\n' "$PASS" | as_teacher concern-logger --data-dir "$DATA" roster import /home/teacher/roster.csv --as a.lead \
    && printf '%s\n' "$TEACHER_PASS" | as_teacher concern-logger --data-dir "$DATA" record --as c.teacher \
        --from /home/teacher/concern.json \
    && printf '%s\n' "$PASS" | as_teacher concern-logger --data-dir "$DATA" verify --as a.lead \
        | grep -q "^OK: " \
    && printf '%s\n' "$PASS" | as_teacher concern-logger --data-dir "$DATA" chronology A123456789012 --as a.lead \
        | grep -q "no coat and was shivering"; then
    ok "setup, staff, roster, record, verify, chronology"
else
    fail "the installed app's setup, record or verify"
fi
if as_teacher concern-logger --data-dir "$DATA" backup --scheduled | grep -q "Backed up" \
    && as_teacher concern-logger --data-dir "$DATA" backup --scheduled | grep -q "No backup due" \
    && ls "$CHROOT/srv/backups"/concern-logger-*.sqlite3 >/dev/null 2>&1; then
    ok "scheduled backup to the configured folder"
else
    fail "scheduled backup"
fi

# 5. The windows: offscreen, and on a real X server (Xvfb) through the xcb plugin and the declared libraries.
step "the app's windows: offscreen, then on X through Xvfb"
as_teacher timeout 10 concern-logger --data-dir /home/teacher/new-pc > "$ROOT/build/gui-offscreen.log" 2>&1
if [ $? -eq 124 ] && ! grep -qi "could not load\|error" "$ROOT/build/gui-offscreen.log"; then
    ok "the first-run window stays up offscreen"
else
    fail "offscreen window: $(head -3 "$ROOT/build/gui-offscreen.log")"
fi
if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth \
        >> "$ROOT/build/dpkg.log" 2>&1; then
    chroot --userspec=teacher:teacher "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/teacher LANG=C.UTF-8 \
        QT_DEBUG_PLUGINS=1 xvfb-run -a timeout 10 concern-logger --data-dir "$DATA" > "$ROOT/build/gui-xcb.log" 2>&1
    code=$?
    if [ $code -eq 124 ] && grep -q "libqxcb.so" "$ROOT/build/gui-xcb.log" \
        && ! grep -qi "could not load the qt platform plugin\|cannot load library" "$ROOT/build/gui-xcb.log"; then
        ok "the sign-in window stays up on X (xcb plugin loaded with the declared libraries)"
    else
        fail "X window (exit $code): $(grep -i "cannot load\|could not" "$ROOT/build/gui-xcb.log" | head -3)"
    fi
else
    fail "installing xvfb in the root"
fi
echo "package: $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)"
finish
