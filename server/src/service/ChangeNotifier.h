#pragma once

// Tells interested parts of the server (the push channel, the mail planner) that the
// store changed, after the change committed. Listeners must be quick and must not call
// back into the services or the notifier (hand the work to their own thread).
// Thread-safe.

#include "caseport/AccessPolicy.h"
#include "caseport/AccountFileRules.h"

#include <shared_mutex>
#include <string>
#include <vector>

namespace caseport::server {

class ChangeListener {
public:
    virtual ~ChangeListener() = default;
    // A case or something on it changed; staffOnly for internal notes.
    virtual void caseChanged(const access::CaseFacts& facts, bool staffOnly) = 0;
    // A file was linked to an account (or one of its objects) or removed from it: the
    // catalogs of those who may see it changed.
    virtual void accountFileChanged(const access::AccountFileFacts& facts) = 0;
    // One user's access changed (a customer admin set their levels).
    virtual void accessChanged(const std::string& user) = 0;
    // Anyone's access may have changed (the configuration was reloaded).
    virtual void everythingChanged() = 0;
};

class ChangeNotifier final : public ChangeListener {
public:
    void add(ChangeListener* listener);
    // Once it returns the listener is not running and will not be called again, so it
    // may be destroyed.
    void remove(ChangeListener* listener);

    void caseChanged(const access::CaseFacts& facts, bool staffOnly) override;
    void accountFileChanged(const access::AccountFileFacts& facts) override;
    void accessChanged(const std::string& user) override;
    void everythingChanged() override;

private:
    // Held shared while listeners run, exclusively to add or remove one.
    std::shared_mutex m_mutex;
    std::vector<ChangeListener*> m_listeners;
};

} // namespace caseport::server
