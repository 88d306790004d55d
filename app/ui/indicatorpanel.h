#pragma once

#include "documentsession.h"

#include <QWidget>

class IndicatorFilterProxy;
class IndicatorTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class SectionFilter;

/** The table of indicators, with a text filter, a category filter and copy as TSV. */
class IndicatorPanel : public QWidget
{
    Q_OBJECT
public:
    IndicatorPanel(SectionFilter *filter, QWidget *parent = nullptr);
    void setReport(DocumentPtr document);
    /** Selects an indicator's row and scrolls to it (when the filters show it). */
    void selectIndicator(int indicator);
    /** Copies the selected rows (all shown rows when none is selected) as TSV. */
    void copySelection();
    QTableView *view() const { return m_view; }
    IndicatorFilterProxy *proxy() const { return m_proxy; }
    IndicatorTableModel *model() const { return m_model; }

signals:
    void indicatorActivated(int indicator); ///< double-click or Enter: show it in the text
    void indicatorSelected(int indicator);  ///< the current row changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /** Columns as wide as their content (a sample of rows), words columns as their longest word. */
    void sizeColumns();

    bool m_selecting = false; ///< the row is being set from outside (selectIndicator): not the reader's choice
    IndicatorTableModel *m_model;
    IndicatorFilterProxy *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_category;
    QToolButton *m_copy;
    QTableView *m_view;
    QLabel *m_title;
};
