#include "caseport/client/CaseFilterProxyModel.h"

#include "caseport/client/CaseListModel.h"

#include <QDateTime>
#include <QStringList>

namespace caseport::client {

CaseFilterProxyModel::CaseFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CaseFilterProxyModel::setClosedStatuses(QSet<QString> statuses)
{
    if (statuses == m_closedStatuses)
        return;
    m_closedStatuses = std::move(statuses);
    invalidateFilter();
}

void CaseFilterProxyModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    invalidateFilter();
}

bool CaseFilterProxyModel::openOnly() const
{
    return m_openOnly;
}

void CaseFilterProxyModel::setFollowedBy(const QString& user)
{
    if (user == m_followedBy)
        return;
    m_followedBy = user;
    invalidateFilter();
}

QString CaseFilterProxyModel::followedBy() const
{
    return m_followedBy;
}

void CaseFilterProxyModel::setQueueFilter(const QueueFilter& filter, const QString& me)
{
    m_now = QDateTime::currentDateTimeUtc();
    if (filter == m_queue && me == m_me && filter.olderThanDays == 0)
        return;
    m_queue = filter;
    m_me = me;
    invalidateFilter();
}

const QueueFilter& CaseFilterProxyModel::queueFilter() const
{
    return m_queue;
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_openOnly && m_followedBy.isEmpty() && m_queue.isEmpty())
        return true;
    if (!m_queue.isEmpty()) {
        const auto* cases = qobject_cast<const CaseListModel*>(sourceModel());
        const caseport::Case* c = cases ? cases->caseAt(sourceRow) : nullptr;
        if (c && !queue::accepts(m_queue, *c, m_me, m_closedStatuses, m_now))
            return false;
    }
    if (!m_openOnly && m_followedBy.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && m_closedStatuses.contains(index.data(CaseListModel::StatusIdRole).toString()))
        return false;
    if (!m_followedBy.isEmpty()
        && !index.data(CaseListModel::FollowersRole).toStringList().contains(m_followedBy))
        return false;
    return true;
}

bool CaseFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == CaseListModel::Updated) {
        const QDateTime l = left.data(CaseListModel::UpdatedAtRole).toDateTime();
        const QDateTime r = right.data(CaseListModel::UpdatedAtRole).toDateTime();
        if (l != r)
            return l < r;
        // Same time: fall back to the number so the order is stable.
        return left.siblingAtColumn(CaseListModel::Number).data().toString()
            < right.siblingAtColumn(CaseListModel::Number).data().toString();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace caseport::client
