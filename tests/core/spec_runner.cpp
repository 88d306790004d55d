#include "spec_runner.h"

using namespace reportcore;

#include <reportcore/classify.h>
#include <reportcore/json.h>
#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

std::vector<SpecExample> readSpec(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read spec file " + path);
    std::vector<SpecExample> examples;
    std::string line;
    int number = 0;
    std::string fence;          // the kind of the open fenced block, "" when none
    std::vector<std::string> body;
    while (std::getline(in, line)) {
        ++number;
        if (!fence.empty()) {
            if (line == "```") {
                if (examples.empty())
                    throw std::runtime_error(path + ": a block before the first example");
                SpecExample &ex = examples.back();
                if (fence == "report") {
                    std::string text;
                    for (const std::string &l : body)
                        text += l + "\n";
                    ex.report = text;
                } else {
                    ex.expectations.push_back({fence, body});
                }
                fence.clear();
                body.clear();
            } else {
                body.push_back(line);
            }
            continue;
        }
        if (line.rfind("## ", 0) == 0) {
            SpecExample ex;
            ex.file = path;
            ex.line = number;
            ex.title = line.substr(3);
            examples.push_back(ex);
        } else if (line.rfind("```", 0) == 0 && line.size() > 3) {
            fence = line.substr(3);
        }
    }
    if (!fence.empty())
        throw std::runtime_error(path + ": unclosed block");
    return examples;
}

std::vector<std::string> splitFields(const std::string &line)
{
    std::vector<std::string> fields;
    std::string current;
    auto push = [&] {
        const auto b = current.find_first_not_of(' ');
        const auto e = current.find_last_not_of(' ');
        fields.push_back(b == std::string::npos ? std::string() : current.substr(b, e - b + 1));
        current.clear();
    };
    for (char c : line) {
        if (c == '|')
            push();
        else
            current.push_back(c);
    }
    push();
    return fields;
}

namespace {

std::string orDash(const std::string &s) { return s.empty() ? "-" : s; }

std::string sectionId(const Document &doc, int s) { return s >= 0 ? doc.sections[s].id : "-"; }

std::string join(const std::vector<std::string> &parts, const char *separator)
{
    std::string out;
    for (const std::string &p : parts) {
        if (!out.empty())
            out += separator;
        out += p;
    }
    return out;
}

std::string joinLines(const std::vector<int> &lines)
{
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < lines.size(); ++k)
        if (k == 0 || lines[k] != lines[k - 1]) // a line cut by a footnote mark is one line
            parts.push_back(std::to_string(lines[k]));
    return join(parts, ",");
}

/** The byte where code point `n` of UTF-8 text `s` starts. */
std::size_t bytesOf(const std::string &s, int n)
{
    std::size_t i = 0;
    for (; i < s.size() && n >= 0; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n-- == 0)
            return i;
    return s.size();
}

std::string indicatorFields(const Document &doc, const Indicator &i, std::size_t fieldCount)
{
    std::vector<std::string> f = {
        i.text, jsonNumber(i.value), i.valueMax ? jsonNumber(*i.valueMax) : "-", orDash(i.unit),
        toString(i.qualifier), toString(i.category), orDash(toString(i.change)), i.label,
        i.year ? std::to_string(*i.year) : "-", sectionId(doc, i.section),
        std::to_string(i.line) + ":" + std::to_string(i.column)};
    f.resize(std::min(fieldCount, f.size()));
    return join(f, " | ");
}

