#include "ProductsPage.h"

#include "LanguageManager.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/AccessText.h"
#include "caseport/client/Workspace.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace caseport::app {

namespace accessChoices = caseport::client::accessChoices;
using caseport::client::AccessText;

namespace {

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

QString link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QLabel* valueLabel(QWidget* parent, const QString& text, const char* objectName = nullptr)
{
    auto* label = new QLabel(text, parent);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProductsPage::ProductsPage(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("productsPage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("productsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("productsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setAutoFillBackground(false); // the page's own background shows through

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &ProductsPage::rebuild);
    connect(m_workspace, &caseport::client::Workspace::currentAccountChanged, this, &ProductsPage::rebuild);
    rebuild();
}

void ProductsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(); // product names and hours come in the new language too
    QWidget::changeEvent(event);
}

void ProductsPage::rebuild()
{
    const caseport::Catalog& catalog = m_workspace->catalog();
    const QString accountId = m_workspace->currentAccount();
    const caseport::Account* account = accessChoices::findAccount(catalog, accountId);
    const QString accountName = account ? qt(account->name.empty() ? account->id : account->name) : QString();
    if (accountName.isEmpty()) {
        m_title->setText(tr("Products"));
    } else {
        //: Title of the Products page; %1 is the account's name
        m_title->setText(tr("Products — %1").arg(accountName));
    }
    m_intro->setText(tr("Who to contact and where to read more about the products you can file cases "
                        "about."));

    // A fresh container each time: the cards are few, and rebuilding keeps this simple.
    m_cards = new QWidget;
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(12);
    const auto viewer = accessChoices::viewerOf(catalog, m_workspace->session());
    const std::vector<caseport::Product> products = accessChoices::usableProducts(catalog, viewer, accountId);
    for (const caseport::Product& product : products)
        m_cardsLayout->addWidget(makeCard(product));
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cards); // deletes the previous container
    m_cards->setAutoFillBackground(false); // after setWidget(), which turns it on

    m_empty->setVisible(products.empty());
    m_empty->setText(catalog.accounts.empty() ? tr("The products show once Caseport has talked to the server.")
                                              : tr("You have no access to any product in this account. "
                                                   "Ask your administrator if you need it."));
}

QWidget* ProductsPage::makeCard(const caseport::Product& product)
{
    const std::string language = m_languages->language().toStdString();
    auto* card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("productCard_%1").arg(qt(product.id)));
    card->setFrameShape(QFrame::StyledPanel);
    card->setProperty("productId", qt(product.id));

    const std::string name = product.name.pick(language);
    auto* title = new QLabel(qt(name.empty() ? product.id : name), card);
    title->setObjectName(QStringLiteral("productName"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const caseport::Catalog& catalog = m_workspace->catalog();
    if (!catalog.user.staff) {
        const auto viewer = accessChoices::viewerOf(catalog, m_workspace->session());
        if (const caseport::Membership* membership = viewer.membershipFor(m_workspace->currentAccount().toStdString())) {
            const caseport::AccessLevel level = membership->levelFor(product.id);
            auto* access = valueLabel(card, AccessText::levelName(level), "productAccess");
            access->setToolTip(AccessText::levelDescription(level));
            form->addRow(tr("Your access:"), access);
        }
    }
    if (!product.supportPhone.empty())
        form->addRow(tr("Phone:"), valueLabel(card, qt(product.supportPhone), "productPhone"));
    if (!product.supportEmail.empty()) {
        const QString email = qt(product.supportEmail);
        auto* mail = valueLabel(card, link(QStringLiteral("mailto:") + email, email), "productEmail");
        mail->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(mail, &QLabel::linkActivated, this, [](const QString& href) { QDesktopServices::openUrl(QUrl(href)); });
        form->addRow(tr("E-mail:"), mail);
    }
    if (const std::string hours = product.supportHours.pick(language); !hours.empty())
        form->addRow(tr("Opening hours:"), valueLabel(card, qt(hours), "productHours"));
    if (!product.guides.empty()) {
        auto* guides = new QVBoxLayout;
        guides->setSpacing(2);
        for (const caseport::GuideLink& guide : product.guides) {
            const std::string guideTitle = guide.title.pick(language);
            auto* label = valueLabel(card, link(qt(guide.url), qt(guideTitle.empty() ? guide.url : guideTitle)),
                                     "guideLink");
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            label->setToolTip(qt(guide.url));
            connect(label, &QLabel::linkActivated, this,
                    [](const QString& href) { QDesktopServices::openUrl(QUrl(href)); });
            guides->addWidget(label);
        }
        form->addRow(tr("Guides:"), guides);
    }
    if (!product.categories.empty()) {
        QStringList names;
        for (const caseport::Category& category : product.categories) {
            const std::string categoryName = category.name.pick(language);
            names.append(qt(categoryName.empty() ? category.id : categoryName));
        }
        //: Separator between the category names listed on the Products page
        const QString separator = tr(", ");
        form->addRow(tr("Categories:"), valueLabel(card, names.join(separator), "productCategories"));
    }

    auto* layout = new QVBoxLayout(card);
    layout->addWidget(title);
    layout->addLayout(form);
    return card;
}

} // namespace caseport::app
