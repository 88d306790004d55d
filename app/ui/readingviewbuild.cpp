// ReadingView, building the document: a part inserted a slice at a time from the event loop, each
// piece a paragraph (or a table), its figures and names highlighted as the text goes in.
#include "readingview.h"

#include "chinesefold.h"

#include "categorystyle.h"
#include "sectionfilter.h"
#include "texts.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QElapsedTimer>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <functional>
#include <cmath>
#include <limits>

using namespace reportcore;

void ReadingView::startPart(int part, int topBlock)
{
    ++m_generation;
    QTextDocument *doc = document();
    doc->clear();
    m_indicatorSpans.clear();
    m_nameSpans.clear();
    m_part = std::clamp(part, 0, std::max(0, static_cast<int>(m_partStart.size()) - 1));
    m_next = m_partStart.empty() ? 0 : m_partStart[static_cast<std::size_t>(m_part)];
    m_partEnd = static_cast<std::size_t>(m_part) + 1 < m_partStart.size() ? m_partStart[static_cast<std::size_t>(m_part) + 1]
                                                                          : m_pieces.size();
    m_piecePosition.assign(m_partEnd - m_next, -1);
    m_tableCells.clear();
    // The report's title keeps its size in every part.
    m_seenTitle = false;
    if (m_report && !m_pieces.empty()) {
        for (std::size_t b = 0; b < m_pieces[m_next].block; ++b)
            if (m_report->blocks[b].kind == BlockKind::Heading) {
                m_seenTitle = true;
                break;
            }
    }
    // The first screenful now, the rest from the event loop in slices: the window paints at once and
    // stays responsive however long the report (laying out CJK text is the costly part).
    buildPieces(kFirstSliceUnits);
    // Inserting at the view's own cursor (position 0 of the empty document) dragged it to the end
    // of the slice: put it back at the top, or the view scrolls down when shown.
    setTextCursor(QTextCursor(doc));
    verticalScrollBar()->setValue(0);
    if (topBlock > 0)
        showBlock(topBlock);
    updateExtraSelections();
    emit partChanged(m_part, partCount());
    scheduleBuild();
}

void ReadingView::scheduleBuild()
{
    if (isComplete())
        return;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return; // a newer rebuild started over
        // Insertion and the layout it brings (at the end of the edit) in one slice of about
        // kSliceMilliseconds, at the speed measured on the last one.
        QElapsedTimer clock;
        clock.start();
        const int budget = static_cast<int>(std::clamp(m_unitsPerMs * kSliceMilliseconds, 500.0, 200000.0));
        const int units = buildPieces(budget);
        const double ms = std::max<double>(1, static_cast<double>(clock.elapsed()));
        if (units > 200)
            m_unitsPerMs = 0.5 * m_unitsPerMs + 0.5 * units / ms;
        if (isComplete())
            updateExtraSelections(); // matches in the part, now all inserted
        scheduleBuild();
    });
}

void ReadingView::finishBuild()
{
    if (m_report && !isComplete()) {
        buildPieces(std::numeric_limits<int>::max());
        updateExtraSelections();
    }
}

bool ReadingView::isComplete() const { return !m_report || m_next >= m_partEnd; }

void ReadingView::ensureOffsets(std::size_t block)
{
    const int first = m_firstIndicator[block], last = m_firstIndicator[block + 1];
    if (first == last || m_indicatorUtf16[static_cast<std::size_t>(first)].first >= 0)
        return;
    // One walk over the UTF-8 text: code points (the core's offsets) to UTF-16 units.
    struct Walk {
        const std::string *text;
        std::size_t byte = 0;
        int cp = 0, units = 0;
        int to(int target)
        {
            while (cp < target && byte < text->size()) {
                const auto lead = static_cast<unsigned char>((*text)[byte]);
                const std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                byte += len;
                units += len == 4 ? 2 : 1;
                ++cp;
            }
            return units;
        }
    };
    Walk walk{&m_report->blocks[block].text};
    for (int id = first; id < last; ++id) {
        const Indicator &ind = m_report->indicators[static_cast<std::size_t>(id)];
        const int from = walk.to(ind.offset);
        Walk end = walk; // the next figure starts at or after this one's start
        m_indicatorUtf16[static_cast<std::size_t>(id)] = {from, end.to(ind.offset + ind.length)};
    }
}

