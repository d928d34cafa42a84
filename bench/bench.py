"""Bridgehead and DavMail side by side on the same simulated Exchange (see docs/benchmarks.md)."""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass

from benchlib import dav, jumphost, report
from benchlib.gateways import LISTENERS, Bridgehead, DavMail, Simulator, StartFailed, launcher_options
from benchlib.imap import WorkloadFailed
from benchlib.ldap import LdapWorkloads
from benchlib.workloads import Meter, Workloads

IMAP_ROWS = (("list", "list"), ("first-select", "first_select"), ("reselect", "reselect"),
             ("store-1000", "store"), ("move-500", "move"), ("fetch-100", "fetch"), ("idle-push", "idle_push"))
SMTP_ROWS = (("smtp-1mb", "smtp"),)
LOAD_ROWS = (("load", "load"),)
JUMP_HOST_ROW = "jump-host"
DAV_ROWS = (("caldav-initial-sync", "caldav_initial_sync"), ("caldav-resync-unchanged", "caldav_resync_unchanged"),
            ("caldav-one-change", "caldav_one_change"), ("carddav-initial-sync", "carddav_initial_sync"),
            ("freebusy-10-people", "freebusy_10_people"))
LDAP_ROWS = (("ldap-autocomplete", "autocomplete"), ("ldap-find-all", "find_all"))
STARTUP_SETTLE_SECONDS = 3
STARTUP_CAP_SECONDS = 120


@dataclass(frozen=True)
class Config:
    messages: int
    folders: int
    store_count: int
    move_count: int
    fetch_count: int
    idle_deliveries: int
    idle_interval: float
    idle_wait: float
    load_clients: int
    load_seconds: int
    cap_seconds: int
    command_timeout: int
    latency_ms: int
    people: int  # generated colleagues in the Global Address List, for the LDAP rows
    large: int = 10  # messages with a 2 MiB attachment, spread through the folder
    events: int = 2000  # calendar items of the CalDAV rows ...
    series: int = 200  # ... of which weekly series
    contacts: int = 500  # personal contacts of the CardDAV row

    @property
    def seed(self):
        return "generated:1:%d:%d:%d+people:%d" % (self.folders, self.messages, self.large, self.people)


def config(args):
    if args.quick:
        return Config(messages=2000, folders=50, store_count=1000, move_count=500, fetch_count=100,
                      idle_deliveries=3, idle_interval=5, idle_wait=65, load_clients=20, load_seconds=10,
                      cap_seconds=240, command_timeout=120, latency_ms=args.latency_ms, people=1000,
                      events=500, series=50, contacts=200)
    return Config(messages=10000, folders=50, store_count=1000, move_count=500, fetch_count=100,
                  idle_deliveries=10, idle_interval=6, idle_wait=65, load_clients=20, load_seconds=30,
                  cap_seconds=600, command_timeout=300, latency_ms=args.latency_ms, people=10000)


def log(text):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), text), file=sys.stderr, flush=True)


def measure_gateway(gateway, cfg, args, listeners):
    """Every row for one gateway, on its own freshly seeded simulator. Returns (rows, listeners)."""
    if args.dav_only:
        return dav_rows(gateway, cfg, args, listeners or LISTENERS), listeners or LISTENERS
    rows = {}
    log("%s: seeding simulator (%s, %d ms per EWS request)" % (gateway.label, args.seed or cfg.seed,
                                                                   cfg.latency_ms))
    simulator = Simulator(args.java, args.jar, args.seed or cfg.seed, cfg.latency_ms, args.workdir,
                          gateway.name)
    try:
        if listeners is None:
            listeners = gateway.discover_listeners(simulator.ews_url)
            log("%s: listeners in this build: %s" % (gateway.label, ", ".join(listeners) or "none"))
        else:
            gateway.launch(simulator.ews_url, listeners)  # untimed: warms the OS file cache, as for the other
            gateway.wait_listening(STARTUP_CAP_SECONDS)
            gateway.stop()
        if "ldap" in listeners:
            # The same start with the LDAP listener off: what the directory adds to start-up and memory.
            rows["startup-no-ldap"] = startup(gateway, simulator, tuple(n for n in listeners if n != "ldap"))
            log("%s: startup without LDAP %s" % (gateway.label, rows["startup-no-ldap"]))
            gateway.stop()
        rows["startup"] = startup(gateway, simulator, listeners)
        log("%s: startup %s" % (gateway.label, rows["startup"]))
        workloads = Workloads(cfg, simulator, gateway)
        for name, method in IMAP_ROWS + SMTP_ROWS + LOAD_ROWS:
            rows[name] = one_row(gateway, workloads, name, method, listeners)
            log("%s: %s %s" % (gateway.label, name, _short(rows[name])))
        # Last: an LDAP bind signs the user in, which would spare the IMAP rows' first login.
        directory = LdapWorkloads(gateway, lambda: Meter(simulator, gateway), cfg.command_timeout)
        for name, method in LDAP_ROWS:
            rows[name] = one_row(gateway, directory, name, method, listeners)
            log("%s: %s %s" % (gateway.label, name, _short(rows[name])))
    finally:
        gateway.stop()
        simulator.stop()
    rows[JUMP_HOST_ROW] = jump_host(gateway, cfg, args, listeners)
    log("%s: %s %s" % (gateway.label, JUMP_HOST_ROW, _short(rows[JUMP_HOST_ROW])))
    rows.update(dav_rows(gateway, cfg, args, listeners))
    return rows, listeners


