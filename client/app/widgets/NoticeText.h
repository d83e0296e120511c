#pragma once

#include "caseport/Catalog.h"
#include "caseport/Notice.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

class QTimer;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// How the notice banner and the Notices page name, colour and select notices: the
// severity's word and colours, the text in the UI language (English as fallback),
// the validity window in the user's locale, and which of the catalog's notices the
// user sees now (NoticeRules.h does the deciding).
class NoticeText {
    Q_DECLARE_TR_FUNCTIONS(NoticeText)
public:
    [[nodiscard]] static QString severityName(caseport::NoticeSeverity severity);
    // A style sheet for a QFrame of the severity: background, border and text colours.
    [[nodiscard]] static QString styleSheet(caseport::NoticeSeverity severity, const QString& objectName);
    [[nodiscard]] static QString text(const caseport::Notice& notice, const QString& language);
    // "Until 20 Dec 2026 08:00", "From … until …", "From …", or "" when open both ways.
    [[nodiscard]] static QString validity(const caseport::Notice& notice);
    // The products' names in `language`, joined; "All products" when none are listed.
    [[nodiscard]] static QString products(const caseport::Notice& notice, const caseport::Catalog& catalog,
                                          const QString& language);

    // Seconds since the Unix epoch, now.
    [[nodiscard]] static std::int64_t now();
    // The notices the workspace's user sees now; with onlyCurrentAccount, judged by their
    // membership of the account they work in (staff: every notice).
    [[nodiscard]] static std::vector<caseport::Notice> visibleNow(const caseport::client::Workspace& workspace,
                                                                  bool onlyCurrentAccount);
    // The catalog's notices that concern the user and have not ended (upcoming ones too).
    [[nodiscard]] static std::vector<caseport::Notice> notEnded(const caseport::client::Workspace& workspace);
    // Starts `timer` (single shot) for the next moment a catalog notice starts or ends;
    // stops it when none will. No polling: one wake-up per boundary.
    static void scheduleNextBoundary(QTimer* timer, const caseport::Catalog& catalog);
};

} // namespace caseport::app
