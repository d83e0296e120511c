// bench/push_bench: (c) push latency with many connected clients, and caseportd's
// memory while it holds them.
//
//   push_bench --caseportd BIN --dir BENCHDIR [--clients 1000] [--per-token 20]
//              [--audience staff|accounts] [--rounds 20] [--threads 4] [--results FILE]
//
// Starts caseportd on the generated store, logs in clients/per-token sessions and opens
// per-token WebSockets on each (/api/v1/events), waits for every {"type":"ready"}, then
// runs rounds of changes and measures, for every connection, the time from just before
// the POST that makes the change to the arrival of its {"type":"changed"}.
//   --audience staff: every session is the staff user; each round one customer posts
//     once on a case of theirs, and all connections must hear of it (full fan-out);
//   --audience accounts: sessions are the accounts' full users (one account per
//     session); each round staff posts once on a case of every account, back to back,
//     and each connection must hear of its own account's post.
// Prints Markdown table rows on stdout, progress on stderr, and appends one JSON object
// per run to --results.

#include "BenchHttp.h"
#include "Manifest.h"
#include "ProcStats.h"
#include "ServerProcess.h"
#include "Subscribers.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

using namespace caseport::bench;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string caseportd;
    std::string dir;
    int clients = 1000;
    int perToken = 20;
    std::string audience = "staff";
    int rounds = 20;
    int threads = 4;
    std::string results;
};

bool parse(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--caseportd")
            o.caseportd = next();
        else if (arg == "--dir")
            o.dir = next();
        else if (arg == "--clients")
            o.clients = std::stoi(next());
        else if (arg == "--per-token")
            o.perToken = std::stoi(next());
        else if (arg == "--audience")
            o.audience = next();
        else if (arg == "--rounds")
            o.rounds = std::stoi(next());
        else if (arg == "--threads")
            o.threads = std::stoi(next());
        else if (arg == "--results")
            o.results = next();
        else
            return false;
    }
    return !o.caseportd.empty() && !o.dir.empty() && o.clients > 0 && o.perToken > 0
        && o.rounds > 0 && (o.audience == "staff" || o.audience == "accounts");
}

