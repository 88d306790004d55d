#include "figures/numbers.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace reportcore {
namespace {

int chineseDigit(char32_t c)
{
    switch (c) {
    case 0x96F6: case 0x3007: return 0;          // 零 〇
    case 0x4E00: return 1;                        // 一
    case 0x4E8C: case 0x4E24: return 2;          // 二 两
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return -1;
    }
}

int smallUnit(char32_t c)
{
    switch (c) {
    case 0x5341: return 10;    // 十
    case 0x767E: return 100;   // 百
    case 0x5343: return 1000;  // 千
    default: return 0;
    }
}

bool isWan(char32_t c) { return c == 0x4E07 || c == 0x842C; }
bool isYi(char32_t c) { return c == 0x4EBF || c == 0x5104; }
constexpr char32_t kDian = 0x70B9; // 点

bool parseArabic(text::u32v s, std::size_t pos, NumberToken &out)
{
    std::size_t i = pos;
    std::string digits;
    while (i < s.size() && text::isDigit(s[i]) && digits.size() < 400) {
        digits.push_back(static_cast<char>('0' + text::digitValue(s[i])));
        ++i;
    }
    if (digits.empty())
        return false;
    // Thousands separators: "1,234,567" (a group of exactly three digits after each comma).
    while (i + 3 < s.size() + 0 && s[i] == ',' && text::isAsciiDigit(s[i + 1]) && text::isAsciiDigit(s[i + 2])
           && text::isAsciiDigit(s[i + 3]) && (i + 4 >= s.size() || !text::isDigit(s[i + 4]))
           && digits.size() <= 3 + 4 * 6) {
        digits.append({static_cast<char>(s[i + 1]), static_cast<char>(s[i + 2]), static_cast<char>(s[i + 3])});
        i += 4;
    }
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == 0xFF0E) && text::isDigit(s[i + 1])) {
        digits.push_back('.');
        ++i;
        while (i < s.size() && text::isDigit(s[i]) && digits.size() < 800) {
            digits.push_back(static_cast<char>('0' + text::digitValue(s[i])));
            ++i;
        }
    }
    out = NumberToken{};
    out.begin = pos;
    out.end = i;
    out.digits = std::move(digits);
    return true;
}

bool parseChinese(text::u32v s, std::size_t pos, NumberToken &out)
{
    std::uint64_t big = 0, mid = 0, small = 0, current = 0;
    bool haveCurrent = false, anyUnit = false, lastWasDigit = false;
    int digitsInRow = 0, exponent = 0;
    std::size_t i = pos;
    std::string decimals;
    std::string sequence;
    for (; i < s.size() && i - pos < 24; ++i) {
        const char32_t c = s[i];
        const int d = chineseDigit(c);
        if (d >= 0) {
            if (lastWasDigit && d != 0 && current != 0 && !anyUnit) {
                // "五一", "二〇二四": digits one by one
                ++digitsInRow;
            }
            if (lastWasDigit && anyUnit && current != 0)
                break; // "三十五一" is not one number
            sequence.push_back(static_cast<char>('0' + d));
            current = static_cast<std::uint64_t>(d);
            haveCurrent = true;
            lastWasDigit = true;
            continue;
        }
        lastWasDigit = false;
        if (const int u = smallUnit(c)) {
            if (!haveCurrent && u != 10)
                break; // 百/千 need a digit before them
            small += (haveCurrent ? current : 1) * static_cast<std::uint64_t>(u);
            current = 0;
            haveCurrent = false;
            anyUnit = true;
            continue;
        }
        if (isWan(c) || isYi(c)) {
            if (!haveCurrent && small == 0 && mid == 0 && big == 0)
                break;
            if (isWan(c)) {
                const std::uint64_t group = small + current;
                if (group == 0 && mid == 0)
                    break;
                mid = (mid + group) * 10000;
                // "万亿": a 万 straight after another group is folded by 亿 below
            } else {
                big = (big + mid + small + current) * 100000000ull;
                mid = 0;
            }
            small = current = 0;
            haveCurrent = false;
            anyUnit = true;
            out.chineseMagnitude = true;
            continue;
        }
        if (c == kDian && i + 1 < s.size() && chineseDigit(s[i + 1]) >= 0 && !out.chineseMagnitude) {
            std::size_t j = i + 1;
            while (j < s.size() && chineseDigit(s[j]) >= 0) {
                decimals.push_back(static_cast<char>('0' + chineseDigit(s[j])));
                ++j;
            }
            i = j;
            // 三点五万: a magnitude after the decimals
            if (i < s.size() && (isWan(s[i]) || isYi(s[i]))) {
                if (isWan(s[i]))
                    exponent += 4;
                else
                    exponent += 8;
                ++i;
                if (i < s.size() && isYi(s[i]) && exponent == 4) {
                    exponent += 8;
                    ++i;
                }
                out.chineseMagnitude = true;
            }
            break;
        }
        break;
    }
    if (i == pos)
        return false;
    const std::uint64_t value = big + mid + small + current;
    const bool bareDigits = !anyUnit && sequence.size() >= 2;
    out.begin = pos;
    out.end = i;
    out.chinese = true;
    out.sequence = bareDigits;
    out.exponent = exponent;
    if (bareDigits) {
        out.digits = sequence;
    } else {
        out.digits = std::to_string(value);
        if (!decimals.empty())
            out.digits += "." + decimals;
    }
    if (!bareDigits && value == 0 && decimals.empty() && sequence != "0")
        return false;
    return true;
}

} // namespace

bool isChineseNumeralChar(char32_t c)
{
    return chineseDigit(c) >= 0 || smallUnit(c) != 0 || isWan(c) || isYi(c);
}

bool parseNumber(text::u32v s, std::size_t pos, NumberToken &out)
{
    if (pos >= s.size())
        return false;
    if (text::isDigit(s[pos]))
        return parseArabic(s, pos, out);
    if (isChineseNumeralStart(s[pos])) {
        out = NumberToken{};
        return parseChinese(s, pos, out);
    }
    return false;
}

std::size_t parseMagnitude(text::u32v s, std::size_t pos, int &exponent)
{
    std::size_t i = pos;
    int e = 0;
    // 千米 千克 千瓦 千分之: units and fractions, not magnitudes
    auto unitAhead = [&](std::size_t k) {
        if (k + 1 >= s.size())
            return false;
        const char32_t n = s[k + 1];
        return n == 0x7C73 || n == 0x514B || n == 0x74E6 || n == 0x5206 || n == 0x65B9; // 米 克 瓦 分 方
    };
    if (i < s.size() && (s[i] == 0x5343 || s[i] == 0x767E) && !unitAhead(i)) {
        e += s[i] == 0x5343 ? 3 : 2;
        ++i;
    }
    if (i < s.size() && isWan(s[i])) {
        e += 4;
        ++i;
    }
    if (i < s.size() && isYi(s[i])) {
        e += 8;
        ++i;
    }
    if (i == pos)
        return 0;
    // A bare 千/百 must be followed by 万/亿 or a unit-like character to count (5千人, 3千万元).
    exponent += e;
    return i - pos;
}

double scaled(const std::string &digits, int exponent)
{
    std::string text = digits;
    text += 'e';
    text += std::to_string(exponent);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

double roundTo(double v, int digits)
{
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

} // namespace reportcore
