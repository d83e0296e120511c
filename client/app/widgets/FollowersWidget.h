#pragma once

#include "caseport/Case.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace caseport::client {
class CaseFollowers;
class Workspace;
}

namespace caseport::app {

// The followers of the case shown, in the case view: each follower as a name with a ×
// to remove them (for those who may manage followers; a follower sees it on their own
// name), "Follow"/"Unfollow" for oneself where the rules allow, and "Add…" (a picker
// filled by the server, so online only). Every change is an edit through the outbox
// (Workspace::updateCase); until it is sent the widget shows the list as it will be.
// workspace is not owned and must outlive the widget.
class FollowersWidget : public QWidget {
    Q_OBJECT
public:
    explicit FollowersWidget(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    void setCase(const std::optional<caseport::Case>& shown);
    // The follower ids shown now (the outbox's pending edits applied).
    [[nodiscard]] QStringList shownFollowers() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();
    void openPicker();
    void follow();
    void unfollow();
    void removeFollower(const QString& user);
    void queued(const QString& editId);
    [[nodiscard]] QString displayName(const QString& user) const;

    caseport::client::Workspace* m_workspace;
    caseport::client::CaseFollowers* m_followers; // child
    std::optional<caseport::Case> m_case;
    QHash<QString, QString> m_names; // user id → name, learned from the picker
    QLabel* m_title = nullptr;
    QWidget* m_chips = nullptr; // one chip per follower, rebuilt by render()
    QHBoxLayout* m_chipLayout = nullptr;
    QLabel* m_none = nullptr;
    QPushButton* m_follow = nullptr;
    QPushButton* m_unfollow = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace caseport::app
