// caseport — the desktop client. Thin on purpose: everything lives in caseport-widgets
// (windows) and caseport-client-lib (API, cache, sync), which tests link directly.

#include "AppController.h"
#include "AppResources.h"
#include "LanguageManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Caseport"));
    QApplication::setApplicationName(QStringLiteral("Caseport"));
    QApplication::setApplicationVersion(QStringLiteral(CASEPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("caseport"));
    caseport::app::initResources();
    QApplication::setWindowIcon(caseport::app::appIcon());

    caseport::app::LanguageManager languages;
    languages.setLanguage(caseport::app::LanguageManager::initialLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Caseport desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Server address to fill in, e.g. http://127.0.0.1:8080."),
                                          QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("E-mail to fill in."),
                                        QStringLiteral("EMAIL"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("User interface language: da, en or sv."),
                                            QStringLiteral("CODE"));
    parser.addOptions({serverOption, userOption, languageOption});
    parser.process(app);
    if (parser.isSet(languageOption))
        languages.setLanguage(parser.value(languageOption));

    QNetworkAccessManager network;
    caseport::app::AppController::Options options;
    options.server = parser.value(serverOption);
    options.user = parser.value(userOption);
    options.cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    caseport::app::AppController controller(&network, &languages, options);
    QObject::connect(&controller, &caseport::app::AppController::finished, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}
