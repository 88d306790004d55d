#include "chartpanel.h"

#include "chartfactory.h"
#include "sectionfilter.h"

#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QToolTip>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

ChartPanel::ChartPanel(SectionFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_choice(new QComboBox(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ChartPanel::showChart);
    connect(filter, &SectionFilter::changed, this, &ChartPanel::rebuild);
    retranslate();
}

void ChartPanel::setReport(DocumentPtr document)
{
    m_report = std::move(document);
    rebuild();
}

int ChartPanel::currentIndex() const { return m_choice->currentIndex(); }

void ChartPanel::rebuild()
{
    const QString previous = m_choice->currentIndex() >= 0 ? m_choice->currentData().toString() : QString();
    m_charts = m_report ? ChartData::build(*m_report, [this](int s) { return m_filter->accepts(s); }) : QList<ChartSpec>();
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    int keep = 0;
    for (int i = 0; i < m_charts.size(); ++i) {
        m_choice->addItem(m_charts[i].title, m_charts[i].id);
        if (m_charts[i].id == previous)
            keep = i;
    }
    m_choice->setCurrentIndex(m_charts.isEmpty() ? -1 : keep);
    showChart(m_choice->currentIndex());
}

void ChartPanel::showChart(int index)
{
    if (index < 0 || index >= m_charts.size()) {
        QChart *old = m_view->chart();
        m_view->setChart(new QChart);
        delete old;
        m_chart = nullptr;
        m_view->hide();
        m_choice->setEnabled(false);
        m_empty->setText(m_report ? tr("No chart: the sections shown state no figures that can be compared.") : QString());
        m_empty->show();
        return;
    }
    m_choice->setEnabled(true);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    auto *chart = new ReportChart(m_charts[index], dark);
    connect(chart, &ReportChart::indicatorClicked, this, &ChartPanel::indicatorClicked);
    connect(chart, &ReportChart::barHovered, this, [this](const QString &tip) {
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tip, m_view);
    });
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns its chart; the old one is ours to delete
    delete old;
    m_chart = chart;
    m_chart->highlightIndicator(m_highlighted);
    m_view->show(); // a chart always has bars: one without is never built
    m_empty->hide();
}

void ChartPanel::highlightIndicator(int indicator)
{
    m_highlighted = indicator;
    if (m_chart)
        m_chart->highlightIndicator(indicator);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        retranslate();
        if (m_report)
            rebuild(); // titles and number formats follow the language; colours the palette
    }
}

void ChartPanel::retranslate()
{
    m_choice->setAccessibleName(tr("Chart"));
    m_choice->setToolTip(tr("Choose a chart"));
    m_view->setAccessibleName(tr("Chart"));
}
