#include "caseport/client/MemberTableModel.h"

#include "caseport/client/AccessText.h"

#include <algorithm>

namespace caseport::client {

using access::MemberEdit;

namespace {

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

AccessLevel levelIn(const AccountMember& member, const std::string& product)
{
    const auto it = member.products.find(product);
    return it == member.products.end() ? AccessLevel::None : it->second;
}

} // namespace

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setCatalog(const std::vector<Product>& products, const std::vector<SiteObject>& sites)
{
    beginResetModel();
    m_products = products;
    m_sites = sites;
    endResetModel();
}

void MemberTableModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void MemberTableModel::setEditor(const access::Viewer& editor)
{
    m_editor = editor;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MemberTableModel::setMembers(const MemberList& members)
{
    beginResetModel();
    m_members = members;
    m_pending.clear();
    endResetModel();
}

QString MemberTableModel::account() const
{
    return qt(m_members.account);
}

const AccountMember* MemberTableModel::memberAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_members.members.size()))
        return nullptr;
    return &m_members.members[static_cast<std::size_t>(row)];
}

int MemberTableModel::rowOf(const QString& user) const
{
    const std::string id = user.toStdString();
    for (int row = 0; row < rowCount(); ++row) {
        if (m_members.members[static_cast<std::size_t>(row)].user == id)
            return row;
    }
    return -1;
}

int MemberTableModel::columnOf(const QString& product) const
{
    const std::string id = product.toStdString();
    for (std::size_t i = 0; i < m_products.size(); ++i) {
        if (m_products[i].id == id)
            return FirstProduct + static_cast<int>(i);
    }
    return -1;
}

QString MemberTableModel::nameOf(const QString& user) const
{
    const AccountMember* member = memberAt(rowOf(user));
    return member && !member->name.empty() ? qt(member->name) : user;
}

const Product* MemberTableModel::productAt(int column) const
{
    const int i = column - FirstProduct;
    if (i < 0 || i >= static_cast<int>(m_products.size()))
        return nullptr;
    return &m_products[static_cast<std::size_t>(i)];
}

MemberEdit MemberTableModel::lockOf(const AccountMember& member, const std::string& product) const
{
    const access::MemberFacts facts{true, member.staff, member.configManaged};
    return access::checkMemberLevelEdit(m_editor, m_members.account, facts, product);
}

AccessLevel MemberTableModel::shownLevel(int row, const std::string& product) const
{
    const AccountMember& member = m_members.members[static_cast<std::size_t>(row)];
    const auto pending = m_pending.constFind(qt(member.user));
    if (pending != m_pending.constEnd()) {
        const auto it = pending->find(product);
        if (it != pending->end())
            return it->second;
    }
    return levelIn(member, product);
}

QString MemberTableModel::sitesOf(const AccountMember& member) const
{
    if (member.objects.empty())
        return tr("All sites");
    QStringList names;
    for (const std::string& object : member.objects) {
        const auto it = std::find_if(m_sites.begin(), m_sites.end(), [&](const SiteObject& s) { return s.id == object; });
        names.append(qt(it == m_sites.end() || it->name.empty() ? object : it->name));
    }
    return names.join(QStringLiteral(", "));
}

bool MemberTableModel::hasChanges() const
{
    return !m_pending.isEmpty();
}

QMap<QString, MemberUpdate> MemberTableModel::pendingUpdates() const
{
    QMap<QString, MemberUpdate> updates;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        updates.insert(it.key(), MemberUpdate{it.value()});
    return updates;
}

void MemberTableModel::discardChanges()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    emit dataChanged(index(0, FirstProduct), index(rowCount() - 1, columnCount() - 1));
}

void MemberTableModel::applySaved(const AccountMember& saved)
{
    const int row = rowOf(qt(saved.user));
    if (row < 0)
        return;
    m_members.members[static_cast<std::size_t>(row)] = saved;
    m_pending.remove(qt(saved.user));
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstProduct + static_cast<int>(m_products.size());
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountMember& member = m_members.members[static_cast<std::size_t>(index.row())];
    if (role == UserIdRole)
        return qt(member.user);
    const Product* product = productAt(index.column());
    if (!product) {
        if (role == ProductIdRole)
            return QString();
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Name:
            return role == Qt::ToolTipRole ? qt(member.user) : qt(member.name.empty() ? member.user : member.name);
        case Email:
            return qt(member.user);
        case Role:
            if (member.staff)
                return tr("Staff");
            return member.customerAdmin ? tr("Customer admin") : QString();
        case Sites:
            return sitesOf(member);
        default:
            return {};
        }
    }

    const std::string& productId = product->id;
    const AccessLevel level = shownLevel(index.row(), productId);
    switch (role) {
    case Qt::DisplayRole:
        return AccessText::levelName(level);
    case Qt::EditRole:
    case LevelRole:
        return static_cast<int>(level);
    case ProductIdRole:
        return qt(productId);
    case LockRole:
        return static_cast<int>(lockOf(member, productId));
    case ChangedRole: {
        const auto pending = m_pending.constFind(qt(member.user));
        return pending != m_pending.constEnd() && pending->count(productId) > 0;
    }
    case Qt::ToolTipRole:
        switch (lockOf(member, productId)) {
        case MemberEdit::Allowed:
            return AccessText::levelDescription(level);
        case MemberEdit::ConfigManaged:
            return tr("Set in the server configuration");
        case MemberEdit::TargetIsStaff:
            return tr("Staff access is managed by the service provider");
        case MemberEdit::NotAllowed:
        case MemberEdit::NotMember:
            return tr("Only the account's customer admin can change this");
        }
        return {};
    default:
        return {};
    }
}

bool MemberTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < static_cast<int>(AccessLevel::None) || raw > static_cast<int>(AccessLevel::Full))
        return false;
    const auto level = static_cast<AccessLevel>(raw);
    const AccountMember& member = m_members.members[static_cast<std::size_t>(index.row())];
    const std::string& product = productAt(index.column())->id;
    const QString user = qt(member.user);
    if (level == levelIn(member, product)) {
        // Back to what the server has: no longer a change.
        auto pending = m_pending.find(user);
        if (pending != m_pending.end()) {
            pending->erase(product);
            if (pending->empty())
                m_pending.erase(pending);
        }
    } else {
        m_pending[user][product] = level;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Product* product = productAt(index.column());
    if (product && lockOf(m_members.members[static_cast<std::size_t>(index.row())], product->id) == MemberEdit::Allowed)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const Product* product = productAt(section)) {
        const std::string name = product->name.pick(m_language.toStdString());
        return qt(name.empty() ? product->id : name);
    }
    switch (section) {
    case Name:
        //: Column of the members table: the member's name
        return tr("Member");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Sites:
        return tr("Sites");
    default:
        return {};
    }
}

} // namespace caseport::client
