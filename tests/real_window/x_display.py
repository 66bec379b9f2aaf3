"""A private X server for one test, and the clerk's hands on it: windows are found with
`xwininfo`, keys go in with `xdotool`, the screen is photographed with `import`.

There is no window manager on the private server, so two of its duties are done here as a
window manager would do them: a window that appears gets the keyboard focus, and closing
a window (Alt+F4) sends it WM_DELETE_WINDOW, which the app handles as its close button.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import os
import re
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

SCREEN = "1366x768x24"
TOOLS = ("Xvfb", "xkbcomp", "xdotool", "xwininfo", "import", "pdftotext", "pdffonts")
TYPING_DELAY_MS = 30
GLANCE_SECONDS = 0.3
WINDOW_LINE = re.compile(r'^\s+(0x[0-9a-f]+) "(.*)": \((.*)\)\s+(\d+)x(\d+)\+(-?\d+)\+(-?\d+)')
T = TypeVar("T")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 20.0) -> T:
    """Poll `probe` until it returns something other than None/False; fail naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result is not None and result is not False:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.1)


@dataclass(frozen=True)
class Window:
    id: str
    title: str
    width: int
    height: int
    x: int
    y: int


class XServer:
    """Xvfb on a display number it chooses itself (-displayfd), killed by `stop`."""

    def __init__(self, log: Path) -> None:
        read_end, write_end = os.pipe()
        with log.open("wb") as output:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                pass_fds=(write_end,),
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        os.close(write_end)
        try:
            number = _read_line(read_end, timeout=30)
        finally:
            os.close(read_end)
        if not number:
            self.stop()
            raise RuntimeError(f"Xvfb did not start: {log.read_text(errors='replace')}")
        self.display = f":{number}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _read_line(fd: int, timeout: float) -> str:
    """The display number Xvfb writes, up to its newline (closing the pipe before the
    newline is written kills Xvfb)."""
    deadline = time.monotonic() + timeout
    text = b""
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(fd, 16) if ready else b""
        if not chunk:
            break
        text += chunk
    return text.decode().strip()


