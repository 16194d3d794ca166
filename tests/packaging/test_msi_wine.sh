#!/usr/bin/env bash
# The Windows installer, end to end, under Wine on Linux: build the bundle and two MSIs with
# packaging/windows/build-msi-wine (a "previous" version and this one, from the same bundle), then in a fresh Wine
# prefix: a silent install with properties, the machine configuration it wrote, the installed app's command line
# (setup, staff, roster, record, chronology, verify, backup, restore, referral pack), the window on an X server
# (Xvfb) grabbed and checked for the sign-in screen, an upgrade to this version keeping the configuration and the
# records, and an uninstall.
#
#   tests/packaging/test_msi_wine.sh [--keep]
#
# Run by .ci/run. Installs what it needs with apt when run as root (wine wine64 mingw-w64 osslsigncode wixl msitools
# xvfb x11-utils xdotool imagemagick curl), and fails, never skips, when something is still missing. --keep leaves
# the prefix and the files in build/msi-wine-test for a look. Prints the time of each step, the sizes, and one
# "N passed, N failed" line; exits non-zero on any failure.
#
# What the screenshot proves, and what not: the window's title is set by the installed app from the store it
# opened ("Sign in — <school> — Concern Logger"), and the grab shows a painted window of the sign-in window's size
# with text on a light background and exactly three wide white boxes (the two entry fields and the Sign in button,
# as Qt draws them under Wine). It does not read the text (no OCR): wrong words in the right layout would pass.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
KEEP=0
[ "${1:-}" = "--keep" ] && KEEP=1
# shellcheck source=../../packaging/windows/wine-lib.sh
. "$ROOT/packaging/windows/wine-lib.sh"
CACHE="${CONCERN_LOGGER_WIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/concern-logger-windows}"
export CONCERN_LOGGER_WIN_CACHE="$CACHE"
WORK="$ROOT/build/msi-wine-test"

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

