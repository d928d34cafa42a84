"""The results: machine description, the side-by-side table and results.json."""

import json
import os
import platform
import re
import subprocess

ROWS = ("startup", "startup-no-ldap", "list", "first-select", "reselect", "store-1000", "move-500", "fetch-100",
        "idle-push", "smtp-1mb", "load", "ldap-autocomplete", "ldap-find-all", "jump-host",
        "caldav-initial-sync", "caldav-resync-unchanged", "caldav-one-change", "carddav-initial-sync", "freebusy-10-people")


def machine(java, jar, root):
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_mb = None
    with open("/proc/meminfo", encoding="ascii") as info:
        for line in info:
            if line.startswith("MemTotal:"):
                memory_mb = int(line.split()[1]) // 1024
    return {"cpu": cpu, "cores": os.cpu_count(), "memoryMb": memory_mb, "kernel": platform.release(),
            "os": _os_name(), "java": _first_line([java, "-version"]), "python": platform.python_version(),
            "bridgehead": _first_line([java, "-jar", jar, "--version"]), "davmail": _davmail_version(),
            "commit": _first_line(["git", "-C", root, "rev-parse", "--short", "HEAD"]),
            "uncommittedChanges": bool(_first_line(["git", "-C", root, "status", "--porcelain"]))}


def _os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def _davmail_version():
    out = _first_line(["dpkg-query", "-W", "-f", "${Version}", "davmail-server"])
    return "DavMail " + out if out else "DavMail (version unknown)"


def _first_line(argv):
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if text else None


def write_json(path, document):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, indent=2, ensure_ascii=False)
        out.write("\n")


def _cell(row, result):
    if result is None:
        return "not run"
    if "na" in result:
        return "n/a: " + result["na"]
    if row.startswith("startup"):
        return "%.2f s, %s MB idle" % (result["seconds"], _mb(result.get("rssMb")))
    if row == "idle-push":
        return "%.2f s median (%d/%d seen), %s calls" % (result["seconds"], result["deliveries"] - result["missed"],
                                                         result["deliveries"], result.get("ewsCalls"))
    if row == "load":
        return "%.1f ops/s, %d errors, %s MB peak, %s calls" % (result["opsPerSecond"], result["errors"],
                                                                _mb(result.get("peakRssMb")), result.get("ewsCalls"))
    if row == "jump-host":
        return "%s idle: %s KB each, %s survived; %d active: %.1f ops/s, %d errors, %s MB peak" % (
            result["idleConnections"], _mb(result.get("kbPerIdleConnection")), result["idleSurvived"],
            result["activeClients"], result["opsPerSecond"] or 0, result["errors"], _mb(result.get("peakRssMb")))
    return "%.2f s, %s calls, %s MB" % (result["seconds"], result.get("ewsCalls"), _mb(result.get("rssMb")))


def _mb(value):
    return "%.0f" % value if value is not None else "?"


def _ratio(row, ours, theirs):
    """How many times better Bridgehead is (above 1 = Bridgehead ahead)."""
    if not ours or not theirs or "na" in ours or "na" in theirs:
        return "-"
    if row == "load":
        return _times(ours["opsPerSecond"], theirs["opsPerSecond"]) + " ops/s"
    if row == "jump-host":
        return "%s ops/s, %s memory per idle connection" % (
            _times(ours["opsPerSecond"], theirs["opsPerSecond"]),
            _times(theirs.get("kbPerIdleConnection"), ours.get("kbPerIdleConnection")))
    parts = [_times(theirs["seconds"], ours["seconds"]) + " time"]
    if row.startswith("startup"):
        parts.append(_times(theirs.get("rssMb"), ours.get("rssMb")) + " memory")
    elif ours.get("ewsCalls") == 0:
        parts.append("0 vs %s calls" % theirs.get("ewsCalls"))
    else:
        parts.append(_times(theirs.get("ewsCalls"), ours.get("ewsCalls")) + " calls")
    return ", ".join(parts)


def _times(numerator, denominator):
    if numerator is None or denominator is None:
        return "?"
    if denominator == 0:
        return "-"
    return "%.1fx" % (numerator / denominator)


def table(workloads, labels):
    header = ["workload"] + list(labels.values()) + ["Bridgehead ahead by"]
    rows = [header]
    for name in ROWS:
        results = workloads.get(name, {})
        if not results:
            continue  # a row this run did not measure (bench/run --dav-only)
        rows.append([name] + [_cell(name, results.get(key)) for key in labels]
                    + [_ratio(name, results.get("bridgehead"), results.get("davmail"))])
    return rows


def markdown(rows):
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def plain(rows):
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    clipped = [min(w, 60) for w in widths]
    out = []
    for row in rows:
        out.append("  ".join(_clip(cell, clipped[i]).ljust(clipped[i]) for i, cell in enumerate(row)))
    return "\n".join(out)


def _clip(text, width):
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= width else text[:width - 3] + "..."
