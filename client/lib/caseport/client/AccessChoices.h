#pragma once

// What the logged-in user may choose from the catalog, decided by the access rules of
// shared/caseport/AccessPolicy.h (never restated here): the products and objects a case
// form offers, the products the Products page lists, whether the Members page is theirs.
// Pure functions over the catalog; any thread.

#include "caseport/AccessPolicy.h"
#include "caseport/Catalog.h"
#include "caseport/Session.h"

#include <QString>
#include <QVector>

#include <vector>

namespace caseport::client::accessChoices {

// One entry of a choice list: the catalog id and its name in the UI language.
struct Choice {
    QString id;
    QString name;
    bool operator==(const Choice&) const = default;
};

// The rules' picture of the user: the catalog's profile (the session's until a catalog
// arrived) and the catalog's memberships.
[[nodiscard]] caseport::access::Viewer viewerOf(const caseport::Catalog& catalog,
                                                const caseport::SessionInfo& session);

// The accounts the user works in (staff: every account), named, in catalog order.
[[nodiscard]] QVector<Choice> accounts(const caseport::Catalog& catalog);
[[nodiscard]] const caseport::Account* findAccount(const caseport::Catalog& catalog,
                                                   const QString& account);

// Products the user may file cases on in `account` — with no object, or with one of the
// account's objects (canCreateCase) — in catalog order. Staff: every product.
[[nodiscard]] std::vector<caseport::Product> usableProducts(const caseport::Catalog& catalog,
                                                            const caseport::access::Viewer& viewer,
                                                            const QString& account);
// The same, as choices named in `language`.
[[nodiscard]] QVector<Choice> productChoices(const caseport::Catalog& catalog,
                                             const caseport::access::Viewer& viewer,
                                             const QString& account, const QString& language);

// The categories of `product`, named in `language`; empty for an unknown product.
[[nodiscard]] QVector<Choice> categoryChoices(const caseport::Catalog& catalog, const QString& product,
                                              const QString& language);

// The account's objects a case of this user may name: those canCreateCase accepts for
// `product` (for any product when `product` is empty). A member scoped to objects gets
// only theirs.
[[nodiscard]] QVector<Choice> objectChoices(const caseport::Catalog& catalog,
                                            const caseport::access::Viewer& viewer,
                                            const QString& account, const QString& product);

// May the case leave the object out (canCreateCase with no object)? False for a member
// scoped to objects: they must name one of theirs. `product` empty: for any product.
[[nodiscard]] bool objectOptional(const caseport::Catalog& catalog, const caseport::access::Viewer& viewer,
                                  const QString& account, const QString& product);

// Does the user manage the members of `account` (staff, or its customer admin)?
[[nodiscard]] bool managesMembers(const caseport::access::Viewer& viewer, const QString& account);

} // namespace caseport::client::accessChoices
