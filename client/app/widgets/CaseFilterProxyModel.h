#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace caseport::app {

// Sorts and filters CaseListModel for the case list: the "Open" view hides cases whose
// status is a closed state; the Updated column sorts by time, not by its text.
class CaseFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseFilterProxyModel(QObject* parent = nullptr);

    // Status ids that count as closed (StatusDefinition::closed) — from the catalog.
    void setClosedStatuses(QSet<QString> statuses);
    void setOpenOnly(bool openOnly);
    [[nodiscard]] bool openOnly() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QSet<QString> m_closedStatuses;
    bool m_openOnly = false;
};

} // namespace caseport::app
