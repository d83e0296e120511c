#include "caseport/client/QueueFilter.h"

#include "caseport/client/CatalogText.h"

namespace caseport::client::queue {

bool accepts(const QueueFilter& filter, const Case& c, const QString& me,
             const QSet<QString>& closedStatuses, const QDateTime& now)
{
    const QString status = QString::fromStdString(c.status);
    if (filter.openOnly && closedStatuses.contains(status))
        return false;
    if (!filter.status.isEmpty() && filter.status != status)
        return false;
    if (!filter.product.isEmpty() && filter.product != QString::fromStdString(c.product))
        return false;
    if (!filter.account.isEmpty() && filter.account != QString::fromStdString(c.account))
        return false;
    switch (filter.assignee) {
    case QueueFilter::Assignee::Anyone:
        break;
    case QueueFilter::Assignee::Unassigned:
        if (!c.assignee.empty())
            return false;
        break;
    case QueueFilter::Assignee::Mine:
        if (me.isEmpty() || QString::fromStdString(c.assignee) != me)
            return false;
        break;
    }
    if (filter.olderThanDays > 0) {
        const QDateTime created = catalogText::parseTimestamp(c.createdAt);
        if (!created.isValid() || created.addDays(filter.olderThanDays) > now)
            return false;
    }
    return true;
}

} // namespace caseport::client::queue
