"""Load every <name>.yaml of a folder with PyYAML's safe loader and ruamel.yaml (typ='safe') and
compare each with json.load of <name>.json beside it. Prints one line per disagreement and
`ok N` at the end; exits 1 when anything disagreed or failed to load.

Every file is read with the libyaml-based loaders (CSafeLoader: libyaml's scanner with
safe_load's resolver and constructor; ruamel's C parser), which are fast; files whose names start
with `pure-` also with the pure-Python ones, safe_load itself and ruamel's pure reader."""
import json
import math
import pathlib
import sys

import yaml
from ruamel.yaml import YAML


def first_difference(a, b, path="$"):
    """The path of the first place where a and b differ, or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return f"{path}: keys {sorted(a.keys() ^ b.keys())}"
        for k in a:
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    # bool is an int in Python: a YAML `yes` read as True must not pass for 1.
    if type(a) is bool or type(b) is bool:
        return None if type(a) is type(b) and a == b else f"{path}: {a!r} != {b!r}"
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return None if a == b or (math.isnan(a) and math.isnan(b)) else f"{path}: {a!r} != {b!r}"
    if type(a) is not type(b) or a != b:
        return f"{path}: {a!r} ({type(a).__name__}) != {b!r} ({type(b).__name__})"
    return None


def c_safe_load(text):
    return yaml.load(text, Loader=yaml.CSafeLoader)


def main(folder):
    fast = (("pyyaml CSafeLoader", c_safe_load), ("ruamel", YAML(typ="safe").load))
    pure = (("pyyaml safe_load", yaml.safe_load), ("ruamel pure", YAML(typ="safe", pure=True).load))
    bad = 0
    files = sorted(pathlib.Path(folder).glob("*.yaml"))
    for f in files:
        want = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        text = f.read_text(encoding="utf-8")
        for reader, load in fast + (pure if f.name.startswith("pure-") else ()):
            try:
                got = load(text)
            except Exception as e:  # noqa: BLE001 - any failure to load is the finding
                print(f"{f.name}: {reader}: {type(e).__name__}: {str(e).splitlines()[0]}")
                bad += 1
                continue
            d = first_difference(got, want)
            if d:
                print(f"{f.name}: {reader}: {d}")
                bad += 1
    print(f"ok {len(files) - bad}" if bad == 0 else f"failed {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
