#include "caseport/client/ConnectionCheck.h"

#include "HealthJob.h"

#include <chrono>

namespace caseport::client {
namespace {

constexpr std::chrono::milliseconds kCheckTimeout{10000};

} // namespace

ConnectionCheck::ConnectionCheck(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

// The running job is a child: QObject's destructor deletes it, which drops the request
// quietly (no finished() from a dying check).
ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::start(const QUrl& server)
{
    cancel(); // a running check ends with finished(false, Cancelled)
    auto* job = new HealthJob(m_network, server, this);
    job->setTimeout(kCheckTimeout);
    m_job = job;
    connect(job, &HealthJob::succeeded, this, [this, job](const QString& version) {
        if (m_job == job)
            m_job = nullptr;
        emit finished(true, {}, version);
    });
    connect(job, &ApiJob::failed, this, [this, job](const ApiFailure& failure) {
        if (m_job == job)
            m_job = nullptr;
        emit finished(false, failure, {});
    });
    job->start();
}

void ConnectionCheck::cancel()
{
    if (m_job)
        m_job->abort(); // emits failed(Cancelled) → finished(false, Cancelled)
}

} // namespace caseport::client
