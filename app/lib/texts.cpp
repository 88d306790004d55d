#include "texts.h"

#include <reportcore/classify.h>
#include <reportcore/read.h>

#include <QCache>
#include <QFile>

#include "numberformat.h"

#include <QLocale>
#include <QRegularExpression>

using namespace reportcore;

QString Texts::qualifier(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact: return tr("exact");
    case Qualifier::Over: return tr("more than (lower bound)");
    case Qualifier::About: return tr("about");
    case Qualifier::Under: return tr("less than (upper bound)");
    }
    return {};
}

QString Texts::qualifierShort(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact: return tr("exact", "qualifier, short");
    case Qualifier::Over: return tr("over", "qualifier, short");
    case Qualifier::About: return tr("about", "qualifier, short");
    case Qualifier::Under: return tr("under", "qualifier, short");
    }
    return {};
}

QString Texts::category(Category c)
{
    switch (c) {
    case Category::People: return tr("people");
    case Category::Money: return tr("money");
    case Category::Percent: return tr("percent");
    case Category::Count: return tr("count");
    }
    return {};
}

QString Texts::change(Change c)
{
    switch (c) {
    case Change::Up: return tr("increase");
    case Change::Down: return tr("decrease");
    case Change::None: return {};
    }
    return {};
}

QString Texts::blockKind(BlockKind k)
{
    switch (k) {
    case BlockKind::Heading: return tr("heading");
    case BlockKind::Kicker: return tr("kicker");
    case BlockKind::Subtitle: return tr("subtitle");
    case BlockKind::Byline: return tr("byline");
    case BlockKind::Paragraph: return tr("paragraph");
    case BlockKind::Item: return tr("item");
    case BlockKind::Caption: return tr("caption");
    case BlockKind::Credit: return tr("credit");
    case BlockKind::Speaker: return tr("speaker");
    case BlockKind::Table: return tr("table");
    }
    return {};
}

QString Texts::sectionKind(SectionKind k)
{
    switch (k) {
    case SectionKind::Article: return tr("article");
    case SectionKind::Profiles: return tr("profiles");
    case SectionKind::Messages: return tr("messages");
    case SectionKind::Other: return tr("other");
    }
    return {};
}

QString Texts::decodeError(DecodeError e, quint64 bytes, quint64 limit)
{
    switch (e) {
    case DecodeError::None: return {};
    case DecodeError::NotFound: return tr("The file does not exist.");
    case DecodeError::Unreadable: return tr("The file could not be read (it is a folder, or permission is denied).");
    case DecodeError::Empty: return tr("The file is empty: it contains no text.");
    case DecodeError::Binary: return tr("This is not a text file: it contains binary data.");
    case DecodeError::TooLarge:
        return tr("The file is too large: %1 MB (the limit is %2 MB).")
            .arg(QLocale().toString(double(bytes) / 1e6, 'f', 1), QLocale().toString(double(limit) / 1e6, 'f', 1));
    case DecodeError::Cancelled: return tr("Reading the report was cancelled.");
    case DecodeError::Encrypted: return tr("The document is protected by a password.");
    case DecodeError::NoText:
        return tr("No text was found in the document, even by OCR: its pages are blank, or images too unclear to read.");
    case DecodeError::Corrupt: return tr("The document is damaged or incomplete and cannot be read.");
    case DecodeError::Unsupported:
        return tr("This kind of document cannot be read. A legacy Word (.doc) or WPS file can be saved as .docx "
                  "in Word or WPS, or converted with LibreOffice.");
    }
    return {};
}

QString Texts::unpackedTooLarge(quint64 limit)
{
    return tr("The document unpacks to more than the limit of %1 MB: it is refused (a damaged or hostile file?).")
        .arg(QLocale().toString(double(limit) / 1e6, 'f', 1));
}

