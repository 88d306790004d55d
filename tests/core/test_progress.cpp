// Progress reports and cancellation of a parse (ParseOptions::progress).

#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace reportcore;

namespace {
std::string longText(int paragraphs)
{
    std::string text = "## 标题\n\n";
    for (int i = 0; i < paragraphs; ++i)
        text += "全市新增会员" + std::to_string(i + 1) + "人，职工满意度持续提升。\n\n";
    return text;
}
} // namespace

TEST_CASE("progress rises from 0 to 1000 and the result is the same as without it", "[progress]")
{
    const std::string text = longText(20000);
    std::vector<int> seen;
    ParseOptions options;
    options.progress = [&seen](int permille) {
        seen.push_back(permille);
        return true;
    };
    DecodeError error = DecodeError::None;
    const Document doc = parseBytes(text, "long.txt", error, DecodeOptions{}, options);
    REQUIRE(error == DecodeError::None);
    CHECK(doc.indicators.size() == 20000);
    REQUIRE(seen.size() > 10); // reported now and then, not once
    CHECK(seen.front() == 0);
    CHECK(seen.back() == 1000);
    for (std::size_t i = 1; i < seen.size(); ++i)
        CHECK(seen[i] >= seen[i - 1]);
    const Document plain = parseBytes(text, "long.txt", error);
    CHECK(plain.indicators.size() == doc.indicators.size());
    CHECK(plain.blocks.size() == doc.blocks.size());
}

TEST_CASE("a progress callback that returns false stops the parse", "[progress]")
{
    const std::string text = longText(20000);
    for (const int stopAt : {0, 300, 700, 990}) {
        INFO("stop at " << stopAt);
        int afterStop = 0;
        bool stopped = false;
        ParseOptions options;
        options.progress = [&](int permille) {
            afterStop += stopped ? 1 : 0;
            stopped = stopped || permille >= stopAt;
            return !stopped;
        };
        DecodeError error = DecodeError::None;
        const Document doc = parseBytes(text, "long.txt", error, DecodeOptions{}, options);
        CHECK(error == DecodeError::Cancelled);
        CHECK(doc.blocks.empty());
        CHECK(doc.indicators.empty());
        CHECK(stopped);
        CHECK(afterStop == 0); // no work after the answer
    }
    // parse() of text: an empty document.
    ParseOptions stop;
    stop.progress = [](int) { return false; };
    CHECK(parse(text, {}, stop).blocks.empty());
}
