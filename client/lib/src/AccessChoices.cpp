#include "caseport/client/AccessChoices.h"

#include <algorithm>

namespace caseport::client::accessChoices {
namespace {

QString nameOr(const caseport::LocalizedText& name, const std::string& id, const QString& language)
{
    const std::string picked = name.pick(language.toStdString());
    return QString::fromStdString(picked.empty() ? id : picked);
}

// Every product, or just `product` when one is named.
std::vector<std::string> productIds(const Catalog& catalog, const QString& product)
{
    if (!product.isEmpty())
        return {product.toStdString()};
    std::vector<std::string> ids;
    for (const Product& p : catalog.products)
        ids.push_back(p.id);
    return ids;
}

bool usableWithSomeObject(const Catalog& catalog, const access::Viewer& viewer, const std::string& account,
                          const std::string& product)
{
    if (access::canCreateCase(viewer, account, product, {}))
        return true;
    const Account* a = findAccount(catalog, QString::fromStdString(account));
    return a && std::any_of(a->objects.begin(), a->objects.end(), [&](const SiteObject& o) {
               return access::canCreateCase(viewer, account, product, o.id);
           });
}

} // namespace

access::Viewer viewerOf(const Catalog& catalog, const SessionInfo& session)
{
    access::Viewer viewer;
    viewer.id = catalog.user.id.empty() ? session.user.id : catalog.user.id;
    viewer.staff = catalog.user.id.empty() ? session.user.staff : catalog.user.staff;
    viewer.memberships = catalog.memberships;
    return viewer;
}

QVector<Choice> accounts(const Catalog& catalog)
{
    QVector<Choice> choices;
    for (const Account& account : catalog.accounts)
        choices.append({QString::fromStdString(account.id),
                        QString::fromStdString(account.name.empty() ? account.id : account.name)});
    return choices;
}

const Account* findAccount(const Catalog& catalog, const QString& account)
{
    const std::string id = account.toStdString();
    const auto it = std::find_if(catalog.accounts.begin(), catalog.accounts.end(),
                                 [&id](const Account& a) { return a.id == id; });
    return it == catalog.accounts.end() ? nullptr : &*it;
}

std::vector<Product> usableProducts(const Catalog& catalog, const access::Viewer& viewer, const QString& account)
{
    const std::string accountId = account.toStdString();
    std::vector<Product> usable;
    for (const Product& product : catalog.products) {
        if (usableWithSomeObject(catalog, viewer, accountId, product.id))
            usable.push_back(product);
    }
    return usable;
}

QVector<Choice> productChoices(const Catalog& catalog, const access::Viewer& viewer, const QString& account,
                               const QString& language)
{
    QVector<Choice> choices;
    for (const Product& product : usableProducts(catalog, viewer, account))
        choices.append({QString::fromStdString(product.id), nameOr(product.name, product.id, language)});
    return choices;
}

QVector<Choice> categoryChoices(const Catalog& catalog, const QString& product, const QString& language)
{
    const std::string id = product.toStdString();
    QVector<Choice> choices;
    for (const Product& p : catalog.products) {
        if (p.id != id)
            continue;
        for (const Category& category : p.categories)
            choices.append({QString::fromStdString(category.id), nameOr(category.name, category.id, language)});
    }
    return choices;
}

QVector<Choice> objectChoices(const Catalog& catalog, const access::Viewer& viewer, const QString& account,
                              const QString& product)
{
    QVector<Choice> choices;
    const Account* a = findAccount(catalog, account);
    if (!a)
        return choices;
    const std::vector<std::string> products = productIds(catalog, product);
    for (const SiteObject& object : a->objects) {
        const bool allowed = std::any_of(products.begin(), products.end(), [&](const std::string& p) {
            return access::canCreateCase(viewer, a->id, p, object.id);
        });
        if (allowed)
            choices.append({QString::fromStdString(object.id),
                            QString::fromStdString(object.name.empty() ? object.id : object.name)});
    }
    return choices;
}

bool objectOptional(const Catalog& catalog, const access::Viewer& viewer, const QString& account,
                    const QString& product)
{
    const std::vector<std::string> products = productIds(catalog, product);
    return std::any_of(products.begin(), products.end(), [&](const std::string& p) {
        return access::canCreateCase(viewer, account.toStdString(), p, {});
    });
}

bool managesMembers(const access::Viewer& viewer, const QString& account)
{
    return access::canManageMembers(viewer, account.toStdString());
}

} // namespace caseport::client::accessChoices