def dav_rows(gateway, cfg, args, listeners):
    """The CalDAV/CardDAV rows, on a simulator of their own: the user's calendar and contacts filled
    through EWS before the gateway starts, and ten colleagues with a busy day for the free/busy row."""
    if "caldav" not in listeners:
        return {name: {"na": "no CalDAV listener in this build"} for name, _ in DAV_ROWS}
    seed = "generated:%d:1:0" % dav.users()
    log("%s: seeding the calendar simulator (%s, %d events of which %d series, %d contacts)"
        % (gateway.label, seed, cfg.events, cfg.series, cfg.contacts))
    simulator = Simulator(args.java, args.jar, seed, cfg.latency_ms, args.workdir, gateway.name + "-dav")
    rows = {}
    try:
        workloads = dav.DavWorkloads(gateway, simulator, lambda: Meter(simulator, gateway), cfg.events, cfg.series,
                                     cfg.contacts, cfg.command_timeout)
        gateway.launch(simulator.ews_url, listeners)
        if gateway.wait_listening(STARTUP_CAP_SECONDS) is None:
            return {name: {"na": "listeners did not all accept within %d s" % STARTUP_CAP_SECONDS}
                    for name, _ in DAV_ROWS}
        for name, method in DAV_ROWS:
            rows[name] = one_row(gateway, workloads, name, method, listeners)
            log("%s: %s %s" % (gateway.label, name, _short(rows[name])))
    except Exception as failure:  # the rows' failure must not lose the others
        return {name: {"na": "%s: %s" % (type(failure).__name__, str(failure)[:300])} for name, _ in DAV_ROWS}
    finally:
        gateway.stop()
        simulator.stop()
    return rows


def jump_host(gateway, cfg, args, listeners):
    """The jump-host row, on a simulator of its own seeded with many users and a fresh gateway process."""
    if "imap" not in listeners:
        return {"na": "no IMAP listener in this build"}
    log("%s: seeding the jump-host simulator (%s)" % (gateway.label, jumphost.seed()))
    # An Exchange serving many users holds a streaming request open for each watching one.
    simulator = Simulator(args.java, args.jar, jumphost.seed(), cfg.latency_ms, args.workdir,
                          gateway.name + "-jumphost", threads=jumphost.SIMULATOR_THREADS)
    if isinstance(gateway, Bridgehead):
        # As a jump host is configured: room for every connection and every user's session.
        connections = jumphost.USERS * (jumphost.IDLE_PER_USER + 1)
        gateway.extra_settings = ["bridgehead.imap.max.connections=%d" % connections,
                                  "bridgehead.session.max=%d" % jumphost.USERS]
    try:
        gateway.launch(simulator.ews_url, listeners)
        if gateway.wait_listening(STARTUP_CAP_SECONDS) is None:
            return {"na": "listeners did not all accept within %d s" % STARTUP_CAP_SECONDS}
        return jumphost.run(simulator, gateway, cfg)
    except WorkloadFailed as failure:
        return {"na": str(failure)[:300]}
    except Exception as failure:  # the row's failure must not lose the others
        return {"na": "%s: %s" % (type(failure).__name__, str(failure)[:300])}
    finally:
        gateway.stop()
        simulator.stop()
        if isinstance(gateway, Bridgehead):
            gateway.extra_settings = []


def _short(result):
    return {k: v for k, v in result.items() if k not in ("ewsByOperation", "latencies", "errorSamples")}


def startup(gateway, simulator, listeners):
    if not listeners:
        return {"na": "no protocol listeners in this build"}
    simulator.reset_stats()
    gateway.launch(simulator.ews_url, listeners)
    seconds = gateway.wait_listening(STARTUP_CAP_SECONDS)
    if seconds is None:
        return {"na": "listeners did not all accept within %d s" % STARTUP_CAP_SECONDS}
    time.sleep(STARTUP_SETTLE_SECONDS)
    rss, hwm = gateway.process.memory_mb()
    stats = simulator.stats()
    return {"seconds": round(seconds, 3), "rssMb": round(rss, 1), "peakRssMb": round(hwm, 1),
            "ewsCalls": stats.get("totalRequests"), "listeners": list(listeners)}


