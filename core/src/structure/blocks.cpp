// Lines → blocks: a block per line of a heading, caption, byline …; a table's rows in one block; a
// paragraph rejoined across the captions, credits and column breaks the layout set inside it.
#include "structure/passes.h"

#include "text/lexicon.h"

#include <algorithm>

namespace reportcore::structure {

using text::u32;
using text::u32v;

namespace {

BlockKind blockKind(LineKind k)
{
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
}

class BlockBuilder {
public:
    BlockBuilder(const Lines &lines, Document &doc, BlockTexts &blockTexts)
        : m_lines(lines), m_info(lines.info), m_doc(doc), m_texts(blockTexts), m_lineBlock(lines.n, -1)
    {
    }

    void run()
    {
        for (std::size_t i = 0; i < m_lines.n; ++i) {
            if (isGap(m_info[i].kind) || m_lineBlock[i] >= 0)
                continue;
            newBlock(i);
            const int b = static_cast<int>(m_doc.blocks.size()) - 1;
            const BlockKind kind = m_doc.blocks[b].kind;
            if (kind == BlockKind::Table) {
                addTableRows(i, b);
                continue;
            }
            if (((kind != BlockKind::Paragraph && kind != BlockKind::Item && kind != BlockKind::Speaker)
                 || m_info[i].introOnly)
                && !m_info[i].joinNext)
                continue;
            joinParagraph(i, b);
        }
    }

private:
    void newBlock(std::size_t i)
    {
        const LineInfo &l = m_info[i];
        Block b;
        b.kind = blockKind(l.kind);
        b.lines.push_back(static_cast<int>(i) + 1);
        b.lineOffsets.push_back(0);
        b.lineColumns.push_back(l.column + static_cast<int>(l.marker));
        m_texts.views.push_back(l.content.substr(l.marker));
        if (l.kind == LineKind::Markdown || l.kind == LineKind::Numbered || l.kind == LineKind::Title
            || l.kind == LineKind::Profile)
            b.headingLevel = std::max(1, l.level);
        m_doc.blocks.push_back(std::move(b));
        m_lineBlock[i] = static_cast<int>(m_doc.blocks.size()) - 1;
    }

    /** Line `j` appended to block `b` (its text copied into `joined` at the first join). */
    void appendLine(int b, std::size_t j, int column, char32_t separator, u32 *&joined)
    {
        Block &block = m_doc.blocks[b];
        if (!joined)
            joined = &m_texts.joined.emplace_back(m_texts[b]);
        if (separator)
            joined->push_back(separator);
        block.lines.push_back(static_cast<int>(j) + 1);
        block.lineOffsets.push_back(static_cast<int>(joined->size()));
        block.lineColumns.push_back(column);
        joined->append(m_info[j].content);
        m_texts.views[b] = *joined;
        m_lineBlock[j] = b;
    }

    // A table: its rows (the lines of one table, in order) joined by '\n', cells split at tabs.
    void addTableRows(std::size_t first, int b)
    {
        Block &block = m_doc.blocks[b];
        auto addCells = [&](u32v row) {
            std::vector<std::string> &cells = block.cells.emplace_back();
            std::size_t start = 0;
            for (std::size_t k = 0; k <= row.size(); ++k)
                if (k == row.size() || row[k] == '\t') {
                    cells.push_back(text::toUtf8(text::trim(row.substr(start, k - start))));
                    start = k + 1;
                }
        };
        addCells(m_info[first].content);
        block.headerRows = m_lines.hinted && m_lines.hints[first].tableHeader ? 1 : 0;
        bool headers = block.headerRows > 0;
        u32 *joined = nullptr;
        for (std::size_t j = first + 1;
             j < m_lines.n && m_info[j].kind == LineKind::TableRow && m_info[j].table == m_info[first].table; ++j) {
            appendLine(b, j, 1, '\n', joined);
            addCells(m_info[j].content);
            headers = headers && m_lines.hints[j].tableHeader;
            if (headers)
                ++block.headerRows;
        }
    }

