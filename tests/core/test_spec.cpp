// Runs every example of the spec files in tests/core/spec: report text in, expected structure out.

#include "spec_runner.h"

#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

using namespace reportcore;

TEST_CASE("spec files", "[spec]")
{
    std::vector<std::string> files;
    for (const auto &entry : std::filesystem::directory_iterator(REPORTLENS_SPEC_DIR))
        if (entry.path().extension() == ".md")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 5);
    int examples = 0;
    for (const std::string &file : files) {
        for (const SpecExample &ex : readSpec(file)) {
            ++examples;
            DYNAMIC_SECTION(std::filesystem::path(file).filename().string() << ":" << ex.line << " " << ex.title)
            {
                REQUIRE_FALSE(ex.report.empty());
                REQUIRE_FALSE(ex.expectations.empty());
                DecodeError error = DecodeError::None;
                const Document doc = parseBytes(ex.report, "spec.txt", error);
                REQUIRE(error == DecodeError::None);
                checkExpectations(doc, ex.expectations);
            }
        }
    }
    CHECK(examples > 0);
}
