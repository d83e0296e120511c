#pragma once

// The handlers, one per route and method. Router picks one per request.

#include <memory>
#include <string>

namespace Poco::Net {
class HTTPRequestHandler;
}

namespace caseport::server {

class Exchange;
struct Services;

namespace routes {
using Handler = std::unique_ptr<Poco::Net::HTTPRequestHandler>;

Handler health(Services& s);
Handler login(Services& s); // POST /api/v1/session
Handler logout(Services& s); // DELETE /api/v1/session
Handler catalog(Services& s); // GET /api/v1/catalog
Handler createCase(Services& s); // POST /api/v1/cases
Handler getCase(Services& s, std::string id); // GET /api/v1/cases/{id}
Handler updateCase(Services& s, std::string id); // PATCH /api/v1/cases/{id}
Handler createPost(Services& s, std::string caseId); // POST /api/v1/cases/{id}/posts
// GET /api/v1/cases/{id}/followers/eligible (FollowerRoutes.cpp)
Handler followerCandidates(Services& s, std::string caseId);
Handler changes(Services& s); // GET /api/v1/changes
Handler events(Services& s); // GET /api/v1/events (WebSocket)
Handler members(Services& s, std::string account); // GET /api/v1/accounts/{a}/members
// PATCH /api/v1/accounts/{a}/members/{user}
Handler updateMember(Services& s, std::string account, std::string user);
Handler accessAudit(Services& s, std::string account); // GET /api/v1/accounts/{a}/audit
// Blobs (BlobRoutes.cpp): PUT uploads (a chunk of) the content, HEAD tells how much
// arrived, GET downloads it.
Handler uploadBlob(Services& s, std::string sha256); // PUT /api/v1/blobs/{sha256}
Handler blobStatus(Services& s, std::string sha256); // HEAD /api/v1/blobs/{sha256}
Handler downloadBlob(Services& s, std::string sha256); // GET /api/v1/blobs/{sha256}
// Notices (NoticeRoutes.cpp): staff publish and withdraw operational notices.
Handler publishNotice(Services& s); // POST /api/v1/notices
Handler withdrawNotice(Services& s, std::string id); // DELETE /api/v1/notices/{id}
// Account files (AccountFileRoutes.cpp): files linked to an account or one of its objects.
Handler linkAccountFile(Services& s, std::string account); // POST /api/v1/accounts/{a}/files
Handler accountFiles(Services& s, std::string account); // GET /api/v1/accounts/{a}/files
// DELETE /api/v1/accounts/{a}/files/{id}
Handler removeAccountFile(Services& s, std::string account, std::string id);
Handler notFound(Services& s);
Handler methodNotAllowed(Services& s, std::string allow); // allow: "GET, POST"
} // namespace routes

} // namespace caseport::server
