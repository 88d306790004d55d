#pragma once
// Shared by the app tests: the sample report, read once.

#include "documentsession.h"

#include <reportcore/parse.h>

#include <catch2/catch.hpp>

inline DocumentPtr sampleReport()
{
    static const DocumentPtr doc = [] {
        const LoadResult result = DocumentSession::load(QString());
        REQUIRE(result.document);
        return result.document;
    }();
    return doc;
}

/** Index of the section titled `title`, or -1. */
inline int sectionNamed(const reportcore::Document &doc, const std::string &title)
{
    for (std::size_t s = 0; s < doc.sections.size(); ++s)
        if (doc.sections[s].title == title)
            return static_cast<int>(s);
    return -1;
}
