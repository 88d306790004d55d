// Word (.docx): the zip read by libzip, the XML by expat, as pandoc's reader walks it
// (shared/reader-anchors.md §4): paragraphs in body order, heading styles (by name, through basedOn)
// and outline levels, numbering, tables through a grid (gridBefore, gridSpan, vMerge), text boxes
// lifted out, tracked insertions kept and deletions dropped, field results kept and instructions
// dropped, mc:AlternateContent read through its Fallback only. Footnotes, headers and footers are
// other parts of the zip, never read into the running text.

#include "read/docxnumbering.h"
#include "read/docxzip.h"
#include "read/readers.h"

#include "text/lexicon.h"
#include "text/text.h"

// Debian builds expat with DTD support; the billion-laughs settings are declared only then.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <functional>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace reportcore::readers {

namespace {

// ---- styles.xml: name, basedOn, outline level and numbering per paragraph style ----

struct Style {
    std::string name, basedOn;
    std::optional<int> outline;
    bool numbered = false;
    std::string numId; // the style's list, and its level in it
    int ilvl = 0;
    int size = 0; // half-points
};

struct StylesHandler {
    std::map<std::string, Style> styles;
    std::string current;
    bool paragraphStyle = false;
    int depth = 0, styleDepth = -1;

    static void start(void *data, const XML_Char *name, const XML_Char **attrs)
    {
        auto *self = static_cast<StylesHandler *>(data);
        ++self->depth;
        const std::string_view n = local(name);
        if (n == "style") {
            const XML_Char *type = attribute(attrs, "type");
            const XML_Char *id = attribute(attrs, "styleId");
            self->paragraphStyle = id && (!type || std::string_view(type) == "paragraph");
            self->current = id ? id : "";
            self->styleDepth = self->depth;
            return;
        }
        if (self->styleDepth < 0 || !self->paragraphStyle)
            return;
        Style &s = self->styles[self->current];
        const XML_Char *val = attribute(attrs, "val");
        if (n == "name" && val)
            s.name = asciiLower(val);
        else if (n == "basedOn" && val)
            s.basedOn = val;
        else if (n == "outlineLvl" && val)
            s.outline = std::atoi(val);
        else if (n == "numId" && val) {
            s.numbered = std::string_view(val) != "0";
            s.numId = val;
        } else if (n == "ilvl" && val)
            s.ilvl = std::atoi(val);
        else if (n == "sz" && val)
            s.size = std::atoi(val);
    }
    static void end(void *data, const XML_Char *name)
    {
        auto *self = static_cast<StylesHandler *>(data);
        if (local(name) == "style")
            self->styleDepth = -1;
        --self->depth;
    }

    /** A heading level from the style's name ("heading 2", "标题 2", "title") or outline level. */
    int headingLevel(const std::string &id) const
    {
        std::string at = id;
        for (int guard = 0; guard < 12 && !at.empty(); ++guard) {
            const auto it = styles.find(at);
            if (it == styles.end())
                return 0;
            const Style &s = it->second;
            for (std::string_view prefix : {std::string_view("heading "), std::string_view("\xE6\xA0\x87\xE9\xA2\x98 ")}) {
                if (s.name.size() > prefix.size() && s.name.compare(0, prefix.size(), prefix) == 0) {
                    const int level = std::atoi(s.name.c_str() + prefix.size());
                    if (level > 0 && level <= 9)
                        return level;
                }
            }
            if (s.name == "title" || s.name == "\xE6\xA0\x87\xE9\xA2\x98")
                return 1;
            if (s.outline && *s.outline >= 0 && *s.outline <= 8)
                return *s.outline + 1;
            at = s.basedOn;
        }
        return 0;
    }
    bool numbered(const std::string &id) const
    {
        std::string at = id;
        for (int guard = 0; guard < 12 && !at.empty(); ++guard) {
            const auto it = styles.find(at);
            if (it == styles.end())
                return false;
            if (it->second.numbered)
                return true;
            at = it->second.basedOn;
        }
        return false;
    }
    /** The list a style numbers its paragraphs in (through basedOn), and the level; false for none. */
    bool list(const std::string &id, std::string &numId, int &ilvl) const
    {
        std::string at = id;
        for (int guard = 0; guard < 12 && !at.empty(); ++guard) {
            const auto it = styles.find(at);
            if (it == styles.end())
                return false;
            if (!it->second.numId.empty()) {
                numId = it->second.numId;
                ilvl = it->second.ilvl;
                return numId != "0";
            }
            at = it->second.basedOn;
        }
        return false;
    }
    int size(const std::string &id) const
    {
        std::string at = id;
        for (int guard = 0; guard < 12 && !at.empty(); ++guard) {
            const auto it = styles.find(at);
            if (it == styles.end())
                return 0;
            if (it->second.size > 0)
                return it->second.size;
            at = it->second.basedOn;
        }
        return 0;
    }
};

// ---- document.xml ----

struct Paragraph {
    std::string text;
    std::string style;
    std::optional<int> outline;
    std::optional<bool> numbered; // the paragraph's own numPr (numId 0 removes the style's)
    std::string numId;            // ...its list
    std::optional<int> ilvl;      // ...and level
    bool centered = false;
    int size = 0;                 // largest run size, half-points
    std::size_t boldChars = 0, chars = 0;
    bool runBold = false;
    int runSize = 0;
};

struct Cell {
    std::string text;
    int span = 1;
    int merge = 0; // 0 none, 1 restart, 2 continue
};

struct Table {
    std::vector<std::vector<Cell>> rows;
    std::vector<bool> header;
    std::vector<Cell> row;
    int gridBefore = 0;
    bool rowHeader = false;
    std::optional<Cell> cell;
};

/** One paragraph or table row as it will be emitted, before the body size is known. */
struct Out {
    std::string text;
    LineHint hint;
    int size = 0;
    bool bold = false, centered = false;
    int styleLevel = 0;
};

struct DocumentHandler {
    const StylesHandler *styles = nullptr;
    DocxNumbering *numbering = nullptr; ///< Word's list numbering, when the file has any
    std::vector<Out> out;
    std::uint64_t maxBytes = 0, bytes = 0;
    XML_Parser parser = nullptr;
    int tables = 0;

