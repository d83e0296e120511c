#pragma once

// Row <-> record mapping shared by the SqliteStore translation units.

#include "store/SqliteDatabase.h"

#include "caseport/Case.h"
#include "caseport/Codec.h"
#include "caseport/Post.h"

namespace caseport::server {

constexpr const char* kCaseColumns =
    "id, number, account, product, category, object, subject, description, fields, private, "
    "status, creator, channel, on_behalf_by, assignee, followers, answer, created_at, "
    "updated_at, version";

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

} // namespace caseport::server
