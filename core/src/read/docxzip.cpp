#include "read/docxzip.h"

#include <memory>
#include <vector>

namespace reportcore::readers {

/** The local name of an expat namespace-qualified name ("uri|local"). */
std::string_view local(const XML_Char *name)
{
    const std::string_view s(name);
    const std::size_t bar = s.rfind('|');
    return bar == std::string_view::npos ? s : s.substr(bar + 1);
}

const XML_Char *attribute(const XML_Char **attrs, std::string_view name)
{
    for (int i = 0; attrs[i]; i += 2)
        if (local(attrs[i]) == name)
            return attrs[i + 1];
    return nullptr;
}

ZipReader::~ZipReader()
{
    if (zip)
        zip_discard(zip);
}

DecodeError ZipReader::parse(const char *name, XML_Parser parser, std::string &detail, bool &missing)
{
    missing = false;
    const zip_int64_t index = zip_name_locate(zip, name, 0);
    if (index < 0) {
        missing = true;
        return DecodeError::None;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
        detail = std::string(name) + " cannot be read";
        return DecodeError::Corrupt;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > budget) {
        detail = std::string(name) + " would inflate to " + std::to_string(st.size) + " bytes";
        return DecodeError::TooLarge;
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> file(zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0),
                                                             zip_fclose);
    if (!file) {
        detail = std::string(name) + " cannot be opened (" + zip_strerror(zip) + ")";
        return DecodeError::Corrupt;
    }
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
        if (n < 0) {
            detail = std::string(name) + " is damaged (" + zip_file_strerror(file.get()) + ")";
            return DecodeError::Corrupt;
        }
        // The header can lie about the size: stop at the limit anyway.
        if (static_cast<std::uint64_t>(n) > budget) {
            detail = std::string(name) + " inflates past the size limit";
            return DecodeError::TooLarge;
        }
        budget -= static_cast<std::uint64_t>(n);
        done += static_cast<std::uint64_t>(n);
        if (progress && *progress && !(*progress)(static_cast<int>(150 * std::min(done, total) / total)))
            return DecodeError::Cancelled;
        if (XML_Parse(parser, buffer.data(), static_cast<int>(n), n == 0) == XML_STATUS_ERROR) {
            if (XML_GetErrorCode(parser) == XML_ERROR_ABORTED)
                return DecodeError::None; // the handler stopped it (the text is full)
            detail = std::string(name) + ": " + XML_ErrorString(XML_GetErrorCode(parser)) + " at line "
                     + std::to_string(XML_GetCurrentLineNumber(parser));
            return DecodeError::Corrupt;
        }
        if (n == 0)
            return DecodeError::None;
    }
}

XmlParser::XmlParser()
{
    // External entities are never loaded (no handler is installed); parameter entities are
    // not parsed; expat's billion-laughs guard bounds what internal entities may expand to.
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(parser, 20.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(parser, 1u << 20);
}

} // namespace reportcore::readers
