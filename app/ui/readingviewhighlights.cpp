// ReadingView, highlights and tooltips: what a figure under the pointer says, its context menu and
// click, and the extra selections of search matches and a flashed figure.
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

void ReadingView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor all(0xFF, 0xE0, 0x66);
    if (CategoryStyle::isDark(palette()))
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
