// SqliteStore: files linked to an account or one of its objects (metadata; the content
// is a blob in server/src/blob). A removed file keeps its row, marked, so its id stays
// taken.

#include "store/SqliteStore.h"

#include "caseport/Codec.h"
#include "store/SqliteDatabase.h"

namespace caseport::server {
namespace {

constexpr const char* kColumns = "id, account, object, name, size, sha256, mime, added_by, created_at";

AccountFile accountFileFromRow(const Statement& row)
{
    AccountFile f;
    f.id = row.text(0);
    f.account = row.text(1);
    f.object = row.text(2);
    f.name = row.text(3);
    f.size = row.integer(4);
    f.sha256 = row.text(5);
    f.mime = row.text(6);
    f.addedBy = row.text(7);
    f.createdAt = row.text(8);
    return f;
}

// Whether a second link with this id is the same request again (the server fills in
// account, addedBy and createdAt; only what the client sent and who sent it count).
bool sameLink(const AccountFile& stored, const AccountFile& again)
{
    return stored.account == again.account && stored.object == again.object
        && stored.name == again.name && stored.size == again.size && stored.sha256 == again.sha256
        && stored.mime == again.mime && stored.addedBy == again.addedBy;
}

} // namespace

std::vector<AccountFile> SqliteStore::selectAccountFiles(const std::string& where, const std::string& value)
{
    // rowid order is the order of linking: newest first.
    Statement stmt = m_db->prepare(std::string("SELECT ") + kColumns
                                   + " FROM account_files WHERE removed_at IS NULL" + where
                                   + " ORDER BY rowid DESC");
    if (!value.empty())
        stmt.bind(1, value);
    std::vector<AccountFile> out;
    while (stmt.step())
        out.push_back(accountFileFromRow(stmt));
    return out;
}

LinkAccountFileResult SqliteStore::linkAccountFile(const AccountFile& file)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    Statement existing = m_db->prepare(std::string("SELECT ") + kColumns
                                       + ", removed_at IS NOT NULL FROM account_files WHERE id = ?1");
    existing.bind(1, file.id);
    if (existing.step()) {
        if (existing.integer(9) != 0)
            return {LinkFileOutcome::Removed, {}};
        AccountFile stored = accountFileFromRow(existing);
        if (!sameLink(stored, file))
            return {LinkFileOutcome::Conflict, {}};
        return {LinkFileOutcome::Replayed, std::move(stored)};
    }
    m_db->prepare(std::string("INSERT INTO account_files(") + kColumns
                  + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, file.id)
        .bind(2, file.account)
        .bind(3, file.object)
        .bind(4, file.name)
        .bind(5, file.size)
        .bind(6, file.sha256)
        .bind(7, file.mime)
        .bind(8, file.addedBy)
        .bind(9, file.createdAt)
        .run();
    tx.commit();
    return {LinkFileOutcome::Created, file};
}

std::vector<AccountFile> SqliteStore::accountFiles(const std::vector<std::string>& accounts)
{
    std::lock_guard lock(m_mutex);
    if (accounts.empty())
        return {};
    // One statement for any number of accounts: they travel as a JSON array.
    return selectAccountFiles(" AND account IN (SELECT value FROM json_each(?1))",
                              codec::dump(codec::Json(accounts)));
}

std::vector<AccountFile> SqliteStore::allAccountFiles()
{
    std::lock_guard lock(m_mutex);
    return selectAccountFiles({}, {});
}

std::optional<AccountFile> SqliteStore::accountFileById(const std::string& id)
{
    std::lock_guard lock(m_mutex);
    if (id.empty())
        return std::nullopt;
    std::vector<AccountFile> found = selectAccountFiles(" AND id = ?1", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

bool SqliteStore::removeAccountFile(const std::string& id, const std::string& by, const std::string& at)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    m_db->prepare("UPDATE account_files SET removed_by = ?2, removed_at = ?3"
                  " WHERE id = ?1 AND removed_at IS NULL")
        .bind(1, id)
        .bind(2, by)
        .bind(3, at)
        .run();
    const bool changed = m_db->changes() > 0;
    tx.commit();
    return changed;
}

std::vector<AccountFile> SqliteStore::accountFilesUsingBlob(const std::string& sha256)
{
    std::lock_guard lock(m_mutex);
    if (sha256.empty())
        return {};
    return selectAccountFiles(" AND sha256 = ?1", sha256);
}

} // namespace caseport::server
