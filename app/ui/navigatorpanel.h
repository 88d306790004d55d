#pragma once

#include "documentsession.h"

#include <QWidget>

class QPushButton;
class QTreeView;
class SectionFilter;
class SectionTreeModel;

/** The sections of the report, with their figure counts; choosing some filters every view. */
class NavigatorPanel : public QWidget
{
    Q_OBJECT
public:
    NavigatorPanel(SectionFilter *filter, QWidget *parent = nullptr);
    void setReport(DocumentPtr document);
    QTreeView *view() const { return m_view; }
    SectionTreeModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectionChanged();

    SectionFilter *m_filter;
    SectionTreeModel *m_model;
    QTreeView *m_view;
    QPushButton *m_all;
};
