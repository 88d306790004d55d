#include "people/representatives.h"

#include "structure/introductions.h"
#include "text/lexicon.h"

namespace reportcore {
namespace {

using text::u32;
using text::u32v;

constexpr char32_t kFullStop = 0x3002;

/** The index of the quote that closes the one opening at `open` (“…” or, in Traditional text, 「…」),
 *  or npos. */
std::size_t closingQuote(u32v t, std::size_t open)
{
    if (open >= t.size() || (t[open] != 0x201C && t[open] != 0x300C))
        return u32v::npos;
    const char32_t opening = t[open], closing = opening == 0x201C ? 0x201D : 0x300D;
    int depth = 0;
    for (std::size_t i = open; i < t.size(); ++i) {
        if (t[i] == opening) {
            ++depth;
        } else if (t[i] == closing) {
            if (--depth == 0)
                return i;
        }
    }
    return u32v::npos;
}

/** A statement paragraph under an introduction that has none (a spread of delegates' statements):
 *  the whole paragraph when the introduction ends in a colon, the quotation when the paragraph is
 *  one (“…”), the rest when it opens with a speech verb (建议加快…); else empty. */
u32v statementUnder(u32v intro, u32v paragraph)
{
    const u32v p = text::trim(paragraph);
    if (p.empty())
        return {};
    if (!intro.empty() && text::isColon(intro.back()))
        return p;
    if (const std::size_t close = closingQuote(p, 0); close != u32v::npos && close + 2 >= p.size()
        && (close + 1 == p.size() || text::isSentenceEnd(p.back())))
        return p.substr(1, close - 1);
    if (const std::size_t verb = lexicon().speechVerb.matchAt(p, 0); verb > 0 && verb < p.size()) {
        // 表示，要… drops the verb and its comma; 建议加快… keeps the proposal whole
        if (text::isComma(p[verb]) || text::isColon(p[verb]))
            return text::trim(p.substr(verb + 1));
        return p;
    }
    return {};
}

/** What `name` is quoted as saying in one paragraph: quotes attributed to them ("…"某某说) and the
 *  rest of a paragraph after 某某表示/说/指出…. */
u32 statementIn(u32v t, u32v name)
{
    const Lexicon &lex = lexicon();
    u32 out;
    std::size_t consumed = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if ((t[i] != 0x201C && t[i] != 0x300C) || i < consumed)
            continue;
        const std::size_t close = closingQuote(t, i);
        if (close == u32v::npos)
            break;
        // Attribution: the name and a speech verb before the sentence ends.
        std::size_t end = close + 1;
        while (end < t.size() && end < close + 60 && t[end] != kFullStop && t[end] != 0x201C && t[end] != 0x300C)
            ++end;
        const u32v after = t.substr(close + 1, end - close - 1);
        const std::size_t at = after.find(name);
        if (at != u32v::npos && lex.speechVerb.matchAt(after, at + name.size()) > 0) {
            out.append(t.substr(i + 1, close - i - 1));
            consumed = end;
        }
        i = close;
    }
    for (std::size_t at = t.find(name); at != u32v::npos; at = t.find(name, at + 1)) {
        if (at < consumed)
            continue;
        const std::size_t verb = lex.speechVerb.matchAt(t, at + name.size());
        if (verb == 0)
            continue;
        std::size_t start = at + name.size() + verb;
        if (start >= t.size() || !(text::isComma(t[start]) || text::isColon(t[start])))
            continue;
        ++start;
        out.append(text::trim(t.substr(start)));
        break;
    }
    return out;
}

} // namespace

