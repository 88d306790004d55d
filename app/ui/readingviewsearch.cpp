// ReadingView, search: every place of a query, Traditional and Simplified alike, and moving between them.
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
