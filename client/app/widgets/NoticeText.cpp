#include "NoticeText.h"

#include "caseport/NoticeRules.h"
#include "caseport/client/AccessChoices.h"
#include "caseport/client/Workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace caseport::app {
namespace {

QString localTime(const std::string& rfc3339)
{
    const auto seconds = caseport::notices::parseTime(rfc3339);
    if (!seconds)
        return QString::fromStdString(rfc3339);
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds).toLocalTime(), QLocale::ShortFormat);
}

caseport::access::Viewer viewerOf(const caseport::client::Workspace& workspace, bool onlyCurrentAccount)
{
    auto viewer = caseport::client::accessChoices::viewerOf(workspace.catalog(), workspace.session());
    if (onlyCurrentAccount) {
        const std::string account = workspace.currentAccount().toStdString();
        std::erase_if(viewer.memberships, [&](const caseport::Membership& m) { return m.account != account; });
    }
    return viewer;
}

} // namespace

QString NoticeText::severityName(caseport::NoticeSeverity severity)
{
    switch (severity) {
    case caseport::NoticeSeverity::Info:
        //: Severity of an operational notice
        return tr("Information");
    case caseport::NoticeSeverity::Warning:
        //: Severity of an operational notice
        return tr("Warning");
    case caseport::NoticeSeverity::Outage:
        //: Severity of an operational notice: a service is down
        return tr("Outage");
    }
    return {};
}

QString NoticeText::styleSheet(caseport::NoticeSeverity severity, const QString& objectName)
{
    // Light backgrounds with dark text: readable in light and dark desktop themes alike.
    const char* background = "#e8f1fb";
    const char* border = "#7aa7d9";
    switch (severity) {
    case caseport::NoticeSeverity::Info:
        break;
    case caseport::NoticeSeverity::Warning:
        background = "#fff4d1";
        border = "#e0b030";
        break;
    case caseport::NoticeSeverity::Outage:
        background = "#fde3e1";
        border = "#d9534f";
        break;
    }
    return QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }"
                          " QFrame#%1 QLabel { color: #1d1d1d; background: transparent; border: none; }")
        .arg(objectName, QLatin1String(background), QLatin1String(border));
}

QString NoticeText::text(const caseport::Notice& notice, const QString& language)
{
    return QString::fromStdString(notice.text.pick(language.toStdString()));
}

QString NoticeText::validity(const caseport::Notice& notice)
{
    if (!notice.from.empty() && !notice.until.empty())
        //: When a notice applies: %1 and %2 are date and time
        return tr("From %1 until %2").arg(localTime(notice.from), localTime(notice.until));
    if (!notice.from.empty())
        return tr("From %1").arg(localTime(notice.from));
    if (!notice.until.empty())
        return tr("Until %1").arg(localTime(notice.until));
    return {};
}

QString NoticeText::products(const caseport::Notice& notice, const caseport::Catalog& catalog,
                             const QString& language)
{
    if (notice.products.empty())
        return tr("All products");
    QStringList names;
    for (const std::string& id : notice.products) {
        const auto it = std::find_if(catalog.products.begin(), catalog.products.end(),
                                     [&](const caseport::Product& p) { return p.id == id; });
        const std::string name = it == catalog.products.end() ? id : it->name.pick(language.toStdString());
        names << QString::fromStdString(name.empty() ? id : name);
    }
    //: Separator between product names of a notice
    return names.join(tr(", "));
}

std::int64_t NoticeText::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

std::vector<caseport::Notice> NoticeText::visibleNow(const caseport::client::Workspace& workspace,
                                                     bool onlyCurrentAccount)
{
    return caseport::notices::visibleNow(workspace.catalog().notices, viewerOf(workspace, onlyCurrentAccount), now());
}

std::vector<caseport::Notice> NoticeText::notEnded(const caseport::client::Workspace& workspace)
{
    const auto viewer = viewerOf(workspace, false);
    const std::int64_t at = now();
    std::vector<caseport::Notice> out;
    for (const caseport::Notice& notice : workspace.catalog().notices) {
        if (!caseport::notices::hasExpired(notice, at) && caseport::notices::concerns(notice, viewer))
            out.push_back(notice);
    }
    return out;
}

void NoticeText::scheduleNextBoundary(QTimer* timer, const caseport::Catalog& catalog)
{
    const std::int64_t at = now();
    const auto next = caseport::notices::nextBoundary(catalog.notices, at);
    if (!next) {
        timer->stop();
        return;
    }
    // A day at most per wait (QTimer takes an int of milliseconds); a wake-up before
    // the boundary just schedules again. Half a second late, so the boundary has passed.
    const std::int64_t waitMs = std::min<std::int64_t>((*next - at) * 1000 + 500, std::int64_t{24} * 3600 * 1000);
    timer->setSingleShot(true);
    timer->start(static_cast<int>(waitMs));
}

} // namespace caseport::app
