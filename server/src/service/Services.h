#pragma once

// Everything a route handler may call, built once per server from the initial
// Config and a Store that must outlive it. Thread-safe (every member is). The blob
// store lives in the initial config's data dir.

#include "auth/Authenticator.h"
#include "blob/BlobStore.h"
#include "config/Config.h"
#include "service/AccessDirectory.h"
#include "service/BlobService.h"
#include "service/CaseService.h"
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
        , blobStore(config.current()->server.dataDir)
        , blobs(st, blobStore)
        , cases(st, directory, blobs)
        , conversations(st, blobs)
    {
    }

    LiveConfig config; // replaced on reload (SIGHUP)
    Store& store;
    AccessDirectory directory;
    Authenticator auth;
    BlobStore blobStore; // <data_dir>/blobs (data_dir needs a restart to change)
    BlobService blobs;
    CaseService cases;
    ConversationService conversations;
};

} // namespace caseport::server
