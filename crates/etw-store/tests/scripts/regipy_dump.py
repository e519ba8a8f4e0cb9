"""Prints the WINEVT publishers of a SOFTWARE hive as regipy (an independent hive reader) reads them, as JSON."""
import json
import sys

from regipy.registry import RegistryHive

hive = RegistryHive(sys.argv[1])
key = hive.get_key("\\Microsoft\\Windows\\CurrentVersion\\WINEVT\\Publishers")
out = []
for sub in key.iter_subkeys():
    values = {v.name: v.value for v in sub.iter_values()}
    out.append({"key": sub.name, "values": values})
json.dump(out, sys.stdout)
