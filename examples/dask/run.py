#!/usr/bin/env python3
"""policy-extract on a Dask cluster: a bag of paths in partitions, each partition piped through
the CLI as a stdin→stdout filter (`--files-from - --format jsonl`), the JSON Lines gathered in
input order.

    python3 examples/dask/run.py --files-from paths.txt --out docs.jsonl
    find archive -name '*.txt' | python3 examples/dask/run.py --workers 4 --partitions 16 > docs.jsonl

Here the cluster is a LocalCluster of worker processes on this machine; against a real one,
pass --scheduler tcp://host:8786 (every worker must see the files at the same paths, and have
policy-extract installed). A file that fails is reported on stderr as the CLI reports it
(`policy-extract: <file>: <reason>`), the other documents of its partition are kept, and the
exit status is 1, as for the CLI.

Needs Dask distributed (Debian: apt-get install python3-distributed).
"""
import argparse
import logging
import shlex
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster

DEFAULT_CLI = "npx --no-install policy-extract"


def extract_partition(paths, command):
    """Run the CLI on one partition's paths; its documents, error lines and exit status."""
    paths = list(paths)
    proc = subprocess.run(command, input="".join(p + "\n" for p in paths), capture_output=True, text=True, check=False)
    return [{
        "paths": len(paths),
        "docs": [line for line in proc.stdout.splitlines() if line],
        "errors": [line for line in proc.stderr.splitlines() if line.startswith("policy-extract: ")],
        "status": proc.returncode,
    }]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--files-from", default="-", help="file with one input path per line (default: standard input)")
    p.add_argument("--out", default="-", help="where the JSON Lines go (default: standard output)")
    p.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster")
    p.add_argument("--partitions", type=int, default=8, help="partitions of the bag of paths")
    p.add_argument("--scheduler", help="address of an existing Dask scheduler instead of a LocalCluster")
    p.add_argument("--cli", default=DEFAULT_CLI, help=f"how to run policy-extract (default: {DEFAULT_CLI})")
    p.add_argument("cli_args", nargs="*", help="more options for policy-extract, after --")
    return p.parse_args(argv)


def read_paths(source):
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
    with stream:
        return [line.strip() for line in stream if line.strip() and not line.lstrip().startswith("#")]


def main(argv=None):
    args = parse_args(argv)
    paths = read_paths(args.files_from)
    # One worker thread per partition process: the cluster gives the parallelism.
    command = shlex.split(args.cli) + ["--files-from", "-", "--format", "jsonl", "--quiet", "--jobs", "1", *args.cli_args]
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        bag = db.from_sequence(paths, npartitions=max(1, min(args.partitions, len(paths))))
        results = bag.map_partitions(extract_partition, command).compute()
    finally:
        client.close()
        if not args.scheduler:
            cluster.close()
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    with out:
        for part in results:
            for doc in part["docs"]:
                out.write(doc + "\n")
    for part in results:
        for line in part["errors"]:
            print(line, file=sys.stderr)
    failed = [p for p in results if p["status"] != 0]
    docs = sum(len(p["docs"]) for p in results)
    print(f"dask: {len(paths)} paths in {len(results)} partitions, {docs} documents, {len(failed)} partitions with failures", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