    int skip = 0;                  // depth inside deleted text, mc:Choice, instructions
    std::vector<bool> fields;      // per open field: in its instruction (true) or its result
    bool inText = false;
    std::vector<Paragraph> paragraphs;
    std::vector<Table> tableStack;

    bool inInstruction() const { return !fields.empty() && fields.back(); }

    static void start(void *data, const XML_Char *name, const XML_Char **attrs)
    {
        auto *self = static_cast<DocumentHandler *>(data);
        const std::string_view n = local(name);
        if (self->skip > 0) {
            ++self->skip;
            return;
        }
        if (n == "del" || n == "moveFrom" || n == "Choice" || n == "delText" || n == "instrText") {
            self->skip = 1; // mc:Choice repeats what mc:Fallback holds
            return;
        }
        const XML_Char *val = attribute(attrs, "val");
        if (n == "p") {
            self->paragraphs.emplace_back();
        } else if (n == "t" && !self->paragraphs.empty()) {
            self->inText = true;
        } else if (n == "tab" && !self->paragraphs.empty() && !self->inInstruction()) {
            self->paragraphs.back().text.push_back(' ');
        } else if ((n == "br" || n == "cr") && !self->paragraphs.empty()) {
            const XML_Char *type = attribute(attrs, "type");
            if (!type || std::string_view(type) == "textWrapping")
                self->paragraphs.back().text.push_back('\n');
        } else if (n == "fldChar") {
            const XML_Char *type = attribute(attrs, "fldCharType");
            const std::string_view t = type ? type : "";
            if (t == "begin")
                self->fields.push_back(true);
            else if (t == "separate" && !self->fields.empty())
                self->fields.back() = false;
            else if (t == "end" && !self->fields.empty())
                self->fields.pop_back();
        } else if (n == "pStyle" && val && !self->paragraphs.empty()) {
            self->paragraphs.back().style = val;
        } else if (n == "outlineLvl" && val && !self->paragraphs.empty()) {
            self->paragraphs.back().outline = std::atoi(val);
        } else if (n == "numId" && val && !self->paragraphs.empty()) {
            self->paragraphs.back().numbered = std::string_view(val) != "0";
            self->paragraphs.back().numId = val;
        } else if (n == "ilvl" && val && !self->paragraphs.empty()) {
            self->paragraphs.back().ilvl = std::atoi(val);
        } else if (n == "jc" && val && !self->paragraphs.empty()) {
            self->paragraphs.back().centered = std::string_view(val) == "center";
        } else if (n == "r" && !self->paragraphs.empty()) {
            self->paragraphs.back().runBold = false;
            self->paragraphs.back().runSize = 0;
        } else if (n == "b" && !self->paragraphs.empty()) {
            self->paragraphs.back().runBold = !val || (std::string_view(val) != "0" && std::string_view(val) != "false");
        } else if (n == "sz" && val && !self->paragraphs.empty()) {
            self->paragraphs.back().runSize = std::atoi(val);
        } else if (n == "tbl") {
            self->tableStack.emplace_back();
        } else if (!self->tableStack.empty()) {
            Table &t = self->tableStack.back();
            if (n == "tr") {
                t.row.clear();
                t.gridBefore = 0;
                t.rowHeader = false;
            } else if (n == "gridBefore" && val) {
                t.gridBefore = std::clamp(std::atoi(val), 0, 64);
            } else if (n == "tblHeader") {
                t.rowHeader = !val || (std::string_view(val) != "0" && std::string_view(val) != "false");
            } else if (n == "tc") {
                t.cell.emplace();
            } else if (n == "gridSpan" && val && t.cell) {
                t.cell->span = std::clamp(std::atoi(val), 1, 64);
            } else if (n == "vMerge" && t.cell) {
                t.cell->merge = val && std::string_view(val) == "restart" ? 1 : 2;
            }
        }
    }

