#include "caseport/client/AccessAuditModel.h"

#include "caseport/client/AccessText.h"
#include "caseport/client/CatalogText.h"

namespace caseport::client {

AccessAuditModel::AccessAuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccessAuditModel::setAudit(const AccessAudit& audit)
{
    beginResetModel();
    m_audit = audit;
    m_times.clear();
    m_times.reserve(static_cast<qsizetype>(audit.entries.size()));
    for (const AccessAuditEntry& entry : audit.entries)
        m_times.append(catalogText::parseTimestamp(entry.at));
    endResetModel();
}

void AccessAuditModel::setProducts(const std::vector<caseport::Product>& products)
{
    m_products = products;
    refreshAll();
}

void AccessAuditModel::setNames(const QHash<QString, QString>& names)
{
    m_names = names;
    refreshAll();
}

void AccessAuditModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    refreshAll();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AccessAuditModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const AccessAuditEntry* AccessAuditModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_audit.entries[static_cast<std::size_t>(row)];
}

QString AccessAuditModel::personName(const std::string& user) const
{
    const QString id = QString::fromStdString(user);
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

int AccessAuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_audit.entries.size());
}

int AccessAuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessAuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessAuditEntry& entry = m_audit.entries[static_cast<std::size_t>(index.row())];
    if (role == TimeRole)
        return m_times.at(index.row());
    if (role == UserIdRole) {
        if (index.column() == Actor)
            return QString::fromStdString(entry.actor);
        if (index.column() == Member)
            return QString::fromStdString(entry.user);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: {
        const QDateTime& time = m_times.at(index.row());
        return time.isValid() ? catalogText::formatTimestamp(time) : QString::fromStdString(entry.at);
    }
    case Actor:
        return role == Qt::ToolTipRole ? QString::fromStdString(entry.actor) : personName(entry.actor);
    case Member:
        return role == Qt::ToolTipRole ? QString::fromStdString(entry.user) : personName(entry.user);
    case Product:
        return catalogText::productName(m_products, entry.product, m_language);
    case Change:
        //: In the access history: the level before → the level after, e.g. "None → Limited"
        return tr("%1 → %2").arg(AccessText::levelName(entry.before), AccessText::levelName(entry.after));
    default:
        return {};
    }
}

QVariant AccessAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        //: Column of the access history: when the change was made
        return tr("When");
    case Actor:
        //: Column of the access history: who made the change
        return tr("Changed by");
    case Member:
        //: Column of the access history: whose access changed
        return tr("Member");
    case Product:
        return tr("Product");
    case Change:
        //: Column of the access history: the level before and after
        return tr("Change");
    default:
        return {};
    }
}

} // namespace caseport::client
