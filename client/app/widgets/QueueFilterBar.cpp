#include "QueueFilterBar.h"

#include "LanguageManager.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

namespace caseport::app {

using caseport::client::QueueFilter;

namespace {

// The status combo's "every state that is not closed"; '@' is never in a state id.
const QString kOpenStates = QStringLiteral("@open");

QComboBox* combo(QWidget* parent, const char* objectName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void selectData(QComboBox* box, const QVariant& value)
{
    box->setCurrentIndex(std::max(box->findData(value), 0));
}

} // namespace

QueueFilterBar::QueueFilterBar(caseport::client::Workspace* workspace, LanguageManager* languages,
                               QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("queueFilterBar"));
    m_statusLabel = new QLabel(this);
    m_status = combo(this, "queueStatusFilter");
    m_productLabel = new QLabel(this);
    m_product = combo(this, "queueProductFilter");
    m_accountLabel = new QLabel(this);
    m_account = combo(this, "queueAccountFilter");
    m_assigneeLabel = new QLabel(this);
    m_assignee = combo(this, "queueAssigneeFilter");
    m_ageLabel = new QLabel(this);
    m_age = combo(this, "queueAgeFilter");
    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("queueResetFilter"));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_reset->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    const std::initializer_list<std::pair<QLabel*, QComboBox*>> pairs{
        {m_statusLabel, m_status}, {m_assigneeLabel, m_assignee}, {m_productLabel, m_product},
        {m_accountLabel, m_account}, {m_ageLabel, m_age}};
    for (const auto& [label, box] : pairs) {
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
        layout->addSpacing(6);
        connect(box, &QComboBox::activated, this, [this] { emit filterChanged(filter()); });
    }
    layout->addStretch(1);
    layout->addWidget(m_reset);
    connect(m_reset, &QToolButton::clicked, this, [this] { setFilter({}); });
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &QueueFilterBar::fillChoices);
    retranslateUi();
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    const QString status = m_status->currentData().toString();
    f.openOnly = status == kOpenStates;
    f.status = f.openOnly ? QString() : status;
    f.product = m_product->currentData().toString();
    f.account = m_account->currentData().toString();
    f.assignee = static_cast<QueueFilter::Assignee>(m_assignee->currentData().toInt());
    f.olderThanDays = m_age->currentData().toInt();
    return f;
}

void QueueFilterBar::setFilter(const QueueFilter& filter)
{
    selectData(m_status, filter.openOnly ? kOpenStates : filter.status);
    selectData(m_product, filter.product);
    selectData(m_account, filter.account);
    selectData(m_assignee, static_cast<int>(filter.assignee));
    selectData(m_age, filter.olderThanDays);
    emit filterChanged(this->filter());
}

void QueueFilterBar::retranslateUi()
{
    //: Staff queue filter label
    m_statusLabel->setText(tr("Stat&us:"));
    //: Staff queue filter label: who the case is assigned to
    m_assigneeLabel->setText(tr("Assi&gned:"));
    m_productLabel->setText(tr("Pro&duct:"));
    m_accountLabel->setText(tr("Acc&ount:"));
    //: Staff queue filter label: how long ago the case was filed
    m_ageLabel->setText(tr("A&ge:"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Show every case again"));

    const QueueFilter current = filter();
    {
        const QSignalBlocker blocker(m_assignee);
        m_assignee->clear();
        //: Assignee filter: cases assigned to anyone or nobody
        m_assignee->addItem(tr("Anyone"), static_cast<int>(QueueFilter::Assignee::Anyone));
        m_assignee->addItem(tr("Unassigned"), static_cast<int>(QueueFilter::Assignee::Unassigned));
        //: Assignee filter: cases assigned to the user
        m_assignee->addItem(tr("Mine"), static_cast<int>(QueueFilter::Assignee::Mine));
        selectData(m_assignee, static_cast<int>(current.assignee));
    }
    {
        const QSignalBlocker blocker(m_age);
        m_age->clear();
        //: Age filter: cases of any age
        m_age->addItem(tr("Any age"), 0);
        for (int days : {1, 3, 7})
            //: Age filter: cases filed more than %n days ago
            m_age->addItem(tr("Older than %n day(s)", nullptr, days), days);
        selectData(m_age, current.olderThanDays);
    }
    fillChoices();
}

void QueueFilterBar::fillChoices()
{
    namespace accessChoices = caseport::client::accessChoices;
    const caseport::Catalog& catalog = m_workspace->catalog();
    const QString language = m_languages->language();
    const QueueFilter before = filter();
    const QString status = m_status->currentData().toString();
    const QString product = m_product->currentData().toString();
    const QString account = m_account->currentData().toString();
    {
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        //: Status filter: every status
        m_status->addItem(tr("Any status"), QString());
        //: Status filter: every status that is not a closed one
        m_status->addItem(tr("All open"), kOpenStates);
        for (const caseport::StatusDefinition& s : catalog.statuses)
            m_status->addItem(caseport::client::catalogText::statusLabel(catalog.statuses, s.id, language),
                              QString::fromStdString(s.id));
        selectData(m_status, status);
    }
    {
        const QSignalBlocker blocker(m_product);
        m_product->clear();
        //: Product filter: every product
        m_product->addItem(tr("All products"), QString());
        for (const caseport::Product& p : catalog.products)
            m_product->addItem(caseport::client::catalogText::productName(catalog.products, p.id, language),
                               QString::fromStdString(p.id));
        selectData(m_product, product);
    }
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        //: Account filter: every account
        m_account->addItem(tr("All accounts"), QString());
        for (const auto& choice : accessChoices::accounts(catalog))
            m_account->addItem(choice.name, choice.id);
        selectData(m_account, account);
    }
    if (filter() != before) // a chosen product or account left the catalog
        emit filterChanged(filter());
}

void QueueFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace caseport::app