    static void end(void *data, const XML_Char *name)
    {
        auto *self = static_cast<DocumentHandler *>(data);
        if (self->skip > 0) {
            --self->skip;
            return;
        }
        const std::string_view n = local(name);
        if (n == "t") {
            self->inText = false;
        } else if (n == "p" && !self->paragraphs.empty()) {
            Paragraph p = std::move(self->paragraphs.back());
            self->paragraphs.pop_back();
            self->finishParagraph(std::move(p));
        } else if (n == "tc" && !self->tableStack.empty()) {
            Table &t = self->tableStack.back();
            if (t.cell)
                t.row.push_back(std::move(*t.cell));
            t.cell.reset();
        } else if (n == "tr" && !self->tableStack.empty()) {
            self->finishRow(self->tableStack.back());
        } else if (n == "tbl" && !self->tableStack.empty()) {
            Table t = std::move(self->tableStack.back());
            self->tableStack.pop_back();
            self->finishTable(std::move(t));
        }
        if (self->bytes > self->maxBytes)
            XML_StopParser(self->parser, XML_FALSE);
    }

    static void characters(void *data, const XML_Char *s, int len)
    {
        auto *self = static_cast<DocumentHandler *>(data);
        if (self->skip > 0 || !self->inText || self->paragraphs.empty() || self->inInstruction())
            return;
        Paragraph &p = self->paragraphs.back();
        p.text.append(s, static_cast<std::size_t>(len));
        std::size_t chars = 0;
        for (int i = 0; i < len; ++i)
            chars += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        p.chars += chars;
        if (p.runBold)
            p.boldChars += chars;
        p.size = std::max(p.size, p.runSize);
        self->bytes += static_cast<std::uint64_t>(len);
    }

    /** A paragraph Word numbers that reads as a heading: short, not a sentence or a clause. */
    static bool numberedHeading(const std::string &text)
    {
        if (text.empty() || text.size() > 90) // about 30 Chinese characters
            return false;
        const char32_t last = lastChar(text);
        return last != 0x3002 && last != 0xFF1B && last != 0xFF0C && last != 0xFF1A && last != 0xFF01 && last != 0xFF1F
               && last != '.' && last != ';' && last != ',' && last != ':';
    }

    /** The label Word's automatic numbering shows before the paragraph ("四、", "（一）"), or "". */
    std::string numberLabel(const Paragraph &p)
    {
        if (!numbering)
            return {};
        std::string styleList;
        int styleLevel = 0;
        const bool styled = styles->list(p.style, styleList, styleLevel);
        const std::string numId = p.numId.empty() ? (styled ? styleList : std::string()) : p.numId;
        const int ilvl = p.ilvl ? *p.ilvl : (styled && numId == styleList ? styleLevel : 0);
        return numId.empty() || numId == "0" ? std::string() : numbering->next(numId, ilvl);
    }

