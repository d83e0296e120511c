#include "RelatedFilesWidget.h"

#include "FailureText.h"
#include "FetchedFile.h"

#include "caseport/client/AttachmentFiles.h"
#include "caseport/client/FileText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caseport::app {

RelatedFilesWidget::RelatedFilesWidget(caseport::client::AttachmentFiles* files, QWidget* parent)
    : QWidget(parent)
    , m_files(files)
{
    setObjectName(QStringLiteral("relatedFiles"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the conversation takes the room
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("relatedFilesList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openFileButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveFileButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fileProgress"));
    m_progress->setMaximumHeight(14);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelFileButton"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_open, &QPushButton::clicked, this, &RelatedFilesWidget::openSelected);
    connect(m_save, &QPushButton::clicked, this, &RelatedFilesWidget::saveSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &RelatedFilesWidget::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RelatedFilesWidget::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_files->cancel(m_waitingFor); });
    connect(m_files, &caseport::client::AttachmentFiles::progress, this,
            [this](const QString& id, qint64 done, qint64 total) {
                if (id != m_waitingFor)
                    return;
                m_progress->setRange(0, 1000);
                m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            });
    connect(m_files, &caseport::client::AttachmentFiles::fetched, this, &RelatedFilesWidget::finish);
    connect(m_files, &caseport::client::AttachmentFiles::failed, this,
            [this](const QString& id, const caseport::client::ApiFailure& failure) {
                if (id != m_waitingFor)
                    return;
                m_waitingFor.clear();
                if (failure.kind != caseport::client::ApiFailure::Kind::Cancelled) {
                    m_problem->setText(FailureText::describe(failure, FailureText::Context::Sync));
                    m_problem->show();
                }
                refresh();
            });
    retranslateUi();
}

void RelatedFilesWidget::retranslateUi()
{
    m_title->setText(tr("Related files"));
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Type")});
    m_open->setText(tr("&Open"));
    m_save->setText(tr("Save &as…"));
    m_cancel->setText(tr("Cancel"));
    setAttachments(m_attachments); // types and sizes in the new language's words and numbers
    refresh();
}

void RelatedFilesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RelatedFilesWidget::setAttachments(const QVector<caseport::Attachment>& attachments)
{
    const QString keep = selected() ? QString::fromStdString(selected()->id) : QString();
    m_attachments = attachments;
    m_list->clear();
    for (const caseport::Attachment& attachment : attachments) {
        auto* item = new QTreeWidgetItem(m_list, {QString::fromStdString(attachment.name),
                                                  caseport::client::fileText::size(attachment.size),
                                                  caseport::client::fileText::type(attachment.mime)});
        item->setData(0, Qt::UserRole, QString::fromStdString(attachment.id));
        if (!m_files->localPath(attachment).isEmpty())
            item->setToolTip(0, tr("On this computer: opens without a connection"));
        if (QString::fromStdString(attachment.id) == keep)
            m_list->setCurrentItem(item);
    }
    // As tall as its rows (up to four; more scroll): the conversation needs the room.
    const int rows = std::min<int>(static_cast<int>(attachments.size()), 4);
    const int rowHeight = rows > 0 ? m_list->sizeHintForRow(0) : 0;
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 2);
    setVisible(!attachments.isEmpty());
    refresh();
}

const caseport::Attachment* RelatedFilesWidget::selected() const
{
    const QTreeWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    if (!item)
        return nullptr;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const caseport::Attachment& attachment : m_attachments) {
        if (QString::fromStdString(attachment.id) == id)
            return &attachment;
    }
    return nullptr;
}

void RelatedFilesWidget::refresh()
{
    const bool busy = !m_waitingFor.isEmpty();
    m_open->setEnabled(selected() && !busy);
    m_save->setEnabled(selected() && !busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void RelatedFilesWidget::openSelected()
{
    const caseport::Attachment* attachment = selected();
    if (!attachment || !m_waitingFor.isEmpty())
        return;
    m_problem->clear();
    m_problem->hide();
    m_saveTo.clear();
    m_waitingFor = QString::fromStdString(attachment->id);
    m_progress->setRange(0, 0);
    refresh();
    m_files->fetch(*attachment);
}

void RelatedFilesWidget::saveSelected()
{
    const caseport::Attachment* attachment = selected();
    if (!attachment || !m_waitingFor.isEmpty())
        return;
    const QString target = fetchedFile::askSaveTarget(this, QString::fromStdString(attachment->name));
    if (target.isEmpty())
        return;
    m_problem->clear();
    m_problem->hide();
    m_saveTo = target;
    m_waitingFor = QString::fromStdString(attachment->id);
    m_progress->setRange(0, 0);
    refresh();
    m_files->fetch(*attachment);
}

void RelatedFilesWidget::finish(const QString& attachmentId, const QString& path)
{
    if (attachmentId != m_waitingFor)
        return;
    m_waitingFor.clear();
    fetchedFile::deliver(this, path, std::exchange(m_saveTo, QString()), [this](const QString& problem) {
        m_problem->setText(problem);
        m_problem->show();
    });
    setAttachments(m_attachments); // "on this computer" now
}

} // namespace caseport::app
