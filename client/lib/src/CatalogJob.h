#pragma once

#include "ApiJob.h"

#include "caseport/Catalog.h"

namespace caseport::client {

// GET /api/v1/catalog. With an ETag from an earlier answer it asks If-None-Match and
// reports notModified() on 304. Ownership: see ApiJob.
class CatalogJob : public ApiJob {
    Q_OBJECT
public:
    CatalogJob(QNetworkAccessManager* network, QUrl server, QString token, QString etag,
               QObject* parent);

signals:
    void succeeded(const caseport::Catalog& catalog, const QString& etag);
    void notModified();

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_etag;
};

} // namespace caseport::client
