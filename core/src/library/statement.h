#pragma once
// What the library's rooms share of SQLite: a prepared statement that finalises itself, exec(), and the
// reports' rows.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reportcore/library.h"

namespace reportcore::library {


/** A prepared statement, finalised when it goes. */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    explicit operator bool() const { return m_stmt != nullptr; }
    Statement &bind(int i, const std::string &s)
    {
        sqlite3_bind_text(m_stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(int i, std::int64_t v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Statement &bind(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
        return *this;
    }
    Statement &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    template <typename T> Statement &bind(int i, const std::optional<T> &v) { return v ? bind(i, *v) : bindNull(i); }
    /** SQLITE_ROW, SQLITE_DONE or an error. */
    int step() { return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE; }
    bool run()
    {
        const int rc = step();
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    std::string text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i))) : std::string();
    }
    std::int64_t integer(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const { return sqlite3_column_double(m_stmt, i); }
    bool isNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    std::optional<int> optionalInt(int i) const
    {
        return isNull(i) ? std::nullopt : std::optional<int>(static_cast<int>(integer(i)));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

inline bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}


/** The reports of `filter`, as stored (their files not looked at: `missing` is false). */
std::vector<LibraryReport> reportRows(sqlite3 *db, const ReportFilter &filter);

} // namespace reportcore::library
