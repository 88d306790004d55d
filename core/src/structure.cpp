#include "structure.h"

#include "lexicon.h"
#include "representatives.h"

#include <algorithm>
#include <array>
#include <set>

namespace reportcore {
namespace {

using text::u32;
using text::u32v;

enum class LineKind { Blank, Markdown, Numbered, Title, Kicker, Byline, Caption, Credit, Item, Speaker, Paragraph, TableRow, Subtitle, Profile };

struct LineInfo {
    LineKind kind = LineKind::Blank;
    u32v content;          // trimmed
    int column = 1;        // 1-based column where `content` starts
    bool introOnly = false;// a speaker's introduction with nothing said on its line (a profile follows)
    int level = 0;         // markdown: number of '#'; numbered: rank
    std::size_t marker = 0;// length of the heading marker removed from the text
    u32 leadTitle;         // a numbered paragraph's lead sentence, when it opens a section
    bool complete = false; // a reader says the line ends its paragraph
    bool joinNext = false; // a reader says its paragraph goes on in the next line
    int table = -1;        // a reader says the line is a row of this table
};

bool hasSentenceEndBefore(u32v s, std::size_t end);
bool isChineseDigit(char32_t c);

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

bool hasSentenceEndBefore(u32v s, std::size_t end)
{
    for (std::size_t i = 0; i < end && i < s.size(); ++i)
        if (text::isSentenceEnd(s[i]))
            return true;
    return false;
}

bool hasClauseComma(u32v s)
{
    for (char32_t c : s)
        if (text::isComma(c) || c == 0xFF1B || c == ';')
            return true;
    return false;
}

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

bool isPhotoMarker(char32_t c)
{
    return c == 0x25A0 || c == 0x25A1 || c == 0x25B2 || c == 0x25B3 || c == 0x25C6 || c == 0x25CF;
}

LineInfo classify(u32v raw)
{
    const Lexicon &lex = lexicon();
    LineInfo info;
    std::size_t lead = 0;
    while (lead < raw.size() && text::isSpace(raw[lead]))
        ++lead;
    info.content = text::trim(raw);
    info.column = static_cast<int>(lead) + 1;
    const u32v s = info.content;
    if (s.empty())
        return info;

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
            return info;
        }
    }

    const bool shortLine = s.size() <= 40 && !hasSentenceEndBefore(s, s.size()); // short: cheap

    if (isPhotoMarker(s[0])) {
        std::size_t i = 1;
        while (i < s.size() && text::isSpace(s[i]))
            ++i;
        info.kind = lex.bylineMarker.matchAt(s, i) && s.size() <= 60 ? LineKind::Byline : LineKind::Caption;
        return info;
    }
    if (s.size() >= 2 && ((s[0] == kEmDash && s[1] == kEmDash) || (s[0] == '-' && s[1] == '-')
                          || (s[0] == 0x2015 && s[1] == 0x2015))) {
        info.kind = LineKind::Item;
        return info;
    }
    // "图为职工在驿站休息。（总工会供图）": a caption by its first words.
    if (s.size() <= 120 && lex.captionStart.matchAt(s, 0) > 0) {
        info.kind = LineKind::Caption;
        return info;
    }
    // "（记者 王晓明 通讯员 深工宣）" closing an article: a byline in brackets.
    if (s.size() <= 40 && (s[0] == 0xFF08 || s[0] == '(') && (s.back() == 0xFF09 || s.back() == ')')) {
        std::size_t i = 1;
        while (i < s.size() && text::isSpace(s[i]))
            ++i;
        if (lex.bylineMarker.matchAt(s, i) > 0) {
            // "（本报记者 陈晓 采访整理）" closing a spread: a credit for the whole, not an article's byline
            info.kind = lex.creditEnd.matchBefore(s, s.size() - 1) > 0 ? LineKind::Credit : LineKind::Byline;
            return info;
        }
    }
    if (s.size() <= 25 && !hasSentenceEndBefore(s, s.size())
        && (lex.creditEnd.matchBefore(s, s.size()) || lex.creditStart.matchAt(s, 0))) {
        info.kind = LineKind::Credit;
        return info;
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
                return info;
            }
        }
    }
    if (shortLine && lex.bylineMarker.matchAt(s, 0) && s.size() <= 30) {
        // "记者 张三 通讯员 李四": a marker followed by a name, no clause punctuation.
        const std::size_t m = lex.bylineMarker.matchAt(s, 0);
        if (m < s.size() && !hasPunct(s) && (text::isSpace(s[m]) || s.size() - m <= 12)) {
            info.kind = LineKind::Byline;
            return info;
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
            return info;
        }
    }
    {
        SpeakerIntro intro;
        if (parseSpeakerIntro(s, intro)) {
            info.kind = LineKind::Speaker;
            info.introOnly = intro.afterColon >= s.size();
            return info;
        }
    }
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
            return info;
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
        return info;
    }
    info.kind = LineKind::Paragraph;
    return info;
}

