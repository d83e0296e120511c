#pragma once

#include <QString>
#include <QUrl>

namespace caseport::app {

// The account a user last chose on a server, kept in QSettings so the next login goes
// straight to it. Keyed by a hash of server + user: no address or e-mail in the file's
// key names, and odd characters need no escaping. GUI thread (QSettings).
class AccountMemory {
public:
    [[nodiscard]] static QString remembered(const QUrl& server, const QString& user);
    static void remember(const QUrl& server, const QString& user, const QString& account);
    static void forget(const QUrl& server, const QString& user);
};

} // namespace caseport::app
