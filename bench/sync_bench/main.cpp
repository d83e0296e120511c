// bench/sync_bench: (a) first sync of one user into a fresh cache and (b) incremental
// syncs after one change, with the real caseportd on the generated store and the real
// client library (Workspace).
//
//   sync_bench --caseportd BIN --dir BENCHDIR [--user staff|full] [--page-size 500]
//              [--incremental 30] [--results FILE.jsonl]
//
// --user staff: sees all cases and posts (internal notes too); full: the first account's
// customer admin with full access to every product there. Each run starts its own
// caseportd (--listen 127.0.0.1:0) and a fresh cache directory inside BENCHDIR, so the
// client's peak RSS (getrusage) and the server's VmHWM belong to this first sync alone.
// Prints Markdown table rows on stdout (bench/run.sh assembles the table), progress on
// stderr, and appends one JSON object per run to --results.

#include "BenchHttp.h"
#include "Manifest.h"
#include "ProcStats.h"
#include "ServerProcess.h"
#include "SyncRunner.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

using namespace caseport::bench;

namespace {

struct Options {
    std::string caseportd;
    std::string dir;
    std::string user = "staff";
    int pageSize = 500;
    int incremental = 30;
    std::string results;
};

bool parse(const QStringList& args, Options& o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString arg = args[i];
        const auto next = [&] { return i + 1 < args.size() ? args[++i].toStdString() : std::string(); };
        if (arg == QLatin1String("--caseportd"))
            o.caseportd = next();
        else if (arg == QLatin1String("--dir"))
            o.dir = next();
        else if (arg == QLatin1String("--user"))
            o.user = next();
        else if (arg == QLatin1String("--page-size"))
            o.pageSize = std::stoi(next());
        else if (arg == QLatin1String("--incremental"))
            o.incremental = std::stoi(next());
        else if (arg == QLatin1String("--results"))
            o.results = next();
        else
            return false;
    }
    return !o.caseportd.empty() && !o.dir.empty() && (o.user == "staff" || o.user == "full");
}

void row(const std::string& measure, const std::string& scenario, const std::string& measured,
         const std::string& target, const std::string& verdict)
{
    std::cout << "| " << measure << " | " << scenario << " | " << measured << " | " << target
              << " | " << verdict << " |" << std::endl;
}

