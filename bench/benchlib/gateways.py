"""The processes under test and the simulator they share: how to start each and where it listens."""

import abc
import json
import os
import shutil
import time
import urllib.request

from .processes import Process, accepts, environment, free_port

USER = "user1@example.com"
PASSWORD = "password"
LISTENERS = ("imap", "smtp", "ldap", "caldav")
HTTP_TIMEOUT = 30


class StartFailed(Exception):
    pass


class Simulator:
    """The EWS simulator, freshly seeded; the same seed gives the same mailbox every time."""

    def __init__(self, java, jar, seed, latency_ms, workdir, tag, threads=None):
        self.smtp_port = free_port()
        # The JDK's HTTP server leaves Nagle's algorithm on: on a kept-alive connection every response
        # then waits ~40 ms for the client's delayed ACK, which would add a fake cost per EWS request.
        argv = [java, "-Dsun.net.httpserver.nodelay=true", "-jar", jar, "simulator", "--seed", seed,
                "--set", "bridgehead.simulator.port=0",
                "--set", "bridgehead.simulator.smtp.port=%d" % self.smtp_port,
                "--set", "bridgehead.simulator.latency.ms=%d" % latency_ms]
        if threads:
            argv += ["--set", "bridgehead.simulator.threads=%d" % threads]
        self.process = Process("simulator-" + tag, argv, os.path.join(workdir, "simulator-%s.log" % tag),
                               env=environment(os.path.join(workdir, "home-simulator")))
        match = self.process.wait_for(r"simulator ews on (http://\S+)", 300)
        if not match:
            lines = self.process.lines()[-5:]
            self.process.stop()
            raise StartFailed("simulator did not start (seed %s): %s" % (seed, " | ".join(lines)))
        self.ews_url = match.group(1)
        self.base_url = self.ews_url.split("/EWS/")[0]
        smtp_in = self.process.wait_for(r"simulator smtp-in on [^\s:]+:(\d+)", 5)
        if smtp_in:
            self.smtp_port = int(smtp_in.group(1))

    def reset_stats(self):
        request = urllib.request.Request(self.base_url + "/sim/stats/reset", data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
            response.read()

    def stats(self):
        with urllib.request.urlopen(self.base_url + "/sim/stats", timeout=HTTP_TIMEOUT) as response:
            return json.loads(response.read().decode("utf-8"))

    def smtp_in_ready(self):
        return accepts(self.smtp_port)

    def stop(self):
        self.process.stop()


class Gateway(abc.ABC):
    """One gateway under test; subclasses say how to launch it with a given set of listeners."""

    name = None
    label = None

    def __init__(self, java, workdir):
        self.java = java
        self.workdir = workdir
        self.ports = {}
        self.process = None
        self._starts = 0

    @abc.abstractmethod
    def launch(self, ews_url, listeners):
        """Starts a fresh process; returns at once (the caller polls the ports)."""

    def wait_listening(self, timeout):
        """Seconds from process start until every listener accepts, or None on timeout."""
        deadline = time.monotonic() + timeout
        pending = set(self.ports.values())
        while pending and time.monotonic() < deadline and self.process.alive():
            pending = {port for port in pending if not accepts(port, timeout=0.05)}
            if pending:
                time.sleep(0.01)
        if pending:
            return None
        return time.monotonic() - self.process.started_at

    def stop(self):
        if self.process:
            self.process.stop()
            self.process = None

    def _next_log(self, what):
        self._starts += 1
        return os.path.join(self.workdir, "%s-%s-%d.log" % (self.name, what, self._starts))

    @property
    def imap_port(self):
        return self.ports.get("imap")

    @property
    def smtp_port(self):
        return self.ports.get("smtp")


class Bridgehead(Gateway):
    name = "bridgehead"
    label = "Bridgehead"

    def __init__(self, java, jar, workdir, jvm_options=()):
        super().__init__(java, workdir)
        self.jar = jar
        self.jvm_options = list(jvm_options)
        # Settings of the jump-host row: a shared host serves more connections and users than a desktop.
        self.extra_settings = []

    def discover_listeners(self, ews_url):
        """Which listeners this build has: started once, untimed (also warms the OS file cache)."""
        self.launch(ews_url, LISTENERS)
        self.process.wait_for(r"listening on|no protocol listeners", 120)
        self.process.wait_quiet(1.5, 30)
        found = set()
        for line in self.process.lines():
            for name in LISTENERS:
                if line.startswith("bridgehead: %s listening on" % name):
                    found.add(name)
        self.stop()
        return tuple(name for name in LISTENERS if name in found)

    def launch(self, ews_url, listeners):
        self.ports = {name: free_port() for name in listeners}
        home = os.path.join(self.workdir, "home-bridgehead-%d" % (self._starts + 1))
        shutil.rmtree(home, ignore_errors=True)
        os.makedirs(home)
        argv = [self.java] + self.jvm_options + ["-jar", self.jar, "run", "--set", "bridgehead.ews.url=" + ews_url,
                "--set", "bridgehead.cache.dir=" + os.path.join(home, "cache")]
        # Every listener gets its own free port, also the ones not measured, so nothing collides.
        for name in LISTENERS:
            port = self.ports.get(name) or free_port()
            argv += ["--set", "bridgehead.%s.port=%d" % (name, port)]
        if "ldap" not in listeners:
            argv += ["--set", "bridgehead.ldap.enabled=false"]
        for setting in self.extra_settings:
            argv += ["--set", setting]
        self.process = Process(self.name, argv, self._next_log("run"), env=environment(home))


def launcher_options(root, jar):
    """The JVM options the bridgehead launcher uses: its defaults file, then the jar's class-data archive."""
    options = []
    with open(os.path.join(root, "gateway-app", "src", "dist", "jvm.options"), encoding="utf-8") as defaults:
        for line in defaults:
            line = line.strip()
            if line and not line.startswith("#"):
                options.append(line)
    archive = jar[:-len(".jar")] + ".jsa"
    if os.path.exists(archive):
        options += ["-XX:SharedArchiveFile=" + archive, "-Xshare:auto"]
    return options


class DavMail(Gateway):
    name = "davmail"
    label = "DavMail"
    JAR = "/usr/share/davmail/davmail.jar"
    PORT_KEYS = {"imap": "davmail.imapPort", "smtp": "davmail.smtpPort", "ldap": "davmail.ldapPort",
                 "caldav": "davmail.caldavPort"}

    def __init__(self, java, workdir, template):
        super().__init__(java, workdir)
        self.template = template

    def launch(self, ews_url, listeners):
        self.ports = {name: free_port() for name in listeners}
        home = os.path.join(self.workdir, "home-davmail-%d" % (self._starts + 1))
        shutil.rmtree(home, ignore_errors=True)
        os.makedirs(home)
        log = self._next_log("run")
        properties = os.path.join(home, "davmail.properties")
        with open(properties, "w", encoding="utf-8") as out:
            out.write(self._properties(ews_url, os.path.join(home, "davmail.log")))
        env = environment(home)
        env["HOME"] = home
        argv = [self.java, "-jar", self.JAR, "-server", properties]
        self.process = Process(self.name, argv, log, env=env)

    def _properties(self, ews_url, log_file):
        overrides = {"davmail.url": ews_url, "davmail.logFilePath": log_file, "davmail.popPort": "",
                     "davmail.imapIdleDelay": "1", "davmail.imapAutoExpunge": "true",
                     "davmail.bindAddress": "127.0.0.1", "davmail.allowRemote": "false",
                     # The simulator stores no OWA.UserOptions (ErrorItemNotFound), so DavMail's CalDAV takes
                     # the user's time zone from here, as its documentation says to set it.
                     "davmail.timezoneId": "W. Europe Standard Time"}
        for name, key in self.PORT_KEYS.items():
            # An empty port leaves that listener off, so both gateways open the same listeners.
            overrides[key] = str(self.ports[name]) if name in self.ports else ""
        lines = []
        with open(self.template, encoding="utf-8") as template:
            for line in template:
                key = line.split("=", 1)[0].strip()
                if key in overrides:
                    continue
                lines.append(line.rstrip("\n"))
        lines += ["%s=%s" % item for item in sorted(overrides.items())]
        return "\n".join(lines) + "\n"