/** Footnote marks in a title ("2024 [1]", "财政、金融[9]、证券和保险") are the page's, not the title's. */
u32 withoutFootnoteMarks(u32v title)
{
    u32 out;
    for (std::size_t i = 0; i < title.size(); ++i) {
        if (const std::size_t mark = text::footnoteMarkLength(title, i)) {
            while (!out.empty() && out.back() == ' ')
                out.pop_back();
            i += mark - 1;
            continue;
        }
        out.push_back(title[i]);
    }
    return out;
}

/** No section is untitled: text before the first heading is the report's opening, named by its
 *  first words up to a break (政府工作报告——2024年3月5日… → 政府工作报告), at most 20 characters. */
void nameUntitled(Document &doc, const BlockTexts &blockTexts)
{
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        Section &section = doc.sections[s];
        section.title = text::toUtf8(withoutFootnoteMarks(text::toUtf32(section.title)));
        if (!section.title.empty())
            continue;
        for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
            if (doc.blocks[b].section != static_cast<int>(s) || doc.blocks[b].kind == BlockKind::Table)
                continue;
            u32v words = text::trim(blockTexts[b]);
            std::size_t end = 0;
            while (end < words.size() && end < 20 && !text::isClausePunct(words[end]) && words[end] != 0x2014
                   && words[end] != 0xFF08 && words[end] != '(' && words[end] != '\n')
                ++end;
            if (end == 0)
                continue;
            section.title = text::toUtf8(words.substr(0, end)) + (end == 20 && end < words.size() ? "\u2026" : "");
            break;
        }
    }
    doc.title = text::toUtf8(withoutFootnoteMarks(text::toUtf32(doc.title)));
}

} // namespace

