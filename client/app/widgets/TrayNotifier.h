#pragma once

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
// on the message brings the case forward (activated). Nothing happens on a first sync.
// workspace must outlive the notifier.
class TrayNotifier : public QObject {
    Q_OBJECT
public:
    explicit TrayNotifier(caseport::client::Workspace* workspace, QObject* parent = nullptr);

    [[nodiscard]] bool isAvailable() const { return m_tray != nullptr; }

signals:
    void activated(const QString& caseId);
    // For every post that notifies (also without a tray, e.g. for tests and the log).
    void notified(const QString& caseId, const QString& title, const QString& text);

private:
    void onPosts(const QVector<caseport::Post>& posts);

    caseport::client::Workspace* m_workspace;
    QSystemTrayIcon* m_tray = nullptr; // child; null without a system tray
    QString m_lastCaseId; // the case of the message shown last (for a click)
};

} // namespace caseport::app
