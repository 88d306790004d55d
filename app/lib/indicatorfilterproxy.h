#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class SectionFilter;

/** The indicator table as shown: the sections the SectionFilter lets through, a text filter (figure,
 *  label, unit, section) and a category; numeric sort on values. */
class IndicatorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IndicatorFilterProxy(SectionFilter *sections, QObject *parent = nullptr);

    void setText(const QString &text);
    /** The figures OCR was unsure of, of every category (setCategory's value for them). */
    static constexpr int kUncertain = -2;
    /** -1 for every category, kUncertain for the uncertain figures, else a reportcore::Category as int. */
    void setCategory(int category);
    int category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /** Line and value compare the figures themselves (no QVariant): a large report sorts fast. */
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<SectionFilter> m_sections;
    QString m_text;
    int m_category = -1;
};
