#include "caseport/client/CatalogText.h"

#include <QLocale>

#include <algorithm>

namespace caseport::client::catalogText {
namespace {

template <class Item>
const Item* findById(const std::vector<Item>& items, const std::string& id)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&id](const Item& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

// The localized text, or the id itself when there is none.
QString pickOr(const LocalizedText& text, const QString& language, const std::string& id)
{
    const std::string picked = text.pick(language.toStdString());
    return QString::fromStdString(picked.empty() ? id : picked);
}

} // namespace

QString productName(const std::vector<Product>& products, const std::string& product,
                    const QString& language)
{
    const Product* p = findById(products, product);
    return p ? pickOr(p->name, language, product) : QString::fromStdString(product);
}

QString categoryName(const std::vector<Product>& products, const std::string& product,
                     const std::string& category, const QString& language)
{
    if (category.empty())
        return {};
    if (const Product* p = findById(products, product)) {
        if (const Category* c = findById(p->categories, category))
            return pickOr(c->name, language, category);
    }
    return QString::fromStdString(category);
}

QString personName(const caseport::Catalog& catalog, const std::string& user)
{
    for (const caseport::StaffMember& person : catalog.people) {
        if (person.id == user && !person.name.empty())
            return QString::fromStdString(person.name);
    }
    return QString::fromStdString(user);
}

QString statusLabel(const std::vector<StatusDefinition>& statuses, const std::string& status,
                    const QString& language)
{
    const StatusDefinition* s = findById(statuses, status);
    return s ? pickOr(s->label, language, status) : QString::fromStdString(status);
}

QDateTime parseTimestamp(const std::string& rfc3339)
{
    if (rfc3339.empty())
        return {};
    QDateTime time = QDateTime::fromString(QString::fromStdString(rfc3339), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatTimestamp(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace caseport::client::catalogText
