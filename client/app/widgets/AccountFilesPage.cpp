#include "AccountFilesPage.h"

#include "AttachmentListWidget.h"
#include "FailureText.h"
#include "FetchedFile.h"

#include "caseport/AccountFileRules.h"
#include "caseport/client/AccessChoices.h"
#include "caseport/client/AccountFileListModel.h"
#include "caseport/client/AttachmentFiles.h"
#include "caseport/client/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace caseport::app {

namespace {

// The filter's entries: every file, the whole account's, or one object's.
const QString kAllFiles = QStringLiteral("*all*"); // never an object id: ids come from the config

caseport::Attachment asAttachment(const caseport::AccountFile& file)
{
    // AttachmentFiles keeps downloads by content and name; an account file is one too.
    caseport::Attachment attachment;
    attachment.id = file.id;
    attachment.name = file.name;
    attachment.size = file.size;
    attachment.sha256 = file.sha256;
    attachment.mime = file.mime;
    return attachment;
}

} // namespace

AccountFilesPage::AccountFilesPage(caseport::client::Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new caseport::client::AccountFileListModel(this))
    , m_files(new caseport::client::AttachmentFiles(workspace, this))
{
    setObjectName(QStringLiteral("accountFilesPage"));
    setAcceptDrops(true);
    m_model->follow(workspace);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("fileObjectFilter"));
    m_filterLabel->setBuddy(m_filter);
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("accountFilesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setModel(m_model);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(caseport::client::AccountFileListModel::Name, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("accountFilesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addAccountFilesButton"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openAccountFileButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveAccountFileButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeAccountFileButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("accountFileProgress"));
    m_progress->setMaximumHeight(14);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelAccountFileButton"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("accountFileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString choice = m_filter->currentData().toString();
        m_model->setObjectFilter(choice == kAllFiles ? std::nullopt : std::optional<QString>(choice));
        refresh();
    });
    connect(m_add, &QPushButton::clicked, this, &AccountFilesPage::pickFiles);
    connect(m_open, &QPushButton::clicked, this, &AccountFilesPage::openSelected);
    connect(m_save, &QPushButton::clicked, this, &AccountFilesPage::saveSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountFilesPage::removeSelected);
    connect(m_list, &QTreeView::activated, this, &AccountFilesPage::openSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountFilesPage::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AccountFilesPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_files->cancel(m_waitingFor); });
    connect(m_files, &caseport::client::AttachmentFiles::progress, this,
            [this](const QString& id, qint64 done, qint64 total) {
                if (id != m_waitingFor)
                    return;
                m_progress->setRange(0, 1000);
                m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            });
    connect(m_files, &caseport::client::AttachmentFiles::fetched, this, &AccountFilesPage::finish);
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
    connect(workspace, &caseport::client::Workspace::catalogChanged, this, &AccountFilesPage::refreshFilter);
    connect(workspace, &caseport::client::Workspace::currentAccountChanged, this, &AccountFilesPage::refreshFilter);
    retranslateUi();
}

void AccountFilesPage::retranslateUi()
{
    m_filterLabel->setText(tr("&Show:"));
    m_add->setText(tr("&Add files…"));
    m_open->setText(tr("&Open"));
    m_save->setText(tr("Save &as…"));
    m_remove->setText(tr("&Remove…"));
    m_cancel->setText(tr("Cancel"));
    m_model->retranslate();
    refreshFilter();
}

void AccountFilesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString AccountFilesPage::accountName() const
{
    const std::string account = m_workspace->currentAccount().toStdString();
    for (const caseport::Account& candidate : m_workspace->catalog().accounts) {
        if (candidate.id == account)
            return QString::fromStdString(candidate.name);
    }
    return m_workspace->currentAccount();
}

void AccountFilesPage::refreshFilter()
{
    const QString keep = m_filter->count() > 0 ? m_filter->currentData().toString() : kAllFiles;
    const QSignalBlocker quiet(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All files"), kAllFiles);
    const auto viewer = caseport::client::accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
    const std::string account = m_workspace->currentAccount().toStdString();
    // Only what the user may see: a member scoped to objects sees neither the whole
    // account's files nor other objects'.
    if (caseport::access::canSeeAccountFile(viewer, {account, {}, {}}))
        m_filter->addItem(m_model->objectName({}), QString());
    for (const caseport::Account& candidate : m_workspace->catalog().accounts) {
        if (candidate.id != account)
            continue;
        for (const caseport::SiteObject& object : candidate.objects) {
            if (caseport::access::canSeeAccountFile(viewer, {account, object.id, {}}))
                m_filter->addItem(QString::fromStdString(object.name), QString::fromStdString(object.id));
        }
    }
    const int index = m_filter->findData(keep);
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
    const QString choice = m_filter->currentData().toString();
    m_model->setObjectFilter(choice == kAllFiles ? std::nullopt : std::optional<QString>(choice));
    refresh();
}

QString AccountFilesPage::targetObject() const
{
    const QString choice = m_filter->currentData().toString();
    return choice == kAllFiles ? QString() : choice;
}

bool AccountFilesPage::canAdd() const
{
    const auto viewer = caseport::client::accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
    return caseport::access::canAddAccountFile(viewer, m_workspace->currentAccount().toStdString(),
                                               targetObject().toStdString());
}

const caseport::AccountFile* AccountFilesPage::selected() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->fileAt(current.row()) : nullptr;
}

