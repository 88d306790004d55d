#pragma once
// Word's automatic list numbering (word/numbering.xml): the label Word shows before a numbered
// paragraph ("四、", "（一）", "1."), which is in no run of its text. Without it a heading numbered only
// by Word (its text just "服务业") would be read as a list item.

// Debian builds expat with DTD support; the billion-laughs settings are declared only then.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace reportcore::readers {

class DocxNumbering
{
public:
    /** expat handlers for numbering.xml (user data: this). */
    static void start(void *data, const XML_Char *name, const XML_Char **attrs);
    static void end(void *data, const XML_Char *name);

    /** The label of the next paragraph of list `numId` at level `level` (0–8), its counters advanced
     *  as Word advances them (a level restarts under a new item of the level above); "" for a bullet,
     *  no number or an unknown list. */
    std::string next(const std::string &numId, int level);

private:
    struct Level {
        std::string format = "decimal"; ///< numFmt: decimal, chineseCounting, upperLetter …
        std::string text;               ///< lvlText: "%1、", "（%1）", "%1.%2"
        int start = 1;
    };
    struct List {
        std::string abstractId;
        std::map<int, int> startOverride; ///< level → start
        bool used = false;
    };
    std::map<std::string, std::array<Level, 9>> m_abstracts;
    std::map<std::string, List> m_lists;
    std::map<std::string, std::array<int, 9>> m_counters; ///< per abstract list: lists of one continue each other
    // while reading
    std::string m_abstract, m_num;
    int m_level = -1;
};

} // namespace reportcore::readers
