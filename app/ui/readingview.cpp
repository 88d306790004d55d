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

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool isCut(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\u3002' || u == u'\uFF01' || u == u'\uFF1F' || u == u'\uFF1B' || u == u'.' || u == u'!'
           || u == u'?' || u == u';';
}

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

} // namespace

ReadingView::ReadingView(SectionFilter *filter, QWidget *parent)
    : QTextBrowser(parent)
    , m_filter(filter)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
    setAccessibleName(tr("Report text"));
    setAccessibleDescription(tr("The report with its figures highlighted by category"));
    document()->setDocumentMargin(24);
    connect(filter, &SectionFilter::changed, this, &ReadingView::rebuild);
}

void ReadingView::setReport(DocumentPtr document)
{
    m_report = std::move(document);
    m_query.clear();
    m_matches.clear();
    m_current = -1;
    rebuild();
    verticalScrollBar()->setValue(0); // a new report opens at its beginning
}

QVariant ReadingView::loadResource(int, const QUrl &)
{
    return {}; // report text never loads anything: no images, no files, no URLs
}

void ReadingView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (!document()->isLayoutEnabled())
        document()->setLayoutEnabled(true);
}

void ReadingView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void ReadingView::rebuild()
{
    // Keep the block at the top in view across a rebuild (zoom, palette, filter).
    int topBlock = -1;
    if (m_report && isVisible()) {
        const QTextBlock top = cursorForPosition(QPoint(0, 0)).block();
        topBlock = top.isValid() ? top.userState() : -1;
    }
    m_indicatorUtf16.assign(m_report ? m_report->indicators.size() : 0, {-1, -1});
    m_cachedBlock = kNone;
    if (m_report) {
        m_firstIndicator.assign(m_report->blocks.size() + 1, 0);
        for (const Indicator &ind : m_report->indicators)
            if (ind.block >= 0)
                ++m_firstIndicator[static_cast<std::size_t>(ind.block) + 1];
        for (std::size_t k = 1; k < m_firstIndicator.size(); ++k)
            m_firstIndicator[k] += m_firstIndicator[k - 1];
        m_repsBySection.assign(m_report->sections.size(), {});
        for (std::size_t r = 0; r < m_report->representatives.size(); ++r) {
            const int s = m_report->representatives[r].section;
            if (s >= 0 && static_cast<std::size_t>(s) < m_repsBySection.size())
                m_repsBySection[static_cast<std::size_t>(s)].push_back(static_cast<int>(r));
        }
    }
    cutParts();
    int part = 0;
    if (topBlock >= 0 && static_cast<std::size_t>(topBlock) < m_blockPiece.size() && m_blockPiece[static_cast<std::size_t>(topBlock)] != kNone)
        part = partOf(static_cast<int>(m_blockPiece[static_cast<std::size_t>(topBlock)]));
    startPart(part, topBlock);
    if (!m_query.isEmpty())
        find(m_query);
}

QString ReadingView::blockText(std::size_t block) const
{
    if (block != m_cachedBlock) {
        m_cachedBlock = block;
        m_cachedText = QString::fromStdString(m_report->blocks[block].text);
    }
    return m_cachedText;
}

void ReadingView::cutParts()
{
    m_pieces.clear();
    m_partStart.clear();
    m_blockPiece.assign(m_report ? m_report->blocks.size() : 0, kNone);
    if (!m_report)
        return;
    const Document &report = *m_report;
    int partWeight = 0;
    for (std::size_t b = 0; b < report.blocks.size(); ++b) {
        const Block &block = report.blocks[b];
        if (m_filter && !m_filter->accepts(block.section))
            continue;
        m_blockPiece[b] = m_pieces.size();
        // Weighed in UTF-8 bytes, about the width it takes: a CJK character 3, a Latin letter 1.
        auto add = [&](const Piece &piece, int weight) {
            const bool full = partWeight + weight > kPartBytes;
            const bool goodPlace = piece.from == 0 && block.kind == BlockKind::Heading && partWeight > kPartBytes / 2;
            if (m_partStart.empty() || (partWeight > 0 && (full || goodPlace))) {
                m_partStart.push_back(m_pieces.size());
                partWeight = 0;
            }
            partWeight += weight;
            m_pieces.push_back(piece);
        };
        // A table is never cut: it is laid out whole, as a table.
        if (block.text.size() <= static_cast<std::size_t>(kPieceUnits) || block.kind == BlockKind::Table) {
            // UTF-8 bytes bound the UTF-16 length (made exact when inserted).
            add({b, 0, static_cast<int>(block.text.size())}, static_cast<int>(block.text.size()));
            continue;
        }
        // Only a long block needs converting, to be cut after a sentence.
        const QString text = blockText(b);
        for (int from = 0; from < text.size();) {
            int to = std::min<int>(static_cast<int>(text.size()), from + kPieceUnits);
            if (to < text.size()) {
                int cut = to;
                while (cut > from + kPieceUnits / 2 && !isCut(text.at(cut - 1)))
                    --cut;
                to = cut > from + kPieceUnits / 2 ? cut : to;
                if (text.at(to - 1).isHighSurrogate())
                    --to;
            }
            add({b, from, to}, 3 * (to - from));
            from = to;
        }
    }
}

