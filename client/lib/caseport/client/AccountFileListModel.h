#pragma once

#include "caseport/Catalog.h"
#include "caseport/client/OutboxTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>

#include <optional>

namespace caseport::client {

class Workspace;

// The Files page's list: the current account's files as the catalog has them (those the
// user may see, newest first), after them nothing, before them the files the user added
// that wait in the outbox (LinkAccountFile items, with their state: waiting, uploading
// n %, paused, refused and why), without the files whose removal waits in the outbox.
// Optionally narrowed to one object, or to the files of the whole account.
// Data only (see follow() for the wiring); GUI thread.
class AccountFileListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Object, Size, Type, AddedBy, Added, ColumnCount };
    enum Role {
        FileIdRole = Qt::UserRole + 1, // QString
        ObjectIdRole, // QString, empty for the whole account
        PendingRole, // bool: still in the outbox, not on the server yet
        OutboxStateRole, // int, OutboxItem::State of the pending file's link; -1 when on the server
    };

    explicit AccountFileListModel(QObject* parent = nullptr);

    // Keeps the model current with workspace (catalog, account, outbox, upload progress).
    // workspace must outlive the model or be its ancestor.
    void follow(Workspace* workspace);

    void setCatalog(const caseport::Catalog& catalog);
    void setOutbox(const OutboxItems& items);
    void setAccount(const QString& account);
    [[nodiscard]] const QString& account() const { return m_account; }
    // std::nullopt: every file; an empty string: only the files of the whole account;
    // else only the files of that object.
    void setObjectFilter(const std::optional<QString>& object);
    [[nodiscard]] const std::optional<QString>& objectFilter() const { return m_objectFilter; }
    // Bytes the server has of outbox Upload item `seq`; clearUploadProgress when it stops.
    void setUploadProgress(qint64 seq, qint64 done, qint64 total);
    void clearUploadProgress(qint64 seq);
    // The display texts again (after a language change).
    void retranslate();

    // The file on `row` (pending ones with the user as addedBy and no createdAt).
    [[nodiscard]] const caseport::AccountFile* fileAt(int row) const;
    [[nodiscard]] bool isPending(int row) const;
    // The name of `object` of the current account; "Whole account" for an empty one.
    [[nodiscard]] QString objectName(const std::string& object) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        caseport::AccountFile file;
        std::optional<OutboxItem> link; // set while the file waits in the outbox
        std::optional<OutboxItem> upload; // its content's upload, while that waits
    };
    void rebuild();
    [[nodiscard]] QString pendingText(const Row& row) const;
    [[nodiscard]] bool passesFilter(const std::string& object) const;

    caseport::Catalog m_catalog;
    OutboxItems m_outbox;
    QString m_account;
    QString m_me; // the user, as addedBy of pending files
    std::optional<QString> m_objectFilter;
    QHash<qint64, QPair<qint64, qint64>> m_progress; // Upload seq → (done, total)
    QVector<Row> m_rows;
};

} // namespace caseport::client
