#include "FollowerPickerDialog.h"

#include "FailureText.h"

#include "caseport/client/CaseFollowers.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseport::app {

using caseport::client::ApiFailure;

FollowerPickerDialog::FollowerPickerDialog(caseport::client::CaseFollowers* followers, QString caseId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_caseId(std::move(caseId))
{
    setObjectName(QStringLiteral("followerPicker"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("followerPickerStatus"));
    m_status->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("followerSearch"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("followerCandidates"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(380, 420);

    connect(m_search, &QLineEdit::textChanged, this, &FollowerPickerDialog::applyFilter);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FollowerPickerDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        if (item->flags().testFlag(Qt::ItemIsEnabled))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(followers, &caseport::client::CaseFollowers::candidatesLoaded, this,
            [this](const QString& id, const caseport::FollowerCandidates& candidates) {
                if (id != m_caseId)
                    return;
                m_candidates = candidates;
                m_loaded = true;
                fill();
            });
    connect(followers, &caseport::client::CaseFollowers::candidatesFailed, this,
            [this](const QString& id, const ApiFailure& failure) {
                if (id == m_caseId)
                    showFailure(failure);
            });
    retranslateUi();
    followers->loadCandidates(m_caseId);
}

QStringList FollowerPickerDialog::chosenUsers() const
{
    QStringList users;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->isSelected() && item->flags().testFlag(Qt::ItemIsEnabled))
            users << item->data(Qt::UserRole).toString();
    }
    return users;
}

void FollowerPickerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FollowerPickerDialog::retranslateUi()
{
    //: Window title of the dialog that adds followers to a case
    setWindowTitle(tr("Add followers"));
    m_search->setPlaceholderText(tr("Search by name or e-mail"));
    //: Button: add the people chosen as followers of the case
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    if (!m_loaded && m_list->count() == 0 && m_status->property("failed").toBool() == false)
        m_status->setText(tr("Loading the people who may follow this case…"));
    if (m_loaded)
        fill();
    updateButtons();
}

void FollowerPickerDialog::fill()
{
    m_list->clear();
    for (const caseport::FollowerCandidate& user : m_candidates.users) {
        const QString id = QString::fromStdString(user.id);
        const QString name = user.name.empty() ? id : QString::fromStdString(user.name);
        //: A person in the follower picker: %1 their name, %2 their e-mail
        QString text = tr("%1 <%2>").arg(name, id);
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, id);
        if (user.following) {
            //: Added to a person in the follower picker who follows the case already
            text += QLatin1Char(' ') + tr("(following)");
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
        }
        item->setText(text);
    }
    m_status->setText(m_candidates.users.empty() ? tr("Nobody else may follow this case.")
                                                 : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    applyFilter();
}

void FollowerPickerDialog::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void FollowerPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenUsers().isEmpty());
}

void FollowerPickerDialog::showFailure(const ApiFailure& failure)
{
    m_status->setProperty("failed", true);
    m_status->setVisible(true);
    if (failure.isTransport())
        m_status->setText(tr("Adding followers needs a connection to the server. Try again when you are "
                             "online."));
    else if (failure.httpStatus == 403)
        m_status->setText(tr("You may not add followers to this case."));
    else
        m_status->setText(FailureText::describe(failure, FailureText::Context::Sync));
    updateButtons();
}

} // namespace caseport::app
