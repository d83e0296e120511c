#include "FormFieldsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>

#include <cmath>

namespace caseport::app {
namespace {

using Json = nlohmann::json;

const QString kStar = QStringLiteral(" <span style=\"color:#c4001a;\">*</span>");

QString pick(const caseport::LocalizedText& text, const QString& language)
{
    return QString::fromStdString(text.pick(language.toStdString()));
}

QString localNumber(double value)
{
    return QLocale().toString(value, 'g', 15);
}

// A number as typed in the user's locale (or plainly, "7.5"); nullopt if it is none.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QDate parseDate(const QString& text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(text, QLocale::ShortFormat);
    if (!date.isValid())
        date = QLocale().toDate(text, QLocale::LongFormat);
    return date;
}

} // namespace

FormFieldsWidget::FormFieldsWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("formFields"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(4);
}

void FormFieldsWidget::setForm(const caseport::Form& form, const QString& language, const ObjectChoices& objects)
{
    if (form == m_form && language == m_language && objects == m_objects)
        return;
    const Json keep = values();
    m_form = form;
    m_language = language;
    m_objects = objects;
    rebuild(keep);
}

void FormFieldsWidget::rebuild(const Json& keep)
{
    for (Row& row : m_rows) {
        for (QWidget* w : {static_cast<QWidget*>(row.label), row.editor, static_cast<QWidget*>(row.help),
                           static_cast<QWidget*>(row.error)})
            delete w;
    }
    m_rows.clear();
    int line = 0;
    for (const caseport::FormField& field : m_form.fields) {
        Row row;
        row.field = field;
        const QString id = QString::fromStdString(field.id);
        row.editor = makeEditor(field);
        row.editor->setObjectName(QStringLiteral("field_") + id);
        row.label = new QLabel(labelText(field, field.required), this);
        row.label->setObjectName(QStringLiteral("fieldLabel_") + id);
        row.label->setTextFormat(Qt::RichText);
        row.label->setBuddy(row.editor);
        row.help = new QLabel(pick(field.help, m_language), this);
        row.help->setWordWrap(true);
        row.help->setEnabled(false); // greyed: an explanation
        row.help->setVisible(!row.help->text().isEmpty());
        row.error = new QLabel(this);
        row.error->setObjectName(QStringLiteral("fieldError_") + id);
        row.error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        row.error->setWordWrap(true);
        row.error->hide();
        m_grid->addWidget(row.label, line, 0, Qt::AlignTop);
        m_grid->addWidget(row.editor, line++, 1);
        m_grid->addWidget(row.help, line++, 1);
        m_grid->addWidget(row.error, line++, 1);
        m_rows.push_back(row);
    }
    setValues(keep);
}

