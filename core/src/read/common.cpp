#include "read/readers.h"

#include "text/text.h"

namespace reportcore::readers {

namespace {

/** Decodes the UTF-8 code point at `i` (the input is valid UTF-8: the readers made it). */
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t &length)
{
    const auto b = static_cast<unsigned char>(s[i]);
    length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + length > s.size()) {
        length = 1;
        return 0xFFFD;
    }
    char32_t c = length == 1 ? b : length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07;
    for (std::size_t k = 1; k < length; ++k)
        c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return c;
}

bool isLatinOrDigit(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250);
}

bool isBlank(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B)
           || c == 0x202F || c == 0x205F;
}

} // namespace

SourceText resultFor(Format format, std::size_t bytes)
{
    SourceText result;
    result.format = format;
    result.encoding = "UTF-8";
    result.bytes = bytes;
    return result;
}

bool isWide(char32_t c)
{
    return text::isHan(c) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF)
           || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3200 && c <= 0x33FF)
           || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026
           || c == 0x00B7 || c == 0x2015 || (c >= 0xFE30 && c <= 0xFE4F);
}

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

char32_t firstChar(std::string_view s)
{
    std::size_t length = 0;
    return s.empty() ? 0 : decodeAt(s, 0, length);
}

char32_t lastChar(std::string_view s)
{
    if (s.empty())
        return 0;
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        --i;
    std::size_t length = 0;
    return decodeAt(s, i, length);
}

void appendJoined(std::string &line, std::string_view piece, bool spaced)
{
    if (piece.empty())
        return;
    if (!line.empty() && spaced && isLatinOrDigit(lastChar(line)) && isLatinOrDigit(firstChar(piece)))
        line.push_back(' ');
    line.append(piece);
}

bool LineSink::add(std::string_view utf8, const LineHint &hint)
{
    if (full())
        return false;
    const bool row = hint.table >= 0;
    std::string line;
    line.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t length = 1;
        char32_t c = decodeAt(utf8, i, length);
        i += length;
        if (c == 0xAD || c == 0x200B || c == 0xFEFF)
            continue; // soft hyphen, zero-width space, BOM
        if (c == '\t' && row) {
            line.push_back('\t');
            continue;
        }
        if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029)
            c = ' ';
        text::appendUtf8(line, c);
    }
    // Trim white space at both ends (but a row keeps its tabs: an empty first cell is a cell).
    std::size_t begin = 0, end = line.size();
    while (begin < end) {
        std::size_t length = 1;
        const char32_t c = decodeAt(line, begin, length);
        if (!isBlank(c) || (row && c == '\t'))
            break;
        begin += length;
    }
    while (end > begin) {
        std::size_t i = end - 1;
        while (i > begin && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80)
            --i;
        std::size_t length = 1;
        const char32_t c = decodeAt(line, i, length);
        if (!isBlank(c) || (row && c == '\t'))
            break;
        end = i;
    }
    if (begin == end)
        return true;
    if (row && line.find_first_not_of('\t', begin) >= end)
        return true; // a row of empty cells
    m_out.text.append(line, begin, end - begin);
    m_out.text.push_back('\n');
    m_out.hints.push_back(hint);
    return !full();
}

} // namespace reportcore::readers
