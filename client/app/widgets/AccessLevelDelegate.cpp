#include "AccessLevelDelegate.h"

#include "caseport/AccessPolicy.h"
#include "caseport/client/AccessText.h"
#include "caseport/client/MemberTableModel.h"

#include <QComboBox>
#include <QPainter>
#include <QPainterPath>

namespace caseport::app {

using caseport::client::AccessText;
using caseport::client::MemberTableModel;

namespace {

constexpr int kLockSize = 12;

bool isLevelCell(const QModelIndex& index)
{
    return !index.data(MemberTableModel::ProductIdRole).toString().isEmpty();
}

bool isLocked(const QModelIndex& index)
{
    return isLevelCell(index)
        && index.data(MemberTableModel::LockRole).toInt() != static_cast<int>(caseport::access::MemberEdit::Allowed);
}

// A padlock drawn with the painter: no icon theme has one everywhere.
void drawLock(QPainter* painter, const QRectF& box, const QColor& color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal w = box.width();
    const QRectF body(box.left() + w * 0.12, box.top() + box.height() * 0.45, w * 0.76, box.height() * 0.5);
    QPen pen(color, std::max<qreal>(1.2, w / 9.0));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF shackle(box.left() + w * 0.27, box.top() + box.height() * 0.08, w * 0.46, box.height() * 0.62);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(body, w * 0.08, w * 0.08);
    painter->restore();
}

} // namespace

AccessLevelDelegate::AccessLevelDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QPixmap AccessLevelDelegate::lockPixmap(const QColor& color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    drawLock(&painter, QRectF(0, 0, size, size), color);
    return pixmap;
}

QWidget* AccessLevelDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    if (!isLevelCell(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("levelEditor"));
    for (const caseport::AccessLevel level :
         {caseport::AccessLevel::Full, caseport::AccessLevel::Limited, caseport::AccessLevel::None}) {
        combo->addItem(AccessText::levelName(level), static_cast<int>(level));
        combo->setItemData(combo->count() - 1, AccessText::levelDescription(level), Qt::ToolTipRole);
    }
    // A pick is the whole edit: commit it and close, no extra Enter needed. (createEditor is
    // const by Qt's signature; the signals emitted are this delegate's own.)
    auto* self = const_cast<AccessLevelDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void AccessLevelDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void AccessLevelDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData(), Qt::EditRole);
}

void AccessLevelDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(MemberTableModel::ChangedRole).toBool())
        option->font.setBold(true);
    if (isLocked(index)) {
        // Greyed like disabled text, but still selectable so the tooltip says why.
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
    }
}

void AccessLevelDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!isLocked(index))
        return;
    const int margin = 4;
    const QRectF box(option.rect.right() - kLockSize - margin, option.rect.center().y() - kLockSize / 2.0,
                     kLockSize, kLockSize);
    drawLock(painter, box, option.palette.color(QPalette::Disabled, QPalette::Text));
}

QSize AccessLevelDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isLevelCell(index))
        size.rwidth() += kLockSize + 8; // room for the padlock
    return size;
}

} // namespace caseport::app
