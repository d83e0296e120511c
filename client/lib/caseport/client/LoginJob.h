#pragma once

#include "caseport/Session.h"
#include "caseport/client/ApiFailure.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace caseport::client {

// POST /api/v1/session. Emits exactly one of succeeded()/failed(), then deletes itself
// later (deleteLater). Owned by the parent passed in until then.
class LoginJob : public QObject {
    Q_OBJECT
public:
    LoginJob(QNetworkAccessManager* network, QUrl server, QString user, QString password,
             QObject* parent = nullptr);
    void start();

signals:
    void succeeded(const caseport::SessionInfo& session);
    void failed(const caseport::client::ApiFailure& failure);

private:
    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_user;
    QString m_password;
};

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::SessionInfo)
