#pragma once

// Customer-admin self-service (DESIGN §4) for one workspace: the members of an account
// with their per-product levels, changes to them, and the audit trail of those changes.
//
// Asynchronous: every call returns at once and its outcome arrives as a signal; nothing
// blocks the GUI thread. Calls use the workspace's network, server and token (the token
// current at each call, so a renewed session is picked up) and report their outcome to
// the workspace (online/offline state, session expiry). A newer load() of members (or of
// the audit) replaces one still running, which then reports nothing.
// When the admin changes their own levels, the workspace syncs so its catalog follows.
// GUI thread. The workspace is not owned and must outlive this object.

#include "caseport/Members.h"
#include "caseport/client/ApiFailure.h"
#include "caseport/client/MemberTypes.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

namespace caseport::client {

class AccessAuditJob;
class MembersJob;
class Workspace;

class AccountMembers : public QObject {
    Q_OBJECT
public:
    explicit AccountMembers(Workspace* workspace, QObject* parent = nullptr);
    ~AccountMembers() override;

    // GET the members of `account` → loaded() or loadFailed().
    void load(const QString& account);
    // GET the audit trail of `account` → auditLoaded() or auditFailed().
    void loadAudit(const QString& account);
    // One PATCH per user in `updates` (user e-mail → the levels to set). Each answers with
    // memberSaved() or memberSaveFailed(); saveFinished() follows once all have answered.
    // Ignored (returns false) while an earlier save is still running or when empty.
    bool save(const QString& account, const QMap<QString, caseport::MemberUpdate>& updates);

    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool isSaving() const;

signals:
    void loaded(const caseport::MemberList& members);
    void loadFailed(const QString& account, const caseport::client::ApiFailure& failure);
    void auditLoaded(const caseport::AccessAudit& audit);
    void auditFailed(const QString& account, const caseport::client::ApiFailure& failure);
    void memberSaved(const QString& account, const caseport::AccountMember& member);
    void memberSaveFailed(const QString& account, const QString& user,
                          const caseport::client::ApiFailure& failure);
    void saveFinished(const QString& account, int saved, int failed);

private:
    void onSaveAnswered(const QString& account, bool ok);

    Workspace* m_workspace;
    QPointer<MembersJob> m_loadJob; // a child; deletes itself when done
    QPointer<AccessAuditJob> m_auditJob;
    int m_pendingSaves = 0;
    int m_saved = 0;
    int m_failed = 0;
};

} // namespace caseport::client
