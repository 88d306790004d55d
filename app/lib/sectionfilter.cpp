#include "sectionfilter.h"

#include <algorithm>

SectionFilter::SectionFilter(QObject *parent)
    : QObject(parent)
{
}

void SectionFilter::setDocument(DocumentPtr document)
{
    m_document = std::move(document);
    m_selected.clear();
    m_accepted.assign(m_document ? m_document->sections.size() : 0, 1);
    emit changed();
}

void SectionFilter::setSelected(const QList<int> &sections)
{
    QList<int> valid;
    const int count = m_document ? static_cast<int>(m_document->sections.size()) : 0;
    for (int s : sections)
        if (s >= 0 && s < count && !valid.contains(s))
            valid.append(s);
    std::sort(valid.begin(), valid.end());
    if (valid == m_selected && !m_accepted.empty())
        return;
    m_selected = valid;
    m_accepted.assign(static_cast<std::size_t>(count), m_selected.isEmpty() ? 1 : 0);
    if (!m_selected.isEmpty()) {
        // A section is shown when it or one of its ancestors is chosen.
        for (int s = 0; s < count; ++s)
            for (int a = s; a >= 0; a = m_document->sections[static_cast<std::size_t>(a)].parent)
                if (m_selected.contains(a)) {
                    m_accepted[static_cast<std::size_t>(s)] = 1;
                    break;
                }
    }
    emit changed();
}

bool SectionFilter::accepts(int section) const
{
    if (section < 0 || static_cast<std::size_t>(section) >= m_accepted.size())
        return isAll();
    return m_accepted[static_cast<std::size_t>(section)] != 0;
}

int SectionFilter::shownCount() const
{
    return static_cast<int>(std::count(m_accepted.begin(), m_accepted.end(), 1));
}

int SectionFilter::totalCount() const { return static_cast<int>(m_accepted.size()); }
