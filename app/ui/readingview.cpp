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