QString Texts::diagnostic(const Diagnostic &d)
{
    switch (d.code) {
    case DiagnosticCode::InvalidBytes:
        return d.line > 0 ? tr("Line %1: %n invalid byte sequence(s) replaced by \uFFFD.", "", d.related).arg(d.line)
                          : tr("Invalid byte sequences on %n more line(s).", "", d.related);
    case DiagnosticCode::TruncatedSequence: return tr("Line %1: the text ends inside a character (a truncated file?).").arg(d.line);
    case DiagnosticCode::EncodingGuessed: return tr("The encoding was guessed: the file has no byte-order mark and is not UTF-8.");
    case DiagnosticCode::ParagraphJoinedCaption: return tr("Line %1: the paragraph continues at line %2, after a caption.").arg(d.line).arg(d.related);
    case DiagnosticCode::ParagraphJoinedColumnBreak: return tr("Line %1: the paragraph continues at line %2, after a column break.").arg(d.line).arg(d.related);
    case DiagnosticCode::LongLine: return tr("Line %1 is very long: figures past its first %2 characters were not looked for.").arg(d.line).arg(d.related);
    case DiagnosticCode::NoStructure: return tr("The report has no headings: it is read as one section.");
    }
    return {};
}

QString Texts::sectionTitle(const Document &doc, int section)
{
    if (section < 0 || section >= static_cast<int>(doc.sections.size()))
        return {};
    const QString title = QString::fromStdString(doc.sections[static_cast<std::size_t>(section)].title);
    return title.isEmpty() ? tr("(untitled)") : title;
}

QString Texts::unit(const std::string &unit)
{
    const QString written = QString::fromStdString(unit);
    if (QLocale().language() == QLocale::Chinese)
        return written;
    static const std::pair<const char *, const char *> words[] = {
        {"元", QT_TR_NOOP("yuan")},          {"美元", QT_TR_NOOP("US dollars")}, {"人", QT_TR_NOOP("people")},
        {"人次", QT_TR_NOOP("person-times")}, {"户", QT_TR_NOOP("households")},  {"家", QT_TR_NOOP("firms")},
        {"吨", QT_TR_NOOP("tonnes")},         {"亩", QT_TR_NOOP("mu")},          {"公顷", QT_TR_NOOP("hectares")},
        {"公里", QT_TR_NOOP("km")},           {"千米", QT_TR_NOOP("km")},        {"平方米", QT_TR_NOOP("m²")},
        {"千瓦时", QT_TR_NOOP("kWh")},        {"辆", QT_TR_NOOP("vehicles")},    {"项", QT_TR_NOOP("items")},
        {"个百分点", QT_TR_NOOP("percentage points")}, {"岁", QT_TR_NOOP("years of age")}};
    for (const auto &[zh, en] : words)
        if (unit == zh)
            return tr(en);
    return written;
}

QString Texts::written(const Indicator &i)
{
    QString text = QString::fromStdString(i.text);
    const QString column = QString::fromStdString(i.tableColumn);
    if (column.isEmpty() || text.contains(QChar(0x4E07)) || text.contains(QChar(0x4EBF)))
        return text;
    // The column's unit in brackets: （亿元）, （万人）, (万吨)
    static const QRegularExpression unit(QStringLiteral("[（(]\\s*(万亿|亿|万)"));
    const QRegularExpressionMatch m = unit.match(column);
    return m.hasMatch() ? text + m.captured(1) : text;
}

QString Texts::value(const Indicator &i)
{
    QString v = NumberFormat::full(i.value);
    if (i.valueMax)
        v += QStringLiteral("\u2013") + NumberFormat::full(*i.valueMax);
    const QString unit = QString::fromStdString(i.unit);
    if (unit.isEmpty())
        return v;
    if (unit == QStringLiteral("%"))
        return v + unit;
    return v + QLatin1Char(' ') + unit;
}

QString Texts::labelSource(LabelSource s)
{
    switch (s) {
    case LabelSource::Text: return tr("its own clause");
    case LabelSource::Shared: return tr("a name given once for several figures");
    case LabelSource::Context: return tr("an earlier sentence of its paragraph");
    case LabelSource::Table: return tr("its row in the table");
    case LabelSource::None: return tr("nothing in the text");
    }
    return {};
}

QString Texts::label(const Indicator &i)
{
    return i.label.empty() ? tr("(not named)") : QString::fromStdString(i.label);
}

