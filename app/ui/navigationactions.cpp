#include "navigationactions.h"

#include "chinesefold.h"
#include "documentsession.h"
#include "indicatorfilterproxy.h"
#include "indicatorpanel.h"
#include "readingpane.h"
#include "readingview.h"
#include "sectionfilter.h"
#include "texts.h"

#include <reportcore/library.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>

using namespace reportcore;

namespace {

enum class Target { Section, Representative, Figure };

/** Ctrl+G: a field over the report's section titles, representatives and figures; typing narrows the
 *  list (Traditional or Simplified alike), Enter goes to the first or the chosen one. */
class GoToDialog : public QDialog
{
public:
    GoToDialog(const Document &doc, QWidget *parent) : QDialog(parent), m_field(new QLineEdit(this)), m_list(new QListWidget(this))
    {
        setWindowTitle(NavigationActions::tr("Go to"));
        m_field->setPlaceholderText(NavigationActions::tr("A section, a representative or a figure…"));
        m_field->setClearButtonEnabled(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_field);
        layout->addWidget(m_list, 1);
        auto add = [this](const QString &text, Target kind, int index) {
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, static_cast<int>(kind));
            item->setData(Qt::UserRole + 1, index);
            item->setData(Qt::UserRole + 2, ChineseFold::toSimplified(text).toCaseFolded());
        };
        // A paged source (a PDF, a scan) by its pages, as the reader holds it; any other by its lines.
        std::vector<int> firstPage(doc.sections.size(), 0);
        for (const Block &block : doc.blocks)
            if (block.section >= 0 && block.page > 0 && firstPage[static_cast<std::size_t>(block.section)] == 0)
                firstPage[static_cast<std::size_t>(block.section)] = block.page;
        for (std::size_t s = 0; s < doc.sections.size(); ++s) {
            const QString title = QString::fromStdString(doc.sections[s].title);
            add(firstPage[s] > 0 ? NavigationActions::tr("Section: %1 (page %2)").arg(title).arg(firstPage[s])
                                 : NavigationActions::tr("Section: %1").arg(title),
                Target::Section, static_cast<int>(s));
        }
        for (std::size_t r = 0; r < doc.representatives.size(); ++r) {
            const Representative &rep = doc.representatives[r];
            add(NavigationActions::tr("Representative: %1 (%2)").arg(QString::fromStdString(rep.name), QString::fromStdString(rep.congress)),
                Target::Representative, static_cast<int>(r));
        }
        for (std::size_t i = 0; i < doc.indicators.size(); ++i) {
            const Indicator &ind = doc.indicators[i];
            const QString figure = QString::fromStdString(ind.text), what = Texts::measure(ind);
            add(ind.page > 0 ? NavigationActions::tr("Figure: %1 — %2 (page %3, line %4)").arg(figure, what).arg(ind.page).arg(ind.line)
                             : NavigationActions::tr("Figure: %1 — %2 (line %3)").arg(figure, what).arg(ind.line),
                Target::Figure, static_cast<int>(i));
        }
        connect(m_field, &QLineEdit::textChanged, this, &GoToDialog::narrow);
        connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
        m_field->installEventFilter(this);
        narrow(QString());
        resize(640, 420);
    }
    /** The kind and index chosen, or {-1, -1}. */
    std::pair<int, int> chosen() const
    {
        const QListWidgetItem *item = m_list->currentItem();
        if (!item || item->isHidden())
            return {-1, -1};
        return {item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt()};
    }
    QLineEdit *field() const { return m_field; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_field && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                QApplication::sendEvent(m_list, event); // arrows move in the list while typing
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                accept();
                return true;
            }
        }
        return QDialog::eventFilter(watched, event);
    }

private:
    void narrow(const QString &text)
    {
        const QString folded = ChineseFold::toSimplified(text.trimmed()).toCaseFolded();
        QListWidgetItem *first = nullptr;
        for (int k = 0; k < m_list->count(); ++k) {
            QListWidgetItem *item = m_list->item(k);
            const bool shown = folded.isEmpty() || item->data(Qt::UserRole + 2).toString().contains(folded);
            item->setHidden(!shown);
            if (shown && !first)
                first = item;
        }
        m_list->setCurrentItem(first);
    }
    QLineEdit *m_field;
    QListWidget *m_list;
};