    void finishParagraph(Paragraph &&p)
    {
        if (!tableStack.empty() && tableStack.back().cell) {
            std::string &cell = tableStack.back().cell->text;
            for (char &c : p.text)
                if (c == '\n' || c == '\t')
                    c = ' ';
            appendJoined(cell, p.text, true);
            return;
        }
        const int styleLevel = styles->headingLevel(p.style);
        int level = styleLevel;
        if (p.outline && *p.outline >= 0 && *p.outline <= 8)
            level = *p.outline + 1;
        const bool numbered = p.numbered ? *p.numbered : styles->numbered(p.style);
        const std::string label = numberLabel(p);
        const int size = p.size > 0 ? p.size : styles->size(p.style);
        const bool bold = p.chars > 0 && p.boldChars * 2 > p.chars;
        // A line break inside a paragraph gives lines of their own.
        std::size_t start = 0;
        for (std::size_t k = 0; k <= p.text.size(); ++k) {
            if (k < p.text.size() && p.text[k] != '\n')
                continue;
            Out o;
            o.text = p.text.substr(start, k - start);
            // The number Word shows before a heading numbered only by Word (四、服务业); the points of a
            // list (1. 本公报中的有关数据为正式年报数据。) stay items, as before.
            if (start == 0 && !label.empty() && numberedHeading(o.text))
                o.text.insert(0, label);
            o.hint.heading = level;
            o.hint.item = numbered && level == 0;
            o.hint.complete = true;
            o.size = size;
            o.bold = bold;
            o.centered = p.centered;
            o.styleLevel = level;
            out.push_back(std::move(o));
            start = k + 1;
        }
    }

    void finishRow(Table &t)
    {
        std::vector<Cell> row(static_cast<std::size_t>(t.gridBefore));
        for (Cell &c : t.row) {
            const int span = c.span;
            row.push_back(std::move(c));
            for (int k = 1; k < span; ++k)
                row.emplace_back();
        }
        // A vertically merged cell that continues shows the text of the cell above it.
        if (!t.rows.empty()) {
            const std::vector<Cell> &above = t.rows.back();
            for (std::size_t k = 0; k < row.size() && k < above.size(); ++k)
                if (row[k].merge == 2 && row[k].text.empty())
                    row[k].text = above[k].text;
        }
        t.rows.push_back(std::move(row));
        t.header.push_back(t.rowHeader);
        t.row.clear();
    }

    void finishTable(Table &&t)
    {
        if (!tableStack.empty() && tableStack.back().cell) {
            // A table inside a cell: its text joins the cell.
            for (const auto &row : t.rows)
                for (const Cell &c : row)
                    appendJoined(tableStack.back().cell->text, c.text, true);
            return;
        }
        const int index = tables++;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            Out o;
            for (std::size_t k = 0; k < t.rows[r].size(); ++k) {
                if (k > 0)
                    o.text.push_back('\t');
                std::string cell = t.rows[r][k].text;
                std::replace(cell.begin(), cell.end(), '\t', ' ');
                o.text += cell;
            }
            o.hint.table = index;
            o.hint.tableHeader = t.header[r];
            o.hint.complete = true;
            out.push_back(std::move(o));
        }
    }
};

/** A title set on two lines ("黔东南苗族侗族自治州" / "2016年国民经济和社会发展统计公报"): the first
 *  lines of the document, both headings by size or style, short and without a sentence's end,
 *  the second not numbered — one title. */
void joinTitleLines(std::vector<Out> &out)
{
    std::size_t first = 0;
    while (first < out.size() && out[first].text.find_first_not_of(" \t") == std::string::npos)
        ++first;
    if (first + 1 >= out.size())
        return;
    Out &a = out[first];
    Out &b = out[first + 1];
    auto titleLike = [](const Out &o) {
        const char32_t last = lastChar(o.text);
        const char32_t head = firstChar(o.text);
        const bool numbered = (head >= 0x4E00 && o.text.find("\xE3\x80\x81") != std::string::npos // 一、
                               && o.text.find("\xE3\x80\x81") <= 9)
                              || head == 0xFF08 || head == '(';
        return o.hint.table < 0 && o.hint.heading > 0 && o.text.size() <= 120 && last != 0x3002 && !numbered;
    };
    auto endsTitle = [](const Out &o) {
        const text::u32 t = text::toUtf32(o.text);
        return lexicon().titleEnd.matchBefore(text::trim(t), text::trim(t).size()) > 0;
    };
    if (a.hint.heading == 1 && titleLike(a) && titleLike(b) && !endsTitle(a) && endsTitle(b)) {
        a.hint.joinNext = true;
        a.hint.complete = false;
        b.hint.heading = 1;
    }
}

} // namespace

