#pragma once

#include "caseport/client/ApiFailure.h"

#include <QCoreApplication>
#include <QString>

namespace caseport::app {

// Plain, translated words for why a call to the server failed — what the user should
// know and, where possible, what to do. Used by every window that talks to the server.
class FailureText {
    Q_DECLARE_TR_FUNCTIONS(FailureText)
public:
    enum class Context {
        Connection, // "Check connection" in the login dialog
        Login, // logging in: 401 means wrong e-mail or password
        Sync,
        Submit, // sending a new case or an update
    };

    [[nodiscard]] static QString describe(const caseport::client::ApiFailure& failure, Context context);
    // The label of a form field named by its wire name ("subject", "product", ...).
    [[nodiscard]] static QString fieldName(const QString& field);

    // Loading an account's members or their access history failed.
    [[nodiscard]] static QString memberLoad(const caseport::client::ApiFailure& failure);
    // Saving one member's levels failed. member: their name; product: the name of the
    // product the server named in "products.<id>" (empty when it named none).
    [[nodiscard]] static QString memberSave(const caseport::client::ApiFailure& failure, const QString& member,
                                            const QString& product);

private:
    [[nodiscard]] static QString rejected(const caseport::client::ApiFailure& failure, Context context);
};

} // namespace caseport::app
