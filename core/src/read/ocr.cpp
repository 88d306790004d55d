// OCR (ocr.h): Tesseract's words with their boxes and confidences; a word's box taken to its text
// line's height (a comma's own box is a dot at the baseline), so the PDF layout groups it with its line.
#include "read/ocr.h"

#include <leptonica/allheaders.h>

#include <dlfcn.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <future>
#include <thread>

namespace reportcore::readers {

OcrEngine::OcrEngine(std::string language)
    : m_language(std::move(language))
{
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

bool OcrEngine::ready()
{
    if (m_tried)
        return m_ready;
    m_tried = true;
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract's own messages (a missing model, its guesses) go nowhere: the reader reports in its words.
    m_api->SetVariable("debug_file", "/dev/null");
    if (m_api->Init(nullptr, m_language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_error = "the Chinese OCR model is not installed (Debian: apt install tesseract-ocr-"
                  + std::string(m_language == "chi_tra" ? "chi-tra" : "chi-sim") + ")";
        m_api.reset();
        return false;
    }
    m_api->SetVariable("debug_file", "/dev/null");
    // Chinese set without spaces: Tesseract is told not to put them between characters.
    m_api->SetVariable("preserve_interword_spaces", "1");
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_ready = true;
    return true;
}

namespace {

/** One thread for the engine (no OpenMP region active): its threads wait by spinning, which on two
 *  cores made a page four times slower (6.0 s against 1.5 s at 200 dpi). OMP_THREAD_LIMIT would do it
 *  too, but the runtime reads it when it loads, before any code of ours runs. The runtime is the one
 *  Tesseract brought in (libgomp, when Tesseract was built with OpenMP): found, not linked. */
void oneEngineThread()
{
    using SetLevels = void (*)(int);
    static const auto setLevels = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (setLevels)
        setLevels(0); // for this thread's regions: the engine runs on the thread that calls it
}

/** A page as OCR reads it best: its skew taken out (Leptonica finds it on a binarised copy), and the
 *  specks a scanner or copier leaves taken away by a 3 × 3 median (a speck is one or two pixels;
 *  a stroke of a character at 150 dpi or more is wider). */
Pix *prepared(Pix *grey)
{
    Pix *straight = pixDeskew(grey, 0);
    if (!straight)
        straight = pixClone(grey);
    if (pixGetDepth(straight) == 8)
        if (Pix *smooth = pixMedianFilter(straight, 3, 3)) {
            pixDestroy(&straight);
            straight = smooth;
        }
    return straight;
}

} // namespace

std::vector<OcrWord> OcrEngine::read(Pix *page, int dpi, const std::function<bool()> &goOn)
{
    std::vector<OcrWord> words;
    if (!ready() || !page)
        return words;
    oneEngineThread();
    Pix *image = prepared(page);
    if (!image)
        return words;
    m_api->SetImage(image);
    m_api->SetSourceResolution(dpi);
    // Cancel reaches into the engine: it asks between words, not only between pages.
    tesseract::ETEXT_DESC monitor;
    monitor.cancel_this = const_cast<std::function<bool()> *>(&goOn);
    monitor.cancel = [](void *self, int) {
        const auto *ask = static_cast<const std::function<bool()> *>(self);
        return *ask && !(*ask)();
    };
    std::unique_ptr<tesseract::ResultIterator> it(m_api->Recognize(&monitor) == 0 ? m_api->GetIterator() : nullptr);
    if (!it) {
        pixDestroy(&image);
        return words;
    }
    int lineTop = 0, lineBottom = 0;
    do {
        if (it->Empty(tesseract::RIL_WORD))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
            int x0 = 0, x1 = 0;
            it->BoundingBox(tesseract::RIL_TEXTLINE, &x0, &lineTop, &x1, &lineBottom);
        }
        const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!text || text[0] == 0)
            continue;
        OcrWord w;
        w.text = text.get();
        int top = 0, bottom = 0;
        it->BoundingBox(tesseract::RIL_WORD, &w.x0, &top, &w.x1, &bottom);
        w.top = std::min(top, lineTop);
        w.bottom = std::max(bottom, lineBottom);
        w.height = bottom - top;
        w.confidence = it->Confidence(tesseract::RIL_WORD);
        words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
    m_api->Clear();
    pixDestroy(&image);
    return words;
}

OcrPool::OcrPool()
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned k = 0; k < std::min(cores, 4u); ++k)
        m_engines.push_back(std::make_unique<OcrEngine>());
}

OcrPool::~OcrPool() = default;

bool OcrPool::ready()
{
    return m_engines.front()->ready();
}

const std::string &OcrPool::error() const { return m_engines.front()->error(); }

namespace {

float meanConfidence(const std::vector<OcrWord> &words)
{
    double sum = 0;
    for (const OcrWord &w : words)
        sum += w.confidence;
    return words.empty() ? 0 : static_cast<float>(sum / static_cast<double>(words.size()));
}

} // namespace

