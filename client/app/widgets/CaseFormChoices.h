#pragma once

#include "caseport/Catalog.h"
#include "caseport/Session.h"

#include <QString>
#include <QVector>

namespace caseport::app::caseFormChoices {

// One entry of a choice list: the catalog id and its name in the UI language.
struct Choice {
    QString id;
    QString name;
};

// The products the user may file cases on in `account` (access::canCreateCase: staff, or
// a level other than none), in catalog order, named in `language`.
[[nodiscard]] QVector<Choice> creatableProducts(const caseport::Catalog& catalog,
                                                const caseport::SessionInfo& session,
                                                const QString& account, const QString& language);

// The categories of `product`, named in `language`; empty for an unknown product.
[[nodiscard]] QVector<Choice> categoriesOf(const caseport::Catalog& catalog, const QString& product,
                                           const QString& language);

} // namespace caseport::app::caseFormChoices
