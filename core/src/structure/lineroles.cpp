// The passes that settle a line's role from the lines around it: kickers and the plain title,
// subheadings of a plain text, the titles of a compiled file, subtitles, the issuer under a title,
// the headlines of a spread of profiles, lists of points.
#include "structure/passes.h"

#include "structure/introductions.h"
#include "text/lexicon.h"

#include <algorithm>

namespace reportcore::structure {

using text::u32;
using text::u32v;

void classifyLines(Lines &lines, const Progress &progress)
{
    std::vector<LineInfo> &info = lines.info;
    for (std::size_t i = 0; i < lines.n; ++i) {
        progress.step(i, lines.n);
        info[i] = classify(lines.raw[i]);
        if (lines.hinted && !isGap(info[i].kind)) {
            applyHint(info[i], lines.raw[i], lines.hints[i]);
            if (i > 0 && info[i - 1].joinNext && info[i].kind != LineKind::TableRow) {
                info[i].kind = LineKind::Paragraph; // the rest of a paragraph, whatever its form
                info[i].leadTitle.clear();
                info[i].marker = 0;
            }
        }
        lines.anyMarkdown = lines.anyMarkdown || info[i].kind == LineKind::Markdown;
    }
}

namespace {

// "深圳总工会：": a short line of words ending in a colon, which may label the headline below.
bool kickerLike(const LineInfo &l)
{
    return l.kind == LineKind::Paragraph && l.content.size() <= 20 && text::isColon(l.content.back())
           && !hasPunct(l.content.substr(0, l.content.size() - 1));
}

} // namespace

void findKickersAndTitle(Lines &lines)
{
    std::vector<LineInfo> &info = lines.info;
    const std::size_t n = lines.n;
    for (std::size_t i = 0; i < n; ++i) {
        LineInfo &l = info[i];
        if (!kickerLike(l))
            continue;
        // A kicker labels a headline; before a numbered section heading a colon line is a salutation.
        const std::size_t next = lines.nextContent(i + 1);
        if (next < n && info[next].kind == LineKind::Markdown)
            l.kind = LineKind::Kicker;
    }
    if (lines.anyMarkdown)
        return;
    std::size_t first = lines.nextContent(0);
    // A kicker above a plain title.
    if (first < n && kickerLike(info[first])) {
        const std::size_t next = lines.nextContent(first + 1);
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

void findPlainSubheadings(Lines &lines)
{
    // A plain text with neither markdown nor numbered headings: a short line of words alone between
    // blank lines, before a longer paragraph, is a subheading ("坚持创新驱动").
    std::vector<LineInfo> &info = lines.info;
    bool anyNumbered = false;
    for (const LineInfo &l : info)
        anyNumbered = anyNumbered || l.kind == LineKind::Numbered || !l.leadTitle.empty();
    if (lines.anyMarkdown || anyNumbered)
        return;
    for (std::size_t i = 1; i + 1 < lines.n; ++i) {
        LineInfo &l = info[i];
        if (l.kind != LineKind::Paragraph || l.content.size() < 2 || l.content.size() > 20
            || !isGap(info[i - 1].kind) || !isGap(info[i + 1].kind) || hasAnyPunct(l.content))
            continue;
        bool words = true;
        for (char32_t c : l.content)
            words = words && (text::isHan(c) || text::isSpace(c));
        const std::size_t next = lines.nextContent(i + 1);
        if (words && next < lines.n && info[next].kind == LineKind::Paragraph
            && info[next].content.size() > l.content.size() && hasPunct(info[next].content))
            l.kind = LineKind::Title; // a heading of the top level, as the title is
    }
}

void findTopLevel(Lines &lines)
{
    for (const LineInfo &l : lines.info)
        if (l.kind == LineKind::Markdown)
            lines.topLevel = std::min(lines.topLevel, l.level);
}

namespace {

bool hasYear(u32v s)
{
    for (std::size_t k = 0; k + 4 <= s.size(); ++k)
        if ((k == 0 || !text::isDigit(s[k - 1])) && (s[k] == '1' || s[k] == '2') && (s[k + 1] == '9' || s[k + 1] == '0')
            && text::isDigit(s[k + 2]) && text::isDigit(s[k + 3]) && (k + 4 == s.size() || !text::isDigit(s[k + 4])))
            return true;
    return false;
}

} // namespace

void findCompiledTitles(Lines &lines)
{
    // A file compiling several reports: a later report's title (2022 年度人力资源和社会保障事业发展统计公报:
    // a line alone with a year, a title's last word and no punctuation) is a title again, at the level of
    // the first.
    for (std::size_t i = lines.nextContent(0) + 1; i < lines.n; ++i) {
        LineInfo &l = lines.info[i];
        if (l.kind != LineKind::Paragraph || !l.leadTitle.empty() || l.content.size() < 8 || l.content.size() > 40
            || hasAnyPunct(l.content) || lexicon().titleEnd.matchBefore(l.content, l.content.size()) == 0
            || !hasYear(l.content) || !lines.alone(i))
            continue;
        if (lines.anyMarkdown) {
            l.kind = LineKind::Markdown;
            l.level = lines.topLevel;
        } else {
            l.kind = LineKind::Title;
        }
    }
}

namespace {

bool subtitleLike(u32v s)
{
    if (s.size() < 3 || s.size() > 48 || !(s[0] == 0x2014 || s[0] == 0x2015 || s[0] == 0x2500) || text::isSentenceEnd(s.back()))
        return false;
    for (std::size_t k = 2; k < s.size(); ++k) // a list of names and roles (、) is fine; a clause is not
        if (text::isComma(s[k]) || text::isSentenceEnd(s[k]) || s[k] == 0xFF1B || s[k] == ';')
            return false;
    return true;
}

bool wordsOnly(u32v s)
{
    if (s.size() < 2 || s.size() > 20)
        return false;
    for (char32_t c : s)
        if (!text::isHan(c) && !text::isSpace(c))
            return false;
    return true;
}

} // namespace

void findSubtitles(Lines &lines)
{
    // A short line opening with a dash right under a heading is its subtitle (——记全国劳动模范张三,
    // ——《…》评读), not a point of a list nor a section: it belongs to the heading above it.
    // A headline set as a short line of words (匠心筑梦  技能报国) above such a subtitle is a heading too,
    // one level below the heading before it.
    std::vector<LineInfo> &info = lines.info;
    int lastMarkdownLevel = 0;
    for (std::size_t i = 1; i < lines.n; ++i) {
        LineInfo &l = info[i];
        if (info[i - 1].kind == LineKind::Markdown)
            lastMarkdownLevel = info[i - 1].level;
        if ((l.kind != LineKind::Item && l.kind != LineKind::Paragraph) || !subtitleLike(l.content))
            continue;
        std::size_t prev = i;
        while (prev > 0 && isGap(info[prev - 1].kind))
            --prev;
        if (prev == 0 || prev + 1 < i)
            continue;
        LineInfo &above = info[prev - 1];
        if (above.kind == LineKind::Paragraph && above.leadTitle.empty() && wordsOnly(above.content)
            && (prev - 1 == 0 || isGap(info[prev - 2].kind))) {
            if (lines.anyMarkdown) { // lastMarkdownLevel: the last markdown heading before this line
                above.kind = LineKind::Markdown;
                above.level = std::min(6, lastMarkdownLevel + 1);
                above.marker = 0;
                lines.topLevel = std::min(lines.topLevel, above.level);
            } else {
                above.kind = LineKind::Title;
            }
        }
        if (above.kind == LineKind::Markdown || above.kind == LineKind::Title || above.kind == LineKind::Numbered)
            l.kind = LineKind::Subtitle;
    }
}

void findIssuerLines(Lines &lines)
{
    // The body issuing a report, on a short line of its own right under the report's title
    // (中华人民共和国人力资源和社会保障部, 国家统计局), belongs to the title: not a section, nor the start
    // of the paragraph below.
    std::vector<LineInfo> &info = lines.info;
    const int topLevel = lines.topLevel;
    for (std::size_t i = 1; i < lines.n; ++i) {
        LineInfo &l = info[i];
        if ((l.kind != LineKind::Paragraph && l.kind != LineKind::Title && !(l.kind == LineKind::Markdown && l.level > topLevel))
            || l.content.size() < 4 || l.content.size() > 30 || hasAnyPunct(l.content)
            || lexicon().issuerEnd.matchBefore(l.content, l.content.size()) == 0)
            continue;
        std::size_t prev = i;
        while (prev > 0 && isGap(info[prev - 1].kind))
            --prev;
        if (prev == 0)
            continue;
        const LineInfo &title = info[prev - 1];
        const bool firstTitle = lines.nextContent(0) == prev - 1;
        if ((title.kind == LineKind::Title || (title.kind == LineKind::Markdown && title.level == topLevel))
            && ((firstTitle && l.kind != LineKind::Markdown) || lexicon().titleEnd.matchBefore(title.content, title.content.size()) > 0))
            l.kind = LineKind::Subtitle;
    }
}

void findProfileHeadlines(Lines &lines)
{
    // A spread of profiles: a short line alone `<name>：<headline>` (张建华：在毫厘之间追求极致) opens the
    // profile of that person when a paragraph about them follows — their name in its first lines, or
    // other such lines in the text.
    std::vector<LineInfo> &info = lines.info;
    const std::size_t n = lines.n;
    std::vector<std::size_t> candidates;
    std::vector<u32> names;
    for (std::size_t i = 0; i < n; ++i) {
        u32 name;
        u32v headline;
        if (info[i].kind == LineKind::Paragraph && info[i].leadTitle.empty() && lines.alone(i)
            && parseProfileHeadline(info[i].content, name, headline)) {
            candidates.push_back(i);
            names.push_back(std::move(name));
        }
    }
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const std::size_t i = candidates[c];
        const std::size_t next = lines.nextContent(i + 1);
        if (next >= n || (info[next].kind != LineKind::Paragraph && info[next].kind != LineKind::Speaker)
            || (c + 1 < candidates.size() && candidates[c + 1] == next) || info[next].content.size() <= info[i].content.size())
            continue;
        bool named = false;
        for (std::size_t k = next, seen = 0; k < n && seen < 3 && !named; ++k) {
            if (isGap(info[k].kind))
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

namespace {

// 就业：新增城镇就业12万人: a short head of Chinese characters and a colon opening the line.
bool fieldLine(const LineInfo &l)
{
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
}

} // namespace

void findFieldLists(Lines &lines)
{
    // Lines of a list of points, one per line (就业：新增城镇就业12万人 / 社保：参保人数…): two or more
    // running lines that each open with a short head and a colon are points, each its own block,
    // never run together by the rules that rejoin a paragraph broken by the layout.
    for (std::size_t i = 0; i < lines.n;) {
        std::size_t end = i;
        while (end < lines.n && fieldLine(lines.info[end]))
            ++end;
        if (end - i >= 2)
            for (std::size_t k = i; k < end; ++k) {
                lines.info[k].kind = LineKind::Item;
                lines.info[k].complete = true;
            }
        i = end > i ? end : i + 1;
    }
}

void findNoteLists(Lines &lines)
{
    // 注：1.本公报中数据为初步统计数。 then 2. … 3. …: the points of a report's notes are items, never
    // headings nor sections, up to the next heading or table.
    std::vector<LineInfo> &info = lines.info;
    for (std::size_t i = 0; i < lines.n; ++i) {
        const u32v c = info[i].content;
        if (c.size() < 3 || c[0] != 0x6CE8 || !text::isColon(c[1])) // 注：
            continue;
        for (std::size_t j = i + 1; j < lines.n; ++j) {
            LineInfo &l = info[j];
            if (l.kind == LineKind::Numbered || (l.kind == LineKind::Paragraph && !l.leadTitle.empty())) {
                l.kind = LineKind::Item; // with its number: the notes are cited by it
                l.leadTitle.clear();
                l.marker = 0;
            } else if (l.kind != LineKind::Paragraph && l.kind != LineKind::Item && !isGap(l.kind)) {
                break;
            }
        }
    }
}

} // namespace reportcore::structure
