#include "caseport/client/LoginJob.h"

#include "SessionJob.h"

namespace caseport::client {

LoginJob::LoginJob(QNetworkAccessManager* network, QUrl server, QString user, QString password,
                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_user(std::move(user))
    , m_password(std::move(password))
{
}

void LoginJob::start()
{
    // The request job is our child: deleting this job (or its parent) aborts it.
    auto* job = new SessionJob(m_network, m_server,
                               LoginRequest{m_user.toStdString(), m_password.toStdString()}, this);
    m_password.clear(); // handed over; keep it no longer than needed
    connect(job, &SessionJob::succeeded, this, [this](const SessionInfo& session) {
        emit succeeded(session);
        deleteLater();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiFailure& failure) {
        emit failed(failure);
        deleteLater();
    });
    job->start();
}

} // namespace caseport::client
