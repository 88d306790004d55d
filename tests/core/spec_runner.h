#pragma once
// Spec files: Markdown documents whose examples are the test suite (cmark's spec.txt, for reports).
//
//   ## Title of the example
//   ```report            the report text (UTF-8)
//   …
//   ```
//   ```indicators        expected, one per line: text | value | value_max | unit | qualifier |
//   …                    category | change [| label [| year]]   ("-" for null); all of them, in order
//   ```
// Other expectation blocks: blocks (kind | lines), sections (id | title | kind | level | parent |
// first_line | last_line), representatives (name | congress | organization | roles | section | line |
// headline [| statement fragment]), derived (label | value | unit | formula | from), warnings
// (line | message). An empty expectation block means "none".

#include <reportcore/document.h>

#include <string>
#include <vector>

struct SpecExpectation {
    std::string kind;                 // "indicators", "blocks", …
    std::vector<std::string> lines;
};

struct SpecExample {
    std::string file;
    int line = 0;                     // line of the example's title in the spec file
    std::string title;
    std::string report;
    std::vector<SpecExpectation> expectations;
};

std::vector<SpecExample> readSpec(const std::string &path);
std::vector<std::string> splitFields(const std::string &line);


/** Checks every expectation against the document (Catch2 assertions, one per item). */
void checkExpectations(const reportcore::Document &doc, const std::vector<SpecExpectation> &expectations);
