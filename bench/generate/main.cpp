// bench/generate: a caseportd config and a filled store for the benchmarks.
//
//   generate --out DIR [--cases 100000] [--posts 300000] [--accounts 50] [--seed 1] [--force]
//
// Writes DIR/caseportd.toml (products payroll/hr/time, the accounts, one staff user and
// per account a full-access customer admin, a limited user and an HR user, each with a
// real Argon2id hash of "bench"), DIR/data/caseport.db through the server's own Store
// API (SqliteStore::batch: the same rows and change log as the single calls, one
// transaction per few thousand records), and DIR/bench.json for the benchmarks.
// The same seed always makes the same content (ids, texts, times); only the password
// salts and the store's epoch differ.

#include "ConfigWriter.h"
#include "GeneratorText.h"
#include "Manifest.h"

#include "auth/PasswordHasher.h"
#include "config/ConfigLoader.h"
#include "mail/MailPlanner.h"
#include "service/AccessDirectory.h"
#include "service/ChangeNotifier.h"
#include "service/LiveConfig.h"
#include "store/SqliteStore.h"
#include "util/Time.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <string>
#include <vector>

using namespace caseport;
using namespace caseport::bench;
using caseport::server::toRfc3339;
namespace fs = std::filesystem;

namespace {

struct Options {
    std::string out;
    int cases = 100'000;
    int posts = 300'000;
    int accounts = 50;
    std::uint64_t seed = 1;
    bool force = false;
};

constexpr std::int64_t kFirstCaseAt = 1704067200; // 2024-01-01T00:00:00Z
constexpr std::int64_t kLastCaseAt = 1793491200; // 2026-11-01T00:00:00Z
constexpr std::int64_t kLastPostAt = 1795132800; // 2026-11-20T00:00:00Z
constexpr int kBatchRecords = 20'000;
const std::string kStaff = "staff@caseport.example";

std::uint64_t mix(std::uint64_t seed, std::uint64_t salt, std::uint64_t index)
{
    Rng rng(seed * 0x9E3779B97F4A7C15ull ^ (salt << 56) ^ index);
    return rng();
}

Language languageOf(int account, int accounts)
{
    if (account < accounts / 2)
        return Language::Danish;
    if (account < accounts * 4 / 5)
        return Language::Swedish;
    return Language::English;
}

struct AccountUsers {
    std::string id;
    Language language;
    std::string full, limited, hr;
};

// Who files and what, for case `index`; only cheap draws (no text), so posts can
// look up their case again without keeping it in memory.
struct CasePlan {
    int account = 0;
    std::string product;
    std::string creator;
    bool isPrivate = false;
};

CasePlan planCase(const Options& o, const std::vector<AccountUsers>& accounts, int index)
{
    Rng rng(mix(o.seed, 1, static_cast<std::uint64_t>(index)));
    CasePlan plan;
    plan.account = static_cast<int>(rng.below(accounts.size()));
    const AccountUsers& a = accounts[static_cast<std::size_t>(plan.account)];
    const double p = rng.unit();
    plan.product = p < 0.5 ? "payroll" : p < 0.75 ? "hr" : "time";
    if (plan.product == "hr")
        plan.creator = rng.chance(0.7) ? a.hr : a.full;
    else
        plan.creator = rng.chance(0.6) ? a.limited : a.full;
    plan.isPrivate = rng.chance(0.03);
    return plan;
}

Case makeCase(const Options& o, const std::vector<AccountUsers>& accounts, int index,
              std::int64_t createdAt)
{
    const CasePlan plan = planCase(o, accounts, index);
    const AccountUsers& a = accounts[static_cast<std::size_t>(plan.account)];
    Rng rng(mix(o.seed, 2, static_cast<std::uint64_t>(index)));
    Case c;
    c.id = uuidFrom(rng);
    c.account = a.id;
    c.product = plan.product;
    c.category = plan.product == "payroll" && rng.chance(0.2) ? "decisions" : "support";
    if (rng.chance(0.25))
        c.object = rng.chance(0.5) ? "hq" : "site2";
    const Language language = rng.chance(0.9) ? a.language : Language::English;
    c.subject = caseSubject(rng, plan.product, language);
    c.description = caseDescription(rng, plan.product, language);
    if (plan.product == "payroll" && rng.chance(0.5)) {
        char period[16];
        std::snprintf(period, sizeof period, "%.7s", toRfc3339(createdAt).c_str());
        c.fields = {{"employee", std::to_string(1000 + rng.below(9000))}, {"period", period}};
    }
    c.isPrivate = plan.isPrivate;
    c.status = "received";
    c.creator = plan.creator;
    if (rng.chance(0.1)) { // a phone call recorded by staff on the customer's behalf
        c.channel = channel::kPhone;
        c.onBehalfBy = kStaff;
    }
    if (plan.creator != a.full && rng.chance(0.08))
        c.followers = {a.full};
    c.createdAt = toRfc3339(createdAt);
    return c;
}

struct PostEvent {
    std::int64_t at = 0;
    int caseIndex = 0;
    int ordinal = 0;
};

Post makePost(const Options& o, const std::vector<AccountUsers>& accounts, const PostEvent& e,
              const std::vector<std::string>& caseIds)
{
    const CasePlan plan = planCase(o, accounts, e.caseIndex);
    const AccountUsers& a = accounts[static_cast<std::size_t>(plan.account)];
    Rng rng(mix(o.seed, 3, static_cast<std::uint64_t>(e.ordinal)));
    Post p;
    p.id = uuidFrom(rng);
    p.caseId = caseIds[static_cast<std::size_t>(e.caseIndex)];
    const bool fromStaff = rng.chance(0.45);
    p.internal = fromStaff && rng.chance(0.1);
    if (fromStaff)
        p.author = kStaff;
    else // others' private cases are out of the full member's sight
        p.author = plan.isPrivate || rng.chance(0.7) ? plan.creator : a.full;
    p.text = postText(rng, rng.chance(0.9) ? a.language : Language::English, fromStaff, p.internal);
    p.createdAt = toRfc3339(e.at);
    return p;
}

bool parse(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--out")
            o.out = next();
        else if (arg == "--cases")
            o.cases = std::stoi(next());
        else if (arg == "--posts")
            o.posts = std::stoi(next());
        else if (arg == "--accounts")
            o.accounts = std::stoi(next());
        else if (arg == "--seed")
            o.seed = std::stoull(next());
        else if (arg == "--force")
            o.force = true;
        else
            return false;
    }
    return !o.out.empty() && o.cases > 0 && o.posts >= 0 && o.accounts > 0 && o.accounts <= 999;
}

