// The lexicon's data files as a whole: every measure word of the inventory derived from CC-CEDICT
// (core/data/measure-words.txt) reads as the unit of a count, unless the lexicon files it under another
// kind of unit or sets it aside (core/data/lexicon.txt).

#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>

using namespace reportcore;

namespace {

/** The words of the given keys in a lexicon file. */
std::set<std::string> wordsOf(const std::string &path, const std::set<std::string> &keys)
{
    std::ifstream in(path);
    REQUIRE(in);
    std::set<std::string> words;
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(": ");
        if (line.empty() || line[0] == '#' || colon == std::string::npos || !keys.count(line.substr(0, colon)))
            continue;
        std::istringstream ws(line.substr(colon + 2));
        for (std::string w; ws >> w;)
            words.insert(w);
    }
    return words;
}

/** The words and their Traditional forms (the build gives every lexicon word its Traditional form). */
std::set<std::string> withTraditional(std::set<std::string> words)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Transliterator> toHant(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));
    for (const std::string &w : std::set<std::string>(words)) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(w);
        toHant->transliterate(u);
        std::string t;
        words.insert(u.toUTF8String(t));
    }
    return words;
}

} // namespace

TEST_CASE("every measure word of the inventory counts", "[lexicon]")
{
    const std::set<std::string> measure = wordsOf(REPORTLENS_MEASURE_WORDS, {"unit.measure"});
    const std::set<std::string> aside = withTraditional(
        wordsOf(REPORTLENS_LEXICON, {"unit.measure.not", "unit.people", "unit.money", "unit.percent", "unit.time"}));
    REQUIRE(measure.size() > 200);
    REQUIRE(measure.count("艘"));
    REQUIRE(measure.count("樁")); // Traditional forms as the dictionary writes them
    REQUIRE(aside.count("發")); // set aside in Traditional too
    std::size_t checked = 0;
    for (const std::string &word : measure) {
        if (aside.count(word))
            continue;
        const std::string text = "全年新增设施37" + word + "。";
        const Document doc = parse(text);
        INFO(text);
        REQUIRE(doc.indicators.size() == 1);
        CHECK(doc.indicators.front().unit.rfind(word, 0) == 0);
        CHECK(doc.indicators.front().value == 37);
        ++checked;
    }
    CHECK(checked > 200);
}

TEST_CASE("measure words set aside are no unit", "[lexicon]")
{
    const std::set<std::string> aside = withTraditional(wordsOf(REPORTLENS_LEXICON, {"unit.measure.not"}));
    REQUIRE(aside.count("和"));
    for (const std::string &word : aside) {
        const std::string text = "全年新增设施37" + word + "。";
        INFO(text);
        const Document doc = parse(text);
        for (const Indicator &ind : doc.indicators)
            CHECK(ind.unit.rfind(word, 0) != 0);
    }
}