# 0. What it needs.
NEEDED="wine wine64 mingw-w64 osslsigncode wixl msitools xvfb x11-utils xdotool imagemagick curl"
missing_tools() {
    local tool missing=""
    for tool in x86_64-w64-mingw32-gcc osslsigncode wixl msiinfo msibuild Xvfb xdpyinfo xdotool import curl; do
        command -v "$tool" >/dev/null || missing="$missing $tool"
    done
    wine_command >/dev/null || missing="$missing wine64"
    echo "$missing"
}
if [ -n "$(missing_tools)" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "== installing the Wine build's tools (apt):$(missing_tools)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $NEEDED >/dev/null 2>&1 \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $NEEDED >/dev/null; }
fi
[ -z "$(missing_tools)" ] || { echo "error: missing:$(missing_tools) (apt-get install $NEEDED)" >&2; exit 2; }
"$PY" -c "import pypdf, PIL" 2>/dev/null || { echo "error: $PY lacks pypdf or Pillow (python3 dev.py test makes .venv)" >&2; exit 2; }

cleanup() {
    stop_wine_keeper
    wine_server -k 2>/dev/null || true
    stop_xvfb
    [ "$KEEP" -eq 1 ] || rm -rf "$WORK/prefix"
}
trap cleanup EXIT
rm -rf "$WORK" && mkdir -p "$WORK/dist"
start_xvfb || { echo "error: no X server" >&2; exit 2; }  # before the first Wine process

# 1. The bundle and two MSIs: "previous" (a lower version) and this one, from the same bundle.
VERSION="$("$PY" -c 'import desktop_app; print(desktop_app.__version__)')"
PREVIOUS="$("$PY" -c '
import sys
major, minor, patch = (int(part) for part in sys.argv[1].split("."))
print(f"{major}.{minor}.{patch - 1}" if patch else f"{major}.{minor - 1}.99" if minor else f"{major - 1}.99.99")' "$VERSION")"
step "build-msi-wine: the bundle (cached when unchanged) and the MSI of $VERSION; build-msi-wixl: that of $PREVIOUS"
if DIST="$WORK/dist" PYTHON="$PY" "$ROOT/packaging/windows/build-msi-wine" > "$WORK/build.log" 2>&1 \
    && VERSION="$PREVIOUS" DIST="$WORK/dist" WORK="$WORK/msi-previous" PYTHON="$PY" \
        "$ROOT/packaging/windows/build-msi-wixl" "$WORK/dist/concern-logger-windows" > "$WORK/build-previous.log" 2>&1; then
    grep -h "^\[build-msi-wine\]" "$WORK/build.log" | sed 's/^/   /'
    grep -h "^\[build-msi-wixl\] msi" "$WORK/build-previous.log" | sed 's/^/   previous: /'
    ok "two MSIs built"
else
    tail -15 "$WORK"/build*.log >&2; fail "build-msi-wine or build-msi-wixl (see $WORK/build*.log)"; finish
fi
OLD_MSI="$WORK/dist/ConcernLogger-$PREVIOUS-x64.msi"
NEW_MSI="$WORK/dist/ConcernLogger-$VERSION-x64.msi"
STANDINS="$CACHE/stand-ins"

# 2. A fresh prefix, and a silent install with properties; a bad property first, which must fail and roll back.
step "a fresh Wine prefix"
if new_wine_prefix "$WORK/prefix" "$STANDINS"; then ok "prefix made"; else fail "wineboot"; finish; fi
# Wine stays up between programs: each starts in seconds, not ten
start_wine_keeper "$WORK" || { fail "Wine's command prompt (the keeper) did not start"; finish; }
# Each program here takes seconds (an install under 10 s idle): one still running after 5 minutes has hung.
export WINE_STEP_TIMEOUT="${WINE_TEST_STEP_TIMEOUT:-300}"
C="$WINEPREFIX/drive_c"
INSTALLED="$C/Program Files/Concern Logger"
CONFIG="$C/ProgramData/ConcernLogger/config.toml"
# Windows Installer puts a per-machine install's Start menu entry in the all-users Start menu; Wine's msi resolves
# ProgramMenuFolder to the installing user's whatever ALLUSERS says, so either place is taken here (and named).
SHORTCUTS=("$C/ProgramData/Microsoft/Windows/Start Menu/Programs/Concern Logger/Concern Logger.lnk"
           "$C/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Concern Logger/Concern Logger.lnk")
shortcut() { local path; for path in "${SHORTCUTS[@]}"; do [ -f "$path" ] && echo "$path"; done; }
HUB="postgresql://concern_app@hub.school.local/concern_logger"
msi() { run_wine msiexec "$@" > /dev/null; }
uninstall_entries() {
    run_wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' \
        | awk '/^HKEY/ {key=$0} /DisplayName/ && /Concern Logger/ {print key}' | sort -u
}
display_version() {
    local key
    key="$(uninstall_entries | head -1)"
    [ -n "$key" ] && run_wine reg query "$key" /v DisplayVersion | tr -d '\r' | awk '/DisplayVersion/ {print $NF}'
}

step "msiexec /i with a hub address holding a password: refused, nothing left installed"
msi /i "$(wine_path "$OLD_MSI")" /qn HUB_URL="postgresql://concern_app:secret@hub/concern_logger" \
    /l*v "$(wine_path "$WORK/install-refused.log")"
code=$?
if [ "$code" -ne 0 ] && [ ! -e "$INSTALLED/concern-logger.exe" ] && [ ! -e "$CONFIG" ] && [ -z "$(uninstall_entries)" ]; then
    ok "refused (msiexec exit $code), rolled back"
else
    fail "a hub address with a password was accepted (exit $code) or left files behind"
fi

step "msiexec /i ConcernLogger-$PREVIOUS-x64.msi /qn HUB_URL=... IDLE_LOCK_MINUTES=7 BACKUP_FOLDER=..."
msi /i "$(wine_path "$OLD_MSI")" /qn HUB_URL="$HUB" IDLE_LOCK_MINUTES=7 'BACKUP_FOLDER=C:\ConcernBackups' \
    /l*v "$(wine_path "$WORK/install.log")"
code=$?
if [ "$code" -eq 0 ] && [ -f "$INSTALLED/concern-logger.exe" ] && [ -f "$INSTALLED/ConcernLogger.exe" ]; then
    ok "installed: $(du -sh "$INSTALLED" | cut -f1) in C:\\Program Files\\Concern Logger"
else
    tail -20 "$WORK/install.log" 2>/dev/null | iconv -f utf-16 -t utf-8 2>/dev/null >&2; fail "msiexec /i (exit $code)"; finish
fi
if [ -n "$(shortcut)" ]; then ok "Start menu shortcut: $(shortcut | sed "s|^$C/|C:/|")"; else fail "no Start menu shortcut"; fi
[ "$(display_version)" = "$PREVIOUS" ] && ok "registered as version $PREVIOUS" || fail "Uninstall entry: '$(display_version)'"
if grep -qx "url = '$HUB'" "$CONFIG" 2>/dev/null && grep -qx "idle_minutes = 7" "$CONFIG" \
    && grep -qx "folder = 'C:\\\\ConcernBackups'" "$CONFIG" && grep -qx "# sslmode = ''" "$CONFIG"; then
    ok "machine configuration C:\\ProgramData\\ConcernLogger\\config.toml written from the properties"
else
    fail "machine configuration: $(grep -v '^#' "$CONFIG" 2>/dev/null | grep . | tr '\n' ' ')"
fi

# 3. The installed app's command line, as a member of staff and a lead, Qt offscreen.
step "the installed app: setup, staff, roster, record, chronology, verify, backup, restore, referral pack"
APP='C:\Program Files\Concern Logger\concern-logger.exe'
PASS="wine-test-passphrase-1"
TEACHER_PASS="wine-test-teacher-2"
PDF_PASS="wine-test-pdf-3"
printf 'upn,forename,surname,date_of_birth,year_group\nA123456789012,Zofia,Łuczak,2019-03-04,R\n' > "$WORK/roster.csv"
printf '%s' '{"pupil": "A123456789012", "occurred_at": "2026-03-04T10:15", "location": "classroom",
 "category": "neglect", "what_happened": "I (Carys Teacher, Year 1 teacher) saw that Zofia had no coat and was shivering.",
 "childs_words": "Mummy said I lost it.", "injuries": [{"view": "front", "x": 0.8, "y": 0.3, "type": "bruise"}]}' \
    > "$WORK/concern.json"
