#include "read/docxnumbering.h"

#include "read/docxzip.h"

#include "text/text.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace reportcore::readers {

namespace {

/** 1 → 一, 10 → 十, 14 → 十四, 23 → 二十三 (Word's chineseCounting, up to 99). */
std::string chineseCounting(int n, bool legal)
{
    static const char *const plain[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const char *const formal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    const char *const *digits = legal ? formal : plain;
    const char *ten = legal ? "拾" : "十";
    if (n <= 0 || n >= 100)
        return std::to_string(n);
    if (n < 10)
        return digits[n];
    std::string out = n / 10 > 1 ? std::string(digits[n / 10]) + ten : std::string(ten);
    if (n % 10)
        out += digits[n % 10];
    return out;
}

std::string roman(int n, bool upper)
{
    static const std::pair<int, const char *> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                         {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"},
                                                         {5, "v"}, {4, "iv"}, {1, "i"}};
    std::string out;
    for (const auto &[v, s] : parts)
        for (; n >= v; n -= v)
            out += s;
    if (upper)
        for (char &c : out)
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

/** A counter as a numFmt writes it; "" for a bullet or none. */
std::string formatted(int n, std::string_view format)
{
    if (format == "decimal")
        return std::to_string(n);
    if (format == "decimalZero") {
        std::string out = n < 10 ? "0" : "";
        out += std::to_string(n);
        return out;
    }
    if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "japaneseCounting"
        || format == "taiwaneseCounting" || format == "taiwaneseCountingThousand")
        return chineseCounting(n, false);
    if (format == "chineseLegalSimplified")
        return chineseCounting(n, true);
    if (format == "ideographTraditional" && n >= 1 && n <= 10) {
        static const char *const stems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
        return stems[n - 1];
    }
    if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
        if (n >= 1 && n <= 20) {
            std::string out;
            text::appendUtf8(out, static_cast<char32_t>(0x2460 + n - 1)); // ①
            return out;
        }
        return std::to_string(n);
    }
    if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
        std::string out;
        for (const char c : std::to_string(n))
            text::appendUtf8(out, static_cast<char32_t>(0xFF10 + (c - '0')));
        return out;
    }
    if ((format == "upperLetter" || format == "lowerLetter") && n >= 1 && n <= 26)
        return std::string(1, static_cast<char>((format == "upperLetter" ? 'A' : 'a') + n - 1));
    if ((format == "upperRoman" || format == "lowerRoman") && n >= 1 && n < 4000)
        return roman(n, format == "upperRoman");
    if (format == "upperRoman" || format == "lowerRoman")
        return std::to_string(n);
    return {}; // bullet, none, and what is not known
}

} // namespace

void DocxNumbering::start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    auto *self = static_cast<DocxNumbering *>(data);
    const std::string_view n = local(name);
    const XML_Char *val = attribute(attrs, "val");
    if (n == "abstractNum") {
        const XML_Char *id = attribute(attrs, "abstractNumId");
        self->m_abstract = id ? id : "";
        self->m_num.clear();
    } else if (n == "num") {
        const XML_Char *id = attribute(attrs, "numId");
        self->m_num = id ? id : "";
        self->m_abstract.clear();
    } else if (n == "lvl" || n == "lvlOverride") {
        const XML_Char *level = attribute(attrs, "ilvl");
        self->m_level = level ? std::atoi(level) : -1;
    } else if (n == "abstractNumId" && val && !self->m_num.empty()) {
        self->m_lists[self->m_num].abstractId = val;
    } else if (self->m_level >= 0 && self->m_level < 9 && val) {
        if (!self->m_abstract.empty()) {
            Level &level = self->m_abstracts[self->m_abstract][static_cast<std::size_t>(self->m_level)];
            if (n == "numFmt")
                level.format = val;
            else if (n == "lvlText")
                level.text = val;
            else if (n == "start")
                level.start = std::clamp(std::atoi(val), 0, 100000); // a file's word, bounded
        } else if (!self->m_num.empty() && n == "startOverride") {
            self->m_lists[self->m_num].startOverride[self->m_level] = std::clamp(std::atoi(val), 0, 100000);
        }
    }
}

void DocxNumbering::end(void *data, const XML_Char *name)
{
    auto *self = static_cast<DocxNumbering *>(data);
    const std::string_view n = local(name);
    if (n == "lvl" || n == "lvlOverride")
        self->m_level = -1;
    else if (n == "abstractNum")
        self->m_abstract.clear();
    else if (n == "num")
        self->m_num.clear();
}

std::string DocxNumbering::next(const std::string &numId, int level)
{
    const auto list = m_lists.find(numId);
    if (level < 0 || level > 8 || list == m_lists.end())
        return {};
    const auto abstract = m_abstracts.find(list->second.abstractId);
    if (abstract == m_abstracts.end())
        return {};
    const std::array<Level, 9> &levels = abstract->second;
    std::array<int, 9> &counters = m_counters.try_emplace(list->second.abstractId, std::array<int, 9>{}).first->second;
    if (!list->second.used) { // a list that restarts its numbering where it begins
        list->second.used = true;
        for (const auto &[l, start] : list->second.startOverride)
            if (l >= 0 && l < 9)
                counters[static_cast<std::size_t>(l)] = start - 1;
    }
    const auto at = static_cast<std::size_t>(level);
    counters[at] = counters[at] == 0 ? levels[at].start : std::min(counters[at] + 1, 1000000);
    for (std::size_t deeper = at + 1; deeper < 9; ++deeper)
        counters[deeper] = 0;
    const std::string &pattern = levels[at].text;
    if (formatted(counters[at], levels[at].format).empty())
        return {};
    std::string label;
    for (std::size_t k = 0; k < pattern.size(); ++k) {
        if (pattern[k] == '%' && k + 1 < pattern.size() && pattern[k + 1] >= '1' && pattern[k + 1] <= '9') {
            const auto l = static_cast<std::size_t>(pattern[k + 1] - '1');
            label += formatted(l <= at ? std::max(counters[l], levels[l].start) : levels[l].start, levels[l].format);
            ++k;
        } else {
            label.push_back(pattern[k]);
        }
    }
    return label;
}

} // namespace reportcore::readers
