#include "store/Migrations.h"

#include "store/SqliteDatabase.h"

#include <array>
#include <string>

namespace caseport::server {
namespace {

// Step i brings the schema from version i to i + 1.
constexpr std::array<const char*, 9> kSteps = {
    R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    account   TEXT NOT NULL,
    product   TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE TABLE cases (
    id           TEXT PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    account      TEXT NOT NULL,
    product      TEXT NOT NULL,
    category     TEXT NOT NULL,
    object       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    description  TEXT NOT NULL,
    fields       TEXT NOT NULL,
    private      INTEGER NOT NULL,
    status       TEXT NOT NULL,
    creator      TEXT NOT NULL,
    channel      TEXT NOT NULL,
    on_behalf_by TEXT NOT NULL,
    assignee     TEXT NOT NULL,
    followers    TEXT NOT NULL,
    answer       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL,
    seq          INTEGER NOT NULL REFERENCES changes(seq)
) STRICT;
CREATE INDEX cases_by_seq ON cases(seq);
CREATE INDEX cases_by_account_seq ON cases(account, seq);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX sessions_by_expiry ON sessions(expires_at);
)sql",
    // 1 → 2: per-viewer tombstones (audience), portal-set member levels, their audit.
    R"sql(
ALTER TABLE changes ADD COLUMN audience TEXT;
CREATE INDEX changes_by_audience ON changes(audience, seq) WHERE audience IS NOT NULL;
CREATE TABLE member_levels (
    account    TEXT NOT NULL,
    user       TEXT NOT NULL,
    product    TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('full', 'limited', 'none')),
    PRIMARY KEY (account, user, product)
) STRICT;
CREATE INDEX member_levels_by_user ON member_levels(user);
CREATE TABLE access_audit (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    account TEXT NOT NULL,
    user    TEXT NOT NULL,
    product TEXT NOT NULL,
    before  TEXT NOT NULL,
    after   TEXT NOT NULL
) STRICT;
CREATE INDEX access_audit_by_account ON access_audit(account, id);
)sql",
    // 2 → 3: posts; the change log is read per account.
    R"sql(
CREATE TABLE posts (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    internal    INTEGER NOT NULL,
    attachments TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    seq         INTEGER NOT NULL REFERENCES changes(seq)
) STRICT;
CREATE INDEX posts_by_case ON posts(case_id, created_at);
CREATE INDEX changes_by_account_seq ON changes(account, seq);
)sql",
    // 3 → 4: attachments (their content is a blob named by sha256, see server/src/blob),
    // and who proved they hold a blob by uploading it.
    R"sql(
CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    post_id    TEXT REFERENCES posts(id),
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    mime       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seq        INTEGER NOT NULL REFERENCES changes(seq)
) STRICT;
CREATE INDEX attachments_by_case ON attachments(case_id, seq);
CREATE INDEX attachments_by_sha256 ON attachments(sha256);
CREATE TABLE blob_holders (
    sha256 TEXT NOT NULL,
    user   TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (sha256, user)
) STRICT, WITHOUT ROWID;
)sql",
    // 4 → 5: the mail outbox (times in Unix milliseconds), the mail planner's cursor in
    // the change log and the status it last saw per case. An existing store starts the
    // cursor at the log's head, so turning mail on never mails about the past.
    R"sql(
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    to_address      TEXT NOT NULL,
    to_name         TEXT NOT NULL,
    language        TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    case_id         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    last_error      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at, id) WHERE state = 'pending';
CREATE TABLE mail_case_status (
    case_id TEXT PRIMARY KEY,
    status  TEXT NOT NULL
) STRICT;
INSERT INTO mail_case_status(case_id, status) SELECT id, status FROM cases;
INSERT INTO meta(key, value)
    SELECT 'mail_cursor', CAST(COALESCE(MAX(seq), 0) AS TEXT) FROM changes;
)sql",
    // 5 → 6: when a case entered its closed state (RFC 3339; '' while open), which decides
    // whether a customer's post reopens it (workflow::postEffect). A case closed before
    // this step gets its last update time: the best the store knows.
    R"sql(
ALTER TABLE cases ADD COLUMN closed_at TEXT NOT NULL DEFAULT '';
UPDATE cases SET closed_at = updated_at WHERE status = 'closed';
)sql",
    // 6 → 7: operational notices staff publish (the notice as the codec's JSON). A
    // withdrawn notice keeps its row so a replayed publish cannot bring it back.
    R"sql(
CREATE TABLE notices (
    id           TEXT PRIMARY KEY,
    published_by TEXT NOT NULL,
    body         TEXT NOT NULL,
    published_at TEXT NOT NULL,
    withdrawn_at TEXT
) STRICT;
)sql",
    // 7 → 8: files linked to an account or one of its objects (object '' = the whole
    // account); the content is a blob. A removed file keeps its row (removed_at set) so a
    // replayed link cannot bring it back.
    R"sql(
CREATE TABLE account_files (
    id         TEXT PRIMARY KEY,
    account    TEXT NOT NULL,
    object     TEXT NOT NULL,
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    mime       TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    removed_by TEXT,
    removed_at TEXT
) STRICT;
CREATE INDEX account_files_account ON account_files(account);
CREATE INDEX account_files_sha256 ON account_files(sha256);
)sql",
    // 8 → 9: who set each case's current status ('' = not recorded: set before this
    // step), so the mail planner never tells people about their own status change (a
    // customer's post that reopens a case, a creator closing their own case), even when
    // later edits by others are planned together with it.
    R"sql(
ALTER TABLE cases ADD COLUMN status_by TEXT NOT NULL DEFAULT '';
)sql",
};

int userVersion(SqliteDatabase& db)
{
    Statement stmt = db.prepare("PRAGMA user_version");
    return stmt.step() ? static_cast<int>(stmt.integer(0)) : 0;
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(kSteps.size());
}

int migrate(SqliteDatabase& db)
{
    int version = userVersion(db);
    while (version < latestSchemaVersion()) {
        Transaction tx(db);
        db.exec(kSteps[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
        ++version;
    }
    return version;
}

} // namespace caseport::server
