#pragma once

#include <QMetaType>
#include <QString>

namespace caseport::client {

// Why a call to the server did not succeed, in terms a window can translate.
struct ApiFailure {
    enum class Kind {
        None,
        InvalidUrl, // the server address is not a usable http(s) URL
        HostNotFound, // DNS could not resolve the host
        ConnectionRefused, // nothing listens on that address and port
        Timeout, // no answer in time
        TlsError, // certificate or handshake problem
        NotCaseport, // something answered, but not a caseportd (wrong path or body)
        Unauthorized, // 401: bad credentials or an expired/revoked token
        Rejected, // another 4xx with a JSON error body (see errorCode/field)
        ServerError, // 5xx
        Network, // any other transport failure
        Cancelled, // the call was aborted on purpose (e.g. a newer request replaced it)
        LocalStorage, // the local cache could not be read or written
        Protocol, // the server answered, but in a way the client cannot continue from
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode; // the server's "error" code, e.g. "invalid_credentials"
    QString field; // the server's "field", when the error is about one field
    QString message; // technical detail for logs and tooltips, not translated

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
    // True when the server could not be reached at all (the client is offline), as
    // opposed to the server answering with an error.
    [[nodiscard]] bool isTransport() const
    {
        return kind == Kind::HostNotFound || kind == Kind::ConnectionRefused
            || kind == Kind::Timeout || kind == Kind::TlsError || kind == Kind::Network;
    }
};

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::client::ApiFailure)
