#include "readingview.h"

#include "categorystyle.h"
#include "sectionfilter.h"
#include "texts.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QElapsedTimer>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace reportcore;

namespace {

/** UTF-16 index of a code-point offset in `text` (the core counts code points). */
int utf16Index(const QString &text, int codePoints)
{
    int i = 0;
    for (int cp = 0; cp < codePoints && i < text.size(); ++cp)
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    return i;
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
    ++m_generation;
    QTextDocument *doc = document();
    doc->clear();
    m_indicatorSpans.clear();
    m_nameSpans.clear();
    m_next = 0;
    m_seenTitle = false;
    m_indicatorPosition.assign(m_report ? m_report->indicators.size() : 0, -1);
    m_blockPosition.assign(m_report ? m_report->blocks.size() : 0, -1);
    if (!m_report) {
        updateExtraSelections();
        return;
    }
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

    // The first screenful now, the rest from the event loop in slices: the window paints at once and
    // stays responsive however long the report (laying out CJK text is the costly part).
    buildBlocks(kFirstSliceChars, 0);
    // Inserting at the view's own cursor (position 0 of the empty document) dragged it to the end
    // of the slice: put it back at the top, or the view scrolls down when shown.
    setTextCursor(QTextCursor(doc));
    if (topBlock > 0)
        showBlock(topBlock);
    if (!m_query.isEmpty())
        find(m_query);
    else
        updateExtraSelections();
    scheduleBuild();
}

void ReadingView::scheduleBuild()
{
    if (!m_report || m_next >= m_report->blocks.size())
        return;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return; // a newer rebuild started over
        buildBlocks(std::numeric_limits<int>::max(), kSliceMilliseconds);
        if (!m_query.isEmpty() && isComplete())
            find(m_query);
        scheduleBuild();
    });
}

void ReadingView::finishBuild()
{
    if (m_report && !isComplete()) {
        buildBlocks(std::numeric_limits<int>::max(), 0);
        updateExtraSelections();
    }
}

bool ReadingView::isComplete() const { return !m_report || m_next >= m_report->blocks.size(); }