void ReadingView::pieceFormats(const Block &block, bool continued, double size, QTextCharFormat &cf,
                               QTextBlockFormat &bf)
{
    const QColor muted = palette().color(QPalette::PlaceholderText);
    cf.setFontPointSize(size);
    bf.setBottomMargin(size * 0.6);
    bf.setLineHeight(160, QTextBlockFormat::ProportionalHeight);
    switch (continued ? BlockKind::Item : block.kind) {
    case BlockKind::Heading: {
        const bool title = !m_seenTitle;
        m_seenTitle = true;
        cf.setFontWeight(QFont::Bold);
        cf.setFontPointSize(size * (title ? 1.7 : std::max(1.15, 1.45 - 0.12 * (block.headingLevel - 1))));
        bf.setTopMargin(title ? size * 0.4 : size * 1.4);
        bf.setBottomMargin(size * 0.8);
        bf.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        break;
    }
    case BlockKind::Subtitle: // under its heading, smaller, in the heading's voice
        cf.setFontPointSize(size * 1.1);
        cf.setForeground(muted);
        bf.setTopMargin(-size * 0.4);
        bf.setBottomMargin(size * 0.8);
        break;
    case BlockKind::Kicker:
        cf.setFontWeight(QFont::DemiBold);
        cf.setForeground(muted);
        bf.setBottomMargin(2);
        break;
    case BlockKind::Byline:
        cf.setFontItalic(true);
        cf.setForeground(muted);
        break;
    case BlockKind::Caption:
        cf.setFontItalic(true);
        cf.setFontPointSize(size * 0.9);
        cf.setForeground(muted);
        bf.setLeftMargin(size * 2);
        bf.setRightMargin(size * 2);
        bf.setBackground(palette().color(QPalette::AlternateBase));
        break;
    case BlockKind::Credit:
        cf.setFontPointSize(size * 0.85);
        cf.setForeground(muted);
        bf.setAlignment(Qt::AlignRight);
        break;
    case BlockKind::Speaker:
        bf.setTopMargin(size * 0.8);
        break;
    case BlockKind::Item:
        bf.setLeftMargin(continued ? 0 : size * 0.5);
        break;
    case BlockKind::Paragraph:
        bf.setTextIndent(size * 2); // two characters, as Chinese paragraphs begin
        break;
    case BlockKind::Table:
        break;
    }
}

