#include "ShareUpdateBox.h"

#include "AttachmentListWidget.h"

#include "caseport/AccessPolicy.h"
#include "caseport/client/AccessChoices.h"
#include "caseport/client/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseport::app {

ShareUpdateBox::ShareUpdateBox(caseport::client::Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("shareUpdateBox"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("shareUpdateText"));
    m_text->setMaximumHeight(70);
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_internal = new QCheckBox(this);
    m_internal->setObjectName(QStringLiteral("internalNoteCheck"));
    m_files = new AttachmentListWidget(this);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendUpdateButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_files, 1);
    row->addWidget(m_internal);
    row->addWidget(m_send, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(row);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ShareUpdateBox::updateSend);
    connect(m_files, &AttachmentListWidget::filesChanged, this, &ShareUpdateBox::updateSend);
    connect(m_send, &QPushButton::clicked, this, &ShareUpdateBox::send);
    const auto viewer = caseport::client::accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
    m_internal->setVisible(caseport::access::canSeeInternalPosts(viewer));
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, [this] {
        const auto now = caseport::client::accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
        m_internal->setVisible(caseport::access::canSeeInternalPosts(now));
    });
    retranslateUi();
    setCase({}, false);
}

void ShareUpdateBox::retranslateUi()
{
    m_title->setText(tr("Share an update"));
    m_text->setPlaceholderText(tr("Write to the people on this case… (Ctrl+Enter sends)"));
    //: Check box: the post is seen by staff only
    m_internal->setText(tr("&Internal note"));
    m_internal->setToolTip(tr("Only staff see internal notes; the customer never receives them"));
    //: Button: send the update
    m_send->setText(tr("Sen&d"));
}

void ShareUpdateBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ShareUpdateBox::setCase(const QString& caseId, bool mayPost)
{
    if (caseId != m_caseId) {
        // Another case: what was typed for the last one does not belong here.
        m_text->clear();
        m_files->setFiles({});
        m_internal->setChecked(false);
    }
    m_caseId = caseId;
    setVisible(!caseId.isEmpty() && mayPost);
    updateSend();
}

void ShareUpdateBox::updateSend()
{
    const bool content = !m_text->toPlainText().trimmed().isEmpty() || !m_files->files().isEmpty();
    m_send->setEnabled(!m_caseId.isEmpty() && content);
}

void ShareUpdateBox::send()
{
    if (!m_send->isEnabled())
        return;
    caseport::NewPost post;
    post.text = m_text->toPlainText().trimmed().toStdString();
    post.internal = m_internal->isVisible() && m_internal->isChecked();
    m_workspace->addPost(m_caseId, post, m_files->files());
    m_text->clear();
    m_files->setFiles({});
    m_internal->setChecked(false);
}

void ShareUpdateBox::addFiles(const QStringList& files)
{
    m_files->addFiles(files);
    m_text->setFocus();
}

bool ShareUpdateBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_text || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    // Ctrl+Enter sends (a shortcut of the window would also fire in the case form).
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
        send();
        return true;
    }
    if (key->matches(QKeySequence::Paste) && pasteImage())
        return true; // the image became a file; no text to paste
    return QWidget::eventFilter(watched, event);
}

bool ShareUpdateBox::pasteImage()
{
    const QMimeData* clip = QApplication::clipboard()->mimeData();
    if (!clip || !clip->hasImage())
        return false;
    const QImage image = qvariant_cast<QImage>(clip->imageData());
    if (image.isNull())
        return false;
    const QDir folder(m_workspace->cacheFilePath() + QStringLiteral(".pasted"));
    if (!folder.mkpath(QStringLiteral(".")))
        return false;
    //: File name of a screenshot pasted into an update; %1 date and time
    const QString name = tr("Screenshot %1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
    const QString path = folder.filePath(name);
    if (!image.save(path, "PNG"))
        return false;
    m_files->addFiles({path});
    return true;
}

} // namespace caseport::app
