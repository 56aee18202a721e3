// The column mapping dialog for a CSV the importer does not know: its guesses from the header,
// Import enabled only with energy and duration chosen, the converted preview following the units,
// a mapping saved and loaded by name, and what a user sees in English and German at 1280x800
// (test-output/column-mapping-dialog-LANG.png, to be looked at).
#include <columnmappingdialog.h>
#include <columnmappingstore.h>
#include <importdialog.h>
#include <languagemanager.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wattprint;

namespace {

QString fixture()
{
    return QStringLiteral(WATTPRINT_FIXTURES "/mapped/runs_wh_minutes.csv");
}

template<typename T>
T *child(ColumnMappingDialog &d, const char *name)
{
    return d.findChild<T *>(QLatin1String(name));
}

QPushButton *okButton(ColumnMappingDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void chooseData(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

class TestColumnMappingDialog : public QObject
{
    Q_OBJECT

private slots:
    void guessesFromTheHeader();
    void importNeedsEnergyAndDuration();
    void unitsChangeTheConvertedPreview();
    void savesAndLoadsANamedMapping();
    void importDialogAsksOnlyForUnknownFiles();
    void readableInGermanAt1280x800();

private:
    QTemporaryDir m_dir;
};

void TestColumnMappingDialog::guessesFromTheHeader()
{
    ColumnMappingDialog d(fixture(), m_dir.filePath(QStringLiteral("guess.json")));
    QCOMPARE(child<QComboBox>(d, "energyColumn")->currentData().toString(), QStringLiteral("Energy (Wh)"));
    QCOMPARE(child<QComboBox>(d, "energyUnit")->currentText(), QStringLiteral("Wh"));
    QCOMPARE(child<QComboBox>(d, "durationColumn")->currentData().toString(), QStringLiteral("Duration (min)"));
    QCOMPARE(child<QComboBox>(d, "durationUnit")->currentText(), QStringLiteral("min"));
    QCOMPARE(child<QComboBox>(d, "role-project")->currentData().toString(), QStringLiteral("Project"));
    QCOMPARE(child<QComboBox>(d, "role-hardware")->currentData().toString(), QStringLiteral("Device"));
    QCOMPARE(child<QComboBox>(d, "role-run")->currentData().toString(), QStringLiteral("Model"));
    QCOMPARE(child<QComboBox>(d, "role-start")->currentData().toString(), QStringLiteral("Started"));
    QCOMPARE(child<QComboBox>(d, "role-experiment")->currentData().toString(), QString());
    // The preview: every column, the first rows (10 here, at most 20), numbered by file line.
    QTableWidget *preview = child<QTableWidget>(d, "preview");
    QCOMPARE(preview->columnCount(), 9);
    QCOMPARE(preview->rowCount(), 10);
    QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("412.7"));
    QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("2"));
    QVERIFY(child<QLabel>(d, "fileLabel")->text().contains(QLatin1String("runs_wh_minutes.csv")));
    // The chosen columns are bold in the preview's header; Notes is not chosen.
    QVERIFY(preview->horizontalHeaderItem(4)->font().bold());
    QVERIFY(!preview->horizontalHeaderItem(8)->font().bold());
    child<QComboBox>(d, "role-project")->setCurrentIndex(0);
    QVERIFY(!preview->horizontalHeaderItem(1)->font().bold());
    QVERIFY(okButton(d)->isEnabled());
    const ColumnMapping m = d.mapping();
    QCOMPARE(m.energyUnit, ColumnMapping::EnergyUnit::WattHour);
    QCOMPARE(m.cpuEnergyColumn, QStringLiteral("CPU part (Wh)"));
}

void TestColumnMappingDialog::importNeedsEnergyAndDuration()
{
    // Nothing in these names says energy or duration: nothing is guessed, Import waits.
    const QString path = m_dir.filePath(QStringLiteral("plain.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,c\n1,2,x\n3,4,y\n");
    }
    ColumnMappingDialog d(path, m_dir.filePath(QStringLiteral("plain.json")));
    QLabel *status = child<QLabel>(d, "status");
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(status->text().contains(QLatin1String("energy")));
    chooseData(child<QComboBox>(d, "energyColumn"), QStringLiteral("a"));
    QVERIFY(!okButton(d)->isEnabled()); // still no duration
    chooseData(child<QComboBox>(d, "durationColumn"), QStringLiteral("b"));
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(status->text().isEmpty());
    child<QComboBox>(d, "energyColumn")->setCurrentIndex(0); // "(choose a column)"
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(!status->text().isEmpty());
    // A text column as the energy: the preview says which value is no number.
    chooseData(child<QComboBox>(d, "energyColumn"), QStringLiteral("c"));
    QVERIFY2(child<QLabel>(d, "converted")->text().contains(QLatin1String("'x' is not a number")),
             qPrintable(child<QLabel>(d, "converted")->text()));
}

void TestColumnMappingDialog::unitsChangeTheConvertedPreview()
{
    ColumnMappingDialog d(fixture(), m_dir.filePath(QStringLiteral("units.json")));
    QLabel *converted = child<QLabel>(d, "converted");
    const QLocale locale;
    // Line 2: 412.7 Wh in 38.5 min.
    const auto expectLine = [&](double joules, double seconds) {
        return QStringLiteral("Line 2: %1 J = %2 kWh in %3 s")
            .arg(locale.toString(joules, 'g', 12), locale.toString(joules / 3.6e6, 'g', 6),
                 locale.toString(seconds, 'g', 12));
    };
    QVERIFY2(converted->text().contains(expectLine(412.7 * 3600.0, 38.5 * 60.0)), qPrintable(converted->text()));
    QComboBox *energyUnit = child<QComboBox>(d, "energyUnit");
    energyUnit->setCurrentIndex(energyUnit->findText(QStringLiteral("kWh")));
    QVERIFY2(converted->text().contains(expectLine(412.7 * 3.6e6, 38.5 * 60.0)), qPrintable(converted->text()));
    QComboBox *durationUnit = child<QComboBox>(d, "durationUnit");
    durationUnit->setCurrentIndex(durationUnit->findText(QStringLiteral("ms")));
    QVERIFY2(converted->text().contains(expectLine(412.7 * 3.6e6, 38.5 / 1000.0)), qPrintable(converted->text()));
    QCOMPARE(d.mapping().durationUnit, ColumnMapping::DurationUnit::Millisecond);
    QCOMPARE(converted->text().count(QLatin1String("Line ")), 3);
}

void TestColumnMappingDialog::savesAndLoadsANamedMapping()
{
    const QString mappings = m_dir.filePath(QStringLiteral("saved.json"));
    ColumnMapping saved;
    {
        ColumnMappingDialog d(fixture(), mappings);
        QPushButton *save = child<QPushButton>(d, "saveMapping");
        QVERIFY(!save->isEnabled()); // no name yet
        chooseData(child<QComboBox>(d, "role-experiment"), QStringLiteral("Notes"));
        child<QLineEdit>(d, "mappingName")->setText(QStringLiteral("lab sheet"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(child<QLabel>(d, "status")->text().contains(QLatin1String("lab sheet")));
        QCOMPARE(child<QComboBox>(d, "savedMappings")->currentData().toString(), QStringLiteral("lab sheet"));
        saved = d.mapping();
        QCOMPARE(saved.name, QStringLiteral("lab sheet"));
    }
    QCOMPARE(ColumnMappingStore(mappings).find(QStringLiteral("lab sheet")), std::optional<ColumnMapping>(saved));
    // A new dialog guesses, then loading the saved mapping sets every choice.
    ColumnMappingDialog d(fixture(), mappings);
    QCOMPARE(d.mapping().experimentColumn, QString());
    QComboBox *list = child<QComboBox>(d, "savedMappings");
    QCOMPARE(list->count(), 2);
    list->setCurrentIndex(1);
    emit list->activated(1);
    QCOMPARE(d.mapping(), saved);
    // Changed after loading, it is no longer the saved mapping and carries no name.
    child<QComboBox>(d, "role-experiment")->setCurrentIndex(0);
    QVERIFY(d.mapping().name.isEmpty());
}

void TestColumnMappingDialog::importDialogAsksOnlyForUnknownFiles()
{
    const QString codecarbon = QStringLiteral(WATTPRINT_FIXTURES "/codecarbon/emissions_example.csv");
    // Answers the mapping dialog the import dialog opens (modal) with OK or Cancel, and counts them.
    int asked = 0;
    const auto answer = [&asked](bool ok) {
        QTimer::singleShot(0, [&asked, ok] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *mapping = qobject_cast<ColumnMappingDialog *>(w); mapping && mapping->isVisible()) {
                    ++asked;
                    ok ? mapping->accept() : mapping->reject();
                }
            }
        });
    };
    ImportDialog d;
    d.setFiles({codecarbon, fixture()});
    answer(false);
    d.accept();
    QCOMPARE(asked, 1);
    QVERIFY(d.result() != QDialog::Accepted); // the unmapped file keeps the import dialog open
    QVERIFY(d.mappings().isEmpty());
    answer(true);
    d.accept();
    QCOMPARE(asked, 2);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.mappings().keys(), QStringList{fixture()}); // CodeCarbon's file needs none
    QCOMPARE(d.mappings().value(fixture()).energyColumn, QStringLiteral("Energy (Wh)"));
    QCOMPARE(d.mappings().value(fixture()).durationUnit, ColumnMapping::DurationUnit::Minute);
}

void TestColumnMappingDialog::readableInGermanAt1280x800()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        LanguageManager languages;
        QCOMPARE(languages.apply(language), language);
        ColumnMappingDialog d(fixture(), m_dir.filePath(QStringLiteral("screen.json")));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY2(d.width() <= 1280 && d.height() <= 760,
                 qPrintable(QStringLiteral("%1x%2").arg(d.width()).arg(d.height())));
        QVERIFY2(d.minimumSizeHint().width() <= 1280, qPrintable(QString::number(d.minimumSizeHint().width())));
        // Every label shows its whole text.
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->fontMetrics().horizontalAdvance(label->text().remove(QLatin1Char('&'))) <= label->width(),
                     qPrintable(language + u' ' + label->text()));
        }
        QDir().mkpath(QStringLiteral(WATTPRINT_OUTPUT_DIR));
        QVERIFY(d.grab().save(QStringLiteral(WATTPRINT_OUTPUT_DIR "/column-mapping-dialog-%1.png").arg(language)));
    }
    LanguageManager().apply(QStringLiteral("en"));
}

QTEST_MAIN(TestColumnMappingDialog)
#include "tst_columnmappingdialog.moc"
