#include "text/text.h"

#include <cstdint>
#include <cstring>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace reportcore::text {

u32 toUtf32(std::string_view in)
{
    // Input is normally well-formed UTF-8 (the decoder guarantees it); ill-formed bytes still map to
    // U+FFFD. Written through a raw pointer: this runs over every byte of a report.
    // Code points = bytes that are not continuation bytes (10xxxxxx), counted eight at a time.
    std::size_t count = 0, i = 0;
    for (; i + 8 <= in.size(); i += 8) {
        std::uint64_t v;
        std::memcpy(&v, in.data() + i, 8);
        const std::uint64_t continuation = v & ~(v << 1) & 0x8080808080808080ull;
        // one bit per continuation byte, summed by a multiply (no popcount call without -mpopcnt)
        count += 8 - static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; i < in.size(); ++i)
        count += (static_cast<unsigned char>(in[i]) & 0xC0) != 0x80;
    u32 out(in.size() > 0 ? count + 8 : 0, U'\0');
    char32_t *o = out.data();
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const auto *end = p + in.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            *o++ = b;
            ++p;
            continue;
        }
        if ((b & 0xF0) == 0xE0 && p + 2 < end && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
            *o++ = (char32_t(b & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            p += 3;
            continue;
        }
        const int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (len == 1 || p + len > end) {
            // Ill-formed input (not from the decoder): the count above did not foresee this one.
            const std::size_t at = static_cast<std::size_t>(o - out.data());
            if (at + 1 >= out.size()) {
                out.resize(out.size() * 2 + 8);
                o = out.data() + at;
            }
            *o++ = 0xFFFD;
            ++p;
            continue;
        }
        char32_t c = b & (0x3F >> (len - 1));
        bool ok = true;
        for (int i = 1; i < len; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (!ok) {
            const std::size_t at = static_cast<std::size_t>(o - out.data());
            if (at + 1 >= out.size()) {
                out.resize(out.size() * 2 + 8);
                o = out.data() + at;
            }
            *o++ = 0xFFFD;
            ++p;
            continue;
        }
        *o++ = c;
        p += len;
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

std::string toUtf8(u32v s)
{
    std::size_t bytes = 0; // exact size first: block texts live as long as the document
    for (const char32_t c : s)
        bytes += 1 + (c >= 0x80) + (c >= 0x800) + (c >= 0x10000);
    std::string out(bytes, '\0');
    char *o = out.data();
    for (const char32_t c : s) {
        if (c >= 0x800 && c < 0x10000) { // CJK first: most of a Chinese report
            *o++ = static_cast<char>(0xE0 | (c >> 12));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x80) {
            *o++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *o++ = static_cast<char>(0xC0 | (c >> 6));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *o++ = static_cast<char>(0xE0 | (c >> 12));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            *o++ = static_cast<char>(0xF0 | (c >> 18));
            *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

bool isClausePunct(char32_t c)
{
    switch (c) {
    case ',': case 0xFF0C: case 0x3001: case ';': case 0xFF1B: case ':': case 0xFF1A:
    case 0x3002: case '!': case 0xFF01: case '?': case 0xFF1F: case 0x2026:
        return true;
    default:
        return false;
    }
}

std::vector<bool> wordStarts(const u32 &s)
{
    std::vector<bool> starts(s.size() + 1, false);
    starts[0] = true;
    thread_local std::unique_ptr<icu::BreakIterator> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    if (!words) {
        std::fill(starts.begin(), starts.end(), true);
        return starts;
    }
    const icu::UnicodeString text = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32 *>(s.data()),
                                                                   static_cast<int32_t>(s.size()));
    words->setText(text);
    for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next())
        starts[static_cast<std::size_t>(text.countChar32(0, b))] = true;
    return starts;
}

u32 withoutFootnoteMarks(u32v s)
{
    u32 out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (const std::size_t mark = footnoteMarkLength(s, i)) {
            while (!out.empty() && out.back() == ' ')
                out.pop_back();
            i += mark - 1;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}

std::size_t footnoteMarkLength(u32v s, std::size_t i)
{
    if (i >= s.size() || (s[i] != '[' && s[i] != 0xFF3B))
        return 0;
    std::size_t k = i + 1;
    while (k < s.size() && k <= i + 3 && isDigit(s[k]))
        ++k;
    return k > i + 1 && k < s.size() && (s[k] == ']' || s[k] == 0xFF3D) ? k + 1 - i : 0;
}

bool isSentenceEnd(char32_t c)
{
    return c == 0x3002 || c == '!' || c == 0xFF01 || c == '?' || c == 0xFF1F || c == ';' || c == 0xFF1B;
}

bool startsWith(u32v s, u32v prefix) { return s.substr(0, prefix.size()) == prefix; }

bool endsWith(u32v s, u32v suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::size_t matchAt(u32v s, std::size_t pos, std::initializer_list<u32v> words)
{
    std::size_t best = 0;
    if (pos > s.size())
        return 0;
    const u32v rest = s.substr(pos);
    for (u32v w : words)
        if (w.size() > best && startsWith(rest, w))
            best = w.size();
    return best;
}

std::size_t matchBefore(u32v s, std::size_t end, std::initializer_list<u32v> words)
{
    std::size_t best = 0;
    const u32v head = s.substr(0, end);
    for (u32v w : words)
        if (w.size() > best && endsWith(head, w))
            best = w.size();
    return best;
}

u32v trim(u32v s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

} // namespace reportcore::text
