#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace wattprint {

// Installs the translators for one UI language at a time: Wattprint's own catalogue (built into
// the binary under :/i18n) and Qt's (from the system, for standard dialogs). Installing sends
// QEvent::LanguageChange to every widget, so open windows retranslate themselves.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en", "de", "fr", or "" for the system's language (English when it has no catalogue).
    // Returns the language now in force.
    QString apply(const QString &language);
    QString current() const { return m_current; }

    // The language `language` resolves to: itself, or for "" the system's, if a catalogue exists.
    static QString resolve(const QString &language);
    static bool hasCatalogue(const QString &language);
    static QString cataloguePath(const QString &language); // ":/i18n/wattprint_de.qm"

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current = QStringLiteral("en");
};

} // namespace wattprint
