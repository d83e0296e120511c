#include "CatalogText.h"

#include <QLocale>

#include <algorithm>

namespace caseport::app::catalogText {
namespace {

const caseport::Product* findProduct(const caseport::Catalog& catalog, const std::string& product)
{
    auto it = std::find_if(catalog.products.begin(), catalog.products.end(),
                           [&](const caseport::Product& p) { return p.id == product; });
    return it == catalog.products.end() ? nullptr : &*it;
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QString productName(const caseport::Catalog& catalog, const std::string& product, const QString& language)
{
    const caseport::Product* p = findProduct(catalog, product);
    const std::string name = p ? p->name.pick(language.toStdString()) : std::string();
    return fromStd(name.empty() ? product : name);
}

QString categoryName(const caseport::Catalog& catalog, const std::string& product,
                     const std::string& category, const QString& language)
{
    if (category.empty())
        return {};
    if (const caseport::Product* p = findProduct(catalog, product)) {
        for (const caseport::Category& c : p->categories) {
            if (c.id == category) {
                const std::string name = c.name.pick(language.toStdString());
                return fromStd(name.empty() ? category : name);
            }
        }
    }
    return fromStd(category);
}

QString statusLabel(const caseport::Catalog& catalog, const std::string& status, const QString& language)
{
    for (const caseport::StatusDefinition& s : catalog.statuses) {
        if (s.id == status) {
            const std::string label = s.label.pick(language.toStdString());
            return fromStd(label.empty() ? status : label);
        }
    }
    return fromStd(status);
}

QString accountName(const caseport::Catalog& catalog, const std::string& account)
{
    for (const caseport::Account& a : catalog.accounts) {
        if (a.id == account)
            return fromStd(a.name.empty() ? account : a.name);
    }
    return fromStd(account);
}

QDateTime parseTimestamp(const std::string& rfc3339)
{
    if (rfc3339.empty())
        return {};
    return QDateTime::fromString(fromStd(rfc3339), Qt::ISODateWithMs);
}

QString formatTimestamp(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace caseport::app::catalogText
