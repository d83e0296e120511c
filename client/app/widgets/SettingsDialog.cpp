#include "SettingsDialog.h"

#include "AccessSummaryWidget.h"
#include "LanguageComboBox.h"
#include "LanguageManager.h"

#include "caseport/client/Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace caseport::app {

SettingsDialog::SettingsDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                               QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_generalTab = makeGeneralTab(languages);
    m_accessTab = new AccessSummaryWidget(m_workspace, languages, m_tabs);
    m_tabs->addTab(m_generalTab, QString());
    m_tabs->addTab(m_accessTab, QString());

    auto* buttons = new QDialogButtonBox(this);
    // Not the standard Close button: QDialogButtonBox would put Qt's own (English, for
    // lack of a Swedish Qt catalogue) text back on every language change.
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    connect(m_closeButton, &QPushButton::clicked, this, &SettingsDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    const caseport::UserProfile& user = m_workspace->session().user;
    m_server->setText(m_workspace->server().toDisplayString());
    m_user->setText(user.name.empty() ? QString::fromStdString(user.id)
                                      : QStringLiteral("%1 <%2>").arg(QString::fromStdString(user.name),
                                                                      QString::fromStdString(user.id)));
    m_cache->setText(m_workspace->cacheFilePath());
    retranslateUi();
    setMinimumWidth(460);
    resize(520, 440);
}

void SettingsDialog::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentWidget(tab == Tab::Access ? m_accessTab : m_generalTab);
}

QWidget* SettingsDialog::makeGeneralTab(LanguageManager* languages)
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("generalTab"));
    m_languageLabel = new QLabel(tab);
    m_languageCombo = new LanguageComboBox(languages, tab);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageHint = new QLabel(tab);
    m_languageHint->setWordWrap(true);
    m_languageHint->setEnabled(false);

    auto selectable = [tab](const char* name) {
        auto* label = new QLabel(tab);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_serverLabel = new QLabel(tab);
    m_server = selectable("settingsServer");
    m_userLabel = new QLabel(tab);
    m_user = selectable("settingsUser");
    m_cacheLabel = new QLabel(tab);
    m_cache = selectable("settingsCache");
    m_cache->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(QString(), m_languageHint);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_cacheLabel, m_cache);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addStretch(1);
    return tab;
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    //: Settings tab: language, server, user
    m_tabs->setTabText(m_tabs->indexOf(m_generalTab), tr("General"));
    //: Settings tab: the user's access levels per account and product
    m_tabs->setTabText(m_tabs->indexOf(m_accessTab), tr("Your access"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageHint->setText(tr("The new language applies at once."));
    m_serverLabel->setText(tr("Server:"));
    //: The e-mail/name this session is logged in as
    m_userLabel->setText(tr("Logged in as:"));
    m_cacheLabel->setText(tr("Local copy:"));
    m_closeButton->setText(tr("Close"));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace caseport::app
