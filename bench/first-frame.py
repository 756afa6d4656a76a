#!/usr/bin/env python3
"""Time from starting ./nudge to its first complete frame, on a pseudo-terminal.

Starts the command on a fresh 80x24 pseudo-terminal, answers the terminal's
cursor-position queries (ESC[6n) as a real terminal would, and stops the clock
when the last row of the first frame (the footer's "q quit") has arrived. For
comparison it times, the same way, a JVM that prints "hello" and exits.

It also times how soon the tutor answers a key: Enter is pressed the moment the
first frame is complete, and the clock stops when the first lesson's title bar
arrives. The tutor reads the course and the learner's progress after its first
frame, so this is the time until it is ready to use. Progress is kept in a
temporary folder that lives for all the runs, as for a learner who returns.

Usage: bench/first-frame.py [RUNS]   (default 20; builds the jar first if needed)
"""
import os, pty, statistics, struct, subprocess, sys, tempfile, termios, fcntl, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import ptyterm
from ptyterm import ROWS, COLS


def time_until(argv, marker, env, quit_key=None, timeout=30.0, then=None):
    """Seconds until marker arrives; with then=(key, marker2), also until marker2 arrives after key is sent."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execvpe(argv[0], argv, env)
    start = time.perf_counter()
    seen = b""
    elapsed = None
    ready = None
    deadline = start + timeout
    while time.perf_counter() < deadline:
        chunk = ptyterm.read(fd, 0.05)
        if chunk is None:
            break
        seen += chunk
        if elapsed is None and marker in seen:
            elapsed = time.perf_counter() - start
            if then is not None:
                os.write(fd, then[0])
                seen = b""
                continue
            if quit_key is None:
                break
            os.write(fd, quit_key)
        if then is not None and elapsed is not None and ready is None and then[1] in seen:
            ready = time.perf_counter() - start
            os.write(fd, quit_key)
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None or (then is not None and ready is None):
        raise SystemExit("never saw %r from %s" % (marker if elapsed is None else then[1], " ".join(argv)))
    return elapsed if then is None else (elapsed, ready)


def summary(name, times):
    ms = sorted(t * 1000 for t in times)
    return "%-28s median %6.1f ms   min %6.1f ms   max %6.1f ms   (%d runs)" % (
        name, statistics.median(ms), ms[0], ms[-1], len(ms))


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    env = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    # The launcher builds the jar (and the build its class-data archive) when missing or stale.
    subprocess.run([os.path.join(ROOT, "nudge"), "--version"], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "Hello.java"), "w") as f:
            f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }')
        subprocess.run(["javac", "-d", tmp, os.path.join(tmp, "Hello.java")], check=True)
        hello = ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", tmp, "Hello"]
        nudge = [os.path.join(ROOT, "nudge")]
        env["NUDGE_DATA"] = os.path.join(tmp, "data")
        time_until(nudge, b"q quit", env, b"q")  # warm the file cache and the launcher's Java check
        # Interleaved, so that a machine that gets busier or quieter during the runs affects all three alike.
        hello_times, nudge_times, ready_times = [], [], []
        for _ in range(runs):
            hello_times.append(time_until(hello, b"hello", env))
            nudge_times.append(time_until(nudge, b"q quit", env, b"q"))
            ready_times.append(time_until(nudge, b"q quit", env, b"q", then=(b"\r", b"Lesson "))[1])
    print(summary("JVM printing hello", hello_times))
    print(summary("./nudge first frame", nudge_times))
    print("ratio of medians: %.2f" % (statistics.median(nudge_times) / statistics.median(hello_times)))
    print(summary("./nudge answers Enter", ready_times))
    print("machine: %s, %d cores, %s" % (os.uname().machine, os.cpu_count(),
          subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))


if __name__ == "__main__":
    main()
