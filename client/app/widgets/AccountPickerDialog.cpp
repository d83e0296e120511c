#include "AccountPickerDialog.h"

#include "AppResources.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caseport::app {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

AccountPickerDialog::AccountPickerDialog(const std::vector<caseport::Account>& accounts,
                                         const QString& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountPicker"));
    setWindowIcon(appIcon());

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const caseport::Account& account : accounts) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromStdString(account.name.empty() ? account.id : account.name));
        item->setText(1, QString::fromStdString(account.orgNumber));
        item->setData(0, kIdRole, QString::fromStdString(account.id));
    }

    auto* buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("openAccountButton"));
    m_openButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelAccountButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(m_openButton, &QPushButton::clicked, this, &AccountPickerDialog::choose);
    connect(m_cancelButton, &QPushButton::clicked, this, &AccountPickerDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &AccountPickerDialog::choose);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_openButton->setEnabled(item != nullptr); });

    selectAccount(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_openButton->setEnabled(m_list->currentItem() != nullptr);
    retranslateUi();
    resize(460, 320);
}

QString AccountPickerDialog::selectedAccount() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void AccountPickerDialog::selectAccount(const QString& account)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, kIdRole).toString() == account) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void AccountPickerDialog::choose()
{
    const QString account = selectedAccount();
    if (account.isEmpty())
        return;
    emit accountChosen(account);
    accept();
}

void AccountPickerDialog::retranslateUi()
{
    setWindowTitle(tr("Select account"));
    m_intro->setText(tr("You have access to several accounts. Choose the one you want to work in. "
                        "Caseport remembers your choice; you can switch at any time with the "
                        "account button in the toolbar."));
    m_list->setHeaderLabels({tr("Account"), tr("Organisation number")});
    //: Button in the account picker: work in the selected account
    m_openButton->setText(tr("&Open"));
    m_cancelButton->setText(tr("Cancel"));
}

void AccountPickerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace caseport::app
