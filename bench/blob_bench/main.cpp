// bench/blob_bench: a large file through the client library and the real caseportd on
// loopback — hash, upload in chunks cancelled at 50 % and resumed by a new upload (what a
// restart of the program does), attach it to a post, download it cancelled at 50 % and
// resumed, verified and renamed into place.
//
//   blob_bench --caseportd BIN --dir BENCHDIR [--size-mib 1024] [--chunk-mib 8]
//              [--results FILE.jsonl]
//
// BENCHDIR is bench/generate's (config, store, bench.json); the first account's full user
// uploads and downloads. The generated file and the download live in a temp folder inside
// BENCHDIR and are removed at the end; the blob stays in the scratch store. Prints
// Markdown table rows on stdout (bench/run.sh assembles the table), progress on stderr,
// and appends one JSON object to --results.

#include "BenchHttp.h"
#include "Manifest.h"
#include "ProcStats.h"
#include "ServerProcess.h"
#include "TransferRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <vector>

using namespace caseport::bench;

namespace {

struct Options {
    std::string caseportd;
    std::string dir;
    qint64 sizeMiB = 1024;
    qint64 chunkMiB = 8;
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
        else if (arg == QLatin1String("--size-mib"))
            o.sizeMiB = std::stoll(next());
        else if (arg == QLatin1String("--chunk-mib"))
            o.chunkMiB = std::stoll(next());
        else if (arg == QLatin1String("--results"))
            o.results = next();
        else
            return false;
    }
    return !o.caseportd.empty() && !o.dir.empty() && o.sizeMiB > 0 && o.chunkMiB > 0;
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

const char* verdict(bool met)
{
    return met ? "met" : "**missed**";
}

// `size` bytes of incompressible pseudo-random data (splitmix64), written in 8 MiB blocks.
bool generateFile(const QString& path, qint64 size)
{
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    std::vector<std::uint64_t> block((8 << 20) / sizeof(std::uint64_t));
    std::uint64_t state = 0x5eed;
    for (qint64 left = size; left > 0 && out;) {
        for (auto& word : block) {
            std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
        const auto bytes = static_cast<std::streamsize>(
            std::min<qint64>(left, static_cast<qint64>(block.size() * sizeof(std::uint64_t))));
        out.write(reinterpret_cast<const char*>(block.data()), bytes);
        left -= bytes;
    }
    return static_cast<bool>(out);
}

double mbPerSecond(qint64 bytes, double seconds)
{
    return seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0;
}

int run(QCoreApplication& app)
{
    Options o;
    if (!parse(app.arguments(), o)) {
        std::cerr << "usage: blob_bench --caseportd BIN --dir BENCHDIR [--size-mib 1024] "
                     "[--chunk-mib 8] [--results FILE]\n";
        return 2;
    }
    const Manifest manifest = loadManifest(o.dir + "/bench.json");
    const ManifestAccount& account = manifest.accounts.front();
    const qint64 size = o.sizeMiB << 20;
    const qint64 chunk = o.chunkMiB << 20;
    const std::string scenario = std::to_string(o.sizeMiB) + " MiB, chunks of "
        + std::to_string(o.chunkMiB) + " MiB, loopback";

    QTemporaryDir work(QString::fromStdString(o.dir) + QStringLiteral("/blobs-XXXXXX"));
    const QString source = work.filePath(QStringLiteral("bench.zip"));
    std::cerr << "generating " << o.sizeMiB << " MiB in " << source.toStdString() << " ..." << std::endl;
    if (!work.isValid() || !generateFile(source, size)) {
        std::cerr << "blob_bench: cannot write " << source.toStdString() << '\n';
        return 1;
    }

    ServerProcess server;
    if (!server.start(o.caseportd, o.dir + "/caseportd.toml", o.dir + "/data", o.dir + "/caseportd-blob.log")) {
        std::cerr << "blob_bench: " << server.error() << '\n';
        return 1;
    }
    BenchHttp side(server.host(), server.port());
    const std::string token = side.login(account.fullUser, manifest.password);
    TransferRunner runner(QUrl(QString::fromStdString(server.baseUrl())), QString::fromStdString(token));
    const long serverStartKb = readProcMemory(server.pid()).hwmKb;
    const long clientStartKb = selfPeakRssKb();

    std::cerr << "hashing ..." << std::endl;
    const TransferFigures hashed = runner.hash(source);
    if (!hashed.ok) {
        std::cerr << "blob_bench: hashing failed: " << hashed.failure.toStdString() << '\n';
        return 1;
    }
    std::cerr << "  " << hashed.seconds << " s" << std::endl;

    // Upload: cancelled at 50 %, then a new BlobUpload (a restart) asks HEAD and sends the rest.
    const double serverCpu0 = processCpuSeconds(server.pid());
    const double clientCpu0 = selfCpuSeconds();
    std::cerr << "upload, cancel at 50 % ..." << std::endl;
    const TransferFigures up1 = runner.upload(source, hashed.result, chunk, 0.5);
    if (!up1.cancelled) {
        std::cerr << "blob_bench: the first upload was not cancelled: " << up1.failure.toStdString() << '\n';
        return 1;
    }
    std::cerr << "resume ..." << std::endl;
    const TransferFigures up2 = runner.upload(source, hashed.result, chunk, 0);
    if (!up2.ok) {
        std::cerr << "blob_bench: the resumed upload failed: " << up2.failure.toStdString() << '\n';
        return 1;
    }
    const double uploadSeconds = up1.seconds + up2.seconds;
    const qint64 uploadResent = up1.bytes + up2.bytes - size;
    const long serverAfterUploadKb = readProcMemory(server.pid()).hwmKb;
    const double serverCpuUp = processCpuSeconds(server.pid()) - serverCpu0;
    const double clientCpuUp = selfCpuSeconds() - clientCpu0;
    std::cerr << "  " << up1.seconds << " s to the cancel (" << up1.bytes << " B sent), resumed from "
              << up2.resumedFrom << " in " << up2.seconds << " s (" << up2.bytes << " B); re-sent "
              << uploadResent << " B; server VmHWM " << serverAfterUploadKb << " KiB" << std::endl;

    // Attach it, so the server lets the user download it.
    const nlohmann::json post = {
        {"id", randomUuid()},
        {"text", "blob_bench"},
        {"attachments",
         {{{"id", randomUuid()}, {"name", "bench.zip"}, {"sha256", hashed.result.toStdString()},
           {"size", size}, {"mime", "application/zip"}}}}};
    const BenchHttp::Reply posted = side.request("POST", "/api/v1/cases/" + account.publicCase + "/posts",
                                                 token, post.dump());
    if (posted.status != 201) {
        std::cerr << "blob_bench: attaching failed: " << posted.status << ' ' << posted.body << '\n';
        return 1;
    }

    const QString folder = work.filePath(QStringLiteral("download"));
    const double serverCpu1 = processCpuSeconds(server.pid());
    const double clientCpu1 = selfCpuSeconds();
    std::cerr << "download, cancel at 50 % ..." << std::endl;
    const TransferFigures down1 = runner.download(hashed.result, folder, 0.5);
    std::cerr << "resume ..." << std::endl;
    const TransferFigures down2 = runner.download(hashed.result, folder, 0);
    if (!down1.cancelled || !down2.ok) {
        std::cerr << "blob_bench: download failed: " << down1.failure.toStdString() << " / "
                  << down2.failure.toStdString() << '\n';
        return 1;
    }
    const double downloadSeconds = down1.seconds + down2.seconds;
    const double downloadWire = downloadSeconds - down2.verifySeconds;
    const qint64 downloadResent = down1.bytes + down2.bytes - size;
    const ProcMemory serverEnd = readProcMemory(server.pid());
    const double serverCpuDown = processCpuSeconds(server.pid()) - serverCpu1;
    const double clientCpuDown = selfCpuSeconds() - clientCpu1;
    const long clientPeakKb = selfPeakRssKb();
    std::cerr << "  " << down1.seconds << " s to the cancel (" << down1.bytes << " B), resumed from "
              << down2.resumedFrom << " in " << down2.seconds << " s incl. " << down2.verifySeconds
              << " s verify; client peak RSS " << clientPeakKb << " KiB (at start " << clientStartKb
              << "), server VmHWM " << serverEnd.hwmKb << " KiB (at start " << serverStartKb << ")" << std::endl;
    QFile::remove(down2.result);

    const double upRate = mbPerSecond(size, uploadSeconds);
    const double downRate = mbPerSecond(size, downloadSeconds);
    row("hash (FileHasher, worker thread)", scenario,
        fixed(mbPerSecond(size, hashed.seconds), 0) + " MB/s (" + formatSeconds(hashed.seconds) + ")", "-", "-");
    row("upload throughput", scenario + ", cancelled at 50 % and resumed",
        fixed(upRate, 0) + " MB/s (" + formatSeconds(uploadSeconds) + " sending; CPU client "
            + fixed(clientCpuUp, 1) + " s, server " + fixed(serverCpuUp, 1) + " s)",
        "> 250 MB/s (§9)", verdict(upRate > 250));
    row("upload: bytes sent twice", scenario,
        formatBytes(static_cast<double>(uploadResent)) + " (resumed at " + std::to_string(up2.resumedFrom)
            + " of " + std::to_string(size) + ")",
        "<= one chunk (" + formatBytes(static_cast<double>(chunk)) + ")", verdict(uploadResent <= chunk));
    row("download throughput", scenario + ", cancelled at 50 % and resumed",
        fixed(downRate, 0) + " MB/s incl. verify (" + formatSeconds(downloadSeconds) + "; on the wire "
            + fixed(mbPerSecond(size, downloadWire), 0) + " MB/s, SHA-256 check "
            + formatSeconds(down2.verifySeconds) + "; CPU client " + fixed(clientCpuDown, 1) + " s, server "
            + fixed(serverCpuDown, 1) + " s)",
        "-", "-");
    row("download: bytes received twice", scenario, formatBytes(static_cast<double>(downloadResent)),
        "0", verdict(downloadResent == 0));
    row("client peak RSS", scenario,
        formatBytes(clientPeakKb * 1024.0) + " (before the transfers " + formatBytes(clientStartKb * 1024.0) + ")",
        "flat (streamed)", verdict(clientPeakKb - clientStartKb < 128 * 1024));
    row("server peak RSS (VmHWM)", scenario,
        formatBytes(serverEnd.hwmKb * 1024.0) + " (before the transfers " + formatBytes(serverStartKb * 1024.0)
            + ")",
        "flat (streamed)", verdict(serverEnd.hwmKb - serverStartKb < 128 * 1024));

    if (!server.stop())
        std::cerr << "blob_bench: " << server.error() << '\n';
    const nlohmann::json result = {
        {"bench", "blob"},
        {"sizeBytes", size},
        {"chunkBytes", chunk},
        {"hashSeconds", hashed.seconds},
        {"upload",
         {{"seconds", uploadSeconds}, {"mbPerSecond", upRate}, {"sentBeforeCancel", up1.bytes},
          {"resumedFrom", up2.resumedFrom}, {"sentAfterResume", up2.bytes}, {"resentBytes", uploadResent},
          {"clientCpuSeconds", clientCpuUp}, {"serverCpuSeconds", serverCpuUp}}},
        {"download",
         {{"seconds", downloadSeconds}, {"mbPerSecond", downRate}, {"verifySeconds", down2.verifySeconds},
          {"resumedFrom", down2.resumedFrom}, {"resentBytes", downloadResent},
          {"clientCpuSeconds", clientCpuDown}, {"serverCpuSeconds", serverCpuDown}}},
        {"clientPeakRssKb", clientPeakKb},
        {"clientStartRssKb", clientStartKb},
        {"serverHwmKb", serverEnd.hwmKb},
        {"serverStartHwmKb", serverStartKb},
        {"serverAfterUploadHwmKb", serverAfterUploadKb}};
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
        std::cerr << "blob_bench: " << e.what() << '\n';
        return 1;
    }
}
