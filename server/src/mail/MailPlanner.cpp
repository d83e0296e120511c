#include "mail/MailPlanner.h"

#include "caseport/AccessPolicy.h"
#include "config/Config.h"
#include "mail/MailTexts.h"
#include "service/AccessDirectory.h"
#include "service/LiveConfig.h"
#include "store/Store.h"

#include <Poco/Logger.h>

#include <chrono>

namespace caseport::server::mail {
namespace {

constexpr int kPageRows = 200; // change rows per transaction
constexpr std::chrono::milliseconds kSafetyNet { 60'000 };

std::int64_t nowMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string nameOf(const Config& config, const std::string& user)
{
    const UserAccount* account = config.findUser(user);
    return account && !account->profile.name.empty() ? account->profile.name : user;
}

// A closed case's mail carries its answer: the resolution is what the customer waits for.
std::string answerToMail(const Config& config, const Case& c)
{
    return config.workflow.isClosed(c.status) ? c.answer : std::string();
}

PlannedMail addressed(const UserProfile& to, const std::string& caseId, MailText text)
{
    return { to.id, to.name, mailLanguage(to.language), std::move(text.subject),
        std::move(text.body), caseId };
}

} // namespace

MailPlanner::MailPlanner(Store& store, const LiveConfig& config, AccessDirectory& directory)
    : m_store(store)
    , m_config(config)
    , m_directory(directory)
    , m_loop([this] {
        try {
            planPending();
        } catch (const std::exception& e) {
            Poco::Logger::get("caseportd.mail")
                .error("planning mail failed: %s", std::string(e.what()));
        }
        return kSafetyNet;
    })
{
}

MailPlanner::~MailPlanner() { stop(); }

void MailPlanner::setPlannedListener(std::function<void()> listener)
{
    m_planned = std::move(listener);
}

void MailPlanner::start() { m_loop.start(); }

void MailPlanner::stop() { m_loop.stop(); }

void MailPlanner::wake() { m_loop.wake(); }

std::vector<MailCandidate> MailPlanner::candidatesFor(const Config& config, const Case& c)
{
    std::vector<MailCandidate> people;
    auto add = [&](const std::string& id) {
        if (const UserAccount* user = config.findUser(id))
            people.push_back({ user->profile, m_directory.viewerOf(config, *user) });
    };
    add(c.creator);
    for (const auto& follower : c.followers) {
        if (follower != c.creator)
            add(follower);
    }
    return people;
}

void MailPlanner::plan(const Config& config, const MailSource& source,
    std::vector<PlannedMail>& mails, std::vector<CaseStatusMark>& marks)
{
    const Case& c = source.caseRecord;
    const MailSettings& settings = config.mail;
    if (source.post) {
        if (!settings.enabled)
            return;
        const Post& post = *source.post;
        const MailEvent event { access::factsOf(c), post.author, post.internal };
        for (const UserProfile& to : mailRecipients(event, candidatesFor(config, c))) {
            const PostMailFacts facts { settings.portalName, c.number, c.subject,
                nameOf(config, post.author), post.text, post.internal };
            mails.push_back(addressed(to, c.id, newPostMail(to.language, facts)));
        }
        return;
    }
    if (source.mailedStatus == c.status)
        return;
    marks.push_back({ c.id, c.status });
    if (!settings.enabled)
        return;
    // First sight of the case (it is new): remember its status, and send its creator the
    // receipt (a phone case's customer, not the staff member who registered it).
    if (!source.mailedStatus) {
        const UserAccount* creator = config.findUser(c.creator);
        if (creator
            && access::canSeeCase(m_directory.viewerOf(config, *creator), access::factsOf(c))) {
            const ReceiptMailFacts facts { settings.portalName, c.number, c.subject,
                !c.onBehalfBy.empty() };
            mails.push_back(addressed(
                creator->profile, c.id, receiptMail(creator->profile.language, facts)));
        }
        return;
    }
    // Not to whoever set the status: a customer whose post reopened the case knows.
    const MailEvent event { access::factsOf(c), source.statusBy, false };
    for (const UserProfile& to : mailRecipients(event, candidatesFor(config, c))) {
        const StatusMailFacts facts { settings.portalName, c.number, c.subject,
            config.workflow.labelOf(c.status, to.language), answerToMail(config, c) };
        mails.push_back(addressed(to, c.id, statusMail(to.language, facts)));
    }
}

int MailPlanner::planPending()
{
    std::lock_guard lock(m_planning);
    int planned = 0;
    for (;;) {
        const std::int64_t from = m_store.mailCursor();
        const MailSourcePage page = m_store.mailSourcesAfter(from, kPageRows);
        if (page.through == from)
            break;
        const auto config = m_config.current(); // one configuration for the whole page
        std::vector<PlannedMail> mails;
        std::vector<CaseStatusMark> marks;
        for (const MailSource& source : page.sources)
            plan(*config, source, mails, marks);
        if (!m_store.enqueueMail(from, page.through, mails, marks, nowMillis()))
            continue; // the cursor moved under us (another planner): read again from it
        planned += static_cast<int>(mails.size());
        if (!page.more)
            break;
    }
    if (planned > 0) {
        Poco::Logger::get("caseportd.mail").debug("planned %d mail(s)", planned);
        if (m_planned)
            m_planned();
    }
    return planned;
}

} // namespace caseport::server::mail
