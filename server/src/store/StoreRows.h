#pragma once

// Row <-> record mapping shared by the SqliteStore translation units.

#include "store/SqliteDatabase.h"

#include "caseport/Case.h"
#include "caseport/Codec.h"
#include "caseport/Post.h"

#include <string>

namespace caseport::server {

// "id, number" → "c.id, c.number"
inline std::string qualified(const std::string& columns, const std::string& table)
{
    std::string out;
    std::size_t start = 0;
    while (start < columns.size()) {
        std::size_t end = columns.find(',', start);
        if (end == std::string::npos)
            end = columns.size();
        std::string column = columns.substr(start, end - start);
        column.erase(0, column.find_first_not_of(' '));
        out += (out.empty() ? "" : ", ") + table + "." + column;
        start = end + 1;
    }
    return out;
}

constexpr const char* kCaseColumns =
    "id, number, account, product, category, object, subject, description, fields, private, "
    "status, creator, channel, on_behalf_by, assignee, followers, answer, created_at, "
    "updated_at, version, closed_at";
constexpr int kCaseColumnCount = 21;

// Reads kCaseColumns starting at column `first`.
inline Case caseFromRow(const Statement& row, int first = 0)
{
    const int o = first;
    Case c;
    c.id = row.text(o + 0);
    c.number = row.text(o + 1);
    c.account = row.text(o + 2);
    c.product = row.text(o + 3);
    c.category = row.text(o + 4);
    c.object = row.text(o + 5);
    c.subject = row.text(o + 6);
    c.description = row.text(o + 7);
    c.fields = codec::parse(row.text(o + 8));
    c.isPrivate = row.integer(o + 9) != 0;
    c.status = row.text(o + 10);
    c.creator = row.text(o + 11);
    c.channel = row.text(o + 12);
    c.onBehalfBy = row.text(o + 13);
    c.assignee = row.text(o + 14);
    c.followers = codec::parse(row.text(o + 15)).get<std::vector<std::string>>();
    c.answer = row.text(o + 16);
    c.createdAt = row.text(o + 17);
    c.updatedAt = row.text(o + 18);
    c.version = row.integer(o + 19);
    c.closedAt = row.text(o + 20);
    return c;
}

constexpr const char* kPostColumns = "id, case_id, author, text, internal, attachments, created_at";

// Reads kPostColumns starting at column `first`.
inline Post postFromRow(const Statement& row, int first = 0)
{
    const int o = first;
    Post p;
    p.id = row.text(o + 0);
    p.caseId = row.text(o + 1);
    p.author = row.text(o + 2);
    p.text = row.text(o + 3);
    p.internal = row.integer(o + 4) != 0;
    p.attachments = codec::parse(row.text(o + 5)).get<std::vector<std::string>>();
    p.createdAt = row.text(o + 6);
    return p;
}

constexpr const char* kAttachmentColumns =
    "id, case_id, post_id, name, size, sha256, mime, created_at";

// Reads kAttachmentColumns starting at column `first`; a NULL post_id reads as "".
inline Attachment attachmentFromRow(const Statement& row, int first = 0)
{
    const int o = first;
    Attachment a;
    a.id = row.text(o + 0);
    a.caseId = row.text(o + 1);
    a.postId = row.text(o + 2);
    a.name = row.text(o + 3);
    a.size = row.integer(o + 4);
    a.sha256 = row.text(o + 5);
    a.mime = row.text(o + 6);
    a.createdAt = row.text(o + 7);
    return a;
}

} // namespace caseport::server
