#pragma once

#include "documentsession.h"

#include <QPointer>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>

#include <functional>
#include <unordered_map>
#include <vector>

class SectionFilter;

/** The report as structured text: headings, bylines, paragraphs, items and captions set apart; every
 *  figure highlighted in its category's colour; representatives' names marked. The report's text is
 *  inserted as text (QTextCursor), never parsed as HTML, and nothing here follows a link or loads a
 *  resource. Follows the SectionFilter.
 *
 *  A long report is shown a part at a time (about kPartBytes of text, cut before a heading where
 *  it can be): a QTextDocument cannot be laid out beyond about 33 million pixels, and laying out a
 *  whole 50 MB report would take the window away for seconds. A paragraph longer than kPieceUnits is
 *  shown as several (cut after a sentence where it can be). Search, figures and representatives reach
 *  across parts: going to one shows its part. */
class ReadingView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReadingView(SectionFilter *filter, QWidget *parent = nullptr);

    void setReport(DocumentPtr document);
    /** Scrolls to an indicator and flashes it; false when it is not shown (filtered out). */
    bool showIndicator(int indicator);
    /** Scrolls to a block (a representative's profile). */
    bool showBlock(int block);
    /** The indicator under a point of the viewport, or -1. */
    int indicatorAt(const QPoint &viewportPos) const;
    /** The document position where an indicator starts, or -1 when it is not shown. */
    int positionOf(int indicator);
    /** The report is inserted a slice at a time from the event loop; this inserts the rest now. */
    void finishBuild();
    /** The part on screen is fully inserted. */
    bool isComplete() const;

    /** Parts of the report (of the sections shown); 1 for any report of ordinary length. */
    int partCount() const { return m_partStart.empty() ? 1 : static_cast<int>(m_partStart.size()); }
    int currentPart() const { return m_part; }
    /** The title of the section a part begins in ("" when it has none). */
    QString partTitle(int part) const;
    /** Shows another part, from its beginning. */
    void showPart(int part);

    /** Highlights every match of `query` and selects the first at or after the cursor; returns the
     *  number of matches (0 clears the highlights). */
    /** Finds every place of `query` in the report, Traditional and Simplified characters alike;
     *  returns how many (at most kMaxMatches). */
    int find(const QString &query);
    void findNext();
    void findPrevious();
    int matchCount() const { return static_cast<int>(m_matches.size()); }
    int currentMatch() const { return m_current; }

    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoom; }

    /** Refuses every resource: report text never loads an image, a file or a URL. */
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void indicatorClicked(int indicator);
    /** The context menu was asked for on a figure. */
    void indicatorContextMenu(int indicator, const QPoint &globalPos);
    void searchChanged(int current, int count);
    /** The parts changed (a new report, another filter) or another part is shown. */
    void partChanged(int part, int count);

protected:
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /** Appends the places of one form of the query to m_matches. */
    void findForm(const QString &query);
    struct Span {
        int start, end, id;
    };
    /** What becomes one paragraph on screen: a block, or a stretch of a very long one (UTF-16 range). */
    struct Piece {
        std::size_t block;
        int from, to;
    };
    struct Match {
        std::size_t block;
        int from, to; ///< UTF-16 range in the block's text
    };
    void rebuild();
    void cutParts();
    /** Inserts table block `b` as a QTextTable, its figures highlighted in their cells. */
    void insertTable(QTextCursor &cursor, std::size_t b, const QString &text, const QTextCharFormat &cf,
                     const std::function<void(QTextCursor &, int, int)> &insertHighlighted);
    /** The document position of `offset` (from the piece's start) in a piece inserted at
     *  `piecePosition`: linear in a paragraph, by its cell in a table. */
    int documentPosition(std::size_t block, int piecePosition, int offset) const;
    void startPart(int part, int topBlock);
    /** The character and paragraph formats of a piece of `block` (`continued`: not its first piece). */
    void pieceFormats(const reportcore::Block &block, bool continued, double size, QTextCharFormat &cf,
                      QTextBlockFormat &bf);
    /** Representatives' names in a piece of block `b`, set bold and underlined, into m_nameSpans. */
    void markNames(std::size_t b, const QString &text, const Piece &piece, int blockStart);
    /** Inserts pieces of the part until about `unitBudget` UTF-16 units are in; returns how many. */
    int buildPieces(int unitBudget);
    void scheduleBuild();
    QString blockText(std::size_t block) const;
    /** UTF-16 offsets (start, end) in its block's text of every indicator of `block`, computed once. */
    void ensureOffsets(std::size_t block);
    int pieceOf(std::size_t block, int offset) const;
    /** Document position of a place in a block when it is on screen (its part, inserted), or -1. */
    int positionInPart(std::size_t block, int offset) const;
    static constexpr std::size_t kMaxMatches = 10000;
    int partOf(int piece) const;
    /** Shows the part holding a piece and inserts the part up to it; its document position, or -1. */
    int bringIn(std::size_t block, int offset);
    static constexpr int kFirstSliceUnits = 2500;  ///< about what a 1920x1080 screen shows
    static constexpr int kSliceMilliseconds = 30;  ///< then slices of about this long (layout included)
    static constexpr int kPieceUnits = 6000;       ///< longest paragraph on screen, UTF-16 units
    static constexpr int kPartBytes = 360000;      ///< length of a part, UTF-8 bytes (120,000 CJK characters)
    void selectMatch(int match);
    void updateExtraSelections();
    static const Span *spanAt(const std::vector<Span> &spans, int position);

    QPointer<SectionFilter> m_filter;
    DocumentPtr m_report;
    std::vector<Span> m_indicatorSpans;      ///< sorted by start
    std::vector<Span> m_nameSpans;           ///< representatives' names; id = representative
    std::vector<std::pair<int, int>> m_indicatorUtf16; ///< per indicator: UTF-16 start, end; -1 before ensureOffsets
    std::vector<int> m_firstIndicator;       ///< per block: its first indicator (blocks+1 entries)
    std::vector<Piece> m_pieces;             ///< of the blocks the filter accepts, in order
    std::vector<std::size_t> m_blockPiece;   ///< per block: its first piece, or npos when filtered out
    std::vector<std::size_t> m_partStart;    ///< per part: its first piece
    std::vector<int> m_piecePosition;        ///< per piece of the part on screen: document position, -1 before insertion
    /** Per table on screen: each cell's start, as (offset in the block's text, document position). */
    std::unordered_map<std::size_t, std::vector<std::pair<int, int>>> m_tableCells;
    int m_part = 0;
    std::size_t m_next = 0;                  ///< the next piece to insert
    std::size_t m_partEnd = 0;               ///< one past the part's last piece
    double m_unitsPerMs = 150;               ///< measured speed of insertion with layout (a cautious start)
    mutable std::size_t m_cachedBlock = static_cast<std::size_t>(-1);
    mutable QString m_cachedText;            ///< the text of a block being cut or inserted in pieces
    std::vector<std::vector<int>> m_repsBySection; ///< representatives whose names are marked, by section
    const std::vector<int> m_noReps;
    quint64 m_generation = 0;                ///< bumped by every rebuild: stale slices stop
    bool m_seenTitle = false;
    std::vector<Match> m_matches;
    QString m_query;
    int m_current = -1;
    int m_flashIndicator = -1;
    int m_zoom = 0;
};
