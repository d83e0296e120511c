#pragma once

#include "caseport/AccessPolicy.h"
#include "caseport/Catalog.h"
#include "caseport/Members.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QString>

#include <vector>

namespace caseport::client {

// The members of one account × its products, for the Members page. One row per member;
// columns Member (name), E-mail, Role, Sites, then one column per product holding the
// member's level (Full / Limited / None in the UI language).
//
// A product cell is editable iff access::checkMemberLevelEdit allows the editor to set
// that member's level there; LockRole says why not (config file, staff, ...). Edits are
// kept as pending changes (ChangedRole) on top of what the server said, until
// applySaved() brings the server's answer or discardChanges() drops them;
// pendingUpdates() is what to send — one MemberUpdate per changed member.
// Holds data only (no icons, no selection, no settings).
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Sites, FirstProduct };
    enum DataRole {
        UserIdRole = Qt::UserRole + 1, // QString, the member's e-mail (every column)
        ProductIdRole, // QString, the product of a product column (empty elsewhere)
        LevelRole, // int (caseport::AccessLevel), the level shown, pending change included
        LockRole, // int (caseport::access::MemberEdit): Allowed, or why the cell is read-only
        ChangedRole, // bool, the cell holds a change not saved yet
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    // Product columns and their names, and the account's sites for the Sites column.
    void setCatalog(const std::vector<caseport::Product>& products,
                    const std::vector<caseport::SiteObject>& sites);
    void setLanguage(const QString& language);
    // Who edits: decides which cells are editable.
    void setEditor(const caseport::access::Viewer& editor);
    // Replaces every row; pending changes are dropped.
    void setMembers(const caseport::MemberList& members);

    [[nodiscard]] QString account() const;
    [[nodiscard]] const caseport::AccountMember* memberAt(int row) const;
    [[nodiscard]] int rowOf(const QString& user) const; // -1 when absent
    [[nodiscard]] int columnOf(const QString& product) const; // -1 when absent
    // The member's display name (the e-mail when the name is unknown or empty).
    [[nodiscard]] QString nameOf(const QString& user) const;

    [[nodiscard]] bool hasChanges() const;
    [[nodiscard]] QMap<QString, caseport::MemberUpdate> pendingUpdates() const;
    void discardChanges();
    // The server's answer for one member: becomes their row; their pending changes go.
    void applySaved(const caseport::AccountMember& member);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] const caseport::Product* productAt(int column) const;
    [[nodiscard]] caseport::access::MemberEdit lockOf(const caseport::AccountMember& member,
                                                      const std::string& product) const;
    [[nodiscard]] caseport::AccessLevel shownLevel(int row, const std::string& product) const;
    [[nodiscard]] QString sitesOf(const caseport::AccountMember& member) const;

    caseport::MemberList m_members;
    std::vector<caseport::Product> m_products;
    std::vector<caseport::SiteObject> m_sites;
    caseport::access::Viewer m_editor;
    QString m_language = QStringLiteral("en");
    // user → product → level the user set here and has not been saved yet
    QMap<QString, std::map<std::string, caseport::AccessLevel>> m_pending;
};

} // namespace caseport::client