QString shortcutText(const QAction *a)
{
    QStringList keys;
    for (const QKeySequence &k : a->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

NavigationActions::NavigationActions(DocumentSession *session, SectionFilter *filter, ReadingPane *reading, IndicatorPanel *indicators,
                                     QWidget *window)
    : QObject(window), m_session(session), m_filter(filter), m_reading(reading), m_indicators(indicators), m_window(window)
{
    auto action = [this](auto slot, const QList<QKeySequence> &keys) {
        auto *a = new QAction(m_window);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_window->addAction(a); // works without the menu bar too
        return a;
    };
    m_next = action([this] { step(1, false); }, {QKeySequence(Qt::Key_F8)});
    m_previous = action([this] { step(-1, false); }, {QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    m_nextSame = action([this] { step(1, true); }, {QKeySequence(Qt::CTRL | Qt::Key_F8)});
    m_previousSame = action([this] { step(-1, true); }, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F8)});
    // The platform's Find Next (F3; some desktops add Ctrl+G, which here goes to a place instead).
    auto without = [](QList<QKeySequence> keys, const QKeySequence &taken) {
        keys.removeAll(taken);
        return keys;
    };
    m_findNext = action([this] { m_reading->view()->findNext(); },
                        without(QKeySequence::keyBindings(QKeySequence::FindNext), QKeySequence(Qt::CTRL | Qt::Key_G)));
    m_findPrevious = action([this] { m_reading->view()->findPrevious(); },
                            without(QKeySequence::keyBindings(QKeySequence::FindPrevious), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)));
    m_goTo = action([this] { goTo(); }, {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_copyFigure = action([this] { QApplication::clipboard()->setText(figureText()); }, {});
    m_copySentence = action([this] { QApplication::clipboard()->setText(sentenceText()); }, {});
    m_copyCitation = action([this] { copyCitation(); }, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)});
    m_shortcuts = action([this] { showShortcuts(); }, QKeySequence::keyBindings(QKeySequence::HelpContents));
    connect(m_session, &DocumentSession::documentChanged, this, [this] { m_current = -1; });
    retranslate();
}

QList<QAction *> NavigationActions::navigationActions() const
{
    return {m_next, m_previous, m_nextSame, m_previousSame, m_findNext, m_findPrevious, m_goTo};
}

QList<QAction *> NavigationActions::copyActions() const { return {m_copyFigure, m_copySentence, m_copyCitation}; }

void NavigationActions::retranslate()
{
    m_next->setText(tr("&Next Figure"));
    m_previous->setText(tr("&Previous Figure"));
    m_nextSame->setText(tr("Next Figure of the &Category Chosen"));
    m_previousSame->setText(tr("Previous Figure of the Category Chosen"));
    m_findNext->setText(tr("Find &Next"));
    m_findPrevious->setText(tr("Find Pre&vious"));
    m_goTo->setText(tr("&Go to Section, Representative or Figure…"));
    m_copyFigure->setText(tr("Copy the &Figure"));
    m_copySentence->setText(tr("Copy Its &Sentence"));
    m_copyCitation->setText(tr("Copy the Figure with Its Sou&rce"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    for (QAction *a : {m_copyFigure, m_copySentence, m_copyCitation})
        a->setStatusTip(tr("The figure the reader is at: the last one shown, clicked or chosen in the table."));
}

void NavigationActions::setCurrent(int indicator) { m_current = indicator; }

bool NavigationActions::step(int direction, bool sameCategory)
{
    const DocumentPtr doc = m_session->document();
    if (!doc || doc->indicators.empty())
        return false;
    const int category = sameCategory ? m_indicators->proxy()->category() : -1;
    const int count = static_cast<int>(doc->indicators.size());
    for (int i = m_current < 0 && direction < 0 ? count - 1 : m_current + direction; i >= 0 && i < count; i += direction) {
        const Indicator &ind = doc->indicators[static_cast<std::size_t>(i)];
        if (!m_filter->accepts(ind.section) || (category >= 0 && static_cast<int>(ind.category) != category))
            continue;
        m_current = i;
        emit showIndicatorRequested(i);
        return true;
    }
    return false;
}

QString NavigationActions::figureText() const
{
    const DocumentPtr doc = m_session->document();
    if (!doc || m_current < 0 || m_current >= static_cast<int>(doc->indicators.size()))
        return {};
    return QString::fromStdString(doc->indicators[static_cast<std::size_t>(m_current)].text);
}

QString NavigationActions::sentenceText() const
{
    const DocumentPtr doc = m_session->document();
    if (!doc || m_current < 0 || m_current >= static_cast<int>(doc->indicators.size()))
        return {};
    return QString::fromStdString(sentenceOf(*doc, doc->indicators[static_cast<std::size_t>(m_current)]));
}

QString NavigationActions::citation(bool html) const
{
    const DocumentPtr doc = m_session->document();
    if (!doc || m_current < 0 || m_current >= static_cast<int>(doc->indicators.size()))
        return {};
    const Indicator &ind = doc->indicators[static_cast<std::size_t>(m_current)];
    const ReportInfo info = describeReport(*doc);
    QString report = QString::fromStdString(info.title);
    if (report.isEmpty())
        report = m_session->filePath().isEmpty() ? tr("the embedded report") : m_session->filePath();
    const QString section = ind.section >= 0 ? QString::fromStdString(doc->sections[static_cast<std::size_t>(ind.section)].title) : QString();
    const QString place = ind.page > 0 ? tr("page %1, line %2").arg(ind.page).arg(ind.line) : tr("line %1").arg(ind.line);
    const QString figure = QString::fromStdString(ind.text), sentence = QString::fromStdString(sentenceOf(*doc, ind));
    if (!html)
        return tr("%1 — %2 — %3, %4, %5").arg(figure, sentence, report, section, place);
    // Report words are escaped: they are text, never markup.
    return tr("%1 — %2 — %3, %4, %5")
        .arg(QStringLiteral("<b>%1</b>").arg(figure.toHtmlEscaped()), QStringLiteral("“%1”").arg(sentence.toHtmlEscaped()),
             QStringLiteral("<i>%1</i>").arg(report.toHtmlEscaped()), section.toHtmlEscaped(), place.toHtmlEscaped());
}

void NavigationActions::copyCitation()
{
    if (m_current < 0)
        return;
    auto *data = new QMimeData;
    data->setText(citation(false));
    data->setHtml(citation(true));
    QApplication::clipboard()->setMimeData(data);
}

void NavigationActions::showFigureMenu(int indicator, const QPoint &globalPos)
{
    m_current = indicator;
    QMenu menu(m_window);
    menu.addActions(copyActions());
    menu.exec(globalPos);
    returnFocus();
}

void NavigationActions::returnFocus()
{
    // After a dialog or a menu, the keys go to the reading again, without a click.
    m_window->activateWindow();
    m_reading->view()->setFocus(Qt::OtherFocusReason);
}

void NavigationActions::goTo()
{
    const DocumentPtr doc = m_session->document();
    if (!doc)
        return;
    GoToDialog dialog(*doc, m_window);
    const int answer = dialog.exec();
    const auto [kind, index] = dialog.chosen();
    if (answer != QDialog::Accepted || index < 0) {
        returnFocus();
        return;
    }
    switch (static_cast<Target>(kind)) {
    case Target::Figure:
        m_current = index;
        emit showIndicatorRequested(index);
        break;
    case Target::Representative: emit showRepresentativeRequested(index); break;
    case Target::Section:
        for (std::size_t b = 0; b < doc->blocks.size(); ++b)
            if (doc->blocks[b].section == index) {
                emit showBlockRequested(static_cast<int>(b));
                break;
            }
        break;
    }
    returnFocus(); // after the move: what it showed may have taken the focus
}

void NavigationActions::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<QAction *> actions;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (!a->shortcuts().isEmpty() && !a->text().isEmpty())
            actions << a;
    table->setRowCount(static_cast<int>(actions.size()));
    for (int r = 0; r < actions.size(); ++r) {
        QString text = actions[r]->text();
        text.remove(QLatin1Char('&'));
        table->setItem(r, 0, new QTableWidgetItem(text));
        table->setItem(r, 1, new QTableWidgetItem(shortcutText(actions[r])));
    }
    table->sortItems(0);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 520);
    dialog.exec();
    returnFocus();
}
