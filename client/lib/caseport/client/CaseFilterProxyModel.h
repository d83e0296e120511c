#pragma once

#include "caseport/client/QueueFilter.h"

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace caseport::client {

// Sorts and filters CaseListModel for the case list views. Filters combine:
//  - open only: hides cases whose status is a closed state (the "Open" view);
//  - followed by: shows only cases that list the user among their followers (the
//    "Followed" view). Creating a case does not make its creator a follower, so the
//    creator's own cases show here only when someone added them explicitly;
//  - the staff queue's filter (QueueFilter, decided by queue::accepts) with the current
//    user for "Mine"; the age filter reads the clock when the filter is (re)applied.
// The Updated column sorts by time, not by its text. Holds no data of its own.
class CaseFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseFilterProxyModel(QObject* parent = nullptr);

    // Status ids that count as closed (StatusDefinition::closed) — from the catalog.
    void setClosedStatuses(QSet<QString> statuses);
    void setOpenOnly(bool openOnly);
    [[nodiscard]] bool openOnly() const;
    // A user id (e-mail): only cases this user follows; empty: no such filter.
    void setFollowedBy(const QString& user);
    [[nodiscard]] QString followedBy() const;
    // The staff queue's filter; me is the logged-in user's id. The source model must be a
    // CaseListModel for it to apply.
    void setQueueFilter(const QueueFilter& filter, const QString& me);
    [[nodiscard]] const QueueFilter& queueFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QSet<QString> m_closedStatuses;
    bool m_openOnly = false;
    QString m_followedBy;
    QueueFilter m_queue;
    QString m_me;
    QDateTime m_now; // when the queue filter was last applied (for the age filter)
};

} // namespace caseport::client
