#include "ThreadView.h"

#include "caseport/Codec.h"
#include "caseport/client/AttachmentFiles.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/OutboxTypes.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QLocale>
#include <QResizeEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QUrl>

namespace caseport::app {

namespace catalogText = caseport::client::catalogText;

namespace {
constexpr qint64 kInlineImageBytes = 5 * 1024 * 1024; // fetched without asking
constexpr int kImageWidth = 360; // at most; less in a narrow view
} // namespace

ThreadView::ThreadView(caseport::client::Workspace* workspace, caseport::client::AttachmentFiles* files,
                       QWidget* parent)
    : QTextBrowser(parent)
    , m_workspace(workspace)
    , m_files(files)
{
    setObjectName(QStringLiteral("caseThread"));
    setOpenExternalLinks(true);
    connect(m_files, &caseport::client::AttachmentFiles::fetched, this, [this](const QString& id) {
        for (const caseport::Attachment& attachment : std::as_const(m_attachments)) {
            if (QString::fromStdString(attachment.id) == id) {
                render();
                return;
            }
        }
    });
    connect(m_workspace, &caseport::client::Workspace::outboxChanged, this, &ThreadView::render);
}

QString ThreadView::linkified(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(R"((https?://|mailto:)[^\s<>"]+[^\s<>".,;:!?)\]])"));
    QString html;
    qsizetype at = 0;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(at, match.capturedStart() - at).toHtmlEscaped();
        const QString url = match.captured();
        html += QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QString::fromLatin1(QUrl(url).toEncoded()).toHtmlEscaped(), url.toHtmlEscaped());
        at = match.capturedEnd();
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

void ThreadView::setThread(const QString& caseId, const QVector<caseport::Post>& posts,
                           const QVector<caseport::Attachment>& attachments)
{
    m_caseId = caseId;
    m_posts = posts;
    m_attachments = attachments;
    for (const caseport::Attachment& attachment : attachments) {
        const bool image = QString::fromStdString(attachment.mime).startsWith(QLatin1String("image/"));
        if (image && !attachment.postId.empty() && attachment.size <= kInlineImageBytes)
            m_files->fetch(attachment);
    }
    render();
}

void ThreadView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        render();
}

void ThreadView::setOpening(const caseport::Case& shown)
{
    if (m_opening == shown)
        return;
    m_opening = shown;
    m_caseId = QString::fromStdString(shown.id);
    render();
}

void ThreadView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void ThreadView::clearThread()
{
    m_opening.reset();
    m_caseId.clear();
    m_posts.clear();
    m_attachments.clear();
    clear();
}

void ThreadView::render()
{
    if (m_caseId.isEmpty())
        return;
    const std::string me = m_workspace->session().user.id;
    const QLocale locale;
    QString html;
    const auto postHtml = [&](const QString& author, const QString& when, const QString& text, bool internal,
                              const QString& extra) {
        const QString ground = internal ? QStringLiteral("#fff4c2") : QStringLiteral("#f3f5f8");
        QString head = QStringLiteral("<b>%1</b> &nbsp;<span style=\"color:#666\">%2</span>")
                           .arg(author.toHtmlEscaped(), when.toHtmlEscaped());
        if (internal)
            //: A label on a staff-only note in the case's conversation
            head += QStringLiteral(" &nbsp;<span style=\"color:#7a5a00\"><b>%1</b></span>")
                        .arg(tr("Internal note — staff only").toHtmlEscaped());
        return QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"margin-bottom:6px\">"
                              "<tr><td style=\"background:%1\">%2<br>%3%4</td></tr></table>")
            .arg(ground, head, text, extra);
    };
    if (m_opening && QString::fromStdString(m_opening->id) == m_caseId) {
        const caseport::Case& c = *m_opening;
        const QString author = c.creator == me ? tr("You") : catalogText::personName(m_workspace->catalog(), c.creator);
        const QString when = catalogText::formatTimestamp(catalogText::parseTimestamp(c.createdAt));
        const QString text = c.description.empty()
            ? QStringLiteral("<i>%1</i>").arg(tr("No description.").toHtmlEscaped())
            : linkified(QString::fromStdString(c.description));
        html += postHtml(author, when, text, false, {});
    }
    for (const caseport::Post& post : std::as_const(m_posts)) {
        QString extra;
        for (const caseport::Attachment& attachment : std::as_const(m_attachments)) {
            if (attachment.postId != post.id)
                continue;
            const QString name = QString::fromStdString(attachment.name);
            const QString path = m_files->localPath(attachment);
            if (QString::fromStdString(attachment.mime).startsWith(QLatin1String("image/")) && !path.isEmpty()) {
                extra += QStringLiteral("<br><img src=\"%1\" width=\"%2\" alt=\"%3\">")
                             .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped())
                             .arg(std::min(kImageWidth, viewport()->width() - 40))
                             .arg(name.toHtmlEscaped());
            } else {
                //: A file attached to a post; %1 its name, %2 its size
                extra += QStringLiteral("<br>📎 ") + tr("%1 (%2)").arg(name, locale.formattedDataSize(attachment.size)).toHtmlEscaped();
            }
        }
        const QString author = post.author == me ? tr("You") : catalogText::personName(m_workspace->catalog(), post.author);
        const QString when = catalogText::formatTimestamp(catalogText::parseTimestamp(post.createdAt));
        html += postHtml(author, when, linkified(QString::fromStdString(post.text)), post.internal, extra);
    }
    // What the user wrote and the server has not got yet.
    for (const caseport::client::OutboxItem& item : m_workspace->outboxItems()) {
        if (item.kind != caseport::client::OutboxItem::Kind::Post || item.caseId != m_caseId)
            continue;
        try {
            const auto pending = caseport::codec::decode<caseport::NewPost>(item.payload.toStdString());
            //: Shown instead of a time on a post that is still in the outbox
            const QString state = item.state == caseport::client::OutboxItem::State::Pending ? tr("Sending…")
                                                                                              : tr("Not sent — see the Outbox");
            html += postHtml(tr("You"), state, linkified(QString::fromStdString(pending.text)), pending.internal, {});
        } catch (const caseport::CodecError&) {
            continue;
        }
    }
    if (m_posts.isEmpty())
        html += QStringLiteral("<p style=\"color:#666\">%1</p>").arg(tr("No updates yet.").toHtmlEscaped());
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    setHtml(html);
    if (verticalScrollBar())
        verticalScrollBar()->setValue(scroll);
}

} // namespace caseport::app
