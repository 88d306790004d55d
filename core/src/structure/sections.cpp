// Blocks → sections: heading levels (markdown relative to the shallowest, numbered ranks below),
// the section each block belongs to, the spread's closing credit, the sections' last lines, the
// document's title, and a name for every untitled section.
#include "structure/passes.h"

#include "structure/introductions.h"
#include "text/lexicon.h"

#include <algorithm>
#include <set>

namespace reportcore::structure {

using text::u32;
using text::u32v;

namespace {

class SectionBuilder {
public:
    SectionBuilder(const Lines &lines, Document &doc, const BlockTexts &blockTexts)
        : m_info(lines.info), m_doc(doc), m_texts(blockTexts)
    {
        // Heading levels: markdown levels relative to the shallowest; numbered ranks nest below them.
        for (const LineInfo &l : m_info) {
            if (l.kind == LineKind::Markdown)
                m_minHashes = std::min(m_minHashes, l.level);
            if (l.kind == LineKind::Numbered || !l.leadTitle.empty())
                m_ranks.insert(l.level);
        }
    }

    void run()
    {
        for (std::size_t b = 0; b < m_doc.blocks.size(); ++b) {
            if (m_doc.blocks[b].kind == BlockKind::Kicker) {
                m_pendingKicker = static_cast<int>(b);
                continue;
            }
            place(b);
        }
        if (m_pendingKicker >= 0) {
            if (m_stack.empty())
                openSection(u32(), 1, m_doc.blocks[m_pendingKicker].lines.front());
            m_doc.blocks[m_pendingKicker].section = m_stack.back();
        }
    }

private:
    int rankIndex(int rank) const
    {
        return static_cast<int>(std::distance(m_ranks.begin(), m_ranks.find(rank))) + 1;
    }

    void openSection(const u32 &title, int level, int firstLine)
    {
        while (!m_stack.empty() && m_doc.sections[m_stack.back()].level >= level)
            m_stack.pop_back();
        Section s;
        s.id = "s"; // built in two steps: GCC 12 warns falsely on "s" + std::string (PR 105329)
        s.id += std::to_string(m_doc.sections.size() + 1);
        s.title = text::toUtf8(title);
        s.level = level;
        s.parent = m_stack.empty() ? -1 : m_stack.back();
        s.firstLine = firstLine;
        s.lastLine = firstLine;
        m_doc.sections.push_back(std::move(s));
        m_stack.push_back(static_cast<int>(m_doc.sections.size()) - 1);
    }

    /** The level of the section heading line `l` opens. */
    int levelOf(const LineInfo &l)
    {
        if (l.kind == LineKind::Markdown) {
            m_markdownLevel = l.level - m_minHashes + 1;
            return m_markdownLevel;
        }
        if (l.kind == LineKind::Title)
            return 1;
        if (l.kind == LineKind::Profile) {
            // one below the section the spread is in, beside the other profiles
            int base = 0;
            for (auto it = m_stack.rbegin(); it != m_stack.rend() && base == 0; ++it)
                if (m_doc.sections[*it].kind != SectionKind::Profiles)
                    base = m_doc.sections[*it].level;
            return base + 1;
        }
        return m_markdownLevel + rankIndex(l.level);
    }

    /** Block `b` opens a section or joins the one open; a kicker waiting for it goes with it. */
    void place(std::size_t b)
    {
        Block &block = m_doc.blocks[b];
        const LineInfo &l = m_info[block.lines.front() - 1];
        const bool afterIntro = b > 0 && m_doc.blocks[b - 1].kind == BlockKind::Speaker
                                && text::isColon(m_texts[b - 1].back());
        const bool heading = block.kind == BlockKind::Heading && !afterIntro;
        const bool lead = !heading && !l.leadTitle.empty() && block.kind == BlockKind::Paragraph;
        const int first = m_pendingKicker >= 0 ? m_doc.blocks[m_pendingKicker].lines.front() : block.lines.front();
        if (heading || lead) {
            const int level = heading ? levelOf(l) : m_markdownLevel + rankIndex(l.level);
            u32 title = l.leadTitle.empty() ? u32(l.kind == LineKind::Title ? titleWithoutSubtitle(m_texts[b]) : m_texts[b])
                                            : l.leadTitle;
            u32 name;
            u32v headline;
            if (l.kind == LineKind::Profile && parseProfileHeadline(m_texts[b], name, headline))
                title = name + U"\uFF1A" + u32(headline); // 李  娟 → 李娟：…
            openSection(title, level, first);
            if (l.kind == LineKind::Profile)
                m_doc.sections.back().kind = SectionKind::Profiles;
            if (m_pendingKicker >= 0)
                m_doc.blocks[m_pendingKicker].section = m_stack.back();
        } else if (m_stack.empty()) {
            // Text before the first heading: a preamble section.
            openSection(u32(), 1, first);
            m_doc.sections.back().kind = SectionKind::Other;
            if (m_pendingKicker >= 0)
                m_doc.blocks[m_pendingKicker].section = m_stack.back();
        }
        m_pendingKicker = -1;
        block.section = m_stack.back();
    }

    const std::vector<LineInfo> &m_info;
    Document &m_doc;
    const BlockTexts &m_texts;
    int m_minHashes = 7;
    std::set<int> m_ranks;
    std::vector<int> m_stack; // indices of open sections, deepest last
    int m_pendingKicker = -1;
    int m_markdownLevel = 0;  // level of the current markdown section (numbered ones nest below it)
};

} // namespace

void buildSections(const Lines &lines, Document &doc, const BlockTexts &blockTexts)
{
    SectionBuilder(lines, doc, blockTexts).run();
}

void moveClosingCredits(Document &doc)
{
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
}

void extendLastLines(Document &doc)
{
    // Last lines extend over every block of the section and its descendants.
    for (const Block &block : doc.blocks) {
        for (int s = block.section; s >= 0; s = doc.sections[s].parent)
            doc.sections[s].lastLine = std::max(doc.sections[s].lastLine, block.lines.back());
    }
}

void findDocumentTitle(const Lines &lines, Document &doc, const BlockTexts &blockTexts)
{
    bool anyHeading = false;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        if (doc.blocks[b].kind != BlockKind::Heading)
            continue;
        anyHeading = true;
        const LineKind k = lines.info[doc.blocks[b].lines.front() - 1].kind;
        const bool titleLike = lines.anyMarkdown ? k == LineKind::Markdown : k == LineKind::Title;
        if (titleLike && doc.title.empty())
            doc.title = text::toUtf8(titleWithoutSubtitle(blockTexts[b]));
    }
    if (!anyHeading && !doc.blocks.empty())
        doc.diagnostics.push_back({DiagnosticCode::NoStructure, 0, 0, 0});
}

void nameUntitled(Document &doc, const BlockTexts &blockTexts)
{
    // No section is untitled: text before the first heading is the report's opening, named by its
    // first words up to a break (政府工作报告——2024年3月5日… → 政府工作报告), at most 20 characters.
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        Section &section = doc.sections[s];
        section.title = text::toUtf8(text::withoutFootnoteMarks(text::toUtf32(section.title)));
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
    doc.title = text::toUtf8(text::withoutFootnoteMarks(text::toUtf32(doc.title)));
}

} // namespace reportcore::structure
