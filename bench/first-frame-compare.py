#!/usr/bin/env python3
"""Times the first frame of several builds of nudge in one sitting, interleaved run by run.

A change worth a few milliseconds is lost in the noise of a busy machine unless the builds compared take turns:
each round starts every build once, in the same order, so a machine that gets busier or quieter affects all alike.
Each build is a checkout whose ./nudge is built (with its class-data archive); it is timed as bench/first-frame.py
times one (from start to the first frame's footer on a fresh 80x24 pseudo-terminal), and the processor time its
process had used by then is reported too.

Usage: bench/first-frame-compare.py RUNS CHECKOUT... [-- OPTION...]   (the options go to every ./nudge)
"""
import importlib.util, os, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("first_frame", os.path.join(HERE, "first-frame.py"))
first_frame = importlib.util.module_from_spec(spec)
spec.loader.exec_module(first_frame)


def main():
    args = sys.argv[1:]
    options = args[args.index("--") + 1:] if "--" in args else []
    args = args[:args.index("--")] if "--" in args else args
    if len(args) < 2:
        raise SystemExit(__doc__)
    runs, checkouts = int(args[0]), [os.path.abspath(each) for each in args[1:]]
    env = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color")
    for key in ("NO_COLOR", "NUDGE"):
        env.pop(key, None)
    wall = {each: [] for each in checkouts}
    cpu = {each: [] for each in checkouts}
    with tempfile.TemporaryDirectory() as tmp:
        env["NUDGE_DATA"] = os.path.join(tmp, "data")
        for each in checkouts:
            subprocess.run([os.path.join(each, "nudge"), "--version"], check=True, stdout=subprocess.DEVNULL)
            first_frame.time_until([os.path.join(each, "nudge")] + options, first_frame.FIRST_FRAME, env, b"q")
        for _ in range(runs):
            for each in checkouts:
                wall[each].append(first_frame.time_until([os.path.join(each, "nudge")] + options,
                                                         first_frame.FIRST_FRAME, env, b"q", cpu=cpu[each]))
    print("options: %s; %d rounds" % (" ".join(options) or "(none)", runs))
    for each in checkouts:
        used = [t for t in cpu[each] if t is not None]
        print("%-40s first frame median %6.1f ms   processor median %6.1f ms" % (
            each, statistics.median(wall[each]) * 1000, statistics.median(used) * 1000))


if __name__ == "__main__":
    main()
