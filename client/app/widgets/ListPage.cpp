#include "ListPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace caseport::app {

ListPage::ListPage(QAbstractItemModel* model, const QString& objectName, int stretchColumn, int keyRole,
                   QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_keyRole(keyRole)
    , m_stretchColumn(stretchColumn)
{
    setObjectName(objectName);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(objectName + QStringLiteral("List"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);

    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(objectName + QStringLiteral("EmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);

    m_detail = new QLabel(this);
    m_detail->setObjectName(objectName + QStringLiteral("Detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_detail);
    layout->addLayout(m_buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
    const auto refresh = [this] {
        updateEmptyHint();
        updateActions();
    };
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        m_selectedKey = current.isValid() ? current.data(m_keyRole) : QVariant();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, refresh] {
        if (m_selectedKey.isValid()) {
            const QModelIndexList same = m_model->match(m_model->index(0, 0), m_keyRole, m_selectedKey, 1,
                                                        Qt::MatchExactly);
            if (!same.isEmpty())
                m_view->setCurrentIndex(same.first());
        }
        refresh();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateEmptyHint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateEmptyHint);
    updateEmptyHint();
}

void ListPage::changeEvent(QEvent* event)
{
    // The models' texts are translated when shown: refit the columns to the new words.
    if (event->type() == QEvent::LanguageChange) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (column != m_stretchColumn)
                m_view->resizeColumnToContents(column);
        }
    }
    QWidget::changeEvent(event);
}

int ListPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QPushButton* ListPage::addButton(const char* objectName)
{
    auto* button = new QPushButton(this);
    button->setObjectName(QLatin1String(objectName));
    m_buttons->addWidget(button);
    return button;
}

void ListPage::setTexts(const QString& title, const QString& intro, const QString& emptyHint)
{
    m_title->setText(title);
    m_intro->setText(intro);
    m_emptyHint->setText(emptyHint);
}

void ListPage::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_emptyHint->setVisible(empty);
}

} // namespace caseport::app
