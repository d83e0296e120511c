#include "MembersPage.h"

#include "AccessLevelDelegate.h"
#include "FailureText.h"
#include "LanguageManager.h"

#include "caseport/client/AccessAuditModel.h"
#include "caseport/client/AccessChoices.h"
#include "caseport/client/AccountMembers.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/MemberTableModel.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace caseport::app {

namespace accessChoices = caseport::client::accessChoices;
using caseport::client::AccessAuditModel;
using caseport::client::AccountMembers;
using caseport::client::ApiFailure;
using caseport::client::MemberTableModel;
using caseport::client::Workspace;

MembersPage::MembersPage(Workspace* workspace, LanguageManager* languages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("membersPage"));
    m_members = new AccountMembers(m_workspace, this);
    m_model = new MemberTableModel(this);
    m_audit = new AccessAuditModel(this);
    buildUi();
    retranslateUi();

    connect(m_members, &AccountMembers::loaded, this, [this](const caseport::MemberList& list) {
        if (QString::fromStdString(list.account) != m_workspace->currentAccount())
            return; // an answer for the account we just left
        m_loadedAccount = QString::fromStdString(list.account);
        m_model->setEditor(accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session()));
        m_model->setMembers(list);
        QHash<QString, QString> names;
        for (const caseport::AccountMember& member : list.members)
            names.insert(QString::fromStdString(member.user), m_model->nameOf(QString::fromStdString(member.user)));
        m_audit->setNames(names);
        m_table->resizeColumnsToContents();
        setBusy(false);
        updateButtons();
    });
    connect(m_members, &AccountMembers::loadFailed, this, [this](const QString& account, const ApiFailure& failure) {
        if (account != m_workspace->currentAccount())
            return;
        setBusy(false);
        showProblem(FailureText::memberLoad(failure));
        updateButtons();
    });
    connect(m_members, &AccountMembers::auditLoaded, this, [this](const caseport::AccessAudit& audit) {
        if (QString::fromStdString(audit.account) != m_workspace->currentAccount())
            return;
        m_audit->setAudit(audit);
        m_history->resizeColumnToContents(AccessAuditModel::When);
    });
    connect(m_members, &AccountMembers::auditFailed, this, [this](const QString& account, const ApiFailure& failure) {
        if (account == m_workspace->currentAccount() && !m_problem->isVisible())
            showProblem(FailureText::memberLoad(failure));
    });
    connect(m_members, &AccountMembers::memberSaved, this,
            [this](const QString&, const caseport::AccountMember& member) { m_model->applySaved(member); });
    connect(m_members, &AccountMembers::memberSaveFailed, this,
            [this](const QString&, const QString& user, const ApiFailure& failure) { onMemberSaveFailed(user, failure); });
    connect(m_members, &AccountMembers::saveFinished, this,
            [this](const QString&, int saved, int failed) { onSaveFinished(saved, failed); });

    connect(m_model, &QAbstractItemModel::dataChanged, this, &MembersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPage::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &MembersPage::save);
    connect(m_discardButton, &QPushButton::clicked, this, &MembersPage::discardChanges);
    connect(m_reloadButton, &QPushButton::clicked, this, &MembersPage::reload);
    connect(m_workspace, &Workspace::currentAccountChanged, this, &MembersPage::onAccountChanged);
    connect(m_workspace, &Workspace::catalogChanged, this, &MembersPage::refreshCatalog);
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString& language) {
        m_model->setLanguage(language);
        m_audit->setLanguage(language);
    });
    m_model->setLanguage(m_languages->language());
    m_audit->setLanguage(m_languages->language());
    refreshCatalog(); // the workspace may have its catalog already
    updateButtons();
}

void MembersPage::refreshCatalog()
{
    const caseport::Catalog& catalog = m_workspace->catalog();
    const caseport::Account* account = accessChoices::findAccount(catalog, m_workspace->currentAccount());
    m_model->setCatalog(catalog.products, account ? account->objects : std::vector<caseport::SiteObject>{});
    m_audit->setProducts(catalog.products);
    updateTitle();
}

void MembersPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("membersTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("membersProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #e8a0a8;"
                                            " border-radius: 3px; padding: 6px; color: #6e0d18; }"));
    m_problem->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("membersStatus"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AccessLevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // No stretching: a stretched level column would push its padlock far from the text.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);

    m_legendIcon = new QLabel(this);
    m_legendIcon->setPixmap(AccessLevelDelegate::lockPixmap(palette().color(QPalette::Disabled, QPalette::Text), 12));
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setEnabled(false);

    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveMembersButton"));
    m_saveButton->setDefault(true);
    m_discardButton = new QPushButton(this);
    m_discardButton->setObjectName(QStringLiteral("discardMembersButton"));
    m_reloadButton = new QPushButton(this);
    m_reloadButton->setObjectName(QStringLiteral("reloadMembersButton"));

    m_historyTitle = new QLabel(this);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_history = new QTreeView(this);
    m_history->setObjectName(QStringLiteral("accessHistory"));
    m_history->setModel(m_audit);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAllColumnsShowFocus(true);

    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(m_legendIcon);
    legendRow->addWidget(m_legend, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_status, 1);
    buttonRow->addWidget(m_reloadButton);
    buttonRow->addWidget(m_discardButton);
    buttonRow->addWidget(m_saveButton);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(legendRow);
    topLayout->addLayout(buttonRow);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    bottomLayout->addWidget(m_historyTitle);
    bottomLayout->addWidget(m_history, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("membersSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_busyBar);
    layout->addWidget(split, 1);
}

void MembersPage::retranslateUi()
{
    updateTitle();
    m_intro->setText(tr("Choose which products each member may use. Full: create cases and see all of the "
                        "account's cases on the product. Limited: create cases and see their own. None: no "
                        "access. Double-click a level to change it; changes apply as soon as they are saved."));
    m_legend->setText(tr("Locked: set in the server configuration, or staff access managed by the service "
                         "provider. Point at a level to see why."));
    //: Button on the Members page: send the changed levels to the server
    m_saveButton->setText(tr("&Save changes"));
    m_discardButton->setText(tr("&Discard changes"));
    m_reloadButton->setText(tr("&Reload"));
    //: Heading of the access history on the Members page
    m_historyTitle->setText(tr("History"));
    // Names, roles and levels are longer in some languages: fit the columns again.
    if (m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    updateButtons();
}

void MembersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MembersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Fresh each time the page is opened, unless unsaved edits would be lost.
    if (!m_members->isSaving() && !m_model->hasChanges())
        reload();
}

void MembersPage::updateTitle()
{
    const caseport::Account* account = accessChoices::findAccount(m_workspace->catalog(), m_workspace->currentAccount());
    if (!account) {
        m_title->setText(tr("Members"));
        return;
    }
    //: Title of the Members page; %1 is the account's name
    m_title->setText(tr("Members — %1").arg(QString::fromStdString(account->name.empty() ? account->id : account->name)));
}

void MembersPage::onAccountChanged()
{
    refreshCatalog();
    // Another account's members: what was shown (and any unsaved edit of it) goes.
    m_model->setMembers({});
    m_audit->setAudit({});
    m_loadedAccount.clear();
    if (isVisible())
        reload();
}

void MembersPage::reload()
{
    const QString account = m_workspace->currentAccount();
    if (account.isEmpty())
        return;
    showProblem(QString());
    showStatus(QString());
    setBusy(true);
    m_members->load(account);
    m_members->loadAudit(account);
}

void MembersPage::save()
{
    if (!m_model->hasChanges() || m_members->isSaving())
        return;
    m_saveProblems.clear();
    showProblem(QString());
    //: Status on the Members page while the changes are sent
    showStatus(tr("Saving…"));
    setBusy(true);
    m_members->save(m_model->account(), m_model->pendingUpdates());
    updateButtons();
}

void MembersPage::discardChanges()
{
    m_model->discardChanges();
    showStatus(QString());
}

bool MembersPage::hasUnsavedChanges() const
{
    return m_model->hasChanges();
}

void MembersPage::onMemberSaveFailed(const QString& user, const ApiFailure& failure)
{
    // "products.time" names the product the server objected to.
    QString product;
    if (failure.field.startsWith(QLatin1String("products."))) {
        const std::string id = failure.field.mid(9).toStdString();
        product = caseport::client::catalogText::productName(m_workspace->catalog().products, id,
                                                             m_languages->language());
    }
    m_saveProblems.append(FailureText::memberSave(failure, m_model->nameOf(user), product));
}

void MembersPage::onSaveFinished(int saved, int failed)
{
    setBusy(false);
    if (failed == 0) {
        //: Status on the Members page after saving; %n members were changed
        showStatus(tr("Saved: %n member(s) updated.", nullptr, saved));
    } else {
        showStatus(QString());
        showProblem(m_saveProblems.join(QLatin1Char('\n')));
    }
    m_saveProblems.clear();
    if (saved > 0)
        m_members->loadAudit(m_model->account()); // the new entries
    updateButtons();
}

void MembersPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void MembersPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

void MembersPage::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_table->setEnabled(!busy || m_model->rowCount() > 0);
    if (busy)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    else
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                 | QAbstractItemView::EditKeyPressed);
    updateButtons();
}

void MembersPage::updateButtons()
{
    const bool saving = m_members->isSaving();
    const bool changes = m_model->hasChanges();
    m_saveButton->setEnabled(changes && !saving);
    m_discardButton->setEnabled(changes && !saving);
    m_reloadButton->setEnabled(!saving);
}

} // namespace caseport::app
