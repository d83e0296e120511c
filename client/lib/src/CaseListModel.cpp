#include "caseport/client/CaseListModel.h"

#include "caseport/client/CatalogText.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <vector>

namespace caseport::client {

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setCases(QVector<Case> cases)
{
    // Newest update first; equal times by number, descending; unparsable times last.
    struct Row {
        qint64 updated;
        qsizetype index;
    };
    std::vector<Row> order;
    order.reserve(static_cast<std::size_t>(cases.size()));
    QVector<QDateTime> times(cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        times[i] = catalogText::parseTimestamp(cases.at(i).updatedAt);
        order.push_back({times[i].isValid() ? times[i].toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::min(),
                         i});
    }
    std::stable_sort(order.begin(), order.end(), [&cases](const Row& a, const Row& b) {
        if (a.updated != b.updated)
            return a.updated > b.updated;
        return cases.at(a.index).number > cases.at(b.index).number;
    });
    QVector<Case> sorted;
    QVector<QDateTime> sortedTimes;
    sorted.reserve(cases.size());
    sortedTimes.reserve(cases.size());
    for (const Row& row : order) {
        sorted.append(std::move(cases[row.index]));
        sortedTimes.append(times.at(row.index));
    }
    beginResetModel();
    m_cases = std::move(sorted);
    m_updatedAt = std::move(sortedTimes);
    endResetModel();
}

namespace {

// The list's order: newest update first, equal times by number descending, unparsable
// times last. True when (aTime, aNumber) comes before (bTime, bNumber).
bool comesBefore(const QDateTime& aTime, const std::string& aNumber, const QDateTime& bTime,
                 const std::string& bNumber)
{
    const qint64 a = aTime.isValid() ? aTime.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 b = bTime.isValid() ? bTime.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    if (a != b)
        return a > b;
    return aNumber > bNumber;
}

} // namespace

int CaseListModel::placeFor(const QDateTime& updated, const std::string& number, int skip) const
{
    // Binary search over the rows without `skip`, which are sorted.
    const int count = static_cast<int>(m_cases.size()) - (skip >= 0 ? 1 : 0);
    int low = 0;
    int high = count;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        const int row = (skip >= 0 && middle >= skip) ? middle + 1 : middle;
        if (comesBefore(m_updatedAt.at(row), m_cases.at(row).number, updated, number))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void CaseListModel::upsertCases(const QVector<Case>& cases)
{
    for (const Case& value : cases)
        upsertCase(value);
}

void CaseListModel::upsertCase(const Case& value)
{
    const QDateTime updated = catalogText::parseTimestamp(value.updatedAt);
    const int row = rowOf(QString::fromStdString(value.id));
    const int place = placeFor(updated, value.number, row);
    if (row < 0) {
        beginInsertRows({}, place, place);
        m_cases.insert(place, value);
        m_updatedAt.insert(place, updated);
        endInsertRows();
        return;
    }
    if (place != row) {
        // beginMoveRows counts the destination before the move.
        beginMoveRows({}, row, row, {}, place > row ? place + 1 : place);
        m_cases.move(row, place);
        m_updatedAt.move(row, place);
        endMoveRows();
    }
    m_cases[place] = value;
    m_updatedAt[place] = updated;
    emit dataChanged(index(place, 0), index(place, ColumnCount - 1));
}

void CaseListModel::removeCases(const QStringList& caseIds)
{
    for (const QString& id : caseIds) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_cases.remove(row);
        m_updatedAt.remove(row);
        endRemoveRows();
    }
}

void CaseListModel::setCatalog(const std::vector<caseport::Product>& products,
                               const std::vector<StatusDefinition>& statuses)
{
    m_products = products;
    m_statuses = statuses;
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, Product), index(rowCount() - 1, Status), {Qt::DisplayRole});
}

void CaseListModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Every column: names follow the language, dates and numbers the (new) locale.
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CaseListModel::setDirectory(const std::vector<caseport::Account>& accounts,
                                 const std::vector<caseport::StaffMember>& staff)
{
    m_accounts = accounts;
    m_staff = staff;
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, Account), index(rowCount() - 1, Assignee), {Qt::DisplayRole});
}

namespace {

QString accountName(const std::vector<caseport::Account>& accounts, const std::string& id)
{
    for (const caseport::Account& account : accounts) {
        if (account.id == id && !account.name.empty())
            return QString::fromStdString(account.name);
    }
    return QString::fromStdString(id);
}

QString staffName(const std::vector<caseport::StaffMember>& staff, const std::string& id)
{
    for (const caseport::StaffMember& member : staff) {
        if (member.id == id && !member.name.empty())
            return QString::fromStdString(member.name);
    }
    return QString::fromStdString(id);
}

} // namespace

const Case* CaseListModel::caseAt(int row) const
{
    if (row < 0 || row >= m_cases.size())
        return nullptr;
    return &m_cases.at(row);
}

int CaseListModel::rowOf(const QString& caseId) const
{
    const std::string id = caseId.toStdString();
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).id == id)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Case& item = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Number:
            return QString::fromStdString(item.number);
        case Subject:
            return QString::fromStdString(item.subject);
        case Product:
            return catalogText::productName(m_products, item.product, m_language);
        case Status:
            return catalogText::statusLabel(m_statuses, item.status, m_language);
        case Updated: {
            const QDateTime& time = m_updatedAt.at(index.row());
            if (!time.isValid())
                return QString::fromStdString(item.updatedAt);
            return catalogText::formatTimestamp(time);
        }
        case Account:
            return accountName(m_accounts, item.account);
        case Assignee:
            return staffName(m_staff, item.assignee); // empty: unassigned
        default:
            return {};
        }
    case CaseIdRole:
        return QString::fromStdString(item.id);
    case UpdatedAtRole:
        return m_updatedAt.at(index.row());
    case StatusIdRole:
        return QString::fromStdString(item.status);
    case FollowersRole: {
        QStringList followers;
        followers.reserve(static_cast<qsizetype>(item.followers.size()));
        for (const std::string& follower : item.followers)
            followers.append(QString::fromStdString(follower));
        return followers;
    }
    case CreatorRole:
        return QString::fromStdString(item.creator);
    case AccountIdRole:
        return QString::fromStdString(item.account);
    case AssigneeIdRole:
        return QString::fromStdString(item.assignee);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Subject:
        return tr("Subject");
    case Product:
        return tr("Product");
    case Status:
        return tr("Status");
    case Updated:
        return tr("Updated");
    //: Column of the staff queue: the customer company of the case
    case Account:
        return tr("Account");
    //: Column of the staff queue: the staff member the case is assigned to
    case Assignee:
        return tr("Assignee");
    default:
        return {};
    }
}

} // namespace caseport::client
