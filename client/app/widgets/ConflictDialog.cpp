#include "ConflictDialog.h"

#include "LanguageManager.h"

#include "caseport/client/CaseMerge.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/Workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStringList>
#include <QVBoxLayout>

namespace caseport::app {

namespace merge = caseport::client::merge;

namespace {
constexpr int kShortValue = 60; // characters that fit on a radio button
constexpr int kValueWidth = 300; // pixels for one side's value
} // namespace
namespace catalogText = caseport::client::catalogText;

namespace {

QString joined(const std::vector<std::string>& values)
{
    QStringList list;
    for (const std::string& value : values)
        list << QString::fromStdString(value);
    return list.join(QStringLiteral(", "));
}

QString fieldsText(const nlohmann::json& fields)
{
    QStringList lines;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(QString::fromStdString(it.key()),
                                              QString::fromStdString(it->is_string() ? it->get<std::string>()
                                                                                     : it->dump()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ConflictDialog::ConflictDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                               qint64 seq, caseport::CaseUpdate mine, caseport::Case current,
                               QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_languages(languages)
    , m_seq(seq)
    , m_mine(std::move(mine))
    , m_current(std::move(current))
{
    setObjectName(QStringLiteral("conflictDialog"));
    //: Window title; %1 is the case number
    setWindowTitle(tr("Case %1 was changed meanwhile").arg(QString::fromStdString(m_current.number)));

    auto* intro = new QLabel(tr("Someone changed this case after you opened it. Choose, field by field, "
                                "whether your change or the version on the server should stay."),
                             this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    QFont bold = font();
    bold.setBold(true);
    const auto heading = [&](const QString& text, int column) {
        auto* label = new QLabel(text, this);
        label->setFont(bold);
        grid->addWidget(label, 0, column);
    };
    heading(tr("Field"), 0);
    heading(tr("Your change"), 1);
    heading(tr("On the server now"), 2);
    int row = 1;
    for (const merge::FieldChoice& choice : merge::fieldsOf(m_mine, m_current)) {
        if (!choice.differs)
            continue; // the same on both sides: nothing to choose
        const QString key = QString::fromStdString(choice.field);
        auto* group = new QButtonGroup(this);
        auto* mineButton = choiceButton(mineText(choice.field), QStringLiteral("keepMine_") + key);
        auto* theirButton = choiceButton(theirText(choice.field), QStringLiteral("takeTheirs_") + key);
        group->addButton(mineButton);
        group->addButton(theirButton);
        mineButton->setChecked(true);
        grid->addWidget(new QLabel(fieldName(choice.field), this), row, 0, Qt::AlignTop);
        grid->addWidget(choiceCell(mineButton), row, 1, Qt::AlignTop);
        grid->addWidget(choiceCell(theirButton), row, 2, Qt::AlignTop);
        m_keepMine.insert(key, mineButton);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    // Own buttons: Qt ships no Swedish catalogue for its stock ones.
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* mineAll = buttons->addButton(tr("Keep &mine"), QDialogButtonBox::ActionRole);
    mineAll->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton* theirsAll = buttons->addButton(tr("Take &theirs"), QDialogButtonBox::ActionRole);
    theirsAll->setObjectName(QStringLiteral("takeTheirsButton"));
    QPushButton* apply = buttons->addButton(tr("&Use my choices"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyChoicesButton"));
    apply->setDefault(true);
    QPushButton* later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("decideLaterButton"));
    connect(mineAll, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(theirsAll, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(apply, &QPushButton::clicked, this, &ConflictDialog::applyChoices);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(2 * kValueWidth + 120);
    adjustSize(); // wrapped values need their height for the width
}

QRadioButton* ConflictDialog::choiceButton(const QString& value, const QString& objectName)
{
    // A radio button does not wrap: a long value gets its first line here (the button
    // carries the whole value as its text for accessibility) and the rest below it.
    auto* button = new QRadioButton(this);
    button->setObjectName(objectName);
    button->setText(value);
    button->setToolTip(value);
    return button;
}

QWidget* ConflictDialog::choiceCell(QRadioButton* button)
{
    const QString value = button->text();
    const bool longValue = value.contains(QLatin1Char('\n')) || value.size() > kShortValue;
    if (!longValue)
        return button;
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QString firstLine = value.section(QLatin1Char('\n'), 0, 0);
    const QString shown = fontMetrics().elidedText(firstLine, Qt::ElideRight, kValueWidth);
    button->setText(shown);
    button->setAccessibleName(value);
    // Under the button: what it could not show (the whole value when even its first line
    // was cut short).
    const QString rest = shown == firstLine ? value.section(QLatin1Char('\n'), 1).trimmed() : value;
    auto* full = new QLabel(rest, cell);
    full->setWordWrap(true);
    full->setTextFormat(Qt::PlainText);
    full->setFixedWidth(kValueWidth);
    // A grid does not ask a nested label for its height at a width: tell it.
    full->setMinimumHeight(full->heightForWidth(kValueWidth));
    full->setEnabled(false); // the full text, greyed: the button above is the choice
    full->setIndent(20);
    layout->addWidget(button);
    layout->addWidget(full);
    return cell;
}

QString ConflictDialog::fieldName(const std::string& field) const
{
    if (field == "subject")
        return tr("Subject");
    if (field == "description")
        return tr("Description");
    if (field == "category")
        return tr("Category");
    if (field == "object")
        return tr("Site");
    if (field == "fields")
        return tr("Details");
    if (field == "status")
        return tr("Status");
    if (field == "answer")
        return tr("Answer");
    if (field == "assignee")
        //: The staff member a case is assigned to
        return tr("Assigned to");
    if (field == "private")
        return tr("Private");
    if (field == "followers")
        return tr("Followers");
    return QString::fromStdString(field);
}

QString ConflictDialog::mineText(const std::string& field) const
{
    return valueText(merge::applied(m_current, m_mine), field);
}

QString ConflictDialog::theirText(const std::string& field) const
{
    return valueText(m_current, field);
}

QString ConflictDialog::valueText(const caseport::Case& c, const std::string& field) const
{
    const caseport::Catalog& catalog = m_workspace->catalog();
    const QString language = m_languages->language();
    QString text;
    if (field == "subject")
        text = QString::fromStdString(c.subject);
    else if (field == "description")
        text = QString::fromStdString(c.description);
    else if (field == "category")
        text = c.category.empty() ? QString() : catalogText::categoryName(catalog.products, c.product, c.category, language);
    else if (field == "object")
        text = QString::fromStdString(c.object);
    else if (field == "fields")
        text = fieldsText(c.fields);
    else if (field == "status")
        text = catalogText::statusLabel(catalog.statuses, c.status, language);
    else if (field == "answer")
        text = QString::fromStdString(c.answer);
    else if (field == "assignee")
        text = QString::fromStdString(c.assignee);
    else if (field == "private")
        text = c.isPrivate ? tr("Yes") : tr("No");
    else if (field == "followers")
        text = joined(c.followers);
    //: Shown for a field with no value
    return text.isEmpty() ? tr("(empty)") : text;
}

std::set<std::string> ConflictDialog::keptFields() const
{
    std::set<std::string> kept;
    for (auto it = m_keepMine.cbegin(); it != m_keepMine.cend(); ++it) {
        if (it.value()->isChecked())
            kept.insert(it.key().toStdString());
    }
    return kept;
}

void ConflictDialog::keepMine()
{
    resolve(merge::allFields(m_mine));
}

void ConflictDialog::takeTheirs()
{
    resolve({});
}

void ConflictDialog::applyChoices()
{
    resolve(keptFields());
}

void ConflictDialog::resolve(const std::set<std::string>& keep)
{
    m_workspace->resolveConflict(m_seq, merge::rebase(m_mine, m_current, keep));
    accept();
}

} // namespace caseport::app
