#pragma once
// Internal helpers on UTF-32 text: conversion, character classes, small matchers.

#include <initializer_list>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace reportcore::text {

using u32 = std::u32string;
using u32v = std::u32string_view;

u32 toUtf32(std::string_view utf8);
std::string toUtf8(u32v s);
inline void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        const char b[2] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
        out.append(b, 2);
    } else if (c < 0x10000) {
        const char b[3] = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                           static_cast<char>(0x80 | (c & 0x3F))};
        out.append(b, 3);
    } else {
        const char b[4] = {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                           static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
        out.append(b, 4);
    }
}

inline bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2EBEF)
           || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}
inline bool isAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool isFullDigit(char32_t c) { return c >= 0xFF10 && c <= 0xFF19; }
inline bool isDigit(char32_t c) { return isAsciiDigit(c) || isFullDigit(c); }
inline int digitValue(char32_t c) { return isAsciiDigit(c) ? int(c - '0') : int(c - 0xFF10); }
inline bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A)
           || (c >= 0xFF41 && c <= 0xFF5A);
}
inline bool isSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\f' || c == '\v' || c == 0xFEFF
           || c == '\r';
}
/** Clause-separating punctuation (ASCII and full-width). */
bool isClausePunct(char32_t c);
/** Sentence-ending punctuation. */
bool isSentenceEnd(char32_t c);
inline bool isColon(char32_t c) { return c == ':' || c == 0xFF1A; }
inline bool isComma(char32_t c) { return c == ',' || c == 0xFF0C; }
inline bool isOpenQuote(char32_t c) { return c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E || c == '"'; }
inline bool isCloseQuote(char32_t c) { return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == '"'; }

/** Whether `s` holds `c`: memchr over the bytes for `c`'s lowest byte, each hit checked (the cheap test
 *  asked of a whole block before a pass that looks for a rare character). */
inline bool contains(u32v s, char32_t c)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t size = s.size() * sizeof(char32_t);
    const std::size_t lowByte = std::endian::native == std::endian::little ? 0 : sizeof(char32_t) - 1;
    for (std::size_t from = 0; from < size;) {
        const void *hit = std::memchr(bytes + from, static_cast<int>(c & 0xFF), size - from);
        if (!hit)
            return false;
        const std::size_t at = static_cast<std::size_t>(static_cast<const unsigned char *>(hit) - bytes);
        if (at % sizeof(char32_t) == lowByte && s[at / sizeof(char32_t)] == c)
            return true;
        from = at + 1;
    }
    return false;
}

bool startsWith(u32v s, u32v prefix);

/** The length of a footnote mark ("[3]", "［12］": one to three digits in brackets) starting at `i`,
 *  or 0 when there is none there. */
std::size_t footnoteMarkLength(u32v s, std::size_t i);
/** `s` without its footnote marks ("2024 [1]" → "2024", "财政、金融[9]、证券和保险"): the page's, not
 *  the words'. */
u32 withoutFootnoteMarks(u32v s);

/** Where the words of `s` start (code-point offsets; one entry per offset and one for the end), by
 *  ICU's dictionary-based word breaks for Chinese: "建筑业增加值" → 0 (建筑业), 3 (增加值). */
std::vector<bool> wordStarts(const u32 &s);
bool endsWith(u32v s, u32v suffix);
/** The longest of `words` that `s` starts with at `pos`; returns its length or 0. */
std::size_t matchAt(u32v s, std::size_t pos, std::initializer_list<u32v> words);
/** The longest of `words` that `s` ends with (before `end`); returns its length or 0. */
std::size_t matchBefore(u32v s, std::size_t end, std::initializer_list<u32v> words);

u32v trim(u32v s);

} // namespace reportcore::text