int ReadingView::partOf(int piece) const
{
    const auto it = std::upper_bound(m_partStart.begin(), m_partStart.end(), static_cast<std::size_t>(piece));
    return std::max(0, static_cast<int>(it - m_partStart.begin()) - 1);
}

int ReadingView::pieceOf(std::size_t block, int offset) const
{
    if (block >= m_blockPiece.size() || m_blockPiece[block] == kNone)
        return -1;
    std::size_t p = m_blockPiece[block];
    while (p + 1 < m_pieces.size() && m_pieces[p + 1].block == block && m_pieces[p + 1].from <= offset)
        ++p; // a long block's pieces (a few per ordinary long paragraph)
    return static_cast<int>(p);
}

QString ReadingView::partTitle(int part) const
{
    if (!m_report || part < 0 || static_cast<std::size_t>(part) >= m_partStart.size())
        return {};
    const int section = m_report->blocks[m_pieces[m_partStart[static_cast<std::size_t>(part)]].block].section;
    return section >= 0 ? QString::fromStdString(m_report->sections[static_cast<std::size_t>(section)].title) : QString();
}

void ReadingView::showPart(int part)
{
    if (part < 0 || part >= partCount() || part == m_part)
        return;
    startPart(part, -1);
    updateExtraSelections();
}

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

int ReadingView::buildPieces(int unitBudget)
{
    if (!m_report)
        return 0;
    const Document &report = *m_report;
    QTextDocument *doc = document();
    const bool dark = isDark(palette());
    const QColor muted = palette().color(QPalette::PlaceholderText);
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

        // Representatives' names in their section: bold, underlined.
        std::vector<Span> names;
        const std::vector<int> &here = block.section >= 0 && static_cast<std::size_t>(block.section) < m_repsBySection.size()
                                           ? m_repsBySection[static_cast<std::size_t>(block.section)]
                                           : m_noReps;
        for (const int r : here) {
            const Representative &rep = report.representatives[static_cast<std::size_t>(r)];
            const QString name = QString::fromStdString(rep.name);
            if (name.isEmpty())
                continue;
            for (auto at = text.indexOf(name, piece.from); at >= 0 && at + name.size() <= piece.to;
                 at = text.indexOf(name, at + name.size())) {
                QTextCursor mark(doc);
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

int ReadingView::bringIn(std::size_t block, int offset)
{
    const int piece = pieceOf(block, offset);
    if (piece < 0)
        return -1; // filtered out
    const int part = partOf(piece);
    if (part != m_part) {
        startPart(part, -1);
        updateExtraSelections();
    }
    const std::size_t k = static_cast<std::size_t>(piece) - m_partStart[static_cast<std::size_t>(m_part)];
    if (m_piecePosition[k] < 0)
        finishBuild();
    const Piece &p = m_pieces[static_cast<std::size_t>(piece)];
    return documentPosition(block, m_piecePosition[k], offset - p.from);
}

int ReadingView::documentPosition(std::size_t block, int piecePosition, int offset) const
{
    const auto table = m_tableCells.find(block);
    if (table == m_tableCells.end() || table->second.empty())
        return piecePosition + offset;
    // The cell the offset falls in: the last one starting at or before it.
    auto it = std::upper_bound(table->second.begin(), table->second.end(), offset,
                               [](int o, const std::pair<int, int> &cell) { return o < cell.first; });
    if (it != table->second.begin())
        --it;
    return it->second + offset - it->first;
}

const ReadingView::Span *ReadingView::spanAt(const std::vector<Span> &spans, int position)
{
    auto it = std::upper_bound(spans.begin(), spans.end(), position,
                               [](int pos, const Span &s) { return pos < s.start; });
    if (it == spans.begin())
        return nullptr;
    --it;
    return position < it->end ? &*it : nullptr;
}

int ReadingView::indicatorAt(const QPoint &viewportPos) const
{
    const int pos = document()->documentLayout()->hitTest(
        viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()), Qt::ExactHit);
    if (pos < 0)
        return -1;
    const Span *span = spanAt(m_indicatorSpans, pos);
    return span ? span->id : -1;
}

int ReadingView::positionOf(int indicator)
{
    if (!m_report || indicator < 0 || static_cast<std::size_t>(indicator) >= m_report->indicators.size())
        return -1;
    const Indicator &ind = m_report->indicators[static_cast<std::size_t>(indicator)];
    if (ind.block < 0)
        return -1;
    ensureOffsets(static_cast<std::size_t>(ind.block));
    return bringIn(static_cast<std::size_t>(ind.block), m_indicatorUtf16[static_cast<std::size_t>(indicator)].first);
}

int ReadingView::positionInPart(std::size_t block, int offset) const
{
    const int piece = pieceOf(block, offset);
    if (piece < 0 || partOf(piece) != m_part)
        return -1;
    const int at = m_piecePosition[static_cast<std::size_t>(piece) - m_partStart[static_cast<std::size_t>(m_part)]];
    return at < 0 ? -1 : documentPosition(block, at, offset - m_pieces[static_cast<std::size_t>(piece)].from);
}

bool ReadingView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_report) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int id = indicatorAt(help->pos());
        if (id >= 0) {
            QToolTip::showText(help->globalPos(),
                               Texts::indicatorTooltip(*m_report, m_report->indicators[static_cast<std::size_t>(id)]),
                               viewport());
            return true;
        }
        const int pos = document()->documentLayout()->hitTest(
            help->pos() + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()), Qt::ExactHit);
        if (const Span *name = pos >= 0 ? spanAt(m_nameSpans, pos) : nullptr) {
            const Representative &r = m_report->representatives[static_cast<std::size_t>(name->id)];
            QStringList roles;
            for (const std::string &role : r.roles)
                roles << QString::fromStdString(role);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<p><b>%1</b><br>%2<br>%3<br>%4</p>")
                                   .arg(QString::fromStdString(r.name).toHtmlEscaped(),
                                        QString::fromStdString(r.congress).toHtmlEscaped(),
                                        QString::fromStdString(r.organization).toHtmlEscaped(),
                                        roles.join(QStringLiteral("\u3001")).toHtmlEscaped()),
                               viewport());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ReadingView::contextMenuEvent(QContextMenuEvent *event)
{
    const int id = event->reason() == QContextMenuEvent::Mouse ? indicatorAt(event->pos()) : -1;
    if (id >= 0) {
        emit indicatorContextMenu(id, event->globalPos());
        return;
    }
    QTextBrowser::contextMenuEvent(event);
}

