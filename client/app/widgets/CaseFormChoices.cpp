#include "CaseFormChoices.h"

#include "caseport/AccessPolicy.h"

namespace caseport::app::caseFormChoices {
namespace {

QString nameOr(const caseport::LocalizedText& name, const std::string& id, const std::string& language)
{
    const std::string picked = name.pick(language);
    return QString::fromStdString(picked.empty() ? id : picked);
}

} // namespace

QVector<Choice> creatableProducts(const caseport::Catalog& catalog, const caseport::SessionInfo& session,
                                  const QString& account, const QString& language)
{
    caseport::access::Viewer viewer;
    viewer.id = catalog.user.id.empty() ? session.user.id : catalog.user.id;
    viewer.staff = catalog.user.staff || session.user.staff;
    viewer.memberships = catalog.memberships;

    const std::string lang = language.toStdString();
    QVector<Choice> choices;
    for (const caseport::Product& product : catalog.products) {
        // No object yet: a membership scoped to objects is decided once the form asks for one.
        if (caseport::access::canCreateCase(viewer, account.toStdString(), product.id, {}))
            choices.append({QString::fromStdString(product.id), nameOr(product.name, product.id, lang)});
    }
    return choices;
}

QVector<Choice> categoriesOf(const caseport::Catalog& catalog, const QString& product, const QString& language)
{
    const std::string id = product.toStdString();
    const std::string lang = language.toStdString();
    QVector<Choice> choices;
    for (const caseport::Product& p : catalog.products) {
        if (p.id != id)
            continue;
        for (const caseport::Category& category : p.categories)
            choices.append({QString::fromStdString(category.id), nameOr(category.name, category.id, lang)});
    }
    return choices;
}

} // namespace caseport::app::caseFormChoices
