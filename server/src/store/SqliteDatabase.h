#pragma once

// A thin RAII layer over one sqlite3 connection: pragmas, cached prepared
// statements, transactions. Not thread-safe: the owner (SqliteStore) serialises
// every use behind its mutex. Errors throw StoreError.

#include <cstdint>
#include <map>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace caseport::server {

// A cached prepared statement in use; resets and clears its bindings when it goes
// out of scope so the cache can hand it out again.
class Statement {
public:
    Statement(sqlite3_stmt* stmt, sqlite3* db);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& text); // 1-based, like SQLite
    Statement& bind(int index, std::int64_t value);
    Statement& bindNull(int index);
    // True while a row is available, false when done.
    bool step();
    void run(); // step() to completion, for statements without rows

    [[nodiscard]] std::string text(int column) const; // 0-based; NULL reads as ""
    [[nodiscard]] std::int64_t integer(int column) const;

private:
    sqlite3_stmt* m_stmt;
    sqlite3* m_db;
};

class SqliteDatabase {
public:
    // Opens (creating) the file with WAL, synchronous=FULL, foreign_keys=ON and a
    // busy timeout.
    explicit SqliteDatabase(const std::string& path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    void exec(const std::string& sql);
    // The statement for sql, prepared once and cached for the connection's lifetime.
    [[nodiscard]] Statement prepare(const std::string& sql);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;

private:
    sqlite3* m_db = nullptr;
    std::map<std::string, sqlite3_stmt*> m_cache;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran.
class Transaction {
public:
    explicit Transaction(SqliteDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    SqliteDatabase& m_db;
    bool m_done = false;
};

} // namespace caseport::server