    /** The line after `last` that continues block `b` across captions and blank lines, or n when
     *  the paragraph ends at `last`; `caption`/`blank` say what was crossed, `skipped` the captions. */
    std::size_t continuation(std::size_t last, int b, bool &caption, bool &blank, std::vector<std::size_t> &skipped) const
    {
        const std::size_t n = m_lines.n;
        std::size_t j = last + 1;
        const bool known = m_info[last].joinNext; // the reader saw the paragraph go on
        if (known && (j >= n || isGap(m_info[j].kind) || m_info[j].kind == LineKind::TableRow
                      || m_lineBlock[j] >= 0))
            return n;
        bool furniture = false;
        while (!known && j < n) {
            const LineKind k = m_info[j].kind;
            if (k == LineKind::Furniture) {
                furniture = true; // a page break: the blank lines around its number are the page's
            } else if (k == LineKind::Blank) {
                blank = true;
            } else if (k == LineKind::Caption || k == LineKind::Credit) {
                caption = true;
                skipped.push_back(j);
            } else {
                break;
            }
            ++j;
        }
        blank = blank && !furniture;
        if (!known && (j >= n || m_info[j].kind != LineKind::Paragraph || !m_info[j].leadTitle.empty()
                       || m_lineBlock[j] >= 0 || ((caption || blank) && m_lines.hinted)))
            return n;
        // A short line without punctuation is a name or a signature ("国务院总理　李强"), and
        // across a gap only prose continues prose: both sides hold punctuation or quotes (a
        // subtitle such as "——2025年3月5日在…会议上" has none).
        const u32v next = m_info[j].content;
        if (!known && next.size() <= 20 && !hasPunct(next) && !text::isSentenceEnd(next.back()))
            return n;
        if ((caption || blank) && (!hasAnyPunct(m_texts[b]) || !hasAnyPunct(next) || startsWithDateLead(next)))
            return n;
        return j;
    }

    /** A figure broken over a line or a page: block `b` ends in a number and the next line to read
     *  (across blank lines and page furniture) opens with its unit (8316.42 / — 3 — / 亿元，比上年…). */
    bool brokenFigure(std::size_t last, int b) const
    {
        const u32v text = m_texts[b];
        if (text.empty() || !text::isDigit(text.back()))
            return false;
        std::size_t j = last + 1;
        while (j < m_lines.n && isGap(m_info[j].kind))
            ++j;
        if (j >= m_lines.n || m_info[j].kind != LineKind::Paragraph || m_lineBlock[j] >= 0)
            return false;
        const u32v next = m_info[j].content;
        const Lexicon &lex = lexicon();
        std::size_t at = 0;
        while (at < next.size() && at < 2 && (next[at] == 0x4E07 || next[at] == 0x4EBF)) // 万 亿
            ++at;
        return lex.unitMoney.matchAt(next, at) > 0 || lex.unitPeople.matchAt(next, at) > 0 || lex.unitPercent.matchAt(next, at) > 0
               || (at > 0 && lex.unitCount.matchAt(next, at) > 0);
    }

    // Blocks, joining paragraphs broken by captions, credits, column and page breaks.
    void joinParagraph(std::size_t i, int b)
    {
        std::size_t last = i;
        u32 *joined = nullptr;
        const BlockKind kind = m_doc.blocks[b].kind;
        const bool prose = kind == BlockKind::Paragraph || kind == BlockKind::Item || kind == BlockKind::Speaker;
        while (m_info[last].joinNext || (prose && !m_info[last].complete && endsOpen(m_texts[b])) || (prose && brokenFigure(last, b))) {
            bool caption = false, blank = false;
            std::vector<std::size_t> skipped;
            const std::size_t j = continuation(last, b, caption, blank, skipped);
            if (j >= m_lines.n)
                break;
            appendLine(b, j, m_info[j].column, 0, joined);
            if (caption || blank)
                m_doc.diagnostics.push_back({caption ? DiagnosticCode::ParagraphJoinedCaption
                                                     : DiagnosticCode::ParagraphJoinedColumnBreak,
                                             static_cast<int>(last) + 1, 0, static_cast<int>(j) + 1});
            // The captions the paragraph was broken by come after it.
            for (std::size_t k : skipped)
                newBlock(k);
            last = j;
        }
    }

    const Lines &m_lines;
    const std::vector<LineInfo> &m_info;
    Document &m_doc;
    BlockTexts &m_texts;
    std::vector<int> m_lineBlock; // the block of each line, -1 before it has one
};

} // namespace

void buildBlocks(const Lines &lines, Document &doc, BlockTexts &blockTexts)
{
    BlockBuilder(lines, doc, blockTexts).run();
}

} // namespace reportcore::structure
