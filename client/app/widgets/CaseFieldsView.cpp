#include "CaseFieldsView.h"

#include "caseport/FormRules.h"

#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace caseport::app {
namespace {

QString pick(const caseport::LocalizedText& text, const QString& language)
{
    return QString::fromStdString(text.pick(language.toStdString()));
}

QString choiceLabel(const caseport::FormField& field, const std::string& id, const QString& language)
{
    for (const caseport::FieldChoice& choice : field.choices)
        if (choice.id == id)
            return pick(choice.label, language);
    return QString::fromStdString(id);
}

} // namespace

CaseFieldsView::CaseFieldsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseFields"));
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setLabelAlignment(Qt::AlignLeft);
}

QString CaseFieldsView::valueText(const caseport::FormField* field, const nlohmann::json& value,
                                  const caseport::Account* account, const QString& language)
{
    if (value.is_array()) {
        QStringList parts;
        for (const auto& item : value)
            parts << valueText(field, item, account, language);
        return QLocale().createSeparatedList(parts);
    }
    if (value.is_boolean())
        return value.get<bool>() ? tr("Yes") : tr("No");
    if (value.is_number())
        return QLocale().toString(value.get<double>(), 'g', 15);
    const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
    if (!field)
        return QString::fromStdString(text);
    switch (field->type) {
    case caseport::FieldType::Date: {
        const QDate date = QDate::fromString(QString::fromStdString(text), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString::fromStdString(text);
    }
    case caseport::FieldType::SingleChoice:
    case caseport::FieldType::MultiChoice:
        return choiceLabel(*field, text, language);
    case caseport::FieldType::ObjectPicker:
        if (account)
            for (const caseport::SiteObject& object : account->objects)
                if (object.id == text)
                    return QString::fromStdString(object.name);
        break;
    default:
        break;
    }
    return QString::fromStdString(text);
}

void CaseFieldsView::setCase(const caseport::Case& shown, const caseport::Catalog& catalog, const QString& language)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    caseport::Form form;
    for (const caseport::Product& product : catalog.products)
        if (product.id == shown.product)
            form = caseport::forms::formFor(product, shown.category);
    const caseport::Account* account = nullptr;
    for (const caseport::Account& a : catalog.accounts)
        if (a.id == shown.account)
            account = &a;
    auto addRow = [&](const caseport::FormField* field, const std::string& id, const nlohmann::json& value) {
        QString label = field ? pick(field->label, language) : QString();
        if (label.isEmpty())
            label = QString::fromStdString(id);
        auto* text = new QLabel(valueText(field, value, account, language), this);
        text->setObjectName(QStringLiteral("caseField_") + QString::fromStdString(id));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        //: A custom field's label in the case view; %1 is the label the administrator chose
        m_layout->addRow(tr("%1:").arg(label), text);
    };
    const nlohmann::json& values = shown.fields;
    if (values.is_object()) {
        for (const caseport::FormField& field : form.fields)
            if (auto it = values.find(field.id); it != values.end() && !it->is_null())
                addRow(&field, field.id, *it);
        for (const auto& [id, value] : values.items())
            if (!form.findField(id) && !value.is_null())
                addRow(nullptr, id, value);
    }
    setVisible(m_layout->rowCount() > 0);
}

} // namespace caseport::app