void row(const std::string& measure, const std::string& scenario, const std::string& measured,
         const std::string& target, const std::string& verdict)
{
    std::cout << "| " << measure << " | " << scenario << " | " << measured << " | " << target
              << " | " << verdict << " |" << std::endl;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

int run(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, o)) {
        std::cerr << "usage: push_bench --caseportd BIN --dir BENCHDIR [--clients N] [--per-token N] "
                     "[--audience staff|accounts] [--rounds N] [--threads N] [--results FILE]\n";
        return 2;
    }
    const long files = raiseOpenFileLimit();
    const Manifest manifest = loadManifest(o.dir + "/bench.json");
    const bool staffAudience = o.audience == "staff";
    const int sessions = (o.clients + o.perToken - 1) / o.perToken;
    if (!staffAudience && sessions > static_cast<int>(manifest.accounts.size())) {
        std::cerr << "push_bench: " << sessions << " sessions need as many accounts\n";
        return 2;
    }

    ServerProcess server;
    if (!server.start(o.caseportd, o.dir + "/caseportd.toml", o.dir + "/data",
                      o.dir + "/caseportd-push.log")) {
        std::cerr << "push_bench: " << server.error() << '\n';
        return 1;
    }
    BenchHttp side(server.host(), server.port());
    const std::string staffToken = side.login(manifest.staffUser, manifest.password);
    const std::string customerToken = side.login(manifest.accounts[0].fullUser, manifest.password);

    // Sessions, then one token per connection; connection i belongs to session i / perToken.
    std::vector<std::string> sessionTokens;
    const auto loginsStarted = Clock::now();
    for (int s = 0; s < sessions; ++s) {
        const std::string& user = staffAudience ? manifest.staffUser
                                                : manifest.accounts[static_cast<std::size_t>(s)].fullUser;
        sessionTokens.push_back(side.login(user, manifest.password));
    }
    const double loginSeconds = seconds(Clock::now() - loginsStarted);
    std::vector<std::string> tokens;
    for (int i = 0; i < o.clients; ++i)
        tokens.push_back(sessionTokens[static_cast<std::size_t>(i / o.perToken)]);
    const ProcMemory idle = readProcMemory(server.pid());

    std::cerr << "connecting " << o.clients << " WebSockets (" << sessions << " sessions, "
              << o.threads << " handshakes at a time; open files " << files << ") ..." << std::endl;
    Subscribers subscribers(server.host(), server.port());
    std::vector<double> setup;
    std::string error;
    const auto connectStarted = Clock::now();
    if (!subscribers.connect(tokens, o.threads, setup, error)) {
        std::cerr << "push_bench: " << error << '\n';
        return 1;
    }
    const double connectSeconds = seconds(Clock::now() - connectStarted);
    subscribers.startReceiving();
    std::this_thread::sleep_for(std::chrono::milliseconds(500)); // let the server settle
    const ProcMemory holding = readProcMemory(server.pid());
    std::cerr << "  connected in " << connectSeconds << " s; server RSS " << idle.rssKb << " → "
              << holding.rssKb << " KiB, " << holding.threads << " threads" << std::endl;

    // The rounds.
    std::vector<double> latencies, fanOut, postSeconds;
    std::size_t missed = 0;
    const auto serverCpuBefore = processCpuSeconds(server.pid());
    for (int r = 0; r < o.rounds; ++r) {
        subscribers.beginRound();
        std::vector<Clock::time_point> startedAt; // per session (accounts) or one (staff)
        const std::string text = "Push benchmark round " + std::to_string(r + 1) + ".";
        if (staffAudience) {
            startedAt.push_back(Clock::now());
            side.post(customerToken, manifest.accounts[0].publicCase, text);
            postSeconds.push_back(seconds(Clock::now() - startedAt.back()));
        } else {
            for (int s = 0; s < sessions; ++s) {
                startedAt.push_back(Clock::now());
                side.post(staffToken, manifest.accounts[static_cast<std::size_t>(s)].publicCase, text);
                postSeconds.push_back(seconds(Clock::now() - startedAt.back()));
            }
        }
        const std::size_t arrived = subscribers.waitForArrivals(subscribers.size(), 15000);
        missed += subscribers.size() - arrived;
        double last = 0;
        for (std::size_t i = 0; i < subscribers.size(); ++i) {
            const auto at = subscribers.arrival(i);
            if (at == Clock::time_point{})
                continue;
            const auto& t0 = startedAt[staffAudience ? 0 : i / static_cast<std::size_t>(o.perToken)];
            latencies.push_back(seconds(at - t0));
            last = std::max(last, seconds(at - startedAt.front()));
        }
        fanOut.push_back(last);
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // quiet between rounds
    }
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpuBefore;
    const ProcMemory after = readProcMemory(server.pid());
    const double p50 = percentile(latencies, 50), p95 = percentile(latencies, 95),
                 p99 = percentile(latencies, 99), worst = percentile(latencies, 100);
    std::cerr << "  latency p50 " << p50 << " s p95 " << p95 << " s p99 " << p99 << " s max "
              << worst << " s; missed " << missed << "; odd frames " << subscribers.oddFrames()
              << ", closed " << subscribers.closed() << ", pings " << subscribers.pings()
              << "; server CPU in rounds " << serverCpu << " s" << std::endl;

    const std::string scenario = std::to_string(o.clients) + " clients, "
        + (staffAudience ? "all staff, 1 post/round" : std::to_string(sessions) + " accounts, "
                                + std::to_string(sessions) + " posts/round")
        + ", " + std::to_string(o.rounds) + " rounds";
    row("(c) push latency", scenario,
        "p50 " + formatSeconds(p50) + ", p95 " + formatSeconds(p95) + ", p99 " + formatSeconds(p99)
            + ", max " + formatSeconds(worst) + "; " + std::to_string(latencies.size())
            + " deliveries, " + std::to_string(missed) + " missed",
        "p95 < 1 s", p95 < 1 && missed == 0 ? "met" : "**missed**");
    row("(c) push: whole fan-out per round", scenario,
        "p50 " + formatSeconds(percentile(fanOut, 50)) + ", max " + formatSeconds(percentile(fanOut, 100))
            + " (first POST → last client); POST p50 " + formatSeconds(percentile(postSeconds, 50)),
        "-", "-");
    row("(c) push: server RSS", scenario,
        formatBytes(idle.rssKb * 1024.0) + " idle → " + formatBytes(holding.rssKb * 1024.0)
            + " holding (" + formatBytes((holding.rssKb - idle.rssKb) * 1024.0 / o.clients)
            + "/connection), " + formatBytes(after.rssKb * 1024.0) + " after the rounds; "
            + std::to_string(holding.threads) + " threads",
        "-", "-");
    row("(c) push: connection setup", scenario,
        formatSeconds(connectSeconds) + " for all (" + std::to_string(o.threads)
            + " at a time): p50 " + formatSeconds(percentile(setup, 50)) + ", p95 "
            + formatSeconds(percentile(setup, 95)) + ", max " + formatSeconds(percentile(setup, 100))
            + " handshake → ready; " + std::to_string(sessions) + " logins "
            + formatSeconds(loginSeconds),
        "-", "-");

    subscribers.stop();
    if (!server.stop())
        std::cerr << "push_bench: " << server.error() << '\n';
    if (!o.results.empty()) {
        const nlohmann::json result = {
            {"audience", o.audience},   {"clients", o.clients},
            {"sessions", sessions},     {"rounds", o.rounds},
            {"latencyP50", p50},        {"latencyP95", p95},
            {"latencyP99", p99},        {"latencyMax", worst},
            {"missed", missed},         {"fanOutP50", percentile(fanOut, 50)},
            {"postP50", percentile(postSeconds, 50)},
            {"serverRssIdleKb", idle.rssKb}, {"serverRssHoldingKb", holding.rssKb},
            {"serverRssAfterKb", after.rssKb}, {"serverThreads", holding.threads},
            {"connectSeconds", connectSeconds}, {"setupP50", percentile(setup, 50)},
            {"setupP95", percentile(setup, 95)}, {"loginSeconds", loginSeconds},
            {"serverCpuSecondsInRounds", serverCpu}};
        std::ofstream(o.results, std::ios::app) << result.dump() << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "push_bench: " << e.what() << '\n';
        return 1;
    }
}