void ReadingView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        const int id = indicatorAt(event->position().toPoint());
        if (id >= 0)
            emit indicatorClicked(id);
    }
}

bool ReadingView::showIndicator(int indicator)
{
    const int pos = positionOf(indicator);
    if (pos < 0)
        return false;
    QTextCursor c(document());
    c.setPosition(pos);
    setTextCursor(c);
    ensureCursorVisible();
    m_flashIndicator = indicator;
    updateExtraSelections();
    QTimer::singleShot(1500, this, [this, indicator] {
        if (m_flashIndicator == indicator) {
            m_flashIndicator = -1;
            updateExtraSelections();
        }
    });
    return true;
}

bool ReadingView::showBlock(int block)
{
    if (!m_report || block < 0 || static_cast<std::size_t>(block) >= m_report->blocks.size())
        return false;
    const int pos = bringIn(static_cast<std::size_t>(block), 0);
    if (pos < 0)
        return false;
    QTextCursor c(document());
    c.setPosition(pos);
    setTextCursor(c);
    // Put the block at the top, not just somewhere on screen.
    const QRect r = cursorRect(c);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - 12);
    return true;
}

void ReadingView::findForm(const QString &query)
{
    if (query.isEmpty() || !m_report)
        return;
    {
        // Over the report's text (every part), not the document on screen. A query without letters
        // that have case (Chinese, digits) is looked for in the UTF-8 text itself: no conversion of
        // blocks that do not hold it.
        const bool caseless = query.toLower() == query.toUpper();
        const std::string needle = query.toStdString();
        const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
        for (std::size_t p = 0; p < m_pieces.size() && m_matches.size() < kMaxMatches; ++p) {
            if (p > 0 && m_pieces[p].block == m_pieces[p - 1].block)
                continue; // a long block is searched whole, once
            const std::size_t b = m_pieces[p].block;
            if (caseless) {
                const std::string &bytes = m_report->blocks[b].text;
                auto next = [&](std::size_t from) {
                    const auto found = std::search(bytes.begin() + static_cast<std::ptrdiff_t>(from), bytes.end(), searcher);
                    return found == bytes.end() ? std::string::npos : static_cast<std::size_t>(found - bytes.begin());
                };
                int units = 0;
                std::size_t counted = 0;
                for (std::size_t at = next(0); at != std::string::npos && m_matches.size() < kMaxMatches;
                     at = next(at + needle.size())) {
                    for (; counted < at; ++counted) { // UTF-16 units of the bytes before the match
                        const auto c = static_cast<unsigned char>(bytes[counted]);
                        units += (c & 0xC0) == 0x80 ? 0 : c >= 0xF0 ? 2 : 1;
                    }
                    m_matches.push_back({b, units, units + static_cast<int>(query.size())});
                }
                continue;
            }
            const QString text = blockText(b);
            for (auto at = text.indexOf(query, 0, Qt::CaseInsensitive); at >= 0 && m_matches.size() < kMaxMatches;
                 at = text.indexOf(query, at + query.size(), Qt::CaseInsensitive))
                m_matches.push_back({b, static_cast<int>(at), static_cast<int>(at + query.size())});
        }
    }
}

