#pragma once

#include "caseport/client/ApiFailure.h"

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// The status bar's permanent part: an Online/Offline indicator, "Syncing…" while a sync
// runs, with a progress bar when the sync takes more than one page (a first sync, a
// refetch), and "Last sync: <time>" in the locale's format. A failed sync shows a short
// warning whose tooltip says why; "N waiting to be sent" while the outbox holds
// changes. workspace is not owned.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showProgress(qint64 done, qint64 total);

    caseport::client::Workspace* m_workspace;
    caseport::client::ApiFailure m_lastFailure;
    QLabel* m_online = nullptr;
    QLabel* m_syncing = nullptr;
    QProgressBar* m_progress = nullptr; // only during a sync of several pages
    qint64 m_done = 0;
    qint64 m_total = 0; // 0: no progress to show
    QLabel* m_lastSync = nullptr;
    QLabel* m_pending = nullptr; // outbox items of every account
    QString m_upload; // "Sending <file>… n %" while a file of the outbox is uploaded
};

} // namespace caseport::app
