// Build-time tool: writes lexicon_data.cpp, the lexicon embedded as a raw string, with every word
// also in Traditional characters (ICU's Hans-Hant), so that every rule holds for Traditional text
// (代表 → 代表, 书记 → 書記, 会员 → 會員) without converting anything at run time.
//
//   lexicon_hant <lexicon.txt> [more.txt ...] <lexicon_data.cpp>   (the inputs are read one after another)

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: lexicon_hant <lexicon.txt> [more.txt ...] <lexicon_data.cpp>\n";
        return 2;
    }
    std::stringstream text;
    for (int i = 1; i + 1 < argc; ++i) {
        std::ifstream in(argv[i]);
        if (!in) {
            std::cerr << "lexicon_hant: cannot read " << argv[i] << "\n";
            return 2;
        }
        text << in.rdbuf() << "\n";
    }
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Transliterator> toHant(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !toHant) {
        std::cerr << "lexicon_hant: ICU has no Hans-Hant transliterator: " << u_errorName(status) << "\n";
        return 2;
    }
    std::string lexicon = text.str();
    std::string added = "\n# --- generated at build time: the words above in Traditional characters ---\n";
    std::istringstream lines(text.str());
    std::string line;
    while (std::getline(lines, line)) {
        const auto colon = line.find(": ");
        if (line.empty() || line[0] == '#' || colon == std::string::npos)
            continue;
        std::istringstream words(line.substr(colon + 2));
        std::string word, traditional;
        while (words >> word) {
            icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
            toHant->transliterate(u);
            std::string t;
            u.toUTF8String(t);
            if (t != word)
                traditional += (traditional.empty() ? "" : " ") + t;
        }
        if (!traditional.empty())
            added += line.substr(0, colon) + ": " + traditional + "\n";
    }
    lexicon += added;
    if (lexicon.find(")LEXICON\"") != std::string::npos) {
        std::cerr << "lexicon_hant: the lexicon holds the raw string's delimiter\n";
        return 2;
    }
    std::ofstream out(argv[argc - 1]);
    out << "// Generated from core/data/lexicon.txt, measure-words.txt and surnames.txt by core/tools/lexicon_hant.cpp: do not edit.\n"
           "namespace reportcore {\n"
           "extern const char *const kLexiconText;\n"
           "const char *const kLexiconText = R\"LEXICON("
        << lexicon << ")LEXICON\";\n} // namespace reportcore\n";
    return out ? 0 : 2;
}
