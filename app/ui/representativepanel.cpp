#include "representativepanel.h"

#include "representativefilterproxy.h"
#include "representativemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

RepresentativePanel::RepresentativePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RepresentativeModel(this))
    , m_proxy(new RepresentativeFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // the full text in the tooltip
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_filter->setClearButtonEnabled(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RepresentativeFilterProxy::setQuery);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit representativeActivated(index.data(RepresentativeModel::RepresentativeRole).toInt());
    };
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_view, &QTableView::clicked, this, activate);
    retranslate();
}

void RepresentativePanel::setReport(DocumentPtr document)
{
    m_model->setDocument(std::move(document));
    m_view->resizeColumnsToContents();
}

void RepresentativePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RepresentativePanel::retranslate()
{
    m_title->setText(tr("Representatives"));
    m_filter->setPlaceholderText(tr("Filter by name, role, organisation or pinyin…"));
    m_filter->setAccessibleName(tr("Filter representatives"));
    m_view->setAccessibleName(tr("Representatives"));
}
