#include "reportcore/json.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <vector>

namespace reportcore {
namespace {

void appendNumber(std::string &out, double v)
{
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char buffer[64];
    char *end;
    if (std::fabs(v) < 9007199254740992.0 && v == std::floor(v))
        end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v)).ptr;
    else
        end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    out.append(buffer, static_cast<std::size_t>(end - buffer));
}

struct EscapeTable {
    bool escape[256] = {};
    constexpr EscapeTable()
    {
        for (int c = 0; c < 0x20; ++c)
            escape[c] = true;
        escape[static_cast<unsigned char>('"')] = escape[static_cast<unsigned char>('\\')] = escape[0x7F] = true;
    }
};
constexpr EscapeTable kEscape;

inline bool needsEscape(unsigned char c) { return kEscape.escape[c]; }

void appendString(std::string &out, std::string_view s)
{
    out.push_back('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Eight bytes at a time while none of them needs escaping (block texts are long).
        while (i + 8 <= s.size()) {
            std::uint64_t v;
            std::memcpy(&v, s.data() + i, 8);
            constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
            auto hasByte = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
            const std::uint64_t control = (v - ones * 0x20) & ~v & highs;      // a byte < 0x20
            if (control | hasByte(v ^ (ones * '"')) | hasByte(v ^ (ones * '\\')) | hasByte(v ^ (ones * 0x7F)))
                break;
            i += 8;
        }
        if (i >= s.size())
            break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (!needsEscape(c))
            continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

class Writer
{
public:
    explicit Writer(const JsonSink &sink) : m_sink(sink) {}
    std::string out;
    /** Hands what is written so far to the sink once it is large: memory stays flat. */
    void flushIfLarge()
    {
        if (out.size() >= (1u << 16)) {
            m_sink(out);
            out.clear();
        }
    }
    void finish()
    {
        if (!out.empty())
            m_sink(out);
        out.clear();
    }
    /** Keys are this file's own ASCII literals: nothing to escape. */
    void key(std::string_view k)
    {
        // One append per key: this runs a dozen times for every indicator.
        char buffer[64];
        std::size_t n = 0;
        if (!m_first) {
            buffer[n++] = ',';
            if (isInline())
                buffer[n++] = ' ';
        }
        if (!isInline() && !m_stack.empty()) {
            out.append(buffer, n);
            n = 0;
            newline();
        }
        m_first = false;
        buffer[n++] = '"';
        const std::size_t len = std::min(k.size(), sizeof buffer - n - 3);
        std::memcpy(buffer + n, k.data(), len);
        n += len;
        std::memcpy(buffer + n, "\": ", 3);
        out.append(buffer, n + 3);
        m_afterKey = true;
    }
    void value(std::string_view s) { beforeValue(); appendString(out, s); }
    void value(double v) { beforeValue(); appendNumber(out, v); }
    void value(int v)
    {
        beforeValue();
        char buffer[16];
        out.append(buffer, static_cast<std::size_t>(std::to_chars(buffer, buffer + sizeof buffer, v).ptr - buffer));
    }
    void boolean(bool v) { beforeValue(); out += v ? "true" : "false"; }
    void null() { beforeValue(); out += "null"; }
    /** Containers opened inline are written on one line (objects inside arrays, as in the spec). */
    void open(char c, bool inlined = false)
    {
        beforeValue();
        out.push_back(c);
        m_stack.push_back(inlined || isInline());
        m_first = true;
    }
    void close(char c)
    {
        const bool inlined = m_stack.back();
        m_stack.pop_back();
        if (!inlined && !m_first)
            newline();
        out.push_back(c);
        m_first = false;
    }

private:
    bool isInline() const { return !m_stack.empty() && m_stack.back(); }
    void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            out += isInline() ? ", " : ",";
        if (!isInline() && !m_stack.empty())
            newline();
        m_first = false;
    }
    void newline()
    {
        out.push_back('\n');
        out.append(m_stack.size() * 2, ' ');
    }
    const JsonSink &m_sink;
    std::vector<char> m_stack; // per open container: written inline?
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace

std::string jsonNumber(double v)
{
    std::string out;
    appendNumber(out, v);
    return out;
}

std::string toJson(const Document &doc)
{
    std::string all;
    writeJson(doc, [&](std::string_view chunk) { all.append(chunk); });
    return all;
}

namespace {

void sectionValue(Writer &w, const Document &doc, int s)
{
    if (s < 0)
        w.null();
    else
        w.value(s < static_cast<int>(doc.sections.size()) ? doc.sections[s].id : std::string());
}

void pageValue(Writer &w, int page)
{
    if (page > 0)
        w.value(page);
    else
        w.null();
}

void writeSource(Writer &w, const SourceInfo &source)
{
    w.key("source");
    w.open('{', true);
    w.key("name"); w.value(source.name);
    w.key("encoding"); w.value(source.encoding);
    w.key("bytes"); w.value(static_cast<double>(source.bytes));
    w.key("format"); w.value(source.format);
    w.key("pages");
    if (source.pages > 0)
        w.value(source.pages);
    else
        w.null();
    w.key("ocr"); w.boolean(!source.ocrPages.empty());
    w.key("ocr_pages");
    w.open('[', true);
    for (int p : source.ocrPages)
        w.value(p);
    w.close(']');
    w.close('}');
}

void writeSections(Writer &w, const Document &doc)
{
    w.key("sections");
    w.open('[');
    for (const Section &s : doc.sections) {
        w.open('{', true);
        w.key("id"); w.value(s.id);
        w.key("title"); w.value(s.title);
        w.key("kind"); w.value(toString(s.kind));
        w.key("level"); w.value(s.level);
        w.key("parent"); sectionValue(w, doc, s.parent);
        w.key("first_line"); w.value(s.firstLine);
        w.key("last_line"); w.value(s.lastLine);
        w.close('}');
    }
    w.close(']');
}

void writeBlocks(Writer &w, const Document &doc)
{
    w.key("blocks");
    w.open('[');
    for (const Block &b : doc.blocks) {
        w.open('{', true);
        w.key("kind"); w.value(toString(b.kind));
        w.key("section"); sectionValue(w, doc, b.section);
        w.key("lines");
        w.open('[', true);
        for (std::size_t k = 0; k < b.lines.size(); ++k)
            if (k == 0 || b.lines[k] != b.lines[k - 1]) // a line cut by a footnote mark is one line
                w.value(b.lines[k]);
        w.close(']');
        w.key("text"); w.value(b.text);
        w.key("page"); pageValue(w, b.page);
        if (!b.footnotes.empty()) {
            w.key("footnote");
            w.open('[', true);
            for (const Footnote &f : b.footnotes) {
                w.open('{', true);
                w.key("mark"); w.value(f.mark);
                w.key("offset"); w.value(f.offset);
                w.key("note");
                if (f.note.empty()) w.null(); else w.value(f.note);
                w.close('}');
            }
            w.close(']');
        }
        if (b.kind == BlockKind::Table) {
            w.key("header_rows"); w.value(b.headerRows);
            w.key("rows");
            w.open('[', true);
            for (const std::vector<std::string> &row : b.cells) {
                w.open('[', true);
                for (const std::string &cell : row)
                    w.value(cell);
                w.close(']');
            }
            w.close(']');
        }
        w.close('}');
        w.flushIfLarge();
    }
    w.close(']');
}

void writeRepresentatives(Writer &w, const Document &doc)
{
    w.key("representatives");
    w.open('[');
    for (const Representative &r : doc.representatives) {
        w.open('{', true);
        w.key("name"); w.value(r.name);
        w.key("congress"); w.value(r.congress);
        w.key("organization"); w.value(r.organization);
        w.key("roles");
        w.open('[', true);
        for (const std::string &role : r.roles)
            w.value(role);
        w.close(']');
        w.key("section"); sectionValue(w, doc, r.section);
        w.key("line"); w.value(r.line);
        w.key("headline"); w.value(r.headline);
        w.key("statement"); w.value(r.statement);
        w.close('}');
    }
    w.close(']');
}

void writeIndicators(Writer &w, const Document &doc)
{
    w.key("indicators");
    w.open('[');
    for (const Indicator &i : doc.indicators) {
        w.open('{', true);
        w.key("id"); w.value(i.id);
        w.key("text"); w.value(i.text);
        w.key("value"); w.value(i.value);
        w.key("value_max");
        if (i.valueMax) w.value(*i.valueMax); else w.null();
        w.key("unit"); w.value(i.unit);
        w.key("qualifier"); w.value(toString(i.qualifier));
        w.key("category"); w.value(toString(i.category));
        w.key("change");
        if (i.change == Change::None) w.null(); else w.value(toString(i.change));
        w.key("label"); w.value(i.label);
        w.key("label_source"); w.value(toString(i.labelSource));
        w.key("table_column");
        if (i.tableColumn.empty()) w.null(); else w.value(i.tableColumn);
        w.key("period");
        if (i.period.empty()) w.null(); else w.value(i.period);
        w.key("target"); w.boolean(i.target);
        w.key("year");
        if (i.year) w.value(*i.year); else w.null();
        w.key("section"); sectionValue(w, doc, i.section);
        w.key("line"); w.value(i.line);
        w.key("column"); w.value(i.column);
        w.key("page"); pageValue(w, i.page);
        w.key("ocr_confidence");
        if (i.ocrConfidence) w.value(std::round(*i.ocrConfidence)); else w.null();
        w.key("uncertain"); w.boolean(isUncertain(i));
        w.close('}');
        w.flushIfLarge();
    }
    w.close(']');
}

void writeDerived(Writer &w, const Document &doc)
{
    w.key("derived");
    w.open('[');
    for (const Derived &d : doc.derived) {
        w.open('{', true);
        w.key("label"); w.value(d.label);
        w.key("value"); w.value(d.value);
        w.key("unit"); w.value(d.unit);
        w.key("formula"); w.value(d.formula);
        w.key("from");
        w.open('[', true);
        for (int id : d.from)
            w.value(id);
        w.close(']');
        w.close('}');
    }
    w.close(']');
}

void writeWarnings(Writer &w, const Document &doc)
{
    w.key("warnings");
    w.open('[');
    for (const Diagnostic &d : doc.diagnostics) {
        w.open('{', true);
        w.key("line"); w.value(d.line);
        w.key("message"); w.value(diagnosticMessage(d));
        w.close('}');
        w.flushIfLarge();
    }
    w.close(']');
}

} // namespace

void writeJson(const Document &doc, const JsonSink &sink)
{
    // The parts in shared/report-json.md's order.
    Writer w(sink);
    w.open('{');
    writeSource(w, doc.source);
    w.key("title"); w.value(doc.title);
    writeSections(w, doc);
    writeBlocks(w, doc);
    writeRepresentatives(w, doc);
    writeIndicators(w, doc);
    writeDerived(w, doc);
    writeWarnings(w, doc);
    w.close('}');
    w.out.push_back('\n');
    w.finish();
}

} // namespace reportcore
