#include "reportcore/parse.h"

#include "indicators.h"
#include "representatives.h"
#include "structure.h"
#include "text.h"

namespace reportcore {

namespace {

Document parseUtf32(text::u32 &&all, const SourceInfo &source, const ParseOptions &options);

} // namespace

Document parse(std::string_view utf8Text, const SourceInfo &source, const ParseOptions &options)
{
    return parseUtf32(text::toUtf32(utf8Text), source, options);
}

namespace {

Document parseUtf32(text::u32 &&owned, const SourceInfo &source, const ParseOptions &options)
{
    Document doc;
    doc.source = source;
    text::u32 all = std::move(owned);
    std::vector<text::u32v> lines;
    const text::u32v view(all);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= view.size(); ++i) {
        if (i == view.size() || view[i] == '\n') {
            lines.push_back(view.substr(start, i - start));
            start = i + 1;
        }
    }
    // A final newline ends the last line; it does not open another.
    if (!lines.empty() && lines.back().empty() && !view.empty() && view.back() == '\n')
        lines.pop_back();
    doc.lineCount = static_cast<int>(lines.size());

    BlockTexts blockTexts; // views into `all`
    buildStructure(lines, doc, blockTexts);
    lines = {};
    extractRepresentatives(doc, blockTexts);
    extractIndicators(doc, blockTexts, options);
    for (std::size_t b = 0; b < doc.blocks.size(); ++b)
        doc.blocks[b].text = text::toUtf8(blockTexts[b]);
    return doc;
}

Document finish(DecodeResult &&decoded, const std::string &name, DecodeError &error,
                const ParseOptions &parseOptions)
{
    error = decoded.error;
    if (error != DecodeError::None)
        return Document{};
    SourceInfo source;
    source.name = name;
    source.encoding = decoded.encoding;
    source.bytes = decoded.bytes;
    source.bom = decoded.bom;
    text::u32 all = text::toUtf32(decoded.text);
    decoded.text = {};
    Document doc = parseUtf32(std::move(all), source, parseOptions);
    doc.diagnostics.insert(doc.diagnostics.begin(), decoded.diagnostics.begin(), decoded.diagnostics.end());
    return doc;
}
} // namespace

Document parseBytes(std::string_view bytes, const std::string &name, DecodeError &error,
                    const DecodeOptions &decodeOptions, const ParseOptions &parseOptions)
{
    return finish(decode(bytes, decodeOptions), name, error, parseOptions);
}

Document parseFile(const std::string &path, DecodeError &error, const DecodeOptions &decodeOptions,
                   const ParseOptions &parseOptions)
{
    const std::size_t slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return finish(decodeFile(path, decodeOptions), name, error, parseOptions);
}

} // namespace reportcore
