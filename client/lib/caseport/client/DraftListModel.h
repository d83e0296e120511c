#pragma once

#include "caseport/Catalog.h"
#include "caseport/client/OutboxTypes.h"

#include <QAbstractTableModel>

namespace caseport::client {

// The Drafts view: cases being written, newest first, of the current account.
// Data only; filled by Workspace whenever the cache's drafts change.
class DraftListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Subject, Product, Saved, ColumnCount };
    enum Role { DraftIdRole = Qt::UserRole + 1 };

    explicit DraftListModel(QObject* parent = nullptr);

    void setDrafts(Drafts drafts);
    void setAccount(const QString& account);
    void setCatalog(const std::vector<caseport::Product>& products, const QString& language);
    [[nodiscard]] const Draft* draftAt(int row) const;
    [[nodiscard]] const Draft* draft(const QString& id) const; // any account
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_all.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refilter();

    Drafts m_all;
    Drafts m_shown;
    QString m_account;
    std::vector<caseport::Product> m_products;
    QString m_language = QStringLiteral("en");
};

} // namespace caseport::client