class Desk:
    """What a clerk does at the screen: see windows, type, press keys, close windows.

    Every key press and every typed character is counted while `counting` is on."""

    def __init__(self, display: str, shots: Path) -> None:
        self.display = display
        self.shots = shots
        self.env = {**os.environ, "DISPLAY": display}
        self.counting = False
        self.keystrokes = 0
        self._shot_number = 0
        self._keycodes: dict[str, int] = {}
        self._characters: list[str] = []
        self._bound = False

    def _run(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr}")
        return done.stdout

    # Seeing ------------------------------------------------------------------------------

    def windows(self) -> list[Window]:
        """The app's top-level windows that are shown (Qt's helper windows left out)."""
        found = []
        for line in self._window_tree().splitlines():
            match = WINDOW_LINE.match(line)
            if match and "District Desk" in match.group(3):
                ident, title, _class, width, height, x, y = match.groups()
                found.append(Window(ident, title, int(width), int(height), int(x), int(y)))
        return [window for window in found if self._viewable(window.id)]

    def _window_tree(self) -> str:
        """`xwininfo -root -tree`, asked again when a window closed while it was read."""
        for _attempt in range(20):
            done = subprocess.run(
                ["xwininfo", "-root", "-tree"],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            if done.returncode == 0:
                return done.stdout
            time.sleep(0.1)
        raise RuntimeError(f"xwininfo -root -tree keeps failing: {done.stderr}")

    def _viewable(self, ident: str) -> bool:
        done = subprocess.run(
            ["xwininfo", "-id", ident], env=self.env, capture_output=True, text=True, timeout=60
        )
        return done.returncode == 0 and "IsViewable" in done.stdout  # gone meanwhile: not

    def window_titled(self, part: str, timeout: float = 90.0) -> Window:
        """Wait for a shown window whose title holds `part`, give it the focus (as a window
        manager gives a new window) and return it."""
        window = wait_for(
            f"a window titled …{part}…",
            lambda: next((w for w in self.windows() if part in w.title), None),
            timeout,
        )
        self.focus(window)
        return window

    def gone(self, window: Window, timeout: float = 30.0) -> None:
        wait_for(
            f"the window {window.title!r} to close",
            lambda: all(w.id != window.id for w in self.windows()),
            timeout,
        )

    def new_window(self, known: set[str], part: str, timeout: float = 30.0) -> Window:
        """Wait for a window titled …part… that is not among `known` ids (a message box
        may share its title with the dialog that asks), and focus it."""
        window = wait_for(
            f"a new window titled …{part}…",
            lambda: next(
                (w for w in self.windows() if part in w.title and w.id not in known), None
            ),
            timeout,
        )
        self.focus(window)
        return window

    def ids(self) -> set[str]:
        return {window.id for window in self.windows()}

    def focus(self, window: Window) -> None:
        self._run("xdotool", "windowfocus", "--sync", window.id)

    def shoot(self, name: str, settle: float = 3.0) -> Path:
        """The whole screen, as the clerk sees it, into the shots folder; taken again until
        two shots agree (the app may still be working through the keys sent)."""
        self._shot_number += 1
        path = self.shots / f"{self._shot_number:02d}-{name}.png"
        deadline = time.monotonic() + settle
        previous = b""
        while True:
            self._run("import", "-window", "root", str(path))
            current = path.read_bytes()
            if current == previous or time.monotonic() > deadline:
                return path
            previous = current
            time.sleep(0.2)

    # Hands -------------------------------------------------------------------------------

    @contextmanager
    def counted(self) -> Iterator[None]:
        """Count every key press and typed character sent inside the block."""
        self.counting = True
        try:
            yield
        finally:
            self.counting = False

    def bind_characters(self, text: str) -> None:
        """Give every non-ASCII character of `text` a key of its own: bound on the next
        typing of such characters, once for each start of the app (see `app_started`).

        xdotool types a character missing from the keymap by remapping a spare key for
        that one keystroke and mapping it back; at typing speed the app reads some of those
        keys after the mapping has moved on, and Thai characters are lost or changed. Bound
        once, each is pressed on its own key with nothing remapped."""
        self._characters = sorted({c for c in text if ord(c) > 0x7E})

    def app_started(self) -> None:
        """The app reads the keymap as the server first had it; changing the mapping while
        it runs makes it read the keymap again, before any key sent after the change."""
        self._bound = False

    def _bind(self) -> None:
        named = named_keycodes(self._run("xkbcomp", "-xkb", self.display, "-"))
        keysyms = [UNICODE_KEYSYM + ord(c) for c in self._characters]
        bound = bind_keysyms(self.display, keysyms, named)
        self._keycodes = {chr(keysym - UNICODE_KEYSYM): code for keysym, code in bound.items()}
        self._bound = True

    def key(self, *keys: str) -> None:
        """Press keys one after the other (xdotool names: Tab, Return, ctrl+s …)."""
        if self.counting:
            self.keystrokes += len(keys)
        self._run("xdotool", "key", "--delay", str(TYPING_DELAY_MS), *keys)

    def glance(self) -> None:
        """The moment a clerk looks at the field a key just opened before typing into it
        (the keys typed at once would be queued behind the app laying the field out)."""
        time.sleep(GLANCE_SECONDS)

    def type(self, text: str) -> None:
        """Type text as keystrokes, Thai included, one keystroke a character (ASCII through
        the keymap as it is, the rest through the keys `bind_characters` gave them)."""
        if self.counting:
            self.keystrokes += len(text)
        for ascii_run, run in itertools.groupby(text, key=lambda c: ord(c) <= 0x7E):
            characters = "".join(run)
            if ascii_run:
                self._run("xdotool", "type", "--delay", str(TYPING_DELAY_MS), characters)
            else:
                if not self._bound:
                    self._bind()
                missing = [c for c in characters if c not in self._keycodes]
                assert not missing, f"characters not given to bind_characters: {missing}"
                press_keys(self.display, [self._keycodes[c] for c in characters])

    def close(self, window: Window) -> None:
        """What Alt+F4 does under a window manager: ask the window to close."""
        send_delete_window(self.display, int(window.id, 16))


# The window manager's close request, sent with Xlib through ctypes (no Python X library).


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


CLIENT_MESSAGE = 33


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if name is None:
        raise RuntimeError("libX11 is not installed")
    xlib = ctypes.CDLL(name)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    ]
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XDisplayKeycodes.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    ]
    xlib.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
    xlib.XGetKeyboardMapping.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ubyte,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
    ]
    xlib.XFree.argtypes = [ctypes.c_void_p]
    xlib.XChangeKeyboardMapping.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.c_int,
    ]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return xlib


