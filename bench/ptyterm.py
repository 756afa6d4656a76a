"""The terminal end of a pseudo-terminal, shared by the benchmark drivers: reads what the program writes and answers
its cursor-position queries (ESC[6n) as a real ROWS x COLS terminal would."""
import os, select

ROWS, COLS = 24, 80


def read(fd, timeout):
    """The next bytes the program wrote, b"" when it is quiet for timeout seconds, None when it has ended."""
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return b""
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return None
    for _ in range(chunk.count(b"\x1b[6n")):
        os.write(fd, b"\x1b[%d;%dR" % (ROWS, COLS))
    return chunk or None
