#include "reportcore/decode.h"

#include "read/fileio.h"
#include "text/text.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <sys/stat.h>

namespace reportcore {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

using text::appendUtf8;

/** Length of the well-formed UTF-8 sequence at `p`, or 0 with `consumed` set to the length of the
 *  maximal ill-formed subpart (Unicode's "maximal subpart" practice: one U+FFFD per subpart). */
int utf8Sequence(const unsigned char *p, const unsigned char *end, int &consumed)
{
    const unsigned char b = p[0];
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b < 0x80) {
        consumed = 1;
        return 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
    } else {
        consumed = 1;
        return 0;
    }
    int i = 1;
    for (; i <= need; ++i) {
        if (p + i >= end) {
            consumed = i;
            return 0;
        }
        const unsigned char c = p[i];
        const unsigned char l = i == 1 ? lo : 0x80;
        const unsigned char h = i == 1 ? hi : 0xBF;
        if (c < l || c > h) {
            consumed = i;
            return 0;
        }
    }
    consumed = need + 1;
    return need + 1;
}

struct Counter {
    std::vector<Diagnostic> *out;
    std::size_t max;
    int currentLine = 0;
    int currentCount = 0;
    int firstColumn = 0;
    int suppressed = 0;

    void add(int line, int column)
    {
        if (line == currentLine) {
            ++currentCount;
            return;
        }
        flush();
        currentLine = line;
        currentCount = 1;
        firstColumn = column;
    }
    void flush()
    {
        if (currentCount == 0)
            return;
        if (out->size() < max)
            out->push_back({DiagnosticCode::InvalidBytes, currentLine, firstColumn, currentCount});
        else
            ++suppressed;
        currentCount = 0;
    }
};