cli() {  # cli SECRETS... -- ARGS...: the installed console program, each secret a line of standard input
    local secrets=()
    while [ "$1" != "--" ]; do secrets+=("$1"); shift; done
    shift
    printf '%s\n' ${secrets[@]+"${secrets[@]}"} | QT_QPA_PLATFORM=offscreen run_wine "$APP" "$@" | tr -d '\r'
    return "${PIPESTATUS[1]}"  # the program's, not tr's
}
CLI_START=$SECONDS
cli "$PASS" "$PASS" -- setup --school "Wine Primary School" --lead a.lead --lead-name "Alice Lead" > "$WORK/setup.out" \
    && cli "$PASS" "$TEACHER_PASS" -- staff add c.teacher --name "Carys Teacher" --role staff --as a.lead > /dev/null \
    && cli "$PASS" -- roster import "$(wine_path "$WORK/roster.csv")" --as a.lead > /dev/null \
    && cli "$TEACHER_PASS" -- record --as c.teacher --from "$(wine_path "$WORK/concern.json")" > "$WORK/record.out" \
    && cli "$PASS" -- chronology A123456789012 --as a.lead > "$WORK/chronology.out" \
    && grep -q "no coat and was shivering" "$WORK/chronology.out" \
    && cli "$PASS" -- verify --as a.lead > "$WORK/verify.out" && grep -q "^OK: " "$WORK/verify.out" \
    && ok "setup, staff, roster, record, chronology, verify ($((SECONDS - CLI_START)) s): $(grep "^OK: " "$WORK/verify.out")" \
    || fail "setup, record or verify: $(tail -3 "$WORK"/*.out 2>/dev/null | tr '\n' ' ')"
