#pragma once

#include "caseport/Catalog.h"
#include "caseport/Members.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QVector>

#include <vector>

namespace caseport::client {

// The access history of one account, newest first: When (local time, locale format),
// Changed by, Member, Product, Change ("Limited → Full"). People are shown by name when
// known (setNames), products by their localized name. Holds data only.
class AccessAuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Actor, Member, Product, Change, ColumnCount };
    enum DataRole {
        TimeRole = Qt::UserRole + 1, // QDateTime (UTC)
        UserIdRole, // QString, the e-mail in the Actor and Member columns
    };

    explicit AccessAuditModel(QObject* parent = nullptr);

    void setAudit(const caseport::AccessAudit& audit);
    void setProducts(const std::vector<caseport::Product>& products);
    // e-mail → display name, e.g. from the member list.
    void setNames(const QHash<QString, QString>& names);
    void setLanguage(const QString& language);

    [[nodiscard]] const caseport::AccessAuditEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refreshAll();
    [[nodiscard]] QString personName(const std::string& user) const;

    caseport::AccessAudit m_audit;
    QVector<QDateTime> m_times; // parsed `at` of each entry, same order
    std::vector<caseport::Product> m_products;
    QHash<QString, QString> m_names;
    QString m_language = QStringLiteral("en");
};

} // namespace caseport::client
