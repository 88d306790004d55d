#pragma once

#include "documentsession.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class ReadingView;
class SectionFilter;

/** The reading view with its colour legend above and the search bar below (Ctrl+F). */
class ReadingPane : public QWidget
{
    Q_OBJECT
public:
    ReadingPane(SectionFilter *filter, QWidget *parent = nullptr);
    ReadingView *view() const { return m_view; }
    void setReport(DocumentPtr document);
    /** Shows the search bar and focuses it. */
    void startSearch();
    QLineEdit *searchEdit() const { return m_search; }
    /** The bar that chooses the part of a very long report (hidden for one part). */
    QWidget *partBar() const { return m_partBar; }
    QComboBox *partChoice() const { return m_partChoice; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateCount(int current, int count);
    void updateParts(int part, int count);

    ReadingView *m_view;
    QWidget *m_legend;
    QList<QLabel *> m_legendLabels;
    QLabel *m_legendTitle;
    QWidget *m_searchBar;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_count;
    QWidget *m_partBar;
    QToolButton *m_partPrevious;
    QComboBox *m_partChoice;
    QToolButton *m_partNext;
};