// The plan of accounts and users; hashes are filled in later.
void planPeople(const Options& o, std::vector<PlannedAccount>& accounts,
                std::vector<PlannedUser>& users, std::vector<AccountUsers>& who)
{
    users.push_back({kStaff, "Sam Staff", "en", true, {}, {}});
    for (int i = 0; i < o.accounts; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "acct%02d", i + 1);
        const Language language = languageOf(i, o.accounts);
        char org[24];
        std::snprintf(org, sizeof org, "%s%08d", language == Language::Swedish ? "SE" : "DK",
                      10'000'000 + i * 7919);
        accounts.push_back({id, companyName(i, language), org,
                            {{"hq", "Head office"}, {"site2", "Second site"}}});
        const std::string domain = std::string("@") + id + ".example";
        const auto person = [&](int role) {
            const int n = i * 3 + role;
            return std::pair{emailLocalPart(n) + domain, personName(n)};
        };
        const auto [fullMail, fullName] = person(0);
        const auto [limitedMail, limitedName] = person(1);
        const auto [hrMail, hrName] = person(2);
        const std::string lang = languageCode(language);
        users.push_back({fullMail, fullName, lang, false, {},
                         {{id, true, {{"payroll", "full"}, {"hr", "full"}, {"time", "full"}}}}});
        users.push_back({limitedMail, limitedName, lang, false, {},
                         {{id, false, {{"payroll", "limited"}, {"hr", "none"}, {"time", "limited"}}}}});
        users.push_back({hrMail, hrName, lang, false, {}, {{id, false, {{"hr", "full"}}}}});
        who.push_back({id, language, fullMail, limitedMail, hrMail});
    }
}

// Argon2id for every user on two threads (each hash costs ~20 MB and tens of ms).
void hashPasswords(std::vector<PlannedUser>& users)
{
    const auto half = users.size() / 2;
    auto second = std::async(std::launch::async, [&users, half] {
        for (std::size_t i = half; i < users.size(); ++i)
            users[i].passwordHash = server::hashPassword("bench");
    });
    for (std::size_t i = 0; i < half; ++i)
        users[i].passwordHash = server::hashPassword("bench");
    second.get();
}

