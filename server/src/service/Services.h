#pragma once

// Everything a route handler may call, built once per server from the initial
// Config and a Store that must outlive it. Thread-safe (every member is). The blob
// store lives in the initial config's data dir.

#include "auth/Authenticator.h"
#include "blob/BlobStore.h"
#include "config/Config.h"
#include "events/EventHub.h"
#include "service/AccessDirectory.h"
#include "service/AccountFileService.h"
#include "service/BlobService.h"
#include "service/CaseService.h"
#include "service/ChangeNotifier.h"
#include "service/ConversationService.h"
#include "service/LiveConfig.h"
#include "service/NoticeService.h"
#include "store/Store.h"

namespace caseport::server {

struct Services {
    Services(Config initial, Store& st)
        : config(std::move(initial))
        , store(st)
        , directory(st, notifier)
        , auth(config, st, directory)
        , blobStore(config.current()->server.dataDir)
        , blobs(st, blobStore)
        , cases(st, directory, blobs, notifier)
        , conversations(st, blobs, notifier)
        , notices(st, notifier)
        , accountFiles(st, blobs, notifier)
        , events([this](const std::string& user) { return currentViewer(user); })
    {
        notifier.add(&events);
        events.start();
    }
    ~Services() { notifier.remove(&events); }
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    // The user's access as of now; nullopt when they are no longer in the config.
    [[nodiscard]] std::optional<access::Viewer> currentViewer(const std::string& user)
    {
        const auto snapshot = config.current();
        const UserAccount* account = snapshot->findUser(user);
        if (!account)
            return std::nullopt;
        return directory.viewerOf(*snapshot, *account);
    }

    LiveConfig config; // replaced on reload (SIGHUP)
    Store& store;
    ChangeNotifier notifier; // told after every committed change (push, mail)
    AccessDirectory directory;
    Authenticator auth;
    BlobStore blobStore; // <data_dir>/blobs (data_dir needs a restart to change)
    BlobService blobs;
    CaseService cases;
    ConversationService conversations;
    NoticeService notices;
    AccountFileService accountFiles; // files linked to accounts and objects
    EventHub events; // the push channel; started here, stopped when destroyed
};

} // namespace caseport::server
