#include "structure/lines.h"

#include "structure/introductions.h"
#include "text/lexicon.h"

namespace reportcore::structure {

using text::u32;
using text::u32v;

namespace {
bool isChineseDigit(char32_t c);
} // namespace

/** What a format reader knew of the line overrules or refines what its form says. */
void applyHint(LineInfo &info, u32v raw, const LineHint &hint)
{
    info.complete = hint.complete;
    info.joinNext = hint.joinNext && !hint.complete;
    if (hint.table >= 0) {
        info.kind = LineKind::TableRow;
        info.content = raw; // cells may be empty: the tabs stay
        info.column = 1;
        info.marker = 0;
        info.table = hint.table;
        return;
    }
    const u32v s = info.content;
    // "表1 …", "图 2 …": the caption of a table or a chart, never a heading of a section; "单位：万人":
    // the unit note of a table or chart, never the start of a paragraph.
    if ((info.kind == LineKind::Paragraph || info.kind == LineKind::Byline) && s.size() >= 2 && s.size() <= 60) {
        std::size_t k = 1;
        while (k < s.size() && text::isSpace(s[k]))
            ++k;
        const bool caption = (s[0] == 0x8868 || s[0] == 0x56FE) && k < s.size()  // 表 图
                             && (text::isDigit(s[k]) || isChineseDigit(s[k]));
        const bool unitNote = s.size() <= 16 && s[0] == 0x5355 && s[1] == 0x4F4D && s.size() > 2 && text::isColon(s[2]);
        if (caption || unitNote) {
            info.kind = LineKind::Caption;
            info.complete = true;
            return;
        }
    }
    if (info.kind != LineKind::Paragraph || !info.leadTitle.empty())
        return; // the line's own form (a numbered heading, a caption, a speaker …) decides
    if (hint.heading > 0 && !s.empty() && s.size() <= 80 && s.back() != 0x3002 && s.back() != '.') {
        info.kind = LineKind::Markdown;
        info.level = hint.heading;
        info.marker = 0;
    } else if (hint.item) {
        info.kind = LineKind::Item;
    }
}

namespace {

constexpr char32_t kIdeographicComma = 0x3001;
constexpr char32_t kEmDash = 0x2014;

bool isChineseDigit(char32_t c)
{
    switch (c) {
    case 0x96F6: case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E24: case 0x4E09: case 0x56DB:
    case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: case 0x767E:
        return true;
    default:
        return false;
    }
}

/** Length of a run of Chinese numerals at `pos`, at most `max`. */
std::size_t chineseRun(u32v s, std::size_t pos, std::size_t max)
{
    std::size_t n = 0;
    while (pos + n < s.size() && n <= max && isChineseDigit(s[pos + n]))
        ++n;
    return n <= max ? n : 0;
}

/** The rank of a numbered heading marker at the start of `s` (0 = 第X章/部分, 1 = 一、, 2 = （一）,
 *  3 = 1., 4 = （1）), with the marker's length; -1 when there is none. */
int numberedRank(u32v s, std::size_t &markerLen)
{
    if (s.empty())
        return -1;
    auto skipSpace = [&](std::size_t i) {
        while (i < s.size() && text::isSpace(s[i]))
            ++i;
        return i;
    };
    const char32_t c = s[0];
    if (c == 0x7B2C) { // 第X章 / 第X部分 / 第X节 / 第X篇
        const std::size_t n = chineseRun(s, 1, 4);
        if (n > 0 && 1 + n < s.size()) {
            const u32v rest = s.substr(1 + n);
            std::size_t len = 0;
            if (text::startsWith(rest, U"\u7AE0") || text::startsWith(rest, U"\u8282")
                || text::startsWith(rest, U"\u7BC7"))
                len = 1;
            else if (text::startsWith(rest, U"\u90E8\u5206"))
                len = 2;
            if (len > 0) {
                markerLen = skipSpace(1 + n + len);
                return 0;
            }
        }
        return -1;
    }
    if (c == '(' || c == 0xFF08) {
        std::size_t i = 1;
        const std::size_t n = chineseRun(s, 1, 3);
        int rank = 2;
        if (n == 0) {
            while (i < s.size() && i < 3 && text::isDigit(s[i]))
                ++i;
            if (i == 1)
                return -1;
            rank = 4;
        } else {
            i = 1 + n;
        }
        if (i < s.size() && (s[i] == ')' || s[i] == 0xFF09)) {
            markerLen = skipSpace(i + 1);
            return markerLen < s.size() ? rank : -1;
        }
        return -1;
    }
    if (const std::size_t n = chineseRun(s, 0, 3); n > 0) {
        if (n < s.size() && s[n] == kIdeographicComma) {
            markerLen = skipSpace(n + 1);
            return markerLen < s.size() ? 1 : -1;
        }
        return -1;
    }
    if (text::isDigit(c)) {
        std::size_t i = 0;
        while (i < s.size() && i < 3 && text::isDigit(s[i]))
            ++i;
        if (i < s.size() && (s[i] == '.' || s[i] == 0xFF0E || s[i] == kIdeographicComma)) {
            if (i + 1 < s.size() && (text::isDigit(s[i + 1])))
                return -1; // a decimal number, not a marker
            markerLen = skipSpace(i + 1);
            return markerLen < s.size() ? 3 : -1;
        }
    }
    return -1;
}

} // namespace

bool hasSentenceEndBefore(u32v s, std::size_t end)
{
    for (std::size_t i = 0; i < end && i < s.size(); ++i)
        if (text::isSentenceEnd(s[i]))
            return true;
    return false;
}

namespace {

bool hasClauseComma(u32v s)
{
    for (char32_t c : s)
        if (text::isComma(c) || c == 0xFF1B || c == ';')
            return true;
    return false;
}

} // namespace

bool hasPunct(u32v s)
{
    for (char32_t c : s)
        if (text::isClausePunct(c))
            return true;
    return false;
}

/** Clause punctuation, quotes or brackets: what prose has and a title or a name line lacks. */
bool hasAnyPunct(u32v s)
{
    for (char32_t c : s)
        if (text::isClausePunct(c) || text::isOpenQuote(c) || text::isCloseQuote(c) || c == '(' || c == 0xFF08
            || c == 0x300A)
            return true;
    return false;
}

/** A title without the subtitle set on its line (政府工作报告——2024年3月5日在…会议上 → 政府工作报告). */
u32v titleWithoutSubtitle(u32v t)
{
    const std::size_t dash = t.find(U"\u2014\u2014");
    return dash != u32v::npos && dash >= 2 && lexicon().titleEnd.matchBefore(t, dash) > 0 ? text::trim(t.substr(0, dash)) : t;
}

/** A news lead's date opening a line (1月5日，…, 2025年1月6日上午，…): after a caption or a photo's
 *  credit, the start of a paragraph, not the rest of the one before. */
bool startsWithDateLead(u32v s)
{
    std::size_t k = 0;
    auto digits = [&] {
        const std::size_t from = k;
        while (k < s.size() && text::isDigit(s[k]))
            ++k;
        return k - from;
    };
    const std::size_t first = digits();
    if (first == 4 && k < s.size() && s[k] == 0x5E74) { // 年
        ++k;
        if (digits() == 0)
            return false;
    } else if (first == 0 || first > 2) {
        return false;
    }
    if (k >= s.size() || s[k] != 0x6708) // 月
        return false;
    ++k;
    if (digits() == 0 || k >= s.size() || (s[k] != 0x65E5 && s[k] != 0x53F7)) // 日 号
        return false;
    ++k;
    // a comma within the next few characters (1月5日上午，): the date sets the scene of a new lead
    for (std::size_t end = std::min(s.size(), k + 4); k < end; ++k)
        if (text::isComma(s[k]))
            return true;
    return false;
}

/** A line "ends open" when it stops mid-sentence: its last character is a letter, digit, ideograph,
 *  a comma or an opening bracket — nothing that ends a sentence, a quote or a label. */
bool endsOpen(u32v s)
{
    if (s.empty())
        return false;
    const char32_t c = s.back();
    return text::isHan(c) || text::isDigit(c) || text::isAsciiLetter(c) || text::isComma(c)
           || c == kIdeographicComma || text::isOpenQuote(c) || c == '(' || c == 0xFF08 || c == 0x300A;
}

namespace {

bool isPhotoMarker(char32_t c)
{
    return c == 0x25A0 || c == 0x25A1 || c == 0x25B2 || c == 0x25B3 || c == 0x25C6 || c == 0x25CF;
}

} // namespace

namespace {

/** "## 标题": a markdown heading. */
bool readMarkdownHeading(u32v s, LineInfo &info)
{
    // Markdown heading.
    std::size_t hashes = 0;
    while (hashes < s.size() && hashes < 7 && s[hashes] == '#')
        ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < s.size() && text::isSpace(s[hashes])) {
        std::size_t m = hashes;
        while (m < s.size() && text::isSpace(s[m]))
            ++m;
        if (m < s.size()) {
            info.kind = LineKind::Markdown;
            info.level = static_cast<int>(hashes);
            info.marker = m;
            return true;
        }
    }
    return false;
}

/** A line its first characters mark: a photo's caption or byline (■, ▲ …), a point opening with a
 *  dash (——), a caption by its first words (图为…). */
bool readMarkedLine(u32v s, LineInfo &info)
{
    const Lexicon &lex = lexicon();
    if (isPhotoMarker(s[0])) {
        std::size_t i = 1;
        while (i < s.size() && text::isSpace(s[i]))
            ++i;
        info.kind = lex.bylineMarker.matchAt(s, i) && s.size() <= 60 ? LineKind::Byline : LineKind::Caption;
        return true;
    }
    if (s.size() >= 2 && ((s[0] == kEmDash && s[1] == kEmDash) || (s[0] == '-' && s[1] == '-')
                          || (s[0] == 0x2015 && s[1] == 0x2015))) {
        info.kind = LineKind::Item;
        return true;
    }
    // "图为职工在驿站休息。（总工会供图）": a caption by its first words.
    if (s.size() <= 120 && lex.captionStart.matchAt(s, 0) > 0) {
        info.kind = LineKind::Caption;
        return true;
    }
    return false;
}

/** Credits: a byline in brackets closing an article, a spread's credit, a caption ending in its
 *  photo's credit. */
bool readCredit(u32v s, LineInfo &info)
{
    const Lexicon &lex = lexicon();
    // "（记者 王晓明 通讯员 深工宣）" closing an article: a byline in brackets.
    if (s.size() <= 40 && (s[0] == 0xFF08 || s[0] == '(') && (s.back() == 0xFF09 || s.back() == ')')) {
        std::size_t i = 1;
        while (i < s.size() && text::isSpace(s[i]))
            ++i;
        if (lex.bylineMarker.matchAt(s, i) > 0) {
            // "（本报记者 陈晓 采访整理）" closing a spread: a credit for the whole, not an article's byline
            info.kind = lex.creditEnd.matchBefore(s, s.size() - 1) > 0 ? LineKind::Credit : LineKind::Byline;
            return true;
        }
    }
    if (s.size() <= 25 && !hasSentenceEndBefore(s, s.size())
        && (lex.creditEnd.matchBefore(s, s.size()) || lex.creditStart.matchAt(s, 0))) {
        info.kind = LineKind::Credit;
        return true;
    }
    // "环卫工人在驿站领取慰问品。 通讯员 李四 摄", "…现场。（李四 摄）": a caption ending in its photo's
    // credit; complete, never run into the line after (which may well start with a date).
    if (s.size() <= 100) {
        const std::size_t end = s.size() - ((s.back() == 0xFF09 || s.back() == ')') ? 1 : 0);
        if (lex.creditEnd.matchBefore(s, end) > 0) {
            std::size_t tail = end;
            while (tail > 0 && !text::isSentenceEnd(s[tail - 1]))
                --tail;
            const u32v credit = text::trim(s.substr(tail, end - tail));
            bool spaced = false;
            for (char32_t c : credit)
                spaced = spaced || text::isSpace(c);
            if (tail > 0 && credit.size() >= 2 && credit.size() <= 16
                && (spaced || credit[0] == 0xFF08 || credit[0] == '(' || lex.bylineMarker.matchAt(credit, 0) > 0)) {
                info.kind = LineKind::Caption;
                info.complete = true;
                return true;
            }
        }
    }
    return false;
}

/** A byline (记者 张三 通讯员 李四) or a web page's metadata pasted with its article. */
bool readByline(u32v s, LineInfo &info)
{
    const Lexicon &lex = lexicon();
    const bool shortLine = s.size() <= 40 && !hasSentenceEndBefore(s, s.size()); // short: cheap
    if (shortLine && lex.bylineMarker.matchAt(s, 0) && s.size() <= 30) {
        // "记者 张三 通讯员 李四": a marker followed by a name, no clause punctuation.
        const std::size_t m = lex.bylineMarker.matchAt(s, 0);
        if (m < s.size() && !hasPunct(s) && (text::isSpace(s[m]) || s.size() - m <= 12)) {
            info.kind = LineKind::Byline;
            return true;
        }
    }
    // "发布日期：2025-04-24  浏览次数：14546": a web page's metadata, pasted with its article.
    if (s.size() <= 80) {
        int fields = 0;
        for (std::size_t i = 0; i < s.size(); ++i)
            if ((i == 0 || text::isSpace(s[i - 1]) || s[i - 1] == 0x3000) && lex.pageMeta.mayStart(s[i]))
                if (const std::size_t m = lex.pageMeta.matchAt(s, i); m > 0 && i + m < s.size() && text::isColon(s[i + m]))
                    ++fields;
        if (fields >= 2) {
            info.kind = LineKind::Byline;
            return true;
        }
    }
    return false;
}

/** Page furniture left in the text by a converter or a Word file: a page number alone on its line,
 *  wrapped in dashes or dots (— 3 —, - 3 -, ·3·) or written out (第3页, 第 3 页 共 13 页), or a footnote
 *  mark alone ([1]). It is no paragraph, and a paragraph goes on across it. */
bool readFurniture(u32v s, LineInfo &info)
{
    if (s.size() > 16)
        return false;
    if (text::footnoteMarkLength(s, 0) == s.size()) {
        info.kind = LineKind::Furniture;
        return true;
    }
    auto dash = [](char32_t c) { return c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D || c == 0x2015 || c == 0x2212 || c == 0xB7; };
    std::size_t digits = 0;
    const bool written = s[0] == 0x7B2C; // 第
    const bool wrapped = dash(s[0]) && dash(s.back());
    if (!written && !wrapped)
        return false;
    for (const char32_t c : s) {
        if (text::isDigit(c))
            ++digits;
        else if (!(dash(c) || text::isSpace(c) || c == 0x7B2C || c == 0x9875 || c == 0x5171)) // 第 页 共
            return false;
    }
    if (digits == 0 || digits > 6 || (written && s.back() != 0x9875)) // …页
        return false;
    info.kind = LineKind::Furniture;
    return true;
}

/** A speaker's introduction (<congress>代表…<name>：). */
bool readSpeaker(u32v s, LineInfo &info)
{
    SpeakerIntro intro;
    if (!parseSpeakerIntro(s, intro))
        return false;
    info.kind = LineKind::Speaker;
    info.introOnly = intro.afterColon >= s.size();
    return true;
}

/** A numbered heading (一、, （一）, 1.), a numbered paragraph titled by its lead sentence, or an item. */
bool readNumbered(u32v s, LineInfo &info)
{
    std::size_t marker = 0;
    const int rank = numberedRank(s, marker);
    if (rank >= 0) {
        const u32v body = s.substr(marker);
        // A heading is short and holds at most one sentence; a long numbered paragraph opens a
        // section titled by its lead sentence.
        std::size_t firstEnd = 0;
        while (firstEnd < body.size() && !text::isSentenceEnd(body[firstEnd]) && !text::isColon(body[firstEnd]))
            ++firstEnd;
        const bool heading = body.size() <= 50 && firstEnd + 1 >= body.size();
        // "1. 深化改革，全年培训职工5万人次以上。": a sentence of clauses is an item of a list, not a
        // heading (a heading with a full stop is one short phrase: "（一）帮扶困难职工。").
        if (heading && firstEnd < body.size() && text::isSentenceEnd(body[firstEnd]) && hasClauseComma(body)) {
            info.kind = LineKind::Item;
            return true;
        }
        info.level = rank;
        info.marker = marker;
        if (heading) {
            info.kind = LineKind::Numbered;
        } else {
            info.kind = LineKind::Paragraph;
            if (firstEnd > 0 && firstEnd <= 40)
                info.leadTitle = u32(body.substr(0, firstEnd));
        }
        return true;
    }
    return false;
}

} // namespace

LineInfo classify(u32v raw)
{
    LineInfo info;
    std::size_t lead = 0;
    while (lead < raw.size() && text::isSpace(raw[lead]))
        ++lead;
    info.content = text::trim(raw);
    info.column = static_cast<int>(lead) + 1;
    const u32v s = info.content;
    if (s.empty())
        return info;
    // The first form that fits decides, in this order.
    if (readMarkdownHeading(s, info) || readFurniture(s, info) || readMarkedLine(s, info) || readCredit(s, info) || readByline(s, info)
        || readSpeaker(s, info) || readNumbered(s, info))
        return info;
    info.kind = LineKind::Paragraph;
    return info;
}

bool Lines::alone(std::size_t i) const
{
    if (i == 0 || isGap(info[i - 1].kind))
        return true;
    const u32v prev = info[i - 1].content;
    if (hinted)
        return !info[i - 1].joinNext;
    return !endsOpen(prev) || (prev.size() <= 20 && !hasAnyPunct(prev));
}

} // namespace reportcore::structure