/** Decodes UTF-8, replacing ill-formed subparts and normalising line ends. */
void decodeUtf8(std::string_view in, DecodeResult &result, std::size_t maxDiagnostics)
{
    std::string &out = result.text;
    out.reserve(in.size());
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const auto *end = p + in.size();
    Counter counter{&result.diagnostics, maxDiagnostics};
    int line = 1, column = 1;
    while (p < end) {
        // Fast path: a run of ASCII without CR or LF.
        const unsigned char b = *p;
        if (b < 0x80) {
            if (b == '\r') {
                out.push_back('\n');
                ++p;
                if (p < end && *p == '\n')
                    ++p;
                ++line;
                column = 1;
            } else {
                out.push_back(static_cast<char>(b));
                ++p;
                if (b == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            continue;
        }
        int consumed = 0;
        const int len = utf8Sequence(p, end, consumed);
        if (len > 0) {
            out.append(reinterpret_cast<const char *>(p), len);
        } else {
            if (p + consumed >= end && consumed > 1)
                result.diagnostics.push_back({DiagnosticCode::TruncatedSequence, line, column, 0});
            else
                counter.add(line, column);
            appendUtf8(out, kReplacement);
        }
        p += consumed;
        ++column;
    }
    counter.flush();
    if (counter.suppressed > 0)
        result.diagnostics.push_back({DiagnosticCode::InvalidBytes, 0, 0, counter.suppressed});
}

struct ConverterDeleter {
    void operator()(UConverter *c) const { ucnv_close(c); }
};

/** Decodes with an ICU converter. Returns false when `strict` and the input has an invalid sequence. */
bool decodeIcu(std::string_view in, const char *charset, bool strict, DecodeResult &result,
               std::size_t maxDiagnostics)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return false;

    std::string out;
    out.reserve(in.size() * 3 / 2);
    Counter counter{&result.diagnostics, maxDiagnostics};
    int line = 1, column = 1;
    bool pendingCr = false;
    char16_t pendingHigh = 0;
    auto emit = [&](char32_t c) {
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n')
                return;
        }
        if (c == '\r') {
            out.push_back('\n');
            pendingCr = true;
            ++line;
            column = 1;
            return;
        }
        appendUtf8(out, c);
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    };
    auto emitUnit = [&](char16_t u) {
        if (pendingHigh) {
            if (u >= 0xDC00 && u <= 0xDFFF) {
                emit(0x10000 + ((char32_t(pendingHigh) - 0xD800) << 10) + (u - 0xDC00));
                pendingHigh = 0;
                return;
            }
            counter.add(line, column);
            emit(kReplacement);
            pendingHigh = 0;
        }
        if (u >= 0xD800 && u <= 0xDBFF) {
            pendingHigh = u;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            counter.add(line, column);
            emit(kReplacement);
        } else {
            emit(u);
        }
    };

    const char *src = in.data();
    const char *srcEnd = src + in.size();
    char16_t buffer[8192];
    for (;;) {
        UChar *target = reinterpret_cast<UChar *>(buffer);
        UErrorCode err = U_ZERO_ERROR;
        const bool flush = true;
        ucnv_toUnicode(conv.get(), &target, reinterpret_cast<UChar *>(buffer) + 8192, &src, srcEnd,
                       nullptr, flush, &err);
        for (char16_t *u = buffer; u < reinterpret_cast<char16_t *>(target); ++u)
            emitUnit(*u);
        if (err == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (err == U_ILLEGAL_CHAR_FOUND || err == U_INVALID_CHAR_FOUND
            || err == U_TRUNCATED_CHAR_FOUND) {
            if (strict)
                return false;
            if (err == U_TRUNCATED_CHAR_FOUND)
                result.diagnostics.push_back({DiagnosticCode::TruncatedSequence, line, column, 0});
            else
                counter.add(line, column);
            emit(kReplacement);
            ucnv_reset(conv.get());
            if (src >= srcEnd)
                break;
            continue;
        }
        if (U_FAILURE(err))
            return false;
        if (src >= srcEnd)
            break;
    }
    if (pendingHigh) {
        counter.add(line, column);
        emit(kReplacement);
    }
    counter.flush();
    if (counter.suppressed > 0)
        result.diagnostics.push_back({DiagnosticCode::InvalidBytes, 0, 0, counter.suppressed});
    result.text = std::move(out);
    return true;
}

/** ICU's detector: returns the charset name when its confidence is at least `minConfidence`. */
std::string detectCharset(std::string_view in, int minConfidence)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status))
        return {};
    const auto sample = static_cast<int32_t>(std::min<std::size_t>(in.size(), 1 << 16));
    ucsdet_setText(det, in.data(), sample, &status);
    const UCharsetMatch *match = ucsdet_detect(det, &status);
    std::string name;
    if (U_SUCCESS(status) && match) {
        const int32_t confidence = ucsdet_getConfidence(match, &status);
        const char *n = ucsdet_getName(match, &status);
        if (U_SUCCESS(status) && n && confidence >= minConfidence)
            name = n;
    }
    ucsdet_close(det);
    return name;
}

/** Counts ill-formed UTF-8 subparts and well-formed multi-byte sequences. */
void utf8Stats(std::string_view in, std::size_t &invalid, std::size_t &multibyte, bool &onlyTruncatedEnd)
{
    invalid = multibyte = 0;
    onlyTruncatedEnd = true;
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const auto *end = p + in.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        // The common 3-byte sequence (CJK) checked inline.
        if (*p >= 0xE1 && *p <= 0xEC && p + 2 < end && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
            ++multibyte;
            p += 3;
            continue;
        }
        int consumed = 0;
        if (utf8Sequence(p, end, consumed) > 0) {
            ++multibyte;
        } else {
            ++invalid;
            if (!(p + consumed >= end && consumed > 1))
                onlyTruncatedEnd = false;
        }
        p += consumed;
    }
}

