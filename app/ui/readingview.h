#pragma once

#include "documentsession.h"

#include <QPointer>
#include <QTextBrowser>

#include <vector>

class SectionFilter;

/** The report as structured text: headings, bylines, paragraphs, items and captions set apart; every
 *  figure highlighted in its category's colour; representatives' names marked. The report's text is
 *  inserted as text (QTextCursor), never parsed as HTML, and nothing here follows a link or loads a
 *  resource. Follows the SectionFilter. */
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
    bool isComplete() const;

    /** Highlights every match of `query` and selects the first at or after the cursor; returns the
     *  number of matches (0 clears the highlights). */
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
    void searchChanged(int current, int count);

protected:
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Span {
        int start, end, id;
    };
    void rebuild();
    void buildBlocks(int charBudget, int milliseconds);
    void scheduleBuild();
    static constexpr int kFirstSliceChars = 2500;  ///< about what a 1920x1080 screen shows
    static constexpr int kSliceMilliseconds = 25;  ///< then slices of this long, between events
    void selectMatch(int match);
    void updateExtraSelections();
    static const Span *spanAt(const std::vector<Span> &spans, int position);

    QPointer<SectionFilter> m_filter;
    DocumentPtr m_report;
    std::vector<Span> m_indicatorSpans;      ///< sorted by start
    std::vector<Span> m_nameSpans;           ///< representatives' names; id = representative
    std::vector<int> m_indicatorPosition;    ///< per indicator, -1 when not shown
    std::vector<int> m_blockPosition;        ///< per block, -1 when not shown
    std::vector<int> m_firstIndicator;       ///< per block: its first indicator (blocks+1 entries)
    std::size_t m_next = 0;                  ///< the next block to insert
    std::vector<std::vector<int>> m_repsBySection; ///< representatives whose names are marked, by section
    const std::vector<int> m_noReps;
    quint64 m_generation = 0;                ///< bumped by every rebuild: stale slices stop
    bool m_seenTitle = false;
    std::vector<std::pair<int, int>> m_matches;
    QString m_query;
    int m_current = -1;
    int m_flashIndicator = -1;
    int m_zoom = 0;
};
