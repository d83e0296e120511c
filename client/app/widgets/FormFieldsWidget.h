#pragma once

#include "caseport/Form.h"
#include "caseport/FormRules.h"

#include <nlohmann/json.hpp>

#include <QPair>
#include <QSet>
#include <QString>
#include <QVector>
#include <QWidget>

#include <map>

class QGridLayout;
class QLabel;

namespace caseport::app {

// The custom fields of a case form, built from the product's (and category's) Form: one
// editor per field (line edit, text box, number, date, choice list, check list, check
// box, site list) with its label in the UI language, help underneath, a red star while
// required and the problem next to the field as the user types. What is visible,
// required and wrong comes from the shared evaluator (caseport/FormRules.h), applied by
// the owner through apply(); this widget holds values, not rules.
// Numbers and dates are typed in the user's locale (ISO dates too) and kept as JSON
// numbers and "YYYY-MM-DD"; text that does not parse is kept as typed so the evaluator
// names the problem.
class FormFieldsWidget : public QWidget {
    Q_OBJECT
public:
    using ObjectChoices = QVector<QPair<QString, QString>>; // id, name

    explicit FormFieldsWidget(QWidget* parent = nullptr);

    // Rebuilds the editors when the form, the language or the objects differ from the
    // current ones; values of fields that stay are kept.
    void setForm(const caseport::Form& form, const QString& language, const ObjectChoices& objects);
    [[nodiscard]] const caseport::Form& form() const { return m_form; }
    [[nodiscard]] const ObjectChoices& objectChoices() const { return m_objects; }
    // The editors in form order, for the owner's tab order.
    [[nodiscard]] QList<QWidget*> editors() const;

    // Every field's value as typed (hidden ones too), without empty ones.
    [[nodiscard]] nlohmann::json values() const;
    // Fills the editors (a reopened draft); not an edit.
    void setValues(const nlohmann::json& values);

    // Shows and hides fields, stars and problems. Problems of empty required fields show
    // only for fields the user has been in, or for all after showAllProblems().
    void apply(const caseport::forms::FormEvaluation& evaluation);
    void showAllProblems();
    void setReadOnly(bool readOnly);

signals:
    // The user changed a value.
    void edited();

private:
    struct Row {
        caseport::FormField field;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* help = nullptr;
        QLabel* error = nullptr;
    };

    void rebuild(const nlohmann::json& keep);
    QWidget* makeEditor(const caseport::FormField& field);
    [[nodiscard]] nlohmann::json valueOf(const Row& row) const;
    void setValue(Row& row, const nlohmann::json& value);
    [[nodiscard]] QString labelText(const caseport::FormField& field, bool required) const;
    [[nodiscard]] QString problemText(const caseport::FormField& field, const std::string& code) const;
    void userEdited(const QString& field);

    caseport::Form m_form;
    QString m_language;
    ObjectChoices m_objects;
    std::vector<Row> m_rows;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_filling = false; // setValues/rebuild: not the user's edits
    QGridLayout* m_grid = nullptr;
};

} // namespace caseport::app
