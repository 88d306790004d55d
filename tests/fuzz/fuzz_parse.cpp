// libFuzzer target over the whole core pipeline: decode + parse + extract + JSON.
//   clang++ -fsanitize=fuzzer,address,undefined; run: fuzz_parse tests/fuzz/seeds -max_total_time=60

#include <reportcore/json.h>
#include <reportcore/parse.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    reportcore::DecodeOptions options;
    options.maxBytes = 1 << 20;
    reportcore::DecodeError error = reportcore::DecodeError::None;
    const reportcore::Document doc =
        reportcore::parseBytes(std::string_view(reinterpret_cast<const char *>(data), size), "fuzz", error, options);
    if (error != reportcore::DecodeError::None)
        return 0;
    const std::string json = reportcore::toJson(doc);
    // Invariants every model keeps, whatever the input.
    for (const reportcore::Indicator &i : doc.indicators) {
        if (!std::isfinite(i.value) || i.line < 1 || i.line > doc.lineCount || i.block < 0
            || static_cast<std::size_t>(i.block) >= doc.blocks.size())
            std::abort();
        const std::string &text = doc.blocks[static_cast<std::size_t>(i.block)].text;
        if (i.offset < 0 || i.length <= 0)
            std::abort();
        (void)text;
    }
    for (const reportcore::Section &s : doc.sections)
        if (s.firstLine > s.lastLine || s.parent >= static_cast<int>(doc.sections.size()))
            std::abort();
    if (json.empty())
        std::abort();
    // Half the inputs again, stopped part-way by the progress callback: nothing at all, or the same.
    if (size > 1 && (data[0] & 1)) {
        const int stopAt = data[1] * 4;
        reportcore::ParseOptions stopping;
        stopping.progress = [stopAt](int permille) { return permille < stopAt; };
        reportcore::DecodeError again = reportcore::DecodeError::None;
        const reportcore::Document partial = reportcore::parseBytes(
            std::string_view(reinterpret_cast<const char *>(data), size), "fuzz", again, options, stopping);
        if (again == reportcore::DecodeError::Cancelled ? !partial.blocks.empty() || !partial.indicators.empty()
                                                        : partial.indicators.size() != doc.indicators.size())
            std::abort();
    }
    return 0;
}
