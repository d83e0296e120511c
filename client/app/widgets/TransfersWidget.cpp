#include "TransfersWidget.h"

#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace caseport::app {

TransfersWidget::TransfersWidget(caseport::client::Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("transfersWidget"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_workspace, &caseport::client::Workspace::outboxUploadProgress, this, &TransfersWidget::onProgress);
    connect(m_workspace, &caseport::client::Workspace::outboxUploadEnded, this, &TransfersWidget::onEnded);
    hide();
}

QWidget* TransfersWidget::rowFor(qint64 seq, const QString& fileName)
{
    if (QWidget* row = m_rows.value(seq))
        return row;
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("upload:%1").arg(seq));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* name = new QLabel(row);
    name->setObjectName(QStringLiteral("uploadName"));
    //: In the status bar while a file is uploaded; %1 the file's name
    name->setText(tr("Sending %1").arg(fileName));
    name->setProperty("fileName", fileName);
    auto* bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("uploadProgress"));
    bar->setMaximumWidth(140);
    bar->setRange(0, 1000);
    auto* cancel = new QPushButton(row);
    cancel->setObjectName(QStringLiteral("cancelUpload"));
    //: Button beside an upload's progress bar: stop it (it can be resumed later)
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop sending this file. It waits in the Outbox; Send now resumes it."));
    connect(cancel, &QPushButton::clicked, this, [this, seq, fileName] {
        if (m_workspace->cancelUpload(seq))
            emit uploadPaused(fileName);
    });
    layout->addWidget(name);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    m_layout->addWidget(row);
    m_rows.insert(seq, row);
    show();
    return row;
}

void TransfersWidget::onProgress(qint64 seq, const QString& fileName, qint64 done, qint64 total)
{
    QWidget* row = rowFor(seq, fileName);
    auto* bar = row->findChild<QProgressBar*>(QStringLiteral("uploadProgress"));
    bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
}

void TransfersWidget::onEnded(qint64 seq)
{
    if (QWidget* row = m_rows.take(seq))
        row->deleteLater();
    setVisible(!m_rows.isEmpty());
}

void TransfersWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (QWidget* row : std::as_const(m_rows)) {
            auto* name = row->findChild<QLabel*>(QStringLiteral("uploadName"));
            name->setText(tr("Sending %1").arg(name->property("fileName").toString()));
            auto* cancel = row->findChild<QPushButton*>(QStringLiteral("cancelUpload"));
            cancel->setText(tr("Cancel"));
            cancel->setToolTip(tr("Stop sending this file. It waits in the Outbox; Send now resumes it."));
        }
    }
    QWidget::changeEvent(event);
}

} // namespace caseport::app
