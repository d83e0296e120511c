#include "caseport/client/OutboxModel.h"

#include "caseport/ApiError.h"
#include "caseport/client/CatalogText.h"

namespace caseport::client {

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OutboxModel::setItems(OutboxItems items)
{
    m_all = std::move(items);
    refilter();
}

void OutboxModel::setAccount(const QString& account)
{
    if (account == m_account)
        return;
    m_account = account;
    refilter();
}

void OutboxModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const OutboxItem& item : std::as_const(m_all)) {
        if (item.account == m_account)
            m_shown.append(item);
    }
    endResetModel();
}

const OutboxItem* OutboxModel::itemAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_shown.at(row);
}

int OutboxModel::pendingCount() const
{
    return static_cast<int>(m_all.size());
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::kindText(OutboxItem::Kind kind)
{
    switch (kind) {
    case OutboxItem::Kind::CreateCase:
        return tr("New case");
    case OutboxItem::Kind::Post:
        //: An outbox item: a message added to a case
        return tr("Update");
    case OutboxItem::Kind::UpdateCase:
        //: An outbox item: a change of a case's fields or status
        return tr("Edit");
    case OutboxItem::Kind::Upload:
        return tr("File");
    case OutboxItem::Kind::LinkAccountFile:
        //: An outbox item: a file shared with the company (the Files page)
        return tr("Shared file");
    case OutboxItem::Kind::UnlinkAccountFile:
        //: An outbox item: a shared file being removed (the Files page)
        return tr("Removed file");
    }
    return {};
}

QString OutboxModel::stateText(const OutboxItem& item)
{
    switch (item.state) {
    case OutboxItem::State::Pending:
        if (item.attempts > 0)
            //: %n is how many times sending failed so far
            return tr("Waiting to be sent (tried %n time(s))", nullptr, item.attempts);
        return tr("Waiting to be sent");
    case OutboxItem::State::Failed: {
        // The refusals a user can do something about, in their language; the server's
        // own (English) message for the rest.
        const std::string code = item.errorCode.toStdString();
        if (code == error::kPayloadTooLarge)
            return tr("Refused: the file is larger than the server accepts");
        if (code == error::kUnsupportedMediaType)
            return tr("Refused: the server does not accept this type of file");
        if (code == error::kForbidden)
            return tr("Refused: you are not allowed to do this");
        if (code == error::kNotFound && item.kind == OutboxItem::Kind::LinkAccountFile)
            return tr("Refused: the company is no longer visible to you");
        if (code == error::kNotFound)
            return tr("Refused: the case is gone or no longer visible to you");
        if (!item.errorMessage.isEmpty())
            return tr("Refused: %1").arg(item.errorMessage);
        return tr("Refused by the server");
    }
    case OutboxItem::State::Conflict:
        return tr("Changed by someone else meanwhile");
    case OutboxItem::State::Paused:
        //: An upload the user cancelled; "Send now" is the Outbox's button
        return tr("Paused — Send now to resume");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem& item = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case What:
            return kindText(item.kind);
        case Summary:
            return item.summary;
        case State:
            return stateText(item);
        case Queued:
            return catalogText::formatTimestamp(item.createdAt);
        default:
            return {};
        }
    case SeqRole:
        return item.seq;
    case KindRole:
        return static_cast<int>(item.kind);
    case StateRole:
        return static_cast<int>(item.state);
    case CaseIdRole:
        return item.caseId;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        //: Outbox column: what kind of change
        return tr("What");
    case Summary:
        return tr("Subject");
    case State:
        return tr("State");
    case Queued:
        //: Outbox column: when the change was saved locally
        return tr("Saved");
    default:
        return {};
    }
}

} // namespace caseport::client
