#pragma once

#include "caseport/Case.h"
#include "caseport/Post.h"

#include <QObject>
#include <QVector>

class QSystemTrayIcon;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// Desktop notifications for updates others post on the user's own and followed cases
// (notifications::notifies), through the system tray where the desktop has one; a click
// on the message brings the case forward (activated), also a case of another account
// than the one shown (found among the cases of the same sync page). Nothing happens on
// a first sync.
// workspace must outlive the notifier.
class TrayNotifier : public QObject {
    Q_OBJECT
public:
    explicit TrayNotifier(caseport::client::Workspace* workspace, QObject* parent = nullptr);

    [[nodiscard]] bool isAvailable() const { return m_tray != nullptr; }
    // What a click on the last message does (for tests; the tray calls it too).
    void activateLast();

signals:
    // The user clicked the message about caseId, a case of `account` (maybe not the
    // account the window shows).
    void activated(const QString& caseId, const QString& account);
    // For every post that notifies (also without a tray, e.g. for tests and the log).
    void notified(const QString& caseId, const QString& title, const QString& text);

private:
    void onPosts(const QVector<caseport::Post>& posts);

    caseport::client::Workspace* m_workspace;
    QSystemTrayIcon* m_tray = nullptr; // child; null without a system tray
    [[nodiscard]] const caseport::Case* findCase(const QString& caseId) const;

    QString m_lastCaseId; // the case of the message shown last (for a click)
    QString m_lastAccount; // and its account
    QVector<caseport::Case> m_arrived; // the cases of the page whose posts come next
};

} // namespace caseport::app
