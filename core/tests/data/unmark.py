"""Turns the marked-up sources in a dev set's src/ (dev4 to dev7) into its texts and gold.jsonl.

Markup (may nest, e.g. a TIME inside a NUMBER):
  {{P:name}} PERSON, {{O:name}} ORG, {{L:name}} PLACE, {{G:name}} GROUP,
  {{T:text|value}} TIME with its TIMEX3 value, {{N:text|value}} NUMBER with its value as
  JSON (10000, 0.25, [10, 14] or null).
A quotation between curly marks (or between straight double marks) is a QUOTE; its closing
mark is followed at once by {{S:speaker}} ({{S:-}} for none).
The first line '@ref YYYY-MM-DD' is the reference date. Run with the set's folder:
python3 unmark.py dev6
"""
import json
import pathlib
import re
import sys

LABELS = {"P": "PERSON", "O": "ORG", "L": "PLACE", "G": "GROUP", "T": "TIME", "N": "NUMBER"}
TOKEN = re.compile(r"\{\{([POLGTN]):|\{\{S:([^}]*)\}\}|\|([^{}|]*)\}\}|\}\}|“|”|\"")
here = pathlib.Path(__file__).parent / sys.argv[1]


def convert(src):
    header, body = src.read_text(encoding="utf-8").split("\n", 1)
    ref = header.removeprefix("@ref ").strip()
    out = bytearray()
    spans, open_spans = [], []
    quote_open = None
    pos = 0

    def close_quote(at):
        nonlocal pos, quote_open
        end = len(out)
        out.extend(body[at].encode())
        nxt = TOKEN.match(body, at + 1)
        assert nxt and nxt.group(2) is not None, f"{src.name}: quote without speaker at {at}"
        pos = nxt.end()
        speaker = None if nxt.group(2) == "-" else nxt.group(2)
        spans.append({"start": quote_open, "end": end, "label": "QUOTE",
                      "text": out[quote_open:end].decode(), "speaker": speaker})
        quote_open = None

    while (m := TOKEN.search(body, pos)) is not None:
        out += body[pos:m.start()].encode()
        pos = m.end()
        tok = m.group(0)
        if m.group(1):
            open_spans.append((m.group(1), len(out)))
        elif m.group(2) is not None:
            raise AssertionError(f"{src.name}: speaker without quotation at {m.start()}")
        elif tok == "“" or (tok == '"' and quote_open is None):
            assert quote_open is None, f"{src.name}: nested quotation at {m.start()}"
            out += tok.encode()
            quote_open = len(out)
        elif tok in ("”", '"'):
            assert quote_open is not None, f"{src.name}: closing mark without opening at {m.start()}"
            close_quote(m.start())
        else:
            assert open_spans, f"{src.name}: '}}}}' without '{{{{' at {m.start()}"
            kind, start = open_spans.pop()
            span = {"start": start, "end": len(out), "label": LABELS[kind],
                    "text": out[start:].decode()}
            if kind in "TN":
                assert m.group(3) is not None, f"{src.name}: {kind} span without |value at {m.start()}"
                span["value"] = m.group(3) if kind == "T" else json.loads(m.group(3))
            else:
                assert m.group(3) is None, f"{src.name}: {kind} span with a value at {m.start()}"
            spans.append(span)
    out += body[pos:].encode()
    assert not open_spans and quote_open is None, f"{src.name}: unclosed markup"
    text = out.decode()
    assert "{{" not in text and "}}" not in text, src.name
    (here / f"{src.stem}.txt").write_text(text, encoding="utf-8")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return {"doc": src.stem, "reference_date": ref, "spans": spans}


docs = [convert(src) for src in sorted((here / "src").glob("*.md"))]
(here / "gold.jsonl").write_text(
    "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
