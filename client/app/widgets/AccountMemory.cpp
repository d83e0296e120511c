#include "AccountMemory.h"

#include <QCryptographicHash>
#include <QSettings>

namespace caseport::app {
namespace {

QString settingsKey(const QUrl& server, const QString& user)
{
    const QString serverKey = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments
                                              | QUrl::RemoveQuery | QUrl::RemoveFragment
                                              | QUrl::RemoveUserInfo)
                                  .toString(QUrl::FullyEncoded);
    const QByteArray hash = QCryptographicHash::hash(serverKey.toUtf8() + '\n' + user.toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex();
    return QStringLiteral("accountChoice/%1").arg(QString::fromLatin1(hash.left(32)));
}

} // namespace

QString AccountMemory::remembered(const QUrl& server, const QString& user)
{
    return QSettings().value(settingsKey(server, user)).toString();
}

void AccountMemory::remember(const QUrl& server, const QString& user, const QString& account)
{
    QSettings().setValue(settingsKey(server, user), account);
}

void AccountMemory::forget(const QUrl& server, const QString& user)
{
    QSettings().remove(settingsKey(server, user));
}

} // namespace caseport::app
