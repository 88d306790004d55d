// Fuzz targets for the format readers, one per reader (REPORTLENS_FUZZ_FORMAT picks it at build
// time): the bytes go through readDocument() under the name of that format, then the structure
// pass. Any input gives an error or a document; never a crash, a hang or unbounded memory.

#include <reportcore/parse.h>
#include <reportcore/read.h>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    reportcore::ReadOptions options;
    options.decode.maxBytes = 4u << 20; // bounds what a zip or a PDF may inflate to
    options.ocr = false;                // a blank page read by OCR costs a second: the layout is what is fuzzed
    const std::string name = std::string("fuzz.") + REPORTLENS_FUZZ_FORMAT;
    reportcore::SourceText source =
        reportcore::readDocument(std::string_view(reinterpret_cast<const char *>(data), size), name, options);
    if (source.error != reportcore::DecodeError::None)
        return 0;
    if (!source.hints.empty()) {
        std::size_t lines = 0;
        for (char c : source.text)
            lines += c == '\n';
        if (lines != source.hints.size())
            __builtin_trap(); // a reader must give one hint per line
    }
    reportcore::DecodeError error = reportcore::DecodeError::None;
    const reportcore::Document doc = reportcore::parseSource(std::move(source), name, error);
    for (const reportcore::Indicator &i : doc.indicators)
        if (i.line < 1 || i.line > doc.lineCount)
            __builtin_trap();
    return 0;
}