def one_row(gateway, workloads, name, method, listeners):
    needed = ("smtp" if (name, method) in SMTP_ROWS else "ldap" if (name, method) in LDAP_ROWS
              else "caldav" if (name, method) in DAV_ROWS else "imap")
    if needed not in listeners:
        return {"na": "no %s listener in this build" % needed.upper()}
    if not gateway.process or not gateway.process.alive():
        return {"na": "the gateway process is not running"}
    try:
        return getattr(workloads, method)()
    except WorkloadFailed as failure:
        return {"na": str(failure)[:300]}
    except Exception as failure:  # one row's failure must not stop the others
        return {"na": "%s: %s" % (type(failure).__name__, str(failure)[:300])}


def _interrupted(signum, frame):
    raise KeyboardInterrupt("signal %d" % signum)


def main():
    # SIGTERM unwinds like Ctrl-C, so the finally blocks stop the simulator and the gateways.
    signal.signal(signal.SIGTERM, _interrupted)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--java", default=shutil.which("java") or "java")
    parser.add_argument("--quick", action="store_true", help="2,000 messages, fewer repetitions, 10 s load")
    parser.add_argument("--latency-ms", type=int, default=20, help="simulated EWS latency per request")
    parser.add_argument("--seed", help="simulator seed instead of generated:1:50:MESSAGES")
    parser.add_argument("--only", choices=("bridgehead", "davmail"), help="measure one gateway")
    parser.add_argument("--dav-only", action="store_true", help="measure only the CalDAV/CardDAV rows")
    parser.add_argument("--davmail-template", default="/work/shared/davmail-simulator.properties")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "target"))
    args = parser.parse_args()
    cfg = config(args)
    args.workdir = os.path.join(args.out, "work")
    shutil.rmtree(args.workdir, ignore_errors=True)
    os.makedirs(args.workdir)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # A private copy: a rebuild of the jar during the run would pull classes from under running JVMs.
    private_jar = os.path.join(args.workdir, "bridgehead.jar")
    shutil.copyfile(args.jar, private_jar)
    args.jar = private_jar
    # Each gateway runs as its package starts it: Bridgehead with its launcher's JVM options and a
    # class-data archive made for this copy of the jar (as the build makes one for its own), DavMail
    # as Debian's davmail-server starts it (plain java -jar).
    subprocess.run(["bash", os.path.join(root, "gateway-app", "src", "build", "class-data-archive.sh"), private_jar,
                    private_jar[:-len(".jar")] + ".jsa"], check=True, stdout=subprocess.DEVNULL)
    gateways = [Bridgehead(args.java, args.jar, args.workdir, launcher_options(root, private_jar)),
                DavMail(args.java, args.workdir, args.davmail_template)]
    if args.only:
        gateways = [g for g in gateways if g.name == args.only]
    began = time.monotonic()
    results = {}
    listeners = None if gateways[0].name == "bridgehead" else LISTENERS
    try:
        for gateway in gateways:
            rows, found = measure_gateway(gateway, cfg, args, listeners)
            # DavMail opens the listeners Bridgehead has (all four if it has none), so start-up compares
            # alike, plus IMAP and SMTP so that its rows are measured even where Bridgehead's cannot be.
            listeners = tuple(n for n in LISTENERS if n in (found or LISTENERS) or n in ("imap", "smtp"))
            for name, result in rows.items():
                results.setdefault(name, {})[gateway.name] = result
    except StartFailed as failure:
        log("cannot run the benchmark: %s" % failure)
        return 2
    except KeyboardInterrupt:
        log("interrupted; the simulator and gateways are stopped")
        return 130
    document = {"machine": report.machine(args.java, args.jar, root),
                "settings": {"mode": "quick" if args.quick else "full", "seed": args.seed or cfg.seed,
                             "latencyMs": cfg.latency_ms, "loadClients": cfg.load_clients,
                             "loadSeconds": cfg.load_seconds, "idleDeliveries": cfg.idle_deliveries,
                             "capSeconds": cfg.cap_seconds, "totalSeconds": round(time.monotonic() - began, 1),
                             "finished": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())},
                "workloads": results}
    path = os.path.join(args.out, "results.json")
    report.write_json(path, document)
    labels = {g.name: g.label for g in gateways}
    print(report.plain(report.table(results, labels)))
    print()
    print(report.markdown(report.table(results, labels)))
    log("wrote %s (%.0f s)" % (path, time.monotonic() - began))
    return 0


if __name__ == "__main__":
    sys.exit(main())
