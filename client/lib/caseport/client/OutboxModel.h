#pragma once

#include "caseport/client/OutboxTypes.h"

#include <QAbstractTableModel>

namespace caseport::client {

// The Outbox view: every local change the server has not taken yet, in replay order,
// with what became of it (waiting, refused with the server's message, or a conflict).
// Data only; filled by Workspace whenever the cache's outbox changes.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, Summary, State, Queued, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1, // qint64
        KindRole, // int, OutboxItem::Kind
        StateRole, // int, OutboxItem::State
        CaseIdRole, // QString
    };

    explicit OutboxModel(QObject* parent = nullptr);

    void setItems(OutboxItems items);
    // Only items of this account are shown (the workspace's current account).
    void setAccount(const QString& account);
    [[nodiscard]] const OutboxItem* itemAt(int row) const;
    [[nodiscard]] int pendingCount() const; // of every account, for the status bar

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString kindText(OutboxItem::Kind kind);
    [[nodiscard]] static QString stateText(const OutboxItem& item);

private:
    void refilter();

    OutboxItems m_all;
    OutboxItems m_shown;
    QString m_account;
};

} // namespace caseport::client
