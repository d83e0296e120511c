#pragma once

#include "caseport/Case.h"
#include "caseport/Catalog.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

namespace caseport::client {

// The case list: one row per cached case, newest update first. Holds data only
// (no icons, no selection, no settings). Filled by Workspace from the cache worker.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Account and Assignee matter to staff (the queue); the list hides them for customers.
    enum Column { Number, Subject, Product, Status, Updated, Account, Assignee, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // QString
        UpdatedAtRole, // QDateTime (UTC), for sorting
        StatusIdRole, // QString, the workflow state id
        FollowersRole, // QStringList, user ids (e-mails) of the case's followers
        CreatorRole, // QString, user id (e-mail) of whoever the case was filed for
        AccountIdRole, // QString, the case's account id
        AssigneeIdRole, // QString, user id of the assigned staff member; empty: unassigned
    };

    explicit CaseListModel(QObject* parent = nullptr);

    // Replaces every row. products/statuses give localized names in `language`.
    void setCases(QVector<caseport::Case> cases);
    // Follows a sync without a reset: a case already shown gets its new data and moves
    // to its new place (rowsMoved, so views keep the selection on it); a new one is
    // inserted where the order puts it. Cost: a lookup and a binary search per case.
    void upsertCases(const QVector<caseport::Case>& cases);
    // Removes the rows of these case ids; ids not shown are ignored.
    void removeCases(const QStringList& caseIds);
    void setCatalog(const std::vector<caseport::Product>& products,
                    const std::vector<caseport::StatusDefinition>& statuses);
    void setLanguage(const QString& language); // "da", "en", "sv"
    // Names for the Account and Assignee columns (ids show where a name is unknown).
    void setDirectory(const std::vector<caseport::Account>& accounts,
                      const std::vector<caseport::StaffMember>& staff);

    [[nodiscard]] const caseport::Case* caseAt(int row) const;
    [[nodiscard]] int rowOf(const QString& caseId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void upsertCase(const caseport::Case& value);
    // Where a case with this time and number belongs among the rows other than `skip`
    // (-1: none), counted without it.
    [[nodiscard]] int placeFor(const QDateTime& updated, const std::string& number, int skip) const;

    QVector<caseport::Case> m_cases;
    QVector<QDateTime> m_updatedAt; // parsed updatedAt (UTC) of m_cases, same order
    std::vector<caseport::Product> m_products;
    std::vector<caseport::StatusDefinition> m_statuses;
    std::vector<caseport::Account> m_accounts;
    std::vector<caseport::StaffMember> m_staff;
    QString m_language = QStringLiteral("en");
};

} // namespace caseport::client