SourceText readDocx(std::string_view bytes, const ReadOptions &options)
{
    SourceText result = resultFor(Format::Docx, bytes.size());

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    ZipReader zip;
    if (source)
        zip.zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!zip.zip) {
        if (source)
            zip_source_free(source);
        result.error = DecodeError::Corrupt;
        result.detail = std::string("not a readable zip: ") + zip_error_strerror(&error);
        zip_error_fini(&error);
        return result;
    }
    zip_error_fini(&error);
    zip.budget = options.decode.maxBytes;
    zip.progress = &options.progress;
    for (const char *part : {"word/styles.xml", "word/numbering.xml", "word/document.xml"}) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(zip.zip, part, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
            zip.total += st.size;
    }

    bool missing = false;
    StylesHandler styles;
    {
        XmlParser xml;
        XML_SetUserData(xml.parser, &styles);
        XML_SetElementHandler(xml.parser, StylesHandler::start, StylesHandler::end);
        result.error = zip.parse("word/styles.xml", xml.parser, result.detail, missing);
        if (result.error != DecodeError::None)
            return result;
    }

    DocxNumbering numbering;
    {
        XmlParser xml;
        XML_SetUserData(xml.parser, &numbering);
        XML_SetElementHandler(xml.parser, DocxNumbering::start, DocxNumbering::end);
        result.error = zip.parse("word/numbering.xml", xml.parser, result.detail, missing);
        if (result.error != DecodeError::None)
            return result;
    }

    DocumentHandler doc;
    doc.styles = &styles;
    doc.numbering = &numbering;
    doc.maxBytes = options.decode.maxBytes;
    {
        XmlParser xml;
        doc.parser = xml.parser;
        XML_SetUserData(xml.parser, &doc);
        XML_SetElementHandler(xml.parser, DocumentHandler::start, DocumentHandler::end);
        XML_SetCharacterDataHandler(xml.parser, DocumentHandler::characters);
        result.error = zip.parse("word/document.xml", xml.parser, result.detail, missing);
        if (result.error != DecodeError::None)
            return result;
        if (missing) {
            result.error = DecodeError::Unsupported;
            result.detail = "a zip without word/document.xml: not a Word document";
            return result;
        }
    }
    if (doc.bytes > options.decode.maxBytes) {
        result.error = DecodeError::TooLarge;
        result.detail = "the document's text is over the size limit";
        return result;
    }

    // Headings without heading styles (most real files): a line in a size well above the body's,
    // or bold and centred, is a hint; the core's own patterns (一、, （一）) decide.
    std::map<int, std::size_t> charsBySize;
    for (const Out &o : doc.out)
        if (o.hint.table < 0 && o.size > 0)
            charsBySize[o.size] += o.text.size();
    int body = 0;
    std::size_t most = 0;
    for (const auto &[size, chars] : charsBySize)
        if (chars > most) {
            most = chars;
            body = size;
        }
    // A Word file converted from a PDF holds one paragraph per printed line: when most long
    // paragraphs stop mid-sentence, the core's line joining decides instead of the paragraphs.
    std::size_t longParagraphs = 0, open = 0;
    for (const Out &o : doc.out) {
        if (o.hint.table >= 0 || o.text.size() < 45) // about 15 Chinese characters
            continue;
        ++longParagraphs;
        const char32_t last = lastChar(o.text);
        open += isWide(last) && last != 0x3002 && last != 0xFF1B && last != 0xFF1A && last != 0xFF01 && last != 0xFF1F
                && last != 0x201D && last != 0xFF09;
        open += last >= '0' && last <= '9';
    }
    const bool lineByLine = longParagraphs >= 10 && open * 10 >= longParagraphs * 3;
    LineSink sink(result, options.decode.maxBytes);
    bool titleSeen = false;
    for (Out &o : doc.out) {
        if (o.hint.table < 0 && o.styleLevel == 0 && o.text.size() <= 180) {
            if (body > 0 && o.size * 10 >= body * 13 && !titleSeen) {
                o.hint.heading = 1;
                titleSeen = true;
            } else if ((body > 0 && o.size > body) || (o.bold && o.centered)) {
                o.hint.heading = 2;
            }
        }
        titleSeen = titleSeen || o.hint.heading == 1;
        if (lineByLine && o.hint.table < 0)
            o.hint.complete = false;
    }
    joinTitleLines(doc.out);
    for (const Out &o : doc.out)
        if (!sink.add(o.text, o.hint))
            break;
    if (sink.full()) {
        result.error = DecodeError::TooLarge;
        result.detail = "the document's text is over the size limit";
        result.text.clear();
        result.hints.clear();
        return result;
    }
    if (result.text.empty()) {
        result.error = DecodeError::Empty;
        result.detail = "the Word document holds no text";
    }
    return result;
}

} // namespace reportcore::readers