void OcrPool::chooseModel(PageImage &first, const std::function<bool()> &goOn)
{
    m_chosen = true;
    if (!first.image)
        return;
    Pix *copy = pixCopy(nullptr, first.image);
    first.words = m_engines.front()->read(first.image, first.dpi, goOn);
    const float simplified = meanConfidence(first.words);
    if (simplified < 85 && copy) {
        auto traditional = std::make_unique<OcrEngine>("chi_tra");
        std::vector<OcrWord> words = traditional->ready() ? traditional->read(copy, first.dpi, goOn) : std::vector<OcrWord>{};
        if (!words.empty() && meanConfidence(words) > simplified + 3) { // a report in Traditional characters
            first.words = std::move(words);
            m_engines.front() = std::move(traditional);
            for (std::size_t k = 1; k < m_engines.size(); ++k)
                m_engines[k] = std::make_unique<OcrEngine>("chi_tra");
        }
    }
    pixDestroy(&copy);
    pixDestroy(&first.image);
}

bool OcrPool::read(std::vector<PageImage> &pages, const std::function<bool()> &goOn)
{
    // The first page of the document chooses the model (on this thread: a page's time).
    std::size_t from = 0;
    if (!m_chosen && !pages.empty()) {
        chooseModel(pages.front(), goOn);
        from = 1;
        if (goOn && !goOn()) {
            for (PageImage &p : pages)
                pixDestroy(&p.image);
            return false;
        }
    }
    std::atomic<bool> stop{false};
    const std::function<bool()> engineGoesOn = [&stop] { return !stop.load(); };
    std::vector<std::future<void>> running;
    for (std::size_t k = from; k < pages.size() && k < m_engines.size(); ++k)
        running.push_back(std::async(std::launch::async, [&, k] {
            PageImage &p = pages[k];
            if (!stop.load())
                p.words = m_engines[k]->read(p.image, p.dpi, engineGoesOn);
        }));
    // The caller's question is asked here, on its own thread, a few times a second.
    for (std::future<void> &f : running)
        while (f.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
            if (!stop.load() && goOn && !goOn())
                stop = true;
    for (PageImage &p : pages)
        pixDestroy(&p.image);
    return !stop.load();
}

} // namespace reportcore::readers

namespace reportcore {

std::string repairedOcrWord(std::string w)
{
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    // Letters OCR reads for digits inside a number: O and o for 0, l, I and | for 1.
    for (std::size_t k = 1; k + 1 < w.size(); ++k)
        if ((digit(w[k - 1]) || w[k - 1] == '.') && (digit(w[k + 1]) || w[k + 1] == '.')) {
            if (w[k] == 'O' || w[k] == 'o')
                w[k] = '0';
            else if (w[k] == 'l' || w[k] == 'I' || w[k] == '|')
                w[k] = '1';
        }
    // 年末 read as 年未 (未 and 末 differ by a stroke's length) where a year or a sentence opens it:
    // 2023年未, 年未全市…; not 多年未变
    for (std::size_t at = w.find("\u5E74\u672A"); at != std::string::npos; at = w.find("\u5E74\u672A", at + 1))
        if (at == 0 || digit(w[at - 1]))
            w.replace(at + 3, 3, "\u672B");
    // ‰ read as %o (its second circle taken for a letter) after a figure: 出生率8.47%o
    for (std::size_t at = w.find("%o"); at != std::string::npos; at = w.find("%o", at + 1))
        if (at > 0 && digit(w[at - 1]))
            w.replace(at, 2, "\u2030");
    // A bracket before a percent sign read as an angle bracket: 比上年增长《%) → （%)
    for (const char *angle : {"\u300A%", "\u3008%", "<%"})
        for (std::size_t at = w.find(angle); at != std::string::npos; at = w.find(angle, at + 1))
            w.replace(at, std::string(angle).size() - 1, "\uFF08");
    return w;
}

} // namespace reportcore

namespace reportcore::readers {

std::vector<pdf::Piece> ocrPieces(const std::vector<OcrWord> &words, int dpi, OcrPage &page)
{
    const double scale = 72.0 / std::max(dpi, 1);
    std::vector<pdf::Piece> pieces;
    pieces.reserve(words.size());
    // A word's height varies with what it holds (a comma, a digit, a bracket): the body's size is the
    // words' median height, a word's own only when clearly larger (a title's).
    std::vector<int> heights;
    for (const OcrWord &w : words)
        if (w.height > 0)
            heights.push_back(w.height);
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    const double median = heights.empty() ? 12 : heights[heights.size() / 2] * scale;
    for (const OcrWord &w : words) {
        // A table's rules read as words of bars and dashes, or of nothing: no text
        if (w.text.find_first_not_of(" |_-\u2014\t") == std::string::npos
            || w.text.find_first_not_of(" |_-\t") == std::string::npos)
            continue;
        pdf::Piece p;
        p.x0 = w.x0 * scale;
        p.x1 = w.x1 * scale;
        p.top = w.top * scale;
        p.bottom = w.bottom * scale;
        const double height = w.height * scale;
        p.size = std::max(1.0, height >= 1.35 * median ? height : median);
        p.text = repairedOcrWord(w.text);
        p.spaceAfter = true; // a gap OCR saw; next to Chinese the layout puts none
        page.words.push_back({p.text, w.confidence, p.x0, p.top, p.x1, p.bottom});
        pieces.push_back(std::move(p));
    }
    return pieces;
}

} // namespace reportcore::readers
