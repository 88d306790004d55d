// The corpus of bad inputs: each gives a clear refusal or a correct model, never a crash or a hang.
// (Time and memory are measured by tests/bench/robustness_bench, not here.)

#include "corpus.h"

#include <reportcore/json.h>
#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <cmath>

using namespace reportcore;

namespace {

/** Checks what every model must satisfy, whatever the input. */
void checkModel(const Document &doc)
{
    const std::string json = toJson(doc); // serialisable, no NaN or infinity
    CHECK(json.find("nan") == std::string::npos);
    CHECK(json.find("inf") == std::string::npos);
    for (const Indicator &i : doc.indicators) {
        CHECK(std::isfinite(i.value));
        CHECK(i.line >= 1);
        CHECK(i.line <= doc.lineCount);
        CHECK(i.column >= 1);
        REQUIRE(i.block >= 0);
        CHECK(i.section == doc.blocks[static_cast<std::size_t>(i.block)].section);
    }
    for (const Block &b : doc.blocks) {
        REQUIRE_FALSE(b.lines.empty());
        CHECK(b.lines.front() >= 1);
        CHECK(b.lines.back() <= doc.lineCount);
        CHECK(std::is_sorted(b.lines.begin(), b.lines.end()));
    }
    for (const Section &s : doc.sections) {
        CHECK(s.firstLine <= s.lastLine);
        CHECK(s.parent < static_cast<int>(doc.sections.size()));
    }
}

} // namespace

TEST_CASE("the corpus of bad inputs", "[robustness]")
{
    for (const CorpusCase &c : badInputCorpus(true)) {
        DYNAMIC_SECTION(c.name)
        {
            DecodeError error = DecodeError::None;
            const Document doc = parseBytes(c.bytes, "corpus.txt", error);
            CHECK(error == c.expected);
            if (error != DecodeError::None) {
                CHECK(doc.blocks.empty());
                CHECK_FALSE(errorMessage(error, {}, {}).empty());
            } else {
                checkModel(doc);
            }
        }
    }
}

TEST_CASE("what the odd inputs give", "[robustness]")
{
    DecodeError error = DecodeError::None;
    auto parse = [&](const std::string &bytes) { return parseBytes(bytes, "x", error); };
    for (const CorpusCase &c : badInputCorpus(true)) {
        INFO(c.name);
        if (c.name == "a 400-digit number") {
            const Document doc = parse(c.bytes);
            CHECK(doc.indicators.empty()); // not a statistic; never an infinite value
        } else if (c.name == "lone surrogates in UTF-16") {
            const Document doc = parse(c.bytes);
            REQUIRE(doc.blocks.size() == 2);
            CHECK(doc.blocks[1].text == "\xEF\xBF\xBD" "A\xEF\xBF\xBD");
            CHECK_FALSE(doc.diagnostics.empty());
        } else if (c.name == "HTML and links") {
            const Document doc = parse(c.bytes);
            CHECK(doc.title == "<b>标题</b>");
            CHECK(doc.blocks[1].text.find("<script>alert(1)</script>") != std::string::npos);
            REQUIRE(doc.indicators.size() == 1);
            CHECK(doc.indicators[0].value == 3000000);
        } else if (c.name == "right-to-left text and emoji") {
            const Document doc = parse(c.bytes);
            REQUIRE(doc.indicators.size() == 2);
            CHECK(doc.indicators[0].text == "300万人");
            CHECK(doc.indicators[0].column == 13); // code points: the emoji counts one
        } else if (c.name == "one 20 MB line") {
            const Document doc = parse(c.bytes);
            CHECK(doc.blocks.size() == 1);
            CHECK_FALSE(doc.indicators.empty());
            bool longLine = false;
            for (const Diagnostic &d : doc.diagnostics)
                longLine = longLine || d.code == DiagnosticCode::LongLine;
            CHECK(longLine); // figures past the first million characters are not looked for
        } else if (c.name == "10^5 headings") {
            CHECK(parse(c.bytes).sections.size() == 100000);
        } else if (c.name == "10^5 short paragraphs") {
            const Document doc = parse(c.bytes);
            CHECK(doc.indicators.size() == 100000);
            CHECK(doc.indicators.back().line == 199999);
        } else if (c.name == "10^5 broken lines") {
            CHECK(parse(c.bytes).blocks.size() == 1); // each ends open, so each continues the paragraph
        }
    }
}
