#pragma once

#include <QStyledItemDelegate>

namespace caseport::app {

// Draws and edits the level cells of the members table (MemberTableModel): an editable
// cell opens a combo box (Full / Limited / None) whose pick is committed at once; a
// read-only cell is greyed with a padlock (its tooltip, from the model, says why); a
// changed, unsaved cell is bold.
class AccessLevelDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit AccessLevelDelegate(QObject* parent = nullptr);

    // The padlock as a pixmap, e.g. for a legend next to the table.
    [[nodiscard]] static QPixmap lockPixmap(const QColor& color, int size);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace caseport::app