UNICODE_KEYSYM = 0x1000000
MULTIMEDIA_KEYSYMS = 0x1008FF00  # XF86AudioMute, XF86Mail …
KEYCODE_NAME = re.compile(r"^\s*<[^>]+>\s*=\s*(\d+);", re.MULTILINE)


def named_keycodes(keymap: str) -> set[int]:
    """The keycodes the keyboard extension names (a key without a name is not in the
    keymap the app reads, whatever the core mapping says)."""
    return {int(number) for number in KEYCODE_NAME.findall(keymap)}


def bind_keysyms(display: str, keysyms: list[int], named: set[int]) -> dict[int, int]:
    """Put each keysym on a named keycode of its own: keycodes with no keysym first, then
    those of the multimedia keys (XF86…), which a clerk's day never uses."""
    xlib = _xlib()
    connection = _open(xlib, display)
    try:
        low, high = ctypes.c_int(), ctypes.c_int()
        xlib.XDisplayKeycodes(connection, ctypes.byref(low), ctypes.byref(high))
        per = ctypes.c_int()
        count = high.value - low.value + 1
        mapping = xlib.XGetKeyboardMapping(connection, low.value, count, ctypes.byref(per))
        symbols = {
            low.value + n: [mapping[n * per.value + level] for level in range(per.value)]
            for n in range(count)
        }
        xlib.XFree(mapping)
        usable = [code for code in sorted(symbols) if code in named]
        free = [code for code in usable if not any(symbols[code])]
        free += [
            code
            for code in usable
            if any(symbols[code])
            and all(not sym or sym >= MULTIMEDIA_KEYSYMS for sym in symbols[code])
        ]
        if len(free) < len(keysyms):
            raise RuntimeError(f"{len(keysyms)} characters to bind, {len(free)} free keys")
        bound = dict(zip(keysyms, free, strict=False))
        for keysym, keycode in bound.items():
            xlib.XChangeKeyboardMapping(connection, keycode, 1, (ctypes.c_ulong * 1)(keysym), 1)
        xlib.XSync(connection, 0)
        return bound
    finally:
        xlib.XCloseDisplay(connection)


def press_keys(display: str, keycodes: list[int]) -> None:
    """Press and release each key in turn through XTest, as xdotool presses a key it finds
    in the keymap."""
    xlib, xtest = _xlib(), _xtest()
    connection = _open(xlib, display)
    try:
        for keycode in keycodes:
            for pressed in (1, 0):
                xtest.XTestFakeKeyEvent(connection, keycode, pressed, 0)
                xlib.XSync(connection, 0)
                time.sleep(TYPING_DELAY_MS / 2000)
    finally:
        xlib.XCloseDisplay(connection)


def _xtest() -> ctypes.CDLL:
    name = ctypes.util.find_library("Xtst")
    if name is None:
        raise RuntimeError("libXtst is not installed")
    xtest = ctypes.CDLL(name)
    xtest.XTestFakeKeyEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint,
        ctypes.c_int,
        ctypes.c_ulong,
    ]
    return xtest


def _open(xlib: ctypes.CDLL, display: str) -> int:
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open display {display}")
    return connection


def send_delete_window(display: str, window: int) -> None:
    xlib = _xlib()
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open display {display}")
    try:
        event = _XEvent()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = xlib.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = xlib.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        xlib.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
        xlib.XFlush(connection)
    finally:
        xlib.XCloseDisplay(connection)


def window_lines(windows: list[Window]) -> Iterator[str]:
    for window in windows:
        yield f"{window.id} {window.title!r} {window.width}x{window.height}+{window.x}+{window.y}"
