#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "caseport.app.language")

namespace caseport::app {
namespace {

constexpr auto kSettingsKey = "ui/language";

QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language == QLatin1String("da"))
        return system.language() == QLocale::Danish ? system : QLocale(QLocale::Danish, QLocale::Denmark);
    if (language == QLatin1String("sv"))
        return system.language() == QLocale::Swedish ? system : QLocale(QLocale::Swedish, QLocale::Sweden);
    // English: keep the user's own English locale (US, UK, ...), else British formats,
    // which read naturally to Nordic users (24-hour clock, day before month).
    return system.language() == QLocale::English ? system
                                                 : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

LanguageManager::LanguageManager(bool persist, QObject* parent)
    : QObject(parent)
    , m_persist(persist)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("da"), QStringLiteral("en"), QStringLiteral("sv")};
}

QString LanguageManager::nativeName(const QString& language)
{
    if (language == QLatin1String("da"))
        return QStringLiteral("Dansk");
    if (language == QLatin1String("sv"))
        return QStringLiteral("Svenska");
    return QStringLiteral("English");
}

QString LanguageManager::initialLanguage()
{
    const QString stored = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (supportedLanguages().contains(stored))
        return stored;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(system) ? system : QStringLiteral("en");
}

QString LanguageManager::language() const
{
    return m_language;
}

void LanguageManager::setLanguage(const QString& language)
{
    const QString chosen = supportedLanguages().contains(language) ? language : QStringLiteral("en");
    if (chosen == m_language)
        return;
    m_language = chosen;
    // The default locale first, so windows retranslating on LanguageChange already
    // format dates and numbers the new way.
    QLocale::setDefault(localeFor(chosen));
    installTranslators(chosen);
    if (m_persist)
        QSettings().setValue(QLatin1String(kSettingsKey), chosen);
    emit languageChanged(chosen);
}

void LanguageManager::installTranslators(const QString& language)
{
    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(QStringLiteral(":/i18n/caseport_%1.qm").arg(language)))
        qCWarning(lcLanguage) << "no Caseport catalogue for" << language;

    // Qt's own strings (button boxes, context menus, file dialogs). Source texts are
    // English, so English needs none; Debian ships no qtbase_sv.qm — then Qt's few stock
    // strings stay English, which is not worth a warning.
    std::unique_ptr<QTranslator> qtTranslator;
    if (language != QLatin1String("en")) {
        qtTranslator = std::make_unique<QTranslator>();
        if (!qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            qCInfo(lcLanguage) << "no Qt catalogue for" << language;
            qtTranslator.reset();
        }
    }

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    if (!m_appTranslator->isEmpty())
        QCoreApplication::installTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
}

} // namespace caseport::app