void ReadingView::buildBlocks(int charBudget, int milliseconds)
{
    if (!m_report)
        return;
    const Document &report = *m_report;
    QTextDocument *doc = document();
    const bool dark = isDark(palette());
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const double base = font().pointSizeF() > 0 ? font().pointSizeF() * 1.15 : 11.0;
    const double size = base * std::pow(1.1, m_zoom);
    QElapsedTimer clock;
    clock.start();
    int chars = 0;

    // While the view is hidden (being built, not yet sized) the document is not laid out;
    // showEvent() lays it out once, at its size.
    doc->setLayoutEnabled(isVisible());
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (; m_next < report.blocks.size(); ++m_next) {
        if (chars >= charBudget || (milliseconds > 0 && clock.elapsed() >= milliseconds))
            break;
        const std::size_t b = m_next;
        const Block &block = report.blocks[b];
        if (m_filter && !m_filter->accepts(block.section))
            continue;
        chars += static_cast<int>(block.text.size() / 3 + 1);
        QTextBlockFormat bf;
        QTextCharFormat cf;
        cf.setFontPointSize(size);
        bf.setBottomMargin(size * 0.6);
        bf.setLineHeight(160, QTextBlockFormat::ProportionalHeight);
        switch (block.kind) {
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
            bf.setLeftMargin(size * 0.5);
            break;
        case BlockKind::Paragraph:
            bf.setTextIndent(size * 2); // two characters, as Chinese paragraphs begin
            break;
        }
        if (cursor.position() == 0 && doc->isEmpty())
            cursor.setBlockFormat(bf);
        else
            cursor.insertBlock(bf);
        cursor.block().setUserState(static_cast<int>(b));
        const int blockStart = cursor.position();
        m_blockPosition[b] = blockStart;

        const QString text = QString::fromStdString(block.text);
        int done = 0;
        for (int id = m_firstIndicator[b]; id < m_firstIndicator[b + 1]; ++id) {
            const Indicator &ind = report.indicators[static_cast<std::size_t>(id)];
            const int from = utf16Index(text, ind.offset);
            const int to = utf16Index(text, ind.offset + ind.length);
            if (from < done || to <= from)
                continue;
            cursor.insertText(text.mid(done, from - done), cf);
            QTextCharFormat hf = cf;
            hf.setBackground(CategoryStyle::highlight(ind.category, dark));
            hf.setForeground(palette().color(QPalette::Text));
            const int start = cursor.position();
            cursor.insertText(text.mid(from, to - from), hf);
            m_indicatorSpans.push_back({start, cursor.position(), id});
            m_indicatorPosition[static_cast<std::size_t>(id)] = start;
            done = to;
        }
        cursor.insertText(text.mid(done), cf);

        // Representatives' names in their section: bold, underlined.
        std::vector<Span> names;
        const std::vector<int> &here = block.section >= 0 && static_cast<std::size_t>(block.section) < m_repsBySection.size()
                                           ? m_repsBySection[static_cast<std::size_t>(block.section)]
                                           : m_noReps;
        for (const int r : here) {
            const Representative &rep = report.representatives[static_cast<std::size_t>(r)];
            const QString name = QString::fromStdString(rep.name);
            for (int at = text.indexOf(name); at >= 0 && !name.isEmpty(); at = text.indexOf(name, at + name.size())) {
                QTextCursor mark(doc);
                mark.setPosition(blockStart + at);
                mark.setPosition(blockStart + at + name.size(), QTextCursor::KeepAnchor);
                QTextCharFormat nf;
                nf.setFontWeight(QFont::Bold);
                nf.setFontUnderline(true);
                nf.setUnderlineStyle(QTextCharFormat::DotLine);
                mark.mergeCharFormat(nf);
                names.push_back({blockStart + at, blockStart + at + static_cast<int>(name.size()), r});
            }
        }
        std::sort(names.begin(), names.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
        m_nameSpans.insert(m_nameSpans.end(), names.begin(), names.end());
    }
    cursor.endEditBlock();
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
    if (indicator >= 0 && static_cast<std::size_t>(indicator) < m_indicatorPosition.size()
        && m_indicatorPosition[static_cast<std::size_t>(indicator)] < 0)
        finishBuild(); // not built yet, or filtered out
    return indicator >= 0 && static_cast<std::size_t>(indicator) < m_indicatorPosition.size()
               ? m_indicatorPosition[static_cast<std::size_t>(indicator)]
               : -1;
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
    if (block >= 0 && static_cast<std::size_t>(block) < m_blockPosition.size()
        && m_blockPosition[static_cast<std::size_t>(block)] < 0)
        finishBuild();
    if (block < 0 || static_cast<std::size_t>(block) >= m_blockPosition.size() || m_blockPosition[static_cast<std::size_t>(block)] < 0)
        return false;
    QTextCursor c(document());
    c.setPosition(m_blockPosition[static_cast<std::size_t>(block)]);
    setTextCursor(c);
    // Put the block at the top, not just somewhere on screen.
    const QRect r = cursorRect(c);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - 12);
    return true;
}

int ReadingView::find(const QString &query)
{
    finishBuild(); // matches are counted over the whole report
    m_query = query;
    m_matches.clear();
    m_current = -1;
    if (!query.isEmpty()) {
        QTextCursor c(document());
        while (m_matches.size() < 10000) {
            c = document()->find(query, c);
            if (c.isNull())
                break;
            m_matches.emplace_back(c.selectionStart(), c.selectionEnd());
        }
    }
    if (!m_matches.empty()) {
        const int from = textCursor().selectionStart();
        auto it = std::find_if(m_matches.begin(), m_matches.end(), [from](const auto &m) { return m.first >= from; });
        selectMatch(it == m_matches.end() ? 0 : static_cast<int>(it - m_matches.begin()));
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
    QTextCursor c(document());
    c.setPosition(m_matches[static_cast<std::size_t>(match)].first);
    c.setPosition(m_matches[static_cast<std::size_t>(match)].second, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
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
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(m_matches[i].first);
        s.cursor.setPosition(m_matches[i].second, QTextCursor::KeepAnchor);
        s.format.setBackground(static_cast<int>(i) == m_current ? highlight : all);
        if (static_cast<int>(i) == m_current)
            s.format.setForeground(palette().color(QPalette::HighlightedText));
        selections << s;
    }
    if (m_flashIndicator >= 0) {
        const int pos = m_indicatorPosition[static_cast<std::size_t>(m_flashIndicator)];
        const Span *span = pos >= 0 ? spanAt(m_indicatorSpans, pos) : nullptr;
        if (span) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(span->start);
            s.cursor.setPosition(span->end, QTextCursor::KeepAnchor);
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