bool mostlyControl(std::string_view text)
{
    // Binary data shows at once: a sample of the first 64 KiB decides (git looks at 8000 bytes).
    text = text.substr(0, 1 << 16);
    // Counts code points crudely: lead bytes only.
    std::size_t total = 0, bad = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if ((b & 0xC0) == 0x80)
            continue;
        ++total;
        if (b < 0x20 && b != '\n' && b != '\t' && b != '\f' && b != '\v')
            ++bad;
        else if (b == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF
                 && static_cast<unsigned char>(text[i + 2]) == 0xBD)
            ++bad; // U+FFFD
    }
    return total > 0 && bad * 10 > total * 3;
}

bool onlyWhitespace(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
            continue;
        // U+3000 ideographic space
        if (b == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
            && static_cast<unsigned char>(text[i + 2]) == 0x80) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

/** The ICU name to read a declared charset with: GB2312 and GBK as GB18030, their superset. */
static std::string declaredCharset(const std::string &declared)
{
    std::string lower;
    for (char c : declared)
        lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    if (lower.empty() || lower == "utf-8" || lower == "utf8")
        return {};
    if (lower == "gb2312" || lower == "gbk" || lower == "gb18030" || lower == "x-gbk" || lower == "cp936")
        return "GB18030";
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(declared.c_str(), &status); // only to ask whether ICU knows it
    if (conv)
        ucnv_close(conv);
    return U_SUCCESS(status) ? declared : std::string();
}

bool isValidUtf8(std::string_view bytes)
{
    std::size_t invalid = 0, multibyte = 0;
    bool truncated = false;
    utf8Stats(bytes, invalid, multibyte, truncated);
    return invalid == 0;
}

DecodeResult decodeOwned(std::string &&bytes, const DecodeOptions &options)
{
    if (bytes.size() <= options.maxBytes && !bytes.empty() && bytes.compare(0, 3, "\xEF\xBB\xBF") != 0
        && bytes.compare(0, 2, "\xFF\xFE") != 0 && bytes.compare(0, 2, "\xFE\xFF") != 0
        && std::memchr(bytes.data(), 0, bytes.size()) == nullptr
        && std::memchr(bytes.data(), '\r', bytes.size()) == nullptr && isValidUtf8(bytes)) {
        DecodeResult result;
        result.bytes = bytes.size();
        result.encoding = "UTF-8";
        result.text = std::move(bytes);
        if (onlyWhitespace(result.text))
            result.error = DecodeError::Empty;
        else if (mostlyControl(result.text))
            result.error = DecodeError::Binary;
        if (result.error != DecodeError::None)
            result.text.clear();
        return result;
    }
    return decode(std::string_view(bytes), options);
}

DecodeResult decode(std::string_view bytes, const DecodeOptions &options)
{
    DecodeResult result;
    result.bytes = bytes.size();
    if (bytes.size() > options.maxBytes) {
        result.error = DecodeError::TooLarge;
        return result;
    }
    if (bytes.empty()) {
        result.error = DecodeError::Empty;
        return result;
    }

    auto startsWith = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
    const std::size_t maxDiag = options.maxDiagnostics;
    if (startsWith("\xEF\xBB\xBF")) {
        result.bom = true;
        result.encoding = "UTF-8";
        decodeUtf8(bytes.substr(3), result, maxDiag);
    } else if (startsWith(std::string_view("\xFF\xFE\0\0", 4)) || startsWith(std::string_view("\0\0\xFE\xFF", 4))) {
        result.bom = true;
        result.encoding = bytes[0] == '\xFF' ? "UTF-32LE" : "UTF-32BE";
        decodeIcu(bytes.substr(4), result.encoding.c_str(), false, result, maxDiag);
    } else if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF")) {
        result.bom = true;
        result.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
        decodeIcu(bytes.substr(2), result.encoding.c_str(), false, result, maxDiag);
    } else if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) {
        result.error = DecodeError::Binary;
        return result;
    } else {
        std::size_t invalid = 0, multibyte = 0;
        bool truncatedEnd = false;
        utf8Stats(bytes, invalid, multibyte, truncatedEnd);
        // Valid UTF-8 first (ucsdet is unreliable on short input); a few bad sequences in a
        // mostly-UTF-8 file are damage, not another encoding.
        const bool utf8 = invalid == 0 || truncatedEnd || invalid * 4 < multibyte;
        if (invalid == 0 && std::memchr(bytes.data(), '\r', bytes.size()) == nullptr) {
            result.encoding = "UTF-8"; // the common case: nothing to change
            result.text.assign(bytes.data(), bytes.size());
        } else if (utf8) {
            result.encoding = "UTF-8";
            decodeUtf8(bytes, result, maxDiag);
        } else if (const std::string declared = declaredCharset(options.charset);
                   !declared.empty() && decodeIcu(bytes, declared.c_str(), false, result, maxDiag)) {
            result.encoding = declared;
        } else if (decodeIcu(bytes, "GB18030", true, result, maxDiag)) {
            result.encoding = "GB18030";
        } else {
            std::string detected = detectCharset(bytes, 50);
            if (detected.rfind("ISO-8859", 0) == 0 || detected.rfind("windows-125", 0) == 0
                || detected == "UTF-8")
                detected.clear(); // single-byte guesses on CJK text are noise
            result.diagnostics.clear();
            if (!detected.empty() && decodeIcu(bytes, detected.c_str(), false, result, maxDiag)) {
                result.encoding = detected;
            } else {
                result.diagnostics.clear();
                result.encoding = "GB18030";
                decodeIcu(bytes, "GB18030", false, result, maxDiag);
            }
            result.diagnostics.insert(result.diagnostics.begin(),
                                      Diagnostic{DiagnosticCode::EncodingGuessed, 0, 0, 0});
        }
    }

    if (onlyWhitespace(result.text)) {
        result.error = DecodeError::Empty;
        result.text.clear();
        result.diagnostics.clear();
        return result;
    }
    if (mostlyControl(result.text)) {
        result.error = DecodeError::Binary;
        result.text.clear();
        result.diagnostics.clear();
        return result;
    }
    return result;
}

