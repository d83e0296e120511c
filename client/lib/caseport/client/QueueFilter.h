#pragma once

// The staff queue's filters (the filter bar above the case list): status, product,
// account, assignee, age. One pure predicate decides whether a case passes, so the
// proxy model and the table test share it. Any thread.

#include "caseport/Case.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace caseport::client {

struct QueueFilter {
    enum class Assignee { Anyone, Unassigned, Mine };
    // Every member has an initializer so callers may name only what they set.

    bool openOnly = false; // hide cases in a closed state
    QString status{}; // a workflow state id; empty: any
    QString product{}; // empty: any
    QString account{}; // empty: any
    Assignee assignee = Assignee::Anyone;
    int olderThanDays = 0; // created more than this many days ago; 0: any age

    // Passes every case.
    [[nodiscard]] bool isEmpty() const { return *this == QueueFilter{}; }
    bool operator==(const QueueFilter&) const = default;
};

namespace queue {

// Does `c` pass `filter`? me: the logged-in user's id (for Mine); closedStatuses: the
// catalog's closed states (for openOnly); now: the current time (UTC), so the age
// filter is testable. A case whose creation time cannot be read is never "older".
[[nodiscard]] bool accepts(const QueueFilter& filter, const caseport::Case& c, const QString& me,
                           const QSet<QString>& closedStatuses, const QDateTime& now);

} // namespace queue
} // namespace caseport::client
