"""Turns the marked-up sources in src/ into the texts and gold.jsonl of dev set 3.

Markup: {{P:name}} PERSON, {{O:name}} ORG, {{L:name}} PLACE, {{G:name}} GROUP; a quotation
between curly marks is a QUOTE and its closing mark is followed by {{S:speaker}} ({{S:-}} for
none). The first line '@ref YYYY-MM-DD' is the reference date. Run from this folder:
python3 unmark.py
"""
import json
import pathlib
import re

LABELS = {"P": "PERSON", "O": "ORG", "L": "PLACE", "G": "GROUP"}
here = pathlib.Path(__file__).parent
lines = []
for src in sorted((here / "src").glob("*.md")):
    raw = src.read_text(encoding="utf-8")
    header, body = raw.split("\n", 1)
    ref = header.removeprefix("@ref ").strip()
    out = bytearray()
    spans = []
    quote_open = None
    pos = 0
    token = re.compile(r"\{\{([POLGS]):([^}]*)\}\}|“|”")
    while (m := token.search(body, pos)) is not None:
        out += body[pos:m.start()].encode()
        pos = m.end()
        if m.group(0) == "“":
            assert quote_open is None, f"{src.name}: nested “ at {m.start()}"
            out += "“".encode()
            quote_open = len(out)
        elif m.group(0) == "”":
            assert quote_open is not None, f"{src.name}: ” without “ at {m.start()}"
            end = len(out)
            out += "”".encode()
            nxt = token.match(body, pos)
            assert nxt and nxt.group(1) == "S", f"{src.name}: quote without speaker at {m.start()}"
            pos = nxt.end()
            speaker = None if nxt.group(2) == "-" else nxt.group(2)
            spans.append({"start": quote_open, "end": end, "label": "QUOTE",
                          "text": out[quote_open:end].decode(), "speaker": speaker})
            quote_open = None
        else:
            assert m.group(1) != "S", f"{src.name}: speaker without quotation at {m.start()}"
            start = len(out)
            out += m.group(2).encode()
            spans.append({"start": start, "end": len(out), "label": LABELS[m.group(1)],
                          "text": m.group(2)})
    out += body[pos:].encode()
    assert quote_open is None, f"{src.name}: unclosed quotation"
    text = out.decode()
    assert "{{" not in text and "}}" not in text, src.name
    (here / f"{src.stem}.txt").write_text(text, encoding="utf-8")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    lines.append(json.dumps({"doc": src.stem, "reference_date": ref, "spans": spans}, ensure_ascii=False))
(here / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
