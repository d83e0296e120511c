#include "SettingsDialog.h"

#include "LanguageComboBox.h"
#include "LanguageManager.h"

#include "caseport/client/Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseport::app {

SettingsDialog::SettingsDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                               QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_languageLabel = new QLabel(this);
    m_languageCombo = new LanguageComboBox(languages, this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageHint = new QLabel(this);
    m_languageHint->setWordWrap(true);
    m_languageHint->setEnabled(false);

    auto selectable = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_serverLabel = new QLabel(this);
    m_server = selectable("settingsServer");
    m_userLabel = new QLabel(this);
    m_user = selectable("settingsUser");
    m_cacheLabel = new QLabel(this);
    m_cache = selectable("settingsCache");
    m_cache->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(QString(), m_languageHint);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_cacheLabel, m_cache);

    auto* buttons = new QDialogButtonBox(this);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_closeButton, &QPushButton::clicked, this, &SettingsDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const caseport::UserProfile& user = m_workspace->session().user;
    m_server->setText(m_workspace->server().toDisplayString());
    m_user->setText(user.name.empty() ? QString::fromStdString(user.id)
                                      : QStringLiteral("%1 <%2>").arg(QString::fromStdString(user.name),
                                                                      QString::fromStdString(user.id)));
    m_cache->setText(m_workspace->cacheFilePath());
    retranslateUi();
    setMinimumWidth(460);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
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
