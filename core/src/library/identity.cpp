// Which report a document is (library.h: describeReport): its title, the body that issues it, its kind
// and its year, read from the text as a reader would, each a function of its own:
// - title: the report's own title line; never a date, a byline, a salutation, page chrome, a letterhead
//   or the issuer alone; without one, `<issuer> <year>年<kind>` marked derived;
// - issuer: the body the text names (a line under the title, a kicker, 我代表…), else the place;
// - kind: from the title's words, else from the text (an address to a congress, a communiqué's forms,
//   a union's words, a news lead);
// - year: a work or union report's is the year it is delivered (its review names the year before), a
//   communiqué's the year its statistics cover, news the year it is dated.
#include "reportcore/library.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <algorithm>
#include <map>

namespace reportcore {

using text::u32;
using text::u32v;

namespace {

constexpr std::size_t kHead = 8; ///< the blocks at the top where a title, an issuer or a date stands

/** The first `YYYY年` (a space may stand between), or nothing. */
std::optional<int> firstYear(u32v s)
{
    for (std::size_t k = 0; k + 4 <= s.size(); ++k) {
        if ((k > 0 && text::isDigit(s[k - 1])) || !(s[k] == '1' || s[k] == '2') || !(s[k + 1] == '9' || s[k + 1] == '0')
            || !text::isDigit(s[k + 2]) || !text::isDigit(s[k + 3]) || (k + 4 < s.size() && text::isDigit(s[k + 4])))
            continue;
        std::size_t after = k + 4;
        while (after < s.size() && text::isSpace(s[after]))
            ++after;
        if (after < s.size() && s[after] == 0x5E74) // 年
            return (s[k] - '0') * 1000 + (s[k + 1] - '0') * 100 + (s[k + 2] - '0') * 10 + (s[k + 3] - '0');
    }
    return std::nullopt;
}

/** The first year of four digits alone (19xx, 20xx) in a date as metadata writes it (2022-03-05,
 *  Sat, 05 Mar 2022 07:52:05 GMT), or nothing. */
std::optional<int> dateYear(std::string_view s)
{
    for (std::size_t k = 0; k + 4 <= s.size(); ++k) {
        const auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
        if ((k > 0 && digit(k - 1)) || digit(k + 4) || !(s.substr(k, 2) == "19" || s.substr(k, 2) == "20") || !digit(k + 2)
            || !digit(k + 3))
            continue;
        return (s[k] - '0') * 1000 + (s[k + 1] - '0') * 100 + (s[k + 2] - '0') * 10 + (s[k + 3] - '0');
    }
    return std::nullopt;
}

bool contains(u32v s, u32v word) { return s.find(word) != u32v::npos; }

/** The year of a full date (2024年3月5日) in the first 60 characters of a line, or nothing. */
std::optional<int> dateIn(u32v s)
{
    s = s.substr(0, 60);
    for (std::size_t k = 0; k + 4 < s.size(); ++k) {
        const std::optional<int> year = firstYear(s.substr(k, 6));
        if (!year || (k > 0 && text::isDigit(s[k - 1])))
            continue;
        const std::size_t nian = s.find(U'\u5E74', k);
        std::size_t m = nian + 1;
        while (m < s.size() && (text::isDigit(s[m]) || text::isSpace(s[m])))
            ++m;
        if (m > nian + 1 && m < s.size() && s[m] == 0x6708) // 月
            return year;
    }
    return std::nullopt;
}

/** The year a lead opens with (2024年，全市…), within its first 40 characters, or nothing. */
std::optional<int> leadYear(u32v s)
{
    s = s.substr(0, 40);
    for (std::size_t nian = s.find(U'\u5E74'); nian != u32v::npos; nian = s.find(U'\u5E74', nian + 1))
        if (nian >= 4 && nian + 1 < s.size() && text::isComma(s[nian + 1]))
            if (const std::optional<int> year = firstYear(s.substr(nian >= 5 ? nian - 5 : 0)))
                return year;
    return std::nullopt;
}

/** A line that names a body and nothing more (国家统计局, 合肥市统计局 国家统计局合肥调查队). */
bool isIssuerAlone(u32v t)
{
    const Lexicon &lex = lexicon();
    std::size_t end = 0;
    while (end < t.size() && !text::isSpace(t[end]))
        ++end;
    return lex.issuerEnd.matchBefore(t, end) > 0 && lex.titleEnd.matchBefore(t, t.size()) == 0;
}

/** What can never be a report's title: no word in it (2024, 2024 [1]), a date, a salutation,
 *  page chrome or a byline, a letterhead (…统计局文件), the issuer alone. */
bool isJunkTitle(u32v t)
{
    t = text::trim(t);
    if (t.size() < 2)
        return true;
    bool words = false, dateOnly = true;
    for (const char32_t c : t) {
        words = words || text::isHan(c) || text::isAsciiLetter(c);
        dateOnly = dateOnly && (text::isDigit(c) || text::isSpace(c) || c == 0x5E74 || c == 0x6708 || c == 0x65E5 || c == 0x53F7
                                || c == '-' || c == '/' || c == '.');
    }
    const Lexicon &lex = lexicon();
    return !words || dateOnly || lex.titleNot.matchAt(t, 0) > 0 || lex.titleLetterhead.matchBefore(t, t.size()) > 0
           || isIssuerAlone(t);
}

/** The report's own title: the document's, else a heading above the text (under a letterhead, say)
 *  that can be one; a section's heading after the text has begun is none. */
std::string titleOf(const Document &doc)
{
    if (!isJunkTitle(text::toUtf32(doc.title)))
        return doc.title;
    for (std::size_t b = 0; b < doc.blocks.size() && b < kHead; ++b) {
        const Block &block = doc.blocks[b];
        const u32 t = text::toUtf32(block.text);
        // A short line of words ending as a title does (政府工作报告, …统计公报), set as a paragraph.
        const bool titleLine = block.kind == BlockKind::Paragraph && t.size() <= 40
                               && lexicon().titleEnd.matchBefore(t, t.size()) > 0
                               && std::none_of(t.begin(), t.end(), [](char32_t c) { return text::isClausePunct(c); });
        if (block.kind == BlockKind::Paragraph && !titleLine && t.size() > 20)
            break; // the text has begun
        if ((block.kind != BlockKind::Heading && !titleLine) || t.size() > 50)
            continue;
        if (!isJunkTitle(t))
            return block.text;
    }
    return {};
}

/** "…总工会:" as a kicker, "我代表国务院，向大会报告…": the body a line names, or "". */
std::string bodyNamedIn(const Block &block)
{
    const Lexicon &lex = lexicon();
    u32 t = text::toUtf32(block.text);
    if (block.kind == BlockKind::Kicker) {
        while (!t.empty() && (text::isColon(t.back()) || text::isSpace(t.back())))
            t.pop_back();
        return lex.issuerEnd.matchBefore(t, t.size()) > 0 && t.size() <= 20 ? text::toUtf8(t) : std::string();
    }
    if (block.kind != BlockKind::Paragraph)
        return {};
    const std::size_t at = t.find(U"\u6211\u4EE3\u8868"); // 我代表
    if (at == u32::npos || at > 40)
        return {};
    std::size_t end = at + 3;
    while (end < t.size() && end < at + 30 && text::isHan(t[end]) && t[end] != 0x5411) // up to 向 or a comma
        ++end;
    return lex.issuerEnd.matchBefore(t, end) > 0 ? text::toUtf8(u32v(t).substr(at + 3, end - at - 3)) : std::string();
}

/** The line under the title naming the body that issues it ("合肥市统计局 国家统计局合肥调查队": the first). */
std::string bodyUnderTitle(const Block &block)
{
    if (block.kind != BlockKind::Subtitle && block.kind != BlockKind::Byline)
        return {};
    const Lexicon &lex = lexicon();
    const u32 t = text::toUtf32(block.text);
    const u32v part = t;
    std::size_t end = part.size();
    while (end > 0 && text::isSpace(part[end - 1]))
        --end;
    std::size_t start = end;
    while (start > 0 && !text::isSpace(part[start - 1]))
        --start;
    std::size_t firstEnd = 0;
    while (firstEnd < part.size() && !text::isSpace(part[firstEnd]))
        ++firstEnd;
    if (lex.issuerEnd.matchBefore(part, firstEnd) > 0)
        return text::toUtf8(part.substr(0, firstEnd));
    if (lex.issuerEnd.matchBefore(part, end) > 0)
        return text::toUtf8(part.substr(start, end - start));
    return {};
}

/** The place a title names first (2024年东莞市国民经济… → 东莞市), or "". */
std::string placeIn(u32v title)
{
    std::size_t k = 0;
    if (const std::size_t y = title.find(U'\u5E74'); y != u32::npos && y < 8 && firstYear(title))
        k = y + 1;
    while (k < title.size() && text::isSpace(title[k]))
        ++k;
    for (std::size_t e = k; e < title.size() && e < k + 10; ++e) {
        const char32_t c = title[e];
        if (c == U'市' || c == U'省' || c == U'县' || c == U'区' || c == U'州')
            return e > k ? text::toUtf8(title.substr(k, e + 1 - k)) : std::string();
        if (!text::isHan(c))
            break;
    }
    return {};
}

std::string issuerOf(const Document &doc, u32v title, u32v folded)
{
    for (std::size_t b = 0; b < doc.blocks.size() && b < kHead; ++b)
        if (std::string body = bodyUnderTitle(doc.blocks[b]); !body.empty())
            return body;
    for (std::size_t b = 0; b < doc.blocks.size() && b < kHead; ++b)
        if (std::string body = bodyNamedIn(doc.blocks[b]); !body.empty())
            return body;
    if (contains(title, U"国务院"))
        return "国务院";
    if (!doc.blocks.empty() && doc.blocks.front().kind == BlockKind::Heading && doc.blocks.front().text.find("国务院") != std::string::npos
        && foldForSearch(u32v(text::toUtf32(doc.blocks.front().text))).find(U"政府工作报告") != u32::npos)
        return "国务院"; // 政府工作报告——…国务院总理 李强
    // 政府工作报告 with no place before it is the national government's, delivered by the premier.
    if (folded.rfind(U"政府工作报告", 0) == 0)
        return "国务院";
    // A page's metadata naming the body that issued it (发布机构: 合肥市统计局) before the place.
    if (const u32 publisher = text::toUtf32(doc.publisher);
        !publisher.empty() && lexicon().issuerEnd.matchBefore(publisher, publisher.size()) > 0)
        return doc.publisher;
    if (std::string place = placeIn(title); !place.empty())
        return place;
    return doc.publisher; // news: who published it
}

/** The text at the top, folded: where a report's address, a lead or a union's words stand. */
u32 headText(const Document &doc)
{
    u32 head;
    for (std::size_t b = 0; b < doc.blocks.size() && b < kHead && head.size() < 1200; ++b)
        head += foldForSearch(u32v(text::toUtf32(doc.blocks[b].text))) + U"\n";
    return head;
}

std::string kindOf(const Document &doc, u32v folded, const std::string &issuer, const u32 &head)
{
    if (contains(folded, U"政府工作报告"))
        return "work-report";
    if (contains(folded, U"统计公报") || contains(folded, U"国民经济和社会发展"))
        return "statistical-communique";
    if (contains(folded, U"工会") || contains(folded, U"职工代表大会"))
        return "union-report";
    if (contains(folded, U"工作报告"))
        return "work-report";
    const u32 body = foldForSearch(u32v(text::toUtf32(issuer)));
    if (contains(body, U"统计局") || contains(body, U"调查队"))
        return "statistical-communique";
    if (contains(body, U"工会"))
        return "union-report";
    const Lexicon &lex = lexicon();
    std::size_t length = 0;
    if (lex.reportAddress.findFirst(head, length) != u32::npos)
        return contains(body, U"工会") || contains(head, U"工会") ? "union-report" : "work-report";
    if (contains(body, U"国务院") || contains(body, U"人民政府"))
        return "work-report";
    if (!doc.published.empty() || lex.newsWord.findFirst(head, length) != u32::npos)
        return "news";
    return "other";
}

/** The year most figures of the text are dated with, or nothing. */
std::optional<int> commonYear(const Document &doc)
{
    std::map<int, int> counts;
    for (const Indicator &i : doc.indicators)
        if (i.year && !i.target)
            ++counts[*i.year];
    std::optional<int> year;
    int best = 0;
    for (const auto &[y, count] : counts)
        if (count > best) {
            best = count;
            year = y;
        }
    return year;
}

std::optional<int> yearOf(const Document &doc, u32v title, const std::string &kind, const u32 &head)
{
    if (const std::optional<int> year = firstYear(title))
        return year; // 2024年政府工作报告, 2023年周口市国民经济和社会发展统计公报
    if (kind == "news")
        if (const std::optional<int> year = dateYear(doc.published))
            return year;
    const bool delivered = kind == "work-report" || kind == "union-report" || kind == "news";
    // A date near the top (政府工作报告——2024年3月5日在…, 2025年3月5日): the day a report is delivered or a
    // news item dated, not the year a communiqué covers, nor a section's year (2024年工作回顾).
    for (std::size_t b = 0; b < doc.blocks.size() && b < 3 && delivered; ++b)
        if (const std::optional<int> year = dateIn(text::toUtf32(doc.blocks[b].text)))
            return year;
    if (kind == "statistical-communique") {
        // Its lead names the year it covers (2024年，全市…), after the date it was published if a line break
        // was lost between them; a title lost to its year still tells it (2024 [1]).
        for (std::size_t b = 0; b < doc.blocks.size() && b < kHead; ++b)
            if (const std::optional<int> year = leadYear(text::toUtf32(doc.blocks[b].text)))
                return year;
        if (const std::optional<int> year = dateYear(doc.title); year && isJunkTitle(text::toUtf32(doc.title)))
            return year;
    }
    std::optional<int> year = commonYear(doc);
    // A report that looks back on the year it names most is delivered the year after.
    std::size_t length = 0;
    if (year && delivered && kind != "news" && lexicon().reportReview.findFirst(head, length) != u32::npos)
        return *year + 1;
    return year;
}

std::string derivedTitle(const ReportInfo &info)
{
    const char *words = info.kind == "work-report"              ? "工作报告"
                        : info.kind == "statistical-communique" ? "统计公报"
                        : info.kind == "union-report"           ? "工会工作报告"
                                                                : "报告";
    std::string title = info.issuer;
    if (!title.empty())
        title += ' ';
    if (info.year)
        title += std::to_string(*info.year) + "年";
    return title + words;
}

} // namespace

std::string reportTitle(const Document &doc) { return titleOf(doc); }

ReportInfo describeReport(const Document &doc)
{
    ReportInfo info;
    info.title = titleOf(doc);
    const u32 title = text::toUtf32(info.title);
    const u32 folded = foldForSearch(u32v(title));
    info.issuer = issuerOf(doc, title, folded);
    const u32 head = headText(doc); // the top of the text, folded once for the kind and the year
    info.kind = kindOf(doc, folded, info.issuer, head);
    info.year = yearOf(doc, title, info.kind, head);
    if (info.title.empty()) {
        info.title = derivedTitle(info);
        info.titleDerived = true;
    }
    return info;
}

std::vector<ReportPart> reportParts(const Document &doc)
{
    // Where each part begins: the block of a top-level section titled as a report with its year.
    const Lexicon &lex = lexicon();
    // A later part's title ends as the first's does (…统计公报 after …统计公报): a report's own
    // sections (三、2025年工作计划 in a work report) are no parts.
    std::vector<std::size_t> starts;
    int first = -1;
    u32 firstEnd;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block &block = doc.blocks[b];
        if (block.kind != BlockKind::Heading || block.section < 0)
            continue;
        const Section &section = doc.sections[static_cast<std::size_t>(block.section)];
        const u32 title = text::toUtf32(section.title);
        const std::size_t end = lex.titleEnd.matchBefore(title, title.size());
        if (section.parent >= 0 || !firstYear(title) || end == 0)
            continue;
        if (first < 0) {
            first = static_cast<int>(b);
            firstEnd = title.substr(title.size() - end);
        } else if (title.substr(title.size() - end) == firstEnd) {
            starts.push_back(b);
        }
    }
    if (starts.empty())
        return {ReportPart{describeReport(doc), 0, doc.blocks.size()}};
    starts.insert(starts.begin(), 0);
    std::vector<ReportPart> parts;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        ReportPart part;
        part.firstBlock = starts[k];
        part.endBlock = k + 1 < starts.size() ? starts[k + 1] : doc.blocks.size();
        // The part as a document of its own: its title, blocks and figures, the file's metadata.
        Document own;
        own.published = doc.published;
        own.publisher = doc.publisher;
        own.title = k == 0 ? doc.title : doc.blocks[part.firstBlock].text;
        own.blocks.assign(doc.blocks.begin() + static_cast<std::ptrdiff_t>(part.firstBlock),
                          doc.blocks.begin() + static_cast<std::ptrdiff_t>(part.endBlock));
        for (const Indicator &i : doc.indicators)
            if (i.block >= static_cast<int>(part.firstBlock) && i.block < static_cast<int>(part.endBlock))
                own.indicators.push_back(i);
        part.info = describeReport(own);
        parts.push_back(std::move(part));
    }
    return parts;
}

} // namespace reportcore