void ReadingView::markNames(std::size_t b, const QString &text, const Piece &piece, int blockStart)
{
    const Block &block = m_report->blocks[b];
    // Representatives' names in their section: bold, underlined.
    std::vector<Span> names;
    const std::vector<int> &here = block.section >= 0 && static_cast<std::size_t>(block.section) < m_repsBySection.size()
                                       ? m_repsBySection[static_cast<std::size_t>(block.section)]
                                       : m_noReps;
    for (const int r : here) {
        const Representative &rep = m_report->representatives[static_cast<std::size_t>(r)];
        const QString name = QString::fromStdString(rep.name);
        if (name.isEmpty())
            continue;
        for (auto at = text.indexOf(name, piece.from); at >= 0 && at + name.size() <= piece.to;
             at = text.indexOf(name, at + name.size())) {
            QTextCursor mark(document());
            mark.setPosition(blockStart + static_cast<int>(at));
            mark.setPosition(blockStart + static_cast<int>(at + name.size()), QTextCursor::KeepAnchor);
            QTextCharFormat nf;
            nf.setFontWeight(QFont::Bold);
            nf.setFontUnderline(true);
            nf.setUnderlineStyle(QTextCharFormat::DotLine);
            mark.mergeCharFormat(nf);
            names.push_back({blockStart + static_cast<int>(at), blockStart + static_cast<int>(at + name.size()), r});
        }
    }
    std::sort(names.begin(), names.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
    m_nameSpans.insert(m_nameSpans.end(), names.begin(), names.end());
}

int ReadingView::buildPieces(int unitBudget)
{
    if (!m_report)
        return 0;
    const Document &report = *m_report;
    QTextDocument *doc = document();
    const bool dark = CategoryStyle::isDark(palette());
    const double base = font().pointSizeF() > 0 ? font().pointSizeF() * 1.15 : 11.0;
    const double size = base * std::pow(1.1, m_zoom);
    int units = 0;

    // While the view is hidden (being built, not yet sized) the document is not laid out;
    // showEvent() lays it out once, at its size.
    doc->setLayoutEnabled(isVisible());
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (; m_next < m_partEnd && units < unitBudget; ++m_next) {
        Piece &piece = m_pieces[m_next];
        const std::size_t b = piece.block;
        const Block &block = report.blocks[b];
        const QString text = blockText(b);
        piece.to = std::min<int>(piece.to, static_cast<int>(text.size()));
        units += piece.to - piece.from + 20; // a paragraph costs more than its characters
        const bool continued = piece.from > 0;
        QTextBlockFormat bf;
        QTextCharFormat cf;
        pieceFormats(block, continued, size, cf, bf);
        if (cursor.position() == 0 && doc->isEmpty())
            cursor.setBlockFormat(bf);
        else
            cursor.insertBlock(bf);
        cursor.block().setUserState(static_cast<int>(b));
        const int blockStart = cursor.position() - piece.from; // where the block's offset 0 would be
        m_piecePosition[m_next - m_partStart[static_cast<std::size_t>(m_part)]] = cursor.position();

        ensureOffsets(b);
        // Inserts text[from, to) at `at`, the figures in it highlighted.
        auto insertHighlighted = [&](QTextCursor &at, int from, int to) {
            int done = from;
            for (int id = m_firstIndicator[b]; id < m_firstIndicator[b + 1]; ++id) {
                const auto [start, stop] = m_indicatorUtf16[static_cast<std::size_t>(id)];
                if (start < done || stop <= start || start >= to)
                    continue;
                const int end = std::min(stop, to);
                at.insertText(text.mid(done, start - done), cf);
                const Indicator &ind = report.indicators[static_cast<std::size_t>(id)];
                QTextCharFormat hf = cf;
                hf.setBackground(CategoryStyle::highlight(ind.category, dark));
                hf.setForeground(palette().color(QPalette::Text));
                if (reportcore::isUncertain(ind)) { // OCR was unsure: a wavy red line asks for a look at the scan
                    hf.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                    hf.setUnderlineColor(dark ? QColor(255, 110, 110) : QColor(200, 0, 0));
                }
                const int spanStart = at.position();
                at.insertText(text.mid(start, end - start), hf);
                m_indicatorSpans.push_back({spanStart, at.position(), id});
                done = end;
            }
            at.insertText(text.mid(done, to - done), cf);
        };
        if (block.kind == BlockKind::Table) {
            insertTable(cursor, b, text, cf, insertHighlighted);
            continue;
        }
        insertHighlighted(cursor, piece.from, piece.to);

        markNames(b, text, piece, blockStart);
    }
    cursor.endEditBlock();
    return units;
}

void ReadingView::insertTable(QTextCursor &cursor, std::size_t b, const QString &text, const QTextCharFormat &cf,
                              const std::function<void(QTextCursor &, int, int)> &insertHighlighted)
{
    // Cells as the block's text holds them: rows split at '\n', cells at '\t'. Where each cell's
    // text starts in the document is kept (m_tableCells), so figures and search hits in the table
    // are found by their offsets in the block's text, as in a paragraph.
    struct CellRange { int from, to; };
    std::vector<std::vector<CellRange>> rows(1);
    int columns = 1;
    for (int k = 0, start = 0; k <= text.size(); ++k) {
        if (k < text.size() && text.at(k) != QLatin1Char('\t') && text.at(k) != QLatin1Char('\n'))
            continue;
        rows.back().push_back({start, k});
        if (k < text.size() && text.at(k) == QLatin1Char('\n'))
            rows.emplace_back();
        start = k + 1;
    }
    for (const auto &row : rows)
        columns = std::max(columns, static_cast<int>(row.size()));
    const Block &block = m_report->blocks[b];
    QTextTableFormat tf;
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorder(0.5);
    tf.setBorderBrush(palette().color(QPalette::Mid));
    tf.setCellSpacing(0);
    tf.setCellPadding(4);
    tf.setHeaderRowCount(block.headerRows);
    tf.setTopMargin(cf.fontPointSize() * 0.4);
    tf.setBottomMargin(cf.fontPointSize() * 0.8);
    QTextTable *table = cursor.insertTable(static_cast<int>(rows.size()), columns, tf);
    std::vector<std::pair<int, int>> &cells = m_tableCells[b];
    cells.clear();
    QTextCharFormat header = cf;
    header.setFontWeight(QFont::Bold);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        for (int c = 0; c < static_cast<int>(rows[r].size()); ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            QTextCursor at = cell.firstCursorPosition();
            at.block().setUserState(static_cast<int>(b));
            cells.emplace_back(rows[r][c].from, at.position());
            if (r < block.headerRows) {
                at.insertText(text.mid(rows[r][c].from, rows[r][c].to - rows[r][c].from), header);
                continue;
            }
            // Figures right-aligned, as tables of figures are set.
            const QString content = text.mid(rows[r][c].from, rows[r][c].to - rows[r][c].from).trimmed();
            if (c > 0 && !content.isEmpty() && (content.at(0).isDigit() || content.at(0) == QLatin1Char('-'))) {
                QTextBlockFormat right = at.blockFormat();
                right.setAlignment(Qt::AlignRight);
                at.setBlockFormat(right);
            }
            insertHighlighted(at, rows[r][c].from, rows[r][c].to);
        }
    }
    cursor.movePosition(QTextCursor::End);
}
