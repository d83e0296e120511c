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
    enum Column { Number, Subject, Product, Status, Updated, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // QString
        UpdatedAtRole, // QDateTime (UTC), for sorting
        StatusIdRole, // QString, the workflow state id
        FollowersRole, // QStringList, user ids (e-mails) of the case's followers
        CreatorRole, // QString, user id (e-mail) of whoever the case was filed for
    };

    explicit CaseListModel(QObject* parent = nullptr);

    // Replaces every row. products/statuses give localized names in `language`.
    void setCases(QVector<caseport::Case> cases);
    void setCatalog(const std::vector<caseport::Product>& products,
                    const std::vector<caseport::StatusDefinition>& statuses);
    void setLanguage(const QString& language); // "da", "en", "sv"

    [[nodiscard]] const caseport::Case* caseAt(int row) const;
    [[nodiscard]] int rowOf(const QString& caseId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<caseport::Case> m_cases;
    QVector<QDateTime> m_updatedAt; // parsed updatedAt (UTC) of m_cases, same order
    std::vector<caseport::Product> m_products;
    std::vector<caseport::StatusDefinition> m_statuses;
    QString m_language = QStringLiteral("en");
};

} // namespace caseport::client