DecodeError readWholeFile(const std::string &path, std::uint64_t maxBytes, std::string &bytes, std::uint64_t &size)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? DecodeError::NotFound : DecodeError::Unreadable;
    if (!S_ISREG(st.st_mode))
        return DecodeError::Unreadable;
    size = static_cast<std::uint64_t>(st.st_size);
    if (size > maxBytes)
        return DecodeError::TooLarge;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return DecodeError::Unreadable;
    bytes.resize(static_cast<std::size_t>(st.st_size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad() || static_cast<std::size_t>(in.gcount()) != bytes.size())
        return DecodeError::Unreadable;
    return DecodeError::None;
}

DecodeResult decodeFile(const std::string &path, const DecodeOptions &options)
{
    DecodeResult result;
    std::string bytes;
    result.error = readWholeFile(path, options.maxBytes, bytes, result.bytes);
    if (result.error != DecodeError::None)
        return result;
    return decodeOwned(std::move(bytes), options);
}

std::string errorMessage(DecodeError error, const DecodeResult &result, const DecodeOptions &options)
{
    switch (error) {
    case DecodeError::None:
        return {};
    case DecodeError::NotFound:
        return "file not found";
    case DecodeError::Unreadable:
        return "file could not be read (not a regular file, or no permission)";
    case DecodeError::Empty:
        return "the file is empty: it contains no text";
    case DecodeError::Binary:
        return "not a text file: it contains binary data";
    case DecodeError::TooLarge:
        return "the file is too large (" + std::to_string(result.bytes) + " bytes; the limit is "
               + std::to_string(options.maxBytes) + " bytes)";
    case DecodeError::Cancelled:
        return "cancelled";
    case DecodeError::Encrypted:
        return "the document is encrypted: it needs a password";
    case DecodeError::NoText:
        return "no text found in the document, even by OCR";
    case DecodeError::Corrupt:
        return "the document is damaged or truncated";
    case DecodeError::Unsupported:
        return "this kind of document is not supported";
    }
    return "unknown error";
}

} // namespace reportcore
