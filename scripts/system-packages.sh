#!/bin/sh
# Make sure the system libraries Qt needs are present.
#   scripts/system-packages.sh offscreen   tests and self-test (poppler for PDFs; and, for the
#                                          real-window test, Xvfb, xdotool and the X libraries)
#   scripts/system-packages.sh window      a real window on an X11/Wayland desktop
# As root on Debian/Ubuntu the missing packages are installed; otherwise the exact command
# is printed and the script fails, so nothing half-works.
set -eu
mode=${1:-offscreen}

# library file -> Debian package
offscreen="libGL.so.1:libgl1 libEGL.so.1:libegl1 libglib-2.0.so.0:libglib2.0-0
libfontconfig.so.1:libfontconfig1 libxkbcommon.so.0:libxkbcommon0 libdbus-1.so.3:libdbus-1-3"
window="libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4
libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0
libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0
libxcb-shape.so.0:libxcb-shape0 libxcb-xkb.so.1:libxcb-xkb1
libxkbcommon-x11.so.0:libxkbcommon-x11-0 libX11-xcb.so.1:libx11-xcb1"

# The real-window test (tests/real_window) runs the app on its own Xvfb: the window
# libraries, and libXtst for the keys it presses itself.
real_window="libXtst.so.6:libxtst6 libX11.so.6:libx11-6"

wanted="$offscreen $window"
[ "$mode" = offscreen ] && wanted="$wanted $real_window"

missing=""
for pair in $wanted; do
    lib=${pair%%:*}
    pkg=${pair#*:}
    if ! ldconfig -p 2>/dev/null | grep -q "/$lib\$"; then
        missing="$missing $pkg"
    fi
done
# The tests read the PDFs they print with poppler's tools; the real-window test starts
# Xvfb, loads the keymap with xkbcomp, keys with xdotool, finds windows with xwininfo and
# photographs the screen with ImageMagick's import.  command -> Debian package
if [ "$mode" = offscreen ]; then
    for pair in pdffonts:poppler-utils pdftotext:poppler-utils pdftoppm:poppler-utils \
        Xvfb:xvfb xauth:xauth xkbcomp:x11-xkb-utils xdotool:xdotool xwininfo:x11-utils \
        import:imagemagick; do
        tool=${pair%%:*}
        pkg=${pair#*:}
        if ! command -v "$tool" >/dev/null 2>&1; then
            case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
        fi
    done
fi
# Run as root, the read-only-database tests drop root's right to write anywhere with
# setpriv (util-linux, on every Debian/Ubuntu; listed for minimal images).
if [ "$mode" = offscreen ] && [ "$(id -u)" = 0 ] && ! command -v setpriv >/dev/null 2>&1; then
    missing="$missing util-linux"
fi
# The exchange-workbook tests convert the exported .xlsx with LibreOffice. It is optional:
# installed when we can (root with apt-get); otherwise that one test says why it is skipped.
# A failed install of it never fails the setup.
if [ "$mode" = offscreen ] && ! command -v soffice >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing LibreOffice Calc (optional: a test reads the exported workbook with it)"
        { apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                libreoffice-calc-nogui >/dev/null; } ||
            echo "LibreOffice could not be installed; its workbook test will be skipped" >&2
    else
        echo "Optional: LibreOffice (soffice) is not installed; its workbook test will be" \
            "skipped. To run it: sudo apt-get install --no-install-recommends" \
            "libreoffice-calc-nogui" >&2
    fi
fi
# The tests run the services on PostgreSQL too, on a throwaway server of their own
# (tests/postgres_server.py). Optional like LibreOffice: installed when we can; otherwise
# those tests are skipped with one reason and the run says it ran SQLite only.
if [ "$mode" = offscreen ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 &&
    ! command -v initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing PostgreSQL (optional: the services' tests also run on it)"
        { apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                postgresql >/dev/null; } ||
            echo "PostgreSQL could not be installed; the tests will run on SQLite only" >&2
    else
        echo "Optional: PostgreSQL is not installed; the tests will run on SQLite only." \
            "To run them on both: sudo apt-get install --no-install-recommends postgresql" >&2
    fi
fi
# `python3 -m venv` needs ensurepip, which Debian ships separately.
if ! python3 -c 'import ensurepip' 2>/dev/null; then
    missing="$missing python3-venv"
fi
[ -z "$missing" ] && exit 0

command="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries Qt needs:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $command
else
    echo "Qt needs system libraries that are missing:$missing" >&2
    echo "Install them, then run make again:" >&2
    echo "    sudo $command" >&2
    exit 1
fi