QString Texts::measure(const Indicator &i)
{
    return i.label.empty() ? tr("(not named)") : QString::fromStdString(reportcore::measureName(i));
}

namespace {

/** For an uncertain figure of a scan: the scan's picture of it, as a data URL (kept for the figures
 *  asked about: a tooltip is asked for again and again); "" when there is none. */
QString scanPicture(const Document &doc, const Indicator &i)
{
    if (!reportcore::isUncertain(i) || doc.source.path.empty() || !(i.ocrX1 > i.ocrX0))
        return {};
    static QCache<QString, QString> pictures(64);
    const QString key = QString::fromStdString(doc.source.path) + QLatin1Char('#') + QString::number(i.id);
    if (const QString *known = pictures.object(key))
        return *known;
    QFile file(QFile::decodeName(doc.source.path.c_str()));
    QString url;
    if (file.size() <= static_cast<qint64>(reportcore::DecodeOptions{}.maxBytes) && file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        const std::string png = reportcore::figurePicture(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                                          i.page > 0 ? i.page : 1, i.ocrX0, i.ocrTop, i.ocrX1, i.ocrBottom);
        if (!png.empty())
            url = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(QByteArray::fromStdString(png).toBase64());
    }
    pictures.insert(key, new QString(url));
    return url;
}

/** The notes of the footnote marks in the figure's sentence, up to the figure's end. */
QStringList footnotesOf(const Document &doc, const Indicator &i)
{
    QStringList notes;
    if (i.block < 0 || static_cast<std::size_t>(i.block) >= doc.blocks.size())
        return notes;
    const Block &block = doc.blocks[static_cast<std::size_t>(i.block)];
    if (block.footnotes.empty())
        return notes;
    const std::u32string text = QString::fromStdString(block.text).toStdU32String();
    std::size_t start = std::min<std::size_t>(static_cast<std::size_t>(i.offset), text.size());
    static const std::u32string ends = U"\u3002\uFF01\uFF1F\uFF1B!?;";
    while (start > 0 && ends.find(text[start - 1]) == std::u32string::npos)
        --start;
    for (const Footnote &f : block.footnotes)
        if (f.offset >= static_cast<int>(start) && f.offset <= i.offset + i.length && !f.note.empty())
            notes << QString::fromStdString(f.mark + f.note);
    return notes;
}

} // namespace

QString Texts::indicatorTooltip(const Document &doc, const Indicator &i)
{
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p style='white-space:pre'><b>%1</b></p><table>")
                       .arg(QString::fromStdString(i.text).toHtmlEscaped());
    html += row(tr("Value"), value(i));
    html += row(tr("Qualifier"), qualifier(i.qualifier));
    if (i.change != Change::None)
        html += row(tr("Change"), change(i.change));
    html += row(tr("Counts"), label(i));
    if (!i.tableColumn.empty())
        html += row(tr("Column"), QString::fromStdString(i.tableColumn));
    if (!i.period.empty())
        html += row(tr("Period"), QString::fromStdString(i.period));
    html += row(tr("Named by"), labelSource(i.labelSource));
    html += row(tr("Category"), category(i.category));
    if (i.year)
        html += row(tr("Year"), QString::number(*i.year));
    html += row(tr("Section"), sectionTitle(doc, i.section));
    if (i.page > 0)
        html += row(tr("Page"), QString::number(i.page));
    html += row(tr("Line"), QString::number(i.line));
    if (i.ocrConfidence)
        html += row(tr("Read by OCR"), isUncertain(i) ? tr("%1 % sure — check it against the scan").arg(qRound(*i.ocrConfidence))
                                                      : tr("%1 % sure").arg(qRound(*i.ocrConfidence)));
    html += QStringLiteral("</table>");
    if (const QString picture = scanPicture(doc, i); !picture.isEmpty())
        html += QStringLiteral("<p>%1<br><img src='%2'></p>").arg(tr("The scan shows:").toHtmlEscaped(), picture);
    for (const QString &note : footnotesOf(doc, i))
        html += QStringLiteral("<p style='max-width:30em'><small>%1</small></p>").arg(note.toHtmlEscaped());
    return html;
}
