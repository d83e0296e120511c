#pragma once

// What staff do with operational notices (DESIGN §1): publish one and withdraw one.
// Online actions, not outbox items: a notice is about now, so a failure (offline
// included) is reported at once and the user decides whether to try again.
//
// Asynchronous: each call returns at once and its outcome arrives as a signal. Calls use
// the workspace's network, server and current token and report their outcome to the
// workspace (online state, session expiry). After a success the workspace syncs, so its
// catalog — and every banner — shows the change. Another staff member's notices arrive
// the same way, through the push channel. GUI thread. The workspace is not owned and
// must outlive this object.

#include "caseport/Notice.h"
#include "caseport/client/ApiFailure.h"

#include <QObject>
#include <QString>

namespace caseport::client {

class Workspace;

class NoticeActions : public QObject {
    Q_OBJECT
public:
    explicit NoticeActions(Workspace* workspace, QObject* parent = nullptr);
    ~NoticeActions() override;

    // POST the notice → published() or publishFailed(). An empty id gets a new UUID.
    void publish(caseport::NewNotice notice);
    // DELETE the notice → withdrawn() or withdrawFailed().
    void withdraw(const QString& id);

    // The notice the client is about to publish, with defaults: a new UUID, info, no
    // products (all), no window.
    [[nodiscard]] static caseport::NewNotice newNotice();

signals:
    void published(const caseport::Notice& notice);
    void publishFailed(const caseport::client::ApiFailure& failure);
    void withdrawn(const QString& id);
    void withdrawFailed(const QString& id, const caseport::client::ApiFailure& failure);

private:
    Workspace* m_workspace;
};

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::Notice)
