#include "SyncStatusWidget.h"

#include "caseport/client/CatalogText.h"
#include "FailureText.h"

#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>

namespace caseport::app {

using caseport::client::ApiFailure;
using caseport::client::Workspace;

SyncStatusWidget::SyncStatusWidget(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("syncStatus"));
    m_syncing = new QLabel(this);
    m_syncing->setObjectName(QStringLiteral("syncingLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 1000); // per mille: totals may exceed int
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(100, 10);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_online = new QLabel(this);
    m_online->setObjectName(QStringLiteral("onlineLabel"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(12);
    layout->addWidget(m_syncing);
    layout->addWidget(m_progress);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_online);

    connect(m_workspace, &Workspace::syncStarted, this, [this] {
        m_lastFailure = {};
        m_total = 0;
        refresh();
    });
    connect(m_workspace, &Workspace::syncProgressed, this, &SyncStatusWidget::showProgress);
    connect(m_workspace, &Workspace::syncFinished, this, [this](bool ok, const ApiFailure& failure) {
        m_lastFailure = ok ? ApiFailure{} : failure;
        m_total = 0;
        refresh();
    });
    connect(m_workspace, &Workspace::onlineChanged, this, &SyncStatusWidget::refresh);
    connect(m_workspace, &Workspace::outboxChanged, this, [this] {
        m_upload.clear();
        refresh();
    });
    connect(m_workspace, &Workspace::uploadProgress, this, [this](const QString& name, qint64 done, qint64 total) {
        //: Status bar while a file is uploaded; %1 the file name, %2 the percentage
        m_upload = tr("Sending %1… %2 %").arg(name).arg(total > 0 ? done * 100 / total : 0);
        refresh();
    });
    refresh();
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::showProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    // One update per stored page (hundreds of records), never per record.
    m_progress->setValue(total > 0 ? static_cast<int>(std::min<qint64>(done, total) * 1000 / total) : 0);
    refresh();
}

void SyncStatusWidget::refresh()
{
    const bool syncing = m_workspace->isSyncing();
    m_progress->setVisible(syncing && m_total > 0);
    //: Tooltip of the progress bar during a long sync; %1 and %2 are numbers of changes
    m_progress->setToolTip(m_total > 0 ? tr("%1 of about %2 changes")
                                             .arg(QLocale().toString(m_done), QLocale().toString(m_total))
                                       : QString());
    m_syncing->setVisible(syncing || m_lastFailure.kind != ApiFailure::Kind::None);
    if (syncing) {
        m_syncing->setText(tr("Syncing…"));
        m_syncing->setToolTip(QString());
        m_syncing->setStyleSheet(QString());
    } else if (m_lastFailure.kind != ApiFailure::Kind::None) {
        m_syncing->setText(tr("Sync failed"));
        m_syncing->setToolTip(FailureText::describe(m_lastFailure, FailureText::Context::Sync));
        m_syncing->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    }

    const int pending = m_workspace->pendingCount();
    m_pending->setVisible(pending > 0);
    //: Status bar: changes in the outbox; %n is how many
    m_pending->setText(m_upload.isEmpty() ? tr("%n waiting to be sent", nullptr, pending) : m_upload);
    m_pending->setToolTip(tr("Saved on this computer; see the Outbox"));

    const QDateTime last = m_workspace->lastSync();
    //: %1 is a date and time in the user's locale format
    m_lastSync->setText(last.isValid() ? tr("Last sync: %1").arg(client::catalogText::formatTimestamp(last))
                                       : tr("Not synced yet"));

    const bool online = m_workspace->isOnline();
    //: Connection state in the status bar
    m_online->setText(online ? tr("● Online") : tr("● Offline"));
    m_online->setStyleSheet(online ? QStringLiteral("QLabel { color: #1b7a2f; }")
                                   : QStringLiteral("QLabel { color: #8a6d00; }"));
    m_online->setToolTip(online ? tr("Connected to %1").arg(m_workspace->server().toDisplayString())
                                : tr("The server cannot be reached. You can still read the cases stored on this computer."));
}

} // namespace caseport::app
