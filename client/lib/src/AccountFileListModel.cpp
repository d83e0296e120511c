#include "caseport/client/AccountFileListModel.h"

#include "Logging.h"

#include "caseport/Codec.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/FileText.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"

#include <QSet>

#include <algorithm>

namespace caseport::client {

AccountFileListModel::AccountFileListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountFileListModel::follow(Workspace* workspace)
{
    const auto catalog = [this, workspace] {
        m_me = QString::fromStdString(workspace->session().user.id);
        setCatalog(workspace->catalog());
    };
    connect(workspace, &Workspace::catalogChanged, this, catalog);
    connect(workspace, &Workspace::accountFilesChanged, this, catalog);
    connect(workspace, &Workspace::currentAccountChanged, this, &AccountFileListModel::setAccount);
    connect(workspace, &Workspace::outboxChanged, this,
            [this, workspace] { setOutbox(workspace->outboxItems()); });
    connect(workspace, &Workspace::outboxUploadProgress, this,
            [this](qint64 seq, const QString&, qint64 done, qint64 total) { setUploadProgress(seq, done, total); });
    connect(workspace, &Workspace::outboxUploadEnded, this, &AccountFileListModel::clearUploadProgress);
    m_me = QString::fromStdString(workspace->session().user.id);
    m_catalog = workspace->catalog();
    m_outbox = workspace->outboxItems();
    m_account = workspace->currentAccount();
    rebuild();
}

void AccountFileListModel::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
    if (!catalog.user.id.empty())
        m_me = QString::fromStdString(catalog.user.id);
    rebuild();
}

void AccountFileListModel::setOutbox(const OutboxItems& items)
{
    m_outbox = items;
    rebuild();
}

void AccountFileListModel::setAccount(const QString& account)
{
    if (account == m_account)
        return;
    m_account = account;
    m_objectFilter.reset(); // another account's objects
    rebuild();
}

void AccountFileListModel::setObjectFilter(const std::optional<QString>& object)
{
    if (object == m_objectFilter)
        return;
    m_objectFilter = object;
    rebuild();
}

void AccountFileListModel::setUploadProgress(qint64 seq, qint64 done, qint64 total)
{
    m_progress.insert(seq, {done, total});
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).upload && m_rows.at(row).upload->seq == seq)
            emit dataChanged(index(row, Added), index(row, Added));
    }
}

void AccountFileListModel::clearUploadProgress(qint64 seq)
{
    if (m_progress.remove(seq) == 0)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).upload && m_rows.at(row).upload->seq == seq)
            emit dataChanged(index(row, Added), index(row, Added));
    }
}

void AccountFileListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool AccountFileListModel::passesFilter(const std::string& object) const
{
    return !m_objectFilter || m_objectFilter->toStdString() == object;
}

void AccountFileListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const std::string account = m_account.toStdString();
    QSet<QString> removing; // files whose unlink waits (a refused unlink leaves the file)
    QSet<QString> linked;
    for (const AccountFile& file : m_catalog.files)
        linked.insert(QString::fromStdString(file.id));
    for (const OutboxItem& item : std::as_const(m_outbox)) {
        if (item.kind == OutboxItem::Kind::UnlinkAccountFile && item.state != OutboxItem::State::Failed)
            removing.insert(item.caseId);
    }
    // Pending files, newest first, unless the server's record arrived already.
    for (auto item = m_outbox.crbegin(); item != m_outbox.crend(); ++item) {
        if (item->kind != OutboxItem::Kind::LinkAccountFile || item->account != m_account
            || linked.contains(item->caseId) || removing.contains(item->caseId))
            continue;
        Row row;
        try {
            const NewAccountFile body = codec::decode<NewAccountFile>(item->payload.toStdString());
            row.file = {body.id, account, body.object, body.name, body.size, body.sha256, body.mime,
                        m_me.toStdString(), {}};
        } catch (const CodecError& error) {
            qCWarning(lcClient) << "an unreadable account file in the outbox:" << error.what();
            continue;
        }
        if (!passesFilter(row.file.object))
            continue;
        row.link = *item;
        for (const OutboxItem& other : std::as_const(m_outbox)) {
            if (other.kind == OutboxItem::Kind::Upload && other.caseId == item->caseId)
                row.upload = other;
        }
        m_rows.append(std::move(row));
    }
    for (const AccountFile& file : m_catalog.files) {
        if (file.account != account || removing.contains(QString::fromStdString(file.id))
            || !passesFilter(file.object))
            continue;
        m_rows.append(Row {file, std::nullopt, std::nullopt});
    }
    endResetModel();
}

const AccountFile* AccountFileListModel::fileAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).file;
}

bool AccountFileListModel::isPending(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).link.has_value();
}

QString AccountFileListModel::objectName(const std::string& object) const
{
    if (object.empty())
        //: A file shared with the whole company, not with one of its sites
        return tr("Whole account");
    const std::string account = m_account.toStdString();
    for (const Account& candidate : m_catalog.accounts) {
        if (candidate.id != account)
            continue;
        for (const SiteObject& site : candidate.objects) {
            if (site.id == object)
                return QString::fromStdString(site.name);
        }
    }
    return QString::fromStdString(object);
}

QString AccountFileListModel::pendingText(const Row& row) const
{
    const OutboxItem& link = *row.link;
    if (link.state == OutboxItem::State::Pending && row.upload) {
        const OutboxItem& upload = *row.upload;
        if (upload.state != OutboxItem::State::Pending)
            return OutboxModel::stateText(upload); // paused, or refused (413/415) and why
        if (const auto progress = m_progress.constFind(upload.seq); progress != m_progress.cend()) {
            const qint64 total = std::max<qint64>(progress->second, 1);
            //: %1 is a percentage, 0 to 100
            return tr("Uploading %1 %").arg(progress->first * 100 / total);
        }
    }
    return OutboxModel::stateText(link);
}

int AccountFileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountFileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountFileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const AccountFile& file = row.file;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return QString::fromStdString(file.name);
        case Object:
            return objectName(file.object);
        case Size:
            return fileText::size(file.size);
        case Type:
            return fileText::type(file.mime);
        case AddedBy:
            return catalogText::personName(m_catalog, file.addedBy);
        case Added:
            if (row.link)
                return pendingText(row);
            return catalogText::formatTimestamp(catalogText::parseTimestamp(file.createdAt));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FileIdRole:
        return QString::fromStdString(file.id);
    case ObjectIdRole:
        return QString::fromStdString(file.object);
    case PendingRole:
        return row.link.has_value();
    case OutboxStateRole:
        return row.link ? static_cast<int>(row.link->state) : -1;
    default:
        return {};
    }
}

QVariant AccountFileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Object:
        //: Files page column: the site/installation a file belongs to, or the whole account
        return tr("Object");
    case Size:
        return tr("Size");
    case Type:
        return tr("Type");
    case AddedBy:
        return tr("Added by");
    case Added:
        //: Files page column: when the file was added (or, while it is sent, how far it is)
        return tr("Added");
    default:
        return {};
    }
}

} // namespace caseport::client
