#!/usr/bin/env python3
"""Fills the English plural forms in translations/wattprint_en.ts.

The English catalogue holds only the messages with a count (%n), as `lupdate -pluralonly` writes
them: without it Qt shows the source text, "1 run(s)". Singular: "(s)" dropped and the verb made
to agree; plural: "(s)" becomes "s". Run after `cmake --build <dir> --target update_translations`.
"""
import html
import os
import re
import sys

# Verbs whose subject is the counted noun: plural form -> singular form.
SINGULAR_VERBS = [(" are ", " is "), (" have ", " has "), (" fail ", " fails "), (" show ", " shows ")]


def forms(source):
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    # The verbs after the counted noun agree with it, unless a modal governs them ("cannot show").
    noun = singular.find("%n")
    for many, one in SINGULAR_VERBS:
        at = singular.find(many, noun)
        while at >= 0:
            before = singular[:at].split()
            if not before or before[-1] not in ("cannot", "can", "to", "not"):
                singular = singular[:at] + one + singular[at + len(many):]
            at = singular.find(many, at + 1)
    return singular, plural


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wattprint_en.ts")
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(r'(<message numerus="yes">\s*<source>)(.*?)(</source>\s*)<translation[^>]*>.*?</translation>', re.S)

    def fill(m):
        source = html.unescape(m.group(2))
        one, many = forms(source)
        escape = lambda s: html.escape(s, quote=False).replace('"', "&quot;")  # as lupdate writes it
        return (m.group(1) + m.group(2) + m.group(3) + "<translation>\n            <numerusform>" + escape(one)
                + "</numerusform>\n            <numerusform>" + escape(many)
                + "</numerusform>\n        </translation>")

    text, count = pattern.subn(fill, text)
    open(path, "w", encoding="utf-8").write(text)
    print(f"{count} plural messages filled in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