int run(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, o)) {
        std::cerr << "usage: generate --out DIR [--cases N] [--posts N] [--accounts N] [--seed S] "
                     "[--force]\n";
        return 2;
    }
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    const fs::path out(o.out);
    const fs::path dataDir = out / "data";
    const std::string storeFile = server::SqliteStore::fileIn(dataDir.string());
    if (fs::exists(storeFile) && !o.force) {
        std::cerr << "generate: " << storeFile << " exists (use --force to replace it)\n";
        return 1;
    }
    fs::create_directories(dataDir);
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(storeFile + suffix);

    std::vector<PlannedAccount> accounts;
    std::vector<PlannedUser> users;
    std::vector<AccountUsers> who;
    planPeople(o, accounts, users, who);
    hashPasswords(users);
    {
        std::ofstream config(out / "caseportd.toml");
        config << configToml(accounts, users);
        if (!config) {
            std::cerr << "generate: cannot write " << (out / "caseportd.toml") << '\n';
            return 1;
        }
    }
    std::cerr << "config: " << accounts.size() << " accounts, " << users.size()
              << " users (Argon2id) in " << elapsed() << " s\n";

    // The timeline: cases spread evenly over the period, posts some days after their case.
    Rng timeline(mix(o.seed, 4, 0));
    std::vector<std::int64_t> caseTimes(static_cast<std::size_t>(o.cases));
    for (auto& t : caseTimes)
        t = kFirstCaseAt + static_cast<std::int64_t>(timeline.below(kLastCaseAt - kFirstCaseAt));
    std::sort(caseTimes.begin(), caseTimes.end());
    std::vector<PostEvent> posts(static_cast<std::size_t>(o.posts));
    for (int i = 0; i < o.posts; ++i) {
        PostEvent& e = posts[static_cast<std::size_t>(i)];
        e.caseIndex = static_cast<int>(timeline.below(static_cast<std::uint64_t>(o.cases)));
        const double days = -std::log(1.0 - timeline.unit()) * 3.0; // exponential, mean 3 days
        e.at = std::min(kLastPostAt, caseTimes[static_cast<std::size_t>(e.caseIndex)] + 300
                                         + static_cast<std::int64_t>(days * 86400));
    }
    std::sort(posts.begin(), posts.end(), [](const PostEvent& a, const PostEvent& b) {
        return a.at != b.at ? a.at < b.at : a.caseIndex < b.caseIndex;
    });
    for (int i = 0; i < o.posts; ++i)
        posts[static_cast<std::size_t>(i)].ordinal = i;

    Manifest manifest;
    manifest.password = "bench";
    manifest.staffUser = kStaff;
    manifest.cases = o.cases;
    manifest.posts = o.posts;
    manifest.seed = o.seed;
    for (const auto& a : who)
        manifest.accounts.push_back({a.id, a.full, a.limited, a.hr, 0, {}});

    std::vector<std::string> caseIds(static_cast<std::size_t>(o.cases));
    std::size_t nextCase = 0, nextPost = 0;
    const auto storeStarted = elapsed();
    {
        server::SqliteStore store(storeFile);
        while (nextCase < caseIds.size() || nextPost < posts.size()) {
            store.batch([&](server::SqliteStore::Batch& batch) {
                for (int n = 0; n < kBatchRecords
                     && (nextCase < caseIds.size() || nextPost < posts.size());
                     ++n) {
                    const bool caseFirst = nextPost == posts.size()
                        || (nextCase < caseIds.size() && caseTimes[nextCase] <= posts[nextPost].at);
                    if (caseFirst) {
                        const int index = static_cast<int>(nextCase);
                        const Case c = makeCase(o, who, index, caseTimes[nextCase]);
                        if (batch.createCase(c, "CP").outcome != server::CreateOutcome::Created)
                            throw std::runtime_error("case " + c.id + " was not created");
                        caseIds[nextCase++] = c.id;
                        ManifestAccount& a = manifest.accounts[static_cast<std::size_t>(
                            planCase(o, who, index).account)];
                        ++a.cases;
                        if (!c.isPrivate)
                            a.publicCase = c.id;
                    } else {
                        const Post p = makePost(o, who, posts[nextPost++], caseIds);
                        if (batch.createPost(p).outcome != server::PostOutcome::Created)
                            throw std::runtime_error("post " + p.id + " was not created");
                    }
                }
            });
            std::fprintf(stderr, "\rstore: %zu cases, %zu posts (%.0f records/s)   ", nextCase,
                         nextPost,
                         static_cast<double>(nextCase + nextPost) / (elapsed() - storeStarted));
        }
    } // closing the store checkpoints the WAL into the file
    const double storeSeconds = elapsed() - storeStarted;
    std::fprintf(stderr, "\nstore: %d cases and %d posts in %.1f s (%.0f records/s), %.0f MiB\n",
                 o.cases, o.posts, storeSeconds, (o.cases + o.posts) / storeSeconds,
                 static_cast<double>(fs::file_size(storeFile)) / (1024.0 * 1024.0));

    // What a server running all along would have done as well: its mail planner follows
    // the change log (with [mail] off it only moves its cursor and notes each case's
    // status). Left at 0, the cursor would make the first caseportd started on the store
    // catch up on every change-log row in the background, under the store lock that the
    // changes feed needs, during the first benchmark.
    {
        const double planStarted = elapsed();
        const auto loaded = server::loadConfigFile((out / "caseportd.toml").string());
        if (!loaded.ok())
            throw std::runtime_error("the generated caseportd.toml does not load");
        server::SqliteStore store(storeFile);
        server::LiveConfig config(loaded.config);
        server::ChangeNotifier nobody;
        server::AccessDirectory directory(store, nobody);
        server::mail::MailPlanner planner(store, config, directory);
        const int planned = planner.planPending();
        std::fprintf(stderr, "mail planner: caught up (%d mails planned) in %.1f s\n", planned,
                     elapsed() - planStarted);
    }

    manifest.generatedAt = server::toRfc3339(server::nowUnixSeconds());
    manifest.generateSeconds = elapsed();
    saveManifest(manifest, (out / "bench.json").string());
    std::cerr << "wrote " << (out / "caseportd.toml").string() << ", " << storeFile << ", "
              << (out / "bench.json").string() << " in " << elapsed() << " s\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "\ngenerate: " << e.what() << '\n';
        return 1;
    }
}