bool AccountFilesPage::selectedIsPending() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_model->isPending(current.row());
}

void AccountFilesPage::refresh()
{
    const QString name = accountName();
    //: Title of the Files page; %1 is the company (account)
    m_title->setText(tr("Files of %1").arg(name));
    if (m_model->objectFilter())
        m_empty->setText(tr("No files here yet."));
    else
        //: %1 is the company (account)
        m_empty->setText(tr("No files shared with %1 yet.").arg(name));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_list) : m_empty);

    const bool addAllowed = canAdd();
    m_add->setEnabled(addAllowed);
    if (addAllowed) {
        const QString object = targetObject();
        m_add->setToolTip(object.isEmpty() ? tr("Share files with everyone in %1 who may see them").arg(name)
                                           : tr("Share files with %1").arg(m_filter->currentText()));
    } else {
        const auto viewer = caseport::client::accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
        const std::string account = m_workspace->currentAccount().toStdString();
        bool someObject = false;
        for (int i = 0; i < m_filter->count(); ++i) {
            const QString object = m_filter->itemData(i).toString();
            if (object != kAllFiles && !object.isEmpty()
                && caseport::access::canAddAccountFile(viewer, account, object.toStdString()))
                someObject = true;
        }
        m_add->setToolTip(someObject
                              ? tr("Choose one of your objects under Show to add files to it")
                              : tr("Your access lets you read these files, not add any"));
    }

    const caseport::AccountFile* file = selected();
    const bool busy = !m_waitingFor.isEmpty();
    const bool onServer = file && !selectedIsPending();
    m_open->setEnabled(onServer && !busy);
    m_save->setEnabled(onServer && !busy);
    bool removable = false;
    if (file) {
        const auto viewer = caseport::client::accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
        removable = caseport::access::canRemoveAccountFile(viewer, caseport::access::factsOf(*file));
    }
    m_remove->setEnabled(removable);
    m_remove->setToolTip(file && !removable ? tr("Only the one who added a file or a customer admin can remove it")
                                            : QString());
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

bool AccountFilesPage::addFiles(const QStringList& paths)
{
    if (paths.isEmpty() || !canAdd())
        return false;
    // A folder or an unreadable file would fail later in the cache, out of sight: say so
    // now and add the others.
    QStringList readable;
    QStringList refused;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        (info.isFile() && info.isReadable() ? readable : refused) << path;
    }
    m_problem->setVisible(!refused.isEmpty());
    if (!refused.isEmpty()) {
        QStringList names;
        for (const QString& path : std::as_const(refused))
            names << QDir::toNativeSeparators(path);
        //: %1 lists files or folders that were dropped or picked
        m_problem->setText(tr("Not added (not a file, or it cannot be read): %1").arg(names.join(QStringLiteral(", "))));
    }
    if (readable.isEmpty())
        return false;
    m_workspace->addAccountFiles(m_workspace->currentAccount(), targetObject(), readable);
    return true;
}

void AccountFilesPage::pickFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add files"));
    addFiles(paths);
}

void AccountFilesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (canAdd() && !AttachmentListWidget::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AccountFilesPage::dropEvent(QDropEvent* event)
{
    if (addFiles(AttachmentListWidget::localFiles(event->mimeData())))
        event->acceptProposedAction();
}

void AccountFilesPage::openSelected()
{
    if (const caseport::AccountFile* file = selected(); file && !selectedIsPending())
        fetch(*file, {});
}

void AccountFilesPage::saveSelected()
{
    const caseport::AccountFile* file = selected();
    if (!file || selectedIsPending())
        return;
    const QString target = fetchedFile::askSaveTarget(this, QString::fromStdString(file->name));
    if (!target.isEmpty())
        fetch(*file, target);
}

void AccountFilesPage::fetch(const caseport::AccountFile& file, const QString& saveTo)
{
    if (!m_waitingFor.isEmpty())
        return;
    m_problem->hide();
    m_saveTo = saveTo;
    m_waitingFor = QString::fromStdString(file.id);
    m_progress->setRange(0, 0);
    refresh();
    m_files->fetch(asAttachment(file));
}

void AccountFilesPage::finish(const QString& fileId, const QString& path)
{
    if (fileId != m_waitingFor)
        return;
    m_waitingFor.clear();
    refresh();
    fetchedFile::deliver(this, path, std::exchange(m_saveTo, QString()), [this](const QString& problem) {
        m_problem->setText(problem);
        m_problem->show();
    });
}

void AccountFilesPage::removeSelected()
{
    const caseport::AccountFile* file = selected();
    if (!file)
        return;
    const QString id = QString::fromStdString(file->id);
    const auto answer = QMessageBox::question(
        this, tr("Remove file"),
        tr("Remove %1 for everyone in %2? It cannot be opened here afterwards.")
            .arg(QString::fromStdString(file->name), accountName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_workspace->removeAccountFile(id);
}

} // namespace caseport::app