int ReadingView::find(const QString &query)
{
    m_query = query;
    m_matches.clear();
    m_current = -1;
    // Traditional and Simplified alike: the query as typed and in either script (工會 finds 工会).
    const QStringList forms = query.isEmpty() ? QStringList() : ChineseFold::variants(query);
    for (const QString &form : forms)
        findForm(form);
    if (forms.size() > 1) { // in the order of the text, each place once
        std::sort(m_matches.begin(), m_matches.end(), [](const Match &a, const Match &b) {
            return a.block != b.block ? a.block < b.block : a.from < b.from;
        });
        m_matches.erase(std::unique(m_matches.begin(), m_matches.end(),
                                    [](const Match &a, const Match &b) { return a.block == b.block && a.from == b.from; }),
                        m_matches.end());
    }
    if (!m_matches.empty()) {
        // The first match at or after the cursor in the part on screen.
        const int from = textCursor().selectionStart();
        const std::size_t firstPiece = m_partStart.empty() ? 0 : m_partStart[static_cast<std::size_t>(m_part)];
        int pick = -1;
        for (std::size_t i = 0; i < m_matches.size() && pick < 0; ++i) {
            const int piece = pieceOf(m_matches[i].block, m_matches[i].from);
            if (piece < static_cast<int>(firstPiece))
                continue;
            const int pos = positionInPart(m_matches[i].block, m_matches[i].from);
            if (pos < 0 || pos >= from)
                pick = static_cast<int>(i);
        }
        selectMatch(pick < 0 ? 0 : pick);
    } else {
        updateExtraSelections();
        emit searchChanged(-1, 0);
    }
    return matchCount();
}

void ReadingView::findNext()
{
    if (!m_matches.empty())
        selectMatch((m_current + 1) % matchCount());
}

void ReadingView::findPrevious()
{
    if (!m_matches.empty())
        selectMatch((m_current - 1 + matchCount()) % matchCount());
}

void ReadingView::selectMatch(int match)
{
    m_current = match;
    const Match &m = m_matches[static_cast<std::size_t>(match)];
    const int start = bringIn(m.block, m.from);
    if (start >= 0) {
        QTextCursor c(document());
        c.setPosition(start);
        c.setPosition(start + (m.to - m.from), QTextCursor::KeepAnchor);
        setTextCursor(c);
        ensureCursorVisible();
    }
    updateExtraSelections();
    emit searchChanged(m_current, matchCount());
}

void ReadingView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor all(0xFF, 0xE0, 0x66);
    if (isDark(palette()))
        all = QColor(0x7A, 0x62, 0x00);
    for (std::size_t i = 0; i < m_matches.size(); ++i) {
        const int start = positionInPart(m_matches[i].block, m_matches[i].from);
        if (start < 0)
            continue; // in another part, or not inserted yet
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(start);
        s.cursor.setPosition(start + (m_matches[i].to - m_matches[i].from), QTextCursor::KeepAnchor);
        s.format.setBackground(static_cast<int>(i) == m_current ? highlight : all);
        if (static_cast<int>(i) == m_current)
            s.format.setForeground(palette().color(QPalette::HighlightedText));
        selections << s;
    }
    if (m_flashIndicator >= 0) {
        const auto it = std::find_if(m_indicatorSpans.begin(), m_indicatorSpans.end(),
                                     [this](const Span &s) { return s.id == m_flashIndicator; });
        if (it != m_indicatorSpans.end()) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(it->start);
            s.cursor.setPosition(it->end, QTextCursor::KeepAnchor);
            s.format.setBackground(highlight);
            s.format.setForeground(palette().color(QPalette::HighlightedText));
            s.format.setFontWeight(QFont::Bold);
            selections << s;
        }
    }
    setExtraSelections(selections);
}

void ReadingView::zoomBy(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, -6, 12);
    rebuild();
}

void ReadingView::resetZoom()
{
    m_zoom = 0;
    rebuild();
}
