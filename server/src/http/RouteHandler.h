#pragma once

// Building blocks of the route handlers in Routes.cpp and BlobRoutes.cpp: a handler
// whose work is one function, and the caller check authenticated routes start with.
// Private to the server library.

#include "auth/Authenticator.h"
#include "http/ApiHandler.h"
#include "http/Routes.h"

#include <memory>
#include <utility>

namespace caseport::server::routes {

// The caller behind the request's bearer token; HttpError 401 without a live one.
Caller requireCaller(Services& s, Exchange& ex);

// A handler whose work is one function; keeps each route to a few lines.
template <class Fn>
class RouteHandler final : public ApiHandler {
public:
    RouteHandler(Services& s, Fn fn)
        : ApiHandler(s)
        , m_fn(std::move(fn))
    {
    }

protected:
    void handle(Exchange& ex) override { m_fn(services(), ex); }

private:
    Fn m_fn;
};

template <class Fn>
Handler make(Services& s, Fn fn)
{
    return std::make_unique<RouteHandler<Fn>>(s, std::move(fn));
}

} // namespace caseport::server::routes