STORE="$(find "$C/users" -name school.sqlite3 -path '*ConcernLogger*' | head -1)"
[ -n "$STORE" ] && ok "the store is in the user's own data folder: ${STORE#"$C/"}" || fail "no store in the user's profile"
STEP_START=$SECONDS
if cli -- backup "$(wine_path "$WORK/backup.sqlite3")" > "$WORK/backup.out" && [ -s "$WORK/backup.sqlite3" ] \
    && cli -- --data-dir 'C:\restored' restore "$(wine_path "$WORK/backup.sqlite3")" > "$WORK/restore.out" \
    && cli "$PASS" -- --data-dir 'C:\restored' verify --as a.lead | grep -q "^OK: "; then  # --as: opens every entry
    ok "backup, then restore into another folder: $(head -1 "$WORK/restore.out")"
else
    fail "backup or restore: $(cat "$WORK/backup.out" "$WORK/restore.out" 2>/dev/null | tail -3 | tr '\n' ' ')"
fi
STEP_START=$SECONDS
if cli "$PASS" "$PDF_PASS" -- referral-pack A123456789012 --as a.lead --out "$(wine_path "$WORK/pack.pdf")" \
        > "$WORK/pack.out" \
    && "$PY" - "$WORK/pack.pdf" "$PDF_PASS" <<'PYTHON'
import sys
from pypdf import PdfReader
reader = PdfReader(sys.argv[1])
assert reader.is_encrypted and reader.decrypt(sys.argv[2])
text = " ".join(page.extract_text() for page in reader.pages)
assert "Łuczak" in text and "shivering" in text, text[:300]
PYTHON
then
    ok "referral pack: an encrypted PDF of $(stat -c %s "$WORK/pack.pdf") bytes naming the child and the concern"
else
    fail "referral pack: $(tail -3 "$WORK/pack.out" 2>/dev/null | tr '\n' ' ')"
fi

# 4. The window: the windowed program on Xvfb, found by its title, grabbed and checked.
step "the window on X (Xvfb): the sign-in screen for the school"
TITLE="Sign in — Wine Primary School — Concern Logger"  # then the protective marking, if the school set one
run_wine 'C:\Program Files\Concern Logger\ConcernLogger.exe' > "$WORK/gui.log" 2>&1 &
GUI=$!
WINDOW=""
for _ in $(seq 1 120); do
    WINDOW="$(xdotool search --onlyvisible --name "^$TITLE( - .*)?\$" 2>/dev/null | head -1)"
    [ -n "$WINDOW" ] && break
    sleep 0.5
done
if [ -n "$WINDOW" ]; then
    sleep 2  # the first paint after mapping
    import -window "$WINDOW" "$WORK/sign-in.png" 2>/dev/null
    if "$PY" - "$WORK/sign-in.png" <<'PYTHON'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("RGB")
width, height = image.size
data = image.tobytes()
pixels = [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]
light = sum(1 for r, g, b in pixels if min(r, g, b) >= 200) / len(pixels)
dark = sum(1 for r, g, b in pixels if max(r, g, b) <= 90) / len(pixels)
colours = len(set(pixels))
# The form's white boxes (username, password, the Sign in button) on the window's grey: rows holding a white run of
# at least 300 pixels, grouped into bands at least 10 rows high.
bands, run_rows = 0, 0
for y in range(height):
    row, best, run = pixels[y * width : (y + 1) * width], 0, 0
    for pixel in row:
        run = run + 1 if pixel == (255, 255, 255) else 0
        best = max(best, run)
    if best >= 300:
        run_rows += 1
    else:
        bands += run_rows >= 10
        run_rows = 0
