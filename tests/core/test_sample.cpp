// The embedded sample report, end to end: every figure, block, section and representative
// (expectations in tests/core/sample/, checked by hand against the text).

#include "spec_runner.h"

#include <reportcore/parse.h>

#include <catch2/catch.hpp>

using namespace reportcore;

TEST_CASE("the sample report", "[sample]")
{
    DecodeError error = DecodeError::None;
    const Document doc = parseFile(REPORTLENS_SAMPLE, error);
    REQUIRE(error == DecodeError::None);
    CHECK(doc.source.name == "guangzhou-union-2025.txt");
    CHECK(doc.source.encoding == "UTF-8");
    CHECK(doc.source.bytes == 9654);

    const std::vector<SpecExample> examples = readSpec(REPORTLENS_SAMPLE_EXPECTED);
    REQUIRE(examples.size() == 1);
    checkExpectations(doc, examples.front().expectations);
}

TEST_CASE("sample: positions point at the text they describe", "[sample]")
{
    DecodeError error = DecodeError::None;
    const Document doc = parseFile(REPORTLENS_SAMPLE, error);
    REQUIRE(error == DecodeError::None);
    for (const Indicator &ind : doc.indicators) {
        const Block &block = doc.blocks.at(static_cast<std::size_t>(ind.block));
        INFO(ind.text);
        // The block text at the indicator's offset is the indicator's text.
        std::u32string blockText;
        std::size_t cp = 0, byte = 0;
        std::string atOffset;
        for (; byte < block.text.size() && cp < static_cast<std::size_t>(ind.offset); ++byte)
            if ((static_cast<unsigned char>(block.text[byte]) & 0xC0) != 0x80)
                ++cp;
        while (byte < block.text.size() && (static_cast<unsigned char>(block.text[byte]) & 0xC0) == 0x80)
            ++byte;
        CHECK(block.text.compare(byte, ind.text.size(), ind.text) == 0);
        CHECK(ind.section == block.section);
    }
    for (const Representative &rep : doc.representatives)
        CHECK(doc.blocks.at(static_cast<std::size_t>(rep.block)).kind == BlockKind::Speaker);
}
