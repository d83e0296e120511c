#include "FailureText.h"

namespace caseport::app {

using caseport::client::ApiFailure;

QString FailureText::describe(const ApiFailure& failure, Context context)
{
    switch (failure.kind) {
    case ApiFailure::Kind::None:
        return {};
    case ApiFailure::Kind::InvalidUrl:
        return tr("The server address is not valid. Write it like http://server.example:8080.");
    case ApiFailure::Kind::HostNotFound:
        return tr("The server name could not be found. Check the spelling of the address.");
    case ApiFailure::Kind::ConnectionRefused:
        return tr("No server answers at this address. Is caseportd running and the port right?");
    case ApiFailure::Kind::Timeout:
        return tr("The server did not answer in time. Check your network and try again.");
    case ApiFailure::Kind::TlsError:
        return tr("A secure connection could not be made: the server's certificate is not trusted.");
    case ApiFailure::Kind::NotCaseport:
        return tr("Something answers at this address, but it is not a Caseport server. "
                  "Check the address and the port.");
    case ApiFailure::Kind::Unauthorized:
        if (context == Context::Login || context == Context::Connection)
            return tr("The e-mail or password is not correct.");
        return tr("Your session has expired. Please log in again.");
    case ApiFailure::Kind::Rejected:
        return rejected(failure, context);
    case ApiFailure::Kind::ServerError:
        //: %1 is the HTTP status code, e.g. 500
        return tr("The server ran into a problem (error %1). Try again later or contact "
                  "your administrator.")
            .arg(failure.httpStatus);
    case ApiFailure::Kind::Network:
        return tr("The connection to the server failed. Check your network and try again.");
    case ApiFailure::Kind::Cancelled:
        return tr("Cancelled.");
    case ApiFailure::Kind::LocalStorage:
        return tr("The local copy of your cases could not be saved on this computer. Check that "
                  "the disk is not full, then restart Caseport.");
    case ApiFailure::Kind::Protocol:
        return tr("The server's answer could not be used, so the cases could not be brought up to "
                  "date. Try again later or contact your administrator.");
    }
    return tr("Something went wrong while talking to the server.");
}

QString FailureText::rejected(const ApiFailure& failure, Context context)
{
    const QString& code = failure.errorCode;
    if (code == QLatin1String("invalid_credentials"))
        return tr("The e-mail or password is not correct.");
    if (code == QLatin1String("unsupported_protocol"))
        return tr("This server speaks a different version of the Caseport protocol. Update Caseport "
                  "or ask your administrator which version to use.");
    if (code == QLatin1String("rate_limited"))
        return tr("Too many attempts. Wait a minute and try again.");
    if (code == QLatin1String("forbidden"))
        return context == Context::Submit
            ? tr("You do not have access to create cases on this product.")
            : tr("You do not have access to this.");
    if (code == QLatin1String("payload_too_large"))
        return tr("What you sent is too large for the server.");
    if (!failure.field.isEmpty()) {
        //: %1 is the name of a form field, e.g. "Subject"
        return tr("The server did not accept the field \"%1\". Check it and try again.")
            .arg(fieldName(failure.field));
    }
    if (code == QLatin1String("validation_failed") || code == QLatin1String("invalid_field"))
        return tr("The server did not accept what was entered. Check the fields and try again.");
    if (code == QLatin1String("not_found"))
        return tr("The server does not know this item (any more).");
    //: %1 is the HTTP status code, e.g. 400
    return tr("The server refused the request (error %1).").arg(failure.httpStatus);
}

QString FailureText::memberLoad(const ApiFailure& failure)
{
    if (failure.isTransport())
        return tr("You are offline. The members show when the connection is back; then choose Reload.");
    if (failure.kind == ApiFailure::Kind::Rejected) {
        if (failure.errorCode == QLatin1String("forbidden"))
            return tr("Only the account's customer admin can see and change its members.");
        if (failure.errorCode == QLatin1String("not_found"))
            return tr("This account was not found, or you are no longer a member of it.");
    }
    return describe(failure, Context::Sync);
}

QString FailureText::memberSave(const ApiFailure& failure, const QString& member, const QString& product)
{
    if (failure.isTransport()) {
        //: %1 is a member's name
        return tr("%1: not saved, you are offline. Your change is kept; save again when the connection is back.")
            .arg(member);
    }
    if (failure.kind == ApiFailure::Kind::Rejected) {
        const QString& code = failure.errorCode;
        if (code == QLatin1String("config_managed")) {
            //: %1 is a member's name, %2 a product's name
            return tr("%1: the level for %2 is set in the server configuration and cannot be changed here.")
                .arg(member, product);
        }
        if (code == QLatin1String("forbidden"))
            return tr("%1: you are not allowed to change this member's access.").arg(member);
        if (code == QLatin1String("not_found"))
            return tr("%1 is no longer a member of this account. Choose Reload to see the current members.")
                .arg(member);
        if (code == QLatin1String("validation_failed") && !product.isEmpty()) {
            //: %1 is a member's name, %2 a product's id or name
            return tr("%1: the server does not know the product %2.").arg(member, product);
        }
    }
    //: %1 is a member's name, %2 why saving failed
    return tr("%1: %2").arg(member, describe(failure, Context::Submit));
}

QString FailureText::fieldName(const QString& field)
{
    if (field == QLatin1String("product"))
        return tr("Product");
    if (field == QLatin1String("category"))
        return tr("Category");
    if (field == QLatin1String("subject"))
        return tr("Subject");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("account"))
        return tr("Account");
    if (field == QLatin1String("object"))
        return tr("Site");
    if (field == QLatin1String("private"))
        return tr("Private");
    return field;
}

} // namespace caseport::app
