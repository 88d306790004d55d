#pragma once
// Numbers as written in Chinese reports: Arabic (ASCII or full-width, with thousands separators and
// decimals), Chinese numerals (一万二千, 三十六点七八, 两千), and magnitude words (万, 亿, 万亿, 千).
// Values are kept exact: the digits are kept as decimal text and scaled by a power of ten.

#include "text/text.h"

#include <string>

namespace reportcore {

struct NumberToken {
    std::size_t begin = 0, end = 0; ///< [begin, end) in the text; magnitude not included
    std::string digits;             ///< decimal text ("146.57", "2000")
    bool chinese = false;           ///< written in Chinese numerals
    bool sequence = false;          ///< bare Chinese digits read one by one (二〇二四): a name or a year
    bool chineseMagnitude = false;  ///< a Chinese numeral that holds 万/亿 itself (三万)
    int exponent = 0;               ///< power of ten already inside a Chinese numeral (三点五万 → 4)
};

/** True for characters that may start a Chinese numeral (一…九, 两, 十, 〇, 零). */
inline bool isChineseNumeralStart(char32_t c)
{
    switch (c) {
    case 0x96F6: case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E24: case 0x4E09: case 0x56DB:
    case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:
        return true;
    default:
        return false;
    }
}
bool isChineseNumeralChar(char32_t c);

/** Parses a number starting exactly at `pos`. Returns false when none starts there. */
bool parseNumber(text::u32v s, std::size_t pos, NumberToken &out);

/** Parses magnitude words at `pos` (千 百 万 萬 亿 億 and combinations like 千万, 万亿); returns
 *  their length and adds their power of ten to `exponent`. Unit words such as 千米 are not magnitudes. */
std::size_t parseMagnitude(text::u32v s, std::size_t pos, int &exponent);

/** `digits` × 10^`exponent`, correctly rounded (146.57, 4 → 1465700 exactly). */
double scaled(const std::string &digits, int exponent);

/** `v` rounded to `digits` decimals. */
double roundTo(double v, int digits);

} // namespace reportcore
