#include "CaseView.h"

#include "AnswerPanel.h"
#include "AttachmentListWidget.h"
#include "FollowersWidget.h"
#include "ClosedCaseNotice.h"
#include "LanguageManager.h"
#include "RelatedFilesWidget.h"
#include "ShareUpdateBox.h"
#include "StaffCaseBar.h"
#include "CaseFieldsView.h"
#include "ThreadView.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/AttachmentFiles.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/Workspace.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace caseport::app {

namespace catalogText = caseport::client::catalogText;
namespace {

QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString badgeStyle(const char* background, const char* foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 8px; }")
        .arg(QLatin1String(background), QLatin1String(foreground));
}

} // namespace

CaseView::CaseView(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("caseView"));
    m_files = new caseport::client::AttachmentFiles(m_workspace, this);
    setAcceptDrops(true);
    buildUi();
    retranslateUi();
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &CaseView::render);
    connect(m_workspace, &caseport::client::Workspace::threadChanged, this, [this](const QString& caseId) {
        if (caseId == shownCaseId())
            loadThread();
    });
    connect(m_workspace, &caseport::client::Workspace::threadLoaded, this,
            [this](const QString& caseId, const QVector<caseport::Post>& posts,
                   const QVector<caseport::Attachment>& attachments) {
                if (caseId != shownCaseId())
                    return; // an answer for a case shown before
                m_thread->setThread(caseId, posts, attachments);
                m_related->setAttachments(attachments);
            });
}

bool CaseView::addFilesToUpdate(const QStringList& files)
{
    if (!m_case || !m_share->isVisible() || files.isEmpty())
        return false;
    m_share->addFiles(files);
    return true;
}

void CaseView::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_case && m_share->isVisible() && !AttachmentListWidget::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CaseView::dropEvent(QDropEvent* event)
{
    if (addFilesToUpdate(AttachmentListWidget::localFiles(event->mimeData())))
        event->acceptProposedAction();
}

void CaseView::loadThread()
{
    m_workspace->loadThread(shownCaseId());
}

void CaseView::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto* page = new QWidget(this);
    m_number = valueLabel(page, "caseNumber");
    m_number->setWordWrap(false);
    m_subject = valueLabel(page, "caseSubject");
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.3);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_statusBadge = valueLabel(page, "caseStatus");
    m_statusBadge->setWordWrap(false);
    m_privateBadge = valueLabel(page, "casePrivate");
    m_privateBadge->setWordWrap(false);
    m_privateBadge->setStyleSheet(badgeStyle("#fde7e9", "#8a1020"));

    auto* badges = new QHBoxLayout;
    badges->addWidget(m_number);
    badges->addWidget(m_statusBadge);
    badges->addWidget(m_privateBadge);
    badges->addStretch(1);
    m_edit = new QPushButton(page);
    m_edit->setObjectName(QStringLiteral("editCaseButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_case)
            emit editRequested(*m_case);
    });
    badges->addWidget(m_edit);
    m_staffBar = new StaffCaseBar(m_workspace, m_languages, page);
    connect(m_staffBar, &StaffCaseBar::changeQueued, this, &CaseView::staffChangeQueued);

    m_productLabel = new QLabel(page);
    m_product = valueLabel(page, "caseProduct");
    m_categoryLabel = new QLabel(page);
    m_category = valueLabel(page, "caseCategory");
    m_createdLabel = new QLabel(page);
    m_created = valueLabel(page, "caseCreated");
    m_updatedLabel = new QLabel(page);
    m_updated = valueLabel(page, "caseUpdated");
    m_creatorLabel = new QLabel(page);
    m_creator = valueLabel(page, "caseCreator");

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->addRow(m_productLabel, m_product);
    facts->addRow(m_categoryLabel, m_category);
    facts->addRow(m_createdLabel, m_created);
    facts->addRow(m_updatedLabel, m_updated);
    facts->addRow(m_creatorLabel, m_creator);

    m_followers = new FollowersWidget(m_workspace, page);

    m_threadLabel = new QLabel(page);
    QFont bold = m_threadLabel->font();
    bold.setBold(true);
    m_threadLabel->setFont(bold);
    m_thread = new ThreadView(m_workspace, m_files, page);
    m_related = new RelatedFilesWidget(m_files, page);
    m_related->hide();
    m_share = new ShareUpdateBox(m_workspace, page);
    m_answer = new AnswerPanel(page);
    m_closedNotice = new ClosedCaseNotice(m_workspace, page);
    connect(m_closedNotice, &ClosedCaseNotice::newCaseRequested, this, &CaseView::newCaseRequested);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(badges);
    layout->addWidget(m_staffBar);
    layout->addWidget(m_subject);
    layout->addSpacing(6);
    layout->addLayout(facts);
    layout->addWidget(m_followers);
    m_fields = new CaseFieldsView(page);
    layout->addWidget(m_fields);
    layout->addSpacing(6);
    layout->addWidget(m_answer);
    layout->addWidget(m_threadLabel);
    layout->addWidget(m_thread, 1);
    layout->addWidget(m_related);
    layout->addWidget(m_closedNotice);
    layout->addWidget(m_share);
    m_stack->addWidget(page);
}

