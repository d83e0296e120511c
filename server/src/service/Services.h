#pragma once

// Everything a route handler may call, built once per server from a Config and a
// Store that must outlive it. Thread-safe (every member is).

#include "auth/Authenticator.h"
#include "config/Config.h"
#include "service/CaseService.h"
#include "store/Store.h"

namespace caseport::server {

struct Services {
    Services(const Config& cfg, Store& st)
        : config(cfg)
        , store(st)
        , auth(cfg, st)
        , cases(cfg, st)
    {
    }

    const Config& config;
    Store& store;
    Authenticator auth;
    CaseService cases;
};

} // namespace caseport::server
