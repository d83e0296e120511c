#include "AttachmentListWidget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace caseport::app {

AttachmentListWidget::AttachmentListWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attachmentList"));
    setAcceptDrops(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentFiles"));
    m_list->setMaximumHeight(90);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_hint = new QLabel(this);
    m_hint->setEnabled(false);
    m_hint->setWordWrap(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addFilesButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeFilesButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentListWidget::pickFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentListWidget::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    retranslateUi();
    refresh();
}

void AttachmentListWidget::retranslateUi()
{
    m_add->setText(tr("Add &files…"));
    m_remove->setText(tr("Remove"));
    m_hint->setText(tr("or drop files here"));
    refresh();
}

void AttachmentListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AttachmentListWidget::setFiles(const QStringList& files)
{
    m_files.clear();
    addFiles(files);
}

void AttachmentListWidget::addFiles(const QStringList& files)
{
    bool added = false;
    for (const QString& file : files) {
        const QFileInfo info(file);
        if (!info.isFile() || m_files.contains(info.absoluteFilePath()))
            continue;
        m_files << info.absoluteFilePath();
        added = true;
    }
    refresh();
    if (added)
        emit filesChanged();
}

void AttachmentListWidget::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const QString& file : std::as_const(m_files)) {
        const QFileInfo info(file);
        //: A chosen file: %1 its name, %2 its size (e.g. 1.2 MB)
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(info.fileName(), locale.formattedDataSize(info.size())), m_list);
        item->setData(Qt::UserRole, file);
        item->setToolTip(file);
    }
    m_list->setVisible(!m_files.isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void AttachmentListWidget::pickFiles()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Attach files")));
}

void AttachmentListWidget::removeSelected()
{
    for (const QListWidgetItem* item : m_list->selectedItems())
        m_files.removeAll(item->data(Qt::UserRole).toString());
    refresh();
    emit filesChanged();
}

QStringList AttachmentListWidget::localFiles(const QMimeData* data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

void AttachmentListWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentListWidget::dropEvent(QDropEvent* event)
{
    addFiles(localFiles(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace caseport::app
