#include "languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace wattprint {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::cataloguePath(const QString &language)
{
    return QStringLiteral(":/i18n/wattprint_%1.qm").arg(language);
}

bool LanguageManager::hasCatalogue(const QString &language)
{
    return language == QLatin1String("en") || QFile::exists(cataloguePath(language));
}

QString LanguageManager::resolve(const QString &language)
{
    if (!language.isEmpty())
        return hasCatalogue(language) ? language : QStringLiteral("en");
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("en") || hasCatalogue(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

QString LanguageManager::apply(const QString &language)
{
    const QString wanted = resolve(language);
    removeTranslators();
    m_current = QStringLiteral("en");
    // English's own catalogue holds only the plural forms ("1 run", "2 runs").
    auto app = std::make_unique<QTranslator>();
    if (app->load(cataloguePath(wanted))) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
        m_current = wanted;
        // Qt's own strings (file dialogs, "Cancel"); optional: absent on minimal systems.
        auto qt = std::make_unique<QTranslator>();
        if (wanted != QLatin1String("en")
            && qt->load(QLocale(wanted), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    // Number formats follow the language in force, so "1,5 kWh" reads naturally in German.
    const QLocale system = QLocale::system();
    const bool systemMatches = system.name().startsWith(m_current);
    QLocale::setDefault(systemMatches || m_current == QLatin1String("en") ? system : QLocale(m_current));
    return m_current;
}

} // namespace wattprint
