#pragma once

#include "caseport/Case.h"
#include "caseport/Catalog.h"

#include <QString>
#include <QWidget>

class QFormLayout;

namespace caseport::app {

// A case's custom field values as "label: value" rows, in the order of the product's
// form (merged with the category's), labels and choices in the UI language, numbers and
// dates in the user's locale. A value the form no longer knows is shown under its id.
// Hidden when the case has no values.
class CaseFieldsView : public QWidget {
    Q_OBJECT
public:
    explicit CaseFieldsView(QWidget* parent = nullptr);

    void setCase(const caseport::Case& shown, const caseport::Catalog& catalog, const QString& language);

    // One value as text: a choice's label, a locale date or number, Yes/No.
    [[nodiscard]] static QString valueText(const caseport::FormField* field, const nlohmann::json& value,
                                           const caseport::Account* account, const QString& language);

private:
    QFormLayout* m_layout = nullptr;
};

} // namespace caseport::app
