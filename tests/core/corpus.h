#pragma once
// The corpus of hostile and odd inputs (issue: robust against bad input). Shared by the tests, which
// check each gives a clear refusal or a correct model, and by the robustness benchmark, which
// measures the time and memory each takes.

#include <reportcore/decode.h>

#include <string>
#include <vector>

struct CorpusCase {
    std::string name;
    std::string bytes;
    reportcore::DecodeError expected; ///< None: a model must come out
};

/** Builds the corpus. `big` adds the cases of many megabytes (a 20 MB line, 10^5 headings …). */
std::vector<CorpusCase> badInputCorpus(bool big);
