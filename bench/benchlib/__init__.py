"""The benchmark runner's parts: processes, gateways, the IMAP client, workloads, report."""
