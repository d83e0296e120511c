#pragma once

#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeView;

namespace caseport::app {

// The frame of a main-area page that is one list with actions (Drafts, Outbox): a title,
// an intro line, the list, a hint in place of an empty list, and a row of buttons under
// it that act on the selected row. Subclasses add the buttons and the texts.
class ListPage : public QWidget {
    Q_OBJECT
public:
    // stretchColumn takes the width left over; keyRole identifies a row across model
    // resets (the selection stays on the same item when the list is refreshed).
    ListPage(QAbstractItemModel* model, const QString& objectName, int stretchColumn, int keyRole,
             QWidget* parent = nullptr);

    [[nodiscard]] QTreeView* view() const { return m_view; }
    // The selected row of the model, -1 when none.
    [[nodiscard]] int currentRow() const;

protected:
    void changeEvent(QEvent* event) override;
    QPushButton* addButton(const char* objectName);
    void setTexts(const QString& title, const QString& intro, const QString& emptyHint);
    // The selection or the rows changed: enable the buttons that apply.
    virtual void updateActions() = 0;

    QLabel* m_detail = nullptr; // under the list, for the selected row's details

private:
    void updateEmptyHint();

    QAbstractItemModel* m_model;
    int m_keyRole;
    int m_stretchColumn;
    QVariant m_selectedKey; // remembered over a model reset
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_emptyHint = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace caseport::app
