"""Start-up side by side, alternating: Bridgehead (its launcher's JVM options and class-data archive)
and DavMail (as davmail-server starts it), N starts each with IMAP, SMTP and LDAP listeners, no
Exchange contacted. Prints the medians of seconds-to-listening and of idle resident memory.

    /usr/bin/python3 bench/startup_ab.py [--starts 5]     (after bench/run has built its jar copy)
"""
import argparse
import os
import statistics
import subprocess
import time

from benchlib.gateways import Bridgehead, DavMail, launcher_options

LISTENERS = ("imap", "smtp", "ldap")
NO_EXCHANGE = "http://127.0.0.1:9/EWS/Exchange.asmx"
SETTLE_SECONDS = 3


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--davmail-template", default="/work/shared/davmail-simulator.properties")
    args = parser.parse_args()
    work = os.path.join(here, "target", "startup")
    os.makedirs(work, exist_ok=True)
    jar = os.path.join(work, "bridgehead.jar")
    subprocess.run(["cp", os.path.join(root, "gateway-app", "target", "bridgehead.jar"), jar], check=True)
    subprocess.run(["bash", os.path.join(root, "gateway-app", "src", "build", "class-data-archive.sh"), jar,
                    jar[:-len(".jar")] + ".jsa"], check=True, stdout=subprocess.DEVNULL)
    gateways = [Bridgehead("java", jar, work, launcher_options(root, jar)),
                DavMail("java", work, args.davmail_template)]
    for gateway in gateways:  # untimed: warms the OS file cache for both
        gateway.launch(NO_EXCHANGE, LISTENERS)
        gateway.wait_listening(120)
        gateway.stop()
    results = {g.name: [] for g in gateways}
    for _ in range(args.starts):
        for gateway in gateways:
            gateway.launch(NO_EXCHANGE, LISTENERS)
            seconds = gateway.wait_listening(120)
            time.sleep(SETTLE_SECONDS)
            rss, _ = gateway.process.memory_mb()
            gateway.stop()
            results[gateway.name].append((seconds, rss))
    for name, values in results.items():
        print("%s: start-up median %.2f s (%s), idle RSS median %.0f MB (%s)" % (
            name, statistics.median(v[0] for v in values), ", ".join("%.2f" % v[0] for v in values),
            statistics.median(v[1] for v in values), ", ".join("%.0f" % v[1] for v in values)))


if __name__ == "__main__":
    main()
