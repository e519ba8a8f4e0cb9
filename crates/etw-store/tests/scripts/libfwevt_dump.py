"""Prints what libfwevt (an independent WEVT_TEMPLATE parser) reads from a CRIM blob, as JSON."""
import json
import sys

import pyfwevt


def text(f):
    try:
        v = f()
        return v
    except Exception as e:  # a value libfwevt cannot read
        return None


def main(path):
    m = pyfwevt.manifest()
    m.copy_from_byte_stream(open(path, "rb").read())
    out = []
    for i in range(m.number_of_providers):
        p = m.get_provider(i)
        templates = {}
        for t in range(p.number_of_templates):
            tp = p.get_template(t)
            templates[str(tp.offset) if hasattr(tp, "offset") else str(t)] = None
        events = []
        for e in range(p.number_of_events):
            ev = p.get_event(e)
            items = None
            if ev.template_offset:
                tp = p.get_template_by_offset(ev.template_offset)
                items = []
                for k in range(tp.number_of_items):
                    it = tp.get_item(k)
                    items.append([it.name, it.input_data_type, it.output_data_type,
                                  text(lambda: it.number_of_values), text(lambda: it.value_data_size)])
            events.append({"id": ev.identifier, "version": ev.version, "message": ev.message_identifier,
                           "items": items})
        out.append({
            "guid": str(p.identifier),
            "events": events,
            "levels": sorted(text(lambda: p.get_level(k).name) or "" for k in range(p.number_of_levels)),
            "opcodes": sorted(text(lambda: p.get_opcode(k).name) or "" for k in range(p.number_of_opcodes)),
            "tasks": sorted(text(lambda: p.get_task(k).name) or "" for k in range(p.number_of_tasks)),
            "keywords": sorted(text(lambda: p.get_keyword(k).name) or "" for k in range(p.number_of_keywords)),
        })
    json.dump(out, sys.stdout)


main(sys.argv[1])
