#pragma once

#include "caseport/AccessPolicy.h"
#include "caseport/Members.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace caseport::client {
class AccountMembers;
struct ApiFailure;
class Workspace;
}

namespace caseport::app {

// "Register phone call": who called. An account (every account, for staff), then the
// customer user from that account's members (GET /api/v1/accounts/{a}/members, through
// AccountMembers; staff members are left out). The case form then offers what that
// customer could file themselves (callerViewer()). The member list needs the server;
// offline the picker says so and offers Reload.
// workspace is not owned and must outlive the picker.
class PhoneCallerPicker : public QWidget {
    Q_OBJECT
public:
    explicit PhoneCallerPicker(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    [[nodiscard]] QString account() const;
    [[nodiscard]] QString user() const; // empty until a customer is chosen
    // The chosen customer as the access rules see them (their membership of account()),
    // or an empty viewer (no rights) while none is chosen.
    [[nodiscard]] caseport::access::Viewer callerViewer() const;
    // Chooses account and (once the members arrive) user, e.g. for a reopened draft.
    void preset(const QString& account, const QString& user);

signals:
    // account() or user() changed (also when the members of the account arrived).
    void callerChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillAccounts();
    void loadMembers();
    void onLoaded(const caseport::MemberList& members);
    void onFailed(const QString& account, const caseport::client::ApiFailure& failure);

    caseport::client::Workspace* m_workspace;
    caseport::client::AccountMembers* m_members = nullptr;
    caseport::MemberList m_list; // of the account shown
    QString m_wantedUser; // preset before the members arrived
    QLabel* m_accountLabel = nullptr;
    QComboBox* m_account = nullptr;
    QLabel* m_userLabel = nullptr;
    QComboBox* m_user = nullptr;
    QLabel* m_state = nullptr; // loading / offline / no customers
    QToolButton* m_reload = nullptr;
};

} // namespace caseport::app