print(f"   grab {width}x{height}: {light:.0%} light, {dark:.1%} dark (text), {colours} colours, {bands} white boxes")
assert (width, height) == (760, 640), "the sign-in window opens at 760x640"
assert light >= 0.5, "a light window background"
assert 0.002 <= dark <= 0.3, "dark text on it, but not a black window"
assert colours >= 16, "anti-aliased text and controls, not a blank fill"
assert bands == 3, "two entry fields and the Sign in button"
PYTHON
    then
        ok "window '$(xdotool getwindowname "$WINDOW")' shown and painted (grab kept in $WORK/sign-in.png)"
    else
        fail "the grab of the window does not look like the sign-in screen ($WORK/sign-in.png)"
    fi
else
    fail "no window titled '$TITLE' within 60 s: $(xdotool search --name 'Concern Logger' getwindowname %@ 2>/dev/null | head -3 | tr '\n' ' ')"
fi
run_wine taskkill /f /im ConcernLogger.exe > /dev/null
wait "$GUI"

# 5. An upgrade to this version, with no properties: the configuration and the records stay.
step "upgrade: msiexec /i ConcernLogger-$VERSION-x64.msi /qn (no properties)"
CONFIG_BEFORE="$(sha256sum "$CONFIG" | cut -d' ' -f1)"
STORE_BEFORE="$(sha256sum "$STORE" | cut -d' ' -f1)"
msi /i "$(wine_path "$NEW_MSI")" /qn /l*v "$(wine_path "$WORK/upgrade.log")"
code=$?
if [ "$code" -eq 0 ] && [ "$(display_version)" = "$VERSION" ] && [ "$(uninstall_entries | wc -l)" -eq 1 ] \
    && [ -f "$INSTALLED/concern-logger.exe" ] && [ -n "$(shortcut)" ]; then
    ok "upgraded: one product registered, version $VERSION"
else
    fail "upgrade (exit $code): versions '$(display_version)', entries $(uninstall_entries | wc -l)"
fi
[ "$(sha256sum "$CONFIG" | cut -d' ' -f1)" = "$CONFIG_BEFORE" ] && ok "machine configuration unchanged" \
    || fail "the upgrade changed the machine configuration"
[ "$(sha256sum "$STORE" | cut -d' ' -f1)" = "$STORE_BEFORE" ] && ok "the store untouched by the upgrade" \
    || fail "the upgrade changed the store"
if cli "$PASS" -- verify --as a.lead | grep -q "^OK: " \
    && cli "$PASS" -- chronology A123456789012 --as a.lead | grep -q "no coat and was shivering"; then
    ok "the upgraded app opens the records"
else
    fail "the upgraded app does not open the records"
fi

# 6. Uninstall: the program goes; the records and the machine configuration stay.
step "uninstall: msiexec /x /qn"
msi /x "$(wine_path "$NEW_MSI")" /qn /l*v "$(wine_path "$WORK/uninstall.log")"
code=$?
if [ "$code" -eq 0 ] && [ ! -e "$INSTALLED" ] && [ -z "$(shortcut)" ] && [ -z "$(uninstall_entries)" ]; then
    ok "removed: no program files, no shortcut, no Uninstall entry"
else
    fail "uninstall (exit $code): $(find "$INSTALLED" -type f 2>/dev/null | head -3 | tr '\n' ' ') $(uninstall_entries)"
fi
[ -f "$STORE" ] && [ -f "$CONFIG" ] && ok "the records and the machine configuration are kept" \
    || fail "the uninstall removed the records or the configuration"

echo "sizes: msi $(du -h "$NEW_MSI" | cut -f1) ($(stat -c %s "$NEW_MSI") bytes), bundle $(du -sh "$WORK/dist/concern-logger-windows" | cut -f1)"
finish
