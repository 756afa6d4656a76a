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

Options after the run count go to ./nudge, so a start with options is timed the same way (for example
bench/first-frame.py 20 --lang ja); the first frame ends with the footer's quit key in either language.
NUDGE=/path/to/other/checkout times that checkout's ./nudge as it is built, without building it.

On a busy machine the clock mostly measures the other programs; so it also reports the processor time the tutor's
process (all its threads, from /proc/PID/task/*/schedstat) had used when its first frame arrived, which depends far
less on how busy the machine is.

Usage: bench/first-frame.py [RUNS [OPTION...]]   (default 20; builds the jar first if needed)
"""
import os, pty, statistics, struct, subprocess, sys, tempfile, termios, fcntl, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MEASURED = os.path.abspath(os.environ.get("NUDGE", ROOT))
# The last row of the first frame ends with the quit key, in English or Japanese; the first lesson's title bar says
# "Lesson" or its Japanese word.
FIRST_FRAME = (b"q quit", "q 終了".encode("utf-8"))
LESSON_TITLE = (b"Lesson ", "レッスン ".encode("utf-8"))
import ptyterm
from ptyterm import ROWS, COLS


def cpu_seconds(pid):
    """Processor time all threads of process pid have used so far (ns precision), or None when it has gone."""
    total = 0
    try:
        for task in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/schedstat" % (pid, task)) as f:
                total += int(f.read().split()[0])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return total / 1e9


def time_until(argv, marker, env, quit_key=None, timeout=30.0, then=None, cpu=None):
    """Seconds until marker (bytes, or a tuple of alternatives) arrives; with then=(key, marker2), also until
    marker2 arrives after key is sent. With cpu a list, appends the process's processor time when marker arrived."""
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
        if elapsed is None and arrived(marker, seen):
            elapsed = time.perf_counter() - start
            if cpu is not None:
                cpu.append(cpu_seconds(pid))
            if then is not None:
                os.write(fd, then[0])
                seen = b""
                continue
            if quit_key is None:
                break
            os.write(fd, quit_key)
        if then is not None and elapsed is not None and ready is None and arrived(then[1], seen):
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


def arrived(marker, seen):
    return any(each in seen for each in marker) if isinstance(marker, tuple) else marker in seen


def summary(name, times):
    ms = sorted(t * 1000 for t in times)
    return "%-28s median %6.1f ms   min %6.1f ms   max %6.1f ms   (%d runs)" % (
        name, statistics.median(ms), ms[0], ms[-1], len(ms))


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    options = sys.argv[2:]
    env = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    env.pop("NUDGE", None)
    # The launcher builds the jar (and the build its class-data archive) when missing or stale.
    subprocess.run([os.path.join(MEASURED, "nudge"), "--version"], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "Hello.java"), "w") as f:
            f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }')
        subprocess.run(["javac", "-d", tmp, os.path.join(tmp, "Hello.java")], check=True)
        hello = ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", tmp, "Hello"]
        nudge = [os.path.join(MEASURED, "nudge")] + options
        env["NUDGE_DATA"] = os.path.join(tmp, "data")
        time_until(nudge, FIRST_FRAME, env, b"q")  # warm the file cache and the launcher's Java check
        # Interleaved, so that a machine that gets busier or quieter during the runs affects all three alike.
        hello_times, nudge_times, ready_times, cpu_times = [], [], [], []
        for _ in range(runs):
            hello_times.append(time_until(hello, b"hello", env))
            nudge_times.append(time_until(nudge, FIRST_FRAME, env, b"q", cpu=cpu_times))
            ready_times.append(time_until(nudge, FIRST_FRAME, env, b"q", then=(b"\r", LESSON_TITLE))[1])
    print("measured: %s" % " ".join([os.path.join(MEASURED, "nudge")] + options))
    print(summary("JVM printing hello", hello_times))
    print(summary("./nudge first frame", nudge_times))
    print("ratio of medians: %.2f" % (statistics.median(nudge_times) / statistics.median(hello_times)))
    print(summary("./nudge answers Enter", ready_times))
    print(summary("processor until first frame", [t for t in cpu_times if t is not None]))
    print("machine: %s, %d cores, %s" % (os.uname().machine, os.cpu_count(),
          subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))


if __name__ == "__main__":
    main()