std::string fixed(double value, int decimals)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string thousands(double value)
{
    const std::string digits = fixed(value, 0);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

const char* verdict(bool met)
{
    return met ? "met" : "**missed**";
}

int run(QCoreApplication& app)
{
    Options o;
    if (!parse(app.arguments(), o)) {
        std::cerr << "usage: sync_bench --caseportd BIN --dir BENCHDIR [--user staff|full] "
                     "[--page-size N] [--incremental N] [--results FILE]\n";
        return 2;
    }
    const Manifest manifest = loadManifest(o.dir + "/bench.json");
    const ManifestAccount& account = manifest.accounts.front();
    const bool staff = o.user == "staff";
    const std::string user = staff ? manifest.staffUser : account.fullUser;
    // Someone else makes the one change: a post on a case the syncing user can see.
    const std::string poster = staff ? account.fullUser : manifest.staffUser;
    const std::string scenario = (staff ? std::string("staff (all 50 accounts)")
                                        : "full user of " + account.id)
        + ", page " + std::to_string(o.pageSize);

    ServerProcess server;
    if (!server.start(o.caseportd, o.dir + "/caseportd.toml", o.dir + "/data",
                      o.dir + "/caseportd-sync.log")) {
        std::cerr << "sync_bench: " << server.error() << '\n';
        return 1;
    }
    const QUrl base(QString::fromStdString(server.baseUrl()));
    QTemporaryDir cacheDir(QString::fromStdString(o.dir) + QStringLiteral("/cache-XXXXXX"));
    SyncRunner runner(base, cacheDir.path());
    if (!runner.error().isEmpty() || !runner.login(QString::fromStdString(user),
                                                   QString::fromStdString(manifest.password))) {
        std::cerr << "sync_bench: " << runner.error().toStdString() << '\n';
        return 1;
    }
    (void)runner.openWorkspace(o.pageSize);

    // (a) First sync into the fresh cache.
    const double serverCpuBefore = processCpuSeconds(server.pid());
    const double clientCpuBefore = selfCpuSeconds();
    std::cerr << "first sync of " << user << " (page " << o.pageSize << ") ..." << std::endl;
    const SyncFigures first = runner.sync(30 * 60 * 1000);
    const long clientPeakKb = selfPeakRssKb();
    const ProcMemory serverMemory = readProcMemory(server.pid());
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpuBefore;
    const double clientCpu = selfCpuSeconds() - clientCpuBefore;
    if (!first.ok) {
        std::cerr << "sync_bench: first sync failed: " << first.failure.toStdString() << '\n';
        return 1;
    }
    const auto [cases, posts] = runner.cachedCounts();
    const double casesPerSecond = static_cast<double>(cases) / first.wallSeconds;
    // The "100k in 10 s" budget applies to a sync of (at least) the whole 100k store.
    const bool wholeStore = cases >= 100000;
    const double bytes = static_cast<double>(first.wire.toClient + first.wire.toServer);
    std::cerr << "  " << cases << " cases, " << posts << " posts, " << first.records
              << " records in " << first.wallSeconds << " s (stored after " << first.storedSeconds
              << " s), " << first.pages << " pages, " << first.roundTrips << " round trips, "
              << first.wire.toClient << " B down / " << first.wire.toServer << " B up, "
              << first.wire.gzipResponses << "/" << first.wire.responses << " responses gzip; "
              << "client peak RSS " << clientPeakKb << " KiB, server VmHWM " << serverMemory.hwmKb
              << " KiB VmRSS " << serverMemory.rssKb << " KiB; CPU client " << clientCpu
              << " s server " << serverCpu << " s" << std::endl;

    row("(a) first sync: wall time", scenario,
        formatSeconds(first.wallSeconds) + " for " + thousands(static_cast<double>(cases)) + " cases + "
            + thousands(static_cast<double>(posts)) + " posts",
        wholeStore ? "100k cases < 10 s" : "-", wholeStore ? verdict(first.wallSeconds < 10) : "-");
    row("(a) first sync: cases/s", scenario,
        thousands(casesPerSecond) + " cases/s (" + thousands(first.records / first.wallSeconds)
            + " records/s)",
        ">= 10,000 cases/s", verdict(casesPerSecond >= 10000));
    row("(a) first sync: bytes on the wire", scenario,
        formatBytes(bytes) + " (" + formatBytes(static_cast<double>(first.wire.toClient))
            + " down), gzip on " + std::to_string(first.wire.gzipResponses) + "/"
            + std::to_string(first.wire.responses) + " responses, "
            + std::to_string(first.roundTrips) + " round trips",
        "-", "-");
    row("(a) first sync: client peak RSS", scenario, formatBytes(clientPeakKb * 1024.0),
        "< 200 MB (§9)", verdict(clientPeakKb * 1024.0 < 200e6));
    row("(a) first sync: server RSS", scenario,
        "peak " + formatBytes(serverMemory.hwmKb * 1024.0) + ", after "
            + formatBytes(serverMemory.rssKb * 1024.0),
        "-", "-");
    row("(a) first sync: CPU", scenario,
        "client " + fixed(clientCpu, 1) + " s, server " + fixed(serverCpu, 1) + " s (of "
            + fixed(first.wallSeconds, 1) + " s wall, 2 cores)",
        "-", "-");

    nlohmann::json result = {
        {"user", user},
        {"pageSize", o.pageSize},
        {"first",
         {{"wallSeconds", first.wallSeconds},
          {"storedSeconds", first.storedSeconds},
          {"cases", cases},
          {"posts", posts},
          {"records", first.records},
          {"pages", first.pages},
          {"roundTrips", first.roundTrips},
          {"bytesDown", first.wire.toClient},
          {"bytesUp", first.wire.toServer},
          {"responses", first.wire.responses},
          {"gzipResponses", first.wire.gzipResponses},
          {"clientPeakRssKb", clientPeakKb},
          {"serverHwmKb", serverMemory.hwmKb},
          {"serverRssKb", serverMemory.rssKb},
          {"clientCpuSeconds", clientCpu},
          {"serverCpuSeconds", serverCpu}}}};

    // The client's cold start on the cache it just filled.
    runner.closeWorkspace();
    const double coldStart = runner.openWorkspace(o.pageSize);
    std::cerr << "  cold start: " << coldStart << " s, " << runner.modelRows() << " rows" << std::endl;
    row("client cold start (cache → list shown)", scenario,
        formatSeconds(coldStart) + ", " + std::to_string(runner.modelRows()) + " rows of the current account",
        "< 1 s (§9)", verdict(coldStart < 1));
    result["coldStartSeconds"] = coldStart;

    // (b) Incremental syncs: someone else posts once, then this user syncs.
    if (o.incremental > 0) {
        BenchHttp side(server.host(), server.port());
        const std::string posterToken = side.login(poster, manifest.password);
        const auto [direct, proxied] = runner.healthRoundTrip(200);
        std::vector<double> wall, stored, changes, bytesSeen, trips;
        int wrongRecords = 0;
        // Runs that also called GET /catalog (the changes answer's etag differed).
        int catalogRuns = 0;
        for (int i = 0; i < o.incremental; ++i) {
            side.post(posterToken, account.publicCase,
                      "Benchmark update " + std::to_string(i + 1) + ": vi har kigget på sagen igen.");
            const SyncFigures f = runner.sync(60000);
            if (!f.ok) {
                std::cerr << "sync_bench: incremental sync failed: " << f.failure.toStdString() << '\n';
                return 1;
            }
            wrongRecords += f.records != 2 ? 1 : 0; // the post and its case (updatedAt moved)
            wall.push_back(f.wallSeconds);
            stored.push_back(f.storedSeconds);
            catalogRuns += f.catalogCalls > 0 ? 1 : 0;
            changes.push_back(f.lastReplySeconds); // from sync(): the outbox check, then the call
            bytesSeen.push_back(static_cast<double>(f.wire.toClient + f.wire.toServer));
            trips.push_back(f.roundTrips);
        }
        const double medianWall = percentile(wall, 50);
        const double medianBytes = percentile(bytesSeen, 50);
        const double medianTrips = percentile(trips, 50);
        const double maxTrips = percentile(trips, 100);
        std::cerr << "  incremental x" << o.incremental << ": wall p50 " << medianWall << " s p95 "
                  << percentile(wall, 95) << " s; runs with a catalog call " << catalogRuns
                  << "; changes answered p50 " << percentile(changes, 50) << " s; stored p50 "
                  << percentile(stored, 50) << " s; bytes p50 " << medianBytes << "; trips p50 "
                  << medianTrips << " max " << maxTrips << "; health RTT direct " << direct
                  << " s proxied " << proxied
                  << " s; runs without exactly 2 records: " << wrongRecords << std::endl;
        const std::string runs = " (" + std::to_string(o.incremental) + " runs)";
        row("(b) incremental: round trips", scenario + runs,
            fixed(medianTrips, 0) + " (median; max " + fixed(maxTrips, 0) + "; GET /catalog in "
                + std::to_string(catalogRuns) + " of " + std::to_string(o.incremental) + " runs)",
            "1", verdict(maxTrips <= 1));
        row("(b) incremental: bytes on the wire", scenario + runs,
            formatBytes(medianBytes) + " (median, requests + responses)", "< 3 KB",
            verdict(medianBytes < 3000));
        row("(b) incremental: wall time end to end", scenario + runs,
            "p50 " + formatSeconds(medianWall) + ", p95 " + formatSeconds(percentile(wall, 95))
                + "; from sync(): changes answered at " + formatSeconds(percentile(changes, 50))
                + ", page stored at " + formatSeconds(percentile(stored, 50))
                + ", then the list update and syncFinished",
            "< 5 ms", verdict(medianWall < 0.005));
        row("(b) counting proxy overhead", "GET /health, 200 runs",
            "direct " + formatSeconds(direct) + ", via proxy " + formatSeconds(proxied)
                + " per round trip",
            "-", "-");
        result["incremental"] = {{"runs", o.incremental},
                                 {"wallP50", medianWall},
                                 {"wallP95", percentile(wall, 95)},
                                 {"storedP50", percentile(stored, 50)},
                                 {"catalogRuns", catalogRuns},
                                 {"changesAnsweredP50", percentile(changes, 50)},
                                 {"bytesP50", medianBytes},
                                 {"roundTripsP50", medianTrips},
                                 {"roundTripsMax", maxTrips},
                                 {"runsWithUnexpectedRecords", wrongRecords},
                                 {"healthDirectP50", direct},
                                 {"healthProxiedP50", proxied}};
    }
    runner.closeWorkspace();
    if (!server.stop())
        std::cerr << "sync_bench: " << server.error() << '\n';
    if (!o.results.empty())
        std::ofstream(o.results, std::ios::app) << result.dump() << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    try {
        return run(app);
    } catch (const std::exception& e) {
        std::cerr << "sync_bench: " << e.what() << '\n';
        return 1;
    }
}
