#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace caseport::app {

// Owns the application's translators: Caseport's own catalogue (":/i18n/caseport_<lang>.qm")
// and Qt's stock strings ("qtbase_<lang>" from the Qt installation, when it exists).
// setLanguage() swaps both at runtime; Qt then posts QEvent::LanguageChange to every
// window, which retranslates itself. Lives on the GUI thread; one per application,
// passed to whoever needs it (no global access).
class LanguageManager : public QObject {
    Q_OBJECT
public:
    // persist: remember the choice in QSettings ("ui/language").
    explicit LanguageManager(bool persist = true, QObject* parent = nullptr);
    ~LanguageManager() override;

    // "da", "en", "sv" — the languages the client ships.
    [[nodiscard]] static QStringList supportedLanguages();
    // The language's name in itself ("Dansk", "English", "Svenska"); never translated.
    [[nodiscard]] static QString nativeName(const QString& language);
    // The stored choice, else the system locale's language when supported, else "en".
    [[nodiscard]] static QString initialLanguage();

    [[nodiscard]] QString language() const;
    // Loads and installs the catalogues, sets QLocale's default, persists the choice.
    // Unsupported codes fall back to English. Emits languageChanged() when it changes.
    void setLanguage(const QString& language);

signals:
    void languageChanged(const QString& language);

private:
    void installTranslators(const QString& language);

    bool m_persist;
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace caseport::app
