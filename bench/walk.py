#!/usr/bin/env python3
"""Bytes per keystroke and peak memory of ./nudge over a walk of the whole course, on a pseudo-terminal.

Starts ./nudge under /usr/bin/time -v on a fresh 80x24 pseudo-terminal with a fresh progress folder, answers the
terminal's cursor-position queries, counts the bytes of the first frame, then presses the keys of
src/test/java/dev/nudge/bench/CourseWalk.java one at a time, each once the screen has been quiet for QUIET seconds,
and counts the bytes each key brings. Prints median, p95 and max per kind of step and overall, and the peak
resident memory of the session.

Usage: bench/walk.py [LANGUAGE]   (en or ja; default en; builds the jar and the test classes if needed)
NUDGE=/path/to/other/checkout walks that checkout's ./nudge as it is built, without building it.
"""
import os, pty, re, statistics, struct, subprocess, sys, tempfile, termios, fcntl, time

ROOT = os.path.abspath(os.environ.get("NUDGE", os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import ptyterm
from ptyterm import ROWS, COLS
QUIET = 0.15
KEYS = {"Enter": b"\r", "Down": b"\x1b[B", "Up": b"\x1b[A"}
# The end of the first frame's footer in each language.
FOOTER_END = {"en": "q quit", "ja": "q 終了"}


def walk_keys(language):
    if "NUDGE" not in os.environ:
        subprocess.run(["mvn", "-q", "-DskipTests", "package", "test-compile"], cwd=ROOT, check=True)
    out = subprocess.run(["java", "-cp", "target/test-classes:target/nudge.jar", "dev.nudge.bench.CourseWalk",
                          language], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines()]


def read_until_quiet(fd, quiet=QUIET, limit=10.0):
    got = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        chunk = ptyterm.read(fd, quiet)
        if not chunk:
            break
        got += chunk
    return got


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, -(-p * len(ordered) // 100) - 1))]


def line(name, values):
    return "%-10s %5d keys   median %6d   p95 %6d   max %6d bytes" % (
        name, len(values), statistics.median(values), percentile(values, 95), max(values))


def main():
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    if language not in FOOTER_END:
        raise SystemExit("usage: bench/walk.py [en|ja]")
    keys = walk_keys(language)
    with tempfile.TemporaryDirectory() as data:
        report = os.path.join(data, "time.txt")
        env = dict(os.environ, LANG="ja_JP.UTF-8" if language == "ja" else "C.UTF-8", TERM="xterm-256color",
                   NUDGE_DATA=data)
        env.pop("NO_COLOR", None)
        env.pop("NUDGE", None)
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execvpe("/usr/bin/time", ["/usr/bin/time", "-v", "-o", report, os.path.join(ROOT, "nudge")], env)
        first = b""
        footer_end = FOOTER_END[language].encode("utf-8")
        deadline = time.monotonic() + 30
        while footer_end not in first:
            if time.monotonic() > deadline:
                raise SystemExit("the first frame never ended with %r; it sent:\n%r" % (FOOTER_END[language], first))
            first += read_until_quiet(fd, 1.0)
        first += read_until_quiet(fd)
        sizes = {}
        for kind, key in keys:
            os.write(fd, KEYS.get(key, key.encode()))
            if key != "q":
                sizes.setdefault(kind, []).append(len(read_until_quiet(fd)))
        read_until_quiet(fd, 1.0)
        os.waitpid(pid, 0)
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(report).read()).group(1)
    print("first frame at %dx%d: %d bytes" % (COLS, ROWS, len(first)))
    for kind in sorted(sizes):
        print(line(kind, sizes[kind]))
    print(line("all", [n for values in sizes.values() for n in values]))
    print("peak resident memory of the session: %.1f MiB" % (int(peak) / 1024))


if __name__ == "__main__":
    main()
