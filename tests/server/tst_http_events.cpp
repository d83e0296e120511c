// The push channel over a real WebSocket on loopback (GET /api/v1/events): who may
// connect, "ready" on registration, "changed" for changes the subscriber can see, for
// their own access changing and for a reload; connections that close are let go.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "service/Services.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>

#include <QTest>

#include <memory>

using namespace caseport;

namespace {

// One subscriber's connection.
class Subscription {
public:
    Subscription(const HttpTestClient& client, const std::string& token)
        : m_session(client.host(), client.port())
    {
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/events",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.set("Authorization", "Bearer " + token);
        Poco::Net::HTTPResponse response;
        m_socket = std::make_unique<Poco::Net::WebSocket>(m_session, request, response);
        m_socket->setReceiveTimeout(Poco::Timespan(20, 0));
    }

    // The type of the next text message ("" on timeout or close).
    std::string next()
    {
        char buffer[512];
        int flags = 0;
        try {
            for (;;) {
                const int n = m_socket->receiveFrame(buffer, sizeof buffer, flags);
                const int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
                if (n <= 0 || opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE)
                    return {};
                if (opcode == Poco::Net::WebSocket::FRAME_OP_TEXT)
                    return codec::parse(std::string_view(buffer, static_cast<std::size_t>(n)))
                        .at("type")
                        .get<std::string>();
            }
        } catch (const Poco::Exception&) {
            return {};
        }
    }

    void close() { m_socket->shutdown(); }

private:
    Poco::Net::HTTPClientSession m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_socket;
};

} // namespace

class TestHttpEvents : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void cleanupTestCase() { m_server.stop(); }

    void onlyAuthenticatedWebSockets()
    {
        VERIFY_ERROR(m_server.client().get("/api/v1/events"), 401, error::kUnauthorized, "");
        VERIFY_ERROR(m_server.client().get("/api/v1/events", m_server.token("erik")), 400,
                     error::kBadRequest, "");
        HttpCall post;
        post.method = "POST";
        post.path = "/api/v1/events";
        post.token = m_server.token("erik");
        VERIFY_ERROR(m_server.client().send(post), 405, error::kMethodNotAllowed, "");
        bool refused = false;
        try {
            Subscription anonymous(m_server.client(), "not-a-token");
        } catch (const Poco::Net::WebSocketException&) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void aVisibleChangeIsAnnounced()
    {
        Subscription erik(m_server.client(), m_server.token("erik"));
        QCOMPARE(erik.next(), std::string("ready"));
        const HttpReply created = m_server.client().post(
            "/api/v1/cases", newCaseJson("dddddddd-0000-4000-8000-000000000001"), m_server.anna);
        QCOMPARE(created.status, 201);
        QCOMPARE(erik.next(), std::string("changed"));
    }

    void becomingAFollowerIsAnnounced()
    {
        Subscription bo(m_server.client(), m_server.token("bo"));
        QCOMPARE(bo.next(), std::string("ready"));
        HttpCall patch;
        patch.method = "PATCH";
        patch.path = "/api/v1/cases/dddddddd-0000-4000-8000-000000000001";
        patch.token = m_server.anna;
        patch.body = R"({"baseVersion":1,"followers":["bo@acme.example"]})";
        QCOMPARE(m_server.client().send(patch).status, 200);
        QCOMPARE(bo.next(), std::string("changed"));
    }

    void ownAccessChangeIsAnnounced()
    {
        Subscription bo(m_server.client(), m_server.token("bo"));
        QCOMPARE(bo.next(), std::string("ready"));
        HttpCall patch;
        patch.method = "PATCH";
        patch.path = "/api/v1/accounts/acme/members/bo%40acme.example";
        patch.token = m_server.anna;
        patch.body = R"({"products":{"time":"limited"}})";
        QCOMPARE(m_server.client().send(patch).status, 200);
        QCOMPARE(bo.next(), std::string("changed"));
    }

    void reloadIsAnnouncedToEveryone()
    {
        Subscription dag(m_server.client(), m_server.token("dag"));
        QCOMPARE(dag.next(), std::string("ready"));
        m_server.services().notifier.everythingChanged(); // what ConfigReloader does
        QCOMPARE(dag.next(), std::string("changed"));
    }

    void closedConnectionsAreLetGo()
    {
        auto& hub = m_server.services().events;
        QTRY_COMPARE_WITH_TIMEOUT(hub.connectionCount(), std::size_t(0), 20000);
        {
            Subscription erik(m_server.client(), m_server.token("erik"));
            QCOMPARE(erik.next(), std::string("ready"));
            QTRY_COMPARE_WITH_TIMEOUT(hub.connectionCount(), std::size_t(1), 20000);
            erik.close();
        }
        QTRY_COMPARE_WITH_TIMEOUT(hub.connectionCount(), std::size_t(0), 20000);
    }

private:
    HttpTestServer m_server;
};

QTEST_GUILESS_MAIN(TestHttpEvents)
#include "tst_http_events.moc"
