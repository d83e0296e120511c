#include "caseport/client/DraftListModel.h"

#include "caseport/client/CatalogText.h"

namespace caseport::client {

DraftListModel::DraftListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DraftListModel::setDrafts(Drafts drafts)
{
    m_all = std::move(drafts);
    refilter();
}

void DraftListModel::setAccount(const QString& account)
{
    if (account == m_account)
        return;
    m_account = account;
    refilter();
}

void DraftListModel::setCatalog(const std::vector<caseport::Product>& products, const QString& language)
{
    m_products = products;
    m_language = language;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DraftListModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const Draft& item : std::as_const(m_all)) {
        if (QString::fromStdString(item.content.account) == m_account)
            m_shown.append(item);
    }
    endResetModel();
}

const Draft* DraftListModel::draftAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_shown.at(row);
}

const Draft* DraftListModel::draft(const QString& id) const
{
    for (const Draft& item : m_all) {
        if (QString::fromStdString(item.content.id) == id)
            return &item;
    }
    return nullptr;
}

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int DraftListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft& item = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Subject:
            if (item.content.subject.empty())
                return tr("(no subject)");
            return QString::fromStdString(item.content.subject);
        case Product:
            if (item.content.product.empty())
                return QString();
            return catalogText::productName(m_products, item.content.product, m_language);
        case Saved:
            return catalogText::formatTimestamp(item.updatedAt);
        default:
            return {};
        }
    case DraftIdRole:
        return QString::fromStdString(item.content.id);
    default:
        return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject:
        return tr("Subject");
    case Product:
        return tr("Product");
    case Saved:
        //: Drafts column: when the draft was last saved
        return tr("Saved");
    default:
        return {};
    }
}

} // namespace caseport::client
