#include "NoticeBanner.h"

#include "LanguageManager.h"
#include "NoticeText.h"

#include "caseport/client/Workspace.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace caseport::app {

using caseport::client::Workspace;

NoticeBanner::NoticeBanner(Workspace* workspace, LanguageManager* languages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
    , m_boundary(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(6, 6, 6, 0);
    m_rows->setSpacing(4);
    const QStringList dismissed = QSettings().value(settingsKey()).toStringList();
    m_dismissed = QSet<QString>(dismissed.begin(), dismissed.end());
    m_boundary->setTimerType(Qt::CoarseTimer);
    connect(m_boundary, &QTimer::timeout, this, &NoticeBanner::rebuild);
    connect(m_workspace, &Workspace::catalogChanged, this, &NoticeBanner::rebuild);
    connect(m_workspace, &Workspace::currentAccountChanged, this, &NoticeBanner::rebuild);
    rebuild();
}

QStringList NoticeBanner::shownIds() const
{
    return m_shown;
}

void NoticeBanner::dismiss(const QString& id)
{
    m_dismissed.insert(id);
    // Only ids still in the catalog are kept, so the list does not grow for ever.
    QStringList kept;
    for (const caseport::Notice& notice : m_workspace->catalog().notices) {
        const QString known = QString::fromStdString(notice.id);
        if (m_dismissed.contains(known))
            kept << known;
    }
    QSettings().setValue(settingsKey(), kept);
    rebuild();
}

void NoticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString NoticeBanner::settingsKey() const
{
    const QByteArray who = m_workspace->server().toString().toUtf8() + '\n'
        + QByteArray::fromStdString(m_workspace->session().user.id);
    const QByteArray hash = QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("dismissedNotices/%1").arg(QString::fromLatin1(hash.left(32)));
}

void NoticeBanner::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    const QString language = m_languages->language();
    for (const caseport::Notice& notice : NoticeText::visibleNow(*m_workspace, true)) {
        const QString id = QString::fromStdString(notice.id);
        if (m_dismissed.contains(id))
            continue;
        m_shown << id;
        auto* row = new QFrame(this);
        row->setObjectName(QStringLiteral("notice"));
        row->setProperty("noticeId", id);
        row->setProperty("severity", QString::fromLatin1(caseport::toString(notice.severity)));
        row->setStyleSheet(NoticeText::styleSheet(notice.severity, row->objectName()));
        auto* severity = new QLabel(QStringLiteral("<b>%1</b>").arg(NoticeText::severityName(notice.severity).toHtmlEscaped()), row);
        auto* text = new QLabel(NoticeText::text(notice, language), row);
        text->setObjectName(QStringLiteral("noticeText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setToolTip(NoticeText::validity(notice));
        auto* close = new QToolButton(row);
        close->setObjectName(QStringLiteral("dismissNotice"));
        close->setAutoRaise(true);
        close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        close->setToolTip(tr("Hide this notice (the Notices page still lists it)"));
        close->setAccessibleName(tr("Hide notice"));
        connect(close, &QToolButton::clicked, this, [this, id] { dismiss(id); });
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(8, 4, 4, 4);
        layout->addWidget(severity, 0, Qt::AlignTop);
        layout->addWidget(text, 1);
        layout->addWidget(close, 0, Qt::AlignTop);
        m_rows->addWidget(row);
    }
    setVisible(!m_shown.isEmpty());
    NoticeText::scheduleNextBoundary(m_boundary, m_workspace->catalog());
}

} // namespace caseport::app
