#pragma once

#include "caseport/ApiError.h"

#include <Poco/Net/HTTPResponse.h>

#include <stdexcept>
#include <string>

namespace caseport::server {

// Thrown by handlers and Exchange to answer with a JSON error; ApiHandler catches it.
class HttpError : public std::runtime_error {
public:
    HttpError(Poco::Net::HTTPResponse::HTTPStatus status, std::string code, std::string message,
              std::string field = {})
        : std::runtime_error(message)
        , m_status(status)
        , m_error{std::move(code), std::move(message), std::move(field), nullptr}
    {
    }

    // A 409 version_conflict carries the current record, so the client can show both.
    HttpError& withCurrent(nlohmann::json current)
    {
        m_error.current = std::move(current);
        return *this;
    }

    [[nodiscard]] Poco::Net::HTTPResponse::HTTPStatus status() const { return m_status; }
    [[nodiscard]] const ApiError& error() const { return m_error; }

private:
    Poco::Net::HTTPResponse::HTTPStatus m_status;
    ApiError m_error;
};

} // namespace caseport::server