void buildStructure(const std::vector<u32v> &lines, const std::vector<LineHint> &hints, Document &doc,
                    BlockTexts &blockTexts, const Progress &progress)
{
    const std::size_t n = lines.size();
    std::vector<LineInfo> info(n);
    bool anyMarkdown = false;
    const bool hinted = hints.size() == n;
    for (std::size_t i = 0; i < n; ++i) {
        progress.step(i, n);
        info[i] = classify(lines[i]);
        if (hinted && info[i].kind != LineKind::Blank) {
            applyHint(info[i], lines[i], hints[i]);
            if (i > 0 && info[i - 1].joinNext && info[i].kind != LineKind::TableRow) {
                info[i].kind = LineKind::Paragraph; // the rest of a paragraph, whatever its form
                info[i].leadTitle.clear();
                info[i].marker = 0;
            }
        }
        anyMarkdown = anyMarkdown || info[i].kind == LineKind::Markdown;
    }
    auto nextContent = [&](std::size_t i) {
        while (i < n && info[i].kind == LineKind::Blank)
            ++i;
        return i;
    };
    // Second pass: kickers (need the next line) and a plain first-line title.
    // "深圳总工会：": a short line of words ending in a colon, which may label the headline below.
    auto kickerLike = [](const LineInfo &l) {
        return l.kind == LineKind::Paragraph && l.content.size() <= 20 && text::isColon(l.content.back())
               && !hasPunct(l.content.substr(0, l.content.size() - 1));
    };
    for (std::size_t i = 0; i < n; ++i) {
        LineInfo &l = info[i];
        if (!kickerLike(l))
            continue;
        // A kicker labels a headline; before a numbered section heading a colon line is a salutation.
        const std::size_t next = nextContent(i + 1);
        if (next < n && info[next].kind == LineKind::Markdown)
            l.kind = LineKind::Kicker;
    }
    if (!anyMarkdown) {
        std::size_t first = nextContent(0);
        // A kicker above a plain title.
        if (first < n && kickerLike(info[first])) {
            const std::size_t next = nextContent(first + 1);
            if (next < n && info[next].kind == LineKind::Paragraph && info[next].content.size() <= 40
                && !hasPunct(info[next].content)) {
                info[first].kind = LineKind::Kicker;
                first = next;
            }
        }
        if (first < n && info[first].kind == LineKind::Paragraph && info[first].leadTitle.empty()
            && info[first].content.size() <= 40 && !hasPunct(info[first].content)
            && !text::isSentenceEnd(info[first].content.back()))
            info[first].kind = LineKind::Title;
        // "政府工作报告——2024年3月5日在…会议上 国务院总理 李强": a title with its subtitle on one line.
        if (first < n && info[first].kind == LineKind::Paragraph && info[first].leadTitle.empty()
            && info[first].content.size() <= 100) {
            const u32v s = info[first].content;
            const std::size_t dash = s.find(U"\u2014\u2014");
            if (dash != u32v::npos && dash >= 2 && dash <= 30 && !hasPunct(s.substr(0, dash))
                && lexicon().titleEnd.matchBefore(s, dash) > 0 && !hasSentenceEndBefore(s, s.size()))
                info[first].kind = LineKind::Title;
        }
    }
    // A plain text with neither markdown nor numbered headings: a short line of words alone between
    // blank lines, before a longer paragraph, is a subheading ("坚持创新驱动").
    bool anyNumbered = false;
    for (const LineInfo &l : info)
        anyNumbered = anyNumbered || l.kind == LineKind::Numbered || !l.leadTitle.empty();
    if (!anyMarkdown && !anyNumbered) {
        for (std::size_t i = 1; i + 1 < n; ++i) {
            LineInfo &l = info[i];
            if (l.kind != LineKind::Paragraph || l.content.size() < 2 || l.content.size() > 20
                || info[i - 1].kind != LineKind::Blank || info[i + 1].kind != LineKind::Blank || hasAnyPunct(l.content))
                continue;
            bool words = true;
            for (char32_t c : l.content)
                words = words && (text::isHan(c) || text::isSpace(c));
            const std::size_t next = nextContent(i + 1);
            if (words && next < n && info[next].kind == LineKind::Paragraph
                && info[next].content.size() > l.content.size() && hasPunct(info[next].content))
                l.kind = LineKind::Title; // a heading of the top level, as the title is
        }
    }

    // Not the rest of a paragraph the line before leaves open: a blank line or a complete line before it
    // (a short line of words alone, as a headline, leaves nothing open; a reader says what it saw).
    auto alone = [&](std::size_t i) {
        if (i == 0 || info[i - 1].kind == LineKind::Blank)
            return true;
        const u32v prev = info[i - 1].content;
        if (hinted)
            return !info[i - 1].joinNext;
        return !endsOpen(prev) || (prev.size() <= 20 && !hasAnyPunct(prev));
    };
    // The level of the shallowest markdown heading (the report's titles), 7 when there is none.
    int topLevel = 7;
    for (const LineInfo &l : info)
        if (l.kind == LineKind::Markdown)
            topLevel = std::min(topLevel, l.level);
    // A file compiling several reports: a later report's title (2022 年度人力资源和社会保障事业发展统计公报:
    // a line alone with a year, a title's last word and no punctuation) is a title again, at the level of
    // the first.
    {
        auto hasYear = [](u32v s) {
            for (std::size_t k = 0; k + 4 <= s.size(); ++k)
                if ((k == 0 || !text::isDigit(s[k - 1])) && (s[k] == '1' || s[k] == '2') && (s[k + 1] == '9' || s[k + 1] == '0')
                    && text::isDigit(s[k + 2]) && text::isDigit(s[k + 3]) && (k + 4 == s.size() || !text::isDigit(s[k + 4])))
                    return true;
            return false;
        };
        for (std::size_t i = nextContent(0) + 1; i < n; ++i) {
            LineInfo &l = info[i];
            if (l.kind != LineKind::Paragraph || !l.leadTitle.empty() || l.content.size() < 8 || l.content.size() > 40
                || hasAnyPunct(l.content) || lexicon().titleEnd.matchBefore(l.content, l.content.size()) == 0
                || !hasYear(l.content) || !alone(i))
                continue;
            if (anyMarkdown) {
                l.kind = LineKind::Markdown;
                l.level = topLevel;
            } else {
                l.kind = LineKind::Title;
            }
        }
    }

    // A short line opening with a dash right under a heading is its subtitle (——记全国劳动模范张三,
    // ——《…》评读), not a point of a list nor a section: it belongs to the heading above it.
    // A headline set as a short line of words (匠心筑梦  技能报国) above such a subtitle is a heading too,
    // one level below the heading before it.
    auto subtitleLike = [](u32v s) {
        if (s.size() < 3 || s.size() > 48 || !(s[0] == 0x2014 || s[0] == 0x2015 || s[0] == 0x2500) || text::isSentenceEnd(s.back()))
            return false;
        for (std::size_t k = 2; k < s.size(); ++k) // a list of names and roles (、) is fine; a clause is not
            if (text::isComma(s[k]) || text::isSentenceEnd(s[k]) || s[k] == 0xFF1B || s[k] == ';')
                return false;
        return true;
    };
    auto wordsOnly = [](u32v s) {
        if (s.size() < 2 || s.size() > 20)
            return false;
        for (char32_t c : s)
            if (!text::isHan(c) && !text::isSpace(c))
                return false;
        return true;
    };
    int lastMarkdownLevel = 0;
    for (std::size_t i = 1; i < n; ++i) {
        LineInfo &l = info[i];
        if (info[i - 1].kind == LineKind::Markdown)
            lastMarkdownLevel = info[i - 1].level;
        if ((l.kind != LineKind::Item && l.kind != LineKind::Paragraph) || !subtitleLike(l.content))
            continue;
        std::size_t prev = i;
        while (prev > 0 && info[prev - 1].kind == LineKind::Blank)
            --prev;
        if (prev == 0 || prev + 1 < i)
            continue;
        LineInfo &above = info[prev - 1];
        if (above.kind == LineKind::Paragraph && above.leadTitle.empty() && wordsOnly(above.content)
            && (prev - 1 == 0 || info[prev - 2].kind == LineKind::Blank)) {
            if (anyMarkdown) { // lastMarkdownLevel: the last markdown heading before this line
                above.kind = LineKind::Markdown;
                above.level = std::min(6, lastMarkdownLevel + 1);
                above.marker = 0;
                topLevel = std::min(topLevel, above.level);
            } else {
                above.kind = LineKind::Title;
            }
        }
        if (above.kind == LineKind::Markdown || above.kind == LineKind::Title || above.kind == LineKind::Numbered)
            l.kind = LineKind::Subtitle;
    }
    // The body issuing a report, on a short line of its own right under the report's title
    // (中华人民共和国人力资源和社会保障部, 国家统计局), belongs to the title: not a section, nor the start
    // of the paragraph below.
    {
        for (std::size_t i = 1; i < n; ++i) {
            LineInfo &l = info[i];
            if ((l.kind != LineKind::Paragraph && l.kind != LineKind::Title && !(l.kind == LineKind::Markdown && l.level > topLevel))
                || l.content.size() < 4 || l.content.size() > 30 || hasAnyPunct(l.content)
                || lexicon().issuerEnd.matchBefore(l.content, l.content.size()) == 0)
                continue;
            std::size_t prev = i;
            while (prev > 0 && info[prev - 1].kind == LineKind::Blank)
                --prev;
            if (prev == 0)
                continue;
            const LineInfo &title = info[prev - 1];
            const bool firstTitle = nextContent(0) == prev - 1;
            if ((title.kind == LineKind::Title || (title.kind == LineKind::Markdown && title.level == topLevel))
                && ((firstTitle && l.kind != LineKind::Markdown) || lexicon().titleEnd.matchBefore(title.content, title.content.size()) > 0))
                l.kind = LineKind::Subtitle;
        }
    }

    // A spread of profiles: a short line alone `<name>：<headline>` (张建华：在毫厘之间追求极致) opens the
    // profile of that person when a paragraph about them follows — their name in its first lines, or
    // other such lines in the text.
    {
        std::vector<std::size_t> candidates;
        std::vector<u32> names;
        for (std::size_t i = 0; i < n; ++i) {
            u32 name;
            u32v headline;
            if (info[i].kind == LineKind::Paragraph && info[i].leadTitle.empty() && alone(i)
                && parseProfileHeadline(info[i].content, name, headline)) {
                candidates.push_back(i);
                names.push_back(std::move(name));
            }
        }
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            const std::size_t i = candidates[c];
            const std::size_t next = nextContent(i + 1);
            if (next >= n || (info[next].kind != LineKind::Paragraph && info[next].kind != LineKind::Speaker)
                || (c + 1 < candidates.size() && candidates[c + 1] == next) || info[next].content.size() <= info[i].content.size())
                continue;
            bool named = false;
            for (std::size_t k = next, seen = 0; k < n && seen < 3 && !named; ++k) {
                if (info[k].kind == LineKind::Blank)
                    continue;
                if (c + 1 < candidates.size() && k == candidates[c + 1])
                    break;
                named = info[k].content.find(names[c]) != u32v::npos;
                ++seen;
            }
            if (named || candidates.size() >= 2)
                info[i].kind = LineKind::Profile;
        }
    }

    // Lines of a list of points, one per line (就业：新增城镇就业12万人 / 社保：参保人数…): two or more
    // running lines that each open with a short head and a colon are points, each its own block,
    // never run together by the rules that rejoin a paragraph broken by the layout.
    auto fieldLine = [&](const LineInfo &l) {
        if ((l.kind != LineKind::Paragraph && l.kind != LineKind::Item) || l.content.size() < 4)
            return false;
        std::size_t colon = 0;
        while (colon < l.content.size() && colon <= 8 && !text::isColon(l.content[colon]))
            ++colon;
        if (colon < 2 || colon > 8 || colon + 1 >= l.content.size() || !text::isColon(l.content[colon]))
            return false;
        for (std::size_t k = 0; k < colon; ++k)
            if (!text::isHan(l.content[k]))
                return false;
        return true;
    };
    for (std::size_t i = 0; i < n;) {
        std::size_t end = i;
        while (end < n && fieldLine(info[end]))
            ++end;
        if (end - i >= 2)
            for (std::size_t k = i; k < end; ++k) {
                info[k].kind = LineKind::Item;
                info[k].complete = true;
            }
        i = end > i ? end : i + 1;
    }

    // Blocks, joining paragraphs broken by captions, credits or column breaks.
    std::vector<int> lineBlock(n, -1);
    std::vector<int> blockLeadSection; // lead title marker per block: index into info
    auto newBlock = [&](std::size_t i, BlockKind kind) {
        Block b;
        b.kind = kind;
        b.lines.push_back(static_cast<int>(i) + 1);
        b.lineOffsets.push_back(0);
        const LineInfo &l = info[i];
        b.lineColumns.push_back(l.column + static_cast<int>(l.marker));
        blockTexts.views.push_back(l.content.substr(l.marker));
        if (l.kind == LineKind::Markdown || l.kind == LineKind::Numbered || l.kind == LineKind::Title
            || l.kind == LineKind::Profile)
            b.headingLevel = std::max(1, l.level);
        doc.blocks.push_back(std::move(b));
        blockLeadSection.push_back(static_cast<int>(i));
        lineBlock[i] = static_cast<int>(doc.blocks.size()) - 1;
    };
    auto blockKind = [](LineKind k) {
        switch (k) {
        case LineKind::Markdown: case LineKind::Numbered: case LineKind::Title: case LineKind::Profile:
            return BlockKind::Heading;
        case LineKind::Kicker: return BlockKind::Kicker;
        case LineKind::Subtitle: return BlockKind::Subtitle;
        case LineKind::Byline: return BlockKind::Byline;
        case LineKind::Caption: return BlockKind::Caption;
        case LineKind::Credit: return BlockKind::Credit;
        case LineKind::Item: return BlockKind::Item;
        case LineKind::Speaker: return BlockKind::Speaker;
        case LineKind::TableRow: return BlockKind::Table;
        default: return BlockKind::Paragraph;
        }
    };
    // A table: its rows (the lines of one table, in order) joined by '\n', cells split at tabs.
    auto addTableRows = [&](std::size_t first, int b) {
        Block &block = doc.blocks[b];
        auto addCells = [&](u32v row) {
            std::vector<std::string> &cells = block.cells.emplace_back();
            std::size_t start = 0;
            for (std::size_t k = 0; k <= row.size(); ++k)
                if (k == row.size() || row[k] == '\t') {
                    cells.push_back(text::toUtf8(text::trim(row.substr(start, k - start))));
                    start = k + 1;
                }
        };
        addCells(info[first].content);
        block.headerRows = hinted && hints[first].tableHeader ? 1 : 0;
        bool headers = block.headerRows > 0;
        u32 *joined = nullptr;
        for (std::size_t j = first + 1; j < n && info[j].kind == LineKind::TableRow && info[j].table == info[first].table;
             ++j) {
            if (!joined)
                joined = &blockTexts.joined.emplace_back(blockTexts[b]);
            joined->push_back('\n');
            block.lines.push_back(static_cast<int>(j) + 1);
            block.lineOffsets.push_back(static_cast<int>(joined->size()));
            block.lineColumns.push_back(1);
            joined->append(info[j].content);
            blockTexts.views[b] = *joined;
            lineBlock[j] = b;
            addCells(info[j].content);
            headers = headers && hints[j].tableHeader;
            if (headers)
                ++block.headerRows;
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (info[i].kind == LineKind::Blank || lineBlock[i] >= 0)
            continue;
        newBlock(i, blockKind(info[i].kind));
        const int b = static_cast<int>(doc.blocks.size()) - 1;
        const BlockKind kind = doc.blocks[b].kind;
        if (kind == BlockKind::Table) {
            addTableRows(i, b);
            continue;
        }
        if (((kind != BlockKind::Paragraph && kind != BlockKind::Item && kind != BlockKind::Speaker) || info[i].introOnly)
            && !info[i].joinNext)
            continue;
        std::size_t last = i;
        u32 *joined = nullptr;
        const bool prose = kind == BlockKind::Paragraph || kind == BlockKind::Item || kind == BlockKind::Speaker;
        while (info[last].joinNext || (prose && !info[last].complete && endsOpen(blockTexts[b]))) {
            std::size_t j = last + 1;
            bool caption = false, blank = false;
            std::vector<std::size_t> skipped;
            const bool known = info[last].joinNext; // the reader saw the paragraph go on
            if (known && (j >= n || info[j].kind == LineKind::Blank || info[j].kind == LineKind::TableRow
                          || lineBlock[j] >= 0))
                break;
            while (!known && j < n) {
                const LineKind k = info[j].kind;
                if (k == LineKind::Blank) {
                    blank = true;
                } else if (k == LineKind::Caption || k == LineKind::Credit) {
                    caption = true;
                    skipped.push_back(j);
                } else {
                    break;
                }
                ++j;
            }
            if (!known && (j >= n || info[j].kind != LineKind::Paragraph || !info[j].leadTitle.empty()
                           || lineBlock[j] >= 0 || ((caption || blank) && hinted)))
                break;
            // A short line without punctuation is a name or a signature ("国务院总理　李强"), and
            // across a gap only prose continues prose: both sides hold punctuation or quotes (a
            // subtitle such as "——2025年3月5日在…会议上" has none).
            const u32v next = info[j].content;
            if (!known && next.size() <= 20 && !hasPunct(next) && !text::isSentenceEnd(next.back()))
                break;
            if ((caption || blank) && (!hasAnyPunct(blockTexts[b]) || !hasAnyPunct(next) || startsWithDateLead(next)))
                break;
            Block &block = doc.blocks[b];
            block.lines.push_back(static_cast<int>(j) + 1);
            if (!joined)
                joined = &blockTexts.joined.emplace_back(blockTexts[b]);
            block.lineOffsets.push_back(static_cast<int>(joined->size()));
            block.lineColumns.push_back(info[j].column);
            joined->append(info[j].content);
            blockTexts.views[b] = *joined;
            lineBlock[j] = b;
            if (caption || blank)
                doc.diagnostics.push_back({caption ? DiagnosticCode::ParagraphJoinedCaption
                                                   : DiagnosticCode::ParagraphJoinedColumnBreak,
                                           static_cast<int>(last) + 1, 0, static_cast<int>(j) + 1});
            // The captions the paragraph was broken by come after it.
            for (std::size_t k : skipped)
                newBlock(k, blockKind(info[k].kind));
            last = j;
        }
    }

    // Heading levels: markdown levels relative to the shallowest; numbered ranks nest below them.
    int minHashes = 7;
    std::set<int> ranks;
    for (const LineInfo &l : info) {
        if (l.kind == LineKind::Markdown)
            minHashes = std::min(minHashes, l.level);
        if (l.kind == LineKind::Numbered || !l.leadTitle.empty())
            ranks.insert(l.level);
    }
    auto rankIndex = [&](int rank) {
        return static_cast<int>(std::distance(ranks.begin(), ranks.find(rank))) + 1;
    };

    // Sections.
    std::vector<int> stack; // indices of open sections, deepest last
    int pendingKicker = -1;
    int markdownLevel = 0;  // level of the current markdown section (numbered ones nest below it)
    auto openSection = [&](const u32 &title, int level, int firstLine) {
        while (!stack.empty() && doc.sections[stack.back()].level >= level)
            stack.pop_back();
        Section s;
        s.id = "s"; // built in two steps: GCC 12 warns falsely on "s" + std::string (PR 105329)
        s.id += std::to_string(doc.sections.size() + 1);
        s.title = text::toUtf8(title);
        s.level = level;
        s.parent = stack.empty() ? -1 : stack.back();
        s.firstLine = firstLine;
        s.lastLine = firstLine;
        doc.sections.push_back(std::move(s));
        stack.push_back(static_cast<int>(doc.sections.size()) - 1);
    };
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        Block &block = doc.blocks[b];
        const LineInfo &l = info[block.lines.front() - 1];
        const bool isHeading = block.kind == BlockKind::Heading;
        const bool afterIntro = b > 0 && doc.blocks[b - 1].kind == BlockKind::Speaker
                                && text::isColon(blockTexts[b - 1].back());
        if (block.kind == BlockKind::Kicker) {
            pendingKicker = static_cast<int>(b);
            continue;
        }
        bool opens = false;
        int level = 1;
        if (isHeading && !afterIntro) {
            opens = true;
            if (l.kind == LineKind::Markdown) {
                level = l.level - minHashes + 1;
                markdownLevel = level;
            } else if (l.kind == LineKind::Title) {
                level = 1;
            } else if (l.kind == LineKind::Profile) {
                // one below the section the spread is in, beside the other profiles
                int base = 0;
                for (auto it = stack.rbegin(); it != stack.rend() && base == 0; ++it)
                    if (doc.sections[*it].kind != SectionKind::Profiles)
                        base = doc.sections[*it].level;
                level = base + 1;
            } else {
                level = markdownLevel + rankIndex(l.level);
            }
        } else if (!l.leadTitle.empty() && block.kind == BlockKind::Paragraph) {
            opens = true;
            level = markdownLevel + rankIndex(l.level);
        }
        if (opens) {
            u32 title = l.leadTitle.empty() ? u32(l.kind == LineKind::Title ? titleWithoutSubtitle(blockTexts[b]) : blockTexts[b]) : l.leadTitle;
            u32 name;
            u32v headline;
            if (l.kind == LineKind::Profile && parseProfileHeadline(blockTexts[b], name, headline))
                title = name + U"\uFF1A" + u32(headline); // 李  娟 → 李娟：…
            const int first = pendingKicker >= 0 ? doc.blocks[pendingKicker].lines.front() : block.lines.front();
            openSection(title, level, first);
            if (l.kind == LineKind::Profile)
                doc.sections.back().kind = SectionKind::Profiles;
            if (pendingKicker >= 0)
                doc.blocks[pendingKicker].section = stack.back();
        } else if (stack.empty()) {
            // Text before the first heading: a preamble section.
            const int first = pendingKicker >= 0 ? doc.blocks[pendingKicker].lines.front() : block.lines.front();
            openSection(u32(), 1, first);
            doc.sections.back().kind = SectionKind::Other;
            if (pendingKicker >= 0)
                doc.blocks[pendingKicker].section = stack.back();
        }
        pendingKicker = -1;
        block.section = stack.back();
    }
    if (pendingKicker >= 0) {
        if (stack.empty())
            openSection(u32(), 1, doc.blocks[pendingKicker].lines.front());
        doc.blocks[pendingKicker].section = stack.back();
    }
    // A credit closing a spread of profiles (（本报记者…采访整理）) is the spread's, not its last profile's;
    // one between two profiles (a photo's) stays with its profile.
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        Block &block = doc.blocks[b];
        if (block.kind != BlockKind::Credit || block.section < 0 || doc.sections[block.section].kind != SectionKind::Profiles
            || doc.sections[block.section].parent < 0)
            continue;
        const int parent = doc.sections[block.section].parent;
        const int after = b + 1 < doc.blocks.size() ? doc.blocks[b + 1].section : -1;
        if (after != block.section && (after < 0 || doc.sections[after].kind != SectionKind::Profiles || doc.sections[after].parent != parent))
            block.section = parent;
    }
    // Last lines extend over every block of the section and its descendants.
    for (const Block &block : doc.blocks) {
        for (int s = block.section; s >= 0; s = doc.sections[s].parent)
            doc.sections[s].lastLine = std::max(doc.sections[s].lastLine, block.lines.back());
    }
    bool anyHeading = false;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        if (doc.blocks[b].kind != BlockKind::Heading)
            continue;
        anyHeading = true;
        const LineKind k = info[doc.blocks[b].lines.front() - 1].kind;
        const bool titleLike = anyMarkdown ? k == LineKind::Markdown : k == LineKind::Title;
        if (titleLike && doc.title.empty())
            doc.title = text::toUtf8(titleWithoutSubtitle(blockTexts[b]));
    }
    if (!anyHeading && !doc.blocks.empty())
        doc.diagnostics.push_back({DiagnosticCode::NoStructure, 0, 0, 0});
    nameUntitled(doc, blockTexts);
}

} // namespace reportcore
