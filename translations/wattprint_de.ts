<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisCommands</name>
    <message>
        <source>unexpected argument &apos;%1&apos; (try --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>--%1 must be a finite number, not &apos;%2&apos;</source>
        <translation>--%1 muss eine endliche Zahl sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be a positive whole number, not &apos;%2&apos;</source>
        <translation>--%1 muss eine positive ganze Zahl sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number &gt;= %3, not &apos;%2&apos;</source>
        <translation>--%1 muss eine ganze Zahl &gt;= %3 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>SQLite database file (an existing Wattprint store).</source>
        <translation>SQLite-Datenbankdatei (ein vorhandener Wattprint-Datenspeicher).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Only runs matching FILTER, e.g. dataset=529_pollen,device=cpu (keys: dataset, shape, size, depth, device, node_type, batch).</source>
        <translation>Nur Läufe, die FILTER entsprechen, z. B. dataset=529_pollen,device=cpu (Schlüssel: dataset, shape, size, depth, device, node_type, batch).</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>%1 needs --db PATH</source>
        <translation>%1 benötigt --db PFAD</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>could not load the runs: %1</source>
        <translation>die Läufe konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>--%1 muss einer der Werte %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>One of the 13 BUTTER datasets (e.g. 201_pol).</source>
        <translation>Einer der 13 BUTTER-Datensätze (z. B. 201_pol).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Network shape (rectangle, trapezoid, exponential, wide_first_2x, ...).</source>
        <translation>Netzform (rectangle, trapezoid, exponential, wide_first_2x, ...).</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>Number of layers (&gt;= 2).</source>
        <translation>Anzahl der Schichten (&gt;= 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Target parameter count of BUTTER&apos;s width search.</source>
        <translation>Angestrebte Parameterzahl der Breitensuche von BUTTER.</translation>
    </message>
    <message>
        <source>Only this device&apos;s working sets: cpu or gpu.</source>
        <translation>Nur die Working Sets dieses Geräts: cpu oder gpu.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>Explicit layer widths, output layer last: A,B,...</source>
        <translation>Explizite Schichtbreiten, Ausgabeschicht zuletzt: A,B,...</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Input width (with --widths).</source>
        <translation>Eingabebreite (mit --widths).</translation>
    </message>
    <message>
        <source>Free parameters (with --widths; counted if omitted).</source>
        <translation>Freie Parameter (mit --widths; werden gezählt, wenn weggelassen).</translation>
    </message>
    <message>
        <source>Dataset rows, 80% of which train (with --widths).</source>
        <translation>Zeilen des Datensatzes, davon 80 % zum Training (mit --widths).</translation>
    </message>
    <message>
        <source>Label floats per datum (with --widths; default 1).</source>
        <translation>Label-Gleitkommazahlen pro Datenpunkt (mit --widths; Standard 1).</translation>
    </message>
    <message>
        <source>Batch size (default 256).</source>
        <translation>Batch-Größe (Standard 256).</translation>
    </message>
    <message>
        <source>Derives a network&apos;s widths, FLOPs and cache working sets as NREL&apos;s energy model does.</source>
        <translation>Leitet Schichtbreiten, FLOPs und Cache-Working-Sets eines Netzes so ab wie das Energiemodell von NREL.</translation>
    </message>
    <message>
        <source>derive needs either --dataset D --shape S --depth N --size N, or --widths A,B,... --inputs N --observations N (not both)</source>
        <translation>derive benötigt entweder --dataset D --shape S --depth N --size N oder --widths A,B,... --inputs N --observations N (nicht beides)</translation>
    </message>
    <message>
        <source>--%1 goes with --widths, not --dataset</source>
        <translation>--%1 gehört zu --widths, nicht zu --dataset</translation>
    </message>
    <message>
        <source>derive --dataset also needs --shape, --depth and --size</source>
        <translation>derive --dataset benötigt außerdem --shape, --depth und --size</translation>
    </message>
    <message>
        <source>--depth %1 is out of range</source>
        <translation>--depth %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>--%1 goes with --dataset, not --widths</source>
        <translation>--%1 gehört zu --dataset, nicht zu --widths</translation>
    </message>
    <message>
        <source>derive --widths also needs --inputs and --observations</source>
        <translation>derive --widths benötigt außerdem --inputs und --observations</translation>
    </message>
    <message>
        <source>--widths must be positive whole numbers separated by commas, not &apos;%1&apos;</source>
        <translation>--widths muss aus positiven ganzen Zahlen bestehen, durch Kommas getrennt, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Energy measured at the node (J).</source>
        <translation>Am Knoten gemessene Energie (J).</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Grid carbon intensity instead of a preset (g CO2e per kWh).</source>
        <translation>CO2-Intensität des Stromnetzes statt einer Voreinstellung (g CO2e pro kWh).</translation>
    </message>
    <message>
        <source>G_PER_KWH</source>
        <translation>G_PRO_KWH</translation>
    </message>
    <message>
        <source>Power usage effectiveness of the facility (&gt;= 1).</source>
        <translation>Power Usage Effectiveness (PUE) des Rechenzentrums (&gt;= 1).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>PER_KWH</source>
        <translation>PRO_KWH</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Print the grid presets with their sources.</source>
        <translation>Die Stromnetz-Voreinstellungen mit ihren Quellen ausgeben.</translation>
    </message>
    <message>
        <source>Turns joules into kWh, CO2e and cost, with the factors&apos; sources.</source>
        <translation>Rechnet Joule in kWh, CO2e und Kosten um, mit den Quellen der Faktoren.</translation>
    </message>
    <message>
        <source>carbon needs --joules J</source>
        <translation>carbon benötigt --joules J</translation>
    </message>
    <message>
        <source>Runs of side A (the baseline), e.g. dataset=529_pollen,device=cpu.</source>
        <translation>Läufe der Seite A (Referenz), z. B. dataset=529_pollen,device=cpu.</translation>
    </message>
    <message>
        <source>Runs of side B.</source>
        <translation>Läufe der Seite B.</translation>
    </message>
    <message>
        <source>%1 (default energy).</source>
        <translation>%1 (Standard energy).</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIK</translation>
    </message>
    <message>
        <source>Bootstrap seed (default %1).</source>
        <translation>Bootstrap-Startwert (Standard %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Compares one metric between two sets of runs.</source>
        <translation>Vergleicht eine Metrik zwischen zwei Gruppen von Läufen.</translation>
    </message>
    <message>
        <source>compare needs --a FILTER and --b FILTER</source>
        <translation>compare benötigt --a FILTER und --b FILTER</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test on log10 values p &lt; alpha and the 95% bootstrap interval of the percent change excludes 0</source>
        <translation>Welch-t-Test auf log10-Werten p &lt; alpha und das 95-%-Bootstrap-Intervall der prozentualen Änderung schließt 0 aus</translation>
    </message>
    <message>
        <source>zscore, robust (median/MAD), iqr (Tukey fences) or iforest (Isolation Forest).</source>
        <translation>zscore, robust (Median/MAD), iqr (Tukey-Zäune) oder iforest (Isolation Forest).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Flag |score| above T (defaults: zscore 3, robust 3.5, iqr 0, iforest 0.6).</source>
        <translation>|Score| über T markieren (Standardwerte: zscore 3, robust 3.5, iqr 0, iforest 0.6).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Isolation Forest seed (default 0).</source>
        <translation>Startwert für Isolation Forest (Standard 0).</translation>
    </message>
    <message>
        <source>--method must be zscore, robust, iqr or iforest, not &apos;%1&apos;</source>
        <translation>--method muss zscore, robust, iqr oder iforest sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not look up the run ids: %1</source>
        <translation>die Lauf-IDs konnten nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>none (every run, default) or config (one point per configuration median).</source>
        <translation>none (jeder Lauf, Standard) oder config (ein Punkt pro Konfigurationsmedian).</translation>
    </message>
    <message>
        <source>--group must be none or config, not &apos;%1&apos;</source>
        <translation>--group muss none oder config sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Rank by the median of %1 (default energy_per_datum).</source>
        <translation>Nach dem Median von %1 ordnen (Standard energy_per_datum).</translation>
    </message>
    <message>
        <source>Keep ranks &lt;= N within each dataset.</source>
        <translation>Ränge &lt;= N innerhalb jedes Datensatzes behalten.</translation>
    </message>
    <message>
        <source>Print CSV with a header instead of JSON.</source>
        <translation>CSV mit Kopfzeile statt JSON ausgeben.</translation>
    </message>
    <message>
        <source>Ranks configurations within their dataset (1 = lowest median) with a 1-5 efficiency band.</source>
        <translation>Ordnet Konfigurationen innerhalb ihres Datensatzes in eine Rangfolge (1 = niedrigster Median), mit einer Effizienzklasse von 1 bis 5.</translation>
    </message>
    <message>
        <source>%1 configurations have no %2 value and are not ranked</source>
        <translation>%1 Konfigurationen haben keinen Wert für %2 und erhalten keinen Rang</translation>
    </message>
    <message>
        <source>Fits energy per datum to FLOPs and cache-level bytes per device, one row per configuration.</source>
        <translation>Passt die Energie pro Datenpunkt an FLOPs und Bytes pro Cache-Ebene je Gerät an, eine Zeile pro Konfiguration.</translation>
    </message>
    <message>
        <source>the statistics cannot be computed for these values: they are too large, too small or too alike for double precision (%1)</source>
        <translation>die Statistik lässt sich für diese Werte nicht berechnen: sie sind für doppelte Genauigkeit zu groß, zu klein oder zu ähnlich (%1)</translation>
    </message>
    <message>
        <source>side %1 (%2) has a %3 of %4: values beyond 1e+-150 cannot be compared in double precision</source>
        <translation>Seite %1 (%2) hat %3 = %4: Werte jenseits von 1e+-150 lassen sich in doppelter Genauigkeit nicht vergleichen</translation>
    </message>
    <message>
        <source>Rank only configurations with at least N runs (default %1; 1 ranks single runs).</source>
        <translation>Nur Konfigurationen mit mindestens N Läufen ranken (Standard %1; 1 rankt auch einzelne Läufe).</translation>
    </message>
    <message>
        <source>%1 configurations have fewer than %2 runs and are not ranked (--min-runs 1 ranks them too)</source>
        <translation>%1 Konfigurationen haben weniger als %2 Läufe und erhalten keinen Rang (--min-runs 1 rankt auch sie)</translation>
    </message>
    <message>
        <source>side %1 (%2) has %3 runs with a %4 value; at least 1 is needed</source>
        <translation>Seite %1 (%2) hat %3 Läufe mit einem Wert für %4; mindestens 1 ist nötig</translation>
    </message>
    <message>
        <source>Grid preset: %1, or a country&apos;s ISO code or English name, e.g. FRA or France (default world; --list-regions lists them all).</source>
        <translation>Stromnetz-Voreinstellung: %1 oder der ISO-Code bzw. englische Name eines Landes, z. B. FRA oder France (Standard world; --list-regions listet alle auf).</translation>
    </message>
    <message>
        <source>Electricity price per kWh (default: %1 %2, %3).</source>
        <translation>Strompreis pro kWh (Standard: %1 %2, %3).</translation>
    </message>
    <message>
        <source>Label of the currency of --price (the default price is in USD).</source>
        <translation>Bezeichnung der Währung von --price (der Standardpreis ist in USD).</translation>
    </message>
    <message>
        <source>Score within each device (default), dataset-device, dataset-size-device, configuration (config) or none.</source>
        <translation>Innerhalb jedes Geräts bewerten (Standard), dataset-device, dataset-size-device, configuration (config) oder none.</translation>
    </message>
    <message>
        <source>Flags runs whose energy is far from what the energy model expects.</source>
        <translation>Markiert Läufe, deren Energie weit von dem abweicht, was das Energiemodell erwartet.</translation>
    </message>
    <message>
        <source>--group must be device, dataset-device, dataset-size-device, configuration or none, not &apos;%1&apos;</source>
        <translation>--group muss device, dataset-device, dataset-size-device, configuration oder none sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 runs in %2 groups with fewer than %3 runs were not scored</source>
        <translation>%1 Läufe in %2 Gruppen mit weniger als %3 Läufen wurden nicht bewertet</translation>
    </message>
    <message>
        <source>%1 runs have no expected energy (a dataset or shape the energy model does not know) and were not scored</source>
        <translation>%1 Läufe haben keine erwartete Energie (ein Datensatz oder eine Form, die das Energiemodell nicht kennt) und wurden nicht bewertet</translation>
    </message>
    <message>
        <source>%1 runs in groups of fewer than %2 runs were scored by one Isolation Forest over all runs, not within their group</source>
        <translation>%1 Läufe in Gruppen mit weniger als %2 Läufen wurden von einem Isolation Forest über alle Läufe bewertet, nicht innerhalb ihrer Gruppe</translation>
    </message>
    <message>
        <source>non_negative (default: every coefficient a cost &gt;= 0) or least_squares.</source>
        <translation>non_negative (Standard: jeder Koeffizient ein Kostenbeitrag &gt;= 0) oder least_squares.</translation>
    </message>
    <message>
        <source>Folds of the out-of-fold validation (default 5).</source>
        <translation>Anzahl der Teilmengen (Folds) der Out-of-Fold-Validierung (Standard 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--method must be non_negative or least_squares, not &apos;%1&apos;</source>
        <translation>--method muss non_negative oder least_squares sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--folds must be a whole number from 2 to 100</source>
        <translation>--folds muss eine ganze Zahl von 2 bis 100 sein</translation>
    </message>
    <message>
        <source>no configuration can be fitted: %1 configurations, none of a known dataset and shape with a positive energy per datum</source>
        <translation>keine Konfiguration lässt sich anpassen: %1 Konfigurationen, keine mit bekanntem Datensatz und bekannter Form und positiver Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>capacity-energy-per-datum (default: parameters, the more the better, against energy per training datum, one frontier per device), capacity-energy (the same with energy per run) or time-energy (run time against energy, one frontier over both devices; they rise together, as energy = power x run time).</source>
        <translation>capacity-energy-per-datum (Standard: Parameter, je mehr desto besser, gegen Energie pro Trainingsdatenpunkt, eine Front je Gerät), capacity-energy (dasselbe mit Energie pro Lauf) oder time-energy (Laufzeit gegen Energie, eine Front über beide Geräte; beide steigen gemeinsam, da Energie = Leistung x Laufzeit).</translation>
    </message>
    <message>
        <source>AXES</source>
        <translation>ACHSEN</translation>
    </message>
    <message>
        <source>Instead of --axes: a metric on x, minimised: %1 (default run_time when --y is given); one frontier over every point.</source>
        <translation>Statt --axes: eine Kennzahl auf x, minimiert: %1 (Standard run_time, wenn --y angegeben ist); eine Front über alle Punkte.</translation>
    </message>
    <message>
        <source>Instead of --axes: a metric on y, minimised (default energy when --x is given).</source>
        <translation>Statt --axes: eine Kennzahl auf y, minimiert (Standard energy, wenn --x angegeben ist).</translation>
    </message>
    <message>
        <source>Finds the runs (or configurations) no other beats on both axes.</source>
        <translation>Findet die Läufe (oder Konfigurationen), die kein anderer auf beiden Achsen schlägt.</translation>
    </message>
    <message>
        <source>give --axes or --x/--y, not both</source>
        <translation>--axes oder --x/--y angeben, nicht beides</translation>
    </message>
    <message>
        <source>--axes must be one of %1, not &apos;%2&apos;</source>
        <translation>--axes muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>skipped %1 of %2 configurations the model does not know or cannot fit (unknown dataset %3, unknown shape %4, no energy per datum %5, energy per datum zero or negative %6, not derivable %7)</source>
        <translation>%1 von %2 Konfigurationen übersprungen, die das Modell nicht kennt oder nicht anpassen kann (unbekannter Datensatz %3, unbekannte Form %4, keine Energie pro Datenpunkt %5, Energie pro Datenpunkt null oder negativ %6, nicht ableitbar %7)</translation>
    </message>
    <message>
        <source>Let runs that fail a quality check take part (by default they are left out of rankings, fits, frontiers and anomaly baselines).</source>
        <translation>Läufe, die eine Qualitätsprüfung nicht bestehen, einbeziehen (standardmäßig bleiben sie bei Ranglisten, Anpassungen, Fronten und Anomalie-Basen außen vor).</translation>
    </message>
    <message>
        <source>runs failing a quality check, left out of %1: %2 (--include-failing lets them take part)</source>
        <translation>Läufe, die eine Qualitätsprüfung nicht bestehen, ausgelassen (%1): %2 (--include-failing bezieht sie ein)</translation>
    </message>
    <message>
        <source>runs failing a quality check, scored but kept out of the baselines: %1 (--include-failing lets them count)</source>
        <translation>Läufe, die eine Qualitätsprüfung nicht bestehen, bewertet, aber nicht in den Basen: %1 (--include-failing bezieht sie ein)</translation>
    </message>
    <message>
        <source>the frontiers</source>
        <translation>Fronten</translation>
    </message>
    <message>
        <source>the frontier</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>the ranking</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>the fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>A dataset of your own instead: its rows, 80% of which train (with --inputs).</source>
        <translation>Stattdessen ein eigener Datensatz: seine Zeilen, von denen 80 % trainieren (mit --inputs).</translation>
    </message>
    <message>
        <source>Inputs per example of your own dataset.</source>
        <translation>Eingaben je Beispiel des eigenen Datensatzes.</translation>
    </message>
    <message>
        <source>Network outputs for your own dataset (default 1).</source>
        <translation>Netzausgänge für den eigenen Datensatz (Standard 1).</translation>
    </message>
    <message>
        <source>Number of layers, the output layer included (&gt;= 2).</source>
        <translation>Anzahl der Schichten, die Ausgabeschicht eingeschlossen (&gt;= 2).</translation>
    </message>
    <message>
        <source>cpu or gpu.</source>
        <translation>cpu oder gpu.</translation>
    </message>
    <message>
        <source>Training epochs (default 3000).</source>
        <translation>Trainingsepochen (Standard 3000).</translation>
    </message>
    <message>
        <source>Level of the prediction interval (default 0.9).</source>
        <translation>Niveau des Vorhersageintervalls (Standard 0.9).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Measured configurations to list (default 5).</source>
        <translation>Anzahl der aufzulistenden gemessenen Konfigurationen (Standard 5).</translation>
    </message>
    <message>
        <source>Grid preset for carbon, as for carbon (default world).</source>
        <translation>Netzvorgabe für CO2, wie bei carbon (Standard world).</translation>
    </message>
    <message>
        <source>Electricity price per kWh (default: %1 %2).</source>
        <translation>Strompreis je kWh (Standard: %1 %2).</translation>
    </message>
    <message>
        <source>Label of the currency of --price.</source>
        <translation>Bezeichnung der Währung von --price.</translation>
    </message>
    <message>
        <source>Predicts the energy, run time, power, carbon and cost of a planned training run from the store&apos;s measured runs, with an interval.</source>
        <translation>Sagt Energie, Laufzeit, Leistung, CO2 und Kosten eines geplanten Trainingslaufs aus den gemessenen Läufen der Datenbank voraus, mit Intervall.</translation>
    </message>
    <message>
        <source>predict needs --%1</source>
        <translation>predict braucht --%1</translation>
    </message>
    <message>
        <source>predict needs either --dataset NAME or --examples N with --inputs N for a dataset of your own (not both)</source>
        <translation>predict braucht entweder --dataset NAME oder --examples N mit --inputs N für einen eigenen Datensatz (nicht beides)</translation>
    </message>
    <message>
        <source>--inputs and --outputs go with --examples, not --dataset</source>
        <translation>--inputs und --outputs gehören zu --examples, nicht zu --dataset</translation>
    </message>
    <message>
        <source>--examples also needs --inputs</source>
        <translation>--examples braucht auch --inputs</translation>
    </message>
    <message>
        <source>--depth must be at most %1, not %2</source>
        <translation>--depth darf höchstens %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>--epochs, --inputs and --outputs must be at most %1</source>
        <translation>--epochs, --inputs und --outputs dürfen höchstens %1 sein</translation>
    </message>
    <message>
        <source>--level must lie strictly between 0 and 1, e.g. 0.9, not %1</source>
        <translation>--level muss echt zwischen 0 und 1 liegen, z. B. 0.9, nicht %1</translation>
    </message>
    <message>
        <source>--nearest must be at most 1000</source>
        <translation>--nearest darf höchstens 1000 sein</translation>
    </message>
    <message>
        <source>--dataset &apos;%1&apos; is not one of the sweep&apos;s (%2); describe a dataset of your own with --examples and --inputs</source>
        <translation>--dataset &apos;%1&apos; gehört nicht zum Sweep (%2); einen eigenen Datensatz mit --examples und --inputs beschreiben</translation>
    </message>
    <message>
        <source>--shape &apos;%1&apos; is unknown (known: %2)</source>
        <translation>--shape &apos;%1&apos; ist unbekannt (bekannt: %2)</translation>
    </message>
    <message>
        <source>--depth must be at least 2, not %1</source>
        <translation>--depth muss mindestens 2 sein, nicht %1</translation>
    </message>
    <message>
        <source>--device must be cpu or gpu, not &apos;%1&apos;</source>
        <translation>--device muss cpu oder gpu sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot predict this plan on %1: %2</source>
        <translation>dieser Plan lässt sich auf %1 nicht vorhersagen: %2</translation>
    </message>
    <message>
        <source>extrapolating, interval widened: %1</source>
        <translation>Extrapolation, Intervall verbreitert: %1</translation>
    </message>
    <message>
        <source>Instead of a plan: predict each configuration of the store from a model fitted without it and print how often the interval holds its measured median (per device, with the median error).</source>
        <translation>Statt eines Plans: jede Konfiguration des Speichers mit einem Modell vorhersagen, das ohne sie angepasst wurde, und ausgeben, wie oft das Intervall ihren gemessenen Median enthält (je Gerät, mit dem mittleren Fehler).</translation>
    </message>
    <message>
        <source>Folds of --held-out (default 5).</source>
        <translation>Teilmengen von --held-out (Standard 5).</translation>
    </message>
    <message>
        <source>--held-out checks the whole store; leave out --%1</source>
        <translation>--held-out prüft den ganzen Speicher; lassen Sie --%1 weg</translation>
    </message>
    <message>
        <source>--folds must lie between 2 and 100, not %1</source>
        <translation>--folds muss zwischen 2 und 100 liegen, nicht %1</translation>
    </message>
    <message>
        <source>%1 runs with a BUTTER-E configuration are not in these groups (the leaderboard without --group ranks them)</source>
        <translation>%1 Läufe mit einer BUTTER-E-Konfiguration sind nicht in diesen Gruppen (die Rangliste ohne --group ordnet sie)</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>die Gruppen</translation>
    </message>
    <message>
        <source>List the runs without a BUTTER-E configuration (CodeCarbon&apos;s) per project or hardware instead, as the leaderboard view&apos;s Rank: Projects / Hardware.</source>
        <translation>Stattdessen die Läufe ohne BUTTER-E-Konfiguration (die von CodeCarbon) nach Projekt oder Hardware auflisten, wie „Rang: Projekte / Hardware“ in der Ranglisten-Ansicht.</translation>
    </message>
    <message>
        <source>project|hardware</source>
        <translation>project|hardware</translation>
    </message>
    <message>
        <source>--group must be project or hardware, not &apos;%1&apos;</source>
        <translation>--group muss project oder hardware sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>loading the runs was cancelled</source>
        <translation>das Laden der Läufe wurde abgebrochen</translation>
    </message>
    <message>
        <source>could not load the runs: %1</source>
        <translation>die Läufe konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>no data to analyse: open or import a store first</source>
        <translation>keine Daten zum Analysieren: zuerst einen Datenspeicher öffnen oder importieren</translation>
    </message>
    <message>
        <source>empty analysis job</source>
        <translation>leerer Analyseauftrag</translation>
    </message>
    <message>
        <source>the analysis failed unexpectedly</source>
        <translation>die Analyse ist unerwartet fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AnomalyGroupChoice</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Dataset, size and device</source>
        <translation>Datensatz, Größe und Gerät</translation>
    </message>
    <message>
        <source>Dataset and device</source>
        <translation>Datensatz und Gerät</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>All runs together</source>
        <translation>Alle Läufe zusammen</translation>
    </message>
    <message>
        <source>within their configuration</source>
        <translation>innerhalb ihrer Konfiguration</translation>
    </message>
    <message>
        <source>within their dataset, size and device</source>
        <translation>innerhalb ihrer Gruppe aus Datensatz, Größe und Gerät</translation>
    </message>
    <message>
        <source>within their dataset and device</source>
        <translation>innerhalb ihrer Gruppe aus Datensatz und Gerät</translation>
    </message>
    <message>
        <source>within their device</source>
        <translation>innerhalb ihres Geräts</translation>
    </message>
    <message>
        <source>among all runs</source>
        <translation>unter allen Läufen</translation>
    </message>
    <message>
        <source>its configuration&apos;s median</source>
        <translation>der Median seiner Konfiguration</translation>
    </message>
    <message>
        <source>the median of its dataset, size and device group</source>
        <translation>der Median seiner Gruppe aus Datensatz, Größe und Gerät</translation>
    </message>
    <message>
        <source>the median of its dataset and device group</source>
        <translation>der Median seiner Gruppe aus Datensatz und Gerät</translation>
    </message>
    <message>
        <source>the median of its device</source>
        <translation>der Median seines Geräts</translation>
    </message>
    <message>
        <source>the median of all runs</source>
        <translation>der Median aller Läufe</translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>dataset, size and device groups</source>
        <translation>Gruppen aus Datensatz, Größe und Gerät</translation>
    </message>
    <message>
        <source>dataset and device groups</source>
        <translation>Gruppen aus Datensatz und Gerät</translation>
    </message>
    <message>
        <source>device groups</source>
        <translation>Gerätegruppen</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>AnomalyScoreView</name>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation>%1, %2, %3 Parameter, Tiefe %4, %5</translation>
    </message>
</context>
<context>
    <name>AnomalyTimelineView</name>
    <message>
        <source>|z| &gt; %1</source>
        <translation>|z| &gt; %1</translation>
    </message>
    <message>
        <source>|robust z| &gt; %1</source>
        <translation>|robustes z| &gt; %1</translation>
    </message>
    <message>
        <source>Tukey fences at %1 IQR</source>
        <translation>Tukey-Zäune bei %1 IQR</translation>
    </message>
    <message>
        <source>an Isolation Forest score &gt; %1</source>
        <translation>einen Isolation-Forest-Score &gt; %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation>%1, %2, %3 Parameter, Tiefe %4, %5</translation>
    </message>
</context>
<context>
    <name>Carbon</name>
    <message>
        <source>World average</source>
        <translation>Weltdurchschnitt</translation>
    </message>
    <message>
        <source>BUTTER-E paper (NREL Eagle)</source>
        <translation>BUTTER-E-Paper (NREL Eagle)</translation>
    </message>
    <message>
        <source>United States (EIA, CO2 only)</source>
        <translation>Vereinigte Staaten (EIA, nur CO2)</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Europäische Union (27)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingStore</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a file of column mappings: %2</source>
        <translation>%1: keine Datei mit Spaltenzuordnungen: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the mapping &apos;%2&apos; lacks the energy or duration column or names an unknown unit</source>
        <translation>%1: der Zuordnung „%2“ fehlt die Energie- oder Dauerspalte, oder sie nennt eine unbekannte Einheit</translation>
    </message>
    <message>
        <source>a mapping needs a name to be saved</source>
        <translation>eine Zuordnung braucht einen Namen, um gespeichert zu werden</translation>
    </message>
    <message>
        <source>a mapping needs the energy and the duration column</source>
        <translation>eine Zuordnung braucht die Energie- und die Dauerspalte</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 20221001).</source>
        <translation>Zufallsstartwert (Standard 20221001).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Also write the runs as runs_with_standardized_energy.csv.</source>
        <translation>Die Läufe auch als runs_with_standardized_energy.csv schreiben.</translation>
    </message>
    <message>
        <source>Builds a store filled with synthetic demo data modelled on BUTTER-E.</source>
        <translation>Erstellt einen Datenspeicher mit synthetischen Demodaten nach dem Vorbild von BUTTER-E.</translation>
    </message>
    <message>
        <source>demo needs --db PATH and/or --csv PATH</source>
        <translation>demo benötigt --db PFAD und/oder --csv PFAD</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote %1 synthetic runs to %2</source>
        <translation>%1 synthetische Läufe nach %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: %2 rows stored in %3 ms (%4)</source>
        <translation>%1: %2 Zeilen in %3 ms gespeichert (%4)</translation>
    </message>
    <message>
        <source>Import the good rows and report each rejected line, instead of failing the file.</source>
        <translation>Die gültigen Zeilen importieren und jede abgelehnte Zeile melden, statt die Datei abzulehnen.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>import needs --db PATH</source>
        <translation>import benötigt --db PFAD</translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation>import benötigt mindestens eine DATEI</translation>
    </message>
    <message>
        <source>  ... and %1 more rejected rows (all are recorded in the store)</source>
        <translation>  ... und %1 weitere abgelehnte Zeilen (alle sind im Datenspeicher vermerkt)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Summarises the runs in a store.</source>
        <translation>Fasst die Läufe in einem Datenspeicher zusammen.</translation>
    </message>
    <message>
        <source>summary needs --db PATH</source>
        <translation>summary benötigt --db PFAD</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Runs: %1 (%2 configurations)</source>
        <translation>Läufe: %1 (%2 Konfigurationen)</translation>
    </message>
    <message>
        <source>Usage: wattprint [--db PATH]            open the app
       wattprint &lt;command&gt; [options]    run headless

Commands: %1
Run &apos;wattprint &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Aufruf: wattprint [--db PFAD]            die App öffnen
       wattprint &lt;Befehl&gt; [Optionen]    ohne Oberfläche ausführen

Befehle: %1
&apos;wattprint &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>Number of runs to generate (default 63527, at most %1).</source>
        <translation>Anzahl der zu erzeugenden Läufe (Standard 63527, höchstens %1).</translation>
    </message>
    <message>
        <source>--runs must be a whole number from 1 to %1</source>
        <translation>--runs muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>A row whose run_id (or power sample) is stored already with other values: refuse the file (default), keep the stored values, or replace them.</source>
        <translation>Eine Zeile, deren run_id (oder Leistungsmesswert) schon mit anderen Werten gespeichert ist: Datei ablehnen (Standard), gespeicherte Werte behalten oder ersetzen.</translation>
    </message>
    <message>
        <source>--on-conflict must be keep, replace or refuse, not &apos;%1&apos;</source>
        <translation>--on-conflict muss keep, replace oder refuse sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  ... and %1 more conflicting rows</source>
        <translation>  ... und %1 weitere widersprüchliche Zeilen</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>%1: no such file (to create a new database there, run wattprint --db %1)</source>
        <translation>%1: keine solche Datei (um dort eine neue Datenbank anzulegen: wattprint --db %1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Befehl &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>Total energy: %1</source>
        <translation>Gesamtenergie: %1</translation>
    </message>
    <message>
        <source>Quality checks: %1 of %2 runs fail at least one</source>
        <translation>Qualitätsprüfungen: %1 von %2 Läufen bestehen mindestens eine nicht</translation>
    </message>
    <message>
        <source>Time zone of times written without one, as in CodeCarbon&apos;s emissions.csv (an IANA name such as Europe/Paris; default: this system&apos;s zone).</source>
        <translation>Zeitzone für Zeiten ohne Zone, wie in CodeCarbons emissions.csv (ein IANA-Name wie Europe/Paris; Vorgabe: die Zone dieses Systems).</translation>
    </message>
    <message>
        <source>runs_with_standardized_energy.csv(.zip), butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv, CodeCarbon&apos;s emissions.csv</source>
        <translation>runs_with_standardized_energy.csv(.zip), butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv, CodeCarbons emissions.csv</translation>
    </message>
    <message>
        <source>--time-zone: &apos;%1&apos; is not a time zone this system knows (use an IANA name such as Europe/Paris, or UTC)</source>
        <translation>--time-zone: „%1“ ist keine Zeitzone, die dieses System kennt (verwenden Sie einen IANA-Namen wie Europe/Paris oder UTC)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <source>  %1: %2 runs, %3</source>
        <translation>  %1: %2 Läufe, %3</translation>
    </message>
    <message>
        <source>Read every file as an energy CSV of any tool through this saved column mapping (see &apos;wattprint mappings&apos;).</source>
        <translation>Jede Datei als Energie-CSV-Datei eines beliebigen Werkzeugs über diese gespeicherte Spaltenzuordnung lesen (siehe &apos;wattprint mappings&apos;).</translation>
    </message>
    <message>
        <source>Imports BUTTER-E and CodeCarbon files, or any energy CSV through a column mapping, into a store.</source>
        <translation>Importiert BUTTER-E- und CodeCarbon-Dateien oder jede Energie-CSV-Datei über eine Spaltenzuordnung in einen Speicher.</translation>
    </message>
    <message>
        <source>--mapping: no column mapping named &apos;%1&apos;; none is saved yet (save one in the app&apos;s import or with wattprint mappings --save)</source>
        <translation>--mapping: keine Spaltenzuordnung namens &apos;%1&apos;; noch ist keine gespeichert (speichern Sie eine im Import der App oder mit wattprint mappings --save)</translation>
    </message>
    <message>
        <source>--mapping: no column mapping named &apos;%1&apos;; saved: %2</source>
        <translation>--mapping: keine Spaltenzuordnung namens &apos;%1&apos;; gespeichert: %2</translation>
    </message>
    <message>
        <source>energy: %1 in %2</source>
        <translation>Energie: %1 in %2</translation>
    </message>
    <message>
        <source>duration: %1 in %2</source>
        <translation>Dauer: %1 in %2</translation>
    </message>
    <message>
        <source>Save a mapping under this name (replacing one of the same name).</source>
        <translation>Eine Zuordnung unter diesem Namen speichern (ersetzt eine gleichnamige).</translation>
    </message>
    <message>
        <source>Remove the named mapping.</source>
        <translation>Die genannte Zuordnung entfernen.</translation>
    </message>
    <message>
        <source>With --save: the column of the energy.</source>
        <translation>Mit --save: die Spalte der Energie.</translation>
    </message>
    <message>
        <source>With --save: J, kJ, MJ, Wh or kWh (default kWh).</source>
        <translation>Mit --save: J, kJ, MJ, Wh oder kWh (Standard kWh).</translation>
    </message>
    <message>
        <source>With --save: the column of the duration.</source>
        <translation>Mit --save: die Spalte der Dauer.</translation>
    </message>
    <message>
        <source>With --save: ms, s, min or h (default s).</source>
        <translation>Mit --save: ms, s, min oder h (Standard s).</translation>
    </message>
    <message>
        <source>With --save: the optional %1 column.</source>
        <translation>Mit --save: die optionale Spalte %1.</translation>
    </message>
    <message>
        <source>Lists, saves or removes the column mappings that &apos;import --mapping&apos; and the app&apos;s import use.</source>
        <translation>Listet, speichert oder entfernt die Spaltenzuordnungen, die &apos;import --mapping&apos; und der Import der App verwenden.</translation>
    </message>
    <message>
        <source>no column mapping named &apos;%1&apos;</source>
        <translation>keine Spaltenzuordnung namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mappings --save needs --energy and --duration</source>
        <translation>mappings --save braucht --energy und --duration</translation>
    </message>
    <message>
        <source>--energy-unit must be J, kJ, MJ, Wh or kWh, not &apos;%1&apos;</source>
        <translation>--energy-unit muss J, kJ, MJ, Wh oder kWh sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration-unit must be ms, s, min or h, not &apos;%1&apos;</source>
        <translation>--duration-unit muss ms, s, min oder h sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No column mappings are saved yet (%1).</source>
        <translation>Noch sind keine Spaltenzuordnungen gespeichert (%1).</translation>
    </message>
    <message>
        <source>SQLite database file, or a PostgreSQL server as postgresql://user@host:port/dbname.</source>
        <translation>SQLite-Datenbankdatei oder ein PostgreSQL-Server als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
</context>
<context>
    <name>ConfigurationSelection</name>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation>%1, %2, %3 Parameter, Tiefe %4, %5</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: the input cannot be read further (%2)</source>
        <translation>Zeile %1: die Eingabe kann nicht weiter gelesen werden (%2)</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>line %1: a record is longer than %2 bytes; this is not a BUTTER-E CSV file (or a quote is not closed)</source>
        <translation>Zeile %1: ein Datensatz ist länger als %2 Bytes; das ist keine BUTTER-E-CSV-Datei (oder ein Anführungszeichen ist nicht geschlossen)</translation>
    </message>
    <message>
        <source>line %1: a record has more than %2 fields; this is not a BUTTER-E CSV file</source>
        <translation>Zeile %1: ein Datensatz hat mehr als %2 Felder; das ist keine BUTTER-E-CSV-Datei</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E)</source>
        <translation>Demodaten (synthetisch, nach dem Vorbild von BUTTER-E)</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo makes 1 to %1 runs, not %2</source>
        <translation>Die Demo erzeugt 1 bis %1 Läufe, nicht %2</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>&apos;%1&apos; is not key=value</source>
        <translation>&apos;%1&apos; hat nicht die Form Schlüssel=Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>&apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is not a whole number or a range lo..hi</source>
        <translation>&apos;%1&apos; für %2 ist weder eine ganze Zahl noch ein Bereich lo..hi</translation>
    </message>
    <message>
        <source>device must be cpu or gpu, not &apos;%1&apos;</source>
        <translation>device muss cpu oder gpu sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is not a range lo..hi</source>
        <translation>&apos;%1&apos; für %2 ist kein Bereich lo..hi</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>alle Läufe</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <source>node type %1</source>
        <translation>Knotentyp %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>size %1-%2</source>
        <translation>Größe %1-%2</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>depth %1-%2</source>
        <translation>Tiefe %1-%2</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation>
            <numerusform>%n Lauf ausgeschlossen</numerusform>
            <numerusform>%n Läufe ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s)</source>
        <translation>
            <numerusform>%n ausgewählter Lauf</numerusform>
            <numerusform>%n ausgewählte Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is a range from high to low; write it lo..hi</source>
        <translation>&apos;%1&apos; für %2 ist ein Bereich von hoch nach niedrig; schreiben Sie ihn als lo..hi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is out of range</source>
        <translation>&apos;%1&apos; für %2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the ranges given for %1 leave nothing between them (%2..%3)</source>
        <translation>die für %1 angegebenen Bereiche lassen nichts zwischen sich (%2..%3)</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>energy per datum</source>
        <translation>Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>non-overhead energy</source>
        <translation>Energie ohne Overhead</translation>
    </message>
    <message>
        <source>overhead energy</source>
        <translation>Overhead-Energie</translation>
    </message>
    <message>
        <source>energy per epoch</source>
        <translation>Energie pro Epoche</translation>
    </message>
    <message>
        <source>unknown filter key &apos;%1&apos; (use dataset, shape, size, depth, device, node_type, batch, source, project, or a range such as energy=1e4..1e5)</source>
        <translation>unbekannter Filterschlüssel „%1“ (verwenden Sie dataset, shape, size, depth, device, node_type, batch, source, project oder einen Bereich wie energy=1e4..1e5)</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: this is a binary file, not CSV text</source>
        <translation>%1: dies ist eine Binärdatei, kein CSV-Text</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: the file has a header but no data rows</source>
        <translation>%1: die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored</source>
        <translation>Import abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1: missing required column(s): %2</source>
        <translation>%1: fehlende Pflichtspalte(n): %2</translation>
    </message>
    <message>
        <source>is missing: the row has %1 fields</source>
        <translation>fehlt: die Zeile hat %1 Felder</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not a boolean (expected True/False, true/false, 1/0 or t/f)</source>
        <translation>ist kein Wahrheitswert (erwartet: True/False, true/false, 1/0 oder t/f)</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <source>%1: a power trace must be named &lt;slurm_job_id&gt;.csv; cannot tell the job from &apos;%2&apos;</source>
        <translation>%1: ein Leistungsverlauf muss &lt;slurm_job_id&gt;.csv heißen; aus &apos;%2&apos; ist der Job nicht erkennbar</translation>
    </message>
    <message>
        <source>The time zone America/Denver is not available on this system (install tzdata); power traces cannot be converted to UTC</source>
        <translation>Die Zeitzone America/Denver ist auf diesem System nicht verfügbar (tzdata installieren); Leistungsverläufe können nicht nach UTC umgerechnet werden</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; %3</source>
        <translation>%1: Spalte &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; %4</source>
        <translation>%1: Spalte &apos;%2&apos;: &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>%1: %2 rows imported, %3 rejected, %4 already present (%5)</source>
        <translation>%1: %2 Zeilen importiert, %3 abgelehnt, %4 bereits vorhanden (%5)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: cannot read the zip archive (error %2)</source>
        <translation>%1: das ZIP-Archiv kann nicht gelesen werden (Fehler %2)</translation>
    </message>
    <message>
        <source>%1: the zip archive holds no files</source>
        <translation>%1: das ZIP-Archiv enthält keine Dateien</translation>
    </message>
    <message>
        <source>%1: the database refused the import: %2</source>
        <translation>%1: die Datenbank hat den Import abgelehnt: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1: the header names the column &apos;%2&apos; twice (columns %3 and %4); which one holds the values is unclear</source>
        <translation>%1: die Kopfzeile nennt die Spalte &apos;%2&apos; zweimal (Spalten %3 und %4); unklar, welche die Werte enthält</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>from %1:%2</source>
        <translation>aus %1:%2</translation>
    </message>
    <message>
        <source>from earlier in this import</source>
        <translation>weiter vorn in diesem Import</translation>
    </message>
    <message>
        <source>run_id %1 is neither new nor stored</source>
        <translation>run_id %1 ist weder neu noch gespeichert</translation>
    </message>
    <message>
        <source>%1 %2 stored, %3 here</source>
        <translation>%1 %2 gespeichert, %3 hier</translation>
    </message>
    <message>
        <source>run_id &apos;%1&apos; is stored already with other values (%2): %3</source>
        <translation>run_id &apos;%1&apos; ist schon mit anderen Werten gespeichert (%2): %3</translation>
    </message>
    <message>
        <source>a power sample is neither new nor stored</source>
        <translation>ein Leistungsmesswert ist weder neu noch gespeichert</translation>
    </message>
    <message>
        <source>the sample of job %1, node %2 at %3 is stored already with other values (%4): watts %5 stored, %6 here</source>
        <translation>der Messwert von Job %1, Knoten %2 um %3 ist schon mit anderen Werten gespeichert (%4): Watt %5 gespeichert, %6 hier</translation>
    </message>
    <message>
        <source>%1; nothing was imported (choose keep or replace for such rows)</source>
        <translation>%1; nichts wurde importiert (für solche Zeilen keep oder replace wählen)</translation>
    </message>
    <message>
        <source>%1; kept the stored values</source>
        <translation>%1; die gespeicherten Werte wurden behalten</translation>
    </message>
    <message>
        <source>%1; replaced them with this row&apos;s</source>
        <translation>%1; durch die Werte dieser Zeile ersetzt</translation>
    </message>
    <message>
        <source>%1 fields, header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>; %1 rows conflicted with stored rows of the same key</source>
        <translation>; %1 Zeilen widersprachen gespeicherten Zeilen mit demselben Schlüssel</translation>
    </message>
    <message>
        <source>%1 can only be read (%2): nothing can be imported into it</source>
        <translation>%1 kann nur gelesen werden (%2): nichts kann hinein importiert werden</translation>
    </message>
    <message>
        <source>%1: cannot unpack (error %2)</source>
        <translation>%1: kann nicht entpackt werden (Fehler %2)</translation>
    </message>
    <message>
        <source>%1: the zip member is damaged or cut short (%2 of %3 bytes unpacked); nothing was imported</source>
        <translation>%1: der Zip-Eintrag ist beschädigt oder abgeschnitten (%2 von %3 Bytes entpackt); nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: the zip member is damaged: its checksum (CRC-32) does not match its contents; nothing was imported</source>
        <translation>%1: der Zip-Eintrag ist beschädigt: seine Prüfsumme (CRC-32) passt nicht zum Inhalt; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: all %2 data rows were rejected; nothing was stored</source>
        <translation>%1: alle %2 Datenzeilen wurden abgelehnt; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>says measured in a file of synthetic runs: the file is mixed</source>
        <translation>gibt in einer Datei synthetischer Läufe „gemessen“ an: die Datei ist gemischt</translation>
    </message>
    <message>
        <source>; synthetic demo data, labelled so wherever it is shown</source>
        <translation>; synthetische Demodaten, überall als solche gekennzeichnet</translation>
    </message>
    <message numerus="yes">
        <source>; %n run(s) fail a quality check (%1), stored and marked</source>
        <translation>
            <numerusform>; %n Lauf besteht eine Qualitätsprüfung nicht (%1), gespeichert und gekennzeichnet</numerusform>
            <numerusform>; %n Läufe bestehen eine Qualitätsprüfung nicht (%1), gespeichert und gekennzeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1: neither a BUTTER-E nor a CodeCarbon file: its header (%2) matches none of runs, power trace, node_sinfo, node_power_dist or CodeCarbon&apos;s emissions.csv</source>
        <translation>%1: weder eine BUTTER-E- noch eine CodeCarbon-Datei: ihre Kopfzeile (%2) passt zu keinem von runs, Leistungsverlauf, node_sinfo, node_power_dist oder CodeCarbons emissions.csv</translation>
    </message>
    <message>
        <source>%1: a CodeCarbon emissions file without the required column(s) %2 (needed: timestamp, duration, energy_consumed); nothing was imported</source>
        <translation>%1: eine CodeCarbon-Emissionsdatei ohne die nötige(n) Spalte(n) %2 (nötig: timestamp, duration, energy_consumed); nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>; %n run(s) without energy_consumed, stored with 0 J and marked &quot;No energy recorded&quot;</source>
        <translation>
            <numerusform>; %n Lauf ohne energy_consumed, mit 0 J gespeichert und als „Keine Energie aufgezeichnet“ markiert</numerusform>
            <numerusform>; %n Läufe ohne energy_consumed, mit 0 J gespeichert und als „Keine Energie aufgezeichnet“ markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; times without a zone read as %1</source>
        <translation>; Zeiten ohne Zone gelesen als %1</translation>
    </message>
    <message>
        <source>; an energy CSV of another tool imports through a column mapping (File &gt; Import..., or wattprint import --mapping NAME)</source>
        <translation>; eine Energie-CSV-Datei eines anderen Werkzeugs wird über eine Spaltenzuordnung importiert (Datei &gt; Importieren... oder wattprint import --mapping NAME)</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1: the column mapping %2 names no energy or no duration column; nothing was imported</source>
        <translation>%1: die Spaltenzuordnung %2 nennt keine Energie- oder keine Dauerspalte; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: the file lacks the column(s) %2 that the mapping %3 names; nothing was imported</source>
        <translation>%1: der Datei fehlen die Spalte(n) %2, die die Zuordnung %3 nennt; nichts wurde importiert</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the import: %1</source>
        <translation>Für den Import kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot prepare the import: %2</source>
        <translation>%1: Der Import kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file to the end</source>
        <translation>%1: Die Datei lässt sich nicht bis zum Ende lesen</translation>
    </message>
</context>
<context>
    <name>PgCopyIn</name>
    <message>
        <source>the connection is not to a PostgreSQL server</source>
        <translation>die Verbindung führt nicht zu einem PostgreSQL-Server</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>RenderCommands</name>
    <message>
        <source>Renders one view to PNG, SVG or PDF without a display.</source>
        <translation>Rendert eine Ansicht ohne Bildschirm als PNG, SVG oder PDF.</translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation>SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>View id (see --list).</source>
        <translation>Ansichts-ID (siehe --list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>Ausgabedatei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Width in pixels (default 1200).</source>
        <translation>Breite in Pixeln (Standard 1200).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Height in pixels (default 800).</source>
        <translation>Höhe in Pixeln (Standard 800).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>PNG resolution (default 96).</source>
        <translation>PNG-Auflösung (Standard 96).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Filter, e.g. dataset=529_pollen,device=cpu.</source>
        <translation>Filter, z. B. dataset=529_pollen,device=cpu.</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>Print the view ids, one per line.</source>
        <translation>Die Ansichts-IDs ausgeben, eine pro Zeile.</translation>
    </message>
    <message>
        <source>render needs --%1</source>
        <translation>render benötigt --%1</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (see wattprint render --list)</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (siehe wattprint render --list)</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf</source>
        <translation>--out muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers from 200x150 to 10000x10000</source>
        <translation>--width und --height müssen ganze Zahlen von 200x150 bis 10000x10000 sein</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 48 to 1200</source>
        <translation>--dpi muss eine ganze Zahl von 48 bis 1200 sein</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>the view did not finish within 3 minutes</source>
        <translation>die Ansicht wurde nicht innerhalb von 3 Minuten fertig</translation>
    </message>
    <message>
        <source>Lays out the main window offscreen and writes it as PNG.</source>
        <translation>Baut das Hauptfenster ohne Bildschirm auf und schreibt es als PNG.</translation>
    </message>
    <message>
        <source>Output PNG file.</source>
        <translation>PNG-Ausgabedatei.</translation>
    </message>
    <message>
        <source>Named layout to apply.</source>
        <translation>Anzuwendendes benanntes Layout.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Window size (default 1600x1000).</source>
        <translation>Fenstergröße (Standard 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>screenshot needs --db and --out</source>
        <translation>screenshot benötigt --db und --out</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000</source>
        <translation>--size muss die Form 1600x1000 haben</translation>
    </message>
    <message>
        <source>--out must end in .png</source>
        <translation>--out muss auf .png enden</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the views did not finish within 3 minutes</source>
        <translation>die Ansichten wurden nicht innerhalb von 3 Minuten fertig</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writes the PDF report: cover page with totals and assumptions, one page per view, method page.</source>
        <translation>Schreibt den PDF-Bericht: Titelseite mit Summen und Annahmen, eine Seite pro Ansicht, Methodenseite.</translation>
    </message>
    <message>
        <source>Output PDF file.</source>
        <translation>PDF-Ausgabedatei.</translation>
    </message>
    <message>
        <source>Named layout: its open views and their settings.</source>
        <translation>Benanntes Layout: seine geöffneten Ansichten und deren Einstellungen.</translation>
    </message>
    <message>
        <source>Comma-separated view ids (default: every view but the runs table).</source>
        <translation>Kommagetrennte Ansichts-IDs (Standard: alle Ansichten außer der Lauftabelle).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Grid preset (default: the one in Preferences).</source>
        <translation>Stromnetz-Voreinstellung (Standard: die aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Grid carbon intensity in g CO2e per kWh instead of a preset.</source>
        <translation>CO2-Intensität des Stromnetzes in g CO2e pro kWh statt einer Voreinstellung.</translation>
    </message>
    <message>
        <source>G_PER_KWH</source>
        <translation>G_PRO_KWH</translation>
    </message>
    <message>
        <source>Power usage effectiveness (&gt;= 1).</source>
        <translation>Power Usage Effectiveness (PUE, &gt;= 1).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Electricity price per kWh.</source>
        <translation>Strompreis pro kWh.</translation>
    </message>
    <message>
        <source>PER_KWH</source>
        <translation>PRO_KWH</translation>
    </message>
    <message>
        <source>Label of the price&apos;s currency.</source>
        <translation>Bezeichnung der Währung des Preises.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>report needs --db and --out</source>
        <translation>report benötigt --db und --out</translation>
    </message>
    <message>
        <source>--out must end in .pdf</source>
        <translation>--out muss auf .pdf enden</translation>
    </message>
    <message>
        <source>--views names no view (see wattprint render --list)</source>
        <translation>--views nennt keine Ansicht (siehe wattprint render --list)</translation>
    </message>
    <message>
        <source>give --region or --intensity, not both</source>
        <translation>--region oder --intensity angeben, nicht beides</translation>
    </message>
    <message>
        <source>--intensity must be a number</source>
        <translation>--intensity muss eine Zahl sein</translation>
    </message>
    <message>
        <source>--pue must be a number</source>
        <translation>--pue muss eine Zahl sein</translation>
    </message>
    <message>
        <source>--price must be a number</source>
        <translation>--price muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 MB, in %4 s</source>
        <translation>%1 geschrieben: %2 Seiten, %3 MB, in %4 s</translation>
    </message>
    <message>
        <source>Language: %1 (default: the one in Preferences).</source>
        <translation>Sprache: %1 (Standard: die in den Einstellungen).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--lang muss eines von %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the window cannot be smaller than %1x%2; the picture is that size</source>
        <translation>das Fenster kann nicht kleiner als %1x%2 sein; das Bild hat diese Größe</translation>
    </message>
</context>
<context>
    <name>RunQuality</name>
    <message>
        <source>Run time over 75,000 s</source>
        <translation>Laufzeit über 75.000 s</translation>
    </message>
    <message>
        <source>No energy recorded</source>
        <translation>Keine Energie gemessen</translation>
    </message>
    <message>
        <source>Run time far from similar runs</source>
        <translation>Laufzeit weit weg von ähnlichen Läufen</translation>
    </message>
    <message>
        <source>Energy at or below the fixed overhead</source>
        <translation>Energie höchstens gleich dem festen Overhead</translation>
    </message>
    <message>
        <source>Energy per datum zero or negative</source>
        <translation>Energie pro Datenpunkt null oder negativ</translation>
    </message>
    <message>
        <source>Implausible average power</source>
        <translation>Unplausible mittlere Leistung</translation>
    </message>
    <message>
        <source>The run took longer than 75,000 s (about 21 hours), the limit the BUTTER-E authors set (their filter_1): it was held up, not training normally.</source>
        <translation>Der Lauf dauerte länger als 75.000 s (etwa 21 Stunden), die Grenze der BUTTER-E-Autoren (ihr filter_1): Er wurde aufgehalten und trainierte nicht normal.</translation>
    </message>
    <message>
        <source>The watt-meter recorded no energy for the run (filter_2), so its energy figures tell nothing.</source>
        <translation>Das Wattmeter hat für den Lauf keine Energie aufgezeichnet (filter_2); seine Energiewerte sagen daher nichts aus.</translation>
    </message>
    <message>
        <source>Its run time is more than 4 standard deviations (on a log scale) from the runs of the same device, dataset and size (filter_3).</source>
        <translation>Seine Laufzeit liegt mehr als 4 Standardabweichungen (auf logarithmischer Skala) von den Läufen mit demselben Gerät, Datensatz und derselben Größe entfernt (filter_3).</translation>
    </message>
    <message>
        <source>Its energy is not more than the fixed start-up and shut-down energy of a run on its device (14.0 kJ on CPU nodes, 271.6 kJ on GPU nodes), so nothing is left for the training itself.</source>
        <translation>Seine Energie ist nicht größer als die feste Start- und Abschlussenergie eines Laufs auf seinem Gerät (14,0 kJ auf CPU-Knoten, 271,6 kJ auf GPU-Knoten); für das Training selbst bleibt nichts übrig.</translation>
    </message>
    <message>
        <source>Its energy per training datum is zero or negative, which no real training has: per-datum comparisons cannot use it.</source>
        <translation>Seine Energie pro Trainingsdatenpunkt ist null oder negativ, was kein echtes Training hat: Vergleiche pro Datenpunkt können ihn nicht verwenden.</translation>
    </message>
    <message>
        <source>Its average power is below half the idle power of its node, or above what its node can draw at full load (idle power plus 600 W on CPU nodes, plus 1,200 W on GPU nodes): the meter reading is doubtful.</source>
        <translation>Seine mittlere Leistung liegt unter der Hälfte der Leerlaufleistung seines Knotens oder über dem, was sein Knoten unter Volllast aufnehmen kann (Leerlaufleistung plus 600 W auf CPU-Knoten, plus 1.200 W auf GPU-Knoten): Der Messwert ist zweifelhaft.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Wattprint database: %2</source>
        <translation>%1 ist keine Wattprint-Datenbank: %2</translation>
    </message>
    <message>
        <source>%1 is not a Wattprint database</source>
        <translation>%1 ist keine Wattprint-Datenbank</translation>
    </message>
    <message>
        <source>%1 was written by a newer Wattprint (schema %2; this version reads up to %3)</source>
        <translation>%1 wurde von einer neueren Wattprint-Version geschrieben (Schema %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one made by Wattprint</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von Wattprint erstellte</translation>
    </message>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E)</source>
        <translation>Demodaten (synthetisch, nach dem Vorbild von BUTTER-E)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation>%1 ist ein Ordner, keine Datenbank</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is not writable</source>
        <translation>%1 kann nicht angelegt werden: sein Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>sein Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 needs its schema brought up to date, which needs write access (it is read-only: %2)</source>
        <translation>Das Schema von %1 muss aktualisiert werden, wofür Schreibzugriff nötig ist (nur lesbar: %2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check found: %2); restore it from a backup or import the files again into a new store</source>
        <translation>%1 ist beschädigt (die Integritätsprüfung von SQLite fand: %2); stellen Sie sie aus einer Sicherung wieder her oder importieren Sie die Dateien erneut in einen neuen Speicher</translation>
    </message>
    <message>
        <source>Cannot reach %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>%1 ist nicht erreichbar: Der PostgreSQL-Treiber von Qt (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but not a store made by Wattprint</source>
        <translation>%1 enthält Tabellen, aber keinen von Wattprint angelegten Datenbestand</translation>
    </message>
    <message>
        <source>the server accepts only reads</source>
        <translation>der Server erlaubt nur Lesezugriffe</translation>
    </message>
    <message>
        <source>the role %1 may only read this store (it may not add runs)</source>
        <translation>die Rolle %1 darf diesen Datenbestand nur lesen (sie darf keine Läufe hinzufügen)</translation>
    </message>
    <message>
        <source>%1 holds no Wattprint store yet, and the role %2 may not create one there (%3)</source>
        <translation>%1 enthält noch keinen Wattprint-Datenbestand, und die Rolle %2 darf dort keinen anlegen (%3)</translation>
    </message>
    <message>
        <source>no CREATE privilege on schema %1</source>
        <translation>kein CREATE-Recht auf dem Schema %1</translation>
    </message>
    <message>
        <source>%1 is at schema %2, which this version cannot bring up to date</source>
        <translation>%1 hat Schema %2, das diese Version nicht aktualisieren kann</translation>
    </message>
    <message>
        <source>Cannot remove imports from %1: it is read-only (%2)</source>
        <translation>Importe können nicht aus %1 entfernt werden: nur lesbar (%2)</translation>
    </message>
    <message>
        <source>%1: the role %2 may not use the schema the store is in (no USAGE privilege); ask the database&apos;s administrator to grant it</source>
        <translation>%1: Die Rolle %2 darf das Schema der Datenbank nicht benutzen (kein USAGE-Recht); bitten Sie die Administration der Datenbank, es zu gewähren</translation>
    </message>
    <message>
        <source>%1: the role %2 may not read this store (no SELECT privilege on its tables); ask the database&apos;s administrator to grant it</source>
        <translation>%1: Die Rolle %2 darf diese Datenbank nicht lesen (kein SELECT-Recht auf ihre Tabellen); bitten Sie die Administration der Datenbank, es zu gewähren</translation>
    </message>
</context>
<context>
    <name>StoreLoader</name>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 is not a server address of the form postgresql://user@host:port/database</source>
        <translation>%1 ist keine Serveradresse der Form postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>A server address may not hold a password; put it in the password file (~/.pgpass or PGPASSFILE) or in PGPASSWORD</source>
        <translation>Eine Serveradresse darf kein Passwort enthalten; legen Sie es in der Passwortdatei (~/.pgpass oder PGPASSFILE) oder in PGPASSWORD ab</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 ist keine Portnummer</translation>
    </message>
    <message>
        <source>Unknown connection option &apos;%1&apos;</source>
        <translation>Unbekannte Verbindungsoption „%1“</translation>
    </message>
    <message>
        <source>Connection option &apos;%1&apos; has a value that cannot be passed on</source>
        <translation>Die Verbindungsoption „%1“ hat einen Wert, der nicht weitergegeben werden kann</translation>
    </message>
    <message>
        <source>default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>default server</source>
        <translation>Standardserver</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>StoreSummary</name>
    <message>
        <source>Tripp, Perr-Sauer et al., &quot;Measuring the Energy Consumption and Efficiency of Deep Neural Networks&quot;, National Renewable Energy Laboratory, Open Energy Data Initiative submission 5991, doi:10.25984/2329316, licensed CC-BY-4.0</source>
        <translation>Tripp, Perr-Sauer et al., „Measuring the Energy Consumption and Efficiency of Deep Neural Networks“, National Renewable Energy Laboratory, Open Energy Data Initiative, Einreichung 5991, doi:10.25984/2329316, lizenziert unter CC-BY-4.0</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E): %1</source>
        <translation>Demodaten (synthetisch, nach BUTTER-E modelliert): %1</translation>
    </message>
    <message>
        <source> (times without a zone read as %1)</source>
        <translation> (Zeiten ohne Zone gelesen als %1)</translation>
    </message>
    <message>
        <source>no country given</source>
        <translation>kein Land angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), grid %2 %3 (%4); CO2e as CodeCarbon reported it %5 kg, at that grid intensity %6 kg</source>
        <translation>
            <numerusform>%1: %n Lauf, Stromnetz %2 %3 (%4); CO2e laut CodeCarbon %5 kg, bei dieser Netzintensität %6 kg</numerusform>
            <numerusform>%1: %n Läufe, Stromnetz %2 %3 (%4); CO2e laut CodeCarbon %5 kg, bei dieser Netzintensität %6 kg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), no grid intensity known; CO2e as CodeCarbon reported it %2 kg</source>
        <translation>
            <numerusform>%1: %n Lauf, keine Netzintensität bekannt; CO2e laut CodeCarbon %2 kg</numerusform>
            <numerusform>%1: %n Läufe, keine Netzintensität bekannt; CO2e laut CodeCarbon %2 kg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <comment>less than a share</comment>
        <translation>&lt;%1</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>B uses %1% less energy</source>
        <translation>B verbraucht %1 % weniger Energie</translation>
    </message>
    <message>
        <source>B uses %1% more energy</source>
        <translation>B verbraucht %1 % mehr Energie</translation>
    </message>
    <message>
        <source>B uses %1% less non-overhead energy</source>
        <translation>B verbraucht %1 % weniger Energie ohne Overhead</translation>
    </message>
    <message>
        <source>B uses %1% more non-overhead energy</source>
        <translation>B verbraucht %1 % mehr Energie ohne Overhead</translation>
    </message>
    <message>
        <source>B uses %1% less energy per datum</source>
        <translation>B verbraucht %1 % weniger Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>B uses %1% more energy per datum</source>
        <translation>B verbraucht %1 % mehr Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>B draws %1% less power</source>
        <translation>B nimmt %1 % weniger Leistung auf</translation>
    </message>
    <message>
        <source>B draws %1% more power</source>
        <translation>B nimmt %1 % mehr Leistung auf</translation>
    </message>
    <message>
        <source>B takes %1% less time</source>
        <translation>B braucht %1 % weniger Zeit</translation>
    </message>
    <message>
        <source>B takes %1% more time</source>
        <translation>B braucht %1 % mehr Zeit</translation>
    </message>
    <message>
        <source>B is %1% lower</source>
        <translation>B ist %1 % niedriger</translation>
    </message>
    <message>
        <source>B is %1% higher</source>
        <translation>B ist %1 % höher</translation>
    </message>
    <message>
        <source>No percent change: the median of A is %1, not above 0</source>
        <translation>Keine prozentuale Änderung: Der Median von A ist %1, nicht über 0</translation>
    </message>
    <message>
        <source>%1% CI %2-%3%</source>
        <translation>%1-%-KI %2–%3 %</translation>
    </message>
    <message>
        <source>%1% CI from %2% less to %3% more</source>
        <translation>%1-%-KI von %2 % weniger bis %3 % mehr</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>significant at alpha = %1</source>
        <translation>signifikant bei alpha = %1</translation>
    </message>
    <message>
        <source>not significant at alpha = %1</source>
        <translation>nicht signifikant bei alpha = %1</translation>
    </message>
    <message>
        <source>Too few runs to tell: %1 (%2), but A has %3 and B %4 runs, and a verdict needs at least %5 on each side</source>
        <translation>Zu wenige Läufe für ein Urteil: %1 (%2), aber A hat %3 und B %4 Läufe, und ein Urteil braucht mindestens %5 auf jeder Seite</translation>
    </message>
    <message>
        <source>; %1 of %2 bootstrap replicates had a median of A at or below 0 and were left out</source>
        <translation>; %1 von %2 Bootstrap-Wiederholungen hatten einen Median von A von höchstens 0 und wurden weggelassen</translation>
    </message>
    <message>
        <source>One run against one run: B&apos;s value is %1 A&apos;s; no test is possible with one run on a side</source>
        <translation>Ein Lauf gegen einen Lauf: der Wert von B ist %1 der von A; mit einem Lauf auf einer Seite ist kein Test möglich</translation>
    </message>
    <message>
        <source>B&apos;s median is %1 A&apos;s (A: %2, B: %3); no test is possible with one run on a side</source>
        <translation>Der Median von B ist %1 der von A (A: %2, B: %3); mit einem Lauf auf einer Seite ist kein Test möglich</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>the network cannot be derived for this dataset, shape, depth and size</source>
        <translation>das Netz lässt sich für diesen Datensatz, diese Form, Tiefe und Größe nicht ableiten</translation>
    </message>
    <message>
        <source>the plan has no training data per epoch</source>
        <translation>der Plan hat keine Trainingsdaten je Epoche</translation>
    </message>
    <message>
        <source>the model could not be fitted on this device: %1</source>
        <translation>das Modell konnte auf diesem Gerät nicht angepasst werden: %1</translation>
    </message>
    <message>
        <source>only %1 configurations of this device were predicted out of fold; an interval needs at least %2</source>
        <translation>nur %1 Konfigurationen dieses Geräts wurden außerhalb ihrer Falte vorhergesagt; ein Intervall braucht mindestens %2</translation>
    </message>
    <message>
        <source>the shape &apos;%1&apos; is unknown to the model (known: %2)</source>
        <translation>die Form &apos;%1&apos; ist dem Modell unbekannt (bekannt: %2)</translation>
    </message>
    <message>
        <source>a dataset of one&apos;s own needs its number of examples, inputs and outputs, each at least 1</source>
        <translation>ein eigener Datensatz braucht die Zahl seiner Beispiele, Eingaben und Ausgaben, jeweils mindestens 1</translation>
    </message>
    <message>
        <source>the dataset &apos;%1&apos; is not one of the sweep&apos;s; describe it by its examples and inputs instead</source>
        <translation>der Datensatz &apos;%1&apos; gehört nicht zum Sweep; stattdessen durch seine Beispiele und Eingaben beschreiben</translation>
    </message>
    <message>
        <source>the size must be at least 1 parameter</source>
        <translation>die Größe muss mindestens 1 Parameter sein</translation>
    </message>
    <message>
        <source>the depth must be from 2 to %1 layers</source>
        <translation>die Tiefe muss zwischen 2 und %1 Schichten liegen</translation>
    </message>
    <message>
        <source>the epochs must be at least 1</source>
        <translation>die Epochen müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>the batch size must be at least 1</source>
        <translation>die Batchgröße muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the size %1 is more than %2 times below the smallest measured on this device (%3)</source>
        <translation>die Größe %1 liegt mehr als %2-fach unter der kleinsten auf diesem Gerät gemessenen (%3)</translation>
    </message>
    <message>
        <source>the size %1 is below the smallest measured on this device (%2)</source>
        <translation>die Größe %1 liegt unter der kleinsten auf diesem Gerät gemessenen (%2)</translation>
    </message>
    <message>
        <source>the size %1 is more than %2 times above the largest measured on this device (%3)</source>
        <translation>die Größe %1 liegt mehr als %2-fach über der größten auf diesem Gerät gemessenen (%3)</translation>
    </message>
    <message>
        <source>the size %1 is above the largest measured on this device (%2)</source>
        <translation>die Größe %1 liegt über der größten auf diesem Gerät gemessenen (%2)</translation>
    </message>
    <message>
        <source>the depth %1 is below the smallest measured on this device (%2)</source>
        <translation>die Tiefe %1 liegt unter der kleinsten auf diesem Gerät gemessenen (%2)</translation>
    </message>
    <message>
        <source>the depth %1 is more than twice the deepest measured on this device (%2)</source>
        <translation>die Tiefe %1 ist mehr als doppelt so groß wie die größte auf diesem Gerät gemessene (%2)</translation>
    </message>
    <message>
        <source>the depth %1 is above the deepest measured on this device (%2)</source>
        <translation>die Tiefe %1 liegt über der größten auf diesem Gerät gemessenen (%2)</translation>
    </message>
    <message>
        <source>the dataset is not one of the sweep&apos;s: its cost per datum is carried over from other datasets</source>
        <translation>der Datensatz gehört nicht zum Sweep: seine Kosten je Datum werden von anderen Datensätzen übertragen</translation>
    </message>
    <message>
        <source>no run of %1 on this device passed the quality checks</source>
        <translation>kein Lauf von %1 auf diesem Gerät hat die Qualitätsprüfungen bestanden</translation>
    </message>
    <message>
        <source>no run of the shape %1 on this device passed the quality checks</source>
        <translation>kein Lauf der Form %1 auf diesem Gerät hat die Qualitätsprüfungen bestanden</translation>
    </message>
    <message>
        <source>the sweep trained with batches of %1 only</source>
        <translation>der Sweep trainierte nur mit Batches von %1</translation>
    </message>
    <message>
        <source>the model predicts no positive energy for this network</source>
        <translation>das Modell sagt für dieses Netz keine positive Energie voraus</translation>
    </message>
    <message>
        <source>the predicted energy is beyond double precision</source>
        <translation>die vorhergesagte Energie liegt jenseits doppelter Genauigkeit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SQLite database file to open.</source>
        <translation>Zu öffnende SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>SQLite database file to open, as with --db.</source>
        <translation>Zu öffnende SQLite-Datenbankdatei, wie mit --db.</translation>
    </message>
</context>
<context>
    <name>wattprint</name>
    <message>
        <source>Select configuration %1</source>
        <translation>Konfiguration %1 auswählen</translation>
    </message>
    <message>
        <source>Select %1 configurations</source>
        <translation>%1 Konfigurationen auswählen</translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyScoreView</name>
    <message>
        <source>Why is this run flagged: run time or power?</source>
        <translation>Warum ist dieser Lauf markiert: Laufzeit oder Leistung?</translation>
    </message>
    <message>
        <source>energy %1 %2 high</source>
        <translation>Energie %1 %2 über dem Mittel</translation>
    </message>
    <message>
        <source>energy %1 %2 low</source>
        <translation>Energie %1 %2 unter dem Mittel</translation>
    </message>
    <message>
        <source>%1: run time %2 %3, power %4 %3</source>
        <translation>%1: Laufzeit %2 %3, Leistung %4 %3</translation>
    </message>
    <message>
        <source>Flagged, driven mainly by run time</source>
        <translation>Markiert, vor allem durch die Laufzeit</translation>
    </message>
    <message>
        <source>Flagged, driven mainly by power</source>
        <translation>Markiert, vor allem durch die Leistung</translation>
    </message>
    <message>
        <source>Started %1 UTC; energy %2</source>
        <translation>Gestartet %1 UTC; Energie %2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser grouping.</source>
        <translation>Keiner der %1 Läufe konnte bewertet werden: Alle ihre %2 haben weniger als %3 Läufe; eine gröbere Gruppierung wählen.</translation>
    </message>
    <message>
        <source>; 1 run in %1 with fewer than %2 runs was not scored</source>
        <translation>; 1 Lauf in %1 mit weniger als %2 Läufen wurde nicht bewertet</translation>
    </message>
    <message>
        <source>; %1 runs in %2 with fewer than %3 runs were not scored</source>
        <translation>; %1 Läufe in %2 mit weniger als %3 Läufen wurden nicht bewertet</translation>
    </message>
    <message>
        <source>No run is flagged (%1) among the %2 runs scored%3.</source>
        <translation>Keiner der %2 bewerteten Läufe ist markiert (%1)%3.</translation>
    </message>
    <message>
        <source>all of them above their group</source>
        <translation>alle über ihrer Gruppe</translation>
    </message>
    <message>
        <source>all of them below their group</source>
        <translation>alle unter ihrer Gruppe</translation>
    </message>
    <message>
        <source>%1 above and %2 below their group</source>
        <translation>%1 über und %2 unter ihrer Gruppe</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>%1 flagged of %2 scored</source>
        <translation>%1 von %2 bewerteten markiert</translation>
    </message>
    <message>
        <source>Flagged, driven by run time (%1)</source>
        <translation>Markiert, durch die Laufzeit (%1)</translation>
    </message>
    <message>
        <source>Flagged, driven by power (%1)</source>
        <translation>Markiert, durch die Leistung (%1)</translation>
    </message>
    <message>
        <source>Within %1 %2 (%3)</source>
        <translation>Innerhalb von %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are not drawn.</source>
        <translation>%1 von %2 Läufen liegen in %3 mit weniger als %4 Läufen, zu wenige für einen Score: Sie werden nicht gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a positive energy and run time are left out.</source>
        <translation>
            <numerusform>%n Lauf ohne positive Energie und Laufzeit wird weggelassen.</numerusform>
            <numerusform>%n Läufe ohne positive Energie und Laufzeit werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run could be scored: groups need at least %1 runs.
Choose a coarser grouping.</source>
        <translation>Kein Lauf konnte bewertet werden: Gruppen brauchen mindestens %1 Läufe.
Eine gröbere Gruppierung wählen.</translation>
    </message>
    <message>
        <source>Run start (UTC)</source>
        <translation>Laufstart (UTC)</translation>
    </message>
    <message>
        <source>Anomaly scores of runs over time</source>
        <translation>Anomalie-Scores der Läufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Flag beyond:</source>
        <translation>Markieren ab:</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>Which runs a run is compared with</source>
        <translation>Mit welchen Läufen ein Lauf verglichen wird</translation>
    </message>
    <message>
        <source>Flag threshold</source>
        <translation>Markierungsschwelle</translation>
    </message>
    <message>
        <source>Flagged runs</source>
        <translation>Markierte Läufe</translation>
    </message>
    <message>
        <source>Filter to flagged</source>
        <translation>Auf markierte filtern</translation>
    </message>
    <message>
        <source>Keep only the flagged runs in the filter</source>
        <translation>Nur die markierten Läufe im Filter behalten</translation>
    </message>
    <message>
        <source>Select by dragging</source>
        <translation>Durch Ziehen auswählen</translation>
    </message>
    <message>
        <source>When on, dragging selects runs into the filter; when off it pans along time</source>
        <translation>Wenn aktiv, wählt Ziehen Läufe in den Filter aus; sonst wird entlang der Zeit verschoben</translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation>
            <numerusform>Den %n markierten Lauf auswählen</numerusform>
            <numerusform>Die %n markierten Läufe auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one run (%1)</source>
        <translation>Einen Lauf auswählen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) with scores %1 to %2</source>
        <translation>
            <numerusform>%n Lauf mit Scores von %1 bis %2 auswählen</numerusform>
            <numerusform>%n Läufe mit Scores von %1 bis %2 auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>run time %1 the expected at its group&apos;s median power, power %2 that median</source>
        <translation>Laufzeit %1 der erwarteten bei der Medianleistung ihrer Gruppe, Leistung %2 dieses Medians</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: the energy model has no expected energy for them (it knows BUTTER-E&apos;s datasets and shapes); group by configuration to compare runs with their repeats.</source>
        <translation>Keiner der %1 Läufe konnte bewertet werden: Das Energiemodell hat für sie keine erwartete Energie (es kennt die Datensätze und Formen von BUTTER-E); gruppieren Sie nach Konfiguration, um Läufe mit ihren Wiederholungen zu vergleichen.</translation>
    </message>
    <message>
        <source>a residual beyond %1 %2 %3</source>
        <translation>ein Residuum jenseits von %1 %2 %3</translation>
    </message>
    <message>
        <source>1 of %1 runs scored is flagged (%2, %3 its group), driven mainly by %4%5.</source>
        <translation>1 von %1 bewerteten Läufen ist markiert (%2, %3 seiner Gruppe), vor allem getrieben durch %4%5.</translation>
    </message>
    <message>
        <source>%1 of %2 runs scored are flagged (%3; %4): %5 driven mainly by run time and %6 by power%7.</source>
        <translation>%1 von %2 bewerteten Läufen sind markiert (%3; %4): %5 vor allem durch die Laufzeit getrieben und %6 durch die Leistung%7.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an expected energy (a dataset or shape the energy model does not know) are not scored.</source>
        <translation>
            <numerusform>%n Lauf ohne erwartete Energie (ein Datensatz oder eine Form, die das Energiemodell nicht kennt) wird nicht bewertet.</numerusform>
            <numerusform>%n Läufe ohne erwartete Energie (ein Datensatz oder eine Form, die das Energiemodell nicht kennt) werden nicht bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anomaly score: robust z of measured ÷ expected energy (%1)</source>
        <translation>Anomaliewert: robustes z von gemessener ÷ erwarteter Energie (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>How far from its group&apos;s median residual a run must be to be flagged</source>
        <translation>Wie weit ein Lauf vom Median-Residuum seiner Gruppe entfernt sein muss, um markiert zu werden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one run at the time it started (UTC). Its height is its &lt;b&gt;anomaly score&lt;/b&gt;: the robust z of its &lt;b&gt;residual&lt;/b&gt;, log(measured &amp;divide; expected energy), where the energy model gives the expectation for its configuration: how many scaled median absolute deviations (&amp;sigma;) it lies from the median residual of its group (chooser; by default its device). The shaded bands start at 2.5 and 3.5 &amp;sigma;; runs beyond the threshold are flagged, the same runs as the energy anomaly timeline flags by default.&lt;/p&gt;&lt;p&gt;Energy is power times run time, so the deviation splits exactly into a run-time part and a power part (the run&apos;s power against its group&apos;s median power). Each flagged run is coloured by the larger of the two: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;blue when its run time&lt;/b&gt;&lt;/span&gt; moved its energy most (a slow or stalled run), &lt;span style=&apos;color:#e69f00&apos;&gt;&lt;b&gt;orange when its power&lt;/b&gt;&lt;/span&gt; did (a busier node, or a meter drop-out when energy is low). Hover over a run to read the split, for example &amp;ldquo;energy 4.2 &amp;sigma; high: run time +4.0 &amp;sigma;, power +0.3 &amp;sigma;&amp;rdquo; (both parts in the same unit, so they add up).&lt;/p&gt;&lt;p&gt;Groups need at least 5 runs; smaller groups are not scored or drawn.&lt;/p&gt;&lt;p&gt;Drag a rectangle (or click a run) to put those runs into the filter; switch off &lt;i&gt;Select by dragging&lt;/i&gt; to pan along time instead. Scroll to zoom.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Punkt ist ein Lauf zum Zeitpunkt seines Starts (UTC). Seine Höhe ist sein &lt;b&gt;Anomaliewert&lt;/b&gt;: das robuste z seines &lt;b&gt;Residuums&lt;/b&gt;, log(gemessene &amp;divide; erwartete Energie), wobei das Energiemodell die Erwartung für seine Konfiguration liefert: wie viele skalierte mediane absolute Abweichungen (&amp;sigma;) er vom Median-Residuum seiner Gruppe entfernt liegt (Auswahl; standardmäßig sein Gerät). Die schattierten Bänder beginnen bei 2,5 und 3,5 &amp;sigma;; Läufe jenseits der Schwelle werden markiert, dieselben Läufe, die die Zeitleiste der Energieanomalien standardmäßig markiert.&lt;/p&gt;&lt;p&gt;Energie ist Leistung mal Laufzeit, daher zerfällt die Abweichung genau in einen Laufzeitanteil und einen Leistungsanteil (die Leistung des Laufs gegenüber der Medianleistung seiner Gruppe). Jeder markierte Lauf wird nach dem größeren der beiden gefärbt: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;blau, wenn seine Laufzeit&lt;/b&gt;&lt;/span&gt; seine Energie am stärksten bewegt hat (ein langsamer oder hängender Lauf), &lt;span style=&apos;color:#e69f00&apos;&gt;&lt;b&gt;orange, wenn seine Leistung&lt;/b&gt;&lt;/span&gt; es tat (ein stärker ausgelasteter Knoten oder ein Messausfall bei niedriger Energie). Fahren Sie mit der Maus über einen Lauf, um die Aufteilung zu lesen, zum Beispiel &amp;bdquo;Energie 4,2 &amp;sigma; hoch: Laufzeit +4,0 &amp;sigma;, Leistung +0,3 &amp;sigma;&amp;ldquo; (beide Anteile in derselben Einheit, sodass sie sich addieren).&lt;/p&gt;&lt;p&gt;Gruppen brauchen mindestens 5 Läufe; kleinere Gruppen werden weder bewertet noch gezeichnet.&lt;/p&gt;&lt;p&gt;Ziehen Sie ein Rechteck auf (oder klicken Sie auf einen Lauf), um diese Läufe in den Filter zu übernehmen; schalten Sie &lt;i&gt;Durch Ziehen auswählen&lt;/i&gt; aus, um stattdessen entlang der Zeit zu verschieben. Scrollen zum Zoomen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the baselines (they are still scored)</source>
        <translation>Vergleichsbasen; bewertet werden sie weiterhin</translation>
    </message>
    <message>
        <source>Robust z (%1)</source>
        <translation>Robustes z (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyTimelineView</name>
    <message>
        <source>Which runs spent energy they should not have, and when?</source>
        <translation>Welche Läufe haben Energie verbraucht, die sie nicht hätten verbrauchen sollen, und wann?</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-Score</translation>
    </message>
    <message>
        <source>Robust z (median, MAD)</source>
        <translation>Robustes z (Median, MAD)</translation>
    </message>
    <message>
        <source>IQR (Tukey fences)</source>
        <translation>IQR (Tukey-Zäune)</translation>
    </message>
    <message>
        <source>Isolation Forest</source>
        <translation>Isolation Forest</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive energy to score.</source>
        <translation>Keiner der %1 Läufe im Filter hat eine positive Energie, die bewertet werden könnte.</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser grouping.</source>
        <translation>Keiner der %1 Läufe konnte bewertet werden: Alle ihre %2 haben weniger als %3 Läufe; eine gröbere Gruppierung wählen.</translation>
    </message>
    <message>
        <source> (1 run in %1 with fewer than %2 runs could not be scored)</source>
        <translation> (1 Lauf in %1 mit weniger als %2 Läufen konnte nicht bewertet werden)</translation>
    </message>
    <message>
        <source> (%1 runs in %2 with fewer than %3 runs could not be scored)</source>
        <translation> (%1 Läufe in %2 mit weniger als %3 Läufen konnten nicht bewertet werden)</translation>
    </message>
    <message>
        <source>a %1 spike over %2</source>
        <translation>eine Spitze: %1 so hoch wie %2</translation>
    </message>
    <message>
        <source>a dip to %1 %2</source>
        <translation>ein Einbruch: nur %1 so hoch wie %2</translation>
    </message>
    <message>
        <source>Flag |z| above:</source>
        <translation>|z| markieren über:</translation>
    </message>
    <message>
        <source>Flag |robust z| above:</source>
        <translation>|robustes z| markieren über:</translation>
    </message>
    <message>
        <source>Fences at k × IQR, k:</source>
        <translation>Zäune bei k × IQR, k:</translation>
    </message>
    <message>
        <source>Flag score above:</source>
        <translation>Score markieren über:</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>%1 flagged of %2 scored</source>
        <translation>%1 von %2 bewerteten markiert</translation>
    </message>
    <message>
        <source>%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are drawn grey.</source>
        <translation>%1 von %2 Läufen liegen in %3 mit weniger als %4 Läufen, zu wenige für einen Score: Sie werden grau gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a positive value are left out.</source>
        <translation>
            <numerusform>%n Lauf ohne positiven Wert wird weggelassen.</numerusform>
            <numerusform>%n Läufe ohne positiven Wert werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>Markiert (%1)</translation>
    </message>
    <message>
        <source>CPU runs (%1 scored)</source>
        <translation>CPU-Läufe (%1 bewertet)</translation>
    </message>
    <message>
        <source>GPU runs (%1 scored)</source>
        <translation>GPU-Läufe (%1 bewertet)</translation>
    </message>
    <message>
        <source>Not scored: group under %1 runs (%2)</source>
        <translation>Nicht bewertet: Gruppe unter %1 Läufen (%2)</translation>
    </message>
    <message>
        <source>Run start (UTC)</source>
        <translation>Laufstart (UTC)</translation>
    </message>
    <message>
        <source>Runs over time with flagged energy anomalies</source>
        <translation>Läufe im Zeitverlauf mit markierten Energieanomalien</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation>Erkennungsmethode</translation>
    </message>
    <message>
        <source>How a run is compared with the other runs of its group</source>
        <translation>Wie ein Lauf mit den anderen Läufen seiner Gruppe verglichen wird</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>Which runs a run is compared with</source>
        <translation>Mit welchen Läufen ein Lauf verglichen wird</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Vertikale Achse</translation>
    </message>
    <message>
        <source>What the vertical axis shows</source>
        <translation>Was die vertikale Achse zeigt</translation>
    </message>
    <message>
        <source>Flagged runs</source>
        <translation>Markierte Läufe</translation>
    </message>
    <message>
        <source>Threshold value</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Filter to anomalies</source>
        <translation>Auf Anomalien filtern</translation>
    </message>
    <message>
        <source>Keep only the flagged runs in the filter</source>
        <translation>Nur die markierten Läufe im Filter behalten</translation>
    </message>
    <message>
        <source>Select by dragging</source>
        <translation>Durch Ziehen auswählen</translation>
    </message>
    <message>
        <source>When on, dragging on the chart selects runs into the filter; when off it pans (Shift+drag always selects)</source>
        <translation>Wenn aktiv, wählt Ziehen im Diagramm Läufe in den Filter aus; sonst wird verschoben (Umschalt+Ziehen wählt immer aus)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close run details</source>
        <translation>Laufdetails schließen</translation>
    </message>
    <message>
        <source>Close the run details</source>
        <translation>Die Laufdetails schließen</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>Watt-meter trace of the run&apos;s job</source>
        <translation>Wattmeter-Verlauf des Jobs dieses Laufs</translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation>
            <numerusform>Den %n markierten Lauf auswählen</numerusform>
            <numerusform>Die %n markierten Läufe auswählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) started %1 to %2 UTC</source>
        <translation>
            <numerusform>%n Lauf auswählen, gestartet %1 bis %2 UTC</numerusform>
            <numerusform>%n Läufe auswählen, gestartet %1 bis %2 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1 UTC; energy %2</source>
        <translation>Gestartet %1 UTC; Energie %2</translation>
    </message>
    <message>
        <source>%1 the median of its configuration (%2 runs)</source>
        <translation>%1 so hoch wie der Median seiner Konfiguration (%2 Läufe)</translation>
    </message>
    <message>
        <source>%1 score %2%3</source>
        <translation>%1: Score %2%3</translation>
    </message>
    <message>
        <source> (flagged)</source>
        <translation> (markiert)</translation>
    </message>
    <message>
        <source>Not scored: its group has fewer than %1 runs</source>
        <translation>Nicht bewertet: Seine Gruppe hat weniger als %1 Läufe</translation>
    </message>
    <message>
        <source>Click for its details and watt-meter trace</source>
        <translation>Klicken für Details und Wattmeter-Verlauf</translation>
    </message>
    <message>
        <source>Run details and traces are not available here (no store is connected).</source>
        <translation>Laufdetails und Verläufe sind hier nicht verfügbar (kein Datenspeicher verbunden).</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Node power (W)</source>
        <translation>Knotenleistung (W)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lauf&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration:&lt;/b&gt; %1, %2, %3 parameters, depth %4, %5 (batch %6)</source>
        <translation>&lt;b&gt;Konfiguration:&lt;/b&gt; %1, %2, %3 Parameter, Tiefe %4, %5 (Batch %6)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node:&lt;/b&gt; %1 (%2), &lt;b&gt;SLURM job&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Knoten:&lt;/b&gt; %1 (%2), &lt;b&gt;SLURM-Job&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ran&lt;/b&gt; %1 to %2 UTC (%3)</source>
        <translation>&lt;b&gt;Lief&lt;/b&gt; von %1 bis %2 UTC (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Konfiguration:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Energie:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 the median of its configuration&apos;s %2 runs</source>
        <translation>%1 so hoch wie der Median der %2 Läufe seiner Konfiguration</translation>
    </message>
    <message>
        <source>: &lt;b style=&apos;color:#d7191c&apos;&gt;flagged&lt;/b&gt;</source>
        <translation>: &lt;b style=&apos;color:#d7191c&apos;&gt;markiert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation>: nicht markiert</translation>
    </message>
    <message>
        <source>Not scored (its group has fewer than %1 runs)</source>
        <translation>Nicht bewertet (seine Gruppe hat weniger als %1 Läufe)</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the run&apos;s details and trace...&lt;/i&gt;</source>
        <translation>&lt;i&gt;Details und Verlauf des Laufs werden geladen...&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;This run is no longer in the store.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dieser Lauf ist nicht mehr im Datenspeicher.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No trace stored for this job.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für diesen Job ist kein Verlauf gespeichert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trace: %1 samples of node power over the job</source>
        <translation>Verlauf: %1 Messwerte der Knotenleistung über den Job</translation>
    </message>
    <message>
        <source>Energy from the trace over the run: %1 (stored: %2)</source>
        <translation>Energie aus dem Verlauf über den Lauf: %1 (gespeichert: %2)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Node power (1-minute samples)</source>
        <translation>Knotenleistung (Messwerte je Minute)</translation>
    </message>
    <message>
        <source>Idle power of the node (%1 W)</source>
        <translation>Leerlaufleistung des Knotens (%1 W)</translation>
    </message>
    <message>
        <source>The run&apos;s average power (%1 W)</source>
        <translation>Durchschnittliche Leistung des Laufs (%1 W)</translation>
    </message>
    <message>
        <source>Energy per run (%1, log scale)</source>
        <translation>Energie pro Lauf (%1, log. Skala)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy:&lt;/b&gt; %1 at %2 on average</source>
        <translation>&lt;b&gt;Energie:&lt;/b&gt; %1 bei durchschnittlich %2</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: the energy model has no expected energy for them (it knows BUTTER-E&apos;s datasets and shapes); group by configuration to compare runs with their repeats.</source>
        <translation>Keiner der %1 Läufe konnte bewertet werden: Das Energiemodell hat für sie keine erwartete Energie (es kennt die Datensätze und Formen von BUTTER-E); gruppieren Sie nach Konfiguration, um Läufe mit ihren Wiederholungen zu vergleichen.</translation>
    </message>
    <message>
        <source>None of the %1 runs scored is flagged by %2 %3%4.</source>
        <translation>Keiner der %1 bewerteten Läufe wird durch %2 %3 markiert%4.</translation>
    </message>
    <message>
        <source>its expected energy</source>
        <translation>seine erwartete Energie</translation>
    </message>
    <message>
        <source>1 of %1 runs scored (%2%) is flagged by %3 %4%5: %6 on %7 (%8, %9).</source>
        <translation>1 von %1 bewerteten Läufen (%2 %) wird durch %3 %4 markiert%5: %6 am %7 (%8, %9).</translation>
    </message>
    <message>
        <source>%1 of %2 runs scored (%3%) are flagged by %4 %5%6; the largest is %7 on %8 (%9, %10).</source>
        <translation>%1 von %2 bewerteten Läufen (%3 %) werden durch %4 %5 markiert%6; der größte ist %7 am %8 (%9, %10).</translation>
    </message>
    <message>
        <source>%1 runs of groups under 64 runs were scored by one forest of all runs, not within their group.</source>
        <translation>%1 Läufe aus Gruppen unter 64 Läufen wurden von einem Wald über alle Läufe bewertet, nicht innerhalb ihrer Gruppe.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an expected energy (a dataset or shape the energy model does not know) are not scored.</source>
        <translation>
            <numerusform>%n Lauf ohne erwartete Energie (ein Datensatz oder eine Form, die das Energiemodell nicht kennt) wird nicht bewertet.</numerusform>
            <numerusform>%n Läufe ohne erwartete Energie (ein Datensatz oder eine Form, die das Energiemodell nicht kennt) werden nicht bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured ÷ expected energy (log scale)</source>
        <translation>Gemessene ÷ erwartete Energie (log. Skala)</translation>
    </message>
    <message>
        <source>Measured ÷ expected</source>
        <translation>Gemessen ÷ erwartet</translation>
    </message>
    <message>
        <source>%1 its expected energy</source>
        <translation>%1 seiner erwarteten Energie</translation>
    </message>
    <message>
        <source>%1 its expected energy (the energy model&apos;s, for its configuration)</source>
        <translation>%1 seiner erwarteten Energie (der des Energiemodells für seine Konfiguration)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one run, placed at the time it started (UTC) and at the energy it used (logarithmic scale), or, with &lt;i&gt;Measured ÷ expected&lt;/i&gt;, at its energy divided by the energy the &lt;b&gt;energy model&lt;/b&gt; expects for its configuration (dataset, shape, size, depth and device; fitted on all runs, see the cache view): 1&amp;times; is as expected, 5&amp;times; used five times that.&lt;/p&gt;&lt;p&gt;A detector scores each run&apos;s &lt;b&gt;residual&lt;/b&gt;, log(measured &amp;divide; expected), against the residuals of the other runs of its &lt;b&gt;group&lt;/b&gt; (chooser; by default its device), so a large network is not flagged just for being large and a configuration with a single run is still scored: &lt;b&gt;robust z&lt;/b&gt; (from the median, in scaled median absolute deviations; one wild run cannot hide itself; the default), &lt;b&gt;z-score&lt;/b&gt; (from the mean, in standard deviations), &lt;b&gt;IQR&lt;/b&gt; (beyond Tukey&apos;s fences Q1 &amp;minus; k&amp;middot;IQR and Q3 + k&amp;middot;IQR) or &lt;b&gt;Isolation Forest&lt;/b&gt; (how quickly random splits of the residual and the power isolate the run; 0.5 is ordinary, near 1 is odd). Runs beyond the threshold (slider) are drawn &lt;span style=&apos;color:#d7191c&apos;&gt;&lt;b&gt;large and red&lt;/b&gt;&lt;/span&gt; and counted. The anomaly-score view uses the same default and flags the same runs.&lt;/p&gt;&lt;p&gt;Groups need at least 5 runs; runs in smaller groups are drawn grey and not scored. Grouping by configuration compares a run only with its repeats, which most configurations of the sweep do not have (one to three runs each): the finding says how many runs it could not score.&lt;/p&gt;&lt;p&gt;Drag to pan along time, scroll to zoom. Click a run to see its configuration, node, job and its watt-meter trace. Hold Shift (or switch on &lt;i&gt;Select by dragging&lt;/i&gt;) and drag a rectangle to put those runs into the filter; &lt;i&gt;Filter to anomalies&lt;/i&gt; keeps only the flagged runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Punkt ist ein Lauf, platziert zum Zeitpunkt seines Starts (UTC) und bei der Energie, die er verbraucht hat (logarithmische Skala), oder mit &lt;i&gt;Gemessen ÷ erwartet&lt;/i&gt; bei seiner Energie geteilt durch die Energie, die das &lt;b&gt;Energiemodell&lt;/b&gt; für seine Konfiguration erwartet (Datensatz, Form, Größe, Tiefe und Gerät; an allen Läufen angepasst, siehe die Cache-Ansicht): 1&amp;times; ist wie erwartet, 5&amp;times; hat das Fünffache verbraucht.&lt;/p&gt;&lt;p&gt;Ein Detektor bewertet das &lt;b&gt;Residuum&lt;/b&gt; jedes Laufs, log(gemessen &amp;divide; erwartet), gegen die Residuen der anderen Läufe seiner &lt;b&gt;Gruppe&lt;/b&gt; (Auswahl; standardmäßig sein Gerät), sodass ein großes Netz nicht allein wegen seiner Größe markiert wird und auch eine Konfiguration mit nur einem Lauf bewertet wird: &lt;b&gt;robustes z&lt;/b&gt; (vom Median, in skalierten medianen absoluten Abweichungen; ein wilder Lauf kann sich nicht selbst verstecken; der Standard), &lt;b&gt;z-Wert&lt;/b&gt; (vom Mittelwert, in Standardabweichungen), &lt;b&gt;IQR&lt;/b&gt; (jenseits von Tukeys Zäunen Q1 &amp;minus; k&amp;middot;IQR und Q3 + k&amp;middot;IQR) oder &lt;b&gt;Isolation Forest&lt;/b&gt; (wie schnell zufällige Teilungen von Residuum und Leistung den Lauf isolieren; 0,5 ist gewöhnlich, nahe 1 ist auffällig). Läufe jenseits der Schwelle (Schieberegler) werden &lt;span style=&apos;color:#d7191c&apos;&gt;&lt;b&gt;groß und rot&lt;/b&gt;&lt;/span&gt; gezeichnet und gezählt. Die Anomaliewert-Ansicht verwendet denselben Standard und markiert dieselben Läufe.&lt;/p&gt;&lt;p&gt;Gruppen brauchen mindestens 5 Läufe; Läufe in kleineren Gruppen werden grau gezeichnet und nicht bewertet. Die Gruppierung nach Konfiguration vergleicht einen Lauf nur mit seinen Wiederholungen, die die meisten Konfigurationen des Sweeps nicht haben (je ein bis drei Läufe): Die Aussage nennt, wie viele Läufe sie nicht bewerten konnte.&lt;/p&gt;&lt;p&gt;Ziehen zum Verschieben entlang der Zeit, Scrollen zum Zoomen. Klicken Sie auf einen Lauf, um seine Konfiguration, seinen Knoten, seinen Job und seine Wattmeter-Kurve zu sehen. Halten Sie die Umschalttaste gedrückt (oder schalten Sie &lt;i&gt;Durch Ziehen auswählen&lt;/i&gt; ein) und ziehen Sie ein Rechteck auf, um diese Läufe in den Filter zu übernehmen; &lt;i&gt;Auf Anomalien filtern&lt;/i&gt; behält nur die markierten Läufe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Flagged runs that also fail a quality check (known bad data, not picked as the largest): %1.</source>
        <translation> Markierte Läufe, die auch eine Qualitätsprüfung nicht bestehen (bekannt fehlerhafte Daten, nicht als größte gewählt): %1.</translation>
    </message>
    <message>
        <source> Every flagged run also fails a quality check.</source>
        <translation> Jeder markierte Lauf besteht auch eine Qualitätsprüfung nicht.</translation>
    </message>
    <message>
        <source>the baselines (they are still scored)</source>
        <translation>Vergleichsbasen; bewertet werden sie weiterhin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality:&lt;/b&gt; passes every check</source>
        <translation>&lt;b&gt;Qualität:&lt;/b&gt; besteht jede Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality:&lt;/b&gt; fails a check; %1</source>
        <translation>&lt;b&gt;Qualität:&lt;/b&gt; besteht eine Prüfung nicht; %1</translation>
    </message>
    <message>
        <source>not part of the baseline it is scored against</source>
        <translation>nicht Teil der Basis, an der er gemessen wird</translation>
    </message>
    <message>
        <source>part of the baseline, as chosen</source>
        <translation>Teil der Basis, wie gewählt</translation>
    </message>
    <message>
        <source>Details of the chosen run</source>
        <translation>Details des gewählten Laufs</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energie (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::ArchitectureView</name>
    <message>
        <source>Which shapes win at shallow depth, and which at deep?</source>
        <translation>Welche Formen gewinnen bei geringer Tiefe, welche bei großer?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each coloured line is one network shape. Across: the network&apos;s depth (layers, counting the output layer). Up: the median energy per training datum of that shape&apos;s runs at that depth, on a logarithmic scale (every step of ten times takes the same height). Lower is more efficient.&lt;/p&gt;&lt;p&gt;A black ring marks the shape with the lowest median at each depth, and the strip under the chart names it; neighbouring depths won by the same shape share one cell. BUTTER labels every depth-2 network &lt;i&gt;rectangle&lt;/i&gt; (at depth 2 all shapes are the same), so depth 2 has only one contender.&lt;/p&gt;&lt;p&gt;Hover over a point or a strip cell for its values. Click a line, a legend entry or a strip cell to keep only that shape (Ctrl+Z undoes it).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede farbige Linie ist eine Netzform. Waagerecht: die Tiefe des Netzes (Schichten, einschließlich der Ausgabeschicht). Senkrecht: der Median der Energie pro Trainingsdatenpunkt der Läufe dieser Form in dieser Tiefe, auf logarithmischer Skala (jeder Zehnerschritt ist gleich hoch). Niedriger ist effizienter.&lt;/p&gt;&lt;p&gt;Ein schwarzer Ring markiert in jeder Tiefe die Form mit dem niedrigsten Median, und der Streifen unter dem Diagramm nennt sie; benachbarte Tiefen, die dieselbe Form gewinnt, teilen sich eine Zelle. BUTTER bezeichnet jedes Netz der Tiefe 2 als &lt;i&gt;rectangle&lt;/i&gt; (bei Tiefe 2 sind alle Formen gleich), daher gibt es bei Tiefe 2 nur einen Kandidaten.&lt;/p&gt;&lt;p&gt;Mit der Maus über einen Punkt oder eine Streifenzelle fahren, um ihre Werte zu sehen. Auf eine Linie, einen Legendeneintrag oder eine Streifenzelle klicken, um nur diese Form zu behalten (Strg+Z macht es rückgängig).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>depths %1-%2</source>
        <translation>Tiefen %1-%2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive energy per datum to show on a log axis.</source>
        <translation>Keiner der %1 Läufe im Filter hat eine positive Energie pro Datenpunkt, die sich auf einer log. Achse zeigen ließe.</translation>
    </message>
    <message>
        <source>Only %1 runs match the filter, so there is no other shape to compare it with.</source>
        <translation>Nur %1-Läufe entsprechen dem Filter, es gibt also keine andere Form zum Vergleich.</translation>
    </message>
    <message>
        <source>Only %1 has runs at depth %2, so there is no other shape to compare it with.</source>
        <translation>Nur %1 hat Läufe in Tiefe %2, es gibt also keine andere Form zum Vergleich.</translation>
    </message>
    <message>
        <source>At depth %1, %2 has the lowest median energy per datum (%3, against %4 for %5).</source>
        <translation>In Tiefe %1 hat %2 den niedrigsten Median der Energie pro Datenpunkt (%3, gegenüber %4 für %5).</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>No depth in the filter has runs of two shapes or more, so no shape can be compared with another.</source>
        <translation>Keine Tiefe im Filter hat Läufe von zwei oder mehr Formen, daher lässt sich keine Form mit einer anderen vergleichen.</translation>
    </message>
    <message>
        <source>%1 is most efficient at depth %2, the only depth where shapes can be compared.</source>
        <translation>%1 ist am effizientesten in Tiefe %2, der einzigen Tiefe, in der sich Formen vergleichen lassen.</translation>
    </message>
    <message>
        <source>%1 is most efficient at every depth from %2 to %3.</source>
        <translation>%1 ist in jeder Tiefe von %2 bis %3 am effizientesten.</translation>
    </message>
    <message>
        <source>%1 is most efficient at %2</source>
        <translation>%1 ist am effizientesten bei %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>and again at %1</source>
        <translation>und wieder bei %1</translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>und %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 and %2 other shapes</source>
        <translation>%1 und %2 weitere Formen</translation>
    </message>
    <message>
        <source>%1 %2; the lead changes hands %3 times in all, with %4 in between.</source>
        <translation>%1 %2; die Führung wechselt insgesamt %3-mal, dazwischen führen %4.</translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation>Form %1 auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative energy per datum are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n Lauf mit fehlender, null- oder negativer Energie pro Datenpunkt wird weggelassen: Eine log. Achse kann ihn nicht zeigen.</numerusform>
            <numerusform>%n Läufe mit fehlender, null- oder negativer Energie pro Datenpunkt werden weggelassen: Eine log. Achse kann sie nicht zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median energy per datum against depth, one line per shape</source>
        <translation>Median der Energie pro Datenpunkt gegen die Tiefe, eine Linie pro Form</translation>
    </message>
    <message>
        <source>Depth (layers, counting the output layer)</source>
        <translation>Tiefe (Schichten, einschließlich der Ausgabeschicht)</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Am niedrigsten</translation>
    </message>
    <message>
        <source>Lowest at this depth</source>
        <translation>Am niedrigsten in dieser Tiefe</translation>
    </message>
    <message>
        <source>Depth %1: %2 is the only shape with runs (median %3 per datum, n = %4).</source>
        <translation>Tiefe %1: %2 ist die einzige Form mit Läufen (Median %3 pro Datenpunkt, n = %4).</translation>
    </message>
    <message>
        <source>Depth %1: %2 has the lowest median energy per datum, %3 (n = %4), of %5 shapes; next is %6 at %7 (%8 more).</source>
        <translation>Tiefe %1: %2 hat von %5 Formen den niedrigsten Median der Energie pro Datenpunkt, %3 (n = %4); es folgt %6 mit %7 (%8 mehr).</translation>
    </message>
    <message>
        <source>%1, depth %2: median %3 per datum, middle half %4 to %5 (n = %6)</source>
        <translation>%1, Tiefe %2: Median %3 pro Datenpunkt, mittlere Hälfte %4 bis %5 (n = %6)</translation>
    </message>
    <message>
        <source>; the lowest at this depth</source>
        <translation>; am niedrigsten in dieser Tiefe</translation>
    </message>
    <message>
        <source>Median energy per datum (%1, log scale)</source>
        <translation>Median der Energie pro Datenpunkt (%1, log. Skala)</translation>
    </message>
    <message>
        <source>Energy per datum (%1)</source>
        <translation>Energie pro Datenpunkt (%1)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energie (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::BatchOverheadView</name>
    <message>
        <source>Which sweep batches wasted most of their energy on overhead?</source>
        <translation>Welche Sweep-Batches haben den größten Teil ihrer Energie für Overhead verbraucht?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The sweep ran in batches: &lt;i&gt;energy_1&lt;/i&gt; on GPU nodes, &lt;i&gt;energy_2_cpu&lt;/i&gt; on CPU nodes, and batches that added depths or shapes later. Each bar is one batch. Its &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;purple part&lt;/b&gt;&lt;/span&gt; is the &lt;b&gt;fixed overhead&lt;/b&gt; its runs paid (NREL&apos;s estimate per run: about 14 kJ on a CPU node, 272 kJ on a GPU node, whatever the network) and its &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;green part&lt;/b&gt;&lt;/span&gt; the &lt;b&gt;non-overhead energy&lt;/b&gt; that went to training, both summed over the batch&apos;s runs in the filter.&lt;/p&gt;&lt;p&gt;The text above each bar gives the overhead&apos;s share of the batch&apos;s energy, the overhead itself and the batch&apos;s total. Energies are standardised to the reference node type (cpu1 or gpu1) as in NREL&apos;s table: overhead plus non-overhead energy is the standardised energy, which differs a little from the energy measured on other node types.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bars&lt;/i&gt;: &lt;i&gt;Total energy&lt;/i&gt; draws each batch&apos;s energy to scale (in Wh, kWh, MWh or GWh); &lt;i&gt;Share&lt;/i&gt; stretches every bar to 100% to compare the splits. A batch of many small networks spends a large share on overhead even when its total is small.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: click a bar or its name to keep only that batch; Ctrl+click adds it to the batches already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Sweep lief in Batches: &lt;i&gt;energy_1&lt;/i&gt; auf GPU-Knoten, &lt;i&gt;energy_2_cpu&lt;/i&gt; auf CPU-Knoten sowie Batches, die später Tiefen oder Formen ergänzten. Jeder Balken ist ein Batch. Sein &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;violetter Teil&lt;/b&gt;&lt;/span&gt; ist der &lt;b&gt;feste Overhead&lt;/b&gt;, den seine Läufe gezahlt haben (Schätzung von NREL pro Lauf: etwa 14 kJ auf einem CPU-Knoten, 272 kJ auf einem GPU-Knoten, unabhängig vom Netz), und sein &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;grüner Teil&lt;/b&gt;&lt;/span&gt; die &lt;b&gt;Energie ohne Overhead&lt;/b&gt;, die ins Training floss, beides summiert über die Läufe des Batches im Filter.&lt;/p&gt;&lt;p&gt;Der Text über jedem Balken nennt den Anteil des Overheads an der Energie des Batches, den Overhead selbst und die Gesamtenergie des Batches. Die Energien sind wie in der Tabelle von NREL auf den Referenz-Knotentyp (cpu1 oder gpu1) standardisiert: Overhead plus Energie ohne Overhead ergibt die standardisierte Energie, die etwas von der auf anderen Knotentypen gemessenen Energie abweicht.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Balken&lt;/i&gt;: &lt;i&gt;Gesamtenergie&lt;/i&gt; zeichnet die Energie jedes Batches maßstabsgetreu (in Wh, kWh, MWh oder GWh); &lt;i&gt;Anteil&lt;/i&gt; streckt jeden Balken auf 100 %, um die Aufteilungen zu vergleichen. Ein Batch aus vielen kleinen Netzen verbraucht einen großen Anteil für Overhead, selbst wenn seine Gesamtenergie klein ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Auswählen&lt;/b&gt;: Auf einen Balken oder seinen Namen klicken, um nur diesen Batch zu behalten; Strg+Klick fügt ihn zu den bereits ausgewählten Batches hinzu (oder nimmt ihn heraus). Die Pfeiltasten wechseln zwischen den Balken, Enter wählt aus. Rückgängig nimmt eine Auswahl zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has an overhead and a non-overhead energy to split.</source>
        <translation>Keiner der %1 Läufe im Filter hat eine Overhead-Energie und eine Energie ohne Overhead zum Aufteilen.</translation>
    </message>
    <message>
        <source>The runs in the filter have no positive standardised energy to split into overhead and training.</source>
        <translation>Die Läufe im Filter haben keine positive standardisierte Energie, die sich in Overhead und Training aufteilen ließe.</translation>
    </message>
    <message>
        <source>Batch %1 spent %2 of its energy on overhead.</source>
        <translation>Batch %1 hat %2 seiner Energie für Overhead verbraucht.</translation>
    </message>
    <message>
        <source>Batch %1 spent the largest share on overhead (%2), batch %3 the smallest (%4).</source>
        <translation>Batch %1 hat den größten Anteil für Overhead verbraucht (%2), Batch %3 den kleinsten (%4).</translation>
    </message>
    <message>
        <source>Select batch %1</source>
        <translation>Batch %1 auswählen</translation>
    </message>
    <message>
        <source>Take batch %1 out of the selection</source>
        <translation>Batch %1 aus der Auswahl nehmen</translation>
    </message>
    <message>
        <source>Add batch %1 to the selection</source>
        <translation>Batch %1 zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Total energy</source>
        <translation>Gesamtenergie</translation>
    </message>
    <message>
        <source>Draw each batch&apos;s total energy to scale, or every bar as 100% to compare the splits</source>
        <translation>Die Gesamtenergie jedes Batches maßstabsgetreu zeichnen oder jeden Balken als 100 %, um die Aufteilungen zu vergleichen</translation>
    </message>
    <message>
        <source>Sweep batch</source>
        <translation>Sweep-Batch</translation>
    </message>
    <message>
        <source>Overhead and training energy per sweep batch</source>
        <translation>Overhead- und Trainingsenergie pro Sweep-Batch</translation>
    </message>
</context>
<context>
    <name>wattprint::CacheView</name>
    <message>
        <source>At what model size does energy jump because the working set leaves the cache?</source>
        <translation>Ab welcher Modellgröße springt die Energie, weil das Working Set den Cache verlässt?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is a run: across, the size in bytes of the chosen &lt;b&gt;working set&lt;/b&gt; of its network (doubling at every step of the axis), up, the energy it used per training datum (J, log scale). &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU runs are blue&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU runs orange&lt;/b&gt;&lt;/span&gt;. The line is the median of the runs in each doubling of bytes, the band around it the middle half of them.&lt;/p&gt;&lt;p&gt;Working sets follow NREL&apos;s energy model (4-byte floats, batch 256): &lt;b&gt;forward&lt;/b&gt; = the parameters, which every core or SM holds; &lt;b&gt;backward&lt;/b&gt; = parameters and gradients plus the batch&apos;s activations; &lt;b&gt;inter-layer&lt;/b&gt; = the largest single layer&apos;s activations for a batch (the maximum over layers, not their total); &lt;b&gt;dataset&lt;/b&gt; = the whole dataset as floats.&lt;/p&gt;&lt;p&gt;The strips name the cache levels: CPU at the top (L1 32 KiB and L2 1 MiB per core, L3 24.75 MiB per socket, then RAM), GPU at the bottom (L1 112 KiB per SM, L2 6 MiB, then HBM); dashed lines mark where a set leaves a level. The forward and backward sets leave a level when one core&apos;s (SM&apos;s) share is full; the inter-layer and dataset sets are spread over all cores (SMs), so they leave it when the whole node&apos;s copies are full. The model places sets behind each other, so a boundary is where a set alone would spill.&lt;/p&gt;&lt;p&gt;A bracket marks a &lt;b&gt;jump&lt;/b&gt;: where the median line climbs more steeply than its usual slope (by 15 % or more per doubling, 25 % or more in all). Its label is how many times higher the median is after the rise than before it; the finding names the nearest boundary (within 1.5 doublings).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Colour by model ratio&lt;/b&gt; colours each run by the fitted energy model&apos;s prediction divided by the run&apos;s measurement (the model is fitted per device on the configurations&apos; medians): green above 1 (the model expects more), purple below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: drag across the chart to keep the runs of the configurations whose working set lies in that range (as a list of runs, since sizes are not in the same order for every set). The mouse wheel zooms; Reset zoom shows everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Punkt ist ein Lauf: waagerecht die Größe des gewählten &lt;b&gt;Working Sets&lt;/b&gt; seines Netzes in Bytes (Verdopplung bei jedem Achsenschritt), senkrecht die verbrauchte Energie pro Trainingsdatenpunkt (J, log. Skala). &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU-Läufe sind blau&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU-Läufe orange&lt;/b&gt;&lt;/span&gt;. Die Linie ist der Median der Läufe in jeder Verdopplungsstufe der Bytes, das Band um sie herum deren mittlere Hälfte.&lt;/p&gt;&lt;p&gt;Die Working Sets folgen dem Energiemodell von NREL (4-Byte-Gleitkommazahlen, Batch 256): &lt;b&gt;Vorwärts&lt;/b&gt; = die Parameter, die jeder Kern bzw. SM hält; &lt;b&gt;Rückwärts&lt;/b&gt; = Parameter und Gradienten plus die Aktivierungen des Batches; &lt;b&gt;Zwischenschicht&lt;/b&gt; = die Aktivierungen der größten einzelnen Schicht für einen Batch (das Maximum über die Schichten, nicht ihre Summe); &lt;b&gt;Datensatz&lt;/b&gt; = der gesamte Datensatz als Gleitkommazahlen.&lt;/p&gt;&lt;p&gt;Die Streifen benennen die Cache-Ebenen: CPU oben (L1 32 KiB und L2 1 MiB pro Kern, L3 24,75 MiB pro Sockel, dann RAM), GPU unten (L1 112 KiB pro SM, L2 6 MiB, dann HBM); gestrichelte Linien markieren, wo ein Set eine Ebene verlässt. Das Vorwärts- und das Rückwärts-Set verlassen eine Ebene, wenn der Anteil eines Kerns (SMs) voll ist; das Zwischenschicht- und das Datensatz-Set sind über alle Kerne (SMs) verteilt, daher verlassen sie sie erst, wenn die Kopien des ganzen Knotens voll sind. Das Modell legt die Sets hintereinander ab, daher liegt eine Grenze dort, wo ein Set allein überlaufen würde.&lt;/p&gt;&lt;p&gt;Eine Klammer markiert einen &lt;b&gt;Sprung&lt;/b&gt;: wo die Medianlinie steiler ansteigt als ihre übliche Steigung (um 15 % oder mehr pro Verdopplung, 25 % oder mehr insgesamt). Ihre Beschriftung gibt an, wievielmal höher der Median nach dem Anstieg ist als davor; der Befund nennt die nächstgelegene Grenze (innerhalb von 1,5 Verdopplungen).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nach Modellverhältnis färben&lt;/b&gt; färbt jeden Lauf nach der Vorhersage des angepassten Energiemodells geteilt durch die Messung des Laufs (das Modell wird pro Gerät an die Mediane der Konfigurationen angepasst): grün über 1 (das Modell erwartet mehr), violett darunter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Auswählen&lt;/b&gt;: Über das Diagramm ziehen, um die Läufe der Konfigurationen zu behalten, deren Working Set in diesem Bereich liegt (als Liste von Läufen, da die Größen nicht für jedes Set in derselben Reihenfolge liegen). Das Mausrad zoomt; Zoom zurücksetzen zeigt alles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Forward working set</source>
        <translation>Vorwärts-Working-Set</translation>
    </message>
    <message>
        <source>Backward working set</source>
        <translation>Rückwärts-Working-Set</translation>
    </message>
    <message>
        <source>Inter-layer working set (largest layer)</source>
        <translation>Zwischenschicht-Working-Set (größte Schicht)</translation>
    </message>
    <message>
        <source>Dataset working set</source>
        <translation>Datensatz-Working-Set</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Inter-layer (largest layer)</source>
        <translation>Zwischenschicht (größte Schicht)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>no configuration has a positive median energy per datum</source>
        <translation>keine Konfiguration hat einen positiven Median der Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter is of a dataset and shape the energy model knows, so no working set can be computed.</source>
        <translation>Keiner der %1 Läufe im Filter gehört zu einem Datensatz und einer Form, die das Energiemodell kennt, daher lässt sich kein Working Set berechnen.</translation>
    </message>
    <message>
        <source>None of the runs in the filter has a positive energy per datum to show on a log axis.</source>
        <translation>Keiner der Läufe im Filter hat eine positive Energie pro Datenpunkt, die sich auf einer log. Achse zeigen ließe.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 runs cover too few sizes to show a jump</source>
        <translation>%1-Läufe decken zu wenige Größen ab, um einen Sprung zu zeigen</translation>
    </message>
    <message>
        <source>%1 energy per datum shows no jump beyond its usual slope</source>
        <translation>bei %1 zeigt die Energie pro Datenpunkt keinen Sprung über ihre übliche Steigung hinaus</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <translation>%1 an der %2-Grenze</translation>
    </message>
    <message>
        <source>%1 energy per datum rises %2 across the %3 boundary (%4, into %5)</source>
        <translation>bei %1 steigt die Energie pro Datenpunkt um %2 an der %3-Grenze (%4, Übergang in %5)</translation>
    </message>
    <message>
        <source>%1 energy per datum rises %2 across the %3 boundary (%4, into %5; also %6)</source>
        <translation>bei %1 steigt die Energie pro Datenpunkt um %2 an der %3-Grenze (%4, Übergang in %5; außerdem %6)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 energy per datum rises %2 between %3 and %4, away from any cache boundary</source>
        <translation>bei %1 steigt die Energie pro Datenpunkt um %2 zwischen %3 und %4, abseits jeder Cache-Grenze</translation>
    </message>
    <message>
        <source> (only CPU runs match the filter)</source>
        <translation> (nur CPU-Läufe entsprechen dem Filter)</translation>
    </message>
    <message>
        <source> (only GPU runs match the filter)</source>
        <translation> (nur GPU-Läufe entsprechen dem Filter)</translation>
    </message>
    <message>
        <source>As the %1 grows, %2%3.</source>
        <translation>Mit wachsendem %1: %2%3.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 run %2
%3, %4, depth %5, size %6
%7: %8
Energy per datum: %9</source>
        <translation>%1-Lauf %2
%3, %4, Tiefe %5, Größe %6
%7: %8
Energie pro Datenpunkt: %9</translation>
    </message>
    <message>
        <source>
Model: %1 (predicted / measured %2)</source>
        <translation>
Modell: %1 (vorhergesagt / gemessen %2)</translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) with a %1 of %2 to %3</source>
        <translation>
            <numerusform>%n Lauf mit %1 von %2 bis %3 auswählen</numerusform>
            <numerusform>%n Läufe mit %1 von %2 bis %3 auswählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of a dataset or shape the energy model does not know are left out.</source>
        <translation>
            <numerusform>%n Lauf eines Datensatzes oder einer Form, die das Energiemodell nicht kennt, wird weggelassen.</numerusform>
            <numerusform>%n Läufe eines Datensatzes oder einer Form, die das Energiemodell nicht kennt, werden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative energy per datum are not drawn.</source>
        <translation>
            <numerusform>%n Lauf mit fehlender, null- oder negativer Energie pro Datenpunkt wird nicht gezeichnet.</numerusform>
            <numerusform>%n Läufe mit fehlender, null- oder negativer Energie pro Datenpunkt werden nicht gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The energy model could not be fitted: %1.</source>
        <translation>Das Energiemodell konnte nicht angepasst werden: %1.</translation>
    </message>
    <message>
        <source>Working set:</source>
        <translation>Working Set:</translation>
    </message>
    <message>
        <source>Working set</source>
        <translation>Working Set</translation>
    </message>
    <message>
        <source>Which working set of each network goes on the horizontal axis</source>
        <translation>Welches Working Set jedes Netzes auf der waagerechten Achse liegt</translation>
    </message>
    <message>
        <source>Colour by model ratio</source>
        <translation>Nach Modellverhältnis färben</translation>
    </message>
    <message>
        <source>Colour runs by the energy model&apos;s predicted / measured ratio</source>
        <translation>Läufe nach dem Verhältnis vorhergesagt / gemessen des Energiemodells färben</translation>
    </message>
    <message>
        <source>Colour each run by the fitted energy model&apos;s prediction divided by its measurement</source>
        <translation>Jeden Lauf nach der Vorhersage des angepassten Energiemodells geteilt durch seine Messung färben</translation>
    </message>
    <message>
        <source>%1 (bytes, log2 scale)</source>
        <translation>%1 (Bytes, log2-Skala)</translation>
    </message>
    <message>
        <source>Energy per datum against the %1</source>
        <translation>Energie pro Datenpunkt gegenüber dem %1</translation>
    </message>
    <message>
        <source>%1 runs (n = %2)</source>
        <translation>%1-Läufe (n = %2)</translation>
    </message>
    <message>
        <source>%1 median, band: middle half</source>
        <translation>%1-Median, Band: mittlere Hälfte</translation>
    </message>
    <message>
        <source>No model prediction</source>
        <translation>Keine Modellvorhersage</translation>
    </message>
    <message>
        <source>Runs (model not fitted)</source>
        <translation>Läufe (Modell nicht angepasst)</translation>
    </message>
    <message>
        <source>Model predicted / measured</source>
        <translation>Modell vorhergesagt / gemessen</translation>
    </message>
    <message>
        <source>Energy per datum (%1, log scale)</source>
        <translation>Energie pro Datenpunkt (%1, log. Skala)</translation>
    </message>
    <message>
        <source>the chart and the energy model</source>
        <translation>Diagramm und Energiemodell</translation>
    </message>
    <message>
        <source>Energy per datum (%1)</source>
        <translation>Energie pro Datenpunkt (%1)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energie (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::ColumnMappingDialog</name>
    <message>
        <source>&amp;Run or model:</source>
        <translation>&amp;Lauf oder Modell:</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>E&amp;xperiment:</source>
        <translation>E&amp;xperiment:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>S&amp;tartzeit:</translation>
    </message>
    <message>
        <source>&amp;CPU energy:</source>
        <translation>&amp;CPU-Energie:</translation>
    </message>
    <message>
        <source>&amp;GPU energy:</source>
        <translation>&amp;GPU-Energie:</translation>
    </message>
    <message>
        <source>R&amp;AM energy:</source>
        <translation>R&amp;AM-Energie:</translation>
    </message>
    <message>
        <source>A name of the run or the model, kept with each run.</source>
        <translation>Ein Name des Laufs oder des Modells, mit jedem Lauf gespeichert.</translation>
    </message>
    <message>
        <source>GPU or CPU, or a model name such as NVIDIA A100: the run&apos;s device and node type.</source>
        <translation>GPU oder CPU oder ein Modellname wie NVIDIA A100: Gerät und Knotentyp des Laufs.</translation>
    </message>
    <message>
        <source>The run&apos;s project, for the filter and the totals.</source>
        <translation>Das Projekt des Laufs, für den Filter und die Summen.</translation>
    </message>
    <message>
        <source>The run&apos;s experiment.</source>
        <translation>Das Experiment des Laufs.</translation>
    </message>
    <message>
        <source>When the run started; a time without a zone is read in the zone chosen in the import dialog. Without it the runs end when they are imported.</source>
        <translation>Wann der Lauf begann; eine Zeit ohne Zone wird in der im Importdialog gewählten Zone gelesen. Ohne diese Spalte enden die Läufe zum Zeitpunkt des Imports.</translation>
    </message>
    <message>
        <source>A part of the energy, in the energy&apos;s unit.</source>
        <translation>Ein Teil der Energie, in der Einheit der Energie.</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>Zuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>Columns of an energy CSV</source>
        <translation>Spalten einer Energie-CSV-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a BUTTER-E or CodeCarbon file. Say which columns hold what; the first %n row(s) are shown.</source>
        <translation>
            <numerusform>%1 ist keine BUTTER-E- oder CodeCarbon-Datei. Geben Sie an, welche Spalte was enthält; %n Zeile wird gezeigt.</numerusform>
            <numerusform>%1 ist keine BUTTER-E- oder CodeCarbon-Datei. Geben Sie an, welche Spalte was enthält; die ersten %n Zeilen werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Unit of the energy</source>
        <translation>Einheit der Energie</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energie:</translation>
    </message>
    <message>
        <source>Unit of the duration</source>
        <translation>Einheit der Dauer</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Load a saved mapping:</source>
        <translation>Gespeicherte Zuordnung &amp;laden:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. lab power meter</source>
        <translation>z. B. Labor-Leistungsmesser</translation>
    </message>
    <message>
        <source>Keeps this mapping for the next file of this kind, here and for wattprint import --mapping NAME.</source>
        <translation>Bewahrt diese Zuordnung für die nächste Datei dieser Art auf, hier und für wattprint import --mapping NAME.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>dies ist eine Binärdatei, kein CSV-Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(noch keine gespeichert)</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(eine wählen)</translation>
    </message>
    <message>
        <source>The mapping &apos;%1&apos; names column(s) this file lacks: %2</source>
        <translation>Die Zuordnung „%1“ nennt Spalte(n), die dieser Datei fehlen: %2</translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;.</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Zeile %1:</translation>
    </message>
    <message>
        <source>%1 the energy &apos;%2&apos; is not a number</source>
        <translation>%1 die Energie „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 the duration &apos;%2&apos; is not a number</source>
        <translation>%1 die Dauer „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 %2 J = %3 kWh in %4 s</source>
        <translation>%1 %2 J = %3 kWh in %4 s</translation>
    </message>
    <message>
        <source>Choose the column of the energy and the column of the duration to import.</source>
        <translation>Wählen Sie die Spalte der Energie und die Spalte der Dauer, um zu importieren.</translation>
    </message>
    <message>
        <source>The first values converted show here.</source>
        <translation>Hier erscheinen die ersten umgerechneten Werte.</translation>
    </message>
</context>
<context>
    <name>wattprint::CompareView</name>
    <message>
        <source>all runs in the filter</source>
        <translation>alle Läufe im Filter</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>Is configuration B really better than A, or is it noise?</source>
        <translation>Ist Konfiguration B wirklich besser als A, oder ist es Rauschen?</translation>
    </message>
    <message>
        <source>Filter to %1: %2</source>
        <translation>Auf %1 filtern: %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 (no runs in the filter)</source>
        <translation>%1 (keine Läufe im Filter)</translation>
    </message>
    <message>
        <source>%1 has no runs with a value of %2.</source>
        <translation>%1 hat keine Läufe mit einem Wert für %2.</translation>
    </message>
    <message>
        <source>Cannot compare %1: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>Choose two groups to compare: A and B are the same runs (%1).</source>
        <translation>Zwei Gruppen zum Vergleichen wählen: A und B sind dieselben Läufe (%1).</translation>
    </message>
    <message>
        <source>A has no runs: nothing in the filter matches %1.</source>
        <translation>A hat keine Läufe: Nichts im Filter entspricht %1.</translation>
    </message>
    <message>
        <source>B has no runs: nothing in the filter matches %1.</source>
        <translation>B hat keine Läufe: Nichts im Filter entspricht %1.</translation>
    </message>
    <message>
        <source>Choose a metric to compare.</source>
        <translation>Eine Metrik zum Vergleichen wählen.</translation>
    </message>
    <message>
        <source>Comparing A (%1) with B (%2): %3.</source>
        <translation>Vergleich von A (%1) mit B (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>A and B share %n run(s): the tests assume two separate groups, so read their p-values with care.</source>
        <translation>
            <numerusform>A und B teilen sich %n Lauf: Die Tests setzen zwei getrennte Gruppen voraus, ihre p-Werte also mit Vorsicht lesen.</numerusform>
            <numerusform>A und B teilen sich %n Läufe: Die Tests setzen zwei getrennte Gruppen voraus, ihre p-Werte also mit Vorsicht lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>With only %1 runs on a side, the interval and p-values are rough: a few more runs would make them trustworthy.</source>
        <translation>Mit nur %1 Läufen auf einer Seite sind Intervall und p-Werte grob: Einige Läufe mehr würden sie verlässlich machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a zero or negative value are counted in the table but not drawn: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n Lauf mit einem Wert von null oder darunter wird in der Tabelle gezählt, aber nicht gezeichnet: Eine log. Achse kann ihn nicht zeigen.</numerusform>
            <numerusform>%n Läufe mit einem Wert von null oder darunter werden in der Tabelle gezählt, aber nicht gezeichnet: Eine log. Achse kann sie nicht zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>The per-run quantity shown in the boxes and named in the verdict</source>
        <translation>Die Größe pro Lauf, die in den Boxen gezeigt und im Urteil genannt wird</translation>
    </message>
    <message>
        <source>CPU vs GPU</source>
        <translation>CPU vs. GPU</translation>
    </message>
    <message>
        <source>Compare CPU vs GPU for this configuration</source>
        <translation>CPU und GPU für diese Konfiguration vergleichen</translation>
    </message>
    <message>
        <source>A = this configuration on CPU, B = the same on GPU</source>
        <translation>A = diese Konfiguration auf CPU, B = dieselbe auf GPU</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>A und B tauschen</translation>
    </message>
    <message>
        <source>Exchange A and B</source>
        <translation>A und B vertauschen</translation>
    </message>
    <message>
        <source>A and B are chosen among the runs of the filter in force; change the filter to compare other runs.</source>
        <translation>A und B werden unter den Läufen des aktiven Filters gewählt; um andere Läufe zu vergleichen, den Filter ändern.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>Tiefe:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>A (baseline)</source>
        <translation>A (Referenz)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Side %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All runs in the filter</source>
        <translation>Alle Läufe im Filter</translation>
    </message>
    <message>
        <source>%1: all runs in the filter</source>
        <translation>%1: alle Läufe im Filter</translation>
    </message>
    <message>
        <source>Let %1 take every run of the filter in force</source>
        <translation>%1 jeden Lauf des aktiven Filters nehmen lassen</translation>
    </message>
    <message>
        <source>Filter to %1</source>
        <translation>Auf %1 filtern</translation>
    </message>
    <message>
        <source>Keep only the runs of %1 in every view</source>
        <translation>In jeder Ansicht nur die Läufe von %1 behalten</translation>
    </message>
    <message>
        <source>Box plots of %1 for A and B</source>
        <translation>Boxplots von %1 für A und B</translation>
    </message>
    <message>
        <source>%1 (%2, log scale)</source>
        <translation>%1 (%2, log. Skala)</translation>
    </message>
    <message>
        <source>A: %1
n = %2</source>
        <translation>A: %1
n = %2</translation>
    </message>
    <message>
        <source>B: %1
n = %2</source>
        <translation>B: %1
n = %2</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>Keine Läufe</translation>
    </message>
    <message>
        <source>No positive values
to draw on a log axis</source>
        <translation>Keine positiven Werte
für eine log. Achse</translation>
    </message>
    <message>
        <source>One dot per run</source>
        <translation>Ein Punkt pro Lauf</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>A: %1 (n = %2 runs)</source>
        <translation>A: %1 (n = %2 Läufe)</translation>
    </message>
    <message>
        <source>B: %1 (n = %2 runs)</source>
        <translation>B: %1 (n = %2 Läufe)</translation>
    </message>
    <message>
        <source>Median A</source>
        <translation>Median A</translation>
    </message>
    <message>
        <source>Mean A</source>
        <translation>Mittelwert A</translation>
    </message>
    <message>
        <source>Median B</source>
        <translation>Median B</translation>
    </message>
    <message>
        <source>Mean B</source>
        <translation>Mittelwert B</translation>
    </message>
    <message>
        <source>Change of median, B vs A [95% CI]</source>
        <translation>Änderung des Medians, B gegenüber A [95-%-KI]</translation>
    </message>
    <message>
        <source>Welch p (log)</source>
        <translation>Welch p (log)</translation>
    </message>
    <message>
        <source>Mann-Whitney p</source>
        <translation>Mann-Whitney p</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation> (n = %1)</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Bold: the metric shown above. * significant at alpha = 0.05 (Welch p on log values &lt; 0.05 and the interval excludes 0).</source>
        <translation>Fett: die oben gezeigte Metrik. * signifikant bei alpha = 0,05 (Welch p auf log. Werten &lt; 0,05 und das Intervall schließt 0 aus).</translation>
    </message>
    <message>
        <source>Bold: the metric shown above. No test: each side needs at least two runs with a value.</source>
        <translation>Fett: die oben gezeigte Metrik. Kein Test: Jede Seite braucht mindestens zwei Läufe mit einem Wert.</translation>
    </message>
    <message>
        <source>Bold: the metric shown above. No change is significant at alpha = 0.05 (that needs Welch p on log values &lt; 0.05 and an interval that excludes 0).</source>
        <translation>Fett: die oben gezeigte Metrik. Keine Änderung ist signifikant bei alpha = 0,05 (dafür braucht es Welch p auf log. Werten &lt; 0,05 und ein Intervall, das 0 ausschließt).</translation>
    </message>
    <message>
        <source>A and B share %1 runs: the tests assume two separate groups, so read their p-values with care.</source>
        <translation>A und B teilen sich %1 Läufe: Die Tests setzen zwei getrennte Gruppen voraus, ihre p-Werte also mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source>With only %1 runs on a side, the interval and p-values are rough.</source>
        <translation>Mit nur %1 Läufen auf einer Seite sind Intervall und p-Werte grob.</translation>
    </message>
    <message>
        <source>Hedges&apos; g (log)</source>
        <translation>Hedges’ g (log)</translation>
    </message>
    <message>
        <source>Pinned plans (%1)</source>
        <translation>Angeheftete Pläne (%1)</translation>
    </message>
    <message>
        <source>Remove plans pinned from the What-if view</source>
        <translation>Aus der Was-wäre-wenn-Ansicht angeheftete Pläne entfernen</translation>
    </message>
    <message>
        <source>Pinned plans</source>
        <translation>Angeheftete Pläne</translation>
    </message>
    <message>
        <source>Remove plan %1: %2</source>
        <translation>Plan %1 entfernen: %2</translation>
    </message>
    <message>
        <source>Remove all plans</source>
        <translation>Alle Pläne entfernen</translation>
    </message>
    <message>
        <source>own data (%1 examples, %2 inputs, %3 outputs)</source>
        <translation>eigene Daten (%1 Beispiele, %2 Eingaben, %3 Ausgaben)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 Epochen</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Plan %1
predicted</source>
        <translation>Plan %1
vorhergesagt</translation>
    </message>
    <message>
        <source>Plan, predicted (nearest configurations&apos; range)</source>
        <translation>Plan, vorhergesagt (Spanne der nächsten Konfigurationen)</translation>
    </message>
    <message>
        <source>Plan, predicted (%1 interval)</source>
        <translation>Plan, vorhergesagt (Intervall %1)</translation>
    </message>
    <message>
        <source>Plan, predicted when pinned</source>
        <translation>Plan, beim Anheften vorhergesagt</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>Plan %1: %2</translation>
    </message>
    <message>
        <source> [%1, %2]</source>
        <translation> [%1; %2]</translation>
    </message>
    <message>
        <source>Plans: predicted by the What-if model when pinned, with its %1 interval (power: the range of the nearest measured configurations), on the standardised basis.</source>
        <translation>Pläne: beim Anheften vom Was-wäre-wenn-Modell vorhergesagt, mit seinem Intervall %1 (Leistung: die Spanne der nächsten gemessenen Konfigurationen), auf standardisierter Basis.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose two groups of runs, &lt;span style=&apos;color:#006d50&apos;&gt;&lt;b&gt;A&lt;/b&gt;&lt;/span&gt; (the baseline) and &lt;span style=&apos;color:#9c3f78&apos;&gt;&lt;b&gt;B&lt;/b&gt;&lt;/span&gt;, by dataset, shape, size, depth and device; &quot;any&quot; leaves a field open, and &lt;i&gt;All runs in the filter&lt;/i&gt; takes every run in force. Both groups are chosen among the runs of the filter in force: change the filter to reach other runs.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;boxes&lt;/b&gt; show the chosen metric on a logarithmic axis: the line inside is the median run, the box holds the middle half of the runs, the whiskers reach the most extreme runs within 1.5 box lengths (measured on this axis); the diamond is the mean. With fewer than 2,000 runs on a side every run is also drawn as a dot, spread sideways so they do not hide each other.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;table&lt;/b&gt; gives, for each metric, the median and mean of A and B and the &lt;b&gt;change of the median&lt;/b&gt; from A to B with its 95% confidence interval (from 2,000 bootstrap resamples of both groups). &lt;b&gt;Welch p&lt;/b&gt; tests whether the mean of the logarithms differs (a test of typical ratios); &lt;b&gt;Mann-Whitney p&lt;/b&gt; whether runs of B tend to be larger or smaller than runs of A, whatever the shape; small p-values mean the difference is unlikely to be chance. &lt;b&gt;Hedges&apos; g&lt;/b&gt; is the difference of the logarithms&apos; means in standard deviations (0.2 small, 0.8 large), on the scale of Welch&apos;s test.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;verdict&lt;/b&gt; calls a change significant when Welch&apos;s p on logarithms is below 0.05 &lt;i&gt;and&lt;/i&gt; the confidence interval excludes zero: both must agree. With fewer than five runs on a side there is no verdict, only the change: too few runs to tell. A and B may overlap (for example A = all runs, B = GPU runs); the tests assume separate groups, so read them with care then.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Swap&lt;/b&gt; exchanges A and B; &lt;b&gt;CPU vs GPU&lt;/b&gt; compares A&apos;s configuration on both devices; &lt;b&gt;Filter to A&lt;/b&gt; (or B) keeps only that group&apos;s runs in every view. The mouse wheel zooms the value axis.&lt;/p&gt;&lt;p&gt;Plans pinned with &lt;b&gt;Add to compare&lt;/b&gt; in the What-if view stand after A and B: each plan&apos;s predicted value with its interval, and a row in a table of their own under the numbers. &lt;b&gt;Pinned plans&lt;/b&gt; removes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zwei Gruppen von Läufen wählen, &lt;span style=&apos;color:#006d50&apos;&gt;&lt;b&gt;A&lt;/b&gt;&lt;/span&gt; (die Referenz) und &lt;span style=&apos;color:#9c3f78&apos;&gt;&lt;b&gt;B&lt;/b&gt;&lt;/span&gt;, nach Datensatz, Form, Größe, Tiefe und Gerät; &quot;beliebig&quot; lässt ein Feld offen, und &lt;i&gt;Alle Läufe im Filter&lt;/i&gt; nimmt jeden Lauf des aktiven Filters. Beide Gruppen werden unter den Läufen des aktiven Filters gewählt: Um andere Läufe zu erreichen, den Filter ändern.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Boxen&lt;/b&gt; zeigen die gewählte Metrik auf einer logarithmischen Achse: Die Linie darin ist der Median-Lauf, die Box enthält die mittlere Hälfte der Läufe, die Whisker reichen bis zu den extremsten Läufen innerhalb von 1,5 Boxlängen (auf dieser Achse gemessen); die Raute ist der Mittelwert. Bei weniger als 2.000 Läufen auf einer Seite wird zusätzlich jeder Lauf als Punkt gezeichnet, seitlich gestreut, damit sie sich nicht verdecken.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Tabelle&lt;/b&gt; gibt für jede Metrik Median und Mittelwert von A und B sowie die &lt;b&gt;Änderung des Medians&lt;/b&gt; von A nach B mit ihrem 95-%-Konfidenzintervall an (aus 2.000 Bootstrap-Stichproben beider Gruppen). &lt;b&gt;Welch p&lt;/b&gt; prüft, ob sich der Mittelwert der Logarithmen unterscheidet (ein Test typischer Verhältnisse); &lt;b&gt;Mann-Whitney p&lt;/b&gt;, ob Läufe von B tendenziell größer oder kleiner sind als Läufe von A, unabhängig von der Verteilungsform; kleine p-Werte bedeuten, dass der Unterschied kaum Zufall ist. &lt;b&gt;Hedges&apos; g&lt;/b&gt; ist die Differenz der Mittelwerte der Logarithmen in Standardabweichungen (0,2 klein, 0,8 groß), auf der Skala des Welch-Tests.&lt;/p&gt;&lt;p&gt;Das &lt;b&gt;Urteil&lt;/b&gt; nennt eine Änderung signifikant, wenn Welchs p auf den Logarithmen unter 0,05 liegt &lt;i&gt;und&lt;/i&gt; das Konfidenzintervall null ausschließt: Beides muss übereinstimmen. Mit weniger als fünf Läufen auf einer Seite gibt es kein Urteil, nur die Änderung: zu wenige Läufe für ein Urteil. A und B dürfen sich überschneiden (zum Beispiel A = alle Läufe, B = GPU-Läufe); die Tests setzen getrennte Gruppen voraus, dann also mit Vorsicht lesen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tauschen&lt;/b&gt; vertauscht A und B; &lt;b&gt;CPU vs. GPU&lt;/b&gt; vergleicht die Konfiguration von A auf beiden Geräten; &lt;b&gt;Auf A filtern&lt;/b&gt; (oder B) behält in jeder Ansicht nur die Läufe dieser Gruppe. Das Mausrad zoomt die Werteachse.&lt;/p&gt;&lt;p&gt;Mit &lt;b&gt;Zum Vergleich hinzufügen&lt;/b&gt; in der Was-wäre-wenn-Ansicht angeheftete Pläne stehen nach A und B: der vorhergesagte Wert jedes Plans mit seinem Intervall und eine Zeile in einer eigenen Tabelle unter den Zahlen. &lt;b&gt;Angeheftete Pläne&lt;/b&gt; entfernt sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Hardware:</source>
        <translation>Hardware:</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
</context>
<context>
    <name>wattprint::DataDownloader</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server resumed %1 at the wrong place; the partial download was removed, download again to start it afresh</source>
        <translation>Der Server hat %1 an der falschen Stelle fortgesetzt; der Teildownload wurde entfernt, laden Sie erneut, um neu zu beginnen</translation>
    </message>
    <message>
        <source>The server sent more of %1 than the %2 it announced; the partial download was removed</source>
        <translation>Der Server hat von %1 mehr gesendet als die angekündigten %2; der Teildownload wurde entfernt</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>The connection was lost after %1 of %2 of %3 (%4). What arrived is kept: download again to resume.</source>
        <translation>Die Verbindung brach nach %1 von %2 von %3 ab (%4). Was angekommen ist, bleibt erhalten: erneut laden setzt fort.</translation>
    </message>
    <message>
        <source>an unknown size</source>
        <translation>einer unbekannten Größe</translation>
    </message>
    <message>
        <source>the transfer ended early</source>
        <translation>die Übertragung endete zu früh</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where the publisher lists %3; it was removed, as it is not the published file</source>
        <translation>%1 hat %2 Bytes, der Herausgeber nennt %3; die Datei wurde entfernt, da sie nicht die veröffentlichte ist</translation>
    </message>
    <message>
        <source>Cannot read %1 to check it</source>
        <translation>%1 kann zur Prüfung nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 does not match the published SHA-256 checksum; it was removed</source>
        <translation>%1 passt nicht zur veröffentlichten SHA-256-Prüfsumme; die Datei wurde entfernt</translation>
    </message>
    <message>
        <source>Runs: energy, time, power, network (needed)</source>
        <translation>Läufe: Energie, Zeit, Leistung, Netz (nötig)</translation>
    </message>
    <message>
        <source>Watt-meter traces, 1-minute samples</source>
        <translation>Wattmeter-Verläufe, Minutenwerte</translation>
    </message>
    <message>
        <source>Nodes: CPUs, memory, GPUs</source>
        <translation>Knoten: CPUs, Speicher, GPUs</translation>
    </message>
    <message>
        <source>Power quantiles of each node</source>
        <translation>Leistungsquantile je Knoten</translation>
    </message>
</context>
<context>
    <name>wattprint::DepthView</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>At what depth does energy stop growing linearly?</source>
        <translation>Ab welcher Tiefe wächst die Energie nicht mehr linear?</translation>
    </message>
    <message>
        <source>&lt;p&gt;One small chart per dataset, all on the same axes so they compare at a glance. Across: the network&apos;s depth (layers, counting the output layer). Up: the median %1 of the runs at that depth, on a logarithmic scale (every step of ten times takes the same height).&lt;/p&gt;&lt;p&gt;Each coloured line is one network shape (or one band of parameter counts, see &lt;i&gt;Lines&lt;/i&gt;); the shaded band around it holds the middle half of its runs (from the 25th to the 75th percentile).&lt;/p&gt;&lt;p&gt;The black circles are the median of all the dataset&apos;s runs at each depth. The dashed grey line is a straight line fitted to those medians at depths %2-%3. Where the circles move away from it by more than the tolerance, energy has stopped growing linearly with depth: that depth is marked with a red ring and a red dotted line, and the caption under the dataset&apos;s name says so. The line looks bent only because the vertical axis is logarithmic.&lt;/p&gt;&lt;p&gt;Click a chart to keep only its dataset; click a line or a legend entry to keep only that shape (or size band). Ctrl+Z undoes the selection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein kleines Diagramm pro Datensatz, alle auf denselben Achsen, damit sie sich auf einen Blick vergleichen lassen. Waagerecht: die Tiefe des Netzes (Schichten, einschließlich der Ausgabeschicht). Senkrecht: der Median von %1 der Läufe in dieser Tiefe, auf logarithmischer Skala (jeder Zehnerschritt ist gleich hoch).&lt;/p&gt;&lt;p&gt;Jede farbige Linie ist eine Netzform (oder ein Band von Parameterzahlen, siehe &lt;i&gt;Linien&lt;/i&gt;); das schattierte Band um sie herum enthält die mittlere Hälfte ihrer Läufe (vom 25. bis zum 75. Perzentil).&lt;/p&gt;&lt;p&gt;Die schwarzen Kreise sind der Median aller Läufe des Datensatzes in jeder Tiefe. Die gestrichelte graue Linie ist eine Gerade, die an diese Mediane in den Tiefen %2-%3 angepasst ist. Wo sich die Kreise um mehr als die Toleranz von ihr entfernen, wächst die Energie nicht mehr linear mit der Tiefe: Diese Tiefe wird mit einem roten Ring und einer rot gepunkteten Linie markiert, und die Beschriftung unter dem Namen des Datensatzes sagt es. Die Linie wirkt nur deshalb gekrümmt, weil die senkrechte Achse logarithmisch ist.&lt;/p&gt;&lt;p&gt;Auf ein Diagramm klicken, um nur seinen Datensatz zu behalten; auf eine Linie oder einen Legendeneintrag klicken, um nur diese Form (oder dieses Größenband) zu behalten. Strg+Z macht die Auswahl rückgängig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation>Energie pro Lauf</translation>
    </message>
    <message>
        <source>%1 params</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>departs at depth %1 (the line ends)</source>
        <translation>weicht ab bei Tiefe %1 (die Linie endet)</translation>
    </message>
    <message>
        <source>departs at depth %1 (%2)</source>
        <translation>weicht ab bei Tiefe %1 (%2)</translation>
    </message>
    <message>
        <source>linear up to depth %1 (within %2)</source>
        <translation>linear bis Tiefe %1 (innerhalb %2)</translation>
    </message>
    <message>
        <source>no depth beyond %1 to check</source>
        <translation>keine Tiefe über %1 zum Prüfen</translation>
    </message>
    <message>
        <source>too few of depths %1-%2 to fit a line</source>
        <translation>zu wenige der Tiefen %1-%2, um eine Gerade anzupassen</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive %2 to show on a log axis.</source>
        <translation>Keiner der %1 Läufe im Filter hat einen positiven Wert für %2, der sich auf einer log. Achse zeigen ließe.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>No dataset in the filter has runs at two or more of depths %1-%2, so no straight line can be fitted to the shallow depths.</source>
        <translation>Kein Datensatz im Filter hat Läufe in zwei oder mehr der Tiefen %1-%2, daher lässt sich keine Gerade an die geringen Tiefen anpassen.</translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3; the straight line fitted to depths %4-%5 falls to zero before depth %6.</source>
        <translation>Bei %1 wächst %2 bis Tiefe %3 etwa linear mit der Tiefe; die an die Tiefen %4-%5 angepasste Gerade fällt vor Tiefe %6 auf null.</translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3; the straight line fitted to depths %4-%5 falls to zero before depth %6.</source>
        <translation>Bei %1 fällt %2 bis Tiefe %3 etwa linear mit der Tiefe; die an die Tiefen %4-%5 angepasste Gerade fällt vor Tiefe %6 auf null.</translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3, then departs from the straight line fitted to depths %4-%5 by %6 at depth %7.</source>
        <translation>Bei %1 wächst %2 bis Tiefe %3 etwa linear mit der Tiefe und weicht dann in Tiefe %7 um %6 von der an die Tiefen %4-%5 angepassten Geraden ab.</translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3, then departs from the straight line fitted to depths %4-%5 by %6 at depth %7.</source>
        <translation>Bei %1 fällt %2 bis Tiefe %3 etwa linear mit der Tiefe und weicht dann in Tiefe %7 um %6 von der an die Tiefen %4-%5 angepassten Geraden ab.</translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3: every depth stays within %4 of the straight line fitted to depths %5-%6.</source>
        <translation>Bei %1 wächst %2 bis Tiefe %3 etwa linear mit der Tiefe: Jede Tiefe bleibt innerhalb von %4 um die an die Tiefen %5-%6 angepasste Gerade.</translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3: every depth stays within %4 of the straight line fitted to depths %5-%6.</source>
        <translation>Bei %1 fällt %2 bis Tiefe %3 etwa linear mit der Tiefe: Jede Tiefe bleibt innerhalb von %4 um die an die Tiefen %5-%6 angepasste Gerade.</translation>
    </message>
    <message>
        <source>On %1, the filter holds no depth beyond %2, so there is nothing deeper to compare with the straight line fitted to depths %3-%2.</source>
        <translation>Bei %1 enthält der Filter keine Tiefe über %2, daher gibt es nichts Tieferes, das sich mit der an die Tiefen %3-%2 angepassten Geraden vergleichen ließe.</translation>
    </message>
    <message>
        <source>%1 grows about linearly with depth on all %2 datasets: none departs by more than %3 from the straight line fitted to depths %4-%5, up to depth %6.</source>
        <translation>%1 wächst auf allen %2 Datensätzen etwa linear mit der Tiefe: Keiner weicht bis Tiefe %6 um mehr als %3 von der an die Tiefen %4-%5 angepassten Geraden ab.</translation>
    </message>
    <message>
        <source>%1 falls about linearly with depth on all %2 datasets: none departs by more than %3 from the straight line fitted to depths %4-%5, up to depth %6.</source>
        <translation>%1 fällt auf allen %2 Datensätzen etwa linear mit der Tiefe: Keiner weicht bis Tiefe %6 um mehr als %3 von der an die Tiefen %4-%5 angepassten Geraden ab.</translation>
    </message>
    <message>
        <source>%1 grows about linearly with depth up to depth %2 on most datasets</source>
        <translation>%1 wächst auf den meisten Datensätzen bis Tiefe %2 etwa linear mit der Tiefe</translation>
    </message>
    <message>
        <source>%1 falls about linearly with depth up to depth %2 on most datasets</source>
        <translation>%1 fällt auf den meisten Datensätzen bis Tiefe %2 etwa linear mit der Tiefe</translation>
    </message>
    <message>
        <source>%1; only %2 departs by more than %3, at depth %4 (1 of %5 datasets).</source>
        <translation>%1; nur %2 weicht um mehr als %3 ab, in Tiefe %4 (1 von %5 Datensätzen).</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1; %2 depart by more than %3 at deeper depths, first at depth %4 (%5).</source>
        <translation>%1; %2 weichen in größeren Tiefen um mehr als %3 ab, zuerst in Tiefe %4 (%5).</translation>
    </message>
    <message>
        <source>Select dataset %1</source>
        <translation>Datensatz %1 auswählen</translation>
    </message>
    <message>
        <source>Select sizes %1</source>
        <translation>Größen %1 auswählen</translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation>Form %1 auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n Lauf mit fehlendem, null- oder negativem Wert wird weggelassen: Eine log. Achse kann ihn nicht zeigen.</numerusform>
            <numerusform>%n Läufe mit fehlendem, null- oder negativem Wert werden weggelassen: Eine log. Achse kann sie nicht zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Linien:</translation>
    </message>
    <message>
        <source>Departure tolerance:</source>
        <translation>Abweichungstoleranz:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>The per-run quantity to plot against depth</source>
        <translation>Die Größe pro Lauf, die gegen die Tiefe aufgetragen wird</translation>
    </message>
    <message>
        <source>One per shape</source>
        <translation>Eine pro Form</translation>
    </message>
    <message>
        <source>One per size band</source>
        <translation>Eine pro Größenband</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Draw one line per network shape, or one per band of parameter counts</source>
        <translation>Eine Linie pro Netzform oder eine pro Band von Parameterzahlen zeichnen</translation>
    </message>
    <message>
        <source>Departure tolerance</source>
        <translation>Abweichungstoleranz</translation>
    </message>
    <message>
        <source>How far (in percent) the median may move away from the straight line fitted to depths %1-%2 before the depth is marked as departing</source>
        <translation>Wie weit (in Prozent) sich der Median von der an die Tiefen %1-%2 angepassten Geraden entfernen darf, bevor die Tiefe als abweichend markiert wird</translation>
    </message>
    <message>
        <source>Small charts of %1 against depth, one per dataset</source>
        <translation>Kleine Diagramme von %1 gegen die Tiefe, eines pro Datensatz</translation>
    </message>
    <message>
        <source>Depth (layers)</source>
        <translation>Tiefe (Schichten)</translation>
    </message>
    <message>
        <source>Middle half of runs</source>
        <translation>Mittlere Hälfte der Läufe</translation>
    </message>
    <message>
        <source>Median, all runs</source>
        <translation>Median, alle Läufe</translation>
    </message>
    <message>
        <source>Line fitted to depths %1-%2</source>
        <translation>Gerade, angepasst an die Tiefen %1-%2</translation>
    </message>
    <message>
        <source>Departs by &gt; %1</source>
        <translation>Weicht um &gt; %1 ab</translation>
    </message>
    <message>
        <source>Click to keep only %1</source>
        <translation>Klicken, um nur %1 zu behalten</translation>
    </message>
    <message>
        <source>%1, %2, depth %3: median %4, middle half %5 to %6 (n = %7)</source>
        <translation>%1, %2, Tiefe %3: Median %4, mittlere Hälfte %5 bis %6 (n = %7)</translation>
    </message>
    <message>
        <source>Median %1 per datum</source>
        <translation>Median %1 pro Datenpunkt</translation>
    </message>
    <message>
        <source>Median %1 per run</source>
        <translation>Median %1 pro Lauf</translation>
    </message>
</context>
<context>
    <name>wattprint::DistributionView</name>
    <message>
        <source>Do GPU runs spread wider and carry heavier tails than CPU runs?</source>
        <translation>Streuen GPU-Läufe breiter und haben sie schwerere Verteilungsenden als CPU-Läufe?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bars show how runs spread over the chosen metric: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU runs in blue&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU runs in orange&lt;/b&gt;&lt;/span&gt;. The horizontal axis is logarithmic: every step of ten times takes the same width, so a wide hump means runs differ by factors, not by amounts.&lt;/p&gt;&lt;p&gt;Each device&apos;s bars are scaled to its own runs (a bar&apos;s height is the percentage of that device&apos;s runs that fall in it), so CPU and GPU can be compared even when one has many more runs. The line over the bars is a smoothed version of the same shape (a kernel density estimate).&lt;/p&gt;&lt;p&gt;The box on the right summarises each device: the &lt;b&gt;median&lt;/b&gt; run; the &lt;b&gt;interquartile range&lt;/b&gt;, the width of the middle half of the runs in the metric&apos;s unit; &lt;b&gt;Q3/Q1&lt;/b&gt;, the same middle half as a factor (what its width on this axis shows, whatever the typical size); &lt;b&gt;p99/p50&lt;/b&gt;, how many times the 99th percentile exceeds the median (the heavier the tail, the larger); and the &lt;b&gt;skewness of log10&lt;/b&gt;, above zero when the tail to the right is longer on this axis.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: drag left or right across the chart or along its axis to keep only the runs in that range; Undo takes it back. The mouse wheel zooms the axis; Reset zoom shows everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Balken zeigen, wie sich die Läufe über die gewählte Metrik verteilen: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU-Läufe in Blau&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU-Läufe in Orange&lt;/b&gt;&lt;/span&gt;. Die waagerechte Achse ist logarithmisch: Jeder Zehnerschritt ist gleich breit, ein breiter Hügel bedeutet also, dass sich Läufe um Faktoren unterscheiden, nicht um Beträge.&lt;/p&gt;&lt;p&gt;Die Balken jedes Geräts sind auf dessen eigene Läufe skaliert (die Höhe eines Balkens ist der Prozentsatz der Läufe dieses Geräts, die in ihn fallen), daher lassen sich CPU und GPU auch dann vergleichen, wenn eines viel mehr Läufe hat. Die Linie über den Balken ist eine geglättete Version derselben Form (eine Kerndichteschätzung).&lt;/p&gt;&lt;p&gt;Der Kasten rechts fasst jedes Gerät zusammen: den &lt;b&gt;Median&lt;/b&gt;-Lauf; den &lt;b&gt;Interquartilsabstand&lt;/b&gt;, die Breite der mittleren Hälfte der Läufe in der Einheit der Metrik; &lt;b&gt;Q3/Q1&lt;/b&gt;, dieselbe mittlere Hälfte als Faktor (das, was ihre Breite auf dieser Achse zeigt, unabhängig von der typischen Größe); &lt;b&gt;p99/p50&lt;/b&gt;, wievielmal das 99. Perzentil den Median übersteigt (je schwerer das Verteilungsende, desto größer); und die &lt;b&gt;Schiefe von log10&lt;/b&gt;, über null, wenn das rechte Ende auf dieser Achse länger ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Auswählen&lt;/b&gt;: Nach links oder rechts über das Diagramm oder entlang seiner Achse ziehen, um nur die Läufe in diesem Bereich zu behalten; Rückgängig nimmt es zurück. Das Mausrad zoomt die Achse; Zoom zurücksetzen zeigt alles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation>Energie pro Lauf</translation>
    </message>
    <message>
        <source>Non-overhead energy per run</source>
        <translation>Energie ohne Overhead pro Lauf</translation>
    </message>
    <message>
        <source>Energy per training datum</source>
        <translation>Energie pro Trainingsdatenpunkt</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Mean power</source>
        <translation>Mittlere Leistung</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive %2 to show on a log axis.</source>
        <translation>Keiner der %1 Läufe im Filter hat einen positiven Wert für %2, der sich auf einer log. Achse zeigen ließe.</translation>
    </message>
    <message>
        <source>Only CPU runs match the filter</source>
        <translation>Nur CPU-Läufe entsprechen dem Filter</translation>
    </message>
    <message>
        <source>Only GPU runs match the filter</source>
        <translation>Nur GPU-Läufe entsprechen dem Filter</translation>
    </message>
    <message>
        <source>%1: median %2 %3, interquartile range %4 (the middle half spans a factor of %5), 99th percentile %6 the median.</source>
        <translation>%1: Median der %2 %3, Interquartilsabstand %4 (die mittlere Hälfte umfasst einen Faktor %5), 99. Perzentil %6 so hoch wie der Median.</translation>
    </message>
    <message>
        <source>GPU runs have an interquartile range of %1 of %2, CPU runs %3</source>
        <translation>GPU-Läufe haben bei %2 einen Interquartilsabstand von %1, CPU-Läufe %3</translation>
    </message>
    <message>
        <source>GPU runs have a %1 wider interquartile range of %2 than CPU runs (%3 against %4)</source>
        <translation>GPU-Läufe haben bei %2 einen %1 breiteren Interquartilsabstand als CPU-Läufe (%3 gegenüber %4)</translation>
    </message>
    <message>
        <source>GPU runs have a %1 narrower interquartile range of %2 than CPU runs (%3 against %4)</source>
        <translation>GPU-Läufe haben bei %2 einen %1 schmaleren Interquartilsabstand als CPU-Läufe (%3 gegenüber %4)</translation>
    </message>
    <message>
        <source>GPU and CPU runs have about the same interquartile range of %1 (%2 against %3)</source>
        <translation>GPU- und CPU-Läufe haben bei %1 etwa denselben Interquartilsabstand (%2 gegenüber %3)</translation>
    </message>
    <message>
        <source>(their middle half spans a factor of %1, against %2)</source>
        <translation>(ihre mittlere Hälfte umfasst einen Faktor %1, gegenüber %2)</translation>
    </message>
    <message>
        <source>GPU runs spread wider in relative terms %1</source>
        <translation>GPU-Läufe streuen relativ gesehen stärker %1</translation>
    </message>
    <message>
        <source>GPU runs spread less in relative terms %1</source>
        <translation>GPU-Läufe streuen relativ gesehen weniger %1</translation>
    </message>
    <message>
        <source>GPU runs spread about as much in relative terms %1</source>
        <translation>GPU-Läufe streuen relativ gesehen etwa gleich stark %1</translation>
    </message>
    <message>
        <source>have a heavier tail (their 99th percentile is %1 their median, against %2)</source>
        <translation>haben ein schwereres Verteilungsende (ihr 99. Perzentil ist %1 so hoch wie ihr Median, gegenüber %2)</translation>
    </message>
    <message>
        <source>have a lighter tail (their 99th percentile is %1 their median, against %2)</source>
        <translation>haben ein leichteres Verteilungsende (ihr 99. Perzentil ist %1 so hoch wie ihr Median, gegenüber %2)</translation>
    </message>
    <message>
        <source>have a similar tail (their 99th percentile is %1 their median, against %2)</source>
        <translation>haben ein ähnliches Verteilungsende (ihr 99. Perzentil ist %1 so hoch wie ihr Median, gegenüber %2)</translation>
    </message>
    <message>
        <source>%1, and %2 and %3.</source>
        <translation>%1, und %2 und %3.</translation>
    </message>
    <message>
        <source>%1, but %2 and %3.</source>
        <translation>%1, aber %2 und %3.</translation>
    </message>
    <message>
        <source>Select %1 from %2 to %3</source>
        <translation>%1 von %2 bis %3 auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n Lauf mit fehlendem, null- oder negativem Wert wird weggelassen: Eine log. Achse kann ihn nicht zeigen.</numerusform>
            <numerusform>%n Läufe mit fehlendem, null- oder negativem Wert werden weggelassen: Eine log. Achse kann sie nicht zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>The per-run quantity to show</source>
        <translation>Die anzuzeigende Größe pro Lauf</translation>
    </message>
    <message>
        <source>Histogram of %1 for CPU and GPU runs</source>
        <translation>Histogramm von %1 für CPU- und GPU-Läufe</translation>
    </message>
    <message>
        <source>%1 (%2, log scale)</source>
        <translation>%1 (%2, log. Skala)</translation>
    </message>
    <message>
        <source>Runs in each bar (% of the device&apos;s runs)</source>
        <translation>Läufe in jedem Balken (% der Läufe des Geräts)</translation>
    </message>
    <message>
        <source>%1 runs (n = %2)</source>
        <translation>%1-Läufe (n = %2)</translation>
    </message>
    <message>
        <source>%1 smoothed (KDE)</source>
        <translation>%1 geglättet (KDE)</translation>
    </message>
    <message>
        <source>Runs plotted</source>
        <translation>Gezeichnete Läufe</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Interquartile range</source>
        <translation>Interquartilsabstand</translation>
    </message>
    <message>
        <source>Q3 / Q1</source>
        <translation>Q3 / Q1</translation>
    </message>
    <message>
        <source>p99 / p50</source>
        <translation>p99 / p50</translation>
    </message>
    <message>
        <source>Skewness of log10</source>
        <translation>Schiefe von log10</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>% of the device&apos;s runs</source>
        <translation>% der Läufe des Geräts</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>% der Läufe</translation>
    </message>
</context>
<context>
    <name>wattprint::DownloadDialog</name>
    <message>
        <source>Folder for the BUTTER-E files</source>
        <translation>Ordner für die BUTTER-E-Dateien</translation>
    </message>
    <message>
        <source>All chosen files are here and checked. Import adds them to the open database.</source>
        <translation>Alle gewählten Dateien sind da und geprüft. Importieren fügt sie der geöffneten Datenbank hinzu.</translation>
    </message>
    <message>
        <source>Stopped. What arrived is kept: Download resumes where it stopped.</source>
        <translation>Angehalten. Was angekommen ist, bleibt erhalten: Herunterladen setzt dort fort.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Failed, see below</source>
        <translation>Fehlgeschlagen, siehe unten</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>%1 here, the rest will be resumed</source>
        <translation>%1 vorhanden, der Rest wird fortgesetzt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Nicht heruntergeladen</translation>
    </message>
    <message>
        <source>&amp;Resume download</source>
        <translation>Herunterladen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Get BUTTER-E data</source>
        <translation>BUTTER-E-Daten holen</translation>
    </message>
    <message>
        <source>&lt;p&gt;BUTTER-E (NREL, OEDI submission 5991, licence CC-BY-4.0) publishes the measured energy of about 63,000 training runs at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. Choose the files to fetch: each is checked when it arrives and only then put under its own name. A download that stops keeps what arrived and resumes where it stopped. &lt;b&gt;Import&lt;/b&gt; then adds the files to the open database, as File &amp;gt; Import does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BUTTER-E (NREL, OEDI-Einreichung 5991, Lizenz CC-BY-4.0) veröffentlicht die gemessene Energie von etwa 63.000 Trainingsläufen unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. Wählen Sie die zu holenden Dateien: Jede wird bei Ankunft geprüft und erst dann unter ihrem Namen abgelegt. Ein abgebrochener Download behält, was angekommen ist, und setzt dort fort. &lt;b&gt;Importieren&lt;/b&gt; fügt die Dateien dann der geöffneten Datenbank hinzu, wie Datei &amp;gt; Importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>BUTTER-E files</source>
        <translation>BUTTER-E-Dateien</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>Folder for the downloaded files</source>
        <translation>Ordner für die heruntergeladenen Dateien</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Wählen...</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fortschritt des Downloads</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>wattprint::FilterBar</name>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Node types</source>
        <translation>Knotentypen</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Set the size range</source>
        <translation>Größenbereich festlegen</translation>
    </message>
    <message>
        <source>Set the depth range</source>
        <translation>Tiefenbereich festlegen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
    <message>
        <source>Add %1 to the filter</source>
        <translation>%1 zum Filter hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the filter</source>
        <translation>%1 aus dem Filter entfernen</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <source>Smallest size</source>
        <translation>Kleinste Größe</translation>
    </message>
    <message>
        <source>Largest size</source>
        <translation>Größte Größe</translation>
    </message>
    <message>
        <source>Smallest network size (parameters)</source>
        <translation>Kleinste Netzgröße (Parameter)</translation>
    </message>
    <message>
        <source>Largest network size (parameters)</source>
        <translation>Größte Netzgröße (Parameter)</translation>
    </message>
    <message>
        <source>Smallest depth</source>
        <translation>Kleinste Tiefe</translation>
    </message>
    <message>
        <source>Largest depth</source>
        <translation>Größte Tiefe</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the whole filter</source>
        <translation>Den gesamten Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>wattprint::FilterChips</name>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>size: %1 to %2</source>
        <translation>Größe: %1 bis %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>depth: %1 to %2</source>
        <translation>Tiefe: %1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation>
            <numerusform>%n Lauf ausgeschlossen</numerusform>
            <numerusform>%n Läufe ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n selected run(s)</source>
        <translation>
            <numerusform>nur %n ausgewählter Lauf</numerusform>
            <numerusform>nur %n ausgewählte Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this part of the filter</source>
        <translation>Diesen Teil des Filters entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>wattprint::GuideWindow</name>
    <message>
        <source>&lt;p&gt;The user guide is missing from this build.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Benutzerhandbuch fehlt in diesem Build.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>View id for &lt;tt&gt;wattprint render&lt;/tt&gt; and &lt;tt&gt;wattprint report --views&lt;/tt&gt;: %1</source>
        <translation>Ansichts-ID für &lt;tt&gt;wattprint render&lt;/tt&gt; und &lt;tt&gt;wattprint report --views&lt;/tt&gt;: %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>, PUE %1</source>
        <translation>, PUE %1</translation>
    </message>
    <message>
        <source>Wattprint user guide</source>
        <translation>Wattprint-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country&apos;s English name and ISO code in the factors table, e.g. France (FRA)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wattprint::ImportDialog</name>
    <message>
        <source>&amp;Add files...</source>
        <translation>Dateien &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and list them in the import report</source>
        <translation>Ungültige Zeilen über&amp;springen und im Importbericht auflisten</translation>
    </message>
    <message>
        <source>Off: a single bad row stops the file and nothing of it is stored.</source>
        <translation>Aus: Eine einzige fehlerhafte Zeile stoppt die Datei, und nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import BUTTER-E or CodeCarbon files</source>
        <translation>BUTTER-E- oder CodeCarbon-Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Time zone of CodeCarbon&apos;s times:</source>
        <translation>&amp;Zeitzone der CodeCarbon-Zeiten:</translation>
    </message>
    <message>
        <source>This system&apos;s zone (%1)</source>
        <translation>Zone dieses Systems (%1)</translation>
    </message>
    <message>
        <source>CodeCarbon writes the local time of the machine that ran, without a zone. The import report says which zone was used.</source>
        <translation>CodeCarbon schreibt die Ortszeit des ausführenden Rechners ohne Zone. Der Importbericht nennt die verwendete Zone.</translation>
    </message>
    <message>
        <source>BUTTER-E, CodeCarbon and other energy files (*.csv *.zip);;All files (*)</source>
        <translation>BUTTER-E-, CodeCarbon- und andere Energiedateien (*.csv *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>runs_with_standardized_energy.csv or .csv.zip, butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv, or CodeCarbon&apos;s emissions.csv. The kind is read from each file&apos;s header; for any other energy CSV you say which columns hold the energy and the duration.</source>
        <translation>runs_with_standardized_energy.csv oder .csv.zip, butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv oder CodeCarbons emissions.csv. Die Art wird aus der Kopfzeile jeder Datei gelesen; bei jeder anderen Energie-CSV-Datei geben Sie an, welche Spalten die Energie und die Dauer enthalten.</translation>
    </message>
</context>
<context>
    <name>wattprint::LayoutCombo</name>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Named layout</source>
        <translation>Benanntes Layout</translation>
    </message>
    <message>
        <source>Switch to a saved layout of the views</source>
        <translation>Zu einem gespeicherten Layout der Ansichten wechseln</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>Layout actions</source>
        <translation>Layout-Aktionen</translation>
    </message>
    <message>
        <source>Save, rename, delete, export or import layouts</source>
        <translation>Layouts speichern, umbenennen, löschen, exportieren oder importieren</translation>
    </message>
    <message>
        <source>&amp;Save Layout As...</source>
        <translation>Layout &amp;speichern unter...</translation>
    </message>
    <message>
        <source>&amp;Rename Layout...</source>
        <translation>Layout &amp;umbenennen...</translation>
    </message>
    <message>
        <source>&amp;Delete Layout</source>
        <translation>Layout &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Export Layout...</source>
        <translation>Layout &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Import Layout...</source>
        <translation>Layout &amp;importieren...</translation>
    </message>
    <message>
        <source>Reset to &amp;Default Layout</source>
        <translation>Auf Standard-Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Lock Layout</source>
        <translation>Layout s&amp;perren</translation>
    </message>
    <message>
        <source>Docked views can no longer be moved, floated or closed</source>
        <translation>Angedockte Ansichten können nicht mehr verschoben, abgelöst oder geschlossen werden</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>%1
The default layout is used instead.</source>
        <translation>%1
Stattdessen wird das Standard-Layout verwendet.</translation>
    </message>
    <message>
        <source>Save Layout</source>
        <translation>Layout speichern</translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation>Name des Layouts:</translation>
    </message>
    <message>
        <source>Replace the layout &quot;%1&quot;?</source>
        <translation>Das Layout „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Rename Layout</source>
        <translation>Layout umbenennen</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete Layout</source>
        <translation>Layout löschen</translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;? The window keeps its arrangement.</source>
        <translation>Das Layout „%1“ löschen? Das Fenster behält seine Anordnung.</translation>
    </message>
    <message>
        <source>Wattprint layouts (*.%1)</source>
        <translation>Wattprint-Layouts (*.%1)</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation>Layout exportieren</translation>
    </message>
    <message>
        <source>Import Layout</source>
        <translation>Layout importieren</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>The layout was changed since it was saved or chosen; choose it again to restore it</source>
        <translation>Das Layout wurde geändert, seit es gespeichert oder gewählt wurde; erneut wählen, um es wiederherzustellen</translation>
    </message>
</context>
<context>
    <name>wattprint::LayoutManager</name>
    <message>
        <source>This is not a Wattprint layout (its format is &quot;%1&quot;).</source>
        <translation>Dies ist kein Wattprint-Layout (sein Format ist „%1“).</translation>
    </message>
    <message>
        <source>This is not a Wattprint layout (it has no &quot;format&quot; field).</source>
        <translation>Dies ist kein Wattprint-Layout (es hat kein Feld „format“).</translation>
    </message>
    <message>
        <source>The layout has no valid format version.</source>
        <translation>Das Layout hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The layout was saved by a newer Wattprint (layout version %1; this version reads version %2 and older).</source>
        <translation>Das Layout wurde von einem neueren Wattprint gespeichert (Layout-Version %1; diese Version liest Version %2 und älter).</translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is missing or not valid base64.</source>
        <translation>Die Dock-Anordnung des Layouts fehlt oder ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is damaged.</source>
        <translation>Die Dock-Anordnung des Layouts ist beschädigt.</translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is of another version (%1, expected %2).</source>
        <translation>Die Dock-Anordnung des Layouts hat eine andere Version (%1, erwartet %2).</translation>
    </message>
    <message>
        <source>The layout&apos;s window geometry is not valid base64.</source>
        <translation>Die Fenstergeometrie des Layouts ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The layout&apos;s window geometry is damaged.</source>
        <translation>Die Fenstergeometrie des Layouts ist beschädigt.</translation>
    </message>
    <message>
        <source>The layout&apos;s view settings are damaged (&quot;views&quot; is not an object).</source>
        <translation>Die Ansichtseinstellungen des Layouts sind beschädigt („views“ ist kein Objekt).</translation>
    </message>
    <message>
        <source>The layout&apos;s settings for the view &quot;%1&quot; are damaged.</source>
        <translation>Die Einstellungen des Layouts für die Ansicht „%1“ sind beschädigt.</translation>
    </message>
    <message>
        <source>The layout&apos;s name is not text.</source>
        <translation>Der Name des Layouts ist kein Text.</translation>
    </message>
    <message>
        <source>The layout is damaged: %1 at character %2.</source>
        <translation>Das Layout ist beschädigt: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>This is not a Wattprint layout (not a JSON object).</source>
        <translation>Dies ist kein Wattprint-Layout (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>A layout needs a name.</source>
        <translation>Ein Layout braucht einen Namen.</translation>
    </message>
    <message>
        <source>A layout name can have at most %1 characters.</source>
        <translation>Ein Layoutname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A layout name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>Ein Layoutname darf kein „/“, „\“ und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>There is no layout called &quot;%1&quot;.</source>
        <translation>Es gibt kein Layout namens „%1“.</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; cannot be used. %2</source>
        <translation>Das Layout „%1“ kann nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>A layout called &quot;%1&quot; exists already.</source>
        <translation>Ein Layout namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a layout file.</source>
        <translation>%1 ist zu groß für eine Layout-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 kann nicht importiert werden. %2</translation>
    </message>
    <message>
        <source>Imported layout</source>
        <translation>Importiertes Layout</translation>
    </message>
    <message>
        <source>The last layout cannot be restored; the default layout is used. %1</source>
        <translation>Das letzte Layout kann nicht wiederhergestellt werden; das Standard-Layout wird verwendet. %1</translation>
    </message>
</context>
<context>
    <name>wattprint::LeaderboardModel</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Median-Energie</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Rank in dataset</source>
        <translation>Rang im Datensatz</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Nominal trainable parameters of the network</source>
        <translation>Nominelle trainierbare Parameter des Netzes</translation>
    </message>
    <message>
        <source>Runs of this configuration in the filter</source>
        <translation>Läufe dieser Konfiguration im Filter</translation>
    </message>
    <message>
        <source>Median energy of one training run (whole node, J)</source>
        <translation>Median-Energie eines Trainingslaufs (gesamter Knoten, J)</translation>
    </message>
    <message>
        <source>Median energy per training datum (J): the energy without the fixed overhead over all epochs and training examples. Lower means more training per joule.</source>
        <translation>Median-Energie pro Trainingsdatenpunkt (J): die Energie ohne den festen Overhead, verteilt auf alle Epochen und Trainingsbeispiele. Niedriger bedeutet mehr Training pro Joule.</translation>
    </message>
    <message>
        <source>Median run time of one training run</source>
        <translation>Median-Laufzeit eines Trainingslaufs</translation>
    </message>
    <message>
        <source>Median average node power during a run (W)</source>
        <translation>Median der durchschnittlichen Knotenleistung während eines Laufs (W)</translation>
    </message>
    <message>
        <source>Place within the dataset by energy per datum (1 = least energy per datum; ties share a rank)</source>
        <translation>Platz innerhalb des Datensatzes nach Energie pro Datenpunkt (1 = geringste Energie pro Datenpunkt; Gleichstände teilen sich einen Rang)</translation>
    </message>
    <message>
        <source>Efficiency band: 1 = the most efficient fifth of the dataset&apos;s configurations by energy per datum, 5 = the least efficient fifth</source>
        <translation>Effizienzband: 1 = das effizienteste Fünftel der Konfigurationen des Datensatzes nach Energie pro Datenpunkt, 5 = das am wenigsten effiziente Fünftel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Band %1 of 5 in %2 (rank %3 of %4 by energy per datum)</source>
        <translation>Band %1 von 5 in %2 (Rang %3 von %4 nach Energie pro Datenpunkt)</translation>
    </message>
    <message>
        <source>Not ranked: no run of this configuration has an energy per datum</source>
        <translation>Nicht gerankt: kein Lauf dieser Konfiguration hat eine Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>Band %1 of 5</source>
        <translation>Band %1 von 5</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Where the true median energy per datum lies, from the runs alone: the 95% interval of the median, or, with fewer than six runs, the range of the runs with the chance it has of holding the median (two runs: 50%)</source>
        <translation>Wo der wahre Median der Energie pro Datenpunkt liegt, allein aus den Läufen: das 95-%-Intervall des Medians oder, bei weniger als sechs Läufen, die Spanne der Läufe mit der Wahrscheinlichkeit, mit der sie den Median enthält (zwei Läufe: 50 %)</translation>
    </message>
    <message>
        <source>one run</source>
        <translation>ein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>Not ranked: %n run(s), fewer than the %1 a configuration needs to be ranked</source>
        <translation>
            <numerusform>Nicht gerankt: %n Lauf, weniger als die %1, die eine Konfiguration für einen Rang braucht</numerusform>
            <numerusform>Nicht gerankt: %n Läufe, weniger als die %1, die eine Konfiguration für einen Rang braucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wattprint::LeaderboardView</name>
    <message>
        <source>Which configurations give the most training per joule?</source>
        <translation>Welche Konfigurationen liefern das meiste Training pro Joule?</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per configuration (dataset, shape, parameter count, depth and device) of the runs in the filter, with the medians over its runs: energy of a run, &lt;b&gt;energy per training datum&lt;/b&gt; (the energy without the fixed overhead, spread over every epoch and training example), run time and average power.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rank in dataset&lt;/b&gt; orders the configurations of each dataset by energy per datum, 1 being the least energy per datum (the most training per joule); ties share a rank. The &lt;b&gt;band&lt;/b&gt; is the fifth the rank falls in: &lt;span style=&apos;background:#1a9641;color:white&apos;&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; the most efficient fifth of the dataset&apos;s configurations, &lt;span style=&apos;background:#d7191c;color:white&apos;&gt;&amp;nbsp;5&amp;nbsp;&lt;/span&gt; the least efficient fifth (band = 1 + floor(5 (rank - 1) / configurations ranked)). Energy per datum is comparable across datasets; ranks and bands are not.&lt;/p&gt;&lt;p&gt;Click a column header to sort (numbers sort as numbers); type in the filter box to keep rows whose dataset, shape or device contain every word; right-click the header or use &lt;i&gt;Columns&lt;/i&gt; to show or hide columns. Select rows and press &lt;i&gt;Select in all views&lt;/i&gt; (or Enter, or double-click) to put those configurations into the filter of every view. &lt;i&gt;Export CSV&lt;/i&gt; writes the rows shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Zeile pro Konfiguration (Datensatz, Form, Parameterzahl, Tiefe und Gerät) der Läufe im Filter, mit den Medianen über ihre Läufe: Energie eines Laufs, &lt;b&gt;Energie pro Trainingsdatenpunkt&lt;/b&gt; (die Energie ohne den festen Overhead, verteilt auf jede Epoche und jedes Trainingsbeispiel), Laufzeit und durchschnittliche Leistung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rang im Datensatz&lt;/b&gt; ordnet die Konfigurationen jedes Datensatzes nach Energie pro Datenpunkt, wobei 1 die geringste Energie pro Datenpunkt ist (das meiste Training pro Joule); Gleichstände teilen sich einen Rang. Das &lt;b&gt;Band&lt;/b&gt; ist das Fünftel, in das der Rang fällt: &lt;span style=&apos;background:#1a9641;color:white&apos;&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; das effizienteste Fünftel der Konfigurationen des Datensatzes, &lt;span style=&apos;background:#d7191c;color:white&apos;&gt;&amp;nbsp;5&amp;nbsp;&lt;/span&gt; das am wenigsten effiziente Fünftel (Band = 1 + floor(5 (Rang - 1) / gerankte Konfigurationen)). Die Energie pro Datenpunkt ist über Datensätze hinweg vergleichbar; Ränge und Bänder nicht.&lt;/p&gt;&lt;p&gt;Auf einen Spaltenkopf klicken, um zu sortieren (Zahlen werden als Zahlen sortiert); in das Filterfeld tippen, um Zeilen zu behalten, deren Datensatz, Form oder Gerät jedes Wort enthält; mit Rechtsklick auf den Kopf oder über &lt;i&gt;Spalten&lt;/i&gt; Spalten ein- oder ausblenden. Zeilen auswählen und &lt;i&gt;In allen Ansichten auswählen&lt;/i&gt; drücken (oder Enter oder Doppelklick), um diese Konfigurationen in den Filter jeder Ansicht zu übernehmen. &lt;i&gt;CSV exportieren&lt;/i&gt; schreibt die angezeigten Zeilen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n configuration(s) in the filter has an energy per datum to rank.</source>
        <translation>
            <numerusform>Die %n Konfiguration im Filter hat keine Energie pro Datenpunkt zum Ranken.</numerusform>
            <numerusform>Keine der %n Konfigurationen im Filter hat eine Energie pro Datenpunkt zum Ranken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The one configuration with an energy per datum, %1, uses %2 per training datum (about %3 training examples per joule).</source>
        <translation>Die einzige Konfiguration mit einer Energie pro Datenpunkt, %1, verbraucht %2 pro Trainingsdatenpunkt (etwa %3 Trainingsbeispiele pro Joule).</translation>
    </message>
    <message>
        <source>Of %1 configurations, %2 gives the most training per joule: %3 per training datum, about %4 training examples per joule.</source>
        <translation>Von %1 Konfigurationen liefert %2 das meiste Training pro Joule: %3 pro Trainingsdatenpunkt, etwa %4 Trainingsbeispiele pro Joule.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) have no energy per datum and are not ranked.</source>
        <translation>
            <numerusform>%n Konfiguration hat keine Energie pro Datenpunkt und wird nicht gerankt.</numerusform>
            <numerusform>%n Konfigurationen haben keine Energie pro Datenpunkt und werden nicht gerankt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export leaderboard as CSV</source>
        <translation>Rangliste als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>No configurations to rank.</source>
        <translation>Keine Konfigurationen zum Ranken.</translation>
    </message>
    <message>
        <source>No rows match the text filter.</source>
        <translation>Keine Zeilen entsprechen dem Textfilter.</translation>
    </message>
    <message>
        <source>The first %1 of %2 configurations</source>
        <translation>Die ersten %1 von %2 Konfigurationen</translation>
    </message>
    <message>
        <source>All %1 configurations</source>
        <translation>Alle %1 Konfigurationen</translation>
    </message>
    <message>
        <source>, sorted by %1 (%2)</source>
        <translation>, sortiert nach %1 (%2)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>, text filter “%1”</source>
        <translation>, Textfilter „%1“</translation>
    </message>
    <message>
        <source>. Band 1 (green) = most efficient fifth of its dataset by energy per datum, 5 (red) = least.</source>
        <translation>. Band 1 (grün) = effizientestes Fünftel seines Datensatzes nach Energie pro Datenpunkt, 5 (rot) = am wenigsten effizientes.</translation>
    </message>
    <message>
        <source>Filter dataset, shape, device</source>
        <translation>Datensatz, Form, Gerät filtern</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Keep the rows whose dataset, shape or device contain every word typed</source>
        <translation>Die Zeilen behalten, deren Datensatz, Form oder Gerät jedes eingegebene Wort enthält</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show or hide columns</source>
        <translation>Spalten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV file</source>
        <translation>Die angezeigten Zeilen in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Select in all views</source>
        <translation>In allen Ansichten auswählen</translation>
    </message>
    <message>
        <source>Put the configurations of the selected rows into the filter of every view</source>
        <translation>Die Konfigurationen der ausgewählten Zeilen in den Filter jeder Ansicht übernehmen</translation>
    </message>
    <message>
        <source>Leaderboard of configurations by energy per training datum</source>
        <translation>Rangliste der Konfigurationen nach Energie pro Trainingsdatenpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) with fewer than %1 runs are listed but not ranked: one or two runs cannot tell a design from luck.</source>
        <translation>
            <numerusform>%n Konfiguration mit weniger als %1 Läufen wird aufgeführt, aber nicht gerankt: ein oder zwei Läufe unterscheiden nicht zwischen Entwurf und Zufall.</numerusform>
            <numerusform>%n Konfigurationen mit weniger als %1 Läufen werden aufgeführt, aber nicht gerankt: ein oder zwei Läufe unterscheiden nicht zwischen Entwurf und Zufall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) with fewer than %1 runs are not ranked and not listed; &quot;Show unranked&quot; lists them.</source>
        <translation>
            <numerusform>%n Konfiguration mit weniger als %1 Läufen wird weder gerankt noch aufgeführt; „Ungerankte zeigen“ listet sie auf.</numerusform>
            <numerusform>%n Konfigurationen mit weniger als %1 Läufen werden weder gerankt noch aufgeführt; „Ungerankte zeigen“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank with at least:</source>
        <translation>Ranken ab:</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Läufen</translation>
    </message>
    <message>
        <source>Fewest runs to rank a configuration</source>
        <translation>Mindestzahl an Läufen für einen Rang</translation>
    </message>
    <message>
        <source>A configuration is ranked only when it has at least this many runs: the median of one run ranks its luck as much as its design</source>
        <translation>Eine Konfiguration erhält nur einen Rang, wenn sie mindestens so viele Läufe hat: der Median eines einzigen Laufs bewertet sein Glück ebenso wie seinen Entwurf</translation>
    </message>
    <message>
        <source>Show unranked</source>
        <translation>Ungerankte zeigen</translation>
    </message>
    <message>
        <source>Also list the configurations that are not ranked (too few runs, or no energy per datum)</source>
        <translation>Auch die Konfigurationen ohne Rang auflisten (zu wenige Läufe oder keine Energie pro Datenpunkt)</translation>
    </message>
    <message>
        <source>%1 interval %2</source>
        <translation>%1-Intervall %2</translation>
    </message>
    <message>
        <source>The one configuration with at least %1 runs, %2, uses %3 per training datum (%4, %5), about %6 training examples per joule.</source>
        <translation>Die einzige Konfiguration mit mindestens %1 Läufen, %2, verbraucht %3 pro Trainingsdatenpunkt (%4, %5), etwa %6 Trainingsbeispiele pro Joule.</translation>
    </message>
    <message>
        <source>Of %1 configurations with at least %2 runs, %3 gives the most training per joule: %4 per training datum (%5, %6), about %7 training examples per joule.</source>
        <translation>Von %1 Konfigurationen mit mindestens %2 Läufen liefert %3 das meiste Training pro Joule: %4 pro Trainingsdatenpunkt (%5, %6), etwa %7 Trainingsbeispiele pro Joule.</translation>
    </message>
    <message>
        <source>the ranking</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Rank: &quot;Projects&quot; or &quot;Hardware&quot; lists them.</source>
        <translation>„Rang: Projekte“ oder „Hardware“ listet sie auf.</translation>
    </message>
    <message>
        <source>Every run in the filter has a BUTTER-E configuration: choose Rank: Configurations.</source>
        <translation>Jeder Lauf im Filter hat eine BUTTER-E-Konfiguration: Wählen Sie „Rang: Konfigurationen“.</translation>
    </message>
    <message>
        <source>runs that name no hardware</source>
        <translation>Läufe ohne Angabe der Hardware</translation>
    </message>
    <message>
        <source>runs that name no project</source>
        <translation>Läufe ohne Projektangabe</translation>
    </message>
    <message>
        <source>hardware %1</source>
        <translation>Hardware %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Most energy: %1, %2 of %3 (%4) in %5.</source>
        <translation>Die meiste Energie: %1, %2 von %3 (%4) in %5.</translation>
    </message>
    <message>
        <source>Lowest median energy per run: %1 (%2).</source>
        <translation>Niedrigster Median der Energie pro Lauf: %1 (%2).</translation>
    </message>
    <message>
        <source>No run in the filter has a BUTTER-E configuration, so this lists the runs from other tools by project.</source>
        <translation>Kein Lauf im Filter hat eine BUTTER-E-Konfiguration; daher werden hier die Läufe anderer Werkzeuge nach Projekt aufgelistet.</translation>
    </message>
    <message>
        <source>Runs with a BUTTER-E configuration are ranked under Rank: Configurations: %1 of them are not in this table.</source>
        <translation>Läufe mit BUTTER-E-Konfiguration werden unter „Rang: Konfigurationen“ geordnet: %1 davon sind nicht in dieser Tabelle.</translation>
    </message>
    <message>
        <source>A project&apos;s rank says where its runs stand by median energy per run; projects train different things, so it is not a verdict on their efficiency.</source>
        <translation>Der Rang eines Projekts sagt, wo seine Läufe nach dem Median der Energie pro Lauf stehen; Projekte trainieren Verschiedenes, er ist also kein Urteil über ihre Effizienz.</translation>
    </message>
    <message>
        <source>Select hardware %1</source>
        <translation>Hardware %1 auswählen</translation>
    </message>
    <message>
        <source>Select project %1</source>
        <translation>Projekt %1 auswählen</translation>
    </message>
    <message>
        <source>%1 more rows not shown</source>
        <translation>%1 weitere Zeilen nicht gezeigt</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Rang:</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rank BUTTER-E configurations, or list the runs from other tools (CodeCarbon) by project or hardware</source>
        <translation>BUTTER-E-Konfigurationen ordnen oder die Läufe anderer Werkzeuge (CodeCarbon) nach Projekt oder Hardware auflisten</translation>
    </message>
    <message>
        <source>Runs from other tools by project or hardware</source>
        <translation>Läufe anderer Werkzeuge nach Projekt oder Hardware</translation>
    </message>
</context>
<context>
    <name>wattprint::MainWindow</name>
    <message>
        <source>Computing...</source>
        <translation>Wird berechnet...</translation>
    </message>
    <message>
        <source>there is no layout named &apos;%1&apos;</source>
        <translation>es gibt kein Layout namens „%1“</translation>
    </message>
    <message>
        <source>Open Wattprint database</source>
        <translation>Wattprint-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Wattprint databases (*.sqlite *.db);;All files (*)</source>
        <translation>Wattprint-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Neue Demo-Datenbank</translation>
    </message>
    <message>
        <source>Wattprint databases (*.sqlite *.db)</source>
        <translation>Wattprint-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Demodaten entfernen</translation>
    </message>
    <message>
        <source>Remove the synthetic demo runs from this database?</source>
        <translation>Die synthetischen Demo-Läufe aus dieser Datenbank entfernen?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>About Wattprint</source>
        <translation>Über Wattprint</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Wattprint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Where the energy of neural-network training goes.&lt;/p&gt;&lt;p&gt;Data: BUTTER-E (NREL, OEDI 5991, CC-BY-4.0), doi:10.25984/2329316.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wattprint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wohin die Energie des Trainings neuronaler Netze fließt.&lt;/p&gt;&lt;p&gt;Daten: BUTTER-E (NREL, OEDI 5991, CC-BY-4.0), doi:10.25984/2329316.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>Datenbank &amp;öffnen...</translation>
    </message>
    <message>
        <source>New &amp;demo database...</source>
        <translation>Neue De&amp;mo-Datenbank...</translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation>Demodaten ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Export view...</source>
        <translation>Ansicht &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Show &amp;only selection</source>
        <translation>&amp;Nur Auswahl anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xclude selection</source>
        <translation>Auswahl a&amp;usschließen</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reset to default layout</source>
        <translation>Auf Standard-Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Lock layout</source>
        <translation>Layout s&amp;perren</translation>
    </message>
    <message>
        <source>&amp;About Wattprint</source>
        <translation>Ü&amp;ber Wattprint</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Die laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>The saved layout could not be used (%1); the default layout is shown.</source>
        <translation>Das gespeicherte Layout konnte nicht verwendet werden (%1); das Standard-Layout wird angezeigt.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Wattprint</source>
        <translation>Wattprint</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 runs (%2 shown) - %3</source>
        <translation>%1 Läufe (%2 angezeigt) - %3</translation>
    </message>
    <message>
        <source>Select runs in the runs table first</source>
        <translation>Zuerst Läufe in der Lauftabelle auswählen</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n run(s)</source>
        <translation>
            <numerusform>%n Lauf ausschließen</numerusform>
            <numerusform>%n Läufe ausschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only %n run(s)</source>
        <translation>
            <numerusform>Nur %n Lauf anzeigen</numerusform>
            <numerusform>Nur %n Läufe anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Building demo data</source>
        <translation>Demodaten werden erstellt</translation>
    </message>
    <message>
        <source>Demo store built: %1</source>
        <translation>Demo-Datenbank erstellt: %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export &amp;report...</source>
        <translation>Be&amp;richt exportieren...</translation>
    </message>
    <message>
        <source>A PDF with a cover page, one page per open view and the method</source>
        <translation>Ein PDF mit Deckblatt, einer Seite pro geöffneter Ansicht und der Methode</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>Warten, bis die laufende Aufgabe fertig ist, oder sie abbrechen.</translation>
    </message>
    <message>
        <source>Open or import a store first.</source>
        <translation>Zuerst eine Datenbank öffnen oder importieren.</translation>
    </message>
    <message>
        <source>No view is open: open the views to report from the View menu.</source>
        <translation>Keine Ansicht ist geöffnet: die Ansichten für den Bericht über das Menü Ansicht öffnen.</translation>
    </message>
    <message>
        <source>Wrote the report %1</source>
        <translation>Bericht %1 geschrieben</translation>
    </message>
    <message>
        <source>Report %v/%m</source>
        <translation>Bericht %v/%m</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Building the demo data... %1%</source>
        <translation>Demodaten werden erstellt... %1 %</translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation>&amp;Nächste Ansicht</translation>
    </message>
    <message>
        <source>Pre&amp;vious view</source>
        <translation>&amp;Vorherige Ansicht</translation>
    </message>
    <message>
        <source>Views in this stack</source>
        <translation>Ansichten in diesem Stapel</translation>
    </message>
    <message>
        <source>&amp;Get BUTTER-E data...</source>
        <translation>BUTTER-E-Daten &amp;holen...</translation>
    </message>
    <message>
        <source>Download the measured BUTTER-E files from NREL&apos;s OEDI and import them</source>
        <translation>Die gemessenen BUTTER-E-Dateien vom OEDI des NREL herunterladen und importieren</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>%1 is not a server address of the form postgresql://user@host:port/database</source>
        <translation>%1 ist keine Serveradresse der Form postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation>Mit &amp;Server verbinden...</translation>
    </message>
    <message>
        <source>Open a store shared on a PostgreSQL server</source>
        <translation>Einen auf einem PostgreSQL-Server geteilten Datenbestand öffnen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the store again, with the runs imported since it was opened</source>
        <translation>Den Speicher neu lesen, mit den seit dem Öffnen importierten Läufen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Get BUTTER-E data</source>
        <translation>BUTTER-E-Daten holen</translation>
    </message>
    <message>
        <source>PostgreSQL server address, postgresql://user@host:port/database.
The password comes from ~/.pgpass or PGPASSWORD, or is asked for; never from the address.</source>
        <translation>Adresse des PostgreSQL-Servers, postgresql://benutzer@host:port/datenbank.
Das Passwort kommt aus ~/.pgpass oder PGPASSWORD oder wird erfragt, nie aus der Adresse.</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Der Server hat dieses Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>Passwort von %1 für %2:</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>Ihr Benutzer</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, nur lesbar</translation>
    </message>
    <message>
        <source>Importing is not allowed: %1. Ask the store&apos;s owner to import.</source>
        <translation>Importieren ist nicht erlaubt: %1. Bitten Sie den Eigentümer der Datenbank, zu importieren.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesbar</translation>
    </message>
    <message>
        <source>Counting runs... - %1</source>
        <translation>Läufe werden gezählt... - %1</translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadBarChart</name>
    <message>
        <source>Fixed overhead</source>
        <translation>Fester Overhead</translation>
    </message>
    <message>
        <source>Training (non-overhead energy)</source>
        <translation>Training (Energie ohne Overhead)</translation>
    </message>
    <message>
        <source>Share of each bar&apos;s standardised energy (%)</source>
        <translation>Anteil an der standardisierten Energie jedes Balkens (%)</translation>
    </message>
    <message>
        <source>Standardised energy (%1)</source>
        <translation>Standardisierte Energie (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no energy to split</source>
        <translation>keine Energie zum Aufteilen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 overhead · %2 of %3</source>
        <translation>%1 Overhead · %2 von %3</translation>
    </message>
    <message>
        <source>%1 overhead
%2
of %3</source>
        <translation>%1 Overhead
%2
von %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n run(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Lauf</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed overhead: %1 (%2)</source>
        <translation>Fester Overhead: %1 (%2)</translation>
    </message>
    <message>
        <source>Training (non-overhead): %1 (%2)</source>
        <translation>Training (ohne Overhead): %1 (%2)</translation>
    </message>
    <message>
        <source>Total, standardised: %1 (%2 GJ)</source>
        <translation>Gesamt, standardisiert: %1 (%2 GJ)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less than the fixed overhead (negative non-overhead energy).</source>
        <translation>
            <numerusform>%n Lauf verbrauchte weniger als den festen Overhead (negative Energie ohne Overhead).</numerusform>
            <numerusform>%n Läufe verbrauchten weniger als den festen Overhead (negative Energie ohne Overhead).</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to keep only this group; Ctrl+click to add it to the selection.</source>
        <translation>Klicken, um nur diese Gruppe zu behalten; Strg+Klick, um sie zur Auswahl hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadView</name>
    <message>
        <source>Runs of unknown node type cannot be selected in the filter.</source>
        <translation>Läufe mit unbekanntem Knotentyp können im Filter nicht ausgewählt werden.</translation>
    </message>
    <message>
        <source>How much energy goes to fixed overhead rather than training?</source>
        <translation>Wie viel Energie geht in den festen Overhead statt ins Training?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every run pays a &lt;b&gt;fixed overhead&lt;/b&gt; that NREL estimated once per device: about 14 kJ (53 s) on a CPU node and 272 kJ (11 minutes) on a GPU node, spent starting up and tearing down whatever the network. The rest of a run&apos;s energy, the &lt;b&gt;non-overhead energy&lt;/b&gt;, is what training used.&lt;/p&gt;&lt;p&gt;Each bar is one group of runs (device, dataset, shape or node type: choose with &lt;i&gt;Group by&lt;/i&gt;). Its &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;purple part&lt;/b&gt;&lt;/span&gt; is the fixed overhead and its &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;green part&lt;/b&gt;&lt;/span&gt; the training energy, each summed over the group&apos;s runs in the filter. The text on the right gives the overhead&apos;s share of the group&apos;s energy, the overhead itself and the group&apos;s total. Groups are sorted by that share, the largest at the top.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardised energy.&lt;/b&gt; As in NREL&apos;s table, energies are standardised to the reference node type (cpu1 or gpu1): a run&apos;s overhead plus its non-overhead energy is its standardised energy, which differs a little from the energy measured on other node types. The totals here are that sum.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bars&lt;/i&gt;: &lt;i&gt;Energy&lt;/i&gt; draws each group&apos;s total to scale (in Wh, kWh, MWh or GWh); &lt;i&gt;Share&lt;/i&gt; stretches every bar to 100% to compare the splits.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: click a bar or its name to keep only that group; Ctrl+click adds it to the groups already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Lauf zahlt einen &lt;b&gt;festen Overhead&lt;/b&gt;, den NREL einmal pro Gerät geschätzt hat: etwa 14 kJ (53 s) auf einem CPU-Knoten und 272 kJ (11 Minuten) auf einem GPU-Knoten, verbraucht beim Hoch- und Herunterfahren, unabhängig vom Netz. Der Rest der Energie eines Laufs, die &lt;b&gt;Energie ohne Overhead&lt;/b&gt;, ist das, was das Training verbraucht hat.&lt;/p&gt;&lt;p&gt;Jeder Balken ist eine Gruppe von Läufen (Gerät, Datensatz, Form oder Knotentyp: Auswahl mit &lt;i&gt;Gruppieren nach&lt;/i&gt;). Sein &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;violetter Teil&lt;/b&gt;&lt;/span&gt; ist der feste Overhead und sein &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;grüner Teil&lt;/b&gt;&lt;/span&gt; die Trainingsenergie, jeweils summiert über die Läufe der Gruppe im Filter. Der Text rechts zeigt den Anteil des Overheads an der Energie der Gruppe, den Overhead selbst und die Gesamtsumme der Gruppe. Die Gruppen sind nach diesem Anteil sortiert, der größte oben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardisierte Energie.&lt;/b&gt; Wie in der Tabelle von NREL sind die Energien auf den Referenz-Knotentyp (cpu1 oder gpu1) standardisiert: Overhead plus Energie ohne Overhead eines Laufs ergeben seine standardisierte Energie, die etwas von der auf anderen Knotentypen gemessenen Energie abweicht. Die Summen hier sind diese Summe.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Balken&lt;/i&gt;: &lt;i&gt;Energie&lt;/i&gt; zeichnet die Gesamtsumme jeder Gruppe maßstabsgetreu (in Wh, kWh, MWh oder GWh); &lt;i&gt;Anteil&lt;/i&gt; streckt jeden Balken auf 100 %, um die Aufteilungen zu vergleichen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Auswählen&lt;/b&gt;: auf einen Balken oder seinen Namen klicken, um nur diese Gruppe zu behalten; Strg+Klick fügt sie den bereits ausgewählten Gruppen hinzu (oder nimmt sie heraus). Die Pfeiltasten wechseln zwischen den Balken, Enter wählt aus. Rückgängig nimmt eine Auswahl zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overhead and training energy per %1</source>
        <translation>Overhead- und Trainingsenergie pro %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <source>Sweep batch</source>
        <translation>Sweep-Batch</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has an overhead and a non-overhead energy to split.</source>
        <translation>Keiner der %1 Läufe im Filter hat eine Overhead- und eine Nicht-Overhead-Energie zum Aufteilen.</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy but %2 of CPU energy</source>
        <translation>Der feste Overhead macht %1 der GPU-Energie, aber %2 der CPU-Energie aus</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy and %2 of CPU energy</source>
        <translation>Der feste Overhead macht %1 der GPU-Energie und %2 der CPU-Energie aus</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of the energy of the GPU runs (no CPU runs are in the filter)</source>
        <translation>Der feste Overhead macht %1 der Energie der GPU-Läufe aus (keine CPU-Läufe im Filter)</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy</source>
        <translation>Der feste Overhead macht %1 der GPU-Energie aus</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of the energy of the CPU runs (no GPU runs are in the filter)</source>
        <translation>Der feste Overhead macht %1 der Energie der CPU-Läufe aus (keine GPU-Läufe im Filter)</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of CPU energy</source>
        <translation>Der feste Overhead macht %1 der CPU-Energie aus</translation>
    </message>
    <message>
        <source>The runs in the filter have no positive standardised energy to split into overhead and training.</source>
        <translation>Die Läufe im Filter haben keine positive standardisierte Energie, die sich in Overhead und Training aufteilen ließe.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <source>node type %1</source>
        <translation>Knotentyp %1</translation>
    </message>
    <message>
        <source>runs of unknown node type</source>
        <translation>Läufe mit unbekanntem Knotentyp</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>%1; %2 loses the largest share (%3).</source>
        <translation>%1; %2 verliert den größten Anteil (%3).</translation>
    </message>
    <message>
        <source>%1; %2 lose the largest share (%3).</source>
        <translation>%1; %2 verlieren den größten Anteil (%3).</translation>
    </message>
    <message>
        <source>Select %1 %2</source>
        <translation>%1 %2 auswählen</translation>
    </message>
    <message>
        <source>Take %1 %2 out of the selection</source>
        <translation>%1 %2 aus der Auswahl nehmen</translation>
    </message>
    <message>
        <source>Add %1 %2 to the selection</source>
        <translation>%1 %2 zur Auswahl hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an overhead or non-overhead energy are left out.</source>
        <translation>
            <numerusform>%n Lauf ohne Overhead- oder Nicht-Overhead-Energie wird ausgelassen.</numerusform>
            <numerusform>%n Läufe ohne Overhead- oder Nicht-Overhead-Energie werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less standardised energy than the fixed overhead; their negative non-overhead energy is included in the sums.</source>
        <translation>
            <numerusform>%n Lauf verbrauchte weniger standardisierte Energie als den festen Overhead; seine negative Energie ohne Overhead ist in den Summen enthalten.</numerusform>
            <numerusform>%n Läufe verbrauchten weniger standardisierte Energie als den festen Overhead; ihre negative Energie ohne Overhead ist in den Summen enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>Balken:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>What each bar stands for</source>
        <translation>Wofür jeder Balken steht</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Bar length</source>
        <translation>Balkenlänge</translation>
    </message>
    <message>
        <source>Draw each group&apos;s total energy to scale, or every bar as 100% to compare the splits</source>
        <translation>Die Gesamtenergie jeder Gruppe maßstabsgetreu zeichnen oder jeden Balken als 100 %, um die Aufteilungen zu vergleichen</translation>
    </message>
    <message>
        <source>Split: &quot;CPU, GPU and RAM&quot; shows how their energy divides, per project or hardware.</source>
        <translation>„Aufteilung: CPU, GPU und RAM“ zeigt, wie sich ihre Energie aufteilt, nach Projekt oder Hardware.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has its energy split into CPU, GPU and RAM: only logs of tools such as CodeCarbon have that split.</source>
        <translation>Keiner der %1 Läufe im Filter hat seine Energie in CPU, GPU und RAM aufgeteilt: Nur Protokolle von Werkzeugen wie CodeCarbon haben diese Aufteilung.</translation>
    </message>
    <message>
        <source>The runs with a CPU, GPU and RAM split recorded no energy.</source>
        <translation>Die Läufe mit einer Aufteilung in CPU, GPU und RAM haben keine Energie aufgezeichnet.</translation>
    </message>
    <message>
        <source>Of the energy of the %1 runs with a CPU, GPU and RAM split (%2), the CPU used %3, the GPU %4 and RAM %5.</source>
        <translation>Von der Energie der %1 Läufe mit Aufteilung in CPU, GPU und RAM (%2) verbrauchte die CPU %3, die GPU %4 und der RAM %5.</translation>
    </message>
    <message>
        <source>The largest GPU share: hardware %1 (%2).</source>
        <translation>Der größte GPU-Anteil: Hardware %1 (%2).</translation>
    </message>
    <message>
        <source>The largest GPU share: project %1 (%2).</source>
        <translation>Der größte GPU-Anteil: Projekt %1 (%2).</translation>
    </message>
    <message>
        <source>Runs that name no hardware cannot be selected in the filter.</source>
        <translation>Läufe ohne Angabe der Hardware können im Filter nicht ausgewählt werden.</translation>
    </message>
    <message>
        <source>Runs that name no project cannot be selected in the filter.</source>
        <translation>Läufe ohne Projektangabe können im Filter nicht ausgewählt werden.</translation>
    </message>
    <message>
        <source>No run in the filter has BUTTER-E&apos;s overhead split, so this shows how the energy of the runs from other tools divides between CPU, GPU and RAM.</source>
        <translation>Kein Lauf im Filter hat die Overhead-Aufteilung von BUTTER-E; daher zeigt die Ansicht, wie sich die Energie der Läufe anderer Werkzeuge auf CPU, GPU und RAM verteilt.</translation>
    </message>
    <message>
        <source>BUTTER-E runs have no such split: %1 of them are not in this chart.</source>
        <translation>BUTTER-E-Läufe haben keine solche Aufteilung: %1 davon sind nicht in diesem Diagramm.</translation>
    </message>
    <message>
        <source>Runs without all three parts are left out of the shares: %1.</source>
        <translation>Läufe ohne alle drei Teile fehlen in den Anteilen: %1.</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <source>Overhead and training</source>
        <translation>Overhead und Training</translation>
    </message>
    <message>
        <source>CPU, GPU and RAM</source>
        <translation>CPU, GPU und RAM</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Split BUTTER-E&apos;s energy into fixed overhead and training, or the energy of runs from other tools (CodeCarbon) into CPU, GPU and RAM</source>
        <translation>Die Energie von BUTTER-E in festen Overhead und Training aufteilen, oder die Energie der Läufe anderer Werkzeuge (CodeCarbon) in CPU, GPU und RAM</translation>
    </message>
</context>
<context>
    <name>wattprint::PageRenderer</name>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E): made up, not measured</source>
        <translation>Demodaten (synthetisch, nach dem Vorbild von BUTTER-E): erfunden, nicht gemessen</translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: use a .png, .svg or .pdf file name.</source>
        <translation>Export nach „%1“ nicht möglich: einen Dateinamen mit .png, .svg oder .pdf verwenden.</translation>
    </message>
    <message>
        <source>A resolution of %1 DPI is out of range (24 to 2400).</source>
        <translation>Eine Auflösung von %1 DPI liegt außerhalb des gültigen Bereichs (24 bis 2400).</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the PNG encoder failed</source>
        <translation>„%1“ kann nicht geschrieben werden: der PNG-Encoder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the SVG generator failed</source>
        <translation>„%1“ kann nicht geschrieben werden: der SVG-Generator ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the PDF writer failed</source>
        <translation>„%1“ kann nicht geschrieben werden: der PDF-Writer ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>%1 [synthetic demo, not measured data]</source>
        <translation>%1 [synthetische Demo, keine Messdaten]</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>alle Läufe</translation>
    </message>
    <message>
        <source>Data: %1 | Filter: %2 | %3 | Wattprint %4</source>
        <translation>Daten: %1 | Filter: %2 | %3 | Wattprint %4</translation>
    </message>
    <message>
        <source>%1 [synthetic demo beside measured runs]</source>
        <translation>%1 [synthetische Demo neben gemessenen Läufen]</translation>
    </message>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E) beside imported runs: the demo&apos;s runs are made up, not measured</source>
        <translation>Demodaten (synthetisch, nach dem Vorbild von BUTTER-E) neben importierten Läufen: Die Läufe der Demo sind erfunden, nicht gemessen</translation>
    </message>
</context>
<context>
    <name>wattprint::ParallelCoordinates</name>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>Non-overhead energy</source>
        <translation>Energie ohne Overhead</translation>
    </message>
    <message>
        <source>Overhead energy</source>
        <translation>Overhead-Energie</translation>
    </message>
    <message>
        <source>Energy per epoch</source>
        <translation>Energie pro Epoche</translation>
    </message>
    <message>
        <source>Energy/datum</source>
        <translation>Energie/Datenpunkt</translation>
    </message>
    <message>
        <source>Non-overhead</source>
        <translation>Ohne Overhead</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Energy/epoch</source>
        <translation>Energie/Epoche</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warte auf Daten…</translation>
    </message>
    <message>
        <source>Add at least two axes.</source>
        <translation>Mindestens zwei Achsen hinzufügen.</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>Drawing %1 lines…</source>
        <translation>%1 Linien werden gezeichnet…</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>gespiegelt</translation>
    </message>
    <message>
        <source>%1 runs, one line each. Drag along an axis to brush a range; drag a title to move the axis.</source>
        <translation>%1 Läufe, je eine Linie. Entlang einer Achse ziehen, um einen Bereich auszuwählen; einen Titel ziehen, um die Achse zu verschieben.</translation>
    </message>
    <message>
        <source>Lines through each pixel</source>
        <translation>Linien durch jedes Pixel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not brushed</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>brush</source>
        <translation>Pinsel-Auswahl</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Flip axis</source>
        <translation>Achse spiegeln</translation>
    </message>
    <message>
        <source>Clear brush</source>
        <translation>Pinsel-Auswahl löschen</translation>
    </message>
    <message>
        <source>Remove axis</source>
        <translation>Achse entfernen</translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation>Achse hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 runs inside</source>
        <translation>
            <numerusform>%Ln von %1 Läufen liegt innerhalb</numerusform>
            <numerusform>%Ln von %1 Läufen liegen innerhalb</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, in colour; the rest in grey. Esc or a click beside the axes clears the brushes.</source>
        <translation>%1, farbig; die übrigen in Grau. Esc oder ein Klick neben die Achsen löscht die Pinsel-Auswahlen.</translation>
    </message>
</context>
<context>
    <name>wattprint::ParallelView</name>
    <message>
        <source>Where does runtime grow while power stays flat?</source>
        <translation>Wo wächst die Laufzeit, während die Leistung gleich bleibt?</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>%1 runs of shape %2</source>
        <translation>%1 Läufe der Form %2</translation>
    </message>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 Läufe auf %2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>No group of the %1 runs in force spans three or more network sizes, so run time cannot be followed as networks grow.</source>
        <translation>Keine Gruppe der %1 Läufe im Filter umfasst drei oder mehr Netzgrößen, daher lässt sich die Laufzeit bei wachsenden Netzen nicht verfolgen.</translation>
    </message>
    <message>
        <source>median power stays at about %1</source>
        <translation>die Median-Leistung bleibt bei etwa %1</translation>
    </message>
    <message>
        <source>median power stays between %1 and %2</source>
        <translation>die Median-Leistung bleibt zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Run time grows while power stays flat in %1: from %2 to %3 parameters their median run time grows %4 (%5 to %6) while %7.</source>
        <translation>Die Laufzeit wächst bei gleichbleibender Leistung in %1: von %2 auf %3 Parameter wächst ihre Median-Laufzeit um %4 (%5 auf %6), während %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n other group(s) show the same pattern.</source>
        <translation>
            <numerusform>%n weitere Gruppe zeigt dasselbe Muster.</numerusform>
            <numerusform>%n weitere Gruppen zeigen dasselbe Muster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run time hardly grows with network size in the runs in force: at most %1, in %2 (%3 to %4 parameters).</source>
        <translation>Die Laufzeit wächst in den Läufen im Filter kaum mit der Netzgröße: höchstens %1, in %2 (%3 bis %4 Parameter).</translation>
    </message>
    <message>
        <source>Power does not stay flat where run time grows: in %1, median run time grows %2 from %3 to %4 parameters, and median power changes %5 (between %6 and %7).</source>
        <translation>Die Leistung bleibt nicht gleich, wo die Laufzeit wächst: in %1 wächst die Median-Laufzeit um %2 von %3 auf %4 Parameter, und die Median-Leistung ändert sich um %5 (zwischen %6 und %7).</translation>
    </message>
    <message>
        <source>Brush %1 %2 – %3</source>
        <translation>Pinsel-Auswahl %1 %2 – %3</translation>
    </message>
    <message>
        <source>The filter has no range on %1: this brush only highlights runs here.</source>
        <translation>Der Filter hat keinen Bereich für %1: diese Pinsel-Auswahl hebt Läufe nur hier hervor.</translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation>Die Analyse lieferte kein Ergebnis.</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Default axes</source>
        <translation>Standardachsen</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Colour lines by</source>
        <translation>Linien färben nach</translation>
    </message>
    <message>
        <source>Colour the lines by their density, device, shape, dataset or a measured column</source>
        <translation>Die Linien nach ihrer Dichte, Gerät, Form, Datensatz oder einer Messspalte färben</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <source>Choose axes</source>
        <translation>Achsen wählen</translation>
    </message>
    <message>
        <source>Add or remove axes</source>
        <translation>Achsen hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Parallel coordinates of the runs in force</source>
        <translation>Parallele Koordinaten der Läufe im Filter</translation>
    </message>
    <message>
        <source>Filter to these</source>
        <translation>Darauf filtern</translation>
    </message>
    <message>
        <source>Narrow the filter to the runs inside the brushes (one undo step)</source>
        <translation>Den Filter auf die Läufe in den Pinsel-Auswahlen einschränken (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Clear brushes</source>
        <translation>Pinsel-Auswahlen löschen</translation>
    </message>
    <message>
        <source>Take every brush away (Esc)</source>
        <translation>Alle Pinsel-Auswahlen entfernen (Esc)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every run is one line that crosses each vertical axis at its value: network size (parameters), depth (layers), energy, run time, power and energy per training datum. Log axes are marked &lt;i&gt;log&lt;/i&gt;. Where many lines run together the colour gets darker: the shade counts the lines through each pixel (&lt;i&gt;Colour: Density&lt;/i&gt;), or, when colouring by device, shape, dataset or a measured column, the colour is the lines&apos; mix and the opacity their number.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run time growing while power stays flat&lt;/b&gt; shows as lines that rise from the size axis to a high run time and then meet the power axis in one narrow band: the extra energy of larger networks there is time, not power.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Brush&lt;/b&gt;: drag along an axis to mark a range; brushes on several axes combine (a run must be inside all of them). Drag a brush to move it, or a handle at its end to resize it. A click on the axis beside the brush or a double-click clears that brush; Esc, a click beside the axes or &lt;i&gt;Clear brushes&lt;/i&gt; clears them all. The axes keep their range: the runs inside every brush are drawn in colour over the others in grey, and the line under the chart counts them (&lt;i&gt;N of M runs inside&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;A brush highlights runs in this view only. &lt;i&gt;Filter to these&lt;/i&gt; puts the brushes into the filter of every view in one step (Undo takes it back); the view then draws only those runs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Axes&lt;/b&gt;: drag an axis title sideways to move the axis; right-click it to switch between a log and a linear scale, flip it or remove it. &lt;i&gt;Axes&lt;/i&gt; in the toolbar adds other columns (non-overhead energy, overhead energy, energy per epoch). &lt;i&gt;Reset&lt;/i&gt; brings back the six default axes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Lauf ist eine Linie, die jede senkrechte Achse bei ihrem Wert kreuzt: Netzgröße (Parameter), Tiefe (Schichten), Energie, Laufzeit, Leistung und Energie pro Trainingsdatenpunkt. Logarithmische Achsen sind mit &lt;i&gt;log&lt;/i&gt; markiert. Wo viele Linien zusammenlaufen, wird die Farbe dunkler: die Schattierung zählt die Linien durch jedes Pixel (&lt;i&gt;Farbe: Dichte&lt;/i&gt;), oder, beim Färben nach Gerät, Form, Datensatz oder einer Messspalte, ist die Farbe die Mischung der Linien und die Deckkraft ihre Anzahl.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Laufzeit wächst, während die Leistung gleich bleibt&lt;/b&gt; zeigt sich als Linien, die von der Größenachse zu einer hohen Laufzeit steigen und dann die Leistungsachse in einem schmalen Band treffen: die zusätzliche Energie größerer Netze ist dort Zeit, nicht Leistung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pinsel-Auswahl (Brush)&lt;/b&gt;: entlang einer Achse ziehen, um einen Bereich zu markieren; Pinsel-Auswahlen auf mehreren Achsen werden kombiniert (ein Lauf muss in allen liegen). Eine Pinsel-Auswahl ziehen, um sie zu verschieben, oder einen Griff an ihrem Ende, um ihre Größe zu ändern. Ein Klick auf die Achse neben der Pinsel-Auswahl oder ein Doppelklick löscht sie; Esc, ein Klick neben die Achsen oder &lt;i&gt;Pinsel-Auswahlen löschen&lt;/i&gt; löscht alle. Die Achsen behalten ihren Bereich: die Läufe in jeder Pinsel-Auswahl werden farbig über den übrigen in Grau gezeichnet, und die Zeile unter dem Diagramm zählt sie (&lt;i&gt;N von M Läufen liegen innerhalb&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Eine Pinsel-Auswahl hebt Läufe nur in dieser Ansicht hervor. &lt;i&gt;Darauf filtern&lt;/i&gt; übernimmt die Pinsel-Auswahlen in einem Schritt in den Filter jeder Ansicht (Rückgängig nimmt ihn zurück); die Ansicht zeichnet dann nur diese Läufe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Achsen&lt;/b&gt;: einen Achsentitel seitwärts ziehen, um die Achse zu verschieben; Rechtsklick darauf, um zwischen logarithmischer und linearer Skala zu wechseln, sie zu spiegeln oder zu entfernen. &lt;i&gt;Achsen&lt;/i&gt; in der Werkzeugleiste fügt weitere Spalten hinzu (Energie ohne Overhead, Overhead-Energie, Energie pro Epoche). &lt;i&gt;Zurücksetzen&lt;/i&gt; stellt die sechs Standardachsen wieder her.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No run lies inside the brushes: the filter stays as it is.</source>
        <translation>Kein Lauf liegt in den Pinsel-Auswahlen: der Filter bleibt, wie er ist.</translation>
    </message>
</context>
<context>
    <name>wattprint::ParetoView</name>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive run time and energy to place on the log axes.</source>
        <translation>
            <numerusform>Der %n Lauf im Filter hat keine positive Laufzeit und Energie für die logarithmischen Achsen.</numerusform>
            <numerusform>Keiner der %n Läufe im Filter hat eine positive Laufzeit und Energie für die logarithmischen Achsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One run of %1 is on the frontier, both the fastest and the most frugal: a run of %2.</source>
        <translation>Ein Lauf von %1 liegt auf der Front, zugleich der schnellste und der sparsamste: ein Lauf von %2.</translation>
    </message>
    <message>
        <source>One setup of %1 is on the frontier, both the fastest and the most frugal: %2.</source>
        <translation>Ein Setup von %1 liegt auf der Front, zugleich das schnellste und das sparsamste: %2.</translation>
    </message>
    <message>
        <source>all run on CPU</source>
        <translation>alle laufen auf CPU</translation>
    </message>
    <message>
        <source>all run on GPU</source>
        <translation>alle laufen auf GPU</translation>
    </message>
    <message>
        <source>%1 run on CPU and %2 on GPU</source>
        <translation>%1 laufen auf CPU und %2 auf GPU</translation>
    </message>
    <message>
        <source>all are %1</source>
        <translation>alle sind %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in %2 other shapes</source>
        <translation>%1 in %2 anderen Formen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>by shape %1</source>
        <translation>nach Form %1</translation>
    </message>
    <message>
        <source>Of the %1 runs on the frontiers of their %2 datasets (out of %3), %4; %5.</source>
        <translation>Von den %1 Läufen auf den Fronten ihrer %2 Datensätze (von %3): %4; %5.</translation>
    </message>
    <message>
        <source>Of the %1 setups on the frontiers of their %2 datasets (out of %3), %4; %5.</source>
        <translation>Von den %1 Setups auf den Fronten ihrer %2 Datensätze (von %3): %4; %5.</translation>
    </message>
    <message>
        <source>Of the %1 runs on the frontier (out of %2), %3; %4.</source>
        <translation>Von den %1 Läufen auf der Front (von %2): %3; %4.</translation>
    </message>
    <message>
        <source>Of the %1 setups on the frontier (out of %2), %3; %4.</source>
        <translation>Von den %1 Setups auf der Front (von %2): %3; %4.</translation>
    </message>
    <message>
        <source>Run %1 of %2
Run time %3, energy %4</source>
        <translation>Lauf %1 von %2
Laufzeit %3, Energie %4</translation>
    </message>
    <message numerus="yes">
        <source>%1
Median run time %2, median energy %3 (%n run(s))</source>
        <translation>
            <numerusform>%1
Median-Laufzeit %2, Median-Energie %3 (%n Lauf)</numerusform>
            <numerusform>%1
Median-Laufzeit %2, Median-Energie %3 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the Pareto frontier</source>
        <translation>Auf der Pareto-Front</translation>
    </message>
    <message>
        <source>other shapes</source>
        <translation>andere Formen</translation>
    </message>
    <message>
        <source>Area: parameters</source>
        <translation>Fläche: Parameter</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Frontier run</source>
        <translation>Lauf auf der Front</translation>
    </message>
    <message>
        <source>Frontier setup</source>
        <translation>Setup auf der Front</translation>
    </message>
    <message>
        <source>Run time of each run (log scale)</source>
        <translation>Laufzeit jedes Laufs (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Median run time of the setup&apos;s runs (log scale)</source>
        <translation>Median-Laufzeit der Läufe des Setups (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Energy per run (log scale)</source>
        <translation>Energie pro Lauf (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Median energy per run (log scale)</source>
        <translation>Median-Energie pro Lauf (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Pareto-optimal setups: none</source>
        <translation>Pareto-optimale Setups: keine</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1) by dataset, fastest first</source>
        <translation>Pareto-optimale Läufe (%1) nach Datensatz, schnellste zuerst</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1), fastest first</source>
        <translation>Pareto-optimale Läufe (%1), schnellste zuerst</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1) by dataset, fastest first</source>
        <translation>Pareto-optimale Setups (%1) nach Datensatz, schnellste zuerst</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1), fastest first</source>
        <translation>Pareto-optimale Setups (%1), schnellste zuerst</translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) by run time and energy</source>
        <translation>
            <numerusform>%n Lauf nach Laufzeit und Energie auswählen</numerusform>
            <numerusform>%n Läufe nach Laufzeit und Energie auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>One per setup (median)</source>
        <translation>Einer pro Setup (Median)</translation>
    </message>
    <message>
        <source>One per run</source>
        <translation>Einer pro Lauf</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>One bubble per configuration at its medians, or one dot per run</source>
        <translation>Eine Blase pro Konfiguration bei ihren Medianen oder ein Punkt pro Lauf</translation>
    </message>
    <message>
        <source>Frontier:</source>
        <translation>Front:</translation>
    </message>
    <message>
        <source>Over all setups</source>
        <translation>Über alle Setups</translation>
    </message>
    <message>
        <source>Within each dataset</source>
        <translation>Innerhalb jedes Datensatzes</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>One frontier over every setup, or one per dataset (setups of different datasets do different work)</source>
        <translation>Eine Front über alle Setups oder eine pro Datensatz (Setups verschiedener Datensätze leisten unterschiedliche Arbeit)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <source>Colour the points by network shape or by device</source>
        <translation>Die Punkte nach Netzform oder Gerät färben</translation>
    </message>
    <message>
        <source>Pareto-optimal setups</source>
        <translation>Pareto-optimale Setups</translation>
    </message>
    <message>
        <source>Click a setup to select it in every view</source>
        <translation>Ein Setup anklicken, um es in jeder Ansicht auszuwählen</translation>
    </message>
    <message>
        <source>Run time against energy with the Pareto frontier</source>
        <translation>Laufzeit gegen Energie mit der Pareto-Front</translation>
    </message>
    <message>
        <source>Energy = power × run time: the two rise together,
so this frontier says little about a trade-off.</source>
        <translation>Energie = Leistung × Laufzeit: beide steigen gemeinsam,
diese Front sagt daher wenig über einen Zielkonflikt.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive energy per datum to place on the log axes.</source>
        <translation>
            <numerusform>Der %n Lauf im Filter hat keine positive Energie pro Datenpunkt für die logarithmischen Achsen.</numerusform>
            <numerusform>Keiner der %n Läufe im Filter hat eine positive Energie pro Datenpunkt für die logarithmischen Achsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive energy to place on the log axes.</source>
        <translation>
            <numerusform>Der %n Lauf im Filter hat keine positive Energie für die logarithmischen Achsen.</numerusform>
            <numerusform>Keiner der %n Läufe im Filter hat eine positive Energie für die logarithmischen Achsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>all on CPU</source>
        <translation>alle auf CPU</translation>
    </message>
    <message>
        <source>all on GPU</source>
        <translation>alle auf GPU</translation>
    </message>
    <message>
        <source>%1 on CPU and %2 on GPU</source>
        <translation>%1 auf CPU und %2 auf GPU</translation>
    </message>
    <message>
        <source>Within each of the %1 datasets and each device, %2 of %3 runs are on a frontier (%4): the list names the cheapest way to each size in each dataset.</source>
        <translation>Innerhalb jedes der %1 Datensätze und jedes Geräts liegen %2 von %3 Läufen auf einer Front (%4): die Liste nennt den günstigsten Weg zu jeder Größe in jedem Datensatz.</translation>
    </message>
    <message>
        <source>Within each of the %1 datasets and each device, %2 of %3 setups are on a frontier (%4): the list names the cheapest way to each size in each dataset.</source>
        <translation>Innerhalb jedes der %1 Datensätze und jedes Geräts liegen %2 von %3 Setups auf einer Front (%4): die Liste nennt den günstigsten Weg zu jeder Größe in jedem Datensatz.</translation>
    </message>
    <message>
        <source>%1, %2, depth %3</source>
        <translation>%1, %2, Tiefe %3</translation>
    </message>
    <message>
        <source>%1 parameters at %2</source>
        <translation>%1 Parameter bei %2</translation>
    </message>
    <message>
        <source>%1: 1 of %2 runs is on the frontier, the largest network for the least energy: %3 (a run of %4).</source>
        <translation>%1: 1 von %2 Läufen liegt auf der Front, das größte Netz für die wenigste Energie: %3 (ein Lauf von %4).</translation>
    </message>
    <message>
        <source>%1: 1 of %2 setups is on the frontier, the largest network for the least energy: %3 (%4).</source>
        <translation>%1: 1 von %2 Setups liegt auf der Front, das größte Netz für die wenigste Energie: %3 (%4).</translation>
    </message>
    <message>
        <source>Run %1 of %2
Energy per training datum %3</source>
        <translation>Lauf %1 von %2
Energie pro Trainingsdatenpunkt %3</translation>
    </message>
    <message>
        <source>Run %1 of %2
Energy %3</source>
        <translation>Lauf %1 von %2
Energie %3</translation>
    </message>
    <message numerus="yes">
        <source>%1
Median energy per training datum %2 (%n run(s))</source>
        <translation>
            <numerusform>%1
Median der Energie pro Trainingsdatenpunkt %2 (%n Lauf)</numerusform>
            <numerusform>%1
Median der Energie pro Trainingsdatenpunkt %2 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Median energy per run %2 (%n run(s))</source>
        <translation>
            <numerusform>%1
Median-Energie pro Lauf %2 (%n Lauf)</numerusform>
            <numerusform>%1
Median-Energie pro Lauf %2 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the %1 Pareto frontier</source>
        <translation>Auf der Pareto-Front der %1</translation>
    </message>
    <message>
        <source>GPU frontier</source>
        <translation>GPU-Front</translation>
    </message>
    <message>
        <source>CPU frontier</source>
        <translation>CPU-Front</translation>
    </message>
    <message>
        <source>Capacity: parameters of the network (log scale)</source>
        <translation>Kapazität: Parameter des Netzes (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Energy per training datum of each run (log scale)</source>
        <translation>Energie pro Trainingsdatenpunkt jedes Laufs (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Median energy per training datum (log scale)</source>
        <translation>Median der Energie pro Trainingsdatenpunkt (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1) by dataset and device, smallest first</source>
        <translation>Pareto-optimale Läufe (%1) nach Datensatz und Gerät, kleinste zuerst</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1): CPU, then GPU, smallest first</source>
        <translation>Pareto-optimale Läufe (%1): CPU, dann GPU, kleinste zuerst</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1) by dataset and device, smallest first</source>
        <translation>Pareto-optimale Setups (%1) nach Datensatz und Gerät, kleinste zuerst</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1): CPU, then GPU, smallest first</source>
        <translation>Pareto-optimale Setups (%1): CPU, dann GPU, kleinste zuerst</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) by parameters and energy</source>
        <translation>
            <numerusform>%n Lauf nach Parametern und Energie auswählen</numerusform>
            <numerusform>%n Läufe nach Parametern und Energie auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters against energy with a Pareto frontier per device</source>
        <translation>Parameter gegen Energie mit einer Pareto-Front je Gerät</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>Achsen:</translation>
    </message>
    <message>
        <source>Capacity vs energy per datum</source>
        <translation>Kapazität vs. Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>Capacity vs energy per run</source>
        <translation>Kapazität vs. Energie pro Lauf</translation>
    </message>
    <message>
        <source>Run time vs energy</source>
        <translation>Laufzeit vs. Energie</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <source>Parameters against energy per training datum or per run (a frontier per device), or run time against energy (which rise together: energy = power × run time)</source>
        <translation>Parameter gegen Energie pro Trainingsdatenpunkt oder pro Lauf (eine Front je Gerät), oder Laufzeit gegen Energie (die gemeinsam steigen: Energie = Leistung × Laufzeit)</translation>
    </message>
    <message>
        <source>Which setups give the most capacity for their energy, and which are never worth it?</source>
        <translation>Welche Setups bieten die meiste Kapazität für ihre Energie, und welche lohnen sich nie?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each point is one setup (a configuration: dataset, shape, parameter count, depth and device) at the medians of its runs; both axes are logarithmic. &lt;i&gt;Axes&lt;/i&gt; picks what is plotted:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Capacity vs energy per datum&lt;/b&gt; (the default): the network&apos;s parameter count across, the energy to train on one example once up, so datasets of different sizes compare fairly;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Capacity vs energy per run&lt;/b&gt;: the same against the energy of a whole run;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run time vs energy&lt;/b&gt;: a run&apos;s energy is its power times its run time, so the two rise together and a frontier over them says little about a trade-off. There a bubble&apos;s &lt;b&gt;area&lt;/b&gt; shows the parameter count.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;On the capacity axes each device has its own &lt;b&gt;step line&lt;/b&gt;, its Pareto frontier (&lt;span style=&apos;color:#00517f&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#aa4b00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;): the ringed setups on it are the ones no other setup of that device beats by giving at least as many parameters for at most as much energy. Everything above and to the left of a line is &lt;b&gt;never worth it&lt;/b&gt;: a frontier setup of that device is at least as large and uses no more energy. Follow a line from its lower end to its upper end for the cheapest way to each size; its top end is the largest network at its least energy. On the run time axes one black line bounds the setups no other beats on both run time and energy. The list beside the chart names the frontier setups; click one to select it in every view.&lt;/p&gt;&lt;p&gt;Most setups have one to three runs, so a frontier point may be a lucky run: hover it for its run count, or switch &lt;i&gt;Points&lt;/i&gt; to &lt;i&gt;One per run&lt;/i&gt; to see every run as a dot.&lt;/p&gt;&lt;p&gt;Setups of different datasets do different work: set &lt;i&gt;Frontier&lt;/i&gt; to &lt;i&gt;Within each dataset&lt;/i&gt; to draw one step line per dataset (and device), or select one dataset in the filter.&lt;/p&gt;&lt;p&gt;Colours show the device or the network shape (&lt;i&gt;Colour by&lt;/i&gt;). The runs carry no optimizer column (BUTTER-E trained every network with Adam), so there is no optimizer colouring. Hover a point for its values; drag a rectangle to select the setups (or runs) inside it; scroll to zoom.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Punkt ist ein Setup (eine Konfiguration: Datensatz, Form, Parameterzahl, Tiefe und Gerät) bei den Medianen seiner Läufe; beide Achsen sind logarithmisch. &lt;i&gt;Achsen&lt;/i&gt; wählt, was gezeigt wird:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Kapazität vs. Energie pro Datenpunkt&lt;/b&gt; (Standard): die Parameterzahl des Netzes nach rechts, die Energie, um einmal mit einem Beispiel zu trainieren, nach oben; so lassen sich Datensätze verschiedener Größe fair vergleichen;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kapazität vs. Energie pro Lauf&lt;/b&gt;: dasselbe gegen die Energie eines ganzen Laufs;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Laufzeit vs. Energie&lt;/b&gt;: die Energie eines Laufs ist seine Leistung mal seine Laufzeit, beide steigen also gemeinsam, und eine Front darüber sagt wenig über einen Zielkonflikt. Dort zeigt die &lt;b&gt;Fläche&lt;/b&gt; einer Blase die Parameterzahl.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Auf den Kapazitätsachsen hat jedes Gerät seine eigene &lt;b&gt;Stufenlinie&lt;/b&gt;, seine Pareto-Front (&lt;span style=&apos;color:#00517f&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#aa4b00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;): die umringten Setups darauf sind die, die kein anderes Setup desselben Geräts schlägt, indem es mindestens so viele Parameter für höchstens so viel Energie bietet. Alles oberhalb und links einer Linie &lt;b&gt;lohnt sich nie&lt;/b&gt;: ein Setup der Front desselben Geräts ist mindestens so groß und braucht nicht mehr Energie. Folgen Sie einer Linie von ihrem unteren zu ihrem oberen Ende, um den günstigsten Weg zu jeder Größe zu sehen; ihr oberes Ende ist das größte Netz bei seiner geringsten Energie. Auf den Laufzeitachsen begrenzt eine schwarze Linie die Setups, die kein anderes bei Laufzeit und Energie zugleich schlägt. Die Liste neben dem Diagramm nennt die Setups der Front; ein Klick wählt eines in allen Ansichten aus.&lt;/p&gt;&lt;p&gt;Die meisten Setups haben ein bis drei Läufe, ein Punkt der Front kann also ein glücklicher Lauf sein: zeigen Sie mit der Maus darauf, um seine Zahl der Läufe zu sehen, oder stellen Sie &lt;i&gt;Punkte&lt;/i&gt; auf &lt;i&gt;Einer pro Lauf&lt;/i&gt;, um jeden Lauf als Punkt zu sehen.&lt;/p&gt;&lt;p&gt;Setups verschiedener Datensätze leisten verschiedene Arbeit: stellen Sie &lt;i&gt;Front&lt;/i&gt; auf &lt;i&gt;Innerhalb jedes Datensatzes&lt;/i&gt;, um eine Stufenlinie je Datensatz (und Gerät) zu zeichnen, oder wählen Sie einen Datensatz im Filter.&lt;/p&gt;&lt;p&gt;Die Farben zeigen das Gerät oder die Netzform (&lt;i&gt;Färben nach&lt;/i&gt;). Die Läufe haben keine Optimierer-Spalte (BUTTER-E hat jedes Netz mit Adam trainiert), daher gibt es keine Färbung nach Optimierer. Zeigen Sie auf einen Punkt für seine Werte; ziehen Sie ein Rechteck, um die Setups (oder Läufe) darin auszuwählen; scrollen Sie zum Zoomen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs are on the frontier, from the cheapest, %4, up to the most capacity, %5 (a run of %6).</source>
        <translation>%1: %2 von %3 Läufen liegen auf der Front, vom günstigsten, %4, bis zur größten Kapazität, %5 (ein Lauf von %6).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 setups are on the frontier, from the cheapest, %4, up to the most capacity, %5 (%6).</source>
        <translation>%1: %2 von %3 Setups liegen auf der Front, vom günstigsten, %4, bis zur größten Kapazität, %5 (%6).</translation>
    </message>
    <message>
        <source>%1/datum</source>
        <translation>%1/Datenpunkt</translation>
    </message>
    <message>
        <source>%1/run</source>
        <translation>%1/Lauf</translation>
    </message>
    <message>
        <source>the chart and its frontiers</source>
        <translation>Diagramm und Fronten</translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation>Energie pro Lauf</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Energie pro Datenpunkt</translation>
    </message>
</context>
<context>
    <name>wattprint::PartsBarChart</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Share of the energy of the runs with all three parts (%)</source>
        <translation>Anteil an der Energie der Läufe mit allen drei Teilen (%)</translation>
    </message>
    <message>
        <source>CPU %1 · GPU %2 · RAM %3 of %4</source>
        <translation>CPU %1 · GPU %2 · RAM %3 von %4</translation>
    </message>
    <message>
        <source>%1 of %2 runs have the parts</source>
        <translation>%1 von %2 Läufen haben die Teile</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(keine Angabe)</translation>
    </message>
</context>
<context>
    <name>wattprint::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Carbon and cost</source>
        <translation>CO2 und Kosten</translation>
    </message>
    <message>
        <source>Grid &amp;region:</source>
        <translation>Stromnetz-&amp;Region:</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Stromnetz-Region</translation>
    </message>
    <message>
        <source>The carbon intensity of the electricity grid the runs are charged to.</source>
        <translation>Die CO2-Intensität des Stromnetzes, dem die Läufe zugerechnet werden.</translation>
    </message>
    <message>
        <source>Own &amp;intensity:</source>
        <translation>Eigene &amp;Intensität:</translation>
    </message>
    <message>
        <source>Use my own carbon intensity</source>
        <translation>Eigene CO2-Intensität verwenden</translation>
    </message>
    <message>
        <source>Use your own figure instead of the region&apos;s.</source>
        <translation>Einen eigenen Wert statt des Werts der Region verwenden.</translation>
    </message>
    <message>
        <source> gCO2e/kWh</source>
        <translation> gCO2e/kWh</translation>
    </message>
    <message>
        <source>Own carbon intensity in grams CO2e per kilowatt-hour</source>
        <translation>Eigene CO2-Intensität in Gramm CO2e pro Kilowattstunde</translation>
    </message>
    <message>
        <source>Own &amp;PUE:</source>
        <translation>Eigene &amp;PUE:</translation>
    </message>
    <message>
        <source>Use my own power usage effectiveness</source>
        <translation>Eigene Power Usage Effectiveness verwenden</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy divided by IT energy (1.0 = no overhead).</source>
        <translation>Power Usage Effectiveness: Energie der Anlage geteilt durch IT-Energie (1,0 = kein Overhead).</translation>
    </message>
    <message>
        <source>Power usage effectiveness</source>
        <translation>Power Usage Effectiveness</translation>
    </message>
    <message>
        <source>Electricity price per kilowatt-hour</source>
        <translation>Strompreis pro Kilowattstunde</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency label</source>
        <translation>Währungsbezeichnung</translation>
    </message>
    <message>
        <source>A label only: no exchange rates are applied.</source>
        <translation>Nur eine Bezeichnung: es werden keine Wechselkurse angewendet.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>&amp;Energy unit:</source>
        <translation>&amp;Energieeinheit:</translation>
    </message>
    <message>
        <source>Energy unit</source>
        <translation>Energieeinheit</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Default PNG &amp;resolution:</source>
        <translation>Standard-PNG-A&amp;uflösung:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Default export resolution in dots per inch</source>
        <translation>Standard-Exportauflösung in Punkten pro Zoll</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>%1 — %2 %3 (%4)</source>
        <extracomment>Region combo item: name, intensity, unit, year the figure describes</extracomment>
        <translation>%1 — %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Joules (J)</source>
        <translation>Joule (J)</translation>
    </message>
    <message>
        <source>Kilojoules (kJ)</source>
        <translation>Kilojoule (kJ)</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>Kilowattstunden (kWh)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> %1 per kWh</source>
        <extracomment>%1 is the currency label, e.g. USD</extracomment>
        <translation> %1 pro kWh</translation>
    </message>
    <message>
        <source>Your own intensity is used instead of a region.</source>
        <translation>Die eigene Intensität wird statt einer Region verwendet.</translation>
    </message>
    <message>
        <source>Without an own PUE: 1.00 (no data-centre overhead).</source>
        <translation>Ohne eigene PUE: 1,00 (kein Rechenzentrums-Overhead).</translation>
    </message>
    <message>
        <source>Source: %1 (%2).</source>
        <extracomment>%1 source of the intensity, %2 year the figure describes</extracomment>
        <translation>Quelle: %1 (%2).</translation>
    </message>
    <message>
        <source>Without an own PUE: %1 (%2).</source>
        <extracomment>%1 the preset&apos;s PUE, %2 where it comes from</extracomment>
        <translation>Ohne eigene PUE: %1 (%2).</translation>
    </message>
    <message>
        <source>grid region</source>
        <translation>Stromnetz-Region</translation>
    </message>
    <message>
        <source>own intensity</source>
        <translation>eigene Intensität</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <source>currency (1 to %1 characters)</source>
        <translation>Währung (1 bis %1 Zeichen)</translation>
    </message>
    <message>
        <source>energy unit</source>
        <translation>Energieeinheit</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>export resolution</source>
        <translation>Exportauflösung</translation>
    </message>
    <message>
        <source>These values were not accepted: %1.</source>
        <translation>Diese Werte wurden nicht akzeptiert: %1.</translation>
    </message>
    <message>
        <source>Automatic (prefix chosen by size)</source>
        <translation>Automatisch (Präfix nach Größe)</translation>
    </message>
    <message>
        <source>Megajoules (MJ)</source>
        <translation>Megajoule (MJ)</translation>
    </message>
    <message>
        <source>Own electricity &amp;price:</source>
        <translation>Eigener &amp;Strompreis:</translation>
    </message>
    <message>
        <source>Use my own electricity price</source>
        <translation>Meinen eigenen Strompreis verwenden</translation>
    </message>
    <message>
        <source>Without an own price: %1 %2 per kWh (%3). The currency label applies to your own price.</source>
        <extracomment>%1 default price, %2 its currency, %3 its source</extracomment>
        <translation>Ohne eigenen Preis: %1 %2 pro kWh (%3). Die Währungsbezeichnung gilt für Ihren eigenen Preis.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Region combo item of a country: its English name and ISO code, e.g. France (FRA)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Rank configurations with at &amp;least:</source>
        <translation>Konfigurationen ranken ab &amp;mindestens:</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Läufen</translation>
    </message>
    <message>
        <source>Fewest runs to rank a configuration</source>
        <translation>Mindestzahl an Läufen für einen Rang</translation>
    </message>
    <message>
        <source>The leaderboard ranks only configurations with at least this many runs: the median of one run ranks its luck as much as its design. A leaderboard set to its own value keeps it.</source>
        <translation>Die Rangliste rankt nur Konfigurationen mit mindestens so vielen Läufen: der Median eines einzigen Laufs bewertet sein Glück ebenso wie seinen Entwurf. Eine Rangliste mit eigenem Wert behält ihn.</translation>
    </message>
    <message>
        <source>fewest runs to rank</source>
        <translation>Mindestzahl an Läufen für einen Rang</translation>
    </message>
    <message>
        <source>&amp;Include runs that fail a quality check</source>
        <translation>Läufe mit nicht bestandener Qualitätsprüfung &amp;einbeziehen</translation>
    </message>
    <message>
        <source>Include runs that fail a quality check</source>
        <translation>Läufe mit nicht bestandener Qualitätsprüfung einbeziehen</translation>
    </message>
    <message>
        <source>By default, runs that fail a quality check (see the runs table&apos;s Quality column) are shown but left out of rankings, fitted models, Pareto frontiers and the baselines anomalies are measured against.</source>
        <translation>Standardmäßig werden Läufe, die eine Qualitätsprüfung nicht bestehen (siehe Spalte „Qualität“ der Lauftabelle), angezeigt, aber bei Ranglisten, angepassten Modellen, Pareto-Fronten und den Basen, an denen Anomalien gemessen werden, ausgelassen.</translation>
    </message>
</context>
<context>
    <name>wattprint::RadarChart</name>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>all about %1</source>
        <translation>alle etwa %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation>%1: %2 (Wert %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n Lauf</numerusform>
            <numerusform>%1: %n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variability from %n configuration(s) with repeated runs</source>
        <translation>
            <numerusform>Variabilität aus %n Konfiguration mit wiederholten Läufen</numerusform>
            <numerusform>Variabilität aus %n Konfigurationen mit wiederholten Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to %1 it</source>
        <translation>Klicken zum %1</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>show</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Click to select it</source>
        <translation>Klicken, um es auszuwählen</translation>
    </message>
    <message>
        <source>1× = %1, all within %2</source>
        <translation>1× = %1, alle innerhalb von %2</translation>
    </message>
    <message>
        <source>1× = %1</source>
        <translation>1× = %1</translation>
    </message>
    <message>
        <source>%1 to %2, within %3</source>
        <translation>%1 bis %2, innerhalb von %3</translation>
    </message>
    <message>
        <source>Each value as a multiple of the median of the %1 %2, on a log scale: the middle ring (1×) is the median, the rim %3 and the centre %4 the median. Every axis is a cost: a smaller polygon is cheaper.</source>
        <translation>Jeder Wert als Vielfaches des Medians der %1 %2, auf logarithmischer Skala: der mittlere Ring (1×) ist der Median, der Rand %3 und die Mitte %4 des Medians. Jede Achse ist ein Kostenfaktor: ein kleineres Polygon ist günstiger.</translation>
    </message>
    <message>
        <source>Stretched: min-max scores over the %1 %2: centre = the lowest value, rim = the highest, however close they are. Every axis is a cost: a smaller polygon is cheaper.</source>
        <translation>Gestreckt: Min-Max-Werte über die %1 %2: Mitte = der niedrigste Wert, Rand = der höchste, wie nah sie auch beieinander liegen. Jede Achse ist ein Kostenfaktor: ein kleineres Polygon ist günstiger.</translation>
    </message>
    <message>
        <source>Stretched: rank scores over the %1 %2: centre = ranked lowest, rim = ranked highest (ties share a rank), however close the values are. Every axis is a cost: a smaller polygon is cheaper.</source>
        <translation>Gestreckt: Rangwerte über die %1 %2: Mitte = niedrigster Rang, Rand = höchster Rang (Gleichstände teilen sich einen Rang), wie nah die Werte auch beieinander liegen. Jede Achse ist ein Kostenfaktor: ein kleineres Polygon ist günstiger.</translation>
    </message>
    <message>
        <source>1× median</source>
        <translation>1× Median</translation>
    </message>
    <message>
        <source>%1: %2, %3 the median</source>
        <translation>%1: %2, %3 des Medians</translation>
    </message>
    <message>
        <source>%1: %2, %3 the median (score %4)</source>
        <translation>%1: %2, %3 des Medians (Wert %4)</translation>
    </message>
</context>
<context>
    <name>wattprint::RadarView</name>
    <message>
        <source>Which architectures are balanced, and which pay for speed with energy?</source>
        <translation>Welche Architekturen sind ausgewogen, und welche erkaufen Geschwindigkeit mit Energie?</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Median-Energie</translation>
    </message>
    <message>
        <source>Median run time</source>
        <translation>Median-Laufzeit</translation>
    </message>
    <message>
        <source>Median power</source>
        <translation>Median-Leistung</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Energie pro Datenpunkt</translation>
    </message>
    <message>
        <source>Variability</source>
        <translation>Variabilität</translation>
    </message>
    <message>
        <source>Overhead share</source>
        <translation>Overhead-Anteil</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>Only one %1 (%2) matches the filter: there is nothing to compare it with.</source>
        <translation>Nur ein Eintrag (%1: %2) entspricht dem Filter: es gibt nichts, womit er verglichen werden kann.</translation>
    </message>
    <message>
        <source>%1 is the most balanced %2 (its six %3 scores differ least, standard deviation %4)</source>
        <translation>%1 ist am ausgewogensten (%2; die sechs %3-Werte unterscheiden sich am wenigsten, Standardabweichung %4)</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>Min-Max</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>%1 pays most for speed with energy (energy score %2 against run-time score %3: median %4 per run in %5)</source>
        <translation>%1 erkauft Geschwindigkeit am stärksten mit Energie (Energiewert %2 gegenüber Laufzeitwert %3: Median %4 pro Lauf in %5)</translation>
    </message>
    <message>
        <source>no %1 scores clearly higher on energy than on run time (by 0.15 or more)</source>
        <translation>kein Eintrag (%1) hat einen deutlich höheren Energie- als Laufzeitwert (um 0,15 oder mehr)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation>Form %1 auswählen</translation>
    </message>
    <message>
        <source>Select dataset %1</source>
        <translation>Datensatz %1 auswählen</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>One polygon per shape or per dataset</source>
        <translation>Ein Polygon pro Form oder pro Datensatz</translation>
    </message>
    <message>
        <source>Scale of the axes</source>
        <translation>Skala der Achsen</translation>
    </message>
    <message>
        <source>Radar of six cost metrics per %1</source>
        <translation>Radar von sechs Kostenmetriken pro %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>All shapes are within %1.</source>
        <translation>Alle Formen liegen innerhalb von %1.</translation>
    </message>
    <message>
        <source>All datasets are within %1.</source>
        <translation>Alle Datensätze liegen innerhalb von %1.</translation>
    </message>
    <message>
        <source>%1 is the most balanced %2 (its costs lie between %3 and %4 the median, the least uneven)</source>
        <translation>%1 ist am ausgewogensten (%2; seine Kosten liegen zwischen %3 und %4 des Medians, am wenigsten ungleich)</translation>
    </message>
    <message>
        <source>%1 pays most for speed with energy (energy %2 the median against run time %3: median %4 per run in %5)</source>
        <translation>%1 erkauft Geschwindigkeit am stärksten mit Energie (Energie %2 des Medians gegenüber Laufzeit %3: Median %4 pro Lauf in %5)</translation>
    </message>
    <message>
        <source>no %1 pays clearly for speed with energy (an energy ratio at least %2 its run-time ratio)</source>
        <translation>kein Eintrag (%1) erkauft Geschwindigkeit deutlich mit Energie (Energieverhältnis mindestens %2 seines Laufzeitverhältnisses)</translation>
    </message>
    <message>
        <source>Ratio to median (log)</source>
        <translation>Verhältnis zum Median (log.)</translation>
    </message>
    <message>
        <source>Stretched: min to max</source>
        <translation>Gestreckt: Min. bis Max.</translation>
    </message>
    <message>
        <source>Stretched: rank order</source>
        <translation>Gestreckt: Rangfolge</translation>
    </message>
    <message>
        <source>How each axis is scaled over the series: as a multiple of the median on a log scale, which keeps small differences small, or stretched from centre to rim by value (min-max) or by order (rank), however close the values are</source>
        <translation>Wie jede Achse über die Reihen skaliert wird: als Vielfaches des Medians auf logarithmischer Skala, die kleine Unterschiede klein hält, oder von der Mitte zum Rand gestreckt nach Wert (Min-Max) oder nach Reihenfolge (Rang), wie nah die Werte auch beieinander liegen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each polygon is a network shape (or a dataset, see &lt;b&gt;Group by&lt;/b&gt;). Its six corners are costs, so a &lt;b&gt;smaller polygon is cheaper&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Median energy&lt;/b&gt; per run (J), &lt;b&gt;median run time&lt;/b&gt; (s) and &lt;b&gt;median power&lt;/b&gt; (W) over its runs;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median energy per datum&lt;/b&gt;: energy per training datum (J), the cost of one example seen once;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Variability&lt;/b&gt; (run to run): for every configuration (dataset, shape, size, depth, device) with at least two runs, the interquartile range of its runs&apos; energy divided by their median; the polygon shows the median of these over its configurations;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Overhead share&lt;/b&gt;: the fixed per-run energy overhead as a share of all its runs&apos; energy.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Scale&lt;/i&gt; sets how each axis is drawn. &lt;b&gt;Ratio to median (log)&lt;/b&gt;, the default, shows each value as a multiple of the median over the series: the dashed middle ring (1&amp;times;) is the median, and the other rings are round multiples on a log scale (0.8&amp;times; and 1.25&amp;times; at the least, wider when some value is further off), so a difference of a few percent stays small. The value under each axis name is what 1&amp;times; stands for there. The two &lt;b&gt;stretched&lt;/b&gt; scales put the lowest value at the centre and the highest at the rim, by value (&lt;b&gt;min to max&lt;/b&gt;) or evenly by order (&lt;b&gt;rank&lt;/b&gt;), however close the values are: they show the order, not the size of the differences. When every series is within 5% on an axis, the caption and the finding say so.&lt;/p&gt;&lt;p&gt;The finding calls &lt;b&gt;balanced&lt;/b&gt; the series whose six scores differ least (smallest standard deviation): no cost stands out. It says a series &lt;b&gt;pays for speed with energy&lt;/b&gt; when it finishes sooner than most but uses more energy, through higher power: on the median scale its energy ratio is at least 1.1 times its run-time ratio, on the stretched scales its energy score is above its run-time score by 0.15 or more (the largest such difference wins).&lt;/p&gt;&lt;p&gt;CPU and GPU runs are pooled: filter a device to compare within one. Tick a legend box to show or hide a series; click a polygon or a legend name to select it everywhere; hover a corner or a legend entry for the raw values and their ratio to the median.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jedes Polygon ist eine Netzform (oder ein Datensatz, siehe &lt;b&gt;Gruppieren nach&lt;/b&gt;). Seine sechs Ecken sind Kosten, ein &lt;b&gt;kleineres Polygon ist also günstiger&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Median-Energie&lt;/b&gt; pro Lauf (J), &lt;b&gt;Median-Laufzeit&lt;/b&gt; (s) und &lt;b&gt;Median-Leistung&lt;/b&gt; (W) über seine Läufe;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median der Energie pro Datenpunkt&lt;/b&gt;: Energie pro Trainingsdatenpunkt (J), die Kosten eines einmal gesehenen Beispiels;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Variabilität&lt;/b&gt; (von Lauf zu Lauf): für jede Konfiguration (Datensatz, Form, Größe, Tiefe, Gerät) mit mindestens zwei Läufen der Interquartilsabstand der Energie ihrer Läufe geteilt durch deren Median; das Polygon zeigt den Median davon über seine Konfigurationen;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Overhead-Anteil&lt;/b&gt;: der feste Energie-Overhead pro Lauf als Anteil an der Energie aller seiner Läufe.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Skala&lt;/i&gt; legt fest, wie jede Achse gezeichnet wird. &lt;b&gt;Verhältnis zum Median (log.)&lt;/b&gt;, der Standard, zeigt jeden Wert als Vielfaches des Medians über die Reihen: der gestrichelte mittlere Ring (1&amp;times;) ist der Median, die anderen Ringe sind runde Vielfache auf logarithmischer Skala (mindestens 0,8&amp;times; und 1,25&amp;times;, weiter, wenn ein Wert weiter abliegt), so dass ein Unterschied von wenigen Prozent klein bleibt. Der Wert unter jedem Achsennamen sagt, wofür 1&amp;times; dort steht. Die beiden &lt;b&gt;gestreckten&lt;/b&gt; Skalen legen den niedrigsten Wert in die Mitte und den höchsten an den Rand, nach Wert (&lt;b&gt;Min. bis Max.&lt;/b&gt;) oder gleichmäßig nach Reihenfolge (&lt;b&gt;Rang&lt;/b&gt;), wie nah die Werte auch beieinander liegen: sie zeigen die Reihenfolge, nicht die Größe der Unterschiede. Liegen alle Reihen auf einer Achse innerhalb von 5 %, sagen Beschriftung und Befund das.&lt;/p&gt;&lt;p&gt;Der Befund nennt die Reihe &lt;b&gt;ausgewogen&lt;/b&gt;, deren sechs Werte sich am wenigsten unterscheiden (kleinste Standardabweichung): keine Kostenart sticht heraus. Er sagt, eine Reihe &lt;b&gt;erkauft Geschwindigkeit mit Energie&lt;/b&gt;, wenn sie früher fertig ist als die meisten, aber mehr Energie braucht, durch höhere Leistung: auf der Median-Skala ist ihr Energieverhältnis mindestens das 1,1-fache ihres Laufzeitverhältnisses, auf den gestreckten Skalen liegt ihr Energiewert um 0,15 oder mehr über ihrem Laufzeitwert (der größte solche Unterschied gewinnt).&lt;/p&gt;&lt;p&gt;CPU- und GPU-Läufe sind zusammengefasst: filtern Sie ein Gerät, um innerhalb eines Geräts zu vergleichen. Ein Häkchen in der Legende blendet eine Reihe ein oder aus; ein Klick auf ein Polygon oder einen Namen in der Legende wählt sie überall aus; zeigen Sie auf eine Ecke oder einen Legendeneintrag für die Rohwerte und ihr Verhältnis zum Median.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wattprint::ReportBuilder</name>
    <message>
        <source>A report is already being made</source>
        <translation>Es wird bereits ein Bericht erstellt</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Ansicht „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>The report was cancelled</source>
        <translation>Der Bericht wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>wattprint::ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Wattprint report</source>
        <translation>Wattprint-Bericht</translation>
    </message>
    <message>
        <source>%1 kg CO2e</source>
        <translation>%1 kg CO2e</translation>
    </message>
    <message>
        <source>BUTTER-E: Tripp, Perr-Sauer et al., &quot;Measuring the Energy Consumption and Efficiency of Deep Neural Networks&quot;, National Renewable Energy Laboratory, Open Energy Data Initiative submission 5991, doi:10.25984/2329316, licensed CC-BY-4.0.</source>
        <translation>BUTTER-E: Tripp, Perr-Sauer et al., „Measuring the Energy Consumption and Efficiency of Deep Neural Networks“, National Renewable Energy Laboratory, Open Energy Data Initiative, Einreichung 5991, doi:10.25984/2329316, lizenziert unter CC-BY-4.0.</translation>
    </message>
    <message>
        <source>Where the energy of neural-network training goes</source>
        <translation>Wohin die Energie des Trainings neuronaler Netze fließt</translation>
    </message>
    <message>
        <source>Synthetic demo data: made up, modelled on BUTTER-E, not measured. Do not quote these figures.</source>
        <translation>Synthetische Demodaten: erfunden, nach dem Vorbild von BUTTER-E, nicht gemessen. Diese Zahlen nicht zitieren.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitierweise</translation>
    </message>
    <message>
        <source>none: the data is synthetic; its design follows %1</source>
        <translation>keine: die Daten sind synthetisch; ihr Aufbau folgt %1</translation>
    </message>
    <message>
        <source>Filter in force</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>%1 (%2 on CPU nodes, %3 on GPU nodes)</source>
        <translation>%1 (%2 auf CPU-Knoten, %3 auf GPU-Knoten)</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>%1 (dataset, shape, size, depth and device)</source>
        <translation>%1 (Datensatz, Form, Größe, Tiefe und Gerät)</translation>
    </message>
    <message>
        <source>Runs started</source>
        <translation>Läufe gestartet</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Energy at the nodes</source>
        <translation>Energie an den Knoten</translation>
    </message>
    <message>
        <source>%1 (%2 J)</source>
        <translation>%1 (%2 J)</translation>
    </message>
    <message>
        <source>Energy at the facility</source>
        <translation>Energie der Anlage</translation>
    </message>
    <message>
        <source>%1 (node energy x PUE %2)</source>
        <translation>%1 (Knotenenergie x PUE %2)</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(currency not set)</source>
        <translation>(Währung nicht festgelegt)</translation>
    </message>
    <message>
        <source>not computed: no electricity price is set (Preferences)</source>
        <translation>nicht berechnet: kein Strompreis festgelegt (Einstellungen)</translation>
    </message>
    <message>
        <source>Of which fixed overhead</source>
        <translation>Davon fester Overhead</translation>
    </message>
    <message>
        <source>%1, %2% of the energy</source>
        <translation>%1, %2% der Energie</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>CO2-Intensität des Stromnetzes</translation>
    </message>
    <message>
        <source>%1 %2 (%3; %4)</source>
        <translation>%1 %2 (%3; %4)</translation>
    </message>
    <message>
        <source>your own value</source>
        <translation>eigener Wert</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1.0: no facility overhead assumed</source>
        <translation>1,0: kein Overhead der Anlage angenommen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%1 %2 per kWh (your own value)</source>
        <translation>%1 %2 pro kWh (eigener Wert)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Generated %1 by Wattprint %2. The method page at the end gives the formulas and every factor&apos;s source.</source>
        <translation>Erstellt %1 mit Wattprint %2. Die Methodenseite am Ende nennt die Formeln und die Quelle jedes Faktors.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Cover: data, totals and assumptions</source>
        <translation>Deckblatt: Daten, Summen und Annahmen</translation>
    </message>
    <message>
        <source>Method: measurement, overhead and formulas</source>
        <translation>Methode: Messung, Overhead und Formeln</translation>
    </message>
    <message>
        <source>Conversion factors and their sources</source>
        <translation>Umrechnungsfaktoren und ihre Quellen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>How energy was measured</source>
        <translation>Wie die Energie gemessen wurde</translation>
    </message>
    <message>
        <source>BUTTER-E reads whole-node watt meters on NREL&apos;s Eagle system (CPU nodes: 2 x Intel Xeon Gold 6154; GPU nodes: the same plus 2 x NVIDIA V100) once a minute. A run&apos;s energy is the piecewise-constant integral of these samples between its start and end. Whole-node power includes the idle draw of processors, memory, GPUs and fans.</source>
        <translation>BUTTER-E liest einmal pro Minute Wattmeter ganzer Knoten auf dem Eagle-System von NREL (CPU-Knoten: 2 x Intel Xeon Gold 6154; GPU-Knoten: dieselben plus 2 x NVIDIA V100). Die Energie eines Laufs ist das stückweise konstante Integral dieser Messwerte zwischen seinem Start und Ende. Die Leistung des ganzen Knotens umfasst den Leerlaufverbrauch von Prozessoren, Speicher, GPUs und Lüftern.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Every run pays a fixed cost to start, load data and tear down, estimated by NREL from the tiny 505_tecator runs: %1 J on CPU nodes and %2 J on GPU nodes. Non-overhead energy is the energy less this overhead.</source>
        <translation>Jeder Lauf zahlt feste Kosten für Start, Laden der Daten und Herunterfahren, von NREL aus den winzigen 505_tecator-Läufen geschätzt: %1 J auf CPU-Knoten und %2 J auf GPU-Knoten. Die Energie ohne Overhead ist die Energie abzüglich dieses Overheads.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formeln</translation>
    </message>
    <message>
        <source>energy per epoch = non-overhead energy / 3000 epochs</source>
        <translation>Energie pro Epoche = Energie ohne Overhead / 3000 Epochen</translation>
    </message>
    <message>
        <source>energy per training datum = non-overhead energy / (training batches x 3000 x batch size)</source>
        <translation>Energie pro Trainingsdatenpunkt = Energie ohne Overhead / (Trainingsbatches x 3000 x Batchgröße)</translation>
    </message>
    <message>
        <source>training batches = ceil(0.8 x observations / batch size)</source>
        <translation>Trainingsbatches = ceil(0,8 x Beobachtungen / Batchgröße)</translation>
    </message>
    <message>
        <source>kWh = J / 3,600,000</source>
        <translation>kWh = J / 3.600.000</translation>
    </message>
    <message>
        <source>facility kWh = kWh x PUE</source>
        <translation>kWh der Anlage = kWh x PUE</translation>
    </message>
    <message>
        <source>CO2e (g) = facility kWh x grid intensity (g/kWh)</source>
        <translation>CO2e (g) = kWh der Anlage x CO2-Intensität des Stromnetzes (g/kWh)</translation>
    </message>
    <message>
        <source>cost = facility kWh x price per kWh</source>
        <translation>Kosten = kWh der Anlage x Preis pro kWh</translation>
    </message>
    <message>
        <source>check: 10,000 J at 400 g/kWh = 0.002778 kWh x 400 = 1.11 g CO2e</source>
        <translation>Probe: 10.000 J bei 400 g/kWh = 0,002778 kWh x 400 = 1,11 g CO2e</translation>
    </message>
    <message>
        <source>This report was made from synthetic demo data: the method is real, the numbers are not.</source>
        <translation>Dieser Bericht wurde aus synthetischen Demodaten erstellt: die Methode ist echt, die Zahlen nicht.</translation>
    </message>
    <message>
        <source>Conversion factors</source>
        <translation>Umrechnungsfaktoren</translation>
    </message>
    <message>
        <source>Every factor Wattprint offers, with its source and the year it describes. The one marked &quot;in force&quot; made this report&apos;s figures.</source>
        <translation>Jeder Faktor, den Wattprint anbietet, mit seiner Quelle und dem Jahr, das er beschreibt. Der als „aktiv“ markierte Faktor ergab die Zahlen dieses Berichts.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source>PUE with %1</source>
        <translation>PUE mit %1</translation>
    </message>
    <message>
        <source>Your own intensity (in force)</source>
        <translation>Eigene Intensität (aktiv)</translation>
    </message>
    <message>
        <source>set in Preferences</source>
        <translation>in den Einstellungen festgelegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 kg CO2</source>
        <translation>%1 kg CO2</translation>
    </message>
    <message>
        <source>%1 %2 at the default price (see Price below)</source>
        <translation>%1 %2 zum Standardpreis (siehe Preis unten)</translation>
    </message>
    <message>
        <source>%1 %2 per kWh (default, as no own price is set: %3)</source>
        <translation>%1 %2 pro kWh (Standard, da kein eigener Preis festgelegt ist: %3)</translation>
    </message>
    <message>
        <source>%1 other countries</source>
        <extracomment>%1 number of countries, e.g. &quot;212 other countries&quot;</extracomment>
        <translation>%1 weitere Länder</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>CodeCarbon global_energy_mix.json (Our World in Data / Ember), one figure per country; wattprint carbon --list-regions lists them</source>
        <translation>CodeCarbon global_energy_mix.json (Our World in Data / Ember), ein Wert pro Land; wattprint carbon --list-regions listet sie auf</translation>
    </message>
    <message>
        <source>Electricity price, default (in force)</source>
        <translation>Strompreis, Standard (angewandt)</translation>
    </message>
    <message>
        <source>Your own electricity price (in force)</source>
        <translation>Ihr eigener Strompreis (angewandt)</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 pro kWh</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <extracomment>Unit of an equivalent&apos;s factor, e.g. &quot;gCO2 per smartphone charge&quot;</extracomment>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>wattprint::RunGroupsModel</name>
    <message>
        <source>(no hardware named)</source>
        <translation>(keine Hardware angegeben)</translation>
    </message>
    <message>
        <source>(no project named)</source>
        <translation>(kein Projekt angegeben)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Median der Energie</translation>
    </message>
    <message>
        <source>Interval of the median</source>
        <translation>Intervall des Medians</translation>
    </message>
    <message>
        <source>Total energy</source>
        <translation>Energie gesamt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Median power</source>
        <translation>Median der Leistung</translation>
    </message>
    <message>
        <source>Median run time</source>
        <translation>Median der Laufzeit</translation>
    </message>
    <message>
        <source>The median energy of one run</source>
        <translation>Der Median der Energie eines Laufs</translation>
    </message>
    <message>
        <source>The share of the total energy of the runs in this table</source>
        <translation>Der Anteil an der Gesamtenergie der Läufe in dieser Tabelle</translation>
    </message>
    <message>
        <source>1 = the lowest median energy per run. Projects differ in what they train: read the rank as where the energy goes, not as a verdict.</source>
        <translation>1 = der niedrigste Median der Energie pro Lauf. Projekte trainieren Verschiedenes: Lesen Sie den Rang als Hinweis, wohin die Energie geht, nicht als Urteil.</translation>
    </message>
    <message>
        <source>The distribution-free interval of the median (95 %, or with fewer than six runs the range and the confidence it has).</source>
        <translation>Das verteilungsfreie Intervall des Medians (95 %, oder bei weniger als sechs Läufen die Spannweite mit ihrer Konfidenz).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wattprint::RunTableModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Non-overhead energy per training datum: energy / (training batches x 3000 epochs x batch size)</source>
        <translation>Energie ohne Overhead pro Trainingsdatenpunkt: Energie / (Trainingsbatches x 3000 Epochen x Batchgröße)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Size (params)</source>
        <translation>Größe (Parameter)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Start (UTC)</translation>
    </message>
    <message>
        <source>Run time (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energie (%1)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Leistung (W)</translation>
    </message>
    <message>
        <source>Non-overhead energy (%1)</source>
        <translation>Energie ohne Overhead (%1)</translation>
    </message>
    <message>
        <source>Energy per datum (mJ)</source>
        <translation>Energie pro Datenpunkt (mJ)</translation>
    </message>
    <message>
        <source>SLURM job</source>
        <translation>SLURM-Job</translation>
    </message>
    <message>
        <source>This run passes every quality check.</source>
        <translation>Dieser Lauf besteht jede Qualitätsprüfung.</translation>
    </message>
    <message>
        <source>The quality checks the run fails (BUTTER-E&apos;s filters, energy against the fixed overhead, plausible power); OK when it passes them all. Point at a run&apos;s entry for what each means.</source>
        <translation>Die Qualitätsprüfungen, die der Lauf nicht besteht (die Filter von BUTTER-E, Energie gegenüber dem festen Overhead, plausible Leistung); OK, wenn er alle besteht. Auf den Eintrag eines Laufs zeigen, um zu lesen, was jede bedeutet.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>wattprint::RunsView</name>
    <message>
        <source>Runs table</source>
        <translation>Lauftabelle</translation>
    </message>
    <message>
        <source>Which runs are in force, and what did each one cost?</source>
        <translation>Welche Läufe sind im Filter, und was hat jeder gekostet?</translation>
    </message>
    <message>
        <source>%1 runs match the filter.</source>
        <translation>%1 Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per training run that matches the filter. Click a column header to sort by it; rows load as you scroll.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Energy&lt;/b&gt; is the whole node&apos;s metered energy over the run, fixed overhead included. &lt;b&gt;Energy per datum&lt;/b&gt; is the non-overhead energy divided by the training data seen (training batches x 3000 epochs x batch size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; reads OK, or names the quality checks the run fails: BUTTER-E&apos;s own filters (run time over 75,000 s, no energy recorded, run time far from similar runs), energy at or below the fixed overhead (so none is left for training), and an average power its node cannot have drawn. Point at the entry for a sentence on each.&lt;/p&gt;&lt;p&gt;Select rows and use &lt;i&gt;Edit &amp;gt; Show only selection&lt;/i&gt; or &lt;i&gt;Exclude selection&lt;/i&gt; to filter every view by them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Zeile pro Trainingslauf, der dem Filter entspricht. Auf einen Spaltenkopf klicken, um danach zu sortieren; Zeilen werden beim Scrollen geladen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Energie&lt;/b&gt; ist die gemessene Energie des ganzen Knotens über den Lauf, einschließlich des festen Overheads. &lt;b&gt;Energie pro Datenpunkt&lt;/b&gt; ist die Energie ohne Overhead geteilt durch die gesehenen Trainingsdaten (Trainingsbatches x 3000 Epochen x Batchgröße).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualität&lt;/b&gt; zeigt OK oder nennt die Qualitätsprüfungen, die der Lauf nicht besteht: die eigenen Filter von BUTTER-E (Laufzeit über 75.000 s, keine Energie gemessen, Laufzeit weit weg von ähnlichen Läufen), Energie höchstens gleich dem festen Overhead (so dass für das Training nichts bleibt) und eine mittlere Leistung, die sein Knoten nicht aufgenommen haben kann. Auf den Eintrag zeigen, um zu jeder Prüfung einen Satz zu lesen.&lt;/p&gt;&lt;p&gt;Zeilen auswählen und &lt;i&gt;Bearbeiten &amp;gt; Nur Auswahl anzeigen&lt;/i&gt; oder &lt;i&gt;Auswahl ausschließen&lt;/i&gt; verwenden, um jede Ansicht danach zu filtern.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wattprint::SankeyView</name>
    <message>
        <source>What does this energy mean in carbon and money?</source>
        <translation>Was bedeutet diese Energie in CO2 und Geld?</translation>
    </message>
    <message>
        <source>your own intensity</source>
        <translation>eigene Intensität</translation>
    </message>
    <message>
        <source>Carbon intensity in force. Source: %1</source>
        <translation>Aktive CO2-Intensität. Quelle: %1</translation>
    </message>
    <message>
        <source>Power usage effectiveness in force. Source: %1</source>
        <translation>Aktive Power Usage Effectiveness. Quelle: %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>None of the %1 in the filter has a measured energy.</source>
        <translation>Keiner der %1 im Filter hat eine gemessene Energie.</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>The runs in the filter used no energy, so there is no carbon or cost to show.</source>
        <translation>Die Läufe im Filter haben keine Energie verbraucht, daher gibt es kein CO2 und keine Kosten anzuzeigen.</translation>
    </message>
    <message>
        <source>, about what an average passenger car emits over %1 km</source>
        <translation>, etwa so viel, wie ein durchschnittlicher Pkw auf %1 km ausstößt</translation>
    </message>
    <message>
        <source>The one run</source>
        <translation>Der eine Lauf</translation>
    </message>
    <message>
        <source>The %1 runs</source>
        <translation>Die %1 Läufe</translation>
    </message>
    <message>
        <source>%1 used %2; at %3 (%4) and a PUE of %5 that is %6 %7%8</source>
        <translation>%1: %2 verbraucht; bei %3 (%4) und einer PUE von %5 sind das %6 %7%8</translation>
    </message>
    <message>
        <source>%1, and %2 at %3 per kWh.</source>
        <translation>%1, und %2 bei %3 pro kWh.</translation>
    </message>
    <message>
        <source>%1; set a price to see the cost.</source>
        <translation>%1; einen Preis festlegen, um die Kosten zu sehen.</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>the other %1 %2</source>
        <translation>die übrigen %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Take %1 out of the selection</source>
        <translation>%1 aus der Auswahl nehmen</translation>
    </message>
    <message>
        <source>Add %1 to the selection</source>
        <translation>%1 zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>your own value</source>
        <translation>eigener Wert</translation>
    </message>
    <message>
        <source>Left out: %1 without a measured energy.</source>
        <translation>Ausgelassen: %1 ohne gemessene Energie.</translation>
    </message>
    <message>
        <source>Flow by:</source>
        <translation>Fluss nach:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Intensity:</source>
        <translation>Intensität:</translation>
    </message>
    <message>
        <source>PUE:</source>
        <translation>PUE:</translation>
    </message>
    <message>
        <source>Price/kWh:</source>
        <translation>Preis/kWh:</translation>
    </message>
    <message>
        <source>Flow by</source>
        <translation>Fluss nach</translation>
    </message>
    <message>
        <source>The groups between the devices and the energy</source>
        <translation>Die Gruppen zwischen den Geräten und der Energie</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The grid whose carbon intensity is used (its source is named under the chart)</source>
        <translation>Das Stromnetz, dessen CO2-Intensität verwendet wird (seine Quelle steht unter dem Diagramm)</translation>
    </message>
    <message>
        <source>Carbon intensity in grams per kWh</source>
        <translation>CO2-Intensität in Gramm pro kWh</translation>
    </message>
    <message>
        <source>Power usage effectiveness</source>
        <translation>Power Usage Effectiveness</translation>
    </message>
    <message>
        <source>Electricity price per kWh</source>
        <translation>Strompreis pro kWh</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Currency label (a label only, nothing is converted)</source>
        <translation>Währungsbezeichnung (nur eine Bezeichnung, nichts wird umgerechnet)</translation>
    </message>
    <message>
        <source>Energy, carbon and cost flow</source>
        <translation>Fluss von Energie, CO2 und Kosten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The energy of the runs in the filter flows from left to right: from the &lt;b&gt;device&lt;/b&gt; (&lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt; or &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;) through the &lt;b&gt;group&lt;/b&gt; the runs belong to (dataset, shape or sweep batch: choose with &lt;i&gt;Flow by&lt;/i&gt;; the %1 largest groups by energy are named, the rest are gathered in &lt;i&gt;other&lt;/i&gt;) into the &lt;b&gt;energy at the meter&lt;/b&gt;, then into &lt;b&gt;carbon&lt;/b&gt; and &lt;b&gt;cost&lt;/b&gt;. Every band&apos;s width and every bar&apos;s height is proportional to energy.&lt;/p&gt;&lt;p&gt;The data centre uses more than the meters on the compute nodes measured (cooling, power conversion): the &lt;b&gt;PUE&lt;/b&gt; (power usage effectiveness, facility energy / IT energy) adds that share as a grey bar that joins the flow before carbon. Carbon = kWh at the meter x PUE x the grid&apos;s &lt;b&gt;carbon intensity&lt;/b&gt; (g per kWh); cost = kWh x PUE x price.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change the factors&lt;/b&gt; in the row above the chart: pick a region (the world average, a few sourced presets, then every country by name; type a part of its name or its ISO code to find it; each preset names its source and year under the chart), type your own intensity (the region becomes &lt;i&gt;Custom&lt;/i&gt;), a PUE and a price per kWh with its currency. Until you set a price, cost uses a default of %2 USD per kWh (%3). Presets from the US EIA and the BUTTER-E paper count CO₂ only; the others CO₂ equivalents (CO₂e). Under the chart, the carbon is put in relatable terms (a car&apos;s distance, phone charges), with their sources.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hover&lt;/b&gt; a bar or band for its numbers. &lt;b&gt;Click&lt;/b&gt; a device or group bar (or its label) to keep only those runs; Ctrl+click adds it to the selection or takes it out. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Energie der Läufe im Filter fließt von links nach rechts: vom &lt;b&gt;Gerät&lt;/b&gt; (&lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt; oder &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;) über die &lt;b&gt;Gruppe&lt;/b&gt;, zu der die Läufe gehören (Datensatz, Form oder Sweep-Batch: Auswahl mit &lt;i&gt;Fluss nach&lt;/i&gt;; die %1 größten Gruppen nach Energie werden benannt, der Rest wird unter &lt;i&gt;Sonstige&lt;/i&gt; zusammengefasst) in die &lt;b&gt;Energie am Zähler&lt;/b&gt;, dann in &lt;b&gt;CO2&lt;/b&gt; und &lt;b&gt;Kosten&lt;/b&gt;. Die Breite jedes Bands und die Höhe jedes Balkens sind proportional zur Energie.&lt;/p&gt;&lt;p&gt;Das Rechenzentrum verbraucht mehr, als die Zähler an den Rechenknoten gemessen haben (Kühlung, Stromumwandlung): die &lt;b&gt;PUE&lt;/b&gt; (Power Usage Effectiveness, Energie der Anlage / IT-Energie) fügt diesen Anteil als grauen Balken hinzu, der vor dem CO2 in den Fluss eingeht. CO2 = kWh am Zähler x PUE x &lt;b&gt;CO2-Intensität&lt;/b&gt; des Stromnetzes (g pro kWh); Kosten = kWh x PUE x Preis.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Die Faktoren ändern&lt;/b&gt; in der Zeile über dem Diagramm: eine Region wählen (der Weltdurchschnitt, einige Vorgaben mit eigener Quelle, dann jedes Land nach Namen; einen Teil des Namens oder den ISO-Code eintippen, um es zu finden; jede Vorgabe nennt ihre Quelle und ihr Jahr unter dem Diagramm), eine eigene Intensität eingeben (die Region wird zu &lt;i&gt;Benutzerdefiniert&lt;/i&gt;), eine PUE und einen Preis pro kWh mit Währung. Solange kein eigener Preis festgelegt ist, rechnen die Kosten mit einem Standardpreis von %2 USD pro kWh (%3). Vorgaben der US EIA und aus dem BUTTER-E-Paper zählen nur CO₂; die anderen CO₂-Äquivalente (CO₂e). Unter dem Diagramm wird das CO2 anschaulich gemacht (Fahrstrecke eines Autos, Handy-Ladungen), mit deren Quellen.&lt;/p&gt;&lt;p&gt;Mit der Maus &lt;b&gt;über&lt;/b&gt; einen Balken oder ein Band fahren, um seine Zahlen zu sehen. Auf einen Geräte- oder Gruppenbalken (oder seine Beschriftung) &lt;b&gt;klicken&lt;/b&gt;, um nur diese Läufe zu behalten; Strg+Klick fügt ihn zur Auswahl hinzu oder nimmt ihn heraus. Rückgängig nimmt eine Auswahl zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> g%1/kWh</source>
        <extracomment>Unit suffix of the intensity box; %1 is CO₂e or CO₂, as the factor counts</extracomment>
        <translation> g%1/kWh</translation>
    </message>
    <message>
        <source>Default price %1 %2 per kWh of facility energy (%3). Type your own price to use it; 0 goes back to the default.</source>
        <translation>Standardpreis %1 %2 pro kWh Energie der Anlage (%3). Geben Sie einen eigenen Preis ein, um ihn zu verwenden; 0 kehrt zum Standard zurück.</translation>
    </message>
    <message>
        <source>Your price per kWh of facility energy; 0 goes back to the default price.</source>
        <translation>Ihr Preis pro kWh Energie der Anlage; 0 kehrt zum Standardpreis zurück.</translation>
    </message>
    <message>
        <source>%1, and %2 at %3 per kWh (default price: %4).</source>
        <extracomment>%1 the carbon sentence, %2 cost, %3 default price per kWh, %4 its source</extracomment>
        <translation>%1, und %2 bei %3 pro kWh (Standardpreis: %4).</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>kinds of hardware</source>
        <translation>Hardware-Arten</translation>
    </message>
    <message>
        <source>Runs that name no %1 cannot be selected in the filter.</source>
        <translation>Läufe ohne Angabe zu %1 können im Filter nicht ausgewählt werden.</translation>
    </message>
</context>
<context>
    <name>wattprint::SankeyWidget</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>other (%1 %2)</source>
        <translation>Sonstige (%1 %2)</translation>
    </message>
    <message>
        <source>at the meter</source>
        <translation>am Zähler</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>PUE %1</source>
        <translation>PUE %1</translation>
    </message>
    <message>
        <source>%1/kWh</source>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>Carbon intensity %1 (%2, %3). Source: %4.</source>
        <translation>CO2-Intensität %1 (%2, %3). Quelle: %4.</translation>
    </message>
    <message>
        <source>Carbon intensity %1 (%2). Source: %3.</source>
        <translation>CO2-Intensität %1 (%2). Quelle: %3.</translation>
    </message>
    <message>
        <source>PUE %1 (facility energy / IT energy). Source: %2. %3</source>
        <translation>PUE %1 (Energie der Anlage / IT-Energie). Quelle: %2. %3</translation>
    </message>
    <message>
        <source>Electricity price %1 per kWh (your value).</source>
        <translation>Strompreis %1 pro kWh (eigener Wert).</translation>
    </message>
    <message>
        <source>No electricity price set: enter one above to see the cost.</source>
        <translation>Kein Strompreis festgelegt: oben einen eingeben, um die Kosten zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 is roughly as much as... %3.</source>
        <translation>%1 %2 entspricht etwa... %3.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Sources of the equivalents: %1.</source>
        <translation>Quellen der Vergleichswerte: %1.</translation>
    </message>
    <message>
        <source>No energy to show.</source>
        <translation>Keine Energie anzuzeigen.</translation>
    </message>
    <message>
        <source>Other %1: %2</source>
        <translation>Sonstige %1: %2</translation>
    </message>
    <message>
        <source>%1 at the meter (%2 of the energy), %3</source>
        <translation>%1 am Zähler (%2 der Energie), %3</translation>
    </message>
    <message>
        <source>%1 with the data centre&apos;s overhead (PUE %2)</source>
        <translation>%1 mit dem Overhead des Rechenzentrums (PUE %2)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Click to select these runs; Ctrl+click to add them to the selection.</source>
        <translation>Klicken, um diese Läufe auszuwählen; Strg+Klick, um sie zur Auswahl hinzuzufügen.</translation>
    </message>
    <message>
        <source>Energy at the meter: %1 (%2 kWh), %3</source>
        <translation>Energie am Zähler: %1 (%2 kWh), %3</translation>
    </message>
    <message>
        <source>%1 %2 with PUE %3</source>
        <translation>%1 %2 mit PUE %3</translation>
    </message>
    <message>
        <source>Data centre&apos;s overhead: %1 more than at the meter (PUE %2)</source>
        <translation>Overhead des Rechenzentrums: %1 mehr als am Zähler (PUE %2)</translation>
    </message>
    <message>
        <source>%1 %2 = %3 kWh x PUE %4 x %5</source>
        <translation>%1 %2 = %3 kWh x PUE %4 x %5</translation>
    </message>
    <message>
        <source>%1 = %2 kWh x PUE %3 x %4 per kWh</source>
        <translation>%1 = %2 kWh x PUE %3 x %4 pro kWh</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>sonstige %1</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>data centre&apos;s overhead</source>
        <translation>Overhead des Rechenzentrums</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source> (%1 runs)</source>
        <translation> (%1 Läufe)</translation>
    </message>
    <message>
        <source>Electricity price %1 per kWh (default; source: %2).</source>
        <translation>Strompreis %1 pro kWh (Standard; Quelle: %2).</translation>
    </message>
    <message>
        <source>Default price; source: %1</source>
        <translation>Standardpreis; Quelle: %1</translation>
    </message>
    <message>
        <source>default: no data-centre overhead (PUE 1.0, as CodeCarbon)</source>
        <translation>Standard: kein Rechenzentrums-Overhead (PUE 1,0, wie CodeCarbon)</translation>
    </message>
    <message>
        <source>Distance by an average passenger car</source>
        <translation>Strecke eines durchschnittlichen Pkw</translation>
    </message>
    <message>
        <source>Smartphone charges</source>
        <translation>Smartphone-Ladungen</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>Ladungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Runs that name no %1</source>
        <translation>Läufe ohne Angabe zu %1</translation>
    </message>
</context>
<context>
    <name>wattprint::SunburstView</name>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>runs of shape %1</source>
        <translation>Läufe der Form %1</translation>
    </message>
    <message>
        <source>runs on dataset %1</source>
        <translation>Läufe auf Datensatz %1</translation>
    </message>
    <message>
        <source>Which branch of the design space holds most of the energy?</source>
        <translation>Welcher Zweig des Designraums enthält den Großteil der Energie?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The runs in the filter, split ring by ring: by default the inner ring is the &lt;b&gt;device&lt;/b&gt;, the next the network &lt;b&gt;shape&lt;/b&gt;, the outer one the &lt;b&gt;dataset&lt;/b&gt; (choose another order with &lt;i&gt;Rings&lt;/i&gt;). Each segment&apos;s angle is its share of its parent&apos;s total &lt;b&gt;energy&lt;/b&gt; (or of its &lt;b&gt;run count&lt;/b&gt;: &lt;i&gt;Size by&lt;/i&gt;), so the segments of each ring add up to the full circle, and a segment&apos;s children fill exactly its angle. Largest first, clockwise from 12 o&apos;clock.&lt;/p&gt;&lt;p&gt;Devices and shapes keep the colours they have in the other views; a level without a colour of its own (datasets, unless they form the inner ring) takes a lighter tone of its parent. Names are written on a segment only where they fit; hover any segment for its name, value, share of the total and share of its parent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zoom&lt;/b&gt;: click a segment to make it the centre (it then fills the full circle); click the centre or a name in the bar above the chart to go back. &lt;b&gt;Select&lt;/b&gt;: the &lt;i&gt;Select these runs&lt;/i&gt; button puts the branch in the centre into the filter (for example device GPU and shape rectangle); right-click any segment to select its branch directly. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Läufe im Filter, Ring für Ring aufgeteilt: standardmäßig ist der innere Ring das &lt;b&gt;Gerät&lt;/b&gt;, der nächste die Netz-&lt;b&gt;Form&lt;/b&gt;, der äußere der &lt;b&gt;Datensatz&lt;/b&gt; (eine andere Reihenfolge mit &lt;i&gt;Ringe&lt;/i&gt; wählen). Der Winkel jedes Segments ist sein Anteil an der gesamten &lt;b&gt;Energie&lt;/b&gt; seines Elternsegments (oder an seiner &lt;b&gt;Anzahl der Läufe&lt;/b&gt;: &lt;i&gt;Größe nach&lt;/i&gt;), daher ergeben die Segmente jedes Rings den vollen Kreis, und die Kinder eines Segments füllen genau seinen Winkel. Das größte zuerst, im Uhrzeigersinn ab 12 Uhr.&lt;/p&gt;&lt;p&gt;Geräte und Formen behalten die Farben, die sie in den anderen Ansichten haben; eine Ebene ohne eigene Farbe (Datensätze, außer sie bilden den inneren Ring) erhält einen helleren Ton ihres Elternsegments. Namen stehen nur dort auf einem Segment, wo sie hineinpassen; mit der Maus über ein Segment fahren für Name, Wert, Anteil an der Gesamtsumme und Anteil am Elternsegment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zoom&lt;/b&gt;: ein Segment anklicken, um es zur Mitte zu machen (es füllt dann den vollen Kreis); die Mitte oder einen Namen in der Leiste über dem Diagramm anklicken, um zurückzugehen. &lt;b&gt;Auswählen&lt;/b&gt;: die Schaltfläche &lt;i&gt;Diese Läufe auswählen&lt;/i&gt; übernimmt den Zweig in der Mitte in den Filter (zum Beispiel Gerät GPU und Form rectangle); Rechtsklick auf ein beliebiges Segment wählt seinen Zweig direkt aus. Rückgängig nimmt eine Auswahl zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%1 › %2 › %3</source>
        <translation>%1 › %2 › %3</translation>
    </message>
    <message>
        <source>None of the %1 in the filter has a measured energy.</source>
        <translation>Keiner der %1 im Filter hat eine gemessene Energie.</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>The runs in the filter used no measured energy.</source>
        <translation>Die Läufe im Filter haben keine gemessene Energie verbraucht.</translation>
    </message>
    <message>
        <source>All runs in the filter are %1</source>
        <translation>Alle Läufe im Filter sind %1</translation>
    </message>
    <message>
        <source>%1 use %2 of the energy</source>
        <translation>%1 verbrauchen %2 der Energie</translation>
    </message>
    <message>
        <source>%1 make up %2 of the runs</source>
        <translation>%1 machen %2 der Läufe aus</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; all of them are %2.</source>
        <translation>%1; alle davon sind %2.</translation>
    </message>
    <message>
        <source>%1; within them, %2 use the most (%3 of the total, %4 of theirs).</source>
        <translation>%1; darunter verbrauchen %2 am meisten (%3 der Gesamtsumme, %4 ihrer Energie).</translation>
    </message>
    <message>
        <source>%1; within them, %2 are the most numerous (%3 of all runs, %4 of theirs).</source>
        <translation>%1; darunter sind %2 am zahlreichsten (%3 aller Läufe, %4 ihrer Läufe).</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Left out: %1 without a measured energy.</source>
        <translation>Ausgelassen: %1 ohne gemessene Energie.</translation>
    </message>
    <message>
        <source>Rings:</source>
        <translation>Ringe:</translation>
    </message>
    <message>
        <source>Size by:</source>
        <translation>Größe nach:</translation>
    </message>
    <message>
        <source>Ring order</source>
        <translation>Reihenfolge der Ringe</translation>
    </message>
    <message>
        <source>The levels from the centre outwards</source>
        <translation>Die Ebenen von der Mitte nach außen</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Run count</source>
        <translation>Anzahl der Läufe</translation>
    </message>
    <message>
        <source>Size segments by</source>
        <translation>Segmentgröße nach</translation>
    </message>
    <message>
        <source>Segment angles by total energy or by number of runs</source>
        <translation>Segmentwinkel nach Gesamtenergie oder nach Anzahl der Läufe</translation>
    </message>
    <message>
        <source>Energy by device, shape and dataset</source>
        <translation>Energie nach Gerät, Form und Datensatz</translation>
    </message>
    <message>
        <source>runs without a shape (other tools&apos; runs)</source>
        <translation>Läufe ohne Form (Läufe anderer Werkzeuge)</translation>
    </message>
    <message>
        <source>runs without a dataset (other tools&apos; runs)</source>
        <translation>Läufe ohne Datensatz (Läufe anderer Werkzeuge)</translation>
    </message>
    <message>
        <source>Runs without a shape or dataset cannot be selected in the filter; the Source filter selects them by tool.</source>
        <translation>Läufe ohne Form oder Datensatz können im Filter nicht ausgewählt werden; der Quellen-Filter wählt sie nach Werkzeug aus.</translation>
    </message>
</context>
<context>
    <name>wattprint::SunburstWidget</name>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Select these runs</source>
        <translation>Diese Läufe auswählen</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 of all</source>
        <translation>%1 von allen</translation>
    </message>
    <message>
        <source>Lighter: a level without a colour of its own</source>
        <translation>Heller: eine Ebene ohne eigene Farbe</translation>
    </message>
    <message>
        <source>Click a segment to zoom in, the centre to go back; right-click or &quot;Select these runs&quot; to filter.</source>
        <translation>Ein Segment anklicken zum Hineinzoomen, die Mitte zum Zurückgehen; Rechtsklick oder „Diese Läufe auswählen“ zum Filtern.</translation>
    </message>
    <message>
        <source>%1 of the total</source>
        <translation>%1 der Gesamtsumme</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Right-click to select these runs.</source>
        <translation>Rechtsklick, um diese Läufe auszuwählen.</translation>
    </message>
    <message>
        <source>Click to zoom in; right-click to select these runs.</source>
        <translation>Klicken zum Hineinzoomen; Rechtsklick, um diese Läufe auszuwählen.</translation>
    </message>
    <message>
        <source>Select these runs (%1)</source>
        <translation>Diese Läufe auswählen (%1)</translation>
    </message>
    <message>
        <source>Zoom into %1</source>
        <translation>In %1 hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Click to go back to %1</source>
        <translation>Klicken, um zu %1 zurückzugehen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>wattprint::ViewPanel</name>
    <message>
        <source>No data to analyse: open or import a store first.</source>
        <translation>Keine Daten zum Analysieren: zuerst eine Datenbank öffnen oder importieren.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG-Auflösung</translation>
    </message>
    <message>
        <source>Resolution in dots per inch:</source>
        <translation>Auflösung in Punkten pro Zoll:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>How to read</source>
        <translation>Lesehilfe</translation>
    </message>
    <message>
        <source>How to read this chart</source>
        <translation>So wird dieses Diagramm gelesen</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Export this view as PNG, SVG or PDF</source>
        <translation>Diese Ansicht als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy this view to the clipboard as an image</source>
        <translation>Diese Ansicht als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <source>Print this view, with a preview</source>
        <translation>Diese Ansicht drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show all the data again</source>
        <translation>Wieder alle Daten anzeigen</translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation>Werkzeuge: %1</translation>
    </message>
    <message>
        <source>Analysis running</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data (synthetic, modelled on BUTTER-E)&lt;/b&gt;: these runs are made up by Wattprint&apos;s generator, not measured.</source>
        <translation>&lt;b&gt;Demodaten (synthetisch, nach dem Vorbild von BUTTER-E)&lt;/b&gt;: diese Läufe wurden vom Generator von Wattprint erfunden, nicht gemessen.</translation>
    </message>
    <message>
        <source>this view</source>
        <translation>diese Ansicht</translation>
    </message>
    <message>
        <source>Runs failing a quality check, left out of %1: %2.</source>
        <translation>Läufe, die eine Qualitätsprüfung nicht bestehen, ausgelassen (%1): %2.</translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>Einbeziehen</translation>
    </message>
    <message>
        <source>Runs failing a quality check, included in %1: %2.</source>
        <translation>Läufe, die eine Qualitätsprüfung nicht bestehen, einbezogen (%1): %2.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>The quality checks are listed in the runs table&apos;s Quality column and in each run&apos;s details.</source>
        <translation>Die Qualitätsprüfungen stehen in der Spalte „Qualität“ der Lauftabelle und in den Details jedes Laufs.</translation>
    </message>
    <message>
        <source>Runs failing a quality check</source>
        <translation>Läufe mit nicht bestandener Qualitätsprüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data (synthetic, modelled on BUTTER-E)&lt;/b&gt; beside imported runs: the demo&apos;s runs are made up by Wattprint&apos;s generator, not measured. File &amp;gt; Remove demo data keeps only yours.</source>
        <translation>&lt;b&gt;Demodaten (synthetisch, nach dem Vorbild von BUTTER-E)&lt;/b&gt; neben importierten Läufen: Die Läufe der Demo wurden vom Generator von Wattprint erfunden, nicht gemessen. Datei &amp;gt; Demodaten entfernen behält nur Ihre.</translation>
    </message>
    <message>
        <source>another tool</source>
        <translation>einem anderen Werkzeug</translation>
    </message>
    <message>
        <source>This view compares BUTTER-E configurations (dataset, shape, size and depth), and none of the %1 runs in the filter has one: they come from %2. The distribution, compare, anomaly, carbon flow and sunburst views and the runs table show them; the overhead view splits their energy into CPU, GPU and RAM and the leaderboard ranks them by project or hardware.</source>
        <translation>Diese Ansicht vergleicht BUTTER-E-Konfigurationen (Datensatz, Form, Größe und Tiefe), und keiner der %1 Läufe im Filter hat eine: Sie stammen aus %2. Die Ansichten Verteilung, Vergleich, Anomalien, CO2-Fluss und Sunburst sowie die Lauftabelle zeigen sie; die Overhead-Ansicht teilt ihre Energie in CPU, GPU und RAM auf, und die Rangliste ordnet sie nach Projekt oder Hardware.</translation>
    </message>
    <message>
        <source>This view compares BUTTER-E configurations (dataset, shape, size and depth), and none of the %1 runs in the filter has one: they come from %2. %3</source>
        <translation>Diese Ansicht vergleicht BUTTER-E-Konfigurationen (Datensatz, Form, Größe und Tiefe), und keiner der %1 Läufe im Filter hat eine: Sie stammen aus %2. %3</translation>
    </message>
    <message>
        <source>Runs from %1 have no dataset, shape, size or depth, which this view needs: %2 left out. The distribution, compare, anomaly, carbon flow and sunburst views show them; the overhead view splits their energy into CPU, GPU and RAM and the leaderboard ranks them by project or hardware.</source>
        <translation>Läufe aus %1 haben keinen Datensatz, keine Form, Größe oder Tiefe, die diese Ansicht braucht: %2 ausgelassen. Die Ansichten Verteilung, Vergleich, Anomalien, CO2-Fluss und Sunburst zeigen sie; die Overhead-Ansicht teilt ihre Energie in CPU, GPU und RAM auf, und die Rangliste ordnet sie nach Projekt oder Hardware.</translation>
    </message>
    <message>
        <source>Runs from %1 have no dataset, shape, size or depth, which this view needs: %2 left out. %3</source>
        <translation>Läufe aus %1 haben keinen Datensatz, keine Form, Größe oder Tiefe, die diese Ansicht braucht: %2 ausgelassen. %3</translation>
    </message>
</context>
<context>
    <name>wattprint::ViewTable</name>
    <message>
        <source>Energy distribution by hardware</source>
        <translation>Energieverteilung nach Hardware</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Efficiency patterns (parallel coordinates)</source>
        <translation>Effizienzmuster (parallele Koordinaten)</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Comparative configuration analysis</source>
        <translation>Vergleichende Konfigurationsanalyse</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Energy anomaly detection timeline</source>
        <translation>Zeitachse der Energie-Anomalieerkennung</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>Training-strategy Pareto frontier</source>
        <translation>Pareto-Front der Trainingsstrategien</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Energy overhead analysis</source>
        <translation>Analyse des Energie-Overheads</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Memory hierarchy and cache-spill effect</source>
        <translation>Speicherhierarchie und Cache-Überlauf</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Energy vs depth small multiples</source>
        <translation>Energie gegen Tiefe als kleine Vielfache</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Carbon impact flow</source>
        <translation>CO2-Wirkungsfluss</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO2</translation>
    </message>
    <message>
        <source>Architecture evolution timeline</source>
        <translation>Zeitachse der Architekturentwicklung</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Energy signatures (radar)</source>
        <translation>Energiesignaturen (Radar)</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Hierarchical energy breakdown</source>
        <translation>Hierarchische Aufschlüsselung der Energie</translation>
    </message>
    <message>
        <source>Sunburst</source>
        <translation>Sunburst</translation>
    </message>
    <message>
        <source>Configuration leaderboard</source>
        <translation>Rangliste der Konfigurationen</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Overhead vs non-overhead, batchwise</source>
        <translation>Overhead gegenüber Nicht-Overhead, nach Batch</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Anomaly-score timeline with thresholds</source>
        <translation>Zeitverlauf der Anomalie-Scores mit Schwellen</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>What if: plan a training run</source>
        <translation>Was wäre, wenn: einen Trainingslauf planen</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
</context>
<context>
    <name>wattprint::WhatIfView</name>
    <message>
        <source>If we train this network on that hardware, what will it cost?</source>
        <translation>Was kostet es, wenn wir dieses Netz auf jener Hardware trainieren?</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>No prediction on %1: %2.</source>
        <translation>Keine Vorhersage auf %1: %2.</translation>
    </message>
    <message>
        <source>%1 interval %2</source>
        <translation>%1-Intervall %2</translation>
    </message>
    <message>
        <source>On %1 this plan would use about %2 (%3)</source>
        <translation>Auf %1 bräuchte dieser Plan etwa %2 (%3)</translation>
    </message>
    <message>
        <source>; on %1 about %2</source>
        <translation>; auf %1 etwa %2</translation>
    </message>
    <message>
        <source>It extrapolates beyond the measured runs, so the interval is wider.</source>
        <translation>Er extrapoliert über die gemessenen Läufe hinaus, daher ist das Intervall breiter.</translation>
    </message>
    <message>
        <source>Fitting the model on the runs in the filter…</source>
        <translation>Das Modell wird an die Läufe im Filter angepasst…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No prediction on this device:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Keine Vorhersage auf diesem Gerät:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Extrapolates:&lt;/b&gt; %1; the interval is widened.</source>
        <translation>&lt;b&gt;Extrapoliert:&lt;/b&gt; %1; das Intervall ist verbreitert.</translation>
    </message>
    <message>
        <source>At this size the %1 uses less energy.</source>
        <translation>Bei dieser Größe braucht die %1 weniger Energie.</translation>
    </message>
    <message>
        <source>The %1 becomes cheaper from %2 parameters up.</source>
        <translation>Die %1 wird ab %2 Parametern günstiger.</translation>
    </message>
    <message>
        <source>The %1 is cheaper at %2 parameters and below.</source>
        <translation>Die %1 ist bei %2 Parametern und darunter günstiger.</translation>
    </message>
    <message>
        <source>It stays cheaper at every size measured.</source>
        <translation>Sie bleibt bei jeder gemessenen Größe günstiger.</translation>
    </message>
    <message>
        <source>Model: fitted on %1 passing every quality check; interval from %2 configurations predicted out of fold (median error a factor %3).</source>
        <translation>Modell: angepasst an %1, die jede Qualitätsprüfung bestehen; Intervall aus %2 außerhalb ihrer Falte vorhergesagten Konfigurationen (Medianfehler Faktor %3).</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Size (parameters):</source>
        <translation>Größe (Parameter):</translation>
    </message>
    <message>
        <source>Depth (layers):</source>
        <translation>Tiefe (Schichten):</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>CPU %1% interval</source>
        <translation>CPU, Intervall %1 %</translation>
    </message>
    <message>
        <source>GPU %1% interval</source>
        <translation>GPU, Intervall %1 %</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Predicted energy, run time, power, carbon and cost on CPU and GPU</source>
        <translation>Vorhergesagte Energie, Laufzeit, Leistung, CO2 und Kosten auf CPU und GPU</translation>
    </message>
    <message>
        <source>Nearest measured configurations on the planned device (runs passing every quality check)</source>
        <translation>Nächstgelegene gemessene Konfigurationen auf dem geplanten Gerät (Läufe, die jede Qualitätsprüfung bestehen)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Median-Energie</translation>
    </message>
    <message>
        <source>Median run time</source>
        <translation>Median-Laufzeit</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Measured configurations nearest to the plan</source>
        <translation>Dem Plan nächstgelegene gemessene Konfigurationen</translation>
    </message>
    <message>
        <source>The range of the nearest measured configurations&apos; powers, not a 90% interval</source>
        <translation>Die Spanne der Leistungen der nächsten gemessenen Konfigurationen, kein 90-%-Intervall</translation>
    </message>
    <message>
        <source>Power is the median power of the nearest measured configurations, and its range is theirs (not a 90% interval); run time is energy ÷ power, its range combining the two.</source>
        <translation>Die Leistung ist der Median der nächsten gemessenen Konfigurationen, ihre Spanne ist deren Spanne (kein 90-%-Intervall); die Laufzeit ist Energie ÷ Leistung, ihre Spanne verbindet beide.</translation>
    </message>
    <message>
        <source>Pinned to the Compare view, beside the measured groups.</source>
        <translation>In der Vergleichsansicht neben die gemessenen Gruppen geheftet.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>BUTTER-E dataset</source>
        <translation>BUTTER-E-Datensatz</translation>
    </message>
    <message>
        <source>My own dataset</source>
        <translation>Eigener Datensatz</translation>
    </message>
    <message>
        <source>One of the sweep&apos;s datasets, or a dataset of your own described by its size</source>
        <translation>Einer der Datensätze des Sweeps oder ein eigener, beschrieben durch seine Größe</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Rows of your dataset, training and test together; 80% of them train</source>
        <translation>Zeilen Ihres Datensatzes, Training und Test zusammen; mit 80 % davon wird trainiert</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Inputs of the network: the features of one example</source>
        <translation>Eingaben des Netzes: die Merkmale eines Beispiels</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgaben:</translation>
    </message>
    <message>
        <source>Outputs of the network: 1 for a regression or two classes</source>
        <translation>Ausgaben des Netzes: 1 für eine Regression oder zwei Klassen</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>Zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Pin this plan and its prediction to the Compare view, beside the measured groups</source>
        <translation>Diesen Plan und seine Vorhersage in der Vergleichsansicht neben die gemessenen Gruppen heften</translation>
    </message>
    <message>
        <source>Add the plan to the Compare view</source>
        <translation>Den Plan zur Vergleichsansicht hinzufügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a planned network on the left: one of the sweep&apos;s datasets or a dataset of your own (its examples, inputs and outputs), its shape, size (parameters) and depth (layers), the device, the epochs and the batch size. The table predicts its &lt;b&gt;energy&lt;/b&gt;, &lt;b&gt;run time&lt;/b&gt;, average &lt;b&gt;power&lt;/b&gt;, &lt;b&gt;carbon&lt;/b&gt; and &lt;b&gt;cost&lt;/b&gt; on both devices, each with an interval.&lt;/p&gt;&lt;p&gt;The energy comes from the energy model fitted on the runs in the filter that pass every quality check (the same model that gives every run its expected energy). Its &lt;b&gt;interval&lt;/b&gt; is taken from the model&apos;s own errors on configurations it did not see: each configuration was predicted by the model fitted without it, and 90% of those predictions fell within the interval&apos;s factors. It is an interval for the typical (median) run of the configuration, not for a single run. Carbon and cost follow the energy with the factors of the Preferences.&lt;/p&gt;&lt;p&gt;Power is the median of the nearest measured configurations (its range is theirs), and run time is energy divided by power, so its interval also holds the power&apos;s spread.&lt;/p&gt;&lt;p&gt;When the plan leaves what the runs measured (a size or depth outside the sweep, a dataset or shape without runs on the device, another batch size), the note below the table says so and the interval is &lt;b&gt;widened&lt;/b&gt;; far beyond the sweep, or with a shape the model does not know, there is no prediction at all, never a number without its interval.&lt;/p&gt;&lt;p&gt;The note also says which device uses less energy at this size and at which size the other becomes cheaper. The table at the bottom lists the measured configurations nearest to the plan (same dataset and shape first), with their median energy and run time and what the model predicts for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Add to compare&lt;/b&gt; pins the plan and its prediction to the Compare view, beside the measured groups there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Links ein geplantes Netz wählen: einen der Datensätze des Sweeps oder einen eigenen (seine Beispiele, Eingaben und Ausgaben), seine Form, Größe (Parameter) und Tiefe (Schichten), das Gerät, die Epochen und die Batchgröße. Die Tabelle sagt seine &lt;b&gt;Energie&lt;/b&gt;, &lt;b&gt;Laufzeit&lt;/b&gt;, mittlere &lt;b&gt;Leistung&lt;/b&gt;, &lt;b&gt;CO2&lt;/b&gt; und &lt;b&gt;Kosten&lt;/b&gt; auf beiden Geräten voraus, jeweils mit Intervall.&lt;/p&gt;&lt;p&gt;Die Energie stammt aus dem Energiemodell, angepasst an die Läufe im Filter, die jede Qualitätsprüfung bestehen (dasselbe Modell, das jedem Lauf seine erwartete Energie gibt). Sein &lt;b&gt;Intervall&lt;/b&gt; stammt aus den eigenen Fehlern des Modells bei Konfigurationen, die es nicht gesehen hat: Jede Konfiguration wurde vom ohne sie angepassten Modell vorhergesagt, und 90 % dieser Vorhersagen lagen innerhalb der Faktoren des Intervalls. Es ist ein Intervall für den typischen (Median-)Lauf der Konfiguration, nicht für einen einzelnen Lauf. CO2 und Kosten folgen der Energie mit den Faktoren der Einstellungen.&lt;/p&gt;&lt;p&gt;Die Leistung ist der Median der nächstgelegenen gemessenen Konfigurationen (ihr Bereich ist deren Bereich), die Laufzeit ist Energie geteilt durch Leistung, daher enthält ihr Intervall auch die Streuung der Leistung.&lt;/p&gt;&lt;p&gt;Verlässt der Plan das Gemessene (eine Größe oder Tiefe außerhalb des Sweeps, ein Datensatz oder eine Form ohne Läufe auf dem Gerät, eine andere Batchgröße), sagt es der Hinweis unter der Tabelle, und das Intervall wird &lt;b&gt;verbreitert&lt;/b&gt;; weit jenseits des Sweeps oder mit einer dem Modell unbekannten Form gibt es gar keine Vorhersage, nie eine Zahl ohne ihr Intervall.&lt;/p&gt;&lt;p&gt;Der Hinweis sagt auch, welches Gerät bei dieser Größe weniger Energie braucht und ab welcher Größe das andere günstiger wird. Die Tabelle unten listet die dem Plan nächstgelegenen gemessenen Konfigurationen (gleicher Datensatz und gleiche Form zuerst) mit ihrer Median-Energie und -Laufzeit und dem, was das Modell für sie vorhersagt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zum Vergleich hinzufügen&lt;/b&gt; heftet den Plan und seine Vorhersage an die Vergleichsansicht, neben die dort gemessenen Gruppen.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
