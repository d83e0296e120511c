#pragma once

// Everything a route handler may call, built once per server from the initial
// Config and a Store that must outlive it. Thread-safe (every member is).

#include "auth/Authenticator.h"
#include "config/Config.h"
#include "service/AccessDirectory.h"
#include "service/CaseService.h"
#include "service/ChangeSignal.h"
#include "service/ConversationService.h"
#include "service/LiveConfig.h"
#include "store/Store.h"

namespace caseport::server {

struct Services {
    Services(Config initial, Store& st)
        : config(std::move(initial))
        , store(st)
        , directory(st)
        , auth(config, st, directory)
        , cases(st, directory, changed)
        , conversations(st, changed)
    {
    }

    LiveConfig config; // replaced on reload (SIGHUP)
    Store& store;
    ChangeSignal changed; // fired after cases and posts are written
    AccessDirectory directory;
    Authenticator auth;
    CaseService cases;
    ConversationService conversations;
};

} // namespace caseport::server
