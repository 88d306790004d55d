#pragma once
// OCR (Tesseract, the engine Debian packages with its Chinese models): a page image in, its words out
// with their boxes and how sure the engine was of each. The words become a page's pieces, as a PDF's
// text layer gives them, so the page's lines, columns, furniture and tables are found as for any PDF.

#include "read/pdflayout.h"
#include "reportcore/read.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct Pix;
namespace tesseract { class TessBaseAPI; }

namespace reportcore::readers {

/** The largest image OCR takes, in pixels (a page of A3 at 600 dpi is 70 M): larger ones are refused
 *  before they are decoded. */
constexpr std::uint64_t kMaxOcrPixels = 80'000'000;

/** A page image's resolution when the file does not say: a scanner's default. */
constexpr int kDefaultScanDpi = 300;

/** One word as OCR read it: its text, its box in the image's pixels, the engine's confidence (0–100). */
struct OcrWord {
    std::string text;
    int x0 = 0, top = 0, x1 = 0, bottom = 0; ///< top and bottom: its text line's
    int height = 0;                           ///< its own glyphs' height
    float confidence = 0;
};

/** A Tesseract engine for Chinese, Simplified (`chi_sim`) or Traditional (`chi_tra`) characters. */
class OcrEngine {
public:
    explicit OcrEngine(std::string language = "chi_sim");
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;
    /** False when the engine or its Chinese model could not be loaded; `error()` says which package. */
    bool ready();
    const std::string &error() const { return m_error; }
    /** The words of one page image, in reading order; `dpi` is the image's resolution. `goOn` is
     *  asked while the engine works: false stops it (the page's words so far are returned). */
    std::vector<OcrWord> read(Pix *image, int dpi, const std::function<bool()> &goOn = {});

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::string m_language;
    bool m_tried = false, m_ready = false;
    std::string m_error;
};

/** A page image waiting for OCR, and the words OCR read in it. */
struct PageImage {
    int page = 0;          ///< 1-based
    Pix *image = nullptr;  ///< grey; destroyed once read
    int dpi = kDefaultScanDpi;
    std::vector<OcrWord> words;
};

/** Engines to read pages side by side: one per core, at most 4 (each engine one thread). */
class OcrPool {
public:
    OcrPool();
    ~OcrPool();
    bool ready();
    const std::string &error() const;
    std::size_t size() const { return m_engines.size(); }
    /** Reads `pages` (at most size() of them) side by side. `goOn` is asked on this thread while they
     *  are read; false stops every engine, and read() returns false. Every image is destroyed. */
    bool read(std::vector<PageImage> &pages, const std::function<bool()> &goOn);

private:
    /** The first page read with the Simplified model, and, when OCR was not sure of it (a mean
     *  confidence under 85), with the Traditional one too: the model that reads it better reads the
     *  document. */
    void chooseModel(PageImage &first, const std::function<bool()> &goOn);

    std::vector<std::unique_ptr<OcrEngine>> m_engines;
    bool m_chosen = false;
};

/** A page read by OCR as the PDF layout takes it: the words as pieces in points (1/72 inch), the page's
 *  size in points; the words with their confidence into `page` (for the figures' confidence). */
std::vector<pdf::Piece> ocrPieces(const std::vector<OcrWord> &words, int dpi, OcrPage &page);

/** Image files: PNG, JPEG, TIFF (every page of a multi-page one), read by OCR. */
SourceText readImage(std::string_view bytes, const ReadOptions &options);

} // namespace reportcore::readers