std::vector<std::string> render(const Document &doc, const std::string &kind,
                                const std::vector<std::string> &expected)
{
    std::vector<std::string> out;
    auto fieldsOf = [&](std::size_t i) {
        return i < expected.size() ? splitFields(expected[i]).size() : std::size_t(7);
    };
    auto cut = [](std::vector<std::string> f, std::size_t n) {
        f.resize(std::min(n, f.size()));
        return join(f, " | ");
    };
    if (kind == "indicators") {
        for (std::size_t i = 0; i < doc.indicators.size(); ++i)
            out.push_back(indicatorFields(doc, doc.indicators[i], fieldsOf(i)));
    } else if (kind == "blocks") {
        for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
            const Block &b = doc.blocks[i];
            out.push_back(cut({toString(b.kind), joinLines(b.lines), sectionId(doc, b.section), b.text}, fieldsOf(i)));
        }
    } else if (kind == "sections") {
        for (std::size_t i = 0; i < doc.sections.size(); ++i) {
            const Section &s = doc.sections[i];
            out.push_back(cut({s.id, s.title, toString(s.kind), std::to_string(s.level),
                               s.parent >= 0 ? doc.sections[s.parent].id : "-", std::to_string(s.firstLine),
                               std::to_string(s.lastLine)}, fieldsOf(i)));
        }
    } else if (kind == "representatives") {
        for (std::size_t i = 0; i < doc.representatives.size(); ++i) {
            const Representative &r = doc.representatives[i];
            const std::string roles = join(r.roles, "\u3001");
            out.push_back(cut({r.name, r.congress, orDash(r.organization), orDash(roles), sectionId(doc, r.section),
                               std::to_string(r.line), orDash(r.headline), orDash(r.statement)}, fieldsOf(i)));
        }
    } else if (kind == "derived") {
        for (std::size_t i = 0; i < doc.derived.size(); ++i) {
            const Derived &d = doc.derived[i];
            const std::string from = joinLines(d.from);
            out.push_back(cut({d.label, jsonNumber(d.value), orDash(d.unit), d.formula, from}, fieldsOf(i)));
        }
    } else if (kind == "targets") { // the figures stated as targets or plans, as written
        for (const Indicator &i : doc.indicators)
            if (i.target)
                out.push_back(i.text);
    } else if (kind == "measures") { // pairs of figures that are levels of one measure, with its head
        for (std::size_t a = 0; a < doc.indicators.size(); ++a)
            for (std::size_t b = a + 1; b < doc.indicators.size(); ++b)
                if (const std::string head = sharedHead(doc.indicators[a], doc.indicators[b]); !head.empty())
                    out.push_back(doc.indicators[a].text + " | " + doc.indicators[b].text + " | " + head);
    } else if (kind == "known") { // each figure's label, and whether it names what is counted
        for (const Indicator &i : doc.indicators)
            out.push_back(i.label + " | " + (hasKnownLabel(i) ? "yes" : "no"));
    } else if (kind == "shares") { // shares of a named whole: the figure and the whole
        for (const Indicator &i : doc.indicators)
            if (const std::string whole = shareWhole(i); !whole.empty())
                out.push_back(i.text + " | " + whole);
    } else if (kind == "labels") { // what each figure counts: text | label | label_source | period | table_column
        for (std::size_t i = 0; i < doc.indicators.size(); ++i) {
            const Indicator &f = doc.indicators[i];
            out.push_back(cut({f.text, orDash(f.label), toString(f.labelSource), orDash(f.period), orDash(f.tableColumn)},
                              fieldsOf(i)));
        }
    } else if (kind == "footnotes") { // mark | the words it followed (up to 6) | its note
        for (const Block &b : doc.blocks)
            for (const Footnote &f : b.footnotes) {
                const std::size_t from = bytesOf(b.text, std::max(0, f.offset - 6)), to = bytesOf(b.text, f.offset);
                out.push_back(f.mark + " | " + b.text.substr(from, to - from) + " | " + orDash(f.note));
            }
    } else if (kind == "warnings") {
        for (const Diagnostic &d : doc.diagnostics)
            out.push_back(std::to_string(d.line) + " | " + diagnosticMessage(d));
    } else if (kind == "title") {
        out.push_back(doc.title);
    } else {
        FAIL("unknown expectation kind " << kind);
    }
    return out;
}

/** The representative's statement is checked as a fragment: the expectation's text must occur in it. */
bool matches(const std::string &kind, const std::string &expected, const std::string &actual)
{
    if (kind != "representatives")
        return expected == actual;
    const std::vector<std::string> e = splitFields(expected), a = splitFields(actual);
    if (e.size() != a.size())
        return false;
    for (std::size_t i = 0; i < e.size(); ++i) {
        if (i == 7 ? a[i].find(e[i]) == std::string::npos : a[i] != e[i])
            return false;
    }
    return true;
}

} // namespace


void checkExpectations(const reportcore::Document &doc, const std::vector<SpecExpectation> &expectations)
{
    for (const SpecExpectation &exp : expectations) {
        const std::vector<std::string> actual = render(doc, exp.kind, exp.lines);
        INFO("expectation: " << exp.kind);
        std::ostringstream got;
        for (const std::string &a : actual)
            got << "  " << a << "\n";
        INFO("actual:\n" << got.str());
        CHECK(actual.size() == exp.lines.size());
        for (std::size_t i = 0; i < std::min(actual.size(), exp.lines.size()); ++i) {
            INFO("item " << i + 1);
            CHECK((matches(exp.kind, exp.lines[i], actual[i]) ? exp.lines[i] : actual[i]) == exp.lines[i]);
        }
    }
}
