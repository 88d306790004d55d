#pragma once

#include <QString>

/** Pinyin for Chinese names, by ICU's Han-Latin transliterator (created once, on first use: it takes
 *  about 150 ms). It reads character by character, so polyphones may come out wrong: match loosely. */
namespace Pinyin {

/** "梁玉琴" → "liang yu qin" (lower case, no tone marks). */
QString of(const QString &han);

/** True when `query` (ASCII letters, spaces ignored) matches the pinyin of `han`: a prefix of the
 *  whole ("liangyu"), a syllable run inside it ("yuqin"), or the initials ("lyq"). */
bool matches(const QString &han, const QString &query);

/** True when the query is plain ASCII letters and spaces, i.e. could be pinyin. */
bool looksLikePinyin(const QString &query);

} // namespace Pinyin
