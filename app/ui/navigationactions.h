#pragma once
// Reading with the keyboard and sharing what is read: step from figure to figure (all, or those of the
// category chosen in the table), repeat a search, go to a section, representative or figure by typing
// (Ctrl+G), copy a figure with its sentence and its source, and the list of every shortcut.

#include <QObject>

class DocumentSession;
class IndicatorPanel;
class QAction;
class QMenu;
class QWidget;
class ReadingPane;
class SectionFilter;

class NavigationActions : public QObject
{
    Q_OBJECT
public:
    NavigationActions(DocumentSession *session, SectionFilter *filter, ReadingPane *reading, IndicatorPanel *indicators,
                      QWidget *window);
    /** View menu: figure by figure, search again, go to. */
    QList<QAction *> navigationActions() const;
    /** Edit menu: copy a figure, its sentence, with its source. */
    QList<QAction *> copyActions() const;
    QAction *shortcutsAction() const { return m_shortcuts; }
    void retranslate();

    /** The figure the reader is at (-1: none yet): the last one shown, clicked or selected. */
    int current() const { return m_current; }
    void setCurrent(int indicator);
    /** Shows the next (or previous) figure of the sections shown; of the table's category when
     *  `sameCategory`. False when there is none further. */
    bool step(int direction, bool sameCategory);
    /** Plain text and HTML for the current figure: the figure, its sentence, or "figure — sentence —
     *  report, section, line". */
    QString figureText() const;
    QString sentenceText() const;
    QString citation(bool html) const;
    void copyCitation();
    /** The context menu of a figure in the text. */
    void showFigureMenu(int indicator, const QPoint &globalPos);
    void goTo();
    void showShortcuts();

signals:
    void showIndicatorRequested(int indicator);
    void showRepresentativeRequested(int representative);
    void showBlockRequested(int block);

private:
    /** Gives the keys back to the reading view after a popup. */
    void returnFocus();
    DocumentSession *m_session;
    SectionFilter *m_filter;
    ReadingPane *m_reading;
    IndicatorPanel *m_indicators;
    QWidget *m_window;
    int m_current = -1;
    QAction *m_next, *m_previous, *m_nextSame, *m_previousSame, *m_findNext, *m_findPrevious, *m_goTo;
    QAction *m_copyFigure, *m_copySentence, *m_copyCitation, *m_shortcuts;
};
