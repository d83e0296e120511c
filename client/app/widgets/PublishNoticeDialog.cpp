#include "PublishNoticeDialog.h"

#include "FailureText.h"
#include "LanguageManager.h"
#include "NoticeText.h"

#include "caseport/NoticeRules.h"
#include "caseport/client/NoticeActions.h"
#include "caseport/client/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseport::app {

using caseport::client::ApiFailure;
using caseport::client::NoticeActions;

namespace {

QPlainTextEdit* textBox(QWidget* parent, const char* objectName)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * 4 + 12);
    return box;
}

std::string utc(const QDateTime& local)
{
    return caseport::notices::formatTime(local.toSecsSinceEpoch());
}

} // namespace

PublishNoticeDialog::PublishNoticeDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                                         QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actions(new NoticeActions(workspace, this))
    , m_id(NoticeActions::newNotice().id)
{
    setObjectName(QStringLiteral("publishNoticeDialog"));
    setWindowTitle(tr("Publish notice"));
    const QString language = languages->language();

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("noticeSeverity"));
    for (auto severity : {caseport::NoticeSeverity::Info, caseport::NoticeSeverity::Warning,
                          caseport::NoticeSeverity::Outage})
        m_severity->addItem(NoticeText::severityName(severity), static_cast<int>(severity));
    m_textEn = textBox(this, "noticeTextEn");
    m_textDa = textBox(this, "noticeTextDa");
    m_textSv = textBox(this, "noticeTextSv");

    m_products = new QListWidget(this);
    m_products->setObjectName(QStringLiteral("noticeProducts"));
    for (const caseport::Product& product : m_workspace->catalog().products) {
        const std::string name = product.name.pick(language.toStdString());
        auto* item = new QListWidgetItem(QString::fromStdString(name.empty() ? product.id : name), m_products);
        item->setData(Qt::UserRole, QString::fromStdString(product.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_products->setMaximumHeight(m_products->sizeHintForRow(0) * 5 + 8);
    m_products->setToolTip(tr("Tick the products the notice is about; none ticked means every product."));

    const QDateTime now = QDateTime::currentDateTime();
    m_hasFrom = new QCheckBox(tr("Starts later:"), this);
    m_hasFrom->setObjectName(QStringLiteral("noticeHasFrom"));
    m_from = new QDateTimeEdit(now, this);
    m_from->setObjectName(QStringLiteral("noticeFrom"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_hasUntil = new QCheckBox(tr("Ends:"), this);
    m_hasUntil->setObjectName(QStringLiteral("noticeHasUntil"));
    m_until = new QDateTimeEdit(now.addDays(7), this);
    m_until->setObjectName(QStringLiteral("noticeUntil"));
    m_until->setCalendarPopup(true);
    m_until->setEnabled(false);
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("English text (required):"), m_textEn);
    form->addRow(tr("Danish text:"), m_textDa);
    form->addRow(tr("Swedish text:"), m_textSv);
    form->addRow(tr("Products:"), m_products);
    form->addRow(m_hasFrom, m_from);
    form->addRow(m_hasUntil, m_until);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("noticeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* publishButton = m_buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    publishButton->setObjectName(QStringLiteral("publishNoticeButton"));
    publishButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishNoticeDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_textEn, &QPlainTextEdit::textChanged, this, &PublishNoticeDialog::updateButtons);
    connect(m_actions, &NoticeActions::published, this, [this] { accept(); });
    connect(m_actions, &NoticeActions::publishFailed, this, &PublishNoticeDialog::onFailed);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateButtons();
}

caseport::NewNotice PublishNoticeDialog::notice() const
{
    caseport::NewNotice result;
    result.id = m_id;
    result.severity = static_cast<caseport::NoticeSeverity>(m_severity->currentData().toInt());
    const std::pair<const char*, QPlainTextEdit*> texts[] = {{"da", m_textDa}, {"en", m_textEn}, {"sv", m_textSv}};
    for (const auto& [code, box] : texts) {
        const QString text = box->toPlainText().trimmed();
        if (!text.isEmpty())
            result.text.byLanguage[code] = text.toStdString();
    }
    for (int row = 0; row < m_products->count(); ++row) {
        const QListWidgetItem* item = m_products->item(row);
        if (item->checkState() == Qt::Checked)
            result.products.push_back(item->data(Qt::UserRole).toString().toStdString());
    }
    if (m_hasFrom->isChecked())
        result.from = utc(m_from->dateTime());
    if (m_hasUntil->isChecked())
        result.until = utc(m_until->dateTime());
    return result;
}

void PublishNoticeDialog::updateButtons()
{
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!m_textEn->toPlainText().trimmed().isEmpty());
    }
}

void PublishNoticeDialog::publish()
{
    if (m_hasFrom->isChecked() && m_hasUntil->isChecked() && m_until->dateTime() <= m_from->dateTime()) {
        m_error->setText(tr("The end must come after the start."));
        m_error->show();
        return;
    }
    m_error->hide();
    setEnabled(false); // until the server answered
    m_actions->publish(notice());
}

void PublishNoticeDialog::onFailed(const ApiFailure& failure)
{
    setEnabled(true);
    QString text;
    if (failure.isTransport())
        text = tr("Caseport cannot reach the server, so the notice was not published. Try again when you are "
                  "online; what you wrote is kept.");
    else if (failure.httpStatus == 422 && failure.field == QLatin1String("until"))
        text = tr("The end time is not valid: it must be in the future and after the start.");
    else if (failure.httpStatus == 422 && failure.field == QLatin1String("text"))
        text = tr("The English text is required, and each text can be at most 2000 characters.");
    else
        text = FailureText::describe(failure, FailureText::Context::Submit);
    m_error->setText(text);
    m_error->show();
}

} // namespace caseport::app
