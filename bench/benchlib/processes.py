"""Child processes of the benchmark (simulator, Bridgehead, DavMail): start, watch output, measure, stop."""

import os
import re
import socket
import subprocess
import threading
import time


def free_port():
    """A port that was free on 127.0.0.1 a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accepts(port, timeout=0.2):
    """True if something accepts TCP connections on 127.0.0.1:port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


class Process:
    """A child process whose combined output is logged to a file and kept for matching."""

    MAX_KEPT_LINES = 2000

    def __init__(self, name, argv, log_path, env=None):
        self.name = name
        self.started_at = time.monotonic()
        self._log = open(log_path, "w", encoding="utf-8")
        self._lines = []
        self._cond = threading.Condition()
        self.popen = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                      text=True, errors="replace", bufsize=1, env=env)
        self._reader = threading.Thread(target=self._read, name=name + "-output", daemon=True)
        self._reader.start()

    @property
    def pid(self):
        return self.popen.pid

    def _read(self):
        for line in self.popen.stdout:
            self._log.write(line)
            self._log.flush()
            with self._cond:
                if len(self._lines) < self.MAX_KEPT_LINES:
                    self._lines.append((time.monotonic(), line.rstrip("\n")))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def lines(self):
        with self._cond:
            return [text for _, text in self._lines]

    def wait_for(self, pattern, timeout):
        """The first output line matching the regex, waiting up to timeout seconds; None if none came."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for _, text in self._lines:
                    match = regex.search(text)
                    if match:
                        return match
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self.popen.poll() is not None and not self._reader.is_alive()):
                    return None
                self._cond.wait(min(remaining, 0.5))

    def wait_quiet(self, quiet_seconds, timeout):
        """Waits until no line came for quiet_seconds (or timeout); for output of unknown length."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.alive():
            with self._cond:
                last = self._lines[-1][0] if self._lines else self.started_at
            if time.monotonic() - last >= quiet_seconds:
                return
            time.sleep(0.1)

    def alive(self):
        return self.popen.poll() is None

    def memory_mb(self):
        """Resident memory now (VmRSS) and its peak (VmHWM), in MB, from /proc."""
        values = {}
        try:
            with open("/proc/%d/status" % self.pid, encoding="ascii") as status:
                for line in status:
                    key, _, rest = line.partition(":")
                    if key in ("VmRSS", "VmHWM"):
                        values[key] = int(rest.split()[0]) / 1024.0
        except OSError:
            return None, None
        return values.get("VmRSS"), values.get("VmHWM")

    def stop(self):
        """SIGTERM, then SIGKILL after 10 s; only this child."""
        if self.alive():
            self.popen.terminate()
            try:
                self.popen.wait(10)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)
        self._reader.join(5)
        self._log.close()


class RssSampler:
    """Samples a process's VmRSS every interval seconds in a thread, keeping the maximum."""

    def __init__(self, process, interval=0.5):
        self._process = process
        self._interval = interval
        self._stop = threading.Event()
        self.max_rss = 0.0
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(5)

    def _run(self):
        while not self._stop.is_set():
            rss, _ = self._process.memory_mb()
            if rss:
                self.max_rss = max(self.max_rss, rss)
            self._stop.wait(self._interval)


def environment(home):
    """The child environment: settings and caches of the benchmark's own, never the user's."""
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    env["XDG_CACHE_HOME"] = os.path.join(home, "cache")
    for key in list(env):
        if key.startswith("BRIDGEHEAD_"):
            del env[key]
    return env