QWidget* FormFieldsWidget::makeEditor(const caseport::FormField& field)
{
    const QString id = QString::fromStdString(field.id);
    switch (field.type) {
    case caseport::FieldType::MultiLineText: {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, id] { userEdited(id); });
        return edit;
    }
    case caseport::FieldType::SingleChoice:
    case caseport::FieldType::ObjectPicker: {
        auto* combo = new QComboBox(this);
        //: First entry of a choice field on the case form: nothing chosen
        combo->addItem(tr("(none)"), QString());
        if (field.type == caseport::FieldType::ObjectPicker) {
            for (const auto& [objectId, name] : m_objects)
                combo->addItem(name, objectId);
        } else {
            for (const caseport::FieldChoice& choice : field.choices)
                combo->addItem(pick(choice.label, m_language), QString::fromStdString(choice.id));
        }
        connect(combo, &QComboBox::activated, this, [this, id] { userEdited(id); });
        return combo;
    }
    case caseport::FieldType::MultiChoice: {
        auto* list = new QListWidget(this);
        for (const caseport::FieldChoice& choice : field.choices) {
            auto* item = new QListWidgetItem(pick(choice.label, m_language), list);
            item->setData(Qt::UserRole, QString::fromStdString(choice.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * (static_cast<int>(field.choices.size()) + 1) + 6);
        connect(list, &QListWidget::itemChanged, this, [this, id] { userEdited(id); });
        return list;
    }
    case caseport::FieldType::Checkbox: {
        auto* box = new QCheckBox(this);
        connect(box, &QCheckBox::clicked, this, [this, id] { userEdited(id); });
        return box;
    }
    case caseport::FieldType::Number:
    case caseport::FieldType::Date:
    case caseport::FieldType::Text:
        break;
    }
    auto* edit = new QLineEdit(this);
    if (field.type == caseport::FieldType::Date)
        //: Placeholder of a date field; %1 is today in the user's short date format
        edit->setPlaceholderText(tr("YYYY-MM-DD or %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    connect(edit, &QLineEdit::textEdited, this, [this, id] { userEdited(id); });
    return edit;
}

QList<QWidget*> FormFieldsWidget::editors() const
{
    QList<QWidget*> out;
    for (const Row& row : m_rows)
        out.append(row.editor);
    return out;
}

void FormFieldsWidget::userEdited(const QString& field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    emit edited();
}

Json FormFieldsWidget::valueOf(const Row& row) const
{
    switch (row.field.type) {
    case caseport::FieldType::Text:
    case caseport::FieldType::Number:
    case caseport::FieldType::Date: {
        const QString text = static_cast<QLineEdit*>(row.editor)->text().trimmed();
        if (text.isEmpty())
            return nullptr;
        if (row.field.type == caseport::FieldType::Number) {
            if (auto number = parseNumber(text)) {
                if (*number == std::floor(*number) && std::fabs(*number) < 9e15)
                    return static_cast<std::int64_t>(*number);
                return *number;
            }
        } else if (row.field.type == caseport::FieldType::Date) {
            if (const QDate date = parseDate(text); date.isValid())
                return date.toString(Qt::ISODate).toStdString();
        }
        return text.toStdString(); // as typed: the evaluator says what is wrong
    }
    case caseport::FieldType::MultiLineText: {
        const QString text = static_cast<QPlainTextEdit*>(row.editor)->toPlainText();
        return text.trimmed().isEmpty() ? Json() : Json(text.toStdString());
    }
    case caseport::FieldType::SingleChoice:
    case caseport::FieldType::ObjectPicker: {
        const QString id = static_cast<QComboBox*>(row.editor)->currentData().toString();
        return id.isEmpty() ? Json() : Json(id.toStdString());
    }
    case caseport::FieldType::MultiChoice: {
        Json ids = Json::array();
        const auto* list = static_cast<QListWidget*>(row.editor);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids.push_back(list->item(i)->data(Qt::UserRole).toString().toStdString());
        return ids.empty() ? Json() : ids;
    }
    case caseport::FieldType::Checkbox:
        return static_cast<QCheckBox*>(row.editor)->isChecked() ? Json(true) : Json();
    }
    return nullptr;
}

Json FormFieldsWidget::values() const
{
    Json out = Json::object();
    for (const Row& row : m_rows)
        if (Json value = valueOf(row); !value.is_null())
            out[row.field.id] = std::move(value);
    return out;
}

void FormFieldsWidget::setValues(const Json& values)
{
    m_filling = true;
    for (Row& row : m_rows) {
        const auto found = values.is_object() ? values.find(row.field.id) : values.end();
        setValue(row, values.is_object() && found != values.end() ? *found : Json());
    }
    m_filling = false;
}

void FormFieldsWidget::setValue(Row& row, const Json& value)
{
    const QSignalBlocker blocker(row.editor);
    const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    switch (row.field.type) {
    case caseport::FieldType::Text:
    case caseport::FieldType::Date:
        static_cast<QLineEdit*>(row.editor)->setText(text);
        return;
    case caseport::FieldType::Number:
        static_cast<QLineEdit*>(row.editor)->setText(value.is_number() ? localNumber(value.get<double>()) : text);
        return;
    case caseport::FieldType::MultiLineText:
        static_cast<QPlainTextEdit*>(row.editor)->setPlainText(text);
        return;
    case caseport::FieldType::SingleChoice:
    case caseport::FieldType::ObjectPicker: {
        auto* combo = static_cast<QComboBox*>(row.editor);
        combo->setCurrentIndex(std::max(combo->findData(text), 0));
        return;
    }
    case caseport::FieldType::MultiChoice: {
        auto* list = static_cast<QListWidget*>(row.editor);
        for (int i = 0; i < list->count(); ++i) {
            const std::string id = list->item(i)->data(Qt::UserRole).toString().toStdString();
            const bool on = value.is_array() && std::find(value.begin(), value.end(), Json(id)) != value.end();
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        return;
    }
    case caseport::FieldType::Checkbox:
        static_cast<QCheckBox*>(row.editor)->setChecked(value.is_boolean() && value.get<bool>());
        return;
    }
}

void FormFieldsWidget::apply(const caseport::forms::FormEvaluation& evaluation)
{
    for (Row& row : m_rows) {
        const bool visible = evaluation.isVisible(row.field.id);
        const bool required = evaluation.isRequired(row.field.id);
        row.label->setText(labelText(row.field, required));
        row.label->setVisible(visible);
        row.editor->setVisible(visible);
        row.help->setVisible(visible && !row.help->text().isEmpty());
        const caseport::forms::FormProblem* problem = evaluation.problemFor(row.field.id);
        const bool quiet = problem && problem->code == caseport::forms::problem::kRequired && !m_showAll
            && !m_touched.contains(QString::fromStdString(row.field.id));
        const bool show = visible && problem && !quiet;
        row.error->setText(show ? problemText(row.field, problem->code) : QString());
        row.error->setVisible(show);
    }
}

void FormFieldsWidget::showAllProblems()
{
    m_showAll = true;
}

void FormFieldsWidget::setReadOnly(bool readOnly)
{
    for (Row& row : m_rows)
        row.editor->setEnabled(!readOnly);
}

QString FormFieldsWidget::labelText(const caseport::FormField& field, bool required) const
{
    QString label = pick(field.label, m_language).toHtmlEscaped();
    if (label.isEmpty())
        label = QString::fromStdString(field.id).toHtmlEscaped();
    //: A custom field's label on the case form; %1 is the label the administrator chose
    label = tr("%1:").arg(label);
    return required ? label + kStar : label;
}

QString FormFieldsWidget::problemText(const caseport::FormField& field, const std::string& code) const
{
    namespace problem = caseport::forms::problem;
    if (code == problem::kRequired)
        return field.type == caseport::FieldType::Checkbox ? tr("Tick this box to go on.")
                                                           : tr("Fill in this field.");
    if (code == problem::kBadDate || (code == problem::kWrongType && field.type == caseport::FieldType::Date))
        //: %1 is today's date in the user's short date format, as an example
        return tr("Enter a date, e.g. %1.").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    if (code == problem::kWrongType && field.type == caseport::FieldType::Number)
        return tr("Enter a number.");
    if (code == problem::kOutOfRange) {
        if (field.min && field.max)
            return tr("Enter a number from %1 to %2.").arg(localNumber(*field.min), localNumber(*field.max));
        if (field.min)
            return tr("Enter a number of at least %1.").arg(localNumber(*field.min));
        return tr("Enter a number of at most %1.").arg(localNumber(field.max.value_or(0)));
    }
    if (code == problem::kNotAChoice)
        return tr("Choose one of the options.");
    return tr("This value is not valid.");
}

} // namespace caseport::app
