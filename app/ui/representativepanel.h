#pragma once

#include "documentsession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class RepresentativeFilterProxy;
class RepresentativeModel;

/** The representatives the report profiles; the filter matches pinyin too. */
class RepresentativePanel : public QWidget
{
    Q_OBJECT
public:
    explicit RepresentativePanel(QWidget *parent = nullptr);
    void setReport(DocumentPtr document);
    QTableView *view() const { return m_view; }
    RepresentativeFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void representativeActivated(int representative);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RepresentativeModel *m_model;
    RepresentativeFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_title;
};
