#include "AccessSummaryWidget.h"

#include "LanguageManager.h"

#include "caseport/client/AccessText.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace caseport::app {

using caseport::client::AccessText;

namespace {

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

QLabel* namedLabel(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccessSummaryWidget::AccessSummaryWidget(caseport::client::Workspace* workspace, LanguageManager* languages,
                                         QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("accessSummary"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setAutoFillBackground(false); // the page's own background shows through
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_scroll, 1);
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &AccessSummaryWidget::rebuild);
    rebuild();
}

void AccessSummaryWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void AccessSummaryWidget::rebuild()
{
    const caseport::Catalog& catalog = m_workspace->catalog();
    const std::string language = m_languages->language().toStdString();
    m_intro->setText(tr("What you may see and do in Caseport. Your administrator decides this; "
                        "ask them if something is missing."));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    const bool staff = catalog.user.id.empty() ? m_workspace->session().user.staff : catalog.user.staff;
    if (staff) {
        auto* label = namedLabel(content, tr("Staff — sees every case"), QStringLiteral("accessStaff"));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
        layout->addWidget(new QLabel(tr("As a member of the service provider's staff you see and answer the "
                                        "cases of every account."),
                                     content));
    } else if (catalog.accounts.empty()) {
        layout->addWidget(new QLabel(tr("Your access shows once Caseport has talked to the server."), content));
    }

    for (const caseport::Account& account : staff ? std::vector<caseport::Account>{} : catalog.accounts) {
        const auto membership = std::find_if(catalog.memberships.begin(), catalog.memberships.end(),
                                             [&](const caseport::Membership& m) { return m.account == account.id; });
        if (membership == catalog.memberships.end())
            continue;
        const QString id = qt(account.id);
        auto* box = new QGroupBox(content);
        box->setObjectName(QStringLiteral("access_%1").arg(id));
        const QString name = qt(account.name.empty() ? account.id : account.name);
        //: Heading of one account in "Your access"; %1 is its name, %2 its organisation number
        box->setTitle(account.orgNumber.empty() ? name : tr("%1 (%2)").arg(name, qt(account.orgNumber)));
        auto* form = new QFormLayout(box);
        for (const caseport::Product& product : catalog.products) {
            const caseport::AccessLevel level = membership->levelFor(product.id);
            const std::string productName = product.name.pick(language);
            auto* value = namedLabel(box, AccessText::levelName(level),
                                     QStringLiteral("level_%1_%2").arg(id, qt(product.id)));
            value->setToolTip(AccessText::levelDescription(level));
            if (level == caseport::AccessLevel::None)
                value->setEnabled(false); // greyed: nothing to see here
            form->addRow(qt(productName.empty() ? product.id : productName) + QLatin1Char(':'), value);
        }
        QStringList sites;
        for (const std::string& object : membership->objects) {
            const auto it = std::find_if(account.objects.begin(), account.objects.end(),
                                         [&](const caseport::SiteObject& o) { return o.id == object; });
            sites.append(qt(it == account.objects.end() || it->name.empty() ? object : it->name));
        }
        //: In "Your access": the member is not limited to particular sites
        const QString allSites = tr("All sites");
        form->addRow(tr("Sites:"), namedLabel(box, sites.isEmpty() ? allSites : sites.join(QStringLiteral(", ")),
                                              QStringLiteral("objects_%1").arg(id)));
        if (membership->customerAdmin) {
            auto* admin = namedLabel(box, tr("Customer admin — you manage the access of this account's members under Members in the sidebar"),
                                     QStringLiteral("customerAdmin_%1").arg(id));
            form->addRow(tr("Role:"), admin);
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    m_scroll->setWidget(content); // deletes the previous content
    content->setAutoFillBackground(false); // after setWidget(), which turns it on
}

} // namespace caseport::app