void extractRepresentatives(Document &doc, const BlockTexts &blockTexts)
{
    std::vector<int> inlineCount(doc.sections.size(), 0), profileCount(doc.sections.size(), 0);
    // The headline of a profile section opened by `<name>：<headline>`, by section.
    std::vector<u32v> profileHeadline(doc.sections.size());
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block &block = doc.blocks[b];
        u32 name;
        u32v headline;
        if (block.kind == BlockKind::Heading && block.section >= 0 && doc.sections[block.section].kind == SectionKind::Profiles
            && profileHeadline[block.section].empty() && parseProfileHeadline(blockTexts[b], name, headline))
            profileHeadline[block.section] = headline;
    }
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block &block = doc.blocks[b];
        SpeakerIntro intro;
        // A speaker's introduction, a profile's paragraph opening `<congress><name>是<roles>` or
        // `<name>是<congress>、<roles>`, or a headline's subtitle `——记<congress>、<roles> <name>`.
        const bool described = block.kind == BlockKind::Paragraph && parseCongressNameIs(blockTexts[b], intro);
        bool subtitled = false;
        if (!described && block.kind == BlockKind::Subtitle) {
            u32v rest = blockTexts[b];
            while (!rest.empty() && (rest[0] == 0x2014 || rest[0] == 0x2015 || rest[0] == 0x2500 || text::isSpace(rest[0])))
                rest.remove_prefix(1);
            if (!rest.empty() && rest[0] == 0x8BB0) // 记
                rest.remove_prefix(1);
            SpeakerIntro inSubtitle;
            if (parseSpeakerIntro(rest, inSubtitle) && inSubtitle.afterColon >= rest.size()) {
                intro = std::move(inSubtitle);
                intro.nameOffset += static_cast<std::size_t>(rest.data() - blockTexts[b].data());
                intro.afterColon = blockTexts[b].size();
                subtitled = true;
            }
        }
        if (!described && !subtitled && (block.kind != BlockKind::Speaker || !parseSpeakerIntro(blockTexts[b], intro)))
            continue;
        // One person introduced twice in a profile (its subtitle, then its first sentence) is one representative.
        // (Representatives come in block order: only the last ones can share this section.)
        const std::string name = text::toUtf8(intro.name);
        bool again = false;
        for (auto r = doc.representatives.rbegin(); r != doc.representatives.rend() && r->section == block.section && !again; ++r)
            again = r->name == name;
        if (again)
            continue;
        Representative rep;
        rep.name = text::toUtf8(intro.name);
        rep.congress = text::toUtf8(intro.congress);
        rep.organization = text::toUtf8(intro.organization);
        for (const u32 &role : intro.roles)
            rep.roles.push_back(text::toUtf8(role));
        rep.section = block.section;
        rep.line = block.lines.front();
        rep.column = block.lineColumns.front() + static_cast<int>(intro.nameOffset);
        rep.block = static_cast<int>(b);

        const u32v said = text::trim(u32v(blockTexts[b]).substr(intro.afterColon));
        if (!said.empty()) {
            rep.statement = text::toUtf8(said);
            if (rep.section >= 0)
                ++inlineCount[rep.section];
        } else if (const u32v under = !described && b + 1 < doc.blocks.size() && doc.blocks[b + 1].kind == BlockKind::Paragraph
                                           && doc.blocks[b + 1].section == block.section
                                           ? statementUnder(text::trim(blockTexts[b]), blockTexts[b + 1]) : u32v();
                   !under.empty()) {
            // "全国人大代表、…董事长  丁建隆" over "建议加快…": a statement of a spread of statements
            rep.statement = text::toUtf8(under);
            if (rep.section >= 0)
                ++inlineCount[rep.section];
        } else {
            if (rep.section >= 0)
                ++profileCount[rep.section];
            std::size_t next = described ? b : b + 1;
            if (block.section >= 0 && !profileHeadline[block.section].empty()) {
                rep.headline = text::toUtf8(profileHeadline[block.section]); // 李娟：守护城市的“生命线”
            } else if (subtitled && b > 0 && doc.blocks[b - 1].kind == BlockKind::Heading) {
                rep.headline = text::toUtf8(blockTexts[b - 1]); // 匠心筑梦  技能报国 / ——记…
            } else if (!described && next < doc.blocks.size() && doc.blocks[next].kind == BlockKind::Heading) {
                rep.headline = text::toUtf8(blockTexts[next]);
                ++next;
            } else if (b > 0 && doc.blocks[b - 1].kind == BlockKind::Heading && block.section >= 0
                       && doc.blocks[b - 1].section == block.section && doc.sections[block.section].level >= 2) {
                // "### 深耕数字工会" above the introduction: a subsection of its own, titled by the headline.
                rep.headline = text::toUtf8(blockTexts[b - 1]);
            }
            u32 statement;
            for (std::size_t k = next; k < doc.blocks.size(); ++k) {
                const Block &other = doc.blocks[k];
                if ((other.kind == BlockKind::Speaker && k != b) || other.section != block.section
                    || other.kind == BlockKind::Heading)
                    break;
                if (other.kind == BlockKind::Paragraph)
                    statement += statementIn(blockTexts[k], intro.name);
            }
            rep.statement = text::toUtf8(statement);
        }
        doc.representatives.push_back(std::move(rep));
    }
    // A section whose text (or whose subsections' text) is prose is an article.
    std::vector<char> prose(doc.sections.size(), 0);
    std::vector<int> proseBlocks(doc.sections.size(), 0);
    for (const Block &block : doc.blocks) {
        if (block.kind == BlockKind::Paragraph || block.kind == BlockKind::Item) {
            if (block.section >= 0)
                ++proseBlocks[block.section];
            for (int s = block.section; s >= 0 && !prose[s]; s = doc.sections[s].parent)
                prose[s] = 1;
        }
    }
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        Section &section = doc.sections[s];
        if (profileCount[s] > 0 || !profileHeadline[s].empty())
            section.kind = SectionKind::Profiles;
        else if (inlineCount[s] > 0 && inlineCount[s] >= proseBlocks[s])
            section.kind = SectionKind::Messages; // mostly what delegates say, not an article quoting one
        else
            section.kind = prose[s] ? SectionKind::Article : SectionKind::Other;
    }
}

} // namespace reportcore
