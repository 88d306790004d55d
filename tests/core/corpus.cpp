#include "corpus.h"

using reportcore::DecodeError;

namespace {
std::string repeat(const std::string &s, std::size_t times)
{
    std::string out;
    out.reserve(s.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += s;
    return out;
}
} // namespace

std::vector<CorpusCase> badInputCorpus(bool big)
{
    std::vector<CorpusCase> c;
    c.push_back({"empty", "", DecodeError::Empty});
    c.push_back({"whitespace only", " \t\r\n\n\xE3\x80\x80\n   \n", DecodeError::Empty});
    c.push_back({"NUL bytes", std::string("text\0with\0nul", 13), DecodeError::Binary});
    static const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    c.push_back({"a PNG cut after its header", std::string(png, sizeof png - 1), DecodeError::Corrupt});
    c.push_back({"control characters", repeat("\x01\x02\x03\x04\x05\x06\x07\x08", 64), DecodeError::Binary});
    c.push_back({"truncated UTF-8", "## 标题\n\n会员人数达300万人\xE4\xBA", DecodeError::None});
    c.push_back({"invalid UTF-8 in UTF-8 text", "## 标题\n\n全市会员\xFF\xFE人数达到300万人，职工\xC0\xAF参保率95%。\n", DecodeError::None});
    c.push_back({"overlong and surrogate UTF-8", "## 标题\n\n\xC0\x80\xED\xA0\x80\xED\xBF\xBF\xF4\x90\x80\x80会员100万人。\n", DecodeError::None});
    c.push_back({"lone surrogates in UTF-16",
                 std::string("\xFF\xFE" "#\0#\0 \0" "\x07\x68" "\n\0" "\x00\xD8" "A\0" "\x00\xDC" "\n\0", 18),
                 DecodeError::None});
    c.push_back({"right-to-left text and emoji",
                 "## تقرير 报告 \xF0\x9F\x93\x8A\n\nمرحبا 全市会员😀达300万人👍，增长5%。\u200F\u202E反转\u202C\n",
                 DecodeError::None});
    c.push_back({"HTML and links",
                 "## <b>标题</b>\n\n<script>alert(1)</script><img src=x onerror=alert(1)>"
                 "<a href=\"file:///etc/passwd\">链接</a>会员达300万人。\n",
                 DecodeError::None});
    c.push_back({"a 400-digit number", "## 数字\n\n全市会员" + std::string(400, '9') + "人，增长" + std::string(400, '1') + "%。\n",
                 DecodeError::None});
    c.push_back({"only punctuation and digits", repeat("%%%%,,,,。。。1234567890", 200), DecodeError::None});
    // Documents (read by their content, whatever the name): damaged, empty, or not a report.
    c.push_back({"a PDF header and garbage", "%PDF-1.7\n" + repeat("\x01garbage\xFF", 100) + "\n%%EOF\n", DecodeError::Corrupt});
    c.push_back({"a PDF cut short", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog", DecodeError::Corrupt});
    c.push_back({"a zip header and garbage", std::string("PK\x03\x04", 4) + repeat("\x14\0\x08", 50), DecodeError::Corrupt});
    c.push_back({"a legacy Word file", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'),
                 DecodeError::Unsupported});
    c.push_back({"a page of scripts and menus only",
                 "<!DOCTYPE html><html><head><script>var a='会员300万人';</script></head><body><nav>首页 新闻</nav>"
                 "<div class=\"footer\">版权所有</div></body></html>",
                 DecodeError::Empty});
    if (big) {
        c.push_back({"a page nested 10^5 deep", "<html><body>" + repeat("<div>", 100000) + "会员300万人。</body></html>",
                     DecodeError::Corrupt});
        c.push_back({"a page of 10^5 paragraphs", "<html><body>" + repeat("<p>会员100万人。</p>", 100000) + "</body></html>",
                     DecodeError::None});
        c.push_back({"one 20 MB line", repeat("全市会员达300万人，增长5%，", 20 * 1024 * 1024 / 40), DecodeError::None});
        c.push_back({"10^5 headings", repeat("## 标题\n", 100000), DecodeError::None});
        c.push_back({"10^5 percent signs", "## 标题\n\n增长5" + std::string(100000, '%') + "。\n", DecodeError::None});
        c.push_back({"10^5 numbers in a line", repeat("1,", 100000) + "\n", DecodeError::None});
        c.push_back({"10^5 short paragraphs", repeat("会员100万人。\n\n", 100000), DecodeError::None});
        c.push_back({"10^5 broken lines", repeat("全市工会会员人数稳步增长，职工\n\n", 100000), DecodeError::None});
    }
    return c;
}
