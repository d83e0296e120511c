#include "CaseListPane.h"

#include "AttachmentListWidget.h"
#include "QueueFilterBar.h"

#include "caseport/client/CaseFilterProxyModel.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace caseport::app {

using caseport::client::CaseFilterProxyModel;
using caseport::client::CaseListModel;
using caseport::client::Workspace;

CaseListPane::CaseListPane(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("caseListPane"));
    CaseListModel* model = m_workspace->caseListModel();
    m_proxy = new CaseFilterProxyModel(this);
    m_proxy->setSourceModel(model);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::Updated, Qt::DescendingOrder);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::Subject, QHeaderView::Stretch);
    // Fixed columns sized for their typical content; Subject takes the rest.
    const QFontMetrics metrics(m_view->font());
    const int padding = 3 * metrics.averageCharWidth();
    header->resizeSection(CaseListModel::Number, metrics.horizontalAdvance(QStringLiteral("CP-0000-000000")) + padding);
    header->resizeSection(CaseListModel::Product, 12 * metrics.averageCharWidth() + padding);
    header->resizeSection(CaseListModel::Status, metrics.horizontalAdvance(QStringLiteral("Under behandling")) + padding);
    header->resizeSection(CaseListModel::Updated, metrics.horizontalAdvance(QStringLiteral("00.00.0000 00.00")) + padding);
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Status")) + padding);
    header->resizeSection(CaseListModel::Account, 14 * metrics.averageCharWidth() + padding);
    header->resizeSection(CaseListModel::Assignee, 12 * metrics.averageCharWidth() + padding);

    // Files dragged onto a case's row become an update on that case.
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);

    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("caseListEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseListPane::onCurrentChanged);
    // A refresh resets the model: put the selection back on the same case.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedId.isEmpty())
            selectCase(m_selectedId);
        updateEmptyHint();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CaseListPane::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CaseListPane::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseListPane::updateEmptyHint);
    connect(m_workspace, &Workspace::catalogChanged, this, &CaseListPane::updateClosedStatuses);
    connect(m_workspace, &Workspace::catalogChanged, this, &CaseListPane::updateStaffColumns);
    updateClosedStatuses();
    updateStaffColumns();
    updateEmptyHint();
}

void CaseListPane::setFilter(Filter filter)
{
    if (m_queue) {
        m_queue = false;
        if (m_queueBar)
            m_queueBar->hide();
        m_proxy->setQueueFilter({}, QString());
        m_workspace->setListEveryAccount(false);
    }
    m_filter = filter;
    m_proxy->setOpenOnly(filter == Filter::Open);
    m_proxy->setFollowedBy(filter == Filter::Followed
                               ? QString::fromStdString(m_workspace->session().user.id)
                               : QString());
    updateEmptyHint();
}

void CaseListPane::setQueueFilterBar(QueueFilterBar* bar)
{
    m_queueBar = bar;
    bar->setParent(this);
    bar->setVisible(m_queue);
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, bar);
    connect(bar, &QueueFilterBar::filterChanged, this, [this](const caseport::client::QueueFilter& f) {
        if (!m_queue)
            return;
        m_proxy->setQueueFilter(f, QString::fromStdString(m_workspace->session().user.id));
        updateEmptyHint();
    });
}

void CaseListPane::showQueue(const caseport::client::QueueFilter& preset)
{
    m_queue = true;
    m_filter = Filter::All;
    m_proxy->setOpenOnly(false);
    m_proxy->setFollowedBy(QString());
    m_workspace->setListEveryAccount(true);
    if (m_queueBar) {
        m_queueBar->show();
        m_queueBar->setFilter(preset); // applies it through filterChanged
    } else {
        m_proxy->setQueueFilter(preset, QString::fromStdString(m_workspace->session().user.id));
    }
    updateEmptyHint();
}

bool CaseListPane::isQueueShown() const
{
    return m_queue;
}

void CaseListPane::updateStaffColumns()
{
    // Customers see one account's cases and never an assignee: no columns for them.
    const bool staff = m_workspace->session().user.staff || m_workspace->catalog().user.staff;
    m_view->setColumnHidden(CaseListModel::Account, !staff);
    m_view->setColumnHidden(CaseListModel::Assignee, !staff);
}

CaseListPane::Filter CaseListPane::filter() const
{
    return m_filter;
}

QString CaseListPane::selectedCaseId() const
{
    return m_selectedId;
}

QTreeView* CaseListPane::view() const
{
    return m_view;
}

void CaseListPane::selectCase(const QString& caseId)
{
    const int sourceRow = m_workspace->caseListModel()->rowOf(caseId);
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex()
                        : m_proxy->mapFromSource(m_workspace->caseListModel()->index(sourceRow, 0));
    if (!index.isValid()) {
        // Gone from the cache, or hidden by the current view.
        m_view->selectionModel()->clearSelection();
        m_selectedId.clear();
        emit selectedCaseChanged(QString());
        return;
    }
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    // Even when the index did not move (same row after a reset), the case data may have.
    m_selectedId = caseId;
    emit selectedCaseChanged(m_selectedId);
}

void CaseListPane::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString id = current.isValid() ? current.data(CaseListModel::CaseIdRole).toString() : QString();
    m_selectedId = id;
    emit selectedCaseChanged(id);
}

void CaseListPane::updateClosedStatuses()
{
    QSet<QString> closed;
    for (const caseport::StatusDefinition& s : m_workspace->catalog().statuses) {
        if (s.closed)
            closed.insert(QString::fromStdString(s.id));
    }
    m_proxy->setClosedStatuses(std::move(closed));
}

void CaseListPane::updateEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    if (empty && m_queue) {
        m_emptyHint->setText(tr("No cases match these filters."));
    } else if (empty) {
        switch (m_filter) {
        case Filter::Open:
            m_emptyHint->setText(tr("No open cases."));
            break;
        case Filter::Followed:
            m_emptyHint->setText(tr("You follow no cases in this account. Cases others add you to "
                                    "as a follower show here."));
            break;
        case Filter::All:
            m_emptyHint->setText(tr("No cases yet. Create one with New case (Ctrl+N)."));
            break;
        }
    }
}

void CaseListPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateEmptyHint();
    QWidget::changeEvent(event);
}

bool CaseListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    const auto caseAt = [this](QPoint at) {
        const QModelIndex index = m_view->indexAt(at);
        return index.isValid() ? index.data(CaseListModel::CaseIdRole).toString() : QString();
    };
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        const bool files = !AttachmentListWidget::localFiles(drag->mimeData()).isEmpty();
        if (files && !caseAt(drag->position().toPoint()).isEmpty())
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString caseId = caseAt(drop->position().toPoint());
        const QStringList files = AttachmentListWidget::localFiles(drop->mimeData());
        if (caseId.isEmpty() || files.isEmpty())
            return true;
        drop->acceptProposedAction();
        emit filesDropped(caseId, files);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace caseport::app