void CaseView::retranslateUi()
{
    m_placeholder->setText(tr("Select a case to see it here."));
    //: Button: change the shown case's subject, description or status
    m_edit->setText(tr("&Edit…"));
    m_productLabel->setText(tr("Product:"));
    m_categoryLabel->setText(tr("Category:"));
    m_createdLabel->setText(tr("Created:"));
    m_updatedLabel->setText(tr("Updated:"));
    //: The person who filed the case
    m_creatorLabel->setText(tr("Created by:"));
    //: Heading above the posts of a case
    m_threadLabel->setText(tr("Conversation"));
    //: A badge on a case only its creator and staff can see
    m_privateBadge->setText(tr("Private"));
    m_privateBadge->setToolTip(tr("Only you and staff can see this case"));
    render();
}

void CaseView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseView::showCase(const caseport::Case& shown)
{
    const bool another = !m_case || m_case->id != shown.id;
    m_case = shown;
    render();
    if (another) {
        m_thread->clearThread();
        m_related->setAttachments({});
        loadThread();
    }
}

void CaseView::clear()
{
    m_case.reset();
    m_staffBar->setCase(std::nullopt);
    m_thread->clearThread();
    m_share->setCase({}, false);
    m_followers->setCase(std::nullopt);
    render();
}

QString CaseView::shownCaseId() const
{
    return m_case ? QString::fromStdString(m_case->id) : QString();
}

void CaseView::render()
{
    if (!m_case) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const caseport::Case& c = *m_case;
    const caseport::Catalog& catalog = m_workspace->catalog();
    const QString language = m_languages->language();

    m_number->setText(c.number.empty() ? tr("(no number yet)") : QString::fromStdString(c.number));
    m_subject->setText(QString::fromStdString(c.subject));
    m_statusBadge->setText(catalogText::statusLabel(catalog.statuses, c.status, language));
    bool closed = false;
    for (const caseport::StatusDefinition& s : catalog.statuses)
        closed = closed || (s.id == c.status && s.closed);
    m_statusBadge->setStyleSheet(closed ? badgeStyle("#e6e6e6", "#404040") : badgeStyle("#dcebfb", "#0b4a8b"));
    m_privateBadge->setVisible(c.isPrivate);
    const auto viewer = caseport::client::accessChoices::viewerOf(catalog, m_workspace->session());
    m_edit->setVisible(caseport::access::canEditCase(viewer, caseport::access::factsOf(c)));
    const bool mayPost = caseport::access::canPost(viewer, caseport::access::factsOf(c));
    m_closedNotice->setCase(c, mayPost);
    m_share->setCase(QString::fromStdString(c.id), mayPost && m_closedNotice->takesUpdates());
    m_answer->setCase(c, closed);

    m_product->setText(catalogText::productName(catalog.products, c.product, language));
    const QString category = catalogText::categoryName(catalog.products, c.product, c.category, language);
    m_category->setText(category.isEmpty() ? QStringLiteral("—") : category);
    m_created->setText(catalogText::formatTimestamp(catalogText::parseTimestamp(c.createdAt)));
    m_updated->setText(catalogText::formatTimestamp(catalogText::parseTimestamp(c.updatedAt)));

    QString creator = catalogText::personName(catalog, c.creator);
    const caseport::UserProfile& me = m_workspace->session().user;
    if (c.creator == me.id && !me.name.empty())
        //: %1 is the user's own name; the case was filed by them
        creator = tr("%1 (you)").arg(QString::fromStdString(me.name));
    if (c.channel == caseport::channel::kPhone)
        //: %1 is who the case is for, %2 the staff member who took their call and filed it
        creator = tr("%1 — phone call, registered by %2")
                      .arg(creator, catalogText::personName(catalog, c.onBehalfBy.empty() ? c.creator : c.onBehalfBy));
    else if (!c.onBehalfBy.empty())
        //: %1 is who the case is for, %2 the staff member who filed it for them
        creator = tr("%1, filed by %2").arg(creator, catalogText::personName(catalog, c.onBehalfBy));
    m_creator->setText(creator);
    m_fields->setCase(c, catalog, language);

    m_staffBar->setCase(c);
    m_followers->setCase(c);
    m_thread->setOpening(c); // the description opens the conversation
    m_stack->setCurrentIndex(1);
}

} // namespace caseport::app
