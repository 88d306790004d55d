#pragma once

#include "documentsession.h"

#include <QList>
#include <QObject>

#include <vector>

/** Which sections are shown: shared by the reading view, the indicator table and the charts. Choosing
 *  a section shows its subsections too; choosing none shows everything. */
class SectionFilter : public QObject
{
    Q_OBJECT
public:
    explicit SectionFilter(QObject *parent = nullptr);

    void setDocument(DocumentPtr document); ///< resets to "all sections"
    void setSelected(const QList<int> &sections);
    void clear() { setSelected({}); }

    bool isAll() const { return m_selected.isEmpty(); }
    QList<int> selected() const { return m_selected; }
    /** True when section `section` (an index into Document::sections) is shown. -1 (no section) is
     *  shown only when everything is. */
    bool accepts(int section) const;
    /** How many sections are shown (top-level and nested alike), and how many there are. */
    int shownCount() const;
    int totalCount() const;

signals:
    void changed();

private:
    DocumentPtr m_document;
    QList<int> m_selected;
    std::vector<char> m_accepted;
};
