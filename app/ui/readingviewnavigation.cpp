// ReadingView, navigation: from a block, a figure or a point of the viewport to a place in the
// document, bringing in the part that holds it.
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
