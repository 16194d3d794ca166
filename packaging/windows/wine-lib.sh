# Shell functions for running the Windows build under Wine on Linux; sourced by build-msi-wine and by
# tests/packaging/test_msi_wine.sh. Only for this machine's builds and tests: nothing here reaches the MSI.
#
# Wine pitfalls handled here: a Wine process whose standard output or error is a regular file or /dev/null dies at
# start ("Invalid handle"), so every Wine command is piped through cat; an X server must be up before the first
# Wine process of a prefix (else Wine settles on having no display), so Xvfb is started first; wineboot would offer
# to download Mono and Gecko, so both are switched off (the app needs neither).

export WINEARCH=win64 WINEDEBUG="${WINEDEBUG:--all}" WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}"
WINE_XVFB_PID=""

wine_command() {  # the 64-bit Wine loader (Debian keeps it in /usr/lib/wine; `wine` alone nags about wine32)
    if [ -x /usr/lib/wine/wine64 ]; then echo /usr/lib/wine/wine64
    elif command -v wine64 >/dev/null; then echo wine64
    elif command -v wine >/dev/null; then echo wine
    else return 1; fi
}

start_xvfb() {  # an X server for Wine on a free display number, unless DISPLAY already names one that answers
    if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return 0; fi
    local n
    for n in $(seq 90 140); do
        [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
        Xvfb ":$n" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
        WINE_XVFB_PID=$!
        export DISPLAY=":$n"
        local tries
        for tries in $(seq 1 50); do
            [ -e "/tmp/.X11-unix/X$n" ] && return 0
            kill -0 "$WINE_XVFB_PID" 2>/dev/null || break
            sleep 0.1
        done
    done
    echo "error: could not start Xvfb" >&2
    return 1
}

stop_xvfb() {
    if [ -n "$WINE_XVFB_PID" ]; then kill "$WINE_XVFB_PID" 2>/dev/null || true; WINE_XVFB_PID=""; fi
}

run_wine() {  # run_wine PROGRAM ARGS...: its output through a pipe; returns the program's exit code
    # A Wine program that hangs ends after WINE_STEP_TIMEOUT seconds with exit code 124, so a run fails in minutes
    # instead of stalling CI. `timeout` alone is not enough: Wine's services (services.exe, rpcss, winedevice) run
    # in sessions of their own and may hold the program's output pipe, so `| cat` would wait for ever after the
    # program was killed. The watchdog stops the prefix's wineserver, which ends every Wine process of the prefix
    # and so every pipe; after that each later run_wine returns 124 at once (Wine is down: nothing to wait for).
    local launcher hung status watchdog
    launcher="$(wine_command)"
    hung="$(wine_hung_marker)"
    if [ -e "$hung" ]; then
        echo "run_wine: not run ($1): an earlier Wine program hung and Wine was stopped" >&2
        return 124
    fi
    ( sleep "${WINE_STEP_TIMEOUT:-900}" & wait $! && {  # (a background sleep: no "Terminated" when it is ended)
        echo "run_wine: $1 still running after ${WINE_STEP_TIMEOUT:-900} s: stopping Wine" >&2
        : > "$hung"
        wine_server -k
    } ) &
    watchdog=$!
    "$launcher" "$@" 2>&1 | cat
    status=${PIPESTATUS[0]}
    pkill -P "$watchdog" sleep 2>/dev/null
    wait "$watchdog" 2>/dev/null
    if [ -e "$hung" ]; then return 124; fi
    return "$status"
}

wine_hung_marker() {  # the file the watchdog leaves when it had to stop Wine (beside the prefix, not in it)
    local prefix="${WINEPREFIX:-$HOME/.wine}"
    echo "${prefix%/}.hung"
}

wine_path() {  # the Windows path of a Linux path (Wine maps / to Z:)
    local absolute
    absolute="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    printf 'Z:%s' "${absolute//\//\\}"
}

new_wine_prefix() {  # new_wine_prefix DIR STAND_INS_DIR: a fresh 64-bit prefix with the two stand-in DLLs
    export WINEPREFIX="$1"
    rm -rf "$WINEPREFIX" "$(wine_hung_marker)"
    mkdir -p "$WINEPREFIX"
    run_wine wineboot --init >/dev/null || return 1
    wine_server -w
    cp "$2/icuuc.dll" "$2/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
}

wine_server() {  # wineserver (Debian keeps it in /usr/lib/wine)
    if command -v wineserver >/dev/null; then wineserver "$@"; else /usr/lib/wine/wineserver "$@"; fi
}

WINE_KEEPER_FIFO=""
start_wine_keeper() {  # start_wine_keeper FOLDER: keep one Wine program running until stop_wine_keeper
    # The wineserver and Wine's services (started by the first Wine program, holding its standard output) then stay
    # up: each later program starts in seconds, and its output pipe closes when it ends (a persistent wineserver
    # alone leaves the services holding the first program's pipe, so `| cat` would never end).
    WINE_KEEPER_FIFO="$1/wine-keeper.fifo"
    rm -f "$WINE_KEEPER_FIFO" && mkfifo "$WINE_KEEPER_FIFO"
    "$(wine_command)" cmd.exe /k < "$WINE_KEEPER_FIFO" 2>&1 | cat > /dev/null &
    exec 9> "$WINE_KEEPER_FIFO"  # cmd.exe waits for input on it; closing it ends cmd.exe
    # Wait until cmd.exe runs a command: by then it has started Wine's services, which hold its pipe and no other.
    # A program started before that may start them itself, and its `| cat` then never ends (a CI run hung so at its
    # first msiexec, with the machine loaded).
    local ready="$1/wine-keeper.ready" tries
    rm -f "$ready"
    echo "echo ready> $(wine_path "$ready")" >&9
    for tries in $(seq 1 600); do
        [ -s "$ready" ] && return 0
        sleep 0.2
    done
    echo "error: Wine's command prompt did not start within 120 s" >&2
    return 1
}

stop_wine_keeper() {
    if [ -n "$WINE_KEEPER_FIFO" ]; then
        exec 9>&-
        rm -f "$WINE_KEEPER_FIFO"
        WINE_KEEPER_FIFO=""
    fi
}
