<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnalysisCommands</name>
    <message>
        <source>unexpected argument &apos;%1&apos; (try --help)</source>
        <translation>argument inattendu « %1 » (essayez --help)</translation>
    </message>
    <message>
        <source>--%1 must be a finite number, not &apos;%2&apos;</source>
        <translation>--%1 doit être un nombre fini, pas « %2 »</translation>
    </message>
    <message>
        <source>--%1 must be a positive whole number, not &apos;%2&apos;</source>
        <translation>--%1 doit être un nombre entier positif, pas « %2 »</translation>
    </message>
    <message>
        <source>--%1 must be a whole number &gt;= %3, not &apos;%2&apos;</source>
        <translation>--%1 doit être un nombre entier &gt;= %3, pas « %2 »</translation>
    </message>
    <message>
        <source>SQLite database file (an existing Wattprint store).</source>
        <translation>Fichier de base SQLite (une base Wattprint existante).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Only runs matching FILTER, e.g. dataset=529_pollen,device=cpu (keys: dataset, shape, size, depth, device, node_type, batch).</source>
        <translation>Uniquement les exécutions correspondant à FILTRE, p. ex. dataset=529_pollen,device=cpu (clés : dataset, shape, size, depth, device, node_type, batch).</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTRE</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <source>%1 needs --db PATH</source>
        <translation>%1 requiert --db CHEMIN</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>could not load the runs: %1</source>
        <translation>impossible de charger les exécutions : %1</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>--%1 doit valoir l&apos;une des valeurs %2, pas « %3 »</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>One of the 13 BUTTER datasets (e.g. 201_pol).</source>
        <translation>L&apos;un des 13 jeux de données BUTTER (p. ex. 201_pol).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Network shape (rectangle, trapezoid, exponential, wide_first_2x, ...).</source>
        <translation>Forme du réseau (rectangle, trapezoid, exponential, wide_first_2x, ...).</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORME</translation>
    </message>
    <message>
        <source>Number of layers (&gt;= 2).</source>
        <translation>Nombre de couches (&gt;= 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Target parameter count of BUTTER&apos;s width search.</source>
        <translation>Nombre de paramètres visé par la recherche de largeur de BUTTER.</translation>
    </message>
    <message>
        <source>Only this device&apos;s working sets: cpu or gpu.</source>
        <translation>Uniquement les ensembles de travail de ce matériel : cpu ou gpu.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>MATÉRIEL</translation>
    </message>
    <message>
        <source>Explicit layer widths, output layer last: A,B,...</source>
        <translation>Largeurs de couches explicites, couche de sortie en dernier : A,B,...</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Input width (with --widths).</source>
        <translation>Largeur d&apos;entrée (avec --widths).</translation>
    </message>
    <message>
        <source>Free parameters (with --widths; counted if omitted).</source>
        <translation>Paramètres libres (avec --widths ; calculés si omis).</translation>
    </message>
    <message>
        <source>Dataset rows, 80% of which train (with --widths).</source>
        <translation>Lignes du jeu de données, dont 80 % servent à l&apos;entraînement (avec --widths).</translation>
    </message>
    <message>
        <source>Label floats per datum (with --widths; default 1).</source>
        <translation>Valeurs flottantes d&apos;étiquette par donnée (avec --widths ; 1 par défaut).</translation>
    </message>
    <message>
        <source>Batch size (default 256).</source>
        <translation>Taille de lot (256 par défaut).</translation>
    </message>
    <message>
        <source>Derives a network&apos;s widths, FLOPs and cache working sets as NREL&apos;s energy model does.</source>
        <translation>Calcule les largeurs, les FLOP et les ensembles de travail en cache d&apos;un réseau comme le fait le modèle énergétique du NREL.</translation>
    </message>
    <message>
        <source>derive needs either --dataset D --shape S --depth N --size N, or --widths A,B,... --inputs N --observations N (not both)</source>
        <translation>derive requiert soit --dataset D --shape S --depth N --size N, soit --widths A,B,... --inputs N --observations N (pas les deux)</translation>
    </message>
    <message>
        <source>--%1 goes with --widths, not --dataset</source>
        <translation>--%1 s&apos;utilise avec --widths, pas avec --dataset</translation>
    </message>
    <message>
        <source>derive --dataset also needs --shape, --depth and --size</source>
        <translation>derive --dataset requiert aussi --shape, --depth et --size</translation>
    </message>
    <message>
        <source>--depth %1 is out of range</source>
        <translation>--depth %1 est hors limites</translation>
    </message>
    <message>
        <source>--%1 goes with --dataset, not --widths</source>
        <translation>--%1 s&apos;utilise avec --dataset, pas avec --widths</translation>
    </message>
    <message>
        <source>derive --widths also needs --inputs and --observations</source>
        <translation>derive --widths requiert aussi --inputs et --observations</translation>
    </message>
    <message>
        <source>--widths must be positive whole numbers separated by commas, not &apos;%1&apos;</source>
        <translation>--widths doit contenir des nombres entiers positifs séparés par des virgules, pas « %1 »</translation>
    </message>
    <message>
        <source>Energy measured at the node (J).</source>
        <translation>Énergie mesurée au nœud (J).</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Grid carbon intensity instead of a preset (g CO2e per kWh).</source>
        <translation>Intensité carbone du réseau électrique au lieu d&apos;un préréglage (g CO2e par kWh).</translation>
    </message>
    <message>
        <source>G_PER_KWH</source>
        <translation>G_PAR_KWH</translation>
    </message>
    <message>
        <source>Power usage effectiveness of the facility (&gt;= 1).</source>
        <translation>Efficacité énergétique (PUE) du site (&gt;= 1).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>PER_KWH</source>
        <translation>PAR_KWH</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Print the grid presets with their sources.</source>
        <translation>Afficher les préréglages de réseau électrique avec leurs sources.</translation>
    </message>
    <message>
        <source>Turns joules into kWh, CO2e and cost, with the factors&apos; sources.</source>
        <translation>Convertit des joules en kWh, en CO2e et en coût, avec les sources des facteurs.</translation>
    </message>
    <message>
        <source>carbon needs --joules J</source>
        <translation>carbon requiert --joules J</translation>
    </message>
    <message>
        <source>Runs of side A (the baseline), e.g. dataset=529_pollen,device=cpu.</source>
        <translation>Exécutions du côté A (la référence), p. ex. dataset=529_pollen,device=cpu.</translation>
    </message>
    <message>
        <source>Runs of side B.</source>
        <translation>Exécutions du côté B.</translation>
    </message>
    <message>
        <source>%1 (default energy).</source>
        <translation>%1 (energy par défaut).</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRIQUE</translation>
    </message>
    <message>
        <source>Bootstrap seed (default %1).</source>
        <translation>Graine du bootstrap (%1 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Compares one metric between two sets of runs.</source>
        <translation>Compare une métrique entre deux ensembles d&apos;exécutions.</translation>
    </message>
    <message>
        <source>compare needs --a FILTER and --b FILTER</source>
        <translation>compare requiert --a FILTRE et --b FILTRE</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test on log10 values p &lt; alpha and the 95% bootstrap interval of the percent change excludes 0</source>
        <translation>test t de Welch sur les valeurs log10 p &lt; alpha et l&apos;intervalle bootstrap à 95 % de la variation en pourcentage exclut 0</translation>
    </message>
    <message>
        <source>zscore, robust (median/MAD), iqr (Tukey fences) or iforest (Isolation Forest).</source>
        <translation>zscore, robust (médiane/MAD), iqr (barrières de Tukey) ou iforest (Isolation Forest).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Flag |score| above T (defaults: zscore 3, robust 3.5, iqr 0, iforest 0.6).</source>
        <translation>Signaler |score| au-dessus de T (par défaut : zscore 3, robust 3.5, iqr 0, iforest 0.6).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>Isolation Forest seed (default 0).</source>
        <translation>Graine de l&apos;Isolation Forest (0 par défaut).</translation>
    </message>
    <message>
        <source>--method must be zscore, robust, iqr or iforest, not &apos;%1&apos;</source>
        <translation>--method doit valoir zscore, robust, iqr ou iforest, pas « %1 »</translation>
    </message>
    <message>
        <source>could not look up the run ids: %1</source>
        <translation>impossible de retrouver les identifiants d&apos;exécution : %1</translation>
    </message>
    <message>
        <source>none (every run, default) or config (one point per configuration median).</source>
        <translation>none (chaque exécution, par défaut) ou config (un point par médiane de configuration).</translation>
    </message>
    <message>
        <source>--group must be none or config, not &apos;%1&apos;</source>
        <translation>--group doit valoir none ou config, pas « %1 »</translation>
    </message>
    <message>
        <source>Rank by the median of %1 (default energy_per_datum).</source>
        <translation>Classer selon la médiane de %1 (energy_per_datum par défaut).</translation>
    </message>
    <message>
        <source>Keep ranks &lt;= N within each dataset.</source>
        <translation>Garder les rangs &lt;= N au sein de chaque jeu de données.</translation>
    </message>
    <message>
        <source>Print CSV with a header instead of JSON.</source>
        <translation>Afficher du CSV avec un en-tête au lieu de JSON.</translation>
    </message>
    <message>
        <source>Ranks configurations within their dataset (1 = lowest median) with a 1-5 efficiency band.</source>
        <translation>Classe les configurations au sein de leur jeu de données (1 = médiane la plus basse) avec une classe d&apos;efficacité de 1 à 5.</translation>
    </message>
    <message>
        <source>%1 configurations have no %2 value and are not ranked</source>
        <translation>%1 configurations n&apos;ont pas de valeur %2 et ne sont pas classées</translation>
    </message>
    <message>
        <source>Fits energy per datum to FLOPs and cache-level bytes per device, one row per configuration.</source>
        <translation>Ajuste l&apos;énergie par donnée aux FLOP et aux octets par niveau de cache pour chaque matériel, une ligne par configuration.</translation>
    </message>
    <message>
        <source>the statistics cannot be computed for these values: they are too large, too small or too alike for double precision (%1)</source>
        <translation>les statistiques ne peuvent pas être calculées pour ces valeurs : elles sont trop grandes, trop petites ou trop proches pour la double précision (%1)</translation>
    </message>
    <message>
        <source>side %1 (%2) has a %3 of %4: values beyond 1e+-150 cannot be compared in double precision</source>
        <translation>le côté %1 (%2) a %3 = %4 : des valeurs au-delà de 1e+-150 ne peuvent pas être comparées en double précision</translation>
    </message>
    <message>
        <source>Rank only configurations with at least N runs (default %1; 1 ranks single runs).</source>
        <translation>Ne classer que les configurations d’au moins N exécutions (par défaut %1 ; 1 classe aussi les exécutions uniques).</translation>
    </message>
    <message>
        <source>%1 configurations have fewer than %2 runs and are not ranked (--min-runs 1 ranks them too)</source>
        <translation>%1 configurations ont moins de %2 exécutions et ne sont pas classées (--min-runs 1 les classe aussi)</translation>
    </message>
    <message>
        <source>side %1 (%2) has %3 runs with a %4 value; at least 1 is needed</source>
        <translation>le côté %1 (%2) a %3 exécutions avec une valeur de %4 ; il en faut au moins 1</translation>
    </message>
    <message>
        <source>Grid preset: %1, or a country&apos;s ISO code or English name, e.g. FRA or France (default world; --list-regions lists them all).</source>
        <translation>Préréglage de réseau : %1, ou le code ISO ou le nom anglais d&apos;un pays, p. ex. FRA ou France (par défaut world ; --list-regions les liste tous).</translation>
    </message>
    <message>
        <source>Electricity price per kWh (default: %1 %2, %3).</source>
        <translation>Prix de l&apos;électricité par kWh (par défaut : %1 %2, %3).</translation>
    </message>
    <message>
        <source>Label of the currency of --price (the default price is in USD).</source>
        <translation>Libellé de la devise de --price (le prix par défaut est en USD).</translation>
    </message>
    <message>
        <source>Score within each device (default), dataset-device, dataset-size-device, configuration (config) or none.</source>
        <translation>Évaluer au sein de chaque appareil (par défaut), dataset-device, dataset-size-device, configuration (config) ou none.</translation>
    </message>
    <message>
        <source>Flags runs whose energy is far from what the energy model expects.</source>
        <translation>Signale les exécutions dont l&apos;énergie s&apos;écarte fortement de ce qu&apos;attend le modèle énergétique.</translation>
    </message>
    <message>
        <source>--group must be device, dataset-device, dataset-size-device, configuration or none, not &apos;%1&apos;</source>
        <translation>--group doit valoir device, dataset-device, dataset-size-device, configuration ou none, et non « %1 »</translation>
    </message>
    <message>
        <source>%1 runs in %2 groups with fewer than %3 runs were not scored</source>
        <translation>%1 exécutions dans %2 groupes de moins de %3 exécutions n&apos;ont pas été évaluées</translation>
    </message>
    <message>
        <source>%1 runs have no expected energy (a dataset or shape the energy model does not know) and were not scored</source>
        <translation>%1 exécutions n&apos;ont pas d&apos;énergie attendue (un jeu de données ou une forme que le modèle énergétique ne connaît pas) et n&apos;ont pas été évaluées</translation>
    </message>
    <message>
        <source>%1 runs in groups of fewer than %2 runs were scored by one Isolation Forest over all runs, not within their group</source>
        <translation>%1 exécutions de groupes de moins de %2 exécutions ont été évaluées par une seule Isolation Forest sur toutes les exécutions, pas au sein de leur groupe</translation>
    </message>
    <message>
        <source>non_negative (default: every coefficient a cost &gt;= 0) or least_squares.</source>
        <translation>non_negative (par défaut : chaque coefficient est un coût &gt;= 0) ou least_squares.</translation>
    </message>
    <message>
        <source>Folds of the out-of-fold validation (default 5).</source>
        <translation>Nombre de plis de la validation hors pli (par défaut 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--method must be non_negative or least_squares, not &apos;%1&apos;</source>
        <translation>--method doit valoir non_negative ou least_squares, et non « %1 »</translation>
    </message>
    <message>
        <source>--folds must be a whole number from 2 to 100</source>
        <translation>--folds doit être un nombre entier de 2 à 100</translation>
    </message>
    <message>
        <source>no configuration can be fitted: %1 configurations, none of a known dataset and shape with a positive energy per datum</source>
        <translation>aucune configuration ne peut être ajustée : %1 configurations, aucune d&apos;un jeu de données et d&apos;une forme connus avec une énergie par donnée positive</translation>
    </message>
    <message>
        <source>capacity-energy-per-datum (default: parameters, the more the better, against energy per training datum, one frontier per device), capacity-energy (the same with energy per run) or time-energy (run time against energy, one frontier over both devices; they rise together, as energy = power x run time).</source>
        <translation>capacity-energy-per-datum (par défaut : paramètres, plus il y en a mieux c&apos;est, en fonction de l&apos;énergie par donnée d&apos;entraînement, un front par appareil), capacity-energy (la même chose avec l&apos;énergie par exécution) ou time-energy (durée d&apos;exécution en fonction de l&apos;énergie, un seul front pour les deux appareils ; elles augmentent ensemble, car énergie = puissance x durée).</translation>
    </message>
    <message>
        <source>AXES</source>
        <translation>AXES</translation>
    </message>
    <message>
        <source>Instead of --axes: a metric on x, minimised: %1 (default run_time when --y is given); one frontier over every point.</source>
        <translation>À la place de --axes : une mesure en x, minimisée : %1 (run_time par défaut si --y est donné) ; un seul front sur tous les points.</translation>
    </message>
    <message>
        <source>Instead of --axes: a metric on y, minimised (default energy when --x is given).</source>
        <translation>À la place de --axes : une mesure en y, minimisée (energy par défaut si --x est donné).</translation>
    </message>
    <message>
        <source>Finds the runs (or configurations) no other beats on both axes.</source>
        <translation>Trouve les exécutions (ou configurations) qu&apos;aucune autre ne bat sur les deux axes.</translation>
    </message>
    <message>
        <source>give --axes or --x/--y, not both</source>
        <translation>indiquez --axes ou --x/--y, pas les deux</translation>
    </message>
    <message>
        <source>--axes must be one of %1, not &apos;%2&apos;</source>
        <translation>--axes doit valoir l&apos;un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>skipped %1 of %2 configurations the model does not know or cannot fit (unknown dataset %3, unknown shape %4, no energy per datum %5, energy per datum zero or negative %6, not derivable %7)</source>
        <translation>%1 configurations sur %2 ignorées, que le modèle ne connaît pas ou ne peut pas ajuster (jeu de données inconnu %3, forme inconnue %4, pas d&apos;énergie par donnée %5, énergie par donnée nulle ou négative %6, non dérivable %7)</translation>
    </message>
    <message>
        <source>Let runs that fail a quality check take part (by default they are left out of rankings, fits, frontiers and anomaly baselines).</source>
        <translation>Faire participer les exécutions qui échouent à un contrôle de qualité (par défaut elles sont écartées des classements, ajustements, frontières et références d&apos;anomalies).</translation>
    </message>
    <message>
        <source>runs failing a quality check, left out of %1: %2 (--include-failing lets them take part)</source>
        <translation>exécutions qui échouent à un contrôle de qualité, écartées (%1) : %2 (--include-failing les fait participer)</translation>
    </message>
    <message>
        <source>runs failing a quality check, scored but kept out of the baselines: %1 (--include-failing lets them count)</source>
        <translation>exécutions qui échouent à un contrôle de qualité, notées mais hors des références : %1 (--include-failing les fait compter)</translation>
    </message>
    <message>
        <source>the frontiers</source>
        <translation>frontières</translation>
    </message>
    <message>
        <source>the frontier</source>
        <translation>frontière</translation>
    </message>
    <message>
        <source>the ranking</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>the fit</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>A dataset of your own instead: its rows, 80% of which train (with --inputs).</source>
        <translation>Un jeu de données à vous à la place : ses lignes, dont 80 % servent à l&apos;entraînement (avec --inputs).</translation>
    </message>
    <message>
        <source>Inputs per example of your own dataset.</source>
        <translation>Entrées par exemple de votre jeu de données.</translation>
    </message>
    <message>
        <source>Network outputs for your own dataset (default 1).</source>
        <translation>Sorties du réseau pour votre jeu de données (1 par défaut).</translation>
    </message>
    <message>
        <source>Number of layers, the output layer included (&gt;= 2).</source>
        <translation>Nombre de couches, couche de sortie comprise (&gt;= 2).</translation>
    </message>
    <message>
        <source>cpu or gpu.</source>
        <translation>cpu ou gpu.</translation>
    </message>
    <message>
        <source>Training epochs (default 3000).</source>
        <translation>Époques d&apos;entraînement (3000 par défaut).</translation>
    </message>
    <message>
        <source>Level of the prediction interval (default 0.9).</source>
        <translation>Niveau de l&apos;intervalle de prédiction (0.9 par défaut).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Measured configurations to list (default 5).</source>
        <translation>Configurations mesurées à lister (5 par défaut).</translation>
    </message>
    <message>
        <source>Grid preset for carbon, as for carbon (default world).</source>
        <translation>Préréglage de réseau électrique pour le carbone, comme pour carbon (world par défaut).</translation>
    </message>
    <message>
        <source>Electricity price per kWh (default: %1 %2).</source>
        <translation>Prix de l&apos;électricité par kWh (par défaut : %1 %2).</translation>
    </message>
    <message>
        <source>Label of the currency of --price.</source>
        <translation>Libellé de la devise de --price.</translation>
    </message>
    <message>
        <source>Predicts the energy, run time, power, carbon and cost of a planned training run from the store&apos;s measured runs, with an interval.</source>
        <translation>Prédit l&apos;énergie, la durée, la puissance, le carbone et le coût d&apos;un entraînement prévu à partir des exécutions mesurées de la base, avec un intervalle.</translation>
    </message>
    <message>
        <source>predict needs --%1</source>
        <translation>predict nécessite --%1</translation>
    </message>
    <message>
        <source>predict needs either --dataset NAME or --examples N with --inputs N for a dataset of your own (not both)</source>
        <translation>predict nécessite soit --dataset NOM, soit --examples N avec --inputs N pour votre propre jeu de données (pas les deux)</translation>
    </message>
    <message>
        <source>--inputs and --outputs go with --examples, not --dataset</source>
        <translation>--inputs et --outputs vont avec --examples, pas avec --dataset</translation>
    </message>
    <message>
        <source>--examples also needs --inputs</source>
        <translation>--examples nécessite aussi --inputs</translation>
    </message>
    <message>
        <source>--depth must be at most %1, not %2</source>
        <translation>--depth doit valoir au plus %1, pas %2</translation>
    </message>
    <message>
        <source>--epochs, --inputs and --outputs must be at most %1</source>
        <translation>--epochs, --inputs et --outputs doivent valoir au plus %1</translation>
    </message>
    <message>
        <source>--level must lie strictly between 0 and 1, e.g. 0.9, not %1</source>
        <translation>--level doit être strictement entre 0 et 1, p. ex. 0.9, pas %1</translation>
    </message>
    <message>
        <source>--nearest must be at most 1000</source>
        <translation>--nearest doit valoir au plus 1000</translation>
    </message>
    <message>
        <source>--dataset &apos;%1&apos; is not one of the sweep&apos;s (%2); describe a dataset of your own with --examples and --inputs</source>
        <translation>--dataset &apos;%1&apos; ne fait pas partie du balayage (%2) ; décrivez votre propre jeu de données avec --examples et --inputs</translation>
    </message>
    <message>
        <source>--shape &apos;%1&apos; is unknown (known: %2)</source>
        <translation>--shape &apos;%1&apos; est inconnue (connues : %2)</translation>
    </message>
    <message>
        <source>--depth must be at least 2, not %1</source>
        <translation>--depth doit valoir au moins 2, pas %1</translation>
    </message>
    <message>
        <source>--device must be cpu or gpu, not &apos;%1&apos;</source>
        <translation>--device doit être cpu ou gpu, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot predict this plan on %1: %2</source>
        <translation>impossible de prédire ce plan sur %1 : %2</translation>
    </message>
    <message>
        <source>extrapolating, interval widened: %1</source>
        <translation>extrapolation, intervalle élargi : %1</translation>
    </message>
    <message>
        <source>Instead of a plan: predict each configuration of the store from a model fitted without it and print how often the interval holds its measured median (per device, with the median error).</source>
        <translation>Au lieu d’un plan : prédire chaque configuration de la base avec un modèle ajusté sans elle et afficher combien de fois l’intervalle contient sa médiane mesurée (par appareil, avec l’erreur médiane).</translation>
    </message>
    <message>
        <source>Folds of --held-out (default 5).</source>
        <translation>Partitions de --held-out (5 par défaut).</translation>
    </message>
    <message>
        <source>--held-out checks the whole store; leave out --%1</source>
        <translation>--held-out vérifie toute la base ; retirez --%1</translation>
    </message>
    <message>
        <source>--folds must lie between 2 and 100, not %1</source>
        <translation>--folds doit être entre 2 et 100, pas %1</translation>
    </message>
    <message>
        <source>%1 runs with a BUTTER-E configuration are not in these groups (the leaderboard without --group ranks them)</source>
        <translation>%1 exécutions avec une configuration BUTTER-E ne sont pas dans ces groupes (le classement sans --group les classe)</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>les groupes</translation>
    </message>
    <message>
        <source>List the runs without a BUTTER-E configuration (CodeCarbon&apos;s) per project or hardware instead, as the leaderboard view&apos;s Rank: Projects / Hardware.</source>
        <translation>Lister plutôt les exécutions sans configuration BUTTER-E (celles de CodeCarbon) par projet ou matériel, comme « Classer : Projets / Matériel » dans la vue du classement.</translation>
    </message>
    <message>
        <source>project|hardware</source>
        <translation>project|hardware</translation>
    </message>
    <message>
        <source>--group must be project or hardware, not &apos;%1&apos;</source>
        <translation>--group doit valoir project ou hardware, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>loading the runs was cancelled</source>
        <translation>le chargement des exécutions a été annulé</translation>
    </message>
    <message>
        <source>could not load the runs: %1</source>
        <translation>impossible de charger les exécutions : %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>no data to analyse: open or import a store first</source>
        <translation>aucune donnée à analyser : ouvrez ou importez d&apos;abord une base</translation>
    </message>
    <message>
        <source>empty analysis job</source>
        <translation>tâche d&apos;analyse vide</translation>
    </message>
    <message>
        <source>the analysis failed unexpectedly</source>
        <translation>l&apos;analyse a échoué de manière inattendue</translation>
    </message>
</context>
<context>
    <name>AnomalyGroupChoice</name>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Dataset, size and device</source>
        <translation>Jeu de données, taille et matériel</translation>
    </message>
    <message>
        <source>Dataset and device</source>
        <translation>Jeu de données et matériel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>All runs together</source>
        <translation>Toutes les exécutions ensemble</translation>
    </message>
    <message>
        <source>within their configuration</source>
        <translation>au sein de leur configuration</translation>
    </message>
    <message>
        <source>within their dataset, size and device</source>
        <translation>au sein de leur jeu de données, taille et matériel</translation>
    </message>
    <message>
        <source>within their dataset and device</source>
        <translation>au sein de leur jeu de données et matériel</translation>
    </message>
    <message>
        <source>within their device</source>
        <translation>au sein de leur matériel</translation>
    </message>
    <message>
        <source>among all runs</source>
        <translation>parmi toutes les exécutions</translation>
    </message>
    <message>
        <source>its configuration&apos;s median</source>
        <translation>la médiane de sa configuration</translation>
    </message>
    <message>
        <source>the median of its dataset, size and device group</source>
        <translation>la médiane de son groupe jeu de données, taille et matériel</translation>
    </message>
    <message>
        <source>the median of its dataset and device group</source>
        <translation>la médiane de son groupe jeu de données et matériel</translation>
    </message>
    <message>
        <source>the median of its device</source>
        <translation>la médiane de son matériel</translation>
    </message>
    <message>
        <source>the median of all runs</source>
        <translation>la médiane de toutes les exécutions</translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>configurations</translation>
    </message>
    <message>
        <source>dataset, size and device groups</source>
        <translation>groupes jeu de données, taille et matériel</translation>
    </message>
    <message>
        <source>dataset and device groups</source>
        <translation>groupes jeu de données et matériel</translation>
    </message>
    <message>
        <source>device groups</source>
        <translation>groupes de matériel</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
</context>
<context>
    <name>AnomalyScoreView</name>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation>%1, %2, %3 paramètres, profondeur %4, %5</translation>
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
        <translation>|z robuste| &gt; %1</translation>
    </message>
    <message>
        <source>Tukey fences at %1 IQR</source>
        <translation>barrières de Tukey à %1 IQR</translation>
    </message>
    <message>
        <source>an Isolation Forest score &gt; %1</source>
        <translation>un score Isolation Forest &gt; %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation>%1, %2, %3 paramètres, profondeur %4, %5</translation>
    </message>
</context>
<context>
    <name>Carbon</name>
    <message>
        <source>World average</source>
        <translation>Moyenne mondiale</translation>
    </message>
    <message>
        <source>BUTTER-E paper (NREL Eagle)</source>
        <translation>Article BUTTER-E (NREL Eagle)</translation>
    </message>
    <message>
        <source>United States (EIA, CO2 only)</source>
        <translation>États-Unis (EIA, CO2 seul)</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Union européenne (27)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingStore</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a file of column mappings: %2</source>
        <translation>%1 : pas un fichier de correspondances de colonnes : %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: the mapping &apos;%2&apos; lacks the energy or duration column or names an unknown unit</source>
        <translation>%1 : la correspondance « %2 » n&apos;a pas de colonne d&apos;énergie ou de durée, ou nomme une unité inconnue</translation>
    </message>
    <message>
        <source>a mapping needs a name to be saved</source>
        <translation>une correspondance doit avoir un nom pour être enregistrée</translation>
    </message>
    <message>
        <source>a mapping needs the energy and the duration column</source>
        <translation>une correspondance doit avoir la colonne d&apos;énergie et celle de durée</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 20221001).</source>
        <translation>Graine aléatoire (20221001 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Also write the runs as runs_with_standardized_energy.csv.</source>
        <translation>Écrire aussi les exécutions dans runs_with_standardized_energy.csv.</translation>
    </message>
    <message>
        <source>Builds a store filled with synthetic demo data modelled on BUTTER-E.</source>
        <translation>Crée une base remplie de données de démonstration synthétiques calquées sur BUTTER-E.</translation>
    </message>
    <message>
        <source>demo needs --db PATH and/or --csv PATH</source>
        <translation>demo requiert --db CHEMIN et/ou --csv CHEMIN</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>wrote %1 synthetic runs to %2</source>
        <translation>%1 exécutions synthétiques écrites dans %2</translation>
    </message>
    <message>
        <source>%1: %2 rows stored in %3 ms (%4)</source>
        <translation>%1 : %2 lignes enregistrées en %3 ms (%4)</translation>
    </message>
    <message>
        <source>Import the good rows and report each rejected line, instead of failing the file.</source>
        <translation>Importer les lignes valides et signaler chaque ligne rejetée, au lieu de rejeter tout le fichier.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>import needs --db PATH</source>
        <translation>import requiert --db CHEMIN</translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation>import requiert au moins un FICHIER</translation>
    </message>
    <message>
        <source>  ... and %1 more rejected rows (all are recorded in the store)</source>
        <translation>  ... et %1 autres lignes rejetées (toutes sont consignées dans la base)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Summarises the runs in a store.</source>
        <translation>Résume les exécutions d&apos;une base.</translation>
    </message>
    <message>
        <source>summary needs --db PATH</source>
        <translation>summary requiert --db CHEMIN</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Runs: %1 (%2 configurations)</source>
        <translation>Exécutions : %1 (%2 configurations)</translation>
    </message>
    <message>
        <source>Usage: wattprint [--db PATH]            open the app
       wattprint &lt;command&gt; [options]    run headless

Commands: %1
Run &apos;wattprint &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Usage : wattprint [--db CHEMIN]          ouvrir l&apos;application
        wattprint &lt;commande&gt; [options]  exécuter sans interface

Commandes : %1
Lancez « wattprint &lt;commande&gt; --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>commande inconnue « %1 » (essayez --help)</translation>
    </message>
    <message>
        <source>Number of runs to generate (default 63527, at most %1).</source>
        <translation>Nombre d&apos;exécutions à générer (63527 par défaut, au plus %1).</translation>
    </message>
    <message>
        <source>--runs must be a whole number from 1 to %1</source>
        <translation>--runs doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>A row whose run_id (or power sample) is stored already with other values: refuse the file (default), keep the stored values, or replace them.</source>
        <translation>Une ligne dont le run_id (ou l&apos;échantillon de puissance) est déjà enregistré avec d&apos;autres valeurs : refuser le fichier (par défaut), garder les valeurs enregistrées ou les remplacer.</translation>
    </message>
    <message>
        <source>--on-conflict must be keep, replace or refuse, not &apos;%1&apos;</source>
        <translation>--on-conflict doit être keep, replace ou refuse, et non « %1 »</translation>
    </message>
    <message>
        <source>  ... and %1 more conflicting rows</source>
        <translation>  ... et %1 autres lignes en conflit</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>impossible d&apos;écrire la sortie : %1</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>erreur d&apos;écriture</translation>
    </message>
    <message>
        <source>%1: no such file (to create a new database there, run wattprint --db %1)</source>
        <translation>%1 : fichier introuvable (pour y créer une nouvelle base : wattprint --db %1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>commande inconnue « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>Total energy: %1</source>
        <translation>Énergie totale : %1</translation>
    </message>
    <message>
        <source>Quality checks: %1 of %2 runs fail at least one</source>
        <translation>Contrôles de qualité : %1 exécutions sur %2 échouent à au moins un</translation>
    </message>
    <message>
        <source>Time zone of times written without one, as in CodeCarbon&apos;s emissions.csv (an IANA name such as Europe/Paris; default: this system&apos;s zone).</source>
        <translation>Fuseau horaire des heures écrites sans fuseau, comme dans emissions.csv de CodeCarbon (un nom IANA tel que Europe/Paris ; par défaut : le fuseau de ce système).</translation>
    </message>
    <message>
        <source>runs_with_standardized_energy.csv(.zip), butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv, CodeCarbon&apos;s emissions.csv</source>
        <translation>runs_with_standardized_energy.csv(.zip), butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv, emissions.csv de CodeCarbon</translation>
    </message>
    <message>
        <source>--time-zone: &apos;%1&apos; is not a time zone this system knows (use an IANA name such as Europe/Paris, or UTC)</source>
        <translation>--time-zone : « %1 » n&apos;est pas un fuseau horaire connu de ce système (utilisez un nom IANA tel que Europe/Paris, ou UTC)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projets :</translation>
    </message>
    <message>
        <source>  %1: %2 runs, %3</source>
        <translation>  %1 : %2 exécutions, %3</translation>
    </message>
    <message>
        <source>Read every file as an energy CSV of any tool through this saved column mapping (see &apos;wattprint mappings&apos;).</source>
        <translation>Lire chaque fichier comme un CSV d&apos;énergie de n&apos;importe quel outil au moyen de cette correspondance de colonnes enregistrée (voir &apos;wattprint mappings&apos;).</translation>
    </message>
    <message>
        <source>Imports BUTTER-E and CodeCarbon files, or any energy CSV through a column mapping, into a store.</source>
        <translation>Importe des fichiers BUTTER-E et CodeCarbon, ou tout CSV d&apos;énergie au moyen d&apos;une correspondance de colonnes, dans une base.</translation>
    </message>
    <message>
        <source>--mapping: no column mapping named &apos;%1&apos;; none is saved yet (save one in the app&apos;s import or with wattprint mappings --save)</source>
        <translation>--mapping : aucune correspondance de colonnes nommée &apos;%1&apos; ; aucune n&apos;est encore enregistrée (enregistrez-en une dans l&apos;importation de l&apos;application ou avec wattprint mappings --save)</translation>
    </message>
    <message>
        <source>--mapping: no column mapping named &apos;%1&apos;; saved: %2</source>
        <translation>--mapping : aucune correspondance de colonnes nommée &apos;%1&apos; ; enregistrées : %2</translation>
    </message>
    <message>
        <source>energy: %1 in %2</source>
        <translation>énergie : %1 en %2</translation>
    </message>
    <message>
        <source>duration: %1 in %2</source>
        <translation>durée : %1 en %2</translation>
    </message>
    <message>
        <source>Save a mapping under this name (replacing one of the same name).</source>
        <translation>Enregistrer une correspondance sous ce nom (remplace celle du même nom).</translation>
    </message>
    <message>
        <source>Remove the named mapping.</source>
        <translation>Supprimer la correspondance nommée.</translation>
    </message>
    <message>
        <source>With --save: the column of the energy.</source>
        <translation>Avec --save : la colonne de l&apos;énergie.</translation>
    </message>
    <message>
        <source>With --save: J, kJ, MJ, Wh or kWh (default kWh).</source>
        <translation>Avec --save : J, kJ, MJ, Wh ou kWh (par défaut kWh).</translation>
    </message>
    <message>
        <source>With --save: the column of the duration.</source>
        <translation>Avec --save : la colonne de la durée.</translation>
    </message>
    <message>
        <source>With --save: ms, s, min or h (default s).</source>
        <translation>Avec --save : ms, s, min ou h (par défaut s).</translation>
    </message>
    <message>
        <source>With --save: the optional %1 column.</source>
        <translation>Avec --save : la colonne facultative %1.</translation>
    </message>
    <message>
        <source>Lists, saves or removes the column mappings that &apos;import --mapping&apos; and the app&apos;s import use.</source>
        <translation>Liste, enregistre ou supprime les correspondances de colonnes qu&apos;utilisent &apos;import --mapping&apos; et l&apos;importation de l&apos;application.</translation>
    </message>
    <message>
        <source>no column mapping named &apos;%1&apos;</source>
        <translation>aucune correspondance de colonnes nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mappings --save needs --energy and --duration</source>
        <translation>mappings --save demande --energy et --duration</translation>
    </message>
    <message>
        <source>--energy-unit must be J, kJ, MJ, Wh or kWh, not &apos;%1&apos;</source>
        <translation>--energy-unit doit être J, kJ, MJ, Wh ou kWh, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration-unit must be ms, s, min or h, not &apos;%1&apos;</source>
        <translation>--duration-unit doit être ms, s, min ou h, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No column mappings are saved yet (%1).</source>
        <translation>Aucune correspondance de colonnes n&apos;est encore enregistrée (%1).</translation>
    </message>
    <message>
        <source>SQLite database file, or a PostgreSQL server as postgresql://user@host:port/dbname.</source>
        <translation>Fichier de base SQLite, ou un serveur PostgreSQL sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
</context>
<context>
    <name>ConfigurationSelection</name>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation>%1, %2, %3 paramètres, profondeur %4, %5</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>line %1: the input cannot be read further (%2)</source>
        <translation>ligne %1 : la suite de l&apos;entrée ne peut pas être lue (%2)</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>erreur de lecture</translation>
    </message>
    <message>
        <source>line %1: a record is longer than %2 bytes; this is not a BUTTER-E CSV file (or a quote is not closed)</source>
        <translation>ligne %1 : un enregistrement dépasse %2 octets ; ce n&apos;est pas un fichier CSV BUTTER-E (ou des guillemets ne sont pas fermés)</translation>
    </message>
    <message>
        <source>line %1: a record has more than %2 fields; this is not a BUTTER-E CSV file</source>
        <translation>ligne %1 : un enregistrement a plus de %2 champs ; ce n&apos;est pas un fichier CSV BUTTER-E</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E)</source>
        <translation>Données de démonstration (synthétiques, calquées sur BUTTER-E)</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo makes 1 to %1 runs, not %2</source>
        <translation>La démo génère de 1 à %1 exécutions, et non %2</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>&apos;%1&apos; is not key=value</source>
        <translation>« %1 » n&apos;est pas de la forme clé=valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>« %1 » n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is not a whole number or a range lo..hi</source>
        <translation>« %1 » pour %2 n&apos;est ni un nombre entier ni un intervalle min..max</translation>
    </message>
    <message>
        <source>device must be cpu or gpu, not &apos;%1&apos;</source>
        <translation>device doit valoir cpu ou gpu, pas « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is not a range lo..hi</source>
        <translation>« %1 » pour %2 n&apos;est pas un intervalle min..max</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>toutes les exécutions</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>jeu de données %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>forme %1</translation>
    </message>
    <message>
        <source>node type %1</source>
        <translation>type de nœud %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>size %1-%2</source>
        <translation>taille %1-%2</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profondeur %1</translation>
    </message>
    <message>
        <source>depth %1-%2</source>
        <translation>profondeur %1-%2</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation>
            <numerusform>%n exécution exclue</numerusform>
            <numerusform>%n exécutions exclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s)</source>
        <translation>
            <numerusform>%n exécution sélectionnée</numerusform>
            <numerusform>%n exécutions sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is a range from high to low; write it lo..hi</source>
        <translation>« %1 » pour %2 est un intervalle décroissant ; écrivez-le lo..hi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is out of range</source>
        <translation>« %1 » pour %2 est hors limites</translation>
    </message>
    <message>
        <source>the ranges given for %1 leave nothing between them (%2..%3)</source>
        <translation>les intervalles donnés pour %1 ne laissent rien entre eux (%2..%3)</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>run time</source>
        <translation>durée d&apos;exécution</translation>
    </message>
    <message>
        <source>power</source>
        <translation>puissance</translation>
    </message>
    <message>
        <source>energy per datum</source>
        <translation>énergie par donnée</translation>
    </message>
    <message>
        <source>non-overhead energy</source>
        <translation>énergie hors surcoût</translation>
    </message>
    <message>
        <source>overhead energy</source>
        <translation>énergie de surcoût</translation>
    </message>
    <message>
        <source>energy per epoch</source>
        <translation>énergie par époque</translation>
    </message>
    <message>
        <source>unknown filter key &apos;%1&apos; (use dataset, shape, size, depth, device, node_type, batch, source, project, or a range such as energy=1e4..1e5)</source>
        <translation>clé de filtre inconnue « %1 » (utilisez dataset, shape, size, depth, device, node_type, batch, source, project, ou une plage telle que energy=1e4..1e5)</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: this is a binary file, not CSV text</source>
        <translation>%1 : ceci est un fichier binaire, pas du texte CSV</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <source>%1: the file has a header but no data rows</source>
        <translation>%1 : le fichier a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored</source>
        <translation>Importation annulée ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>%1: missing required column(s): %2</source>
        <translation>%1 : colonne(s) obligatoire(s) manquante(s) : %2</translation>
    </message>
    <message>
        <source>is missing: the row has %1 fields</source>
        <translation>est absent : la ligne a %1 champs</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not a boolean (expected True/False, true/false, 1/0 or t/f)</source>
        <translation>n&apos;est pas un booléen (attendu : True/False, true/false, 1/0 ou t/f)</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>doit être positif</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>est négatif</translation>
    </message>
    <message>
        <source>%1: a power trace must be named &lt;slurm_job_id&gt;.csv; cannot tell the job from &apos;%2&apos;</source>
        <translation>%1 : une trace de puissance doit être nommée &lt;slurm_job_id&gt;.csv ; impossible de déduire la tâche à partir de « %2 »</translation>
    </message>
    <message>
        <source>The time zone America/Denver is not available on this system (install tzdata); power traces cannot be converted to UTC</source>
        <translation>Le fuseau horaire America/Denver n&apos;est pas disponible sur ce système (installez tzdata) ; les traces de puissance ne peuvent pas être converties en UTC</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; %3</source>
        <translation>%1 : la colonne « %2 » %3</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; %4</source>
        <translation>%1 : colonne « %2 » : « %3 » %4</translation>
    </message>
    <message>
        <source>%1: %2 rows imported, %3 rejected, %4 already present (%5)</source>
        <translation>%1 : %2 lignes importées, %3 rejetées, %4 déjà présentes (%5)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : impossible d&apos;ouvrir : %2</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>La base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>%1: cannot read the zip archive (error %2)</source>
        <translation>%1 : impossible de lire l&apos;archive zip (erreur %2)</translation>
    </message>
    <message>
        <source>%1: the zip archive holds no files</source>
        <translation>%1 : l&apos;archive zip ne contient aucun fichier</translation>
    </message>
    <message>
        <source>%1: the database refused the import: %2</source>
        <translation>%1 : la base de données a refusé l&apos;importation : %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1: the header names the column &apos;%2&apos; twice (columns %3 and %4); which one holds the values is unclear</source>
        <translation>%1 : l&apos;en-tête nomme la colonne « %2 » deux fois (colonnes %3 et %4) ; on ne sait pas laquelle contient les valeurs</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>from %1:%2</source>
        <translation>de %1:%2</translation>
    </message>
    <message>
        <source>from earlier in this import</source>
        <translation>plus haut dans cette importation</translation>
    </message>
    <message>
        <source>run_id %1 is neither new nor stored</source>
        <translation>le run_id %1 n&apos;est ni nouveau ni enregistré</translation>
    </message>
    <message>
        <source>%1 %2 stored, %3 here</source>
        <translation>%1 %2 enregistré, %3 ici</translation>
    </message>
    <message>
        <source>run_id &apos;%1&apos; is stored already with other values (%2): %3</source>
        <translation>le run_id « %1 » est déjà enregistré avec d&apos;autres valeurs (%2) : %3</translation>
    </message>
    <message>
        <source>a power sample is neither new nor stored</source>
        <translation>un échantillon de puissance n&apos;est ni nouveau ni enregistré</translation>
    </message>
    <message>
        <source>the sample of job %1, node %2 at %3 is stored already with other values (%4): watts %5 stored, %6 here</source>
        <translation>l&apos;échantillon du job %1, nœud %2 à %3 est déjà enregistré avec d&apos;autres valeurs (%4) : watts %5 enregistré, %6 ici</translation>
    </message>
    <message>
        <source>%1; nothing was imported (choose keep or replace for such rows)</source>
        <translation>%1 ; rien n&apos;a été importé (choisissez keep ou replace pour de telles lignes)</translation>
    </message>
    <message>
        <source>%1; kept the stored values</source>
        <translation>%1 ; les valeurs enregistrées ont été gardées</translation>
    </message>
    <message>
        <source>%1; replaced them with this row&apos;s</source>
        <translation>%1 ; remplacées par celles de cette ligne</translation>
    </message>
    <message>
        <source>%1 fields, header has %2</source>
        <translation>%1 champs, l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>; %1 rows conflicted with stored rows of the same key</source>
        <translation> ; %1 lignes étaient en conflit avec des lignes enregistrées de même clé</translation>
    </message>
    <message>
        <source>%1 can only be read (%2): nothing can be imported into it</source>
        <translation>%1 est en lecture seule (%2) : rien ne peut y être importé</translation>
    </message>
    <message>
        <source>%1: cannot unpack (error %2)</source>
        <translation>%1 : impossible de décompresser (erreur %2)</translation>
    </message>
    <message>
        <source>%1: the zip member is damaged or cut short (%2 of %3 bytes unpacked); nothing was imported</source>
        <translation>%1 : le membre zip est endommagé ou tronqué (%2 octets décompressés sur %3) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: the zip member is damaged: its checksum (CRC-32) does not match its contents; nothing was imported</source>
        <translation>%1 : le membre zip est endommagé : sa somme de contrôle (CRC-32) ne correspond pas à son contenu ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: all %2 data rows were rejected; nothing was stored</source>
        <translation>%1 : les %2 lignes de données ont toutes été rejetées ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>says measured in a file of synthetic runs: the file is mixed</source>
        <translation>indique « mesuré » dans un fichier d’exécutions synthétiques : le fichier est mélangé</translation>
    </message>
    <message>
        <source>; synthetic demo data, labelled so wherever it is shown</source>
        <translation>; données de démonstration synthétiques, signalées comme telles partout où elles apparaissent</translation>
    </message>
    <message numerus="yes">
        <source>; %n run(s) fail a quality check (%1), stored and marked</source>
        <translation>
            <numerusform>; %n exécution échoue à un contrôle de qualité (%1), enregistrée et marquée</numerusform>
            <numerusform>; %n exécutions échouent à un contrôle de qualité (%1), enregistrées et marquées</numerusform>
        </translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
    <message>
        <source>%1: neither a BUTTER-E nor a CodeCarbon file: its header (%2) matches none of runs, power trace, node_sinfo, node_power_dist or CodeCarbon&apos;s emissions.csv</source>
        <translation>%1 : ni un fichier BUTTER-E ni un fichier CodeCarbon : son en-tête (%2) ne correspond à aucun de runs, trace de puissance, node_sinfo, node_power_dist ou emissions.csv de CodeCarbon</translation>
    </message>
    <message>
        <source>%1: a CodeCarbon emissions file without the required column(s) %2 (needed: timestamp, duration, energy_consumed); nothing was imported</source>
        <translation>%1 : un fichier d&apos;émissions CodeCarbon sans la ou les colonnes requises %2 (requises : timestamp, duration, energy_consumed) ; rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>; %n run(s) without energy_consumed, stored with 0 J and marked &quot;No energy recorded&quot;</source>
        <translation>
            <numerusform> ; %n exécution sans energy_consumed, enregistrée avec 0 J et marquée « Aucune énergie enregistrée »</numerusform>
            <numerusform> ; %n exécutions sans energy_consumed, enregistrées avec 0 J et marquées « Aucune énergie enregistrée »</numerusform>
        </translation>
    </message>
    <message>
        <source>; times without a zone read as %1</source>
        <translation> ; heures sans fuseau lues comme %1</translation>
    </message>
    <message>
        <source>; an energy CSV of another tool imports through a column mapping (File &gt; Import..., or wattprint import --mapping NAME)</source>
        <translation> ; un fichier CSV d&apos;énergie d&apos;un autre outil s&apos;importe par une correspondance de colonnes (Fichier &gt; Importer... ou wattprint import --mapping NAME)</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(non enregistrée)</translation>
    </message>
    <message>
        <source>%1: the column mapping %2 names no energy or no duration column; nothing was imported</source>
        <translation>%1 : la correspondance de colonnes %2 ne nomme pas de colonne d&apos;énergie ou de durée ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: the file lacks the column(s) %2 that the mapping %3 names; nothing was imported</source>
        <translation>%1 : il manque au fichier la ou les colonnes %2 que nomme la correspondance %3 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the import: %1</source>
        <translation>Impossible de créer un dossier temporaire pour l&apos;import : %1</translation>
    </message>
    <message>
        <source>%1: cannot prepare the import: %2</source>
        <translation>%1 : impossible de préparer l&apos;import : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file to the end</source>
        <translation>%1 : impossible de lire le fichier jusqu&apos;au bout</translation>
    </message>
</context>
<context>
    <name>PgCopyIn</name>
    <message>
        <source>the connection is not to a PostgreSQL server</source>
        <translation>la connexion ne mène pas à un serveur PostgreSQL</translation>
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
        <translation>Génère le rendu d&apos;une vue en PNG, SVG ou PDF sans affichage.</translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation>Fichier de base SQLite.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>View id (see --list).</source>
        <translation>Identifiant de la vue (voir --list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>Fichier de sortie : .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Width in pixels (default 1200).</source>
        <translation>Largeur en pixels (1200 par défaut).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Height in pixels (default 800).</source>
        <translation>Hauteur en pixels (800 par défaut).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>PNG resolution (default 96).</source>
        <translation>Résolution PNG (96 par défaut).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Filter, e.g. dataset=529_pollen,device=cpu.</source>
        <translation>Filtre, p. ex. dataset=529_pollen,device=cpu.</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTRE</translation>
    </message>
    <message>
        <source>Print the view ids, one per line.</source>
        <translation>Afficher les identifiants des vues, un par ligne.</translation>
    </message>
    <message>
        <source>render needs --%1</source>
        <translation>render requiert --%1</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (see wattprint render --list)</source>
        <translation>vue inconnue « %1 » (voir wattprint render --list)</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf</source>
        <translation>--out doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers from 200x150 to 10000x10000</source>
        <translation>--width et --height doivent être des nombres entiers de 200x150 à 10000x10000</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 48 to 1200</source>
        <translation>--dpi doit être un nombre entier de 48 à 1200</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter : %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the view did not finish within 3 minutes</source>
        <translation>la vue ne s&apos;est pas terminée en 3 minutes</translation>
    </message>
    <message>
        <source>Lays out the main window offscreen and writes it as PNG.</source>
        <translation>Dispose la fenêtre principale hors écran et l&apos;enregistre en PNG.</translation>
    </message>
    <message>
        <source>Output PNG file.</source>
        <translation>Fichier PNG de sortie.</translation>
    </message>
    <message>
        <source>Named layout to apply.</source>
        <translation>Disposition nommée à appliquer.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Window size (default 1600x1000).</source>
        <translation>Taille de la fenêtre (1600x1000 par défaut).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>screenshot needs --db and --out</source>
        <translation>screenshot requiert --db et --out</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000</source>
        <translation>--size doit être de la forme 1600x1000</translation>
    </message>
    <message>
        <source>--out must end in .png</source>
        <translation>--out doit se terminer par .png</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>the views did not finish within 3 minutes</source>
        <translation>les vues ne se sont pas terminées en 3 minutes</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Writes the PDF report: cover page with totals and assumptions, one page per view, method page.</source>
        <translation>Écrit le rapport PDF : page de garde avec totaux et hypothèses, une page par vue, page de méthode.</translation>
    </message>
    <message>
        <source>Output PDF file.</source>
        <translation>Fichier PDF de sortie.</translation>
    </message>
    <message>
        <source>Named layout: its open views and their settings.</source>
        <translation>Disposition nommée : ses vues ouvertes et leurs réglages.</translation>
    </message>
    <message>
        <source>Comma-separated view ids (default: every view but the runs table).</source>
        <translation>Identifiants de vues séparés par des virgules (par défaut : toutes les vues sauf le tableau des exécutions).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Grid preset (default: the one in Preferences).</source>
        <translation>Préréglage de réseau électrique (par défaut : celui des Préférences).</translation>
    </message>
    <message>
        <source>Grid carbon intensity in g CO2e per kWh instead of a preset.</source>
        <translation>Intensité carbone du réseau électrique en g CO2e par kWh au lieu d&apos;un préréglage.</translation>
    </message>
    <message>
        <source>G_PER_KWH</source>
        <translation>G_PAR_KWH</translation>
    </message>
    <message>
        <source>Power usage effectiveness (&gt;= 1).</source>
        <translation>Efficacité énergétique du site, PUE (&gt;= 1).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Electricity price per kWh.</source>
        <translation>Prix de l&apos;électricité par kWh.</translation>
    </message>
    <message>
        <source>PER_KWH</source>
        <translation>PAR_KWH</translation>
    </message>
    <message>
        <source>Label of the price&apos;s currency.</source>
        <translation>Libellé de la devise du prix.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>report needs --db and --out</source>
        <translation>report requiert --db et --out</translation>
    </message>
    <message>
        <source>--out must end in .pdf</source>
        <translation>--out doit se terminer par .pdf</translation>
    </message>
    <message>
        <source>--views names no view (see wattprint render --list)</source>
        <translation>--views ne désigne aucune vue (voir wattprint render --list)</translation>
    </message>
    <message>
        <source>give --region or --intensity, not both</source>
        <translation>indiquez --region ou --intensity, pas les deux</translation>
    </message>
    <message>
        <source>--intensity must be a number</source>
        <translation>--intensity doit être un nombre</translation>
    </message>
    <message>
        <source>--pue must be a number</source>
        <translation>--pue doit être un nombre</translation>
    </message>
    <message>
        <source>--price must be a number</source>
        <translation>--price doit être un nombre</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 MB, in %4 s</source>
        <translation>%1 écrit : %2 pages, %3 Mo, en %4 s</translation>
    </message>
    <message>
        <source>Language: %1 (default: the one in Preferences).</source>
        <translation>Langue : %1 (par défaut : celle des Préférences).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--lang doit être l&apos;une de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>the window cannot be smaller than %1x%2; the picture is that size</source>
        <translation>la fenêtre ne peut pas être plus petite que %1x%2 ; l&apos;image a cette taille</translation>
    </message>
</context>
<context>
    <name>RunQuality</name>
    <message>
        <source>Run time over 75,000 s</source>
        <translation>Durée au-delà de 75 000 s</translation>
    </message>
    <message>
        <source>No energy recorded</source>
        <translation>Aucune énergie mesurée</translation>
    </message>
    <message>
        <source>Run time far from similar runs</source>
        <translation>Durée très éloignée des exécutions semblables</translation>
    </message>
    <message>
        <source>Energy at or below the fixed overhead</source>
        <translation>Énergie au plus égale au surcoût fixe</translation>
    </message>
    <message>
        <source>Energy per datum zero or negative</source>
        <translation>Énergie par donnée nulle ou négative</translation>
    </message>
    <message>
        <source>Implausible average power</source>
        <translation>Puissance moyenne invraisemblable</translation>
    </message>
    <message>
        <source>The run took longer than 75,000 s (about 21 hours), the limit the BUTTER-E authors set (their filter_1): it was held up, not training normally.</source>
        <translation>L&apos;exécution a duré plus de 75 000 s (environ 21 heures), la limite fixée par les auteurs de BUTTER-E (leur filter_1) : elle a été bloquée et ne s&apos;entraînait pas normalement.</translation>
    </message>
    <message>
        <source>The watt-meter recorded no energy for the run (filter_2), so its energy figures tell nothing.</source>
        <translation>Le wattmètre n&apos;a enregistré aucune énergie pour l&apos;exécution (filter_2) : ses chiffres d&apos;énergie ne disent donc rien.</translation>
    </message>
    <message>
        <source>Its run time is more than 4 standard deviations (on a log scale) from the runs of the same device, dataset and size (filter_3).</source>
        <translation>Sa durée s&apos;écarte de plus de 4 écarts-types (sur une échelle logarithmique) des exécutions de même appareil, jeu de données et taille (filter_3).</translation>
    </message>
    <message>
        <source>Its energy is not more than the fixed start-up and shut-down energy of a run on its device (14.0 kJ on CPU nodes, 271.6 kJ on GPU nodes), so nothing is left for the training itself.</source>
        <translation>Son énergie ne dépasse pas l&apos;énergie fixe de démarrage et d&apos;arrêt d&apos;une exécution sur son appareil (14,0 kJ sur les nœuds CPU, 271,6 kJ sur les nœuds GPU) : il ne reste rien pour l&apos;entraînement lui-même.</translation>
    </message>
    <message>
        <source>Its energy per training datum is zero or negative, which no real training has: per-datum comparisons cannot use it.</source>
        <translation>Son énergie par donnée d&apos;entraînement est nulle ou négative, ce qu&apos;aucun entraînement réel ne peut avoir : les comparaisons par donnée ne peuvent pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Its average power is below half the idle power of its node, or above what its node can draw at full load (idle power plus 600 W on CPU nodes, plus 1,200 W on GPU nodes): the meter reading is doubtful.</source>
        <translation>Sa puissance moyenne est inférieure à la moitié de la puissance au repos de son nœud, ou supérieure à ce que son nœud peut consommer à pleine charge (puissance au repos plus 600 W sur les nœuds CPU, plus 1 200 W sur les nœuds GPU) : la mesure est douteuse.</translation>
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
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Wattprint database: %2</source>
        <translation>%1 n&apos;est pas une base de données Wattprint : %2</translation>
    </message>
    <message>
        <source>%1 is not a Wattprint database</source>
        <translation>%1 n&apos;est pas une base de données Wattprint</translation>
    </message>
    <message>
        <source>%1 was written by a newer Wattprint (schema %2; this version reads up to %3)</source>
        <translation>%1 a été écrit par une version plus récente de Wattprint (schéma %2 ; cette version lit jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one made by Wattprint</source>
        <translation>%1 est une base de données SQLite, mais pas créée par Wattprint</translation>
    </message>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E)</source>
        <translation>Données de démonstration (synthétiques, calquées sur BUTTER-E)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation>%1 est un dossier, pas une base de données</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is not writable</source>
        <translation>Impossible de créer %1 : son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>le fichier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <source>%1 needs its schema brought up to date, which needs write access (it is read-only: %2)</source>
        <translation>Le schéma de %1 doit être mis à jour, ce qui demande l&apos;accès en écriture (lecture seule : %2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check found: %2); restore it from a backup or import the files again into a new store</source>
        <translation>%1 est endommagé (la vérification d&apos;intégrité de SQLite a trouvé : %2) ; restaurez-le depuis une sauvegarde ou importez à nouveau les fichiers dans une nouvelle base</translation>
    </message>
    <message>
        <source>Cannot reach %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>Impossible d&apos;atteindre %1 : le pilote PostgreSQL de Qt (QPSQL, paquet Debian libqt6sql6-psql) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but not a store made by Wattprint</source>
        <translation>%1 contient des tables, mais pas une base créée par Wattprint</translation>
    </message>
    <message>
        <source>the server accepts only reads</source>
        <translation>le serveur n&apos;accepte que des lectures</translation>
    </message>
    <message>
        <source>the role %1 may only read this store (it may not add runs)</source>
        <translation>le rôle %1 ne peut que lire cette base (il ne peut pas ajouter d&apos;exécutions)</translation>
    </message>
    <message>
        <source>%1 holds no Wattprint store yet, and the role %2 may not create one there (%3)</source>
        <translation>%1 ne contient pas encore de base Wattprint, et le rôle %2 ne peut pas en créer une (%3)</translation>
    </message>
    <message>
        <source>no CREATE privilege on schema %1</source>
        <translation>pas de privilège CREATE sur le schéma %1</translation>
    </message>
    <message>
        <source>%1 is at schema %2, which this version cannot bring up to date</source>
        <translation>%1 est au schéma %2, que cette version ne peut pas mettre à jour</translation>
    </message>
    <message>
        <source>Cannot remove imports from %1: it is read-only (%2)</source>
        <translation>Impossible de supprimer des importations de %1 : lecture seule (%2)</translation>
    </message>
    <message>
        <source>%1: the role %2 may not use the schema the store is in (no USAGE privilege); ask the database&apos;s administrator to grant it</source>
        <translation>%1 : le rôle %2 ne peut pas utiliser le schéma de la base (pas de privilège USAGE) ; demandez à l&apos;administrateur de la base de l&apos;accorder</translation>
    </message>
    <message>
        <source>%1: the role %2 may not read this store (no SELECT privilege on its tables); ask the database&apos;s administrator to grant it</source>
        <translation>%1 : le rôle %2 ne peut pas lire cette base (pas de privilège SELECT sur ses tables) ; demandez à l&apos;administrateur de la base de l&apos;accorder</translation>
    </message>
</context>
<context>
    <name>StoreLoader</name>
    <message>
        <source>loading was cancelled</source>
        <translation>le chargement a été annulé</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 is not a server address of the form postgresql://user@host:port/database</source>
        <translation>%1 n&apos;est pas une adresse de serveur de la forme postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>A server address may not hold a password; put it in the password file (~/.pgpass or PGPASSFILE) or in PGPASSWORD</source>
        <translation>Une adresse de serveur ne peut pas contenir de mot de passe ; mettez-le dans le fichier de mots de passe (~/.pgpass ou PGPASSFILE) ou dans PGPASSWORD</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>Unknown connection option &apos;%1&apos;</source>
        <translation>Option de connexion inconnue « %1 »</translation>
    </message>
    <message>
        <source>Connection option &apos;%1&apos; has a value that cannot be passed on</source>
        <translation>L&apos;option de connexion « %1 » a une valeur qui ne peut pas être transmise</translation>
    </message>
    <message>
        <source>default database</source>
        <translation>base par défaut</translation>
    </message>
    <message>
        <source>default server</source>
        <translation>serveur par défaut</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>StoreSummary</name>
    <message>
        <source>Tripp, Perr-Sauer et al., &quot;Measuring the Energy Consumption and Efficiency of Deep Neural Networks&quot;, National Renewable Energy Laboratory, Open Energy Data Initiative submission 5991, doi:10.25984/2329316, licensed CC-BY-4.0</source>
        <translation>Tripp, Perr-Sauer et al., « Measuring the Energy Consumption and Efficiency of Deep Neural Networks », National Renewable Energy Laboratory, Open Energy Data Initiative, soumission 5991, doi:10.25984/2329316, sous licence CC-BY-4.0</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E): %1</source>
        <translation>Données de démonstration (synthétiques, modelées sur BUTTER-E) : %1</translation>
    </message>
    <message>
        <source> (times without a zone read as %1)</source>
        <translation> (heures sans fuseau lues comme %1)</translation>
    </message>
    <message>
        <source>no country given</source>
        <translation>aucun pays indiqué</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), grid %2 %3 (%4); CO2e as CodeCarbon reported it %5 kg, at that grid intensity %6 kg</source>
        <translation>
            <numerusform>%1 : %n exécution, réseau %2 %3 (%4) ; CO2e selon CodeCarbon %5 kg, à cette intensité du réseau %6 kg</numerusform>
            <numerusform>%1 : %n exécutions, réseau %2 %3 (%4) ; CO2e selon CodeCarbon %5 kg, à cette intensité du réseau %6 kg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), no grid intensity known; CO2e as CodeCarbon reported it %2 kg</source>
        <translation>
            <numerusform>%1 : %n exécution, intensité du réseau inconnue ; CO2e selon CodeCarbon %2 kg</numerusform>
            <numerusform>%1 : %n exécutions, intensité du réseau inconnue ; CO2e selon CodeCarbon %2 kg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 exécution</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
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
        <translation>B consomme %1 % d&apos;énergie en moins</translation>
    </message>
    <message>
        <source>B uses %1% more energy</source>
        <translation>B consomme %1 % d&apos;énergie en plus</translation>
    </message>
    <message>
        <source>B uses %1% less non-overhead energy</source>
        <translation>B consomme %1 % d&apos;énergie hors surcoût en moins</translation>
    </message>
    <message>
        <source>B uses %1% more non-overhead energy</source>
        <translation>B consomme %1 % d&apos;énergie hors surcoût en plus</translation>
    </message>
    <message>
        <source>B uses %1% less energy per datum</source>
        <translation>B consomme %1 % d&apos;énergie par donnée en moins</translation>
    </message>
    <message>
        <source>B uses %1% more energy per datum</source>
        <translation>B consomme %1 % d&apos;énergie par donnée en plus</translation>
    </message>
    <message>
        <source>B draws %1% less power</source>
        <translation>B appelle %1 % de puissance en moins</translation>
    </message>
    <message>
        <source>B draws %1% more power</source>
        <translation>B appelle %1 % de puissance en plus</translation>
    </message>
    <message>
        <source>B takes %1% less time</source>
        <translation>B prend %1 % de temps en moins</translation>
    </message>
    <message>
        <source>B takes %1% more time</source>
        <translation>B prend %1 % de temps en plus</translation>
    </message>
    <message>
        <source>B is %1% lower</source>
        <translation>B est inférieur de %1 %</translation>
    </message>
    <message>
        <source>B is %1% higher</source>
        <translation>B est supérieur de %1 %</translation>
    </message>
    <message>
        <source>No percent change: the median of A is %1, not above 0</source>
        <translation>Pas de variation en pourcentage : la médiane de A vaut %1, pas plus de 0</translation>
    </message>
    <message>
        <source>%1% CI %2-%3%</source>
        <translation>IC à %1 % : %2 à %3 %</translation>
    </message>
    <message>
        <source>%1% CI from %2% less to %3% more</source>
        <translation>IC à %1 % : de %2 % en moins à %3 % en plus</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>significant at alpha = %1</source>
        <translation>significatif au seuil alpha = %1</translation>
    </message>
    <message>
        <source>not significant at alpha = %1</source>
        <translation>non significatif au seuil alpha = %1</translation>
    </message>
    <message>
        <source>Too few runs to tell: %1 (%2), but A has %3 and B %4 runs, and a verdict needs at least %5 on each side</source>
        <translation>Trop peu d’exécutions pour conclure : %1 (%2), mais A a %3 et B %4 exécutions, et un verdict en demande au moins %5 de chaque côté</translation>
    </message>
    <message>
        <source>; %1 of %2 bootstrap replicates had a median of A at or below 0 and were left out</source>
        <translation> ; %1 des %2 rééchantillons bootstrap avaient une médiane de A inférieure ou égale à 0 et ont été écartés</translation>
    </message>
    <message>
        <source>One run against one run: B&apos;s value is %1 A&apos;s; no test is possible with one run on a side</source>
        <translation>Une exécution contre une exécution : la valeur de B vaut %1 celle de A ; aucun test n’est possible avec une seule exécution d’un côté</translation>
    </message>
    <message>
        <source>B&apos;s median is %1 A&apos;s (A: %2, B: %3); no test is possible with one run on a side</source>
        <translation>La médiane de B vaut %1 celle de A (A : %2, B : %3) ; aucun test n’est possible avec une seule exécution d’un côté</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>the network cannot be derived for this dataset, shape, depth and size</source>
        <translation>le réseau ne peut pas être dérivé pour ce jeu de données, cette forme, cette profondeur et cette taille</translation>
    </message>
    <message>
        <source>the plan has no training data per epoch</source>
        <translation>le plan n&apos;a aucune donnée d&apos;entraînement par époque</translation>
    </message>
    <message>
        <source>the model could not be fitted on this device: %1</source>
        <translation>le modèle n&apos;a pas pu être ajusté sur cet appareil : %1</translation>
    </message>
    <message>
        <source>only %1 configurations of this device were predicted out of fold; an interval needs at least %2</source>
        <translation>seules %1 configurations de cet appareil ont été prédites hors pli ; un intervalle en demande au moins %2</translation>
    </message>
    <message>
        <source>the shape &apos;%1&apos; is unknown to the model (known: %2)</source>
        <translation>la forme &apos;%1&apos; est inconnue du modèle (connues : %2)</translation>
    </message>
    <message>
        <source>a dataset of one&apos;s own needs its number of examples, inputs and outputs, each at least 1</source>
        <translation>un jeu de données propre nécessite son nombre d&apos;exemples, d&apos;entrées et de sorties, chacun au moins 1</translation>
    </message>
    <message>
        <source>the dataset &apos;%1&apos; is not one of the sweep&apos;s; describe it by its examples and inputs instead</source>
        <translation>le jeu de données &apos;%1&apos; ne fait pas partie du balayage ; décrivez-le plutôt par ses exemples et ses entrées</translation>
    </message>
    <message>
        <source>the size must be at least 1 parameter</source>
        <translation>la taille doit être d&apos;au moins 1 paramètre</translation>
    </message>
    <message>
        <source>the depth must be from 2 to %1 layers</source>
        <translation>la profondeur doit aller de 2 à %1 couches</translation>
    </message>
    <message>
        <source>the epochs must be at least 1</source>
        <translation>les époques doivent valoir au moins 1</translation>
    </message>
    <message>
        <source>the batch size must be at least 1</source>
        <translation>la taille de lot doit valoir au moins 1</translation>
    </message>
    <message>
        <source>the size %1 is more than %2 times below the smallest measured on this device (%3)</source>
        <translation>la taille %1 est plus de %2 fois inférieure à la plus petite mesurée sur cet appareil (%3)</translation>
    </message>
    <message>
        <source>the size %1 is below the smallest measured on this device (%2)</source>
        <translation>la taille %1 est inférieure à la plus petite mesurée sur cet appareil (%2)</translation>
    </message>
    <message>
        <source>the size %1 is more than %2 times above the largest measured on this device (%3)</source>
        <translation>la taille %1 est plus de %2 fois supérieure à la plus grande mesurée sur cet appareil (%3)</translation>
    </message>
    <message>
        <source>the size %1 is above the largest measured on this device (%2)</source>
        <translation>la taille %1 est supérieure à la plus grande mesurée sur cet appareil (%2)</translation>
    </message>
    <message>
        <source>the depth %1 is below the smallest measured on this device (%2)</source>
        <translation>la profondeur %1 est inférieure à la plus petite mesurée sur cet appareil (%2)</translation>
    </message>
    <message>
        <source>the depth %1 is more than twice the deepest measured on this device (%2)</source>
        <translation>la profondeur %1 dépasse le double de la plus grande mesurée sur cet appareil (%2)</translation>
    </message>
    <message>
        <source>the depth %1 is above the deepest measured on this device (%2)</source>
        <translation>la profondeur %1 est supérieure à la plus grande mesurée sur cet appareil (%2)</translation>
    </message>
    <message>
        <source>the dataset is not one of the sweep&apos;s: its cost per datum is carried over from other datasets</source>
        <translation>le jeu de données ne fait pas partie du balayage : son coût par donnée est repris d&apos;autres jeux de données</translation>
    </message>
    <message>
        <source>no run of %1 on this device passed the quality checks</source>
        <translation>aucune exécution de %1 sur cet appareil n&apos;a passé les contrôles de qualité</translation>
    </message>
    <message>
        <source>no run of the shape %1 on this device passed the quality checks</source>
        <translation>aucune exécution de la forme %1 sur cet appareil n&apos;a passé les contrôles de qualité</translation>
    </message>
    <message>
        <source>the sweep trained with batches of %1 only</source>
        <translation>le balayage n&apos;a entraîné qu&apos;avec des lots de %1</translation>
    </message>
    <message>
        <source>the model predicts no positive energy for this network</source>
        <translation>le modèle ne prédit aucune énergie positive pour ce réseau</translation>
    </message>
    <message>
        <source>the predicted energy is beyond double precision</source>
        <translation>l&apos;énergie prédite dépasse la double précision</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SQLite database file to open.</source>
        <translation>Fichier de base SQLite à ouvrir.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>SQLite database file to open, as with --db.</source>
        <translation>Fichier de base de données SQLite à ouvrir, comme avec --db.</translation>
    </message>
</context>
<context>
    <name>wattprint</name>
    <message>
        <source>Select configuration %1</source>
        <translation>Sélectionner la configuration %1</translation>
    </message>
    <message>
        <source>Select %1 configurations</source>
        <translation>Sélectionner %1 configurations</translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyScoreView</name>
    <message>
        <source>Why is this run flagged: run time or power?</source>
        <translation>Pourquoi cette exécution est-elle signalée : durée ou puissance ?</translation>
    </message>
    <message>
        <source>energy %1 %2 high</source>
        <translation>énergie %1 %2 au-dessus</translation>
    </message>
    <message>
        <source>energy %1 %2 low</source>
        <translation>énergie %1 %2 en dessous</translation>
    </message>
    <message>
        <source>%1: run time %2 %3, power %4 %3</source>
        <translation>%1 : durée %2 %3, puissance %4 %3</translation>
    </message>
    <message>
        <source>Flagged, driven mainly by run time</source>
        <translation>Signalée, surtout à cause de la durée</translation>
    </message>
    <message>
        <source>Flagged, driven mainly by power</source>
        <translation>Signalée, surtout à cause de la puissance</translation>
    </message>
    <message>
        <source>Started %1 UTC; energy %2</source>
        <translation>Début %1 UTC ; énergie %2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser grouping.</source>
        <translation>Aucune des %1 exécutions n&apos;a pu être évaluée : dans leurs %2, il y a toujours moins de %3 exécutions ; choisissez un regroupement plus large.</translation>
    </message>
    <message>
        <source>; 1 run in %1 with fewer than %2 runs was not scored</source>
        <translation> ; 1 exécution dans des %1 de moins de %2 exécutions n&apos;a pas été évaluée</translation>
    </message>
    <message>
        <source>; %1 runs in %2 with fewer than %3 runs were not scored</source>
        <translation> ; %1 exécutions dans des %2 de moins de %3 exécutions n&apos;ont pas été évaluées</translation>
    </message>
    <message>
        <source>No run is flagged (%1) among the %2 runs scored%3.</source>
        <translation>Aucune exécution n&apos;est signalée (%1) parmi les %2 exécutions évaluées%3.</translation>
    </message>
    <message>
        <source>all of them above their group</source>
        <translation>toutes au-dessus de leur groupe</translation>
    </message>
    <message>
        <source>all of them below their group</source>
        <translation>toutes en dessous de leur groupe</translation>
    </message>
    <message>
        <source>%1 above and %2 below their group</source>
        <translation>%1 au-dessus et %2 en dessous de leur groupe</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <source>run time</source>
        <translation>la durée</translation>
    </message>
    <message>
        <source>power</source>
        <translation>la puissance</translation>
    </message>
    <message>
        <source>%1 flagged of %2 scored</source>
        <translation>%1 signalées sur %2 évaluées</translation>
    </message>
    <message>
        <source>Flagged, driven by run time (%1)</source>
        <translation>Signalée, due à la durée (%1)</translation>
    </message>
    <message>
        <source>Flagged, driven by power (%1)</source>
        <translation>Signalée, due à la puissance (%1)</translation>
    </message>
    <message>
        <source>Within %1 %2 (%3)</source>
        <translation>Au sein de %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are not drawn.</source>
        <translation>%1 des %2 exécutions sont dans des %3 de moins de %4 exécutions, trop peu pour être évaluées : elles ne sont pas tracées.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a positive energy and run time are left out.</source>
        <translation>
            <numerusform>%n exécution sans énergie et durée positives est écartée.</numerusform>
            <numerusform>%n exécutions sans énergie et durée positives sont écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run could be scored: groups need at least %1 runs.
Choose a coarser grouping.</source>
        <translation>Aucune exécution n&apos;a pu être évaluée : un groupe doit compter au moins %1 exécutions.
Choisissez un regroupement plus large.</translation>
    </message>
    <message>
        <source>Run start (UTC)</source>
        <translation>Début de l&apos;exécution (UTC)</translation>
    </message>
    <message>
        <source>Anomaly scores of runs over time</source>
        <translation>Scores d&apos;anomalie des exécutions dans le temps</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <source>Flag beyond:</source>
        <translation>Signaler au-delà de :</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Which runs a run is compared with</source>
        <translation>Les exécutions auxquelles une exécution est comparée</translation>
    </message>
    <message>
        <source>Flag threshold</source>
        <translation>Seuil de signalement</translation>
    </message>
    <message>
        <source>Flagged runs</source>
        <translation>Exécutions signalées</translation>
    </message>
    <message>
        <source>Filter to flagged</source>
        <translation>Filtrer sur les signalées</translation>
    </message>
    <message>
        <source>Keep only the flagged runs in the filter</source>
        <translation>Ne garder que les exécutions signalées dans le filtre</translation>
    </message>
    <message>
        <source>Select by dragging</source>
        <translation>Sélectionner en faisant glisser</translation>
    </message>
    <message>
        <source>When on, dragging selects runs into the filter; when off it pans along time</source>
        <translation>Activé : faire glisser sélectionne des exécutions dans le filtre ; désactivé : déplace le long du temps</translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation>
            <numerusform>Sélectionner l&apos;exécution signalée (%n)</numerusform>
            <numerusform>Sélectionner les %n exécutions signalées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one run (%1)</source>
        <translation>Sélectionner une exécution (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) with scores %1 to %2</source>
        <translation>
            <numerusform>Sélectionner %n exécution avec un score de %1 à %2</numerusform>
            <numerusform>Sélectionner %n exécutions avec un score de %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>run time %1 the expected at its group&apos;s median power, power %2 that median</source>
        <translation>durée %1 celle attendue à la puissance médiane de son groupe, puissance %2 cette médiane</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: the energy model has no expected energy for them (it knows BUTTER-E&apos;s datasets and shapes); group by configuration to compare runs with their repeats.</source>
        <translation>Aucune des %1 exécutions n&apos;a pu être évaluée : le modèle énergétique n&apos;a pas d&apos;énergie attendue pour elles (il connaît les jeux de données et les formes de BUTTER-E) ; regroupez par configuration pour comparer les exécutions à leurs répétitions.</translation>
    </message>
    <message>
        <source>a residual beyond %1 %2 %3</source>
        <translation>un résidu au-delà de %1 %2 %3</translation>
    </message>
    <message>
        <source>1 of %1 runs scored is flagged (%2, %3 its group), driven mainly by %4%5.</source>
        <translation>1 des %1 exécutions évaluées est signalée (%2, %3 son groupe), due surtout à %4%5.</translation>
    </message>
    <message>
        <source>%1 of %2 runs scored are flagged (%3; %4): %5 driven mainly by run time and %6 by power%7.</source>
        <translation>%1 des %2 exécutions évaluées sont signalées (%3 ; %4) : %5 dues surtout à la durée et %6 à la puissance%7.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an expected energy (a dataset or shape the energy model does not know) are not scored.</source>
        <translation>
            <numerusform>%n exécution sans énergie attendue (un jeu de données ou une forme que le modèle énergétique ne connaît pas) n&apos;est pas évaluée.</numerusform>
            <numerusform>%n exécutions sans énergie attendue (un jeu de données ou une forme que le modèle énergétique ne connaît pas) ne sont pas évaluées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anomaly score: robust z of measured ÷ expected energy (%1)</source>
        <translation>Score d&apos;anomalie : z robuste de l&apos;énergie mesurée ÷ attendue (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>How far from its group&apos;s median residual a run must be to be flagged</source>
        <translation>À quelle distance du résidu médian de son groupe une exécution doit se trouver pour être signalée</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one run at the time it started (UTC). Its height is its &lt;b&gt;anomaly score&lt;/b&gt;: the robust z of its &lt;b&gt;residual&lt;/b&gt;, log(measured &amp;divide; expected energy), where the energy model gives the expectation for its configuration: how many scaled median absolute deviations (&amp;sigma;) it lies from the median residual of its group (chooser; by default its device). The shaded bands start at 2.5 and 3.5 &amp;sigma;; runs beyond the threshold are flagged, the same runs as the energy anomaly timeline flags by default.&lt;/p&gt;&lt;p&gt;Energy is power times run time, so the deviation splits exactly into a run-time part and a power part (the run&apos;s power against its group&apos;s median power). Each flagged run is coloured by the larger of the two: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;blue when its run time&lt;/b&gt;&lt;/span&gt; moved its energy most (a slow or stalled run), &lt;span style=&apos;color:#e69f00&apos;&gt;&lt;b&gt;orange when its power&lt;/b&gt;&lt;/span&gt; did (a busier node, or a meter drop-out when energy is low). Hover over a run to read the split, for example &amp;ldquo;energy 4.2 &amp;sigma; high: run time +4.0 &amp;sigma;, power +0.3 &amp;sigma;&amp;rdquo; (both parts in the same unit, so they add up).&lt;/p&gt;&lt;p&gt;Groups need at least 5 runs; smaller groups are not scored or drawn.&lt;/p&gt;&lt;p&gt;Drag a rectangle (or click a run) to put those runs into the filter; switch off &lt;i&gt;Select by dragging&lt;/i&gt; to pan along time instead. Scroll to zoom.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque point est une exécution à l&apos;heure de son démarrage (UTC). Sa hauteur est son &lt;b&gt;score d&apos;anomalie&lt;/b&gt; : le z robuste de son &lt;b&gt;résidu&lt;/b&gt;, log(énergie mesurée &amp;divide; attendue), où le modèle énergétique donne l&apos;attente pour sa configuration : de combien d&apos;écarts absolus médians mis à l&apos;échelle (&amp;sigma;) elle s&apos;écarte du résidu médian de son groupe (sélecteur ; par défaut son appareil). Les bandes ombrées commencent à 2,5 et 3,5 &amp;sigma; ; les exécutions au-delà du seuil sont signalées, les mêmes que celles que signale par défaut la chronologie des anomalies d&apos;énergie.&lt;/p&gt;&lt;p&gt;L&apos;énergie est la puissance multipliée par la durée, donc l&apos;écart se décompose exactement en une part de durée et une part de puissance (la puissance de l&apos;exécution face à la puissance médiane de son groupe). Chaque exécution signalée est colorée selon la plus grande des deux : &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;bleu quand sa durée&lt;/b&gt;&lt;/span&gt; a le plus déplacé son énergie (une exécution lente ou bloquée), &lt;span style=&apos;color:#e69f00&apos;&gt;&lt;b&gt;orange quand sa puissance&lt;/b&gt;&lt;/span&gt; l&apos;a fait (un nœud plus chargé, ou une coupure du compteur quand l&apos;énergie est basse). Survolez une exécution pour lire la décomposition, par exemple &amp;laquo;&amp;nbsp;énergie 4,2 &amp;sigma; haute : durée +4,0 &amp;sigma;, puissance +0,3 &amp;sigma;&amp;nbsp;&amp;raquo; (les deux parts dans la même unité, elles s&apos;additionnent).&lt;/p&gt;&lt;p&gt;Les groupes doivent compter au moins 5 exécutions ; les groupes plus petits ne sont ni évalués ni dessinés.&lt;/p&gt;&lt;p&gt;Tracez un rectangle (ou cliquez sur une exécution) pour mettre ces exécutions dans le filtre ; désactivez &lt;i&gt;Sélectionner en faisant glisser&lt;/i&gt; pour vous déplacer dans le temps à la place. Faites défiler pour zoomer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the baselines (they are still scored)</source>
        <translation>références ; elles restent notées</translation>
    </message>
    <message>
        <source>Robust z (%1)</source>
        <translation>z robuste (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyTimelineView</name>
    <message>
        <source>Which runs spent energy they should not have, and when?</source>
        <translation>Quelles exécutions ont consommé de l&apos;énergie qu&apos;elles n&apos;auraient pas dû, et quand ?</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <source>Robust z (median, MAD)</source>
        <translation>z robuste (médiane, MAD)</translation>
    </message>
    <message>
        <source>IQR (Tukey fences)</source>
        <translation>IQR (barrières de Tukey)</translation>
    </message>
    <message>
        <source>Isolation Forest</source>
        <translation>Isolation Forest</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive energy to score.</source>
        <translation>Aucune des %1 exécutions du filtre n&apos;a d&apos;énergie positive à évaluer.</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser grouping.</source>
        <translation>Aucune des %1 exécutions n&apos;a pu être évaluée : dans leurs %2, il y a toujours moins de %3 exécutions ; choisissez un regroupement plus large.</translation>
    </message>
    <message>
        <source> (1 run in %1 with fewer than %2 runs could not be scored)</source>
        <translation> (1 exécution dans des %1 de moins de %2 exécutions n&apos;a pas pu être évaluée)</translation>
    </message>
    <message>
        <source> (%1 runs in %2 with fewer than %3 runs could not be scored)</source>
        <translation> (%1 exécutions dans des %2 de moins de %3 exécutions n&apos;ont pas pu être évaluées)</translation>
    </message>
    <message>
        <source>a %1 spike over %2</source>
        <translation>un pic de %1 au-dessus de %2</translation>
    </message>
    <message>
        <source>a dip to %1 %2</source>
        <translation>une baisse à %1 %2</translation>
    </message>
    <message>
        <source>Flag |z| above:</source>
        <translation>Signaler |z| au-dessus de :</translation>
    </message>
    <message>
        <source>Flag |robust z| above:</source>
        <translation>Signaler |z robuste| au-dessus de :</translation>
    </message>
    <message>
        <source>Fences at k × IQR, k:</source>
        <translation>Barrières à k × IQR, k :</translation>
    </message>
    <message>
        <source>Flag score above:</source>
        <translation>Signaler un score au-dessus de :</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>%1 flagged of %2 scored</source>
        <translation>%1 signalées sur %2 évaluées</translation>
    </message>
    <message>
        <source>%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are drawn grey.</source>
        <translation>%1 des %2 exécutions sont dans des %3 de moins de %4 exécutions, trop peu pour être évaluées : elles sont tracées en gris.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a positive value are left out.</source>
        <translation>
            <numerusform>%n exécution sans valeur positive est écartée.</numerusform>
            <numerusform>%n exécutions sans valeur positive sont écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>Signalées (%1)</translation>
    </message>
    <message>
        <source>CPU runs (%1 scored)</source>
        <translation>Exécutions CPU (%1 évaluées)</translation>
    </message>
    <message>
        <source>GPU runs (%1 scored)</source>
        <translation>Exécutions GPU (%1 évaluées)</translation>
    </message>
    <message>
        <source>Not scored: group under %1 runs (%2)</source>
        <translation>Non évaluées : groupe de moins de %1 exécutions (%2)</translation>
    </message>
    <message>
        <source>Run start (UTC)</source>
        <translation>Début de l&apos;exécution (UTC)</translation>
    </message>
    <message>
        <source>Runs over time with flagged energy anomalies</source>
        <translation>Exécutions dans le temps avec les anomalies d&apos;énergie signalées</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation>Méthode de détection</translation>
    </message>
    <message>
        <source>How a run is compared with the other runs of its group</source>
        <translation>Comment une exécution est comparée aux autres exécutions de son groupe</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Which runs a run is compared with</source>
        <translation>Les exécutions auxquelles une exécution est comparée</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Axe vertical</translation>
    </message>
    <message>
        <source>What the vertical axis shows</source>
        <translation>Ce que montre l&apos;axe vertical</translation>
    </message>
    <message>
        <source>Flagged runs</source>
        <translation>Exécutions signalées</translation>
    </message>
    <message>
        <source>Threshold value</source>
        <translation>Valeur du seuil</translation>
    </message>
    <message>
        <source>Filter to anomalies</source>
        <translation>Filtrer sur les anomalies</translation>
    </message>
    <message>
        <source>Keep only the flagged runs in the filter</source>
        <translation>Ne garder que les exécutions signalées dans le filtre</translation>
    </message>
    <message>
        <source>Select by dragging</source>
        <translation>Sélectionner en faisant glisser</translation>
    </message>
    <message>
        <source>When on, dragging on the chart selects runs into the filter; when off it pans (Shift+drag always selects)</source>
        <translation>Activé : faire glisser sur le graphique sélectionne des exécutions dans le filtre ; désactivé : déplace la vue (Maj+glisser sélectionne toujours)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close run details</source>
        <translation>Fermer les détails de l&apos;exécution</translation>
    </message>
    <message>
        <source>Close the run details</source>
        <translation>Fermer les détails de l&apos;exécution</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Détails de l&apos;exécution</translation>
    </message>
    <message>
        <source>Watt-meter trace of the run&apos;s job</source>
        <translation>Trace du wattmètre de la tâche de l&apos;exécution</translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation>
            <numerusform>Sélectionner l&apos;exécution signalée (%n)</numerusform>
            <numerusform>Sélectionner les %n exécutions signalées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) started %1 to %2 UTC</source>
        <translation>
            <numerusform>Sélectionner %n exécution démarrée du %1 au %2 UTC</numerusform>
            <numerusform>Sélectionner %n exécutions démarrées du %1 au %2 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1 UTC; energy %2</source>
        <translation>Début %1 UTC ; énergie %2</translation>
    </message>
    <message>
        <source>%1 the median of its configuration (%2 runs)</source>
        <translation>%1 la médiane de sa configuration (%2 exécutions)</translation>
    </message>
    <message>
        <source>%1 score %2%3</source>
        <translation>Score %1 : %2%3</translation>
    </message>
    <message>
        <source> (flagged)</source>
        <translation> (signalée)</translation>
    </message>
    <message>
        <source>Not scored: its group has fewer than %1 runs</source>
        <translation>Non évaluée : son groupe compte moins de %1 exécutions</translation>
    </message>
    <message>
        <source>Click for its details and watt-meter trace</source>
        <translation>Cliquer pour voir ses détails et sa trace de wattmètre</translation>
    </message>
    <message>
        <source>Run details and traces are not available here (no store is connected).</source>
        <translation>Les détails et les traces des exécutions ne sont pas disponibles ici (aucune base n&apos;est connectée).</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Node power (W)</source>
        <translation>Puissance du nœud (W)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Exécution&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration:&lt;/b&gt; %1, %2, %3 parameters, depth %4, %5 (batch %6)</source>
        <translation>&lt;b&gt;Configuration :&lt;/b&gt; %1, %2, %3 paramètres, profondeur %4, %5 (lot %6)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node:&lt;/b&gt; %1 (%2), &lt;b&gt;SLURM job&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Nœud :&lt;/b&gt; %1 (%2), &lt;b&gt;tâche SLURM&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ran&lt;/b&gt; %1 to %2 UTC (%3)</source>
        <translation>&lt;b&gt;Exécutée&lt;/b&gt; du %1 au %2 UTC (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Configuration :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Énergie :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 the median of its configuration&apos;s %2 runs</source>
        <translation>%1 la médiane des %2 exécutions de sa configuration</translation>
    </message>
    <message>
        <source>: &lt;b style=&apos;color:#d7191c&apos;&gt;flagged&lt;/b&gt;</source>
        <translation> : &lt;b style=&apos;color:#d7191c&apos;&gt;signalée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation> : non signalée</translation>
    </message>
    <message>
        <source>Not scored (its group has fewer than %1 runs)</source>
        <translation>Non évaluée (son groupe compte moins de %1 exécutions)</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the run&apos;s details and trace...&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chargement des détails et de la trace de l&apos;exécution...&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;This run is no longer in the store.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cette exécution n&apos;est plus dans la base.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No trace stored for this job.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune trace enregistrée pour cette tâche.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trace: %1 samples of node power over the job</source>
        <translation>Trace : %1 échantillons de puissance du nœud pendant la tâche</translation>
    </message>
    <message>
        <source>Energy from the trace over the run: %1 (stored: %2)</source>
        <translation>Énergie d&apos;après la trace pendant l&apos;exécution : %1 (enregistrée : %2)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>Node power (1-minute samples)</source>
        <translation>Puissance du nœud (échantillons d&apos;une minute)</translation>
    </message>
    <message>
        <source>Idle power of the node (%1 W)</source>
        <translation>Puissance au repos du nœud (%1 W)</translation>
    </message>
    <message>
        <source>The run&apos;s average power (%1 W)</source>
        <translation>Puissance moyenne de l&apos;exécution (%1 W)</translation>
    </message>
    <message>
        <source>Energy per run (%1, log scale)</source>
        <translation>Énergie par exécution (%1, échelle log)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy:&lt;/b&gt; %1 at %2 on average</source>
        <translation>&lt;b&gt;Énergie :&lt;/b&gt; %1 à %2 en moyenne</translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: the energy model has no expected energy for them (it knows BUTTER-E&apos;s datasets and shapes); group by configuration to compare runs with their repeats.</source>
        <translation>Aucune des %1 exécutions n&apos;a pu être évaluée : le modèle énergétique n&apos;a pas d&apos;énergie attendue pour elles (il connaît les jeux de données et les formes de BUTTER-E) ; regroupez par configuration pour comparer les exécutions à leurs répétitions.</translation>
    </message>
    <message>
        <source>None of the %1 runs scored is flagged by %2 %3%4.</source>
        <translation>Aucune des %1 exécutions évaluées n&apos;est signalée par %2 %3%4.</translation>
    </message>
    <message>
        <source>its expected energy</source>
        <translation>son énergie attendue</translation>
    </message>
    <message>
        <source>1 of %1 runs scored (%2%) is flagged by %3 %4%5: %6 on %7 (%8, %9).</source>
        <translation>1 des %1 exécutions évaluées (%2 %) est signalée par %3 %4%5 : %6 le %7 (%8, %9).</translation>
    </message>
    <message>
        <source>%1 of %2 runs scored (%3%) are flagged by %4 %5%6; the largest is %7 on %8 (%9, %10).</source>
        <translation>%1 des %2 exécutions évaluées (%3 %) sont signalées par %4 %5%6 ; la plus forte est %7 le %8 (%9, %10).</translation>
    </message>
    <message>
        <source>%1 runs of groups under 64 runs were scored by one forest of all runs, not within their group.</source>
        <translation>%1 exécutions de groupes de moins de 64 exécutions ont été évaluées par une seule forêt sur toutes les exécutions, pas au sein de leur groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an expected energy (a dataset or shape the energy model does not know) are not scored.</source>
        <translation>
            <numerusform>%n exécution sans énergie attendue (un jeu de données ou une forme que le modèle énergétique ne connaît pas) n&apos;est pas évaluée.</numerusform>
            <numerusform>%n exécutions sans énergie attendue (un jeu de données ou une forme que le modèle énergétique ne connaît pas) ne sont pas évaluées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured ÷ expected energy (log scale)</source>
        <translation>Énergie mesurée ÷ attendue (échelle log.)</translation>
    </message>
    <message>
        <source>Measured ÷ expected</source>
        <translation>Mesurée ÷ attendue</translation>
    </message>
    <message>
        <source>%1 its expected energy</source>
        <translation>%1 son énergie attendue</translation>
    </message>
    <message>
        <source>%1 its expected energy (the energy model&apos;s, for its configuration)</source>
        <translation>%1 son énergie attendue (celle du modèle énergétique pour sa configuration)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one run, placed at the time it started (UTC) and at the energy it used (logarithmic scale), or, with &lt;i&gt;Measured ÷ expected&lt;/i&gt;, at its energy divided by the energy the &lt;b&gt;energy model&lt;/b&gt; expects for its configuration (dataset, shape, size, depth and device; fitted on all runs, see the cache view): 1&amp;times; is as expected, 5&amp;times; used five times that.&lt;/p&gt;&lt;p&gt;A detector scores each run&apos;s &lt;b&gt;residual&lt;/b&gt;, log(measured &amp;divide; expected), against the residuals of the other runs of its &lt;b&gt;group&lt;/b&gt; (chooser; by default its device), so a large network is not flagged just for being large and a configuration with a single run is still scored: &lt;b&gt;robust z&lt;/b&gt; (from the median, in scaled median absolute deviations; one wild run cannot hide itself; the default), &lt;b&gt;z-score&lt;/b&gt; (from the mean, in standard deviations), &lt;b&gt;IQR&lt;/b&gt; (beyond Tukey&apos;s fences Q1 &amp;minus; k&amp;middot;IQR and Q3 + k&amp;middot;IQR) or &lt;b&gt;Isolation Forest&lt;/b&gt; (how quickly random splits of the residual and the power isolate the run; 0.5 is ordinary, near 1 is odd). Runs beyond the threshold (slider) are drawn &lt;span style=&apos;color:#d7191c&apos;&gt;&lt;b&gt;large and red&lt;/b&gt;&lt;/span&gt; and counted. The anomaly-score view uses the same default and flags the same runs.&lt;/p&gt;&lt;p&gt;Groups need at least 5 runs; runs in smaller groups are drawn grey and not scored. Grouping by configuration compares a run only with its repeats, which most configurations of the sweep do not have (one to three runs each): the finding says how many runs it could not score.&lt;/p&gt;&lt;p&gt;Drag to pan along time, scroll to zoom. Click a run to see its configuration, node, job and its watt-meter trace. Hold Shift (or switch on &lt;i&gt;Select by dragging&lt;/i&gt;) and drag a rectangle to put those runs into the filter; &lt;i&gt;Filter to anomalies&lt;/i&gt; keeps only the flagged runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque point est une exécution, placée à l&apos;heure de son démarrage (UTC) et à l&apos;énergie qu&apos;elle a consommée (échelle logarithmique), ou, avec &lt;i&gt;Mesurée ÷ attendue&lt;/i&gt;, à son énergie divisée par l&apos;énergie que le &lt;b&gt;modèle énergétique&lt;/b&gt; attend pour sa configuration (jeu de données, forme, taille, profondeur et appareil ; ajusté sur toutes les exécutions, voir la vue du cache) : 1&amp;times; est conforme à l&apos;attente, 5&amp;times; a consommé cinq fois plus.&lt;/p&gt;&lt;p&gt;Un détecteur évalue le &lt;b&gt;résidu&lt;/b&gt; de chaque exécution, log(mesurée &amp;divide; attendue), face aux résidus des autres exécutions de son &lt;b&gt;groupe&lt;/b&gt; (sélecteur ; par défaut son appareil), de sorte qu&apos;un grand réseau n&apos;est pas signalé du seul fait de sa taille et qu&apos;une configuration à une seule exécution est tout de même évaluée : &lt;b&gt;z robuste&lt;/b&gt; (depuis la médiane, en écarts absolus médians mis à l&apos;échelle ; une exécution aberrante ne peut pas se masquer elle-même ; par défaut), &lt;b&gt;z-score&lt;/b&gt; (depuis la moyenne, en écarts-types), &lt;b&gt;IQR&lt;/b&gt; (au-delà des barrières de Tukey Q1 &amp;minus; k&amp;middot;IQR et Q3 + k&amp;middot;IQR) ou &lt;b&gt;Isolation Forest&lt;/b&gt; (la vitesse à laquelle des découpes aléatoires du résidu et de la puissance isolent l&apos;exécution ; 0,5 est ordinaire, près de 1 est singulier). Les exécutions au-delà du seuil (curseur) sont dessinées &lt;span style=&apos;color:#d7191c&apos;&gt;&lt;b&gt;grandes et rouges&lt;/b&gt;&lt;/span&gt; et comptées. La vue des scores d&apos;anomalie utilise le même réglage par défaut et signale les mêmes exécutions.&lt;/p&gt;&lt;p&gt;Les groupes doivent compter au moins 5 exécutions ; les exécutions des groupes plus petits sont dessinées en gris et ne sont pas évaluées. Regrouper par configuration ne compare une exécution qu&apos;à ses répétitions, que la plupart des configurations du balayage n&apos;ont pas (une à trois exécutions chacune) : le constat indique combien d&apos;exécutions n&apos;ont pas pu être évaluées.&lt;/p&gt;&lt;p&gt;Faites glisser pour vous déplacer dans le temps, faites défiler pour zoomer. Cliquez sur une exécution pour voir sa configuration, son nœud, sa tâche et sa courbe de wattmètre. Maintenez Maj (ou activez &lt;i&gt;Sélectionner en faisant glisser&lt;/i&gt;) et tracez un rectangle pour mettre ces exécutions dans le filtre ; &lt;i&gt;Filtrer sur les anomalies&lt;/i&gt; ne garde que les exécutions signalées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Flagged runs that also fail a quality check (known bad data, not picked as the largest): %1.</source>
        <translation> Exécutions signalées qui échouent aussi à un contrôle de qualité (données connues comme mauvaises, non retenues comme la plus forte) : %1.</translation>
    </message>
    <message>
        <source> Every flagged run also fails a quality check.</source>
        <translation> Chaque exécution signalée échoue aussi à un contrôle de qualité.</translation>
    </message>
    <message>
        <source>the baselines (they are still scored)</source>
        <translation>références ; elles restent notées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality:&lt;/b&gt; passes every check</source>
        <translation>&lt;b&gt;Qualité :&lt;/b&gt; passe tous les contrôles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality:&lt;/b&gt; fails a check; %1</source>
        <translation>&lt;b&gt;Qualité :&lt;/b&gt; échoue à un contrôle ; %1</translation>
    </message>
    <message>
        <source>not part of the baseline it is scored against</source>
        <translation>hors de la référence à laquelle elle est comparée</translation>
    </message>
    <message>
        <source>part of the baseline, as chosen</source>
        <translation>incluse dans la référence, comme choisi</translation>
    </message>
    <message>
        <source>Details of the chosen run</source>
        <translation>Détails de l’exécution choisie</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Énergie (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::ArchitectureView</name>
    <message>
        <source>Which shapes win at shallow depth, and which at deep?</source>
        <translation>Quelles formes l&apos;emportent à faible profondeur, et lesquelles en profondeur ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each coloured line is one network shape. Across: the network&apos;s depth (layers, counting the output layer). Up: the median energy per training datum of that shape&apos;s runs at that depth, on a logarithmic scale (every step of ten times takes the same height). Lower is more efficient.&lt;/p&gt;&lt;p&gt;A black ring marks the shape with the lowest median at each depth, and the strip under the chart names it; neighbouring depths won by the same shape share one cell. BUTTER labels every depth-2 network &lt;i&gt;rectangle&lt;/i&gt; (at depth 2 all shapes are the same), so depth 2 has only one contender.&lt;/p&gt;&lt;p&gt;Hover over a point or a strip cell for its values. Click a line, a legend entry or a strip cell to keep only that shape (Ctrl+Z undoes it).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque ligne colorée est une forme de réseau. En abscisse : la profondeur du réseau (couches, couche de sortie comprise). En ordonnée : l&apos;énergie médiane par donnée d&apos;entraînement des exécutions de cette forme à cette profondeur, en échelle logarithmique (chaque facteur dix occupe la même hauteur). Plus bas signifie plus efficace.&lt;/p&gt;&lt;p&gt;Un anneau noir marque la forme ayant la médiane la plus basse à chaque profondeur, et la bande sous le graphique la nomme ; les profondeurs voisines gagnées par la même forme partagent une cellule. BUTTER étiquette tous les réseaux de profondeur 2 comme &lt;i&gt;rectangle&lt;/i&gt; (à la profondeur 2, toutes les formes sont identiques), donc la profondeur 2 n&apos;a qu&apos;une seule candidate.&lt;/p&gt;&lt;p&gt;Survolez un point ou une cellule de la bande pour voir ses valeurs. Cliquez sur une ligne, une entrée de légende ou une cellule de la bande pour ne garder que cette forme (Ctrl+Z annule).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profondeur %1</translation>
    </message>
    <message>
        <source>depths %1-%2</source>
        <translation>profondeurs %1-%2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive energy per datum to show on a log axis.</source>
        <translation>Aucune des %1 exécutions du filtre n&apos;a d&apos;énergie par donnée positive à afficher sur un axe logarithmique.</translation>
    </message>
    <message>
        <source>Only %1 runs match the filter, so there is no other shape to compare it with.</source>
        <translation>Seules %1 exécutions correspondent au filtre : il n&apos;y a donc aucune autre forme à laquelle la comparer.</translation>
    </message>
    <message>
        <source>Only %1 has runs at depth %2, so there is no other shape to compare it with.</source>
        <translation>Seule %1 a des exécutions à la profondeur %2 : il n&apos;y a donc aucune autre forme à laquelle la comparer.</translation>
    </message>
    <message>
        <source>At depth %1, %2 has the lowest median energy per datum (%3, against %4 for %5).</source>
        <translation>À la profondeur %1, %2 a l&apos;énergie médiane par donnée la plus basse (%3, contre %4 pour %5).</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>No depth in the filter has runs of two shapes or more, so no shape can be compared with another.</source>
        <translation>Aucune profondeur du filtre n&apos;a d&apos;exécutions de deux formes ou plus : aucune forme ne peut donc être comparée à une autre.</translation>
    </message>
    <message>
        <source>%1 is most efficient at depth %2, the only depth where shapes can be compared.</source>
        <translation>%1 est la plus efficace à la profondeur %2, la seule où les formes peuvent être comparées.</translation>
    </message>
    <message>
        <source>%1 is most efficient at every depth from %2 to %3.</source>
        <translation>%1 est la plus efficace à toutes les profondeurs de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 is most efficient at %2</source>
        <translation>%1 est la plus efficace à %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>and again at %1</source>
        <translation>et de nouveau à %1</translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>et %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 and %2 other shapes</source>
        <translation>%1 et %2 autres formes</translation>
    </message>
    <message>
        <source>%1 %2; the lead changes hands %3 times in all, with %4 in between.</source>
        <translation>%1 %2 ; la tête change de mains %3 fois au total, avec %4 entre-temps.</translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation>Sélectionner la forme %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative energy per datum are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n exécution dont l&apos;énergie par donnée est manquante, nulle ou négative est écartée : un axe logarithmique ne peut pas l&apos;afficher.</numerusform>
            <numerusform>%n exécutions dont l&apos;énergie par donnée est manquante, nulle ou négative sont écartées : un axe logarithmique ne peut pas les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median energy per datum against depth, one line per shape</source>
        <translation>Énergie médiane par donnée selon la profondeur, une ligne par forme</translation>
    </message>
    <message>
        <source>Depth (layers, counting the output layer)</source>
        <translation>Profondeur (couches, couche de sortie comprise)</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>La plus basse</translation>
    </message>
    <message>
        <source>Lowest at this depth</source>
        <translation>La plus basse à cette profondeur</translation>
    </message>
    <message>
        <source>Depth %1: %2 is the only shape with runs (median %3 per datum, n = %4).</source>
        <translation>Profondeur %1 : %2 est la seule forme ayant des exécutions (médiane %3 par donnée, n = %4).</translation>
    </message>
    <message>
        <source>Depth %1: %2 has the lowest median energy per datum, %3 (n = %4), of %5 shapes; next is %6 at %7 (%8 more).</source>
        <translation>Profondeur %1 : %2 a l&apos;énergie médiane par donnée la plus basse, %3 (n = %4), sur %5 formes ; ensuite vient %6 à %7 (%8 de plus).</translation>
    </message>
    <message>
        <source>%1, depth %2: median %3 per datum, middle half %4 to %5 (n = %6)</source>
        <translation>%1, profondeur %2 : médiane %3 par donnée, moitié centrale de %4 à %5 (n = %6)</translation>
    </message>
    <message>
        <source>; the lowest at this depth</source>
        <translation> ; la plus basse à cette profondeur</translation>
    </message>
    <message>
        <source>Median energy per datum (%1, log scale)</source>
        <translation>Énergie médiane par donnée (%1, échelle log)</translation>
    </message>
    <message>
        <source>Energy per datum (%1)</source>
        <translation>Énergie par donnée (%1)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Énergie (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::BatchOverheadView</name>
    <message>
        <source>Which sweep batches wasted most of their energy on overhead?</source>
        <translation>Quels lots du balayage ont gaspillé le plus d&apos;énergie en surcoût ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The sweep ran in batches: &lt;i&gt;energy_1&lt;/i&gt; on GPU nodes, &lt;i&gt;energy_2_cpu&lt;/i&gt; on CPU nodes, and batches that added depths or shapes later. Each bar is one batch. Its &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;purple part&lt;/b&gt;&lt;/span&gt; is the &lt;b&gt;fixed overhead&lt;/b&gt; its runs paid (NREL&apos;s estimate per run: about 14 kJ on a CPU node, 272 kJ on a GPU node, whatever the network) and its &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;green part&lt;/b&gt;&lt;/span&gt; the &lt;b&gt;non-overhead energy&lt;/b&gt; that went to training, both summed over the batch&apos;s runs in the filter.&lt;/p&gt;&lt;p&gt;The text above each bar gives the overhead&apos;s share of the batch&apos;s energy, the overhead itself and the batch&apos;s total. Energies are standardised to the reference node type (cpu1 or gpu1) as in NREL&apos;s table: overhead plus non-overhead energy is the standardised energy, which differs a little from the energy measured on other node types.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bars&lt;/i&gt;: &lt;i&gt;Total energy&lt;/i&gt; draws each batch&apos;s energy to scale (in Wh, kWh, MWh or GWh); &lt;i&gt;Share&lt;/i&gt; stretches every bar to 100% to compare the splits. A batch of many small networks spends a large share on overhead even when its total is small.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: click a bar or its name to keep only that batch; Ctrl+click adds it to the batches already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le balayage s&apos;est déroulé par lots : &lt;i&gt;energy_1&lt;/i&gt; sur les nœuds GPU, &lt;i&gt;energy_2_cpu&lt;/i&gt; sur les nœuds CPU, et des lots ajoutant plus tard des profondeurs ou des formes. Chaque barre est un lot. Sa &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;partie violette&lt;/b&gt;&lt;/span&gt; est le &lt;b&gt;surcoût fixe&lt;/b&gt; payé par ses exécutions (estimation du NREL par exécution : environ 14 kJ sur un nœud CPU, 272 kJ sur un nœud GPU, quel que soit le réseau) et sa &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;partie verte&lt;/b&gt;&lt;/span&gt; l&apos;&lt;b&gt;énergie hors surcoût&lt;/b&gt; consacrée à l&apos;entraînement, toutes deux additionnées sur les exécutions du lot présentes dans le filtre.&lt;/p&gt;&lt;p&gt;Le texte au-dessus de chaque barre donne la part du surcoût dans l&apos;énergie du lot, le surcoût lui-même et le total du lot. Les énergies sont standardisées sur le type de nœud de référence (cpu1 ou gpu1) comme dans la table du NREL : surcoût plus énergie hors surcoût donne l&apos;énergie standardisée, qui diffère un peu de l&apos;énergie mesurée sur les autres types de nœuds.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Barres&lt;/i&gt; : &lt;i&gt;Énergie totale&lt;/i&gt; trace l&apos;énergie de chaque lot à l&apos;échelle (en Wh, kWh, MWh ou GWh) ; &lt;i&gt;Part&lt;/i&gt; étire chaque barre à 100 % pour comparer les répartitions. Un lot de nombreux petits réseaux consacre une grande part au surcoût même si son total est faible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sélection&lt;/b&gt; : cliquez sur une barre ou sur son nom pour ne garder que ce lot ; Ctrl+clic l&apos;ajoute aux lots déjà sélectionnés (ou l&apos;en retire). Les flèches du clavier passent d&apos;une barre à l&apos;autre et Entrée sélectionne. Annuler revient sur une sélection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has an overhead and a non-overhead energy to split.</source>
        <translation>Aucune des %1 exécutions du filtre n&apos;a d&apos;énergie de surcoût et hors surcoût à répartir.</translation>
    </message>
    <message>
        <source>The runs in the filter have no positive standardised energy to split into overhead and training.</source>
        <translation>Les exécutions du filtre n&apos;ont pas d&apos;énergie standardisée positive à répartir entre surcoût et entraînement.</translation>
    </message>
    <message>
        <source>Batch %1 spent %2 of its energy on overhead.</source>
        <translation>Le lot %1 a consacré %2 de son énergie au surcoût.</translation>
    </message>
    <message>
        <source>Batch %1 spent the largest share on overhead (%2), batch %3 the smallest (%4).</source>
        <translation>Le lot %1 a consacré la plus grande part au surcoût (%2), le lot %3 la plus petite (%4).</translation>
    </message>
    <message>
        <source>Select batch %1</source>
        <translation>Sélectionner le lot %1</translation>
    </message>
    <message>
        <source>Take batch %1 out of the selection</source>
        <translation>Retirer le lot %1 de la sélection</translation>
    </message>
    <message>
        <source>Add batch %1 to the selection</source>
        <translation>Ajouter le lot %1 à la sélection</translation>
    </message>
    <message>
        <source>Total energy</source>
        <translation>Énergie totale</translation>
    </message>
    <message>
        <source>Draw each batch&apos;s total energy to scale, or every bar as 100% to compare the splits</source>
        <translation>Tracer l&apos;énergie totale de chaque lot à l&apos;échelle, ou chaque barre à 100 % pour comparer les répartitions</translation>
    </message>
    <message>
        <source>Sweep batch</source>
        <translation>Lot du balayage</translation>
    </message>
    <message>
        <source>Overhead and training energy per sweep batch</source>
        <translation>Énergie de surcoût et d&apos;entraînement par lot du balayage</translation>
    </message>
</context>
<context>
    <name>wattprint::CacheView</name>
    <message>
        <source>At what model size does energy jump because the working set leaves the cache?</source>
        <translation>À quelle taille de modèle l&apos;énergie bondit-elle parce que l&apos;ensemble de travail sort du cache ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is a run: across, the size in bytes of the chosen &lt;b&gt;working set&lt;/b&gt; of its network (doubling at every step of the axis), up, the energy it used per training datum (J, log scale). &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU runs are blue&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU runs orange&lt;/b&gt;&lt;/span&gt;. The line is the median of the runs in each doubling of bytes, the band around it the middle half of them.&lt;/p&gt;&lt;p&gt;Working sets follow NREL&apos;s energy model (4-byte floats, batch 256): &lt;b&gt;forward&lt;/b&gt; = the parameters, which every core or SM holds; &lt;b&gt;backward&lt;/b&gt; = parameters and gradients plus the batch&apos;s activations; &lt;b&gt;inter-layer&lt;/b&gt; = the largest single layer&apos;s activations for a batch (the maximum over layers, not their total); &lt;b&gt;dataset&lt;/b&gt; = the whole dataset as floats.&lt;/p&gt;&lt;p&gt;The strips name the cache levels: CPU at the top (L1 32 KiB and L2 1 MiB per core, L3 24.75 MiB per socket, then RAM), GPU at the bottom (L1 112 KiB per SM, L2 6 MiB, then HBM); dashed lines mark where a set leaves a level. The forward and backward sets leave a level when one core&apos;s (SM&apos;s) share is full; the inter-layer and dataset sets are spread over all cores (SMs), so they leave it when the whole node&apos;s copies are full. The model places sets behind each other, so a boundary is where a set alone would spill.&lt;/p&gt;&lt;p&gt;A bracket marks a &lt;b&gt;jump&lt;/b&gt;: where the median line climbs more steeply than its usual slope (by 15 % or more per doubling, 25 % or more in all). Its label is how many times higher the median is after the rise than before it; the finding names the nearest boundary (within 1.5 doublings).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Colour by model ratio&lt;/b&gt; colours each run by the fitted energy model&apos;s prediction divided by the run&apos;s measurement (the model is fitted per device on the configurations&apos; medians): green above 1 (the model expects more), purple below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: drag across the chart to keep the runs of the configurations whose working set lies in that range (as a list of runs, since sizes are not in the same order for every set). The mouse wheel zooms; Reset zoom shows everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque point est une exécution : en abscisse, la taille en octets de l&apos;&lt;b&gt;ensemble de travail&lt;/b&gt; choisi de son réseau (doublement à chaque graduation de l&apos;axe), en ordonnée, l&apos;énergie consommée par donnée d&apos;entraînement (J, échelle log). &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;Exécutions CPU en bleu&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;exécutions GPU en orange&lt;/b&gt;&lt;/span&gt;. La ligne est la médiane des exécutions à chaque doublement d&apos;octets, la bande qui l&apos;entoure en contient la moitié centrale.&lt;/p&gt;&lt;p&gt;Les ensembles de travail suivent le modèle énergétique du NREL (flottants de 4 octets, lot de 256) : &lt;b&gt;passe avant&lt;/b&gt; = les paramètres, que chaque cœur ou SM détient ; &lt;b&gt;passe arrière&lt;/b&gt; = paramètres et gradients plus les activations du lot ; &lt;b&gt;inter-couches&lt;/b&gt; = les activations de la plus grande couche pour un lot (le maximum sur les couches, pas leur total) ; &lt;b&gt;jeu de données&lt;/b&gt; = tout le jeu de données sous forme de flottants.&lt;/p&gt;&lt;p&gt;Les bandes nomment les niveaux de cache : CPU en haut (L1 32 KiB et L2 1 MiB par cœur, L3 24.75 MiB par socket, puis RAM), GPU en bas (L1 112 KiB par SM, L2 6 MiB, puis HBM) ; des lignes pointillées marquent l&apos;endroit où un ensemble sort d&apos;un niveau. Les ensembles avant et arrière sortent d&apos;un niveau quand la part d&apos;un cœur (SM) est pleine ; les ensembles inter-couches et jeu de données sont répartis sur tous les cœurs (SM), ils en sortent donc quand les copies de tout le nœud sont pleines. Le modèle place les ensembles les uns derrière les autres : une limite est donc l&apos;endroit où un ensemble seul déborderait.&lt;/p&gt;&lt;p&gt;Un crochet marque un &lt;b&gt;saut&lt;/b&gt; : là où la ligne médiane monte plus fortement que sa pente habituelle (de 15 % ou plus par doublement, 25 % ou plus au total). Son libellé indique combien de fois la médiane est plus élevée après la hausse qu&apos;avant ; le constat nomme la limite la plus proche (à 1,5 doublement près).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Colorer selon le rapport du modèle&lt;/b&gt; colore chaque exécution selon la prédiction du modèle énergétique ajusté divisée par la mesure de l&apos;exécution (le modèle est ajusté par matériel sur les médianes des configurations) : vert au-dessus de 1 (le modèle prévoit davantage), violet en dessous.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sélection&lt;/b&gt; : faites glisser sur le graphique pour garder les exécutions des configurations dont l&apos;ensemble de travail se trouve dans cette plage (sous forme de liste d&apos;exécutions, car les tailles ne sont pas dans le même ordre pour chaque ensemble). La molette zoome ; Réinitialiser le zoom affiche tout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Forward working set</source>
        <translation>Ensemble de travail de la passe avant</translation>
    </message>
    <message>
        <source>Backward working set</source>
        <translation>Ensemble de travail de la passe arrière</translation>
    </message>
    <message>
        <source>Inter-layer working set (largest layer)</source>
        <translation>Ensemble de travail inter-couches (plus grande couche)</translation>
    </message>
    <message>
        <source>Dataset working set</source>
        <translation>Ensemble de travail du jeu de données</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Passe avant</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Passe arrière</translation>
    </message>
    <message>
        <source>Inter-layer (largest layer)</source>
        <translation>Inter-couches (plus grande couche)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>no configuration has a positive median energy per datum</source>
        <translation>aucune configuration n&apos;a d&apos;énergie médiane par donnée positive</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter is of a dataset and shape the energy model knows, so no working set can be computed.</source>
        <translation>Aucune des %1 exécutions du filtre ne relève d&apos;un jeu de données et d&apos;une forme connus du modèle énergétique : aucun ensemble de travail ne peut donc être calculé.</translation>
    </message>
    <message>
        <source>None of the runs in the filter has a positive energy per datum to show on a log axis.</source>
        <translation>Aucune des exécutions du filtre n&apos;a d&apos;énergie par donnée positive à afficher sur un axe logarithmique.</translation>
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
        <translation>les exécutions %1 couvrent trop peu de tailles pour montrer un saut</translation>
    </message>
    <message>
        <source>%1 energy per datum shows no jump beyond its usual slope</source>
        <translation>l&apos;énergie par donnée %1 ne montre aucun saut au-delà de sa pente habituelle</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <translation>%1 au passage de %2</translation>
    </message>
    <message>
        <source>%1 energy per datum rises %2 across the %3 boundary (%4, into %5)</source>
        <translation>l&apos;énergie par donnée %1 augmente de %2 au passage de la limite %3 (%4, vers %5)</translation>
    </message>
    <message>
        <source>%1 energy per datum rises %2 across the %3 boundary (%4, into %5; also %6)</source>
        <translation>l&apos;énergie par donnée %1 augmente de %2 au passage de la limite %3 (%4, vers %5 ; aussi %6)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 energy per datum rises %2 between %3 and %4, away from any cache boundary</source>
        <translation>l&apos;énergie par donnée %1 augmente de %2 entre %3 et %4, loin de toute limite de cache</translation>
    </message>
    <message>
        <source> (only CPU runs match the filter)</source>
        <translation> (seules des exécutions CPU correspondent au filtre)</translation>
    </message>
    <message>
        <source> (only GPU runs match the filter)</source>
        <translation> (seules des exécutions GPU correspondent au filtre)</translation>
    </message>
    <message>
        <source>As the %1 grows, %2%3.</source>
        <translation>Quand %1 augmente, %2%3.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 run %2
%3, %4, depth %5, size %6
%7: %8
Energy per datum: %9</source>
        <translation>Exécution %1 %2
%3, %4, profondeur %5, taille %6
%7 : %8
Énergie par donnée : %9</translation>
    </message>
    <message>
        <source>
Model: %1 (predicted / measured %2)</source>
        <translation>
Modèle : %1 (prédit / mesuré %2)</translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) with a %1 of %2 to %3</source>
        <translation>
            <numerusform>Sélectionner %n exécution avec %1 de %2 à %3</numerusform>
            <numerusform>Sélectionner %n exécutions avec %1 de %2 à %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of a dataset or shape the energy model does not know are left out.</source>
        <translation>
            <numerusform>%n exécution d&apos;un jeu de données ou d&apos;une forme inconnus du modèle énergétique est écartée.</numerusform>
            <numerusform>%n exécutions d&apos;un jeu de données ou d&apos;une forme inconnus du modèle énergétique sont écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative energy per datum are not drawn.</source>
        <translation>
            <numerusform>%n exécution dont l&apos;énergie par donnée est manquante, nulle ou négative n&apos;est pas tracée.</numerusform>
            <numerusform>%n exécutions dont l&apos;énergie par donnée est manquante, nulle ou négative ne sont pas tracées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The energy model could not be fitted: %1.</source>
        <translation>Le modèle énergétique n&apos;a pas pu être ajusté : %1.</translation>
    </message>
    <message>
        <source>Working set:</source>
        <translation>Ensemble de travail :</translation>
    </message>
    <message>
        <source>Working set</source>
        <translation>Ensemble de travail</translation>
    </message>
    <message>
        <source>Which working set of each network goes on the horizontal axis</source>
        <translation>L&apos;ensemble de travail de chaque réseau placé sur l&apos;axe horizontal</translation>
    </message>
    <message>
        <source>Colour by model ratio</source>
        <translation>Colorer selon le rapport du modèle</translation>
    </message>
    <message>
        <source>Colour runs by the energy model&apos;s predicted / measured ratio</source>
        <translation>Colorer les exécutions selon le rapport prédit / mesuré du modèle énergétique</translation>
    </message>
    <message>
        <source>Colour each run by the fitted energy model&apos;s prediction divided by its measurement</source>
        <translation>Colorer chaque exécution selon la prédiction du modèle énergétique ajusté divisée par sa mesure</translation>
    </message>
    <message>
        <source>%1 (bytes, log2 scale)</source>
        <translation>%1 (octets, échelle log2)</translation>
    </message>
    <message>
        <source>Energy per datum against the %1</source>
        <translation>Énergie par donnée en fonction de : %1</translation>
    </message>
    <message>
        <source>%1 runs (n = %2)</source>
        <translation>Exécutions %1 (n = %2)</translation>
    </message>
    <message>
        <source>%1 median, band: middle half</source>
        <translation>Médiane %1, bande : moitié centrale</translation>
    </message>
    <message>
        <source>No model prediction</source>
        <translation>Aucune prédiction du modèle</translation>
    </message>
    <message>
        <source>Runs (model not fitted)</source>
        <translation>Exécutions (modèle non ajusté)</translation>
    </message>
    <message>
        <source>Model predicted / measured</source>
        <translation>Modèle prédit / mesuré</translation>
    </message>
    <message>
        <source>Energy per datum (%1, log scale)</source>
        <translation>Énergie par donnée (%1, échelle log)</translation>
    </message>
    <message>
        <source>the chart and the energy model</source>
        <translation>graphique et modèle énergétique</translation>
    </message>
    <message>
        <source>Energy per datum (%1)</source>
        <translation>Énergie par donnée (%1)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Énergie (%1)</translation>
    </message>
</context>
<context>
    <name>wattprint::ColumnMappingDialog</name>
    <message>
        <source>&amp;Run or model:</source>
        <translation>&amp;Exécution ou modèle :</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Matériel :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>E&amp;xperiment:</source>
        <translation>E&amp;xpérience :</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>Heure de &amp;début :</translation>
    </message>
    <message>
        <source>&amp;CPU energy:</source>
        <translation>Énergie &amp;CPU :</translation>
    </message>
    <message>
        <source>&amp;GPU energy:</source>
        <translation>Énergie &amp;GPU :</translation>
    </message>
    <message>
        <source>R&amp;AM energy:</source>
        <translation>Énergie R&amp;AM :</translation>
    </message>
    <message>
        <source>A name of the run or the model, kept with each run.</source>
        <translation>Un nom de l&apos;exécution ou du modèle, conservé avec chaque exécution.</translation>
    </message>
    <message>
        <source>GPU or CPU, or a model name such as NVIDIA A100: the run&apos;s device and node type.</source>
        <translation>GPU ou CPU, ou un nom de modèle tel que NVIDIA A100 : l&apos;appareil et le type de nœud de l&apos;exécution.</translation>
    </message>
    <message>
        <source>The run&apos;s project, for the filter and the totals.</source>
        <translation>Le projet de l&apos;exécution, pour le filtre et les totaux.</translation>
    </message>
    <message>
        <source>The run&apos;s experiment.</source>
        <translation>L&apos;expérience de l&apos;exécution.</translation>
    </message>
    <message>
        <source>When the run started; a time without a zone is read in the zone chosen in the import dialog. Without it the runs end when they are imported.</source>
        <translation>Quand l&apos;exécution a commencé ; une heure sans fuseau est lue dans le fuseau choisi dans la boîte d&apos;importation. Sans cette colonne, les exécutions se terminent au moment de l&apos;importation.</translation>
    </message>
    <message>
        <source>A part of the energy, in the energy&apos;s unit.</source>
        <translation>Une part de l&apos;énergie, dans l&apos;unité de l&apos;énergie.</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Columns of an energy CSV</source>
        <translation>Colonnes d&apos;un fichier CSV d&apos;énergie</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a BUTTER-E or CodeCarbon file. Say which columns hold what; the first %n row(s) are shown.</source>
        <translation>
            <numerusform>%1 n&apos;est pas un fichier BUTTER-E ou CodeCarbon. Indiquez ce que contient chaque colonne ; %n ligne est affichée.</numerusform>
            <numerusform>%1 n&apos;est pas un fichier BUTTER-E ou CodeCarbon. Indiquez ce que contient chaque colonne ; les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Unit of the energy</source>
        <translation>Unité de l&apos;énergie</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>É&amp;nergie :</translation>
    </message>
    <message>
        <source>Unit of the duration</source>
        <translation>Unité de la durée</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Load a saved mapping:</source>
        <translation>&amp;Charger une correspondance enregistrée :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. lab power meter</source>
        <translation>p. ex. wattmètre du labo</translation>
    </message>
    <message>
        <source>Keeps this mapping for the next file of this kind, here and for wattprint import --mapping NAME.</source>
        <translation>Conserve cette correspondance pour le prochain fichier de ce type, ici et pour wattprint import --mapping NAME.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>c&apos;est un fichier binaire, pas du texte CSV</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(aucune enregistrée)</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(en choisir une)</translation>
    </message>
    <message>
        <source>The mapping &apos;%1&apos; names column(s) this file lacks: %2</source>
        <translation>La correspondance « %1 » nomme des colonnes absentes de ce fichier : %2</translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;.</source>
        <translation>Enregistrée sous « %1 ».</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Ligne %1 :</translation>
    </message>
    <message>
        <source>%1 the energy &apos;%2&apos; is not a number</source>
        <translation>%1 l&apos;énergie « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 the duration &apos;%2&apos; is not a number</source>
        <translation>%1 la durée « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 %2 J = %3 kWh in %4 s</source>
        <translation>%1 %2 J = %3 kWh en %4 s</translation>
    </message>
    <message>
        <source>Choose the column of the energy and the column of the duration to import.</source>
        <translation>Choisissez la colonne de l&apos;énergie et celle de la durée pour importer.</translation>
    </message>
    <message>
        <source>The first values converted show here.</source>
        <translation>Les premières valeurs converties s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>wattprint::CompareView</name>
    <message>
        <source>all runs in the filter</source>
        <translation>toutes les exécutions du filtre</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profondeur %1</translation>
    </message>
    <message>
        <source>Is configuration B really better than A, or is it noise?</source>
        <translation>La configuration B est-elle vraiment meilleure que A, ou est-ce du bruit ?</translation>
    </message>
    <message>
        <source>Filter to %1: %2</source>
        <translation>Filtrer sur %1 : %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>%1 (no runs in the filter)</source>
        <translation>%1 (aucune exécution dans le filtre)</translation>
    </message>
    <message>
        <source>%1 has no runs with a value of %2.</source>
        <translation>%1 n&apos;a aucune exécution avec une valeur de %2.</translation>
    </message>
    <message>
        <source>Cannot compare %1: %2</source>
        <translation>Impossible de comparer %1 : %2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Choose two groups to compare: A and B are the same runs (%1).</source>
        <translation>Choisissez deux groupes à comparer : A et B sont les mêmes exécutions (%1).</translation>
    </message>
    <message>
        <source>A has no runs: nothing in the filter matches %1.</source>
        <translation>A n&apos;a aucune exécution : rien dans le filtre ne correspond à %1.</translation>
    </message>
    <message>
        <source>B has no runs: nothing in the filter matches %1.</source>
        <translation>B n&apos;a aucune exécution : rien dans le filtre ne correspond à %1.</translation>
    </message>
    <message>
        <source>Choose a metric to compare.</source>
        <translation>Choisissez une métrique à comparer.</translation>
    </message>
    <message>
        <source>Comparing A (%1) with B (%2): %3.</source>
        <translation>Comparaison de A (%1) avec B (%2) : %3.</translation>
    </message>
    <message numerus="yes">
        <source>A and B share %n run(s): the tests assume two separate groups, so read their p-values with care.</source>
        <translation>
            <numerusform>A et B partagent %n exécution : les tests supposent deux groupes distincts, lisez donc leurs valeurs p avec prudence.</numerusform>
            <numerusform>A et B partagent %n exécutions : les tests supposent deux groupes distincts, lisez donc leurs valeurs p avec prudence.</numerusform>
        </translation>
    </message>
    <message>
        <source>With only %1 runs on a side, the interval and p-values are rough: a few more runs would make them trustworthy.</source>
        <translation>Avec seulement %1 exécutions d&apos;un côté, l&apos;intervalle et les valeurs p sont approximatifs : quelques exécutions de plus les rendraient fiables.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a zero or negative value are counted in the table but not drawn: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n exécution de valeur nulle ou négative est comptée dans le tableau mais non tracée : un axe logarithmique ne peut pas l&apos;afficher.</numerusform>
            <numerusform>%n exécutions de valeur nulle ou négative sont comptées dans le tableau mais non tracées : un axe logarithmique ne peut pas les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrique :</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>The per-run quantity shown in the boxes and named in the verdict</source>
        <translation>La grandeur par exécution montrée dans les boîtes et citée dans le verdict</translation>
    </message>
    <message>
        <source>CPU vs GPU</source>
        <translation>CPU vs GPU</translation>
    </message>
    <message>
        <source>Compare CPU vs GPU for this configuration</source>
        <translation>Comparer CPU et GPU pour cette configuration</translation>
    </message>
    <message>
        <source>A = this configuration on CPU, B = the same on GPU</source>
        <translation>A = cette configuration sur CPU, B = la même sur GPU</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Permuter</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>Permuter A et B</translation>
    </message>
    <message>
        <source>Exchange A and B</source>
        <translation>Échanger A et B</translation>
    </message>
    <message>
        <source>A and B are chosen among the runs of the filter in force; change the filter to compare other runs.</source>
        <translation>A et B sont choisis parmi les exécutions du filtre en vigueur ; modifiez le filtre pour comparer d&apos;autres exécutions.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Forme :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>Profondeur :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>device</source>
        <translation>matériel</translation>
    </message>
    <message>
        <source>A (baseline)</source>
        <translation>A (référence)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Side %1</source>
        <translation>Côté %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All runs in the filter</source>
        <translation>Toutes les exécutions du filtre</translation>
    </message>
    <message>
        <source>%1: all runs in the filter</source>
        <translation>%1 : toutes les exécutions du filtre</translation>
    </message>
    <message>
        <source>Let %1 take every run of the filter in force</source>
        <translation>Faire prendre à %1 toutes les exécutions du filtre en vigueur</translation>
    </message>
    <message>
        <source>Filter to %1</source>
        <translation>Filtrer sur %1</translation>
    </message>
    <message>
        <source>Keep only the runs of %1 in every view</source>
        <translation>Ne garder que les exécutions de %1 dans toutes les vues</translation>
    </message>
    <message>
        <source>Box plots of %1 for A and B</source>
        <translation>Boîtes à moustaches de %1 pour A et B</translation>
    </message>
    <message>
        <source>%1 (%2, log scale)</source>
        <translation>%1 (%2, échelle log)</translation>
    </message>
    <message>
        <source>A: %1
n = %2</source>
        <translation>A : %1
n = %2</translation>
    </message>
    <message>
        <source>B: %1
n = %2</source>
        <translation>B : %1
n = %2</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>Aucune exécution</translation>
    </message>
    <message>
        <source>No positive values
to draw on a log axis</source>
        <translation>Aucune valeur positive
à tracer sur un axe log</translation>
    </message>
    <message>
        <source>One dot per run</source>
        <translation>Un point par exécution</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>A: %1 (n = %2 runs)</source>
        <translation>A : %1 (n = %2 exécutions)</translation>
    </message>
    <message>
        <source>B: %1 (n = %2 runs)</source>
        <translation>B : %1 (n = %2 exécutions)</translation>
    </message>
    <message>
        <source>Median A</source>
        <translation>Médiane A</translation>
    </message>
    <message>
        <source>Mean A</source>
        <translation>Moyenne A</translation>
    </message>
    <message>
        <source>Median B</source>
        <translation>Médiane B</translation>
    </message>
    <message>
        <source>Mean B</source>
        <translation>Moyenne B</translation>
    </message>
    <message>
        <source>Change of median, B vs A [95% CI]</source>
        <translation>Variation de la médiane, B vs A [IC 95 %]</translation>
    </message>
    <message>
        <source>Welch p (log)</source>
        <translation>p de Welch (log)</translation>
    </message>
    <message>
        <source>Mann-Whitney p</source>
        <translation>p de Mann-Whitney</translation>
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
        <translation>Gras : la métrique affichée ci-dessus. * significatif au seuil alpha = 0,05 (p de Welch sur les valeurs log &lt; 0,05 et l&apos;intervalle exclut 0).</translation>
    </message>
    <message>
        <source>Bold: the metric shown above. No test: each side needs at least two runs with a value.</source>
        <translation>Gras : la métrique affichée ci-dessus. Pas de test : chaque côté doit avoir au moins deux exécutions avec une valeur.</translation>
    </message>
    <message>
        <source>Bold: the metric shown above. No change is significant at alpha = 0.05 (that needs Welch p on log values &lt; 0.05 and an interval that excludes 0).</source>
        <translation>Gras : la métrique affichée ci-dessus. Aucune variation n&apos;est significative au seuil alpha = 0,05 (il faut un p de Welch sur les valeurs log &lt; 0,05 et un intervalle qui exclut 0).</translation>
    </message>
    <message>
        <source>A and B share %1 runs: the tests assume two separate groups, so read their p-values with care.</source>
        <translation>A et B partagent %1 exécutions : les tests supposent deux groupes distincts, lisez donc leurs valeurs p avec prudence.</translation>
    </message>
    <message>
        <source>With only %1 runs on a side, the interval and p-values are rough.</source>
        <translation>Avec seulement %1 exécutions d&apos;un côté, l&apos;intervalle et les valeurs p sont approximatifs.</translation>
    </message>
    <message>
        <source>Hedges&apos; g (log)</source>
        <translation>g de Hedges (log)</translation>
    </message>
    <message>
        <source>Pinned plans (%1)</source>
        <translation>Plans épinglés (%1)</translation>
    </message>
    <message>
        <source>Remove plans pinned from the What-if view</source>
        <translation>Retirer les plans épinglés depuis la vue Et-si</translation>
    </message>
    <message>
        <source>Pinned plans</source>
        <translation>Plans épinglés</translation>
    </message>
    <message>
        <source>Remove plan %1: %2</source>
        <translation>Retirer le plan %1 : %2</translation>
    </message>
    <message>
        <source>Remove all plans</source>
        <translation>Retirer tous les plans</translation>
    </message>
    <message>
        <source>own data (%1 examples, %2 inputs, %3 outputs)</source>
        <translation>données propres (%1 exemples, %2 entrées, %3 sorties)</translation>
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
        <translation>%1 époques</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lot de %1</translation>
    </message>
    <message>
        <source>Plan %1
predicted</source>
        <translation>Plan %1
prédit</translation>
    </message>
    <message>
        <source>Plan, predicted (nearest configurations&apos; range)</source>
        <translation>Plan, prédit (plage des configurations les plus proches)</translation>
    </message>
    <message>
        <source>Plan, predicted (%1 interval)</source>
        <translation>Plan, prédit (intervalle à %1)</translation>
    </message>
    <message>
        <source>Plan, predicted when pinned</source>
        <translation>Plan, prédit à l&apos;épinglage</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>Plan %1 : %2</translation>
    </message>
    <message>
        <source> [%1, %2]</source>
        <translation> [%1 ; %2]</translation>
    </message>
    <message>
        <source>Plans: predicted by the What-if model when pinned, with its %1 interval (power: the range of the nearest measured configurations), on the standardised basis.</source>
        <translation>Plans : prédits par le modèle Et-si à l&apos;épinglage, avec son intervalle à %1 (puissance : la plage des configurations mesurées les plus proches), sur la base standardisée.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose two groups of runs, &lt;span style=&apos;color:#006d50&apos;&gt;&lt;b&gt;A&lt;/b&gt;&lt;/span&gt; (the baseline) and &lt;span style=&apos;color:#9c3f78&apos;&gt;&lt;b&gt;B&lt;/b&gt;&lt;/span&gt;, by dataset, shape, size, depth and device; &quot;any&quot; leaves a field open, and &lt;i&gt;All runs in the filter&lt;/i&gt; takes every run in force. Both groups are chosen among the runs of the filter in force: change the filter to reach other runs.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;boxes&lt;/b&gt; show the chosen metric on a logarithmic axis: the line inside is the median run, the box holds the middle half of the runs, the whiskers reach the most extreme runs within 1.5 box lengths (measured on this axis); the diamond is the mean. With fewer than 2,000 runs on a side every run is also drawn as a dot, spread sideways so they do not hide each other.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;table&lt;/b&gt; gives, for each metric, the median and mean of A and B and the &lt;b&gt;change of the median&lt;/b&gt; from A to B with its 95% confidence interval (from 2,000 bootstrap resamples of both groups). &lt;b&gt;Welch p&lt;/b&gt; tests whether the mean of the logarithms differs (a test of typical ratios); &lt;b&gt;Mann-Whitney p&lt;/b&gt; whether runs of B tend to be larger or smaller than runs of A, whatever the shape; small p-values mean the difference is unlikely to be chance. &lt;b&gt;Hedges&apos; g&lt;/b&gt; is the difference of the logarithms&apos; means in standard deviations (0.2 small, 0.8 large), on the scale of Welch&apos;s test.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;verdict&lt;/b&gt; calls a change significant when Welch&apos;s p on logarithms is below 0.05 &lt;i&gt;and&lt;/i&gt; the confidence interval excludes zero: both must agree. With fewer than five runs on a side there is no verdict, only the change: too few runs to tell. A and B may overlap (for example A = all runs, B = GPU runs); the tests assume separate groups, so read them with care then.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Swap&lt;/b&gt; exchanges A and B; &lt;b&gt;CPU vs GPU&lt;/b&gt; compares A&apos;s configuration on both devices; &lt;b&gt;Filter to A&lt;/b&gt; (or B) keeps only that group&apos;s runs in every view. The mouse wheel zooms the value axis.&lt;/p&gt;&lt;p&gt;Plans pinned with &lt;b&gt;Add to compare&lt;/b&gt; in the What-if view stand after A and B: each plan&apos;s predicted value with its interval, and a row in a table of their own under the numbers. &lt;b&gt;Pinned plans&lt;/b&gt; removes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez deux groupes d&apos;exécutions, &lt;span style=&apos;color:#006d50&apos;&gt;&lt;b&gt;A&lt;/b&gt;&lt;/span&gt; (la référence) et &lt;span style=&apos;color:#9c3f78&apos;&gt;&lt;b&gt;B&lt;/b&gt;&lt;/span&gt;, par jeu de données, forme, taille, profondeur et matériel ; « indifférent » laisse un champ ouvert, et &lt;i&gt;Toutes les exécutions du filtre&lt;/i&gt; prend toutes les exécutions en vigueur. Les deux groupes sont choisis parmi les exécutions du filtre en vigueur : modifiez le filtre pour atteindre d&apos;autres exécutions.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;boîtes&lt;/b&gt; montrent la métrique choisie sur un axe logarithmique : la ligne intérieure est l&apos;exécution médiane, la boîte contient la moitié centrale des exécutions, les moustaches vont jusqu&apos;aux exécutions les plus extrêmes situées à moins de 1,5 longueur de boîte (mesurée sur cet axe) ; le losange est la moyenne. Avec moins de 2 000 exécutions d&apos;un côté, chaque exécution est aussi tracée comme un point, décalé latéralement pour ne pas masquer les autres.&lt;/p&gt;&lt;p&gt;Le &lt;b&gt;tableau&lt;/b&gt; donne, pour chaque métrique, la médiane et la moyenne de A et de B et la &lt;b&gt;variation de la médiane&lt;/b&gt; de A à B avec son intervalle de confiance à 95 % (issu de 2 000 rééchantillonnages bootstrap des deux groupes). &lt;b&gt;p de Welch&lt;/b&gt; teste si la moyenne des logarithmes diffère (un test des rapports typiques) ; &lt;b&gt;p de Mann-Whitney&lt;/b&gt; si les exécutions de B tendent à être plus grandes ou plus petites que celles de A, quelle que soit la forme ; de petites valeurs p signifient que la différence est peu probablement due au hasard. &lt;b&gt;g de Hedges&lt;/b&gt; est la différence des moyennes des logarithmes en écarts-types (0,2 faible, 0,8 fort), sur l’échelle du test de Welch.&lt;/p&gt;&lt;p&gt;Le &lt;b&gt;verdict&lt;/b&gt; déclare une variation significative quand le p de Welch sur les logarithmes est inférieur à 0,05 &lt;i&gt;et&lt;/i&gt; que l&apos;intervalle de confiance exclut zéro : les deux doivent concorder. Avec moins de cinq exécutions d’un côté, il n’y a pas de verdict, seulement la variation : trop peu d’exécutions pour conclure. A et B peuvent se recouvrir (par exemple A = toutes les exécutions, B = exécutions GPU) ; les tests supposent des groupes distincts, lisez-les alors avec prudence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Permuter&lt;/b&gt; échange A et B ; &lt;b&gt;CPU vs GPU&lt;/b&gt; compare la configuration de A sur les deux matériels ; &lt;b&gt;Filtrer sur A&lt;/b&gt; (ou B) ne garde que les exécutions de ce groupe dans toutes les vues. La molette zoome l&apos;axe des valeurs.&lt;/p&gt;&lt;p&gt;Les plans épinglés avec &lt;b&gt;Ajouter à la comparaison&lt;/b&gt; dans la vue Et-si se placent après A et B : la valeur prédite de chaque plan avec son intervalle, et une ligne dans un tableau à part sous les chiffres. &lt;b&gt;Plans épinglés&lt;/b&gt; les retire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Hardware:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>matériel</translation>
    </message>
</context>
<context>
    <name>wattprint::DataDownloader</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The server resumed %1 at the wrong place; the partial download was removed, download again to start it afresh</source>
        <translation>Le serveur a repris %1 au mauvais endroit ; le téléchargement partiel a été supprimé, relancez-le pour recommencer</translation>
    </message>
    <message>
        <source>The server sent more of %1 than the %2 it announced; the partial download was removed</source>
        <translation>Le serveur a envoyé plus de %1 que les %2 annoncés ; le téléchargement partiel a été supprimé</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>The connection was lost after %1 of %2 of %3 (%4). What arrived is kept: download again to resume.</source>
        <translation>La connexion a été perdue après %1 sur %2 de %3 (%4). Ce qui est arrivé est conservé : relancez le téléchargement pour reprendre.</translation>
    </message>
    <message>
        <source>an unknown size</source>
        <translation>une taille inconnue</translation>
    </message>
    <message>
        <source>the transfer ended early</source>
        <translation>le transfert s’est arrêté trop tôt</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>Impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where the publisher lists %3; it was removed, as it is not the published file</source>
        <translation>%1 fait %2 octets alors que l’éditeur en indique %3 ; il a été supprimé, car ce n’est pas le fichier publié</translation>
    </message>
    <message>
        <source>Cannot read %1 to check it</source>
        <translation>Impossible de lire %1 pour le vérifier</translation>
    </message>
    <message>
        <source>%1 does not match the published SHA-256 checksum; it was removed</source>
        <translation>%1 ne correspond pas à la somme de contrôle SHA-256 publiée ; il a été supprimé</translation>
    </message>
    <message>
        <source>Runs: energy, time, power, network (needed)</source>
        <translation>Exécutions : énergie, durée, puissance, réseau (requis)</translation>
    </message>
    <message>
        <source>Watt-meter traces, 1-minute samples</source>
        <translation>Relevés du wattmètre, par minute</translation>
    </message>
    <message>
        <source>Nodes: CPUs, memory, GPUs</source>
        <translation>Nœuds : CPU, mémoire, GPU</translation>
    </message>
    <message>
        <source>Power quantiles of each node</source>
        <translation>Quantiles de puissance par nœud</translation>
    </message>
</context>
<context>
    <name>wattprint::DepthView</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>At what depth does energy stop growing linearly?</source>
        <translation>À quelle profondeur l&apos;énergie cesse-t-elle de croître linéairement ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;One small chart per dataset, all on the same axes so they compare at a glance. Across: the network&apos;s depth (layers, counting the output layer). Up: the median %1 of the runs at that depth, on a logarithmic scale (every step of ten times takes the same height).&lt;/p&gt;&lt;p&gt;Each coloured line is one network shape (or one band of parameter counts, see &lt;i&gt;Lines&lt;/i&gt;); the shaded band around it holds the middle half of its runs (from the 25th to the 75th percentile).&lt;/p&gt;&lt;p&gt;The black circles are the median of all the dataset&apos;s runs at each depth. The dashed grey line is a straight line fitted to those medians at depths %2-%3. Where the circles move away from it by more than the tolerance, energy has stopped growing linearly with depth: that depth is marked with a red ring and a red dotted line, and the caption under the dataset&apos;s name says so. The line looks bent only because the vertical axis is logarithmic.&lt;/p&gt;&lt;p&gt;Click a chart to keep only its dataset; click a line or a legend entry to keep only that shape (or size band). Ctrl+Z undoes the selection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un petit graphique par jeu de données, tous sur les mêmes axes pour les comparer d&apos;un coup d&apos;œil. En abscisse : la profondeur du réseau (couches, couche de sortie comprise). En ordonnée : la médiane (%1) des exécutions à cette profondeur, en échelle logarithmique (chaque facteur dix occupe la même hauteur).&lt;/p&gt;&lt;p&gt;Chaque ligne colorée est une forme de réseau (ou une tranche de nombre de paramètres, voir &lt;i&gt;Lignes&lt;/i&gt;) ; la bande ombrée qui l&apos;entoure contient la moitié centrale de ses exécutions (du 25e au 75e centile).&lt;/p&gt;&lt;p&gt;Les cercles noirs sont la médiane de toutes les exécutions du jeu de données à chaque profondeur. La ligne grise en tirets est une droite ajustée à ces médianes aux profondeurs %2-%3. Là où les cercles s&apos;en écartent de plus que la tolérance, l&apos;énergie a cessé de croître linéairement avec la profondeur : cette profondeur est marquée d&apos;un anneau rouge et d&apos;une ligne pointillée rouge, et la légende sous le nom du jeu de données l&apos;indique. La droite ne paraît courbée que parce que l&apos;axe vertical est logarithmique.&lt;/p&gt;&lt;p&gt;Cliquez sur un graphique pour ne garder que son jeu de données ; cliquez sur une ligne ou une entrée de légende pour ne garder que cette forme (ou tranche de taille). Ctrl+Z annule la sélection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Énergie par donnée</translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation>Énergie par exécution</translation>
    </message>
    <message>
        <source>%1 params</source>
        <translation>%1 paramètres</translation>
    </message>
    <message>
        <source>departs at depth %1 (the line ends)</source>
        <translation>s&apos;écarte à la profondeur %1 (la ligne s&apos;arrête)</translation>
    </message>
    <message>
        <source>departs at depth %1 (%2)</source>
        <translation>s&apos;écarte à la profondeur %1 (%2)</translation>
    </message>
    <message>
        <source>linear up to depth %1 (within %2)</source>
        <translation>linéaire jusqu&apos;à la profondeur %1 (à %2 près)</translation>
    </message>
    <message>
        <source>no depth beyond %1 to check</source>
        <translation>aucune profondeur au-delà de %1 à vérifier</translation>
    </message>
    <message>
        <source>too few of depths %1-%2 to fit a line</source>
        <translation>trop peu des profondeurs %1-%2 pour ajuster une droite</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive %2 to show on a log axis.</source>
        <translation>Aucune des %1 exécutions du filtre n&apos;a de valeur positive (%2) à afficher sur un axe logarithmique.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>No dataset in the filter has runs at two or more of depths %1-%2, so no straight line can be fitted to the shallow depths.</source>
        <translation>Aucun jeu de données du filtre n&apos;a d&apos;exécutions à au moins deux des profondeurs %1-%2 : aucune droite ne peut donc être ajustée aux faibles profondeurs.</translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3; the straight line fitted to depths %4-%5 falls to zero before depth %6.</source>
        <translation>Sur %1, %2 croît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %3 ; la droite ajustée aux profondeurs %4-%5 tombe à zéro avant la profondeur %6.</translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3; the straight line fitted to depths %4-%5 falls to zero before depth %6.</source>
        <translation>Sur %1, %2 décroît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %3 ; la droite ajustée aux profondeurs %4-%5 tombe à zéro avant la profondeur %6.</translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3, then departs from the straight line fitted to depths %4-%5 by %6 at depth %7.</source>
        <translation>Sur %1, %2 croît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %3, puis s&apos;écarte de %6 de la droite ajustée aux profondeurs %4-%5 à la profondeur %7.</translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3, then departs from the straight line fitted to depths %4-%5 by %6 at depth %7.</source>
        <translation>Sur %1, %2 décroît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %3, puis s&apos;écarte de %6 de la droite ajustée aux profondeurs %4-%5 à la profondeur %7.</translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3: every depth stays within %4 of the straight line fitted to depths %5-%6.</source>
        <translation>Sur %1, %2 croît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %3 : chaque profondeur reste à moins de %4 de la droite ajustée aux profondeurs %5-%6.</translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3: every depth stays within %4 of the straight line fitted to depths %5-%6.</source>
        <translation>Sur %1, %2 décroît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %3 : chaque profondeur reste à moins de %4 de la droite ajustée aux profondeurs %5-%6.</translation>
    </message>
    <message>
        <source>On %1, the filter holds no depth beyond %2, so there is nothing deeper to compare with the straight line fitted to depths %3-%2.</source>
        <translation>Sur %1, le filtre ne contient aucune profondeur au-delà de %2 : rien de plus profond ne peut donc être comparé à la droite ajustée aux profondeurs %3-%2.</translation>
    </message>
    <message>
        <source>%1 grows about linearly with depth on all %2 datasets: none departs by more than %3 from the straight line fitted to depths %4-%5, up to depth %6.</source>
        <translation>%1 croît à peu près linéairement avec la profondeur sur les %2 jeux de données : aucun ne s&apos;écarte de plus de %3 de la droite ajustée aux profondeurs %4-%5, jusqu&apos;à la profondeur %6.</translation>
    </message>
    <message>
        <source>%1 falls about linearly with depth on all %2 datasets: none departs by more than %3 from the straight line fitted to depths %4-%5, up to depth %6.</source>
        <translation>%1 décroît à peu près linéairement avec la profondeur sur les %2 jeux de données : aucun ne s&apos;écarte de plus de %3 de la droite ajustée aux profondeurs %4-%5, jusqu&apos;à la profondeur %6.</translation>
    </message>
    <message>
        <source>%1 grows about linearly with depth up to depth %2 on most datasets</source>
        <translation>%1 croît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %2 sur la plupart des jeux de données</translation>
    </message>
    <message>
        <source>%1 falls about linearly with depth up to depth %2 on most datasets</source>
        <translation>%1 décroît à peu près linéairement avec la profondeur jusqu&apos;à la profondeur %2 sur la plupart des jeux de données</translation>
    </message>
    <message>
        <source>%1; only %2 departs by more than %3, at depth %4 (1 of %5 datasets).</source>
        <translation>%1 ; seul %2 s&apos;écarte de plus de %3, à la profondeur %4 (1 jeu de données sur %5).</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>tous les %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1; %2 depart by more than %3 at deeper depths, first at depth %4 (%5).</source>
        <translation>%1 ; %2 s&apos;écartent de plus de %3 aux profondeurs supérieures, d&apos;abord à la profondeur %4 (%5).</translation>
    </message>
    <message>
        <source>Select dataset %1</source>
        <translation>Sélectionner le jeu de données %1</translation>
    </message>
    <message>
        <source>Select sizes %1</source>
        <translation>Sélectionner les tailles %1</translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation>Sélectionner la forme %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n exécution de valeur manquante, nulle ou négative est écartée : un axe logarithmique ne peut pas l&apos;afficher.</numerusform>
            <numerusform>%n exécutions de valeur manquante, nulle ou négative sont écartées : un axe logarithmique ne peut pas les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrique :</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Departure tolerance:</source>
        <translation>Tolérance d&apos;écart :</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>The per-run quantity to plot against depth</source>
        <translation>La grandeur par exécution à tracer en fonction de la profondeur</translation>
    </message>
    <message>
        <source>One per shape</source>
        <translation>Une par forme</translation>
    </message>
    <message>
        <source>One per size band</source>
        <translation>Une par tranche de taille</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Draw one line per network shape, or one per band of parameter counts</source>
        <translation>Tracer une ligne par forme de réseau, ou une par tranche de nombre de paramètres</translation>
    </message>
    <message>
        <source>Departure tolerance</source>
        <translation>Tolérance d&apos;écart</translation>
    </message>
    <message>
        <source>How far (in percent) the median may move away from the straight line fitted to depths %1-%2 before the depth is marked as departing</source>
        <translation>De combien (en pourcentage) la médiane peut s&apos;éloigner de la droite ajustée aux profondeurs %1-%2 avant que la profondeur soit marquée comme s&apos;écartant</translation>
    </message>
    <message>
        <source>Small charts of %1 against depth, one per dataset</source>
        <translation>Petits graphiques de %1 selon la profondeur, un par jeu de données</translation>
    </message>
    <message>
        <source>Depth (layers)</source>
        <translation>Profondeur (couches)</translation>
    </message>
    <message>
        <source>Middle half of runs</source>
        <translation>Moitié centrale des exécutions</translation>
    </message>
    <message>
        <source>Median, all runs</source>
        <translation>Médiane, toutes les exécutions</translation>
    </message>
    <message>
        <source>Line fitted to depths %1-%2</source>
        <translation>Droite ajustée aux profondeurs %1-%2</translation>
    </message>
    <message>
        <source>Departs by &gt; %1</source>
        <translation>S&apos;écarte de &gt; %1</translation>
    </message>
    <message>
        <source>Click to keep only %1</source>
        <translation>Cliquer pour ne garder que %1</translation>
    </message>
    <message>
        <source>%1, %2, depth %3: median %4, middle half %5 to %6 (n = %7)</source>
        <translation>%1, %2, profondeur %3 : médiane %4, moitié centrale de %5 à %6 (n = %7)</translation>
    </message>
    <message>
        <source>Median %1 per datum</source>
        <translation>%1 médian par donnée</translation>
    </message>
    <message>
        <source>Median %1 per run</source>
        <translation>%1 médian par exécution</translation>
    </message>
</context>
<context>
    <name>wattprint::DistributionView</name>
    <message>
        <source>Do GPU runs spread wider and carry heavier tails than CPU runs?</source>
        <translation>Les exécutions GPU sont-elles plus dispersées, avec des queues plus lourdes, que les exécutions CPU ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bars show how runs spread over the chosen metric: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU runs in blue&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU runs in orange&lt;/b&gt;&lt;/span&gt;. The horizontal axis is logarithmic: every step of ten times takes the same width, so a wide hump means runs differ by factors, not by amounts.&lt;/p&gt;&lt;p&gt;Each device&apos;s bars are scaled to its own runs (a bar&apos;s height is the percentage of that device&apos;s runs that fall in it), so CPU and GPU can be compared even when one has many more runs. The line over the bars is a smoothed version of the same shape (a kernel density estimate).&lt;/p&gt;&lt;p&gt;The box on the right summarises each device: the &lt;b&gt;median&lt;/b&gt; run; the &lt;b&gt;interquartile range&lt;/b&gt;, the width of the middle half of the runs in the metric&apos;s unit; &lt;b&gt;Q3/Q1&lt;/b&gt;, the same middle half as a factor (what its width on this axis shows, whatever the typical size); &lt;b&gt;p99/p50&lt;/b&gt;, how many times the 99th percentile exceeds the median (the heavier the tail, the larger); and the &lt;b&gt;skewness of log10&lt;/b&gt;, above zero when the tail to the right is longer on this axis.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: drag left or right across the chart or along its axis to keep only the runs in that range; Undo takes it back. The mouse wheel zooms the axis; Reset zoom shows everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les barres montrent la répartition des exécutions selon la métrique choisie : &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;exécutions CPU en bleu&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;exécutions GPU en orange&lt;/b&gt;&lt;/span&gt;. L&apos;axe horizontal est logarithmique : chaque facteur dix occupe la même largeur, donc une bosse large signifie que les exécutions diffèrent d&apos;un facteur, et non d&apos;une quantité.&lt;/p&gt;&lt;p&gt;Les barres de chaque matériel sont mises à l&apos;échelle de ses propres exécutions (la hauteur d&apos;une barre est le pourcentage des exécutions de ce matériel qui y tombent) : CPU et GPU restent comparables même si l&apos;un a beaucoup plus d&apos;exécutions. La courbe au-dessus des barres est une version lissée de la même forme (une estimation par noyau de la densité).&lt;/p&gt;&lt;p&gt;Le cadre de droite résume chaque matériel : l&apos;exécution &lt;b&gt;médiane&lt;/b&gt; ; l&apos;&lt;b&gt;écart interquartile&lt;/b&gt;, la largeur de la moitié centrale des exécutions dans l&apos;unité de la métrique ; &lt;b&gt;Q3/Q1&lt;/b&gt;, la même moitié centrale exprimée en facteur (ce que montre sa largeur sur cet axe, quelle que soit la taille typique) ; &lt;b&gt;p99/p50&lt;/b&gt;, combien de fois le 99e centile dépasse la médiane (plus la queue est lourde, plus il est grand) ; et l&apos;&lt;b&gt;asymétrie de log10&lt;/b&gt;, positive quand la queue de droite est plus longue sur cet axe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sélection&lt;/b&gt; : faites glisser vers la gauche ou la droite sur le graphique ou le long de son axe pour ne garder que les exécutions de cette plage ; Annuler revient en arrière. La molette zoome l&apos;axe ; Réinitialiser le zoom affiche tout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation>Énergie par exécution</translation>
    </message>
    <message>
        <source>Non-overhead energy per run</source>
        <translation>Énergie hors surcoût par exécution</translation>
    </message>
    <message>
        <source>Energy per training datum</source>
        <translation>Énergie par donnée d&apos;entraînement</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d&apos;exécution</translation>
    </message>
    <message>
        <source>Mean power</source>
        <translation>Puissance moyenne</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive %2 to show on a log axis.</source>
        <translation>Aucune des %1 exécutions du filtre n&apos;a de valeur positive (%2) à afficher sur un axe logarithmique.</translation>
    </message>
    <message>
        <source>Only CPU runs match the filter</source>
        <translation>Seules des exécutions CPU correspondent au filtre</translation>
    </message>
    <message>
        <source>Only GPU runs match the filter</source>
        <translation>Seules des exécutions GPU correspondent au filtre</translation>
    </message>
    <message>
        <source>%1: median %2 %3, interquartile range %4 (the middle half spans a factor of %5), 99th percentile %6 the median.</source>
        <translation>%1 : médiane %2 %3, écart interquartile %4 (la moitié centrale couvre un facteur %5), 99e centile %6 la médiane.</translation>
    </message>
    <message>
        <source>GPU runs have an interquartile range of %1 of %2, CPU runs %3</source>
        <translation>Les exécutions GPU ont un écart interquartile (%1) de %2, les exécutions CPU de %3</translation>
    </message>
    <message>
        <source>GPU runs have a %1 wider interquartile range of %2 than CPU runs (%3 against %4)</source>
        <translation>Les exécutions GPU ont un écart interquartile (%2) %1 plus large que les exécutions CPU (%3 contre %4)</translation>
    </message>
    <message>
        <source>GPU runs have a %1 narrower interquartile range of %2 than CPU runs (%3 against %4)</source>
        <translation>Les exécutions GPU ont un écart interquartile (%2) %1 plus étroit que les exécutions CPU (%3 contre %4)</translation>
    </message>
    <message>
        <source>GPU and CPU runs have about the same interquartile range of %1 (%2 against %3)</source>
        <translation>Les exécutions GPU et CPU ont à peu près le même écart interquartile (%1) (%2 contre %3)</translation>
    </message>
    <message>
        <source>(their middle half spans a factor of %1, against %2)</source>
        <translation>(leur moitié centrale couvre un facteur %1, contre %2)</translation>
    </message>
    <message>
        <source>GPU runs spread wider in relative terms %1</source>
        <translation>les exécutions GPU sont plus dispersées en termes relatifs %1</translation>
    </message>
    <message>
        <source>GPU runs spread less in relative terms %1</source>
        <translation>les exécutions GPU sont moins dispersées en termes relatifs %1</translation>
    </message>
    <message>
        <source>GPU runs spread about as much in relative terms %1</source>
        <translation>les exécutions GPU sont à peu près aussi dispersées en termes relatifs %1</translation>
    </message>
    <message>
        <source>have a heavier tail (their 99th percentile is %1 their median, against %2)</source>
        <translation>ont une queue plus lourde (leur 99e centile vaut %1 leur médiane, contre %2)</translation>
    </message>
    <message>
        <source>have a lighter tail (their 99th percentile is %1 their median, against %2)</source>
        <translation>ont une queue plus légère (leur 99e centile vaut %1 leur médiane, contre %2)</translation>
    </message>
    <message>
        <source>have a similar tail (their 99th percentile is %1 their median, against %2)</source>
        <translation>ont une queue similaire (leur 99e centile vaut %1 leur médiane, contre %2)</translation>
    </message>
    <message>
        <source>%1, and %2 and %3.</source>
        <translation>%1, et %2 et %3.</translation>
    </message>
    <message>
        <source>%1, but %2 and %3.</source>
        <translation>%1, mais %2 et %3.</translation>
    </message>
    <message>
        <source>Select %1 from %2 to %3</source>
        <translation>Sélectionner %1 de %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n exécution de valeur manquante, nulle ou négative est écartée : un axe logarithmique ne peut pas l&apos;afficher.</numerusform>
            <numerusform>%n exécutions de valeur manquante, nulle ou négative sont écartées : un axe logarithmique ne peut pas les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrique :</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>The per-run quantity to show</source>
        <translation>La grandeur par exécution à afficher</translation>
    </message>
    <message>
        <source>Histogram of %1 for CPU and GPU runs</source>
        <translation>Histogramme de %1 pour les exécutions CPU et GPU</translation>
    </message>
    <message>
        <source>%1 (%2, log scale)</source>
        <translation>%1 (%2, échelle log)</translation>
    </message>
    <message>
        <source>Runs in each bar (% of the device&apos;s runs)</source>
        <translation>Exécutions par barre (% des exécutions du matériel)</translation>
    </message>
    <message>
        <source>%1 runs (n = %2)</source>
        <translation>Exécutions %1 (n = %2)</translation>
    </message>
    <message>
        <source>%1 smoothed (KDE)</source>
        <translation>%1 lissé (KDE)</translation>
    </message>
    <message>
        <source>Runs plotted</source>
        <translation>Exécutions tracées</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Interquartile range</source>
        <translation>Écart interquartile</translation>
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
        <translation>Asymétrie de log10</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>% of the device&apos;s runs</source>
        <translation>% des exécutions du matériel</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>% des exécutions</translation>
    </message>
</context>
<context>
    <name>wattprint::DownloadDialog</name>
    <message>
        <source>Folder for the BUTTER-E files</source>
        <translation>Dossier des fichiers BUTTER-E</translation>
    </message>
    <message>
        <source>All chosen files are here and checked. Import adds them to the open database.</source>
        <translation>Tous les fichiers choisis sont là et vérifiés. Importer les ajoute à la base ouverte.</translation>
    </message>
    <message>
        <source>Stopped. What arrived is kept: Download resumes where it stopped.</source>
        <translation>Arrêté. Ce qui est arrivé est conservé : le téléchargement reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>Failed, see below</source>
        <translation>Échec, voir ci-dessous</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>%1 here, the rest will be resumed</source>
        <translation>%1 déjà là, la suite sera reprise</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non téléchargé</translation>
    </message>
    <message>
        <source>&amp;Resume download</source>
        <translation>&amp;Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Get BUTTER-E data</source>
        <translation>Obtenir les données BUTTER-E</translation>
    </message>
    <message>
        <source>&lt;p&gt;BUTTER-E (NREL, OEDI submission 5991, licence CC-BY-4.0) publishes the measured energy of about 63,000 training runs at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. Choose the files to fetch: each is checked when it arrives and only then put under its own name. A download that stops keeps what arrived and resumes where it stopped. &lt;b&gt;Import&lt;/b&gt; then adds the files to the open database, as File &amp;gt; Import does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BUTTER-E (NREL, soumission OEDI 5991, licence CC-BY-4.0) publie l’énergie mesurée d’environ 63 000 entraînements sur &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. Choisissez les fichiers à récupérer : chacun est vérifié à son arrivée et seulement alors enregistré sous son nom. Un téléchargement interrompu conserve ce qui est arrivé et reprend là où il s’est arrêté. &lt;b&gt;Importer&lt;/b&gt; ajoute ensuite les fichiers à la base ouverte, comme Fichier &amp;gt; Importer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>BUTTER-E files</source>
        <translation>Fichiers BUTTER-E</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Folder for the downloaded files</source>
        <translation>Dossier des fichiers téléchargés</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>wattprint::FilterBar</name>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formes</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Matériels</translation>
    </message>
    <message>
        <source>Node types</source>
        <translation>Types de nœuds</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Set the size range</source>
        <translation>Définir la plage de tailles</translation>
    </message>
    <message>
        <source>Set the depth range</source>
        <translation>Définir la plage de profondeurs</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Tout afficher : %1</translation>
    </message>
    <message>
        <source>Add %1 to the filter</source>
        <translation>Ajouter %1 au filtre</translation>
    </message>
    <message>
        <source>Remove %1 from the filter</source>
        <translation>Retirer %1 du filtre</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profondeur :</translation>
    </message>
    <message>
        <source>Smallest size</source>
        <translation>Taille minimale</translation>
    </message>
    <message>
        <source>Largest size</source>
        <translation>Taille maximale</translation>
    </message>
    <message>
        <source>Smallest network size (parameters)</source>
        <translation>Taille de réseau minimale (paramètres)</translation>
    </message>
    <message>
        <source>Largest network size (parameters)</source>
        <translation>Taille de réseau maximale (paramètres)</translation>
    </message>
    <message>
        <source>Smallest depth</source>
        <translation>Profondeur minimale</translation>
    </message>
    <message>
        <source>Largest depth</source>
        <translation>Profondeur maximale</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Clear the whole filter</source>
        <translation>Effacer tout le filtre</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
</context>
<context>
    <name>wattprint::FilterChips</name>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>device</source>
        <translation>matériel</translation>
    </message>
    <message>
        <source>node type</source>
        <translation>type de nœud</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>size: %1 to %2</source>
        <translation>taille : %1 à %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>depth: %1 to %2</source>
        <translation>profondeur : %1 à %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation>
            <numerusform>%n exécution exclue</numerusform>
            <numerusform>%n exécutions exclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n selected run(s)</source>
        <translation>
            <numerusform>uniquement %n exécution sélectionnée</numerusform>
            <numerusform>uniquement %n exécutions sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this part of the filter</source>
        <translation>Retirer cette partie du filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
</context>
<context>
    <name>wattprint::GuideWindow</name>
    <message>
        <source>&lt;p&gt;The user guide is missing from this build.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le guide de l&apos;utilisateur est absent de cette version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>View id for &lt;tt&gt;wattprint render&lt;/tt&gt; and &lt;tt&gt;wattprint report --views&lt;/tt&gt;: %1</source>
        <translation>Identifiant de la vue pour &lt;tt&gt;wattprint render&lt;/tt&gt; et &lt;tt&gt;wattprint report --views&lt;/tt&gt; : %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>, PUE %1</source>
        <translation>, PUE %1</translation>
    </message>
    <message>
        <source>Wattprint user guide</source>
        <translation>Guide de l&apos;utilisateur de Wattprint</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
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
        <translation>&amp;Ajouter des fichiers...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and list them in the import report</source>
        <translation>&amp;Ignorer les lignes invalides et les lister dans le rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Off: a single bad row stops the file and nothing of it is stored.</source>
        <translation>Désactivé : une seule ligne erronée arrête le fichier et rien de celui-ci n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import BUTTER-E or CodeCarbon files</source>
        <translation>Importer des fichiers BUTTER-E ou CodeCarbon</translation>
    </message>
    <message>
        <source>&amp;Time zone of CodeCarbon&apos;s times:</source>
        <translation>&amp;Fuseau horaire des heures CodeCarbon :</translation>
    </message>
    <message>
        <source>This system&apos;s zone (%1)</source>
        <translation>Fuseau de ce système (%1)</translation>
    </message>
    <message>
        <source>CodeCarbon writes the local time of the machine that ran, without a zone. The import report says which zone was used.</source>
        <translation>CodeCarbon écrit l&apos;heure locale de la machine qui a tourné, sans fuseau. Le rapport d&apos;import indique le fuseau utilisé.</translation>
    </message>
    <message>
        <source>BUTTER-E, CodeCarbon and other energy files (*.csv *.zip);;All files (*)</source>
        <translation>Fichiers BUTTER-E, CodeCarbon et autres fichiers d&apos;énergie (*.csv *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>runs_with_standardized_energy.csv or .csv.zip, butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv, or CodeCarbon&apos;s emissions.csv. The kind is read from each file&apos;s header; for any other energy CSV you say which columns hold the energy and the duration.</source>
        <translation>runs_with_standardized_energy.csv ou .csv.zip, butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv, ou emissions.csv de CodeCarbon. Le type est lu dans l&apos;en-tête de chaque fichier ; pour tout autre fichier CSV d&apos;énergie, vous indiquez quelles colonnes contiennent l&apos;énergie et la durée.</translation>
    </message>
</context>
<context>
    <name>wattprint::LayoutCombo</name>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition :</translation>
    </message>
    <message>
        <source>Named layout</source>
        <translation>Disposition nommée</translation>
    </message>
    <message>
        <source>Switch to a saved layout of the views</source>
        <translation>Passer à une disposition enregistrée des vues</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(non enregistrée)</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <source>Layout actions</source>
        <translation>Actions de disposition</translation>
    </message>
    <message>
        <source>Save, rename, delete, export or import layouts</source>
        <translation>Enregistrer, renommer, supprimer, exporter ou importer des dispositions</translation>
    </message>
    <message>
        <source>&amp;Save Layout As...</source>
        <translation>&amp;Enregistrer la disposition sous...</translation>
    </message>
    <message>
        <source>&amp;Rename Layout...</source>
        <translation>&amp;Renommer la disposition...</translation>
    </message>
    <message>
        <source>&amp;Delete Layout</source>
        <translation>&amp;Supprimer la disposition</translation>
    </message>
    <message>
        <source>&amp;Export Layout...</source>
        <translation>E&amp;xporter la disposition...</translation>
    </message>
    <message>
        <source>&amp;Import Layout...</source>
        <translation>&amp;Importer une disposition...</translation>
    </message>
    <message>
        <source>Reset to &amp;Default Layout</source>
        <translation>Rétablir la disposition par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Lock Layout</source>
        <translation>&amp;Verrouiller la disposition</translation>
    </message>
    <message>
        <source>Docked views can no longer be moved, floated or closed</source>
        <translation>Les vues ancrées ne peuvent plus être déplacées, détachées ni fermées</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>%1
The default layout is used instead.</source>
        <translation>%1
La disposition par défaut est utilisée à la place.</translation>
    </message>
    <message>
        <source>Save Layout</source>
        <translation>Enregistrer la disposition</translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation>Nom de la disposition :</translation>
    </message>
    <message>
        <source>Replace the layout &quot;%1&quot;?</source>
        <translation>Remplacer la disposition « %1 » ?</translation>
    </message>
    <message>
        <source>Rename Layout</source>
        <translation>Renommer la disposition</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Nouveau nom de « %1 » :</translation>
    </message>
    <message>
        <source>Delete Layout</source>
        <translation>Supprimer la disposition</translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;? The window keeps its arrangement.</source>
        <translation>Supprimer la disposition « %1 » ? La fenêtre conserve son agencement.</translation>
    </message>
    <message>
        <source>Wattprint layouts (*.%1)</source>
        <translation>Dispositions Wattprint (*.%1)</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>disposition</translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation>Exporter la disposition</translation>
    </message>
    <message>
        <source>Import Layout</source>
        <translation>Importer une disposition</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifiée)</translation>
    </message>
    <message>
        <source>The layout was changed since it was saved or chosen; choose it again to restore it</source>
        <translation>La disposition a changé depuis qu&apos;elle a été enregistrée ou choisie ; la choisir de nouveau pour la rétablir</translation>
    </message>
</context>
<context>
    <name>wattprint::LayoutManager</name>
    <message>
        <source>This is not a Wattprint layout (its format is &quot;%1&quot;).</source>
        <translation>Ceci n&apos;est pas une disposition Wattprint (son format est « %1 »).</translation>
    </message>
    <message>
        <source>This is not a Wattprint layout (it has no &quot;format&quot; field).</source>
        <translation>Ceci n&apos;est pas une disposition Wattprint (elle n&apos;a pas de champ « format »).</translation>
    </message>
    <message>
        <source>The layout has no valid format version.</source>
        <translation>La disposition n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>The layout was saved by a newer Wattprint (layout version %1; this version reads version %2 and older).</source>
        <translation>La disposition a été enregistrée par une version plus récente de Wattprint (version de disposition %1 ; cette version lit la version %2 et antérieures).</translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is missing or not valid base64.</source>
        <translation>L&apos;agencement des panneaux de la disposition est manquant ou n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is damaged.</source>
        <translation>L&apos;agencement des panneaux de la disposition est endommagé.</translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is of another version (%1, expected %2).</source>
        <translation>L&apos;agencement des panneaux de la disposition est d&apos;une autre version (%1, %2 attendue).</translation>
    </message>
    <message>
        <source>The layout&apos;s window geometry is not valid base64.</source>
        <translation>La géométrie de fenêtre de la disposition n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The layout&apos;s window geometry is damaged.</source>
        <translation>La géométrie de fenêtre de la disposition est endommagée.</translation>
    </message>
    <message>
        <source>The layout&apos;s view settings are damaged (&quot;views&quot; is not an object).</source>
        <translation>Les réglages des vues de la disposition sont endommagés (« views » n&apos;est pas un objet).</translation>
    </message>
    <message>
        <source>The layout&apos;s settings for the view &quot;%1&quot; are damaged.</source>
        <translation>Les réglages de la vue « %1 » dans la disposition sont endommagés.</translation>
    </message>
    <message>
        <source>The layout&apos;s name is not text.</source>
        <translation>Le nom de la disposition n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The layout is damaged: %1 at character %2.</source>
        <translation>La disposition est endommagée : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>This is not a Wattprint layout (not a JSON object).</source>
        <translation>Ceci n&apos;est pas une disposition Wattprint (pas un objet JSON).</translation>
    </message>
    <message>
        <source>A layout needs a name.</source>
        <translation>Une disposition doit avoir un nom.</translation>
    </message>
    <message>
        <source>A layout name can have at most %1 characters.</source>
        <translation>Un nom de disposition peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A layout name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>Un nom de disposition ne peut pas contenir « / », « \ » ni de caractères de contrôle.</translation>
    </message>
    <message>
        <source>There is no layout called &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune disposition nommée « %1 ».</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; cannot be used. %2</source>
        <translation>La disposition « %1 » ne peut pas être utilisée. %2</translation>
    </message>
    <message>
        <source>A layout called &quot;%1&quot; exists already.</source>
        <translation>Une disposition nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a layout file.</source>
        <translation>%1 est trop volumineux pour être un fichier de disposition.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 ne peut pas être importé. %2</translation>
    </message>
    <message>
        <source>Imported layout</source>
        <translation>Disposition importée</translation>
    </message>
    <message>
        <source>The last layout cannot be restored; the default layout is used. %1</source>
        <translation>La dernière disposition ne peut pas être restaurée ; la disposition par défaut est utilisée. %1</translation>
    </message>
</context>
<context>
    <name>wattprint::LeaderboardModel</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Énergie médiane</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Énergie par donnée</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d&apos;exécution</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Rank in dataset</source>
        <translation>Rang dans le jeu de données</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Nominal trainable parameters of the network</source>
        <translation>Nombre nominal de paramètres entraînables du réseau</translation>
    </message>
    <message>
        <source>Runs of this configuration in the filter</source>
        <translation>Exécutions de cette configuration dans le filtre</translation>
    </message>
    <message>
        <source>Median energy of one training run (whole node, J)</source>
        <translation>Énergie médiane d&apos;une exécution d&apos;entraînement (nœud entier, J)</translation>
    </message>
    <message>
        <source>Median energy per training datum (J): the energy without the fixed overhead over all epochs and training examples. Lower means more training per joule.</source>
        <translation>Énergie médiane par donnée d&apos;entraînement (J) : l&apos;énergie sans le surcoût fixe, sur toutes les époques et tous les exemples d&apos;entraînement. Plus c&apos;est bas, plus il y a d&apos;entraînement par joule.</translation>
    </message>
    <message>
        <source>Median run time of one training run</source>
        <translation>Durée médiane d&apos;une exécution d&apos;entraînement</translation>
    </message>
    <message>
        <source>Median average node power during a run (W)</source>
        <translation>Puissance moyenne médiane du nœud pendant une exécution (W)</translation>
    </message>
    <message>
        <source>Place within the dataset by energy per datum (1 = least energy per datum; ties share a rank)</source>
        <translation>Place dans le jeu de données selon l&apos;énergie par donnée (1 = le moins d&apos;énergie par donnée ; les ex aequo partagent un rang)</translation>
    </message>
    <message>
        <source>Efficiency band: 1 = the most efficient fifth of the dataset&apos;s configurations by energy per datum, 5 = the least efficient fifth</source>
        <translation>Tranche d&apos;efficacité : 1 = le cinquième le plus efficace des configurations du jeu de données selon l&apos;énergie par donnée, 5 = le cinquième le moins efficace</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Band %1 of 5 in %2 (rank %3 of %4 by energy per datum)</source>
        <translation>Tranche %1 sur 5 dans %2 (rang %3 sur %4 selon l&apos;énergie par donnée)</translation>
    </message>
    <message>
        <source>Not ranked: no run of this configuration has an energy per datum</source>
        <translation>Non classée : aucune exécution de cette configuration n&apos;a d&apos;énergie par donnée</translation>
    </message>
    <message>
        <source>Band %1 of 5</source>
        <translation>Tranche %1 sur 5</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Where the true median energy per datum lies, from the runs alone: the 95% interval of the median, or, with fewer than six runs, the range of the runs with the chance it has of holding the median (two runs: 50%)</source>
        <translation>Où se trouve la vraie médiane de l’énergie par donnée, d’après les seules exécutions : l’intervalle à 95 % de la médiane ou, avec moins de six exécutions, l’étendue des exécutions avec la probabilité qu’elle contienne la médiane (deux exécutions : 50 %)</translation>
    </message>
    <message>
        <source>one run</source>
        <translation>une exécution</translation>
    </message>
    <message numerus="yes">
        <source>Not ranked: %n run(s), fewer than the %1 a configuration needs to be ranked</source>
        <translation>
            <numerusform>Non classée : %n exécution, moins que les %1 qu’il faut à une configuration pour être classée</numerusform>
            <numerusform>Non classée : %n exécutions, moins que les %1 qu’il faut à une configuration pour être classée</numerusform>
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
        <translation>Quelles configurations donnent le plus d&apos;entraînement par joule ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per configuration (dataset, shape, parameter count, depth and device) of the runs in the filter, with the medians over its runs: energy of a run, &lt;b&gt;energy per training datum&lt;/b&gt; (the energy without the fixed overhead, spread over every epoch and training example), run time and average power.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rank in dataset&lt;/b&gt; orders the configurations of each dataset by energy per datum, 1 being the least energy per datum (the most training per joule); ties share a rank. The &lt;b&gt;band&lt;/b&gt; is the fifth the rank falls in: &lt;span style=&apos;background:#1a9641;color:white&apos;&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; the most efficient fifth of the dataset&apos;s configurations, &lt;span style=&apos;background:#d7191c;color:white&apos;&gt;&amp;nbsp;5&amp;nbsp;&lt;/span&gt; the least efficient fifth (band = 1 + floor(5 (rank - 1) / configurations ranked)). Energy per datum is comparable across datasets; ranks and bands are not.&lt;/p&gt;&lt;p&gt;Click a column header to sort (numbers sort as numbers); type in the filter box to keep rows whose dataset, shape or device contain every word; right-click the header or use &lt;i&gt;Columns&lt;/i&gt; to show or hide columns. Select rows and press &lt;i&gt;Select in all views&lt;/i&gt; (or Enter, or double-click) to put those configurations into the filter of every view. &lt;i&gt;Export CSV&lt;/i&gt; writes the rows shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une ligne par configuration (jeu de données, forme, nombre de paramètres, profondeur et appareil) des exécutions du filtre, avec les médianes sur ses exécutions : énergie d&apos;une exécution, &lt;b&gt;énergie par donnée d&apos;entraînement&lt;/b&gt; (l&apos;énergie sans le surcoût fixe, répartie sur chaque époque et chaque exemple d&apos;entraînement), durée d&apos;exécution et puissance moyenne.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rang dans le jeu de données&lt;/b&gt; ordonne les configurations de chaque jeu de données selon l&apos;énergie par donnée, 1 étant le moins d&apos;énergie par donnée (le plus d&apos;entraînement par joule) ; les ex aequo partagent un rang. La &lt;b&gt;tranche&lt;/b&gt; est le cinquième dans lequel tombe le rang : &lt;span style=&apos;background:#1a9641;color:white&apos;&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; le cinquième le plus efficace des configurations du jeu de données, &lt;span style=&apos;background:#d7191c;color:white&apos;&gt;&amp;nbsp;5&amp;nbsp;&lt;/span&gt; le cinquième le moins efficace (tranche = 1 + floor(5 (rang - 1) / configurations classées)). L&apos;énergie par donnée est comparable entre jeux de données ; les rangs et les tranches ne le sont pas.&lt;/p&gt;&lt;p&gt;Cliquer sur un en-tête de colonne pour trier (les nombres sont triés comme des nombres) ; saisir du texte dans la zone de filtre pour garder les lignes dont le jeu de données, la forme ou l&apos;appareil contiennent chaque mot ; cliquer avec le bouton droit sur l&apos;en-tête ou utiliser &lt;i&gt;Colonnes&lt;/i&gt; pour afficher ou masquer des colonnes. Sélectionner des lignes et appuyer sur &lt;i&gt;Sélectionner dans toutes les vues&lt;/i&gt; (ou Entrée, ou double-cliquer) pour placer ces configurations dans le filtre de chaque vue. &lt;i&gt;Exporter en CSV&lt;/i&gt; écrit les lignes affichées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n configuration(s) in the filter has an energy per datum to rank.</source>
        <translation>
            <numerusform>Aucune des %n configuration du filtre n&apos;a d&apos;énergie par donnée à classer.</numerusform>
            <numerusform>Aucune des %n configurations du filtre n&apos;a d&apos;énergie par donnée à classer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The one configuration with an energy per datum, %1, uses %2 per training datum (about %3 training examples per joule).</source>
        <translation>La seule configuration ayant une énergie par donnée, %1, utilise %2 par donnée d&apos;entraînement (environ %3 exemples d&apos;entraînement par joule).</translation>
    </message>
    <message>
        <source>Of %1 configurations, %2 gives the most training per joule: %3 per training datum, about %4 training examples per joule.</source>
        <translation>Sur %1 configurations, %2 donne le plus d&apos;entraînement par joule : %3 par donnée d&apos;entraînement, environ %4 exemples d&apos;entraînement par joule.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) have no energy per datum and are not ranked.</source>
        <translation>
            <numerusform>%n configuration n&apos;a pas d&apos;énergie par donnée et n&apos;est pas classée.</numerusform>
            <numerusform>%n configurations n&apos;ont pas d&apos;énergie par donnée et ne sont pas classées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Export leaderboard as CSV</source>
        <translation>Exporter le classement en CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>No configurations to rank.</source>
        <translation>Aucune configuration à classer.</translation>
    </message>
    <message>
        <source>No rows match the text filter.</source>
        <translation>Aucune ligne ne correspond au filtre de texte.</translation>
    </message>
    <message>
        <source>The first %1 of %2 configurations</source>
        <translation>Les %1 premières configurations sur %2</translation>
    </message>
    <message>
        <source>All %1 configurations</source>
        <translation>Les %1 configurations</translation>
    </message>
    <message>
        <source>, sorted by %1 (%2)</source>
        <translation>, triées par %1 (%2)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>croissant</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>décroissant</translation>
    </message>
    <message>
        <source>, text filter “%1”</source>
        <translation>, filtre de texte « %1 »</translation>
    </message>
    <message>
        <source>. Band 1 (green) = most efficient fifth of its dataset by energy per datum, 5 (red) = least.</source>
        <translation>. Tranche 1 (vert) = cinquième le plus efficace de son jeu de données selon l&apos;énergie par donnée, 5 (rouge) = le moins efficace.</translation>
    </message>
    <message>
        <source>Filter dataset, shape, device</source>
        <translation>Filtrer jeu de données, forme, appareil</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <source>Keep the rows whose dataset, shape or device contain every word typed</source>
        <translation>Garder les lignes dont le jeu de données, la forme ou l&apos;appareil contiennent chaque mot saisi</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show or hide columns</source>
        <translation>Afficher ou masquer des colonnes</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV file</source>
        <translation>Écrire les lignes affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Select in all views</source>
        <translation>Sélectionner dans toutes les vues</translation>
    </message>
    <message>
        <source>Put the configurations of the selected rows into the filter of every view</source>
        <translation>Placer les configurations des lignes sélectionnées dans le filtre de chaque vue</translation>
    </message>
    <message>
        <source>Leaderboard of configurations by energy per training datum</source>
        <translation>Classement des configurations selon l&apos;énergie par donnée d&apos;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) with fewer than %1 runs are listed but not ranked: one or two runs cannot tell a design from luck.</source>
        <translation>
            <numerusform>%n configuration de moins de %1 exécutions est listée mais non classée : une ou deux exécutions ne distinguent pas une conception du hasard.</numerusform>
            <numerusform>%n configurations de moins de %1 exécutions sont listées mais non classées : une ou deux exécutions ne distinguent pas une conception du hasard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) with fewer than %1 runs are not ranked and not listed; &quot;Show unranked&quot; lists them.</source>
        <translation>
            <numerusform>%n configuration de moins de %1 exécutions n’est ni classée ni listée ; « Afficher les non classées » la liste.</numerusform>
            <numerusform>%n configurations de moins de %1 exécutions ne sont ni classées ni listées ; « Afficher les non classées » les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank with at least:</source>
        <translation>Classer à partir de :</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> exécutions</translation>
    </message>
    <message>
        <source>Fewest runs to rank a configuration</source>
        <translation>Nombre minimal d’exécutions pour classer une configuration</translation>
    </message>
    <message>
        <source>A configuration is ranked only when it has at least this many runs: the median of one run ranks its luck as much as its design</source>
        <translation>Une configuration n’est classée que si elle compte au moins ce nombre d’exécutions : la médiane d’une seule exécution classe sa chance autant que sa conception</translation>
    </message>
    <message>
        <source>Show unranked</source>
        <translation>Afficher les non classées</translation>
    </message>
    <message>
        <source>Also list the configurations that are not ranked (too few runs, or no energy per datum)</source>
        <translation>Lister aussi les configurations non classées (trop peu d’exécutions ou pas d’énergie par donnée)</translation>
    </message>
    <message>
        <source>%1 interval %2</source>
        <translation>intervalle à %1 : %2</translation>
    </message>
    <message>
        <source>The one configuration with at least %1 runs, %2, uses %3 per training datum (%4, %5), about %6 training examples per joule.</source>
        <translation>La seule configuration d’au moins %1 exécutions, %2, consomme %3 par donnée d’entraînement (%4, %5), soit environ %6 exemples d’entraînement par joule.</translation>
    </message>
    <message>
        <source>Of %1 configurations with at least %2 runs, %3 gives the most training per joule: %4 per training datum (%5, %6), about %7 training examples per joule.</source>
        <translation>Sur %1 configurations d’au moins %2 exécutions, %3 fournit le plus d’entraînement par joule : %4 par donnée d’entraînement (%5, %6), soit environ %7 exemples d’entraînement par joule.</translation>
    </message>
    <message>
        <source>the ranking</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>Rank: &quot;Projects&quot; or &quot;Hardware&quot; lists them.</source>
        <translation>« Classer : Projets » ou « Matériel » les liste.</translation>
    </message>
    <message>
        <source>Every run in the filter has a BUTTER-E configuration: choose Rank: Configurations.</source>
        <translation>Chaque exécution du filtre a une configuration BUTTER-E : choisissez « Classer : Configurations ».</translation>
    </message>
    <message>
        <source>runs that name no hardware</source>
        <translation>les exécutions qui ne nomment aucun matériel</translation>
    </message>
    <message>
        <source>runs that name no project</source>
        <translation>les exécutions qui ne nomment aucun projet</translation>
    </message>
    <message>
        <source>hardware %1</source>
        <translation>le matériel %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>le projet %1</translation>
    </message>
    <message>
        <source>Most energy: %1, %2 of %3 (%4) in %5.</source>
        <translation>Le plus d’énergie : %1, %2 sur %3 (%4) en %5.</translation>
    </message>
    <message>
        <source>Lowest median energy per run: %1 (%2).</source>
        <translation>Énergie médiane par exécution la plus faible : %1 (%2).</translation>
    </message>
    <message>
        <source>No run in the filter has a BUTTER-E configuration, so this lists the runs from other tools by project.</source>
        <translation>Aucune exécution du filtre n’a de configuration BUTTER-E : la vue liste donc les exécutions d’autres outils par projet.</translation>
    </message>
    <message>
        <source>Runs with a BUTTER-E configuration are ranked under Rank: Configurations: %1 of them are not in this table.</source>
        <translation>Les exécutions avec une configuration BUTTER-E sont classées sous « Classer : Configurations » : %1 d’entre elles ne sont pas dans ce tableau.</translation>
    </message>
    <message>
        <source>A project&apos;s rank says where its runs stand by median energy per run; projects train different things, so it is not a verdict on their efficiency.</source>
        <translation>Le rang d’un projet dit où se situent ses exécutions selon l’énergie médiane par exécution ; les projets entraînent des choses différentes, ce n’est donc pas un verdict sur leur efficacité.</translation>
    </message>
    <message>
        <source>Select hardware %1</source>
        <translation>Sélectionner le matériel %1</translation>
    </message>
    <message>
        <source>Select project %1</source>
        <translation>Sélectionner le projet %1</translation>
    </message>
    <message>
        <source>%1 more rows not shown</source>
        <translation>%1 lignes de plus non affichées</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Classer :</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Rank BUTTER-E configurations, or list the runs from other tools (CodeCarbon) by project or hardware</source>
        <translation>Classer les configurations BUTTER-E, ou lister les exécutions d’autres outils (CodeCarbon) par projet ou matériel</translation>
    </message>
    <message>
        <source>Runs from other tools by project or hardware</source>
        <translation>Exécutions d’autres outils par projet ou matériel</translation>
    </message>
</context>
<context>
    <name>wattprint::MainWindow</name>
    <message>
        <source>Computing...</source>
        <translation>Calcul en cours...</translation>
    </message>
    <message>
        <source>there is no layout named &apos;%1&apos;</source>
        <translation>il n&apos;existe aucune disposition nommée « %1 »</translation>
    </message>
    <message>
        <source>Open Wattprint database</source>
        <translation>Ouvrir une base de données Wattprint</translation>
    </message>
    <message>
        <source>Wattprint databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Wattprint (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Nouvelle base de données de démonstration</translation>
    </message>
    <message>
        <source>Wattprint databases (*.sqlite *.db)</source>
        <translation>Bases de données Wattprint (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Supprimer les données de démonstration</translation>
    </message>
    <message>
        <source>Remove the synthetic demo runs from this database?</source>
        <translation>Supprimer les exécutions de démonstration synthétiques de cette base de données ?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>About Wattprint</source>
        <translation>À propos de Wattprint</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Wattprint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Where the energy of neural-network training goes.&lt;/p&gt;&lt;p&gt;Data: BUTTER-E (NREL, OEDI 5991, CC-BY-4.0), doi:10.25984/2329316.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wattprint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Où va l&apos;énergie de l&apos;entraînement des réseaux de neurones.&lt;/p&gt;&lt;p&gt;Données : BUTTER-E (NREL, OEDI 5991, CC-BY-4.0), doi:10.25984/2329316.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <source>New &amp;demo database...</source>
        <translation>Nouvelle base de &amp;démonstration...</translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation>&amp;Supprimer les données de démonstration</translation>
    </message>
    <message>
        <source>&amp;Export view...</source>
        <translation>&amp;Exporter la vue...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primer...</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>Pré&amp;férences...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Show &amp;only selection</source>
        <translation>Afficher &amp;uniquement la sélection</translation>
    </message>
    <message>
        <source>E&amp;xclude selection</source>
        <translation>E&amp;xclure la sélection</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Effa&amp;cer le filtre</translation>
    </message>
    <message>
        <source>&amp;Reset to default layout</source>
        <translation>&amp;Rétablir la disposition par défaut</translation>
    </message>
    <message>
        <source>&amp;Lock layout</source>
        <translation>&amp;Verrouiller la disposition</translation>
    </message>
    <message>
        <source>&amp;About Wattprint</source>
        <translation>À &amp;propos de Wattprint</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>The saved layout could not be used (%1); the default layout is shown.</source>
        <translation>La disposition enregistrée n&apos;a pas pu être utilisée (%1) ; la disposition par défaut est affichée.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Wattprint</source>
        <translation>Wattprint</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>%1 runs (%2 shown) - %3</source>
        <translation>%1 exécutions (%2 affichées) - %3</translation>
    </message>
    <message>
        <source>Select runs in the runs table first</source>
        <translation>Sélectionner d&apos;abord des exécutions dans le tableau des exécutions</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n run(s)</source>
        <translation>
            <numerusform>Exclure %n exécution</numerusform>
            <numerusform>Exclure %n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only %n run(s)</source>
        <translation>
            <numerusform>Afficher uniquement %n exécution</numerusform>
            <numerusform>Afficher uniquement %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Building demo data</source>
        <translation>Création des données de démonstration</translation>
    </message>
    <message>
        <source>Demo store built: %1</source>
        <translation>Base de démonstration créée : %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export &amp;report...</source>
        <translation>Exporter le &amp;rapport...</translation>
    </message>
    <message>
        <source>A PDF with a cover page, one page per open view and the method</source>
        <translation>Un PDF avec une page de garde, une page par vue ouverte et la méthode</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>Attendre la fin de la tâche en cours, ou l&apos;annuler.</translation>
    </message>
    <message>
        <source>Open or import a store first.</source>
        <translation>Ouvrir ou importer d&apos;abord une base.</translation>
    </message>
    <message>
        <source>No view is open: open the views to report from the View menu.</source>
        <translation>Aucune vue n&apos;est ouverte : ouvrir les vues à inclure dans le rapport depuis le menu Affichage.</translation>
    </message>
    <message>
        <source>Wrote the report %1</source>
        <translation>Rapport %1 écrit</translation>
    </message>
    <message>
        <source>Report %v/%m</source>
        <translation>Rapport %v/%m</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Building the demo data... %1%</source>
        <translation>Création des données de démonstration... %1 %</translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation>Vue &amp;suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious view</source>
        <translation>Vue &amp;précédente</translation>
    </message>
    <message>
        <source>Views in this stack</source>
        <translation>Vues de cette pile</translation>
    </message>
    <message>
        <source>&amp;Get BUTTER-E data...</source>
        <translation>&amp;Obtenir les données BUTTER-E...</translation>
    </message>
    <message>
        <source>Download the measured BUTTER-E files from NREL&apos;s OEDI and import them</source>
        <translation>Télécharger les fichiers BUTTER-E mesurés depuis l’OEDI du NREL et les importer</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>%1 is not a server address of the form postgresql://user@host:port/database</source>
        <translation>%1 n&apos;est pas une adresse de serveur de la forme postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation>Se &amp;connecter à un serveur...</translation>
    </message>
    <message>
        <source>Open a store shared on a PostgreSQL server</source>
        <translation>Ouvrir une base partagée sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the store again, with the runs imported since it was opened</source>
        <translation>Relire le magasin, avec les exécutions importées depuis son ouverture</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Get BUTTER-E data</source>
        <translation>Obtenir les données BUTTER-E</translation>
    </message>
    <message>
        <source>PostgreSQL server address, postgresql://user@host:port/database.
The password comes from ~/.pgpass or PGPASSWORD, or is asked for; never from the address.</source>
        <translation>Adresse du serveur PostgreSQL, postgresql://utilisateur@hôte:port/base.
Le mot de passe vient de ~/.pgpass ou de PGPASSWORD, ou est demandé ; jamais de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Le serveur a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>Mot de passe de %1 pour %2 :</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>votre utilisateur</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, en lecture seule</translation>
    </message>
    <message>
        <source>Importing is not allowed: %1. Ask the store&apos;s owner to import.</source>
        <translation>L&apos;import n&apos;est pas permis : %1. Demandez au propriétaire de la base d&apos;importer.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Counting runs... - %1</source>
        <translation>Comptage des exécutions... - %1</translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadBarChart</name>
    <message>
        <source>Fixed overhead</source>
        <translation>Surcoût fixe</translation>
    </message>
    <message>
        <source>Training (non-overhead energy)</source>
        <translation>Entraînement (énergie hors surcoût)</translation>
    </message>
    <message>
        <source>Share of each bar&apos;s standardised energy (%)</source>
        <translation>Part de l&apos;énergie standardisée de chaque barre (%)</translation>
    </message>
    <message>
        <source>Standardised energy (%1)</source>
        <translation>Énergie standardisée (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no energy to split</source>
        <translation>aucune énergie à répartir</translation>
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
        <translation>%1 de surcoût · %2 sur %3</translation>
    </message>
    <message>
        <source>%1 overhead
%2
of %3</source>
        <translation>%1 de surcoût
%2
sur %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n run(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n exécution</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed overhead: %1 (%2)</source>
        <translation>Surcoût fixe : %1 (%2)</translation>
    </message>
    <message>
        <source>Training (non-overhead): %1 (%2)</source>
        <translation>Entraînement (hors surcoût) : %1 (%2)</translation>
    </message>
    <message>
        <source>Total, standardised: %1 (%2 GJ)</source>
        <translation>Total standardisé : %1 (%2 GJ)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less than the fixed overhead (negative non-overhead energy).</source>
        <translation>
            <numerusform>%n exécution a consommé moins que le surcoût fixe (énergie hors surcoût négative).</numerusform>
            <numerusform>%n exécutions ont consommé moins que le surcoût fixe (énergie hors surcoût négative).</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to keep only this group; Ctrl+click to add it to the selection.</source>
        <translation>Cliquer pour ne garder que ce groupe ; Ctrl+clic pour l&apos;ajouter à la sélection.</translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadView</name>
    <message>
        <source>Runs of unknown node type cannot be selected in the filter.</source>
        <translation>Les exécutions dont le type de nœud est inconnu ne peuvent pas être sélectionnées dans le filtre.</translation>
    </message>
    <message>
        <source>How much energy goes to fixed overhead rather than training?</source>
        <translation>Quelle part de l&apos;énergie va au surcoût fixe plutôt qu&apos;à l&apos;entraînement ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every run pays a &lt;b&gt;fixed overhead&lt;/b&gt; that NREL estimated once per device: about 14 kJ (53 s) on a CPU node and 272 kJ (11 minutes) on a GPU node, spent starting up and tearing down whatever the network. The rest of a run&apos;s energy, the &lt;b&gt;non-overhead energy&lt;/b&gt;, is what training used.&lt;/p&gt;&lt;p&gt;Each bar is one group of runs (device, dataset, shape or node type: choose with &lt;i&gt;Group by&lt;/i&gt;). Its &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;purple part&lt;/b&gt;&lt;/span&gt; is the fixed overhead and its &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;green part&lt;/b&gt;&lt;/span&gt; the training energy, each summed over the group&apos;s runs in the filter. The text on the right gives the overhead&apos;s share of the group&apos;s energy, the overhead itself and the group&apos;s total. Groups are sorted by that share, the largest at the top.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardised energy.&lt;/b&gt; As in NREL&apos;s table, energies are standardised to the reference node type (cpu1 or gpu1): a run&apos;s overhead plus its non-overhead energy is its standardised energy, which differs a little from the energy measured on other node types. The totals here are that sum.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bars&lt;/i&gt;: &lt;i&gt;Energy&lt;/i&gt; draws each group&apos;s total to scale (in Wh, kWh, MWh or GWh); &lt;i&gt;Share&lt;/i&gt; stretches every bar to 100% to compare the splits.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: click a bar or its name to keep only that group; Ctrl+click adds it to the groups already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque exécution paie un &lt;b&gt;surcoût fixe&lt;/b&gt; que NREL a estimé une fois par appareil : environ 14 kJ (53 s) sur un nœud CPU et 272 kJ (11 minutes) sur un nœud GPU, dépensés au démarrage et à l&apos;arrêt, quel que soit le réseau. Le reste de l&apos;énergie d&apos;une exécution, l&apos;&lt;b&gt;énergie hors surcoût&lt;/b&gt;, est ce qu&apos;a consommé l&apos;entraînement.&lt;/p&gt;&lt;p&gt;Chaque barre est un groupe d&apos;exécutions (appareil, jeu de données, forme ou type de nœud : choisir avec &lt;i&gt;Grouper par&lt;/i&gt;). Sa &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;partie violette&lt;/b&gt;&lt;/span&gt; est le surcoût fixe et sa &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;partie verte&lt;/b&gt;&lt;/span&gt; l&apos;énergie d&apos;entraînement, chacune sommée sur les exécutions du groupe présentes dans le filtre. Le texte à droite donne la part du surcoût dans l&apos;énergie du groupe, le surcoût lui-même et le total du groupe. Les groupes sont triés selon cette part, la plus grande en haut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Énergie standardisée.&lt;/b&gt; Comme dans le tableau de NREL, les énergies sont standardisées par rapport au type de nœud de référence (cpu1 ou gpu1) : le surcoût d&apos;une exécution plus son énergie hors surcoût donne son énergie standardisée, qui diffère un peu de l&apos;énergie mesurée sur les autres types de nœuds. Les totaux affichés ici sont cette somme.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Barres&lt;/i&gt; : &lt;i&gt;Énergie&lt;/i&gt; dessine le total de chaque groupe à l&apos;échelle (en Wh, kWh, MWh ou GWh) ; &lt;i&gt;Part&lt;/i&gt; étire chaque barre à 100 % pour comparer les répartitions.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sélectionner&lt;/b&gt; : cliquer sur une barre ou sur son nom pour ne garder que ce groupe ; Ctrl+clic l&apos;ajoute aux groupes déjà sélectionnés (ou l&apos;en retire). Les touches fléchées passent d&apos;une barre à l&apos;autre et Entrée sélectionne. Annuler revient sur une sélection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overhead and training energy per %1</source>
        <translation>Surcoût et énergie d&apos;entraînement par %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Type de nœud</translation>
    </message>
    <message>
        <source>Sweep batch</source>
        <translation>Lot de balayage</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has an overhead and a non-overhead energy to split.</source>
        <translation>Aucune des %1 exécutions du filtre n&apos;a d&apos;énergie de surcoût et d&apos;énergie hors surcoût à répartir.</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy but %2 of CPU energy</source>
        <translation>Le surcoût fixe représente %1 de l&apos;énergie GPU mais %2 de l&apos;énergie CPU</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy and %2 of CPU energy</source>
        <translation>Le surcoût fixe représente %1 de l&apos;énergie GPU et %2 de l&apos;énergie CPU</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of the energy of the GPU runs (no CPU runs are in the filter)</source>
        <translation>Le surcoût fixe représente %1 de l&apos;énergie des exécutions GPU (aucune exécution CPU dans le filtre)</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy</source>
        <translation>Le surcoût fixe représente %1 de l&apos;énergie GPU</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of the energy of the CPU runs (no GPU runs are in the filter)</source>
        <translation>Le surcoût fixe représente %1 de l&apos;énergie des exécutions CPU (aucune exécution GPU dans le filtre)</translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of CPU energy</source>
        <translation>Le surcoût fixe représente %1 de l&apos;énergie CPU</translation>
    </message>
    <message>
        <source>The runs in the filter have no positive standardised energy to split into overhead and training.</source>
        <translation>Les exécutions du filtre n&apos;ont aucune énergie standardisée positive à répartir entre surcoût et entraînement.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>jeu de données %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>forme %1</translation>
    </message>
    <message>
        <source>node type %1</source>
        <translation>type de nœud %1</translation>
    </message>
    <message>
        <source>runs of unknown node type</source>
        <translation>exécutions de type de nœud inconnu</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>%1; %2 loses the largest share (%3).</source>
        <translation>%1 ; %2 perd la plus grande part (%3).</translation>
    </message>
    <message>
        <source>%1; %2 lose the largest share (%3).</source>
        <translation>%1 ; %2 perdent la plus grande part (%3).</translation>
    </message>
    <message>
        <source>Select %1 %2</source>
        <translation>Sélectionner %1 %2</translation>
    </message>
    <message>
        <source>Take %1 %2 out of the selection</source>
        <translation>Retirer %1 %2 de la sélection</translation>
    </message>
    <message>
        <source>Add %1 %2 to the selection</source>
        <translation>Ajouter %1 %2 à la sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an overhead or non-overhead energy are left out.</source>
        <translation>
            <numerusform>%n exécution sans énergie de surcoût ou hors surcoût est laissée de côté.</numerusform>
            <numerusform>%n exécutions sans énergie de surcoût ou hors surcoût sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less standardised energy than the fixed overhead; their negative non-overhead energy is included in the sums.</source>
        <translation>
            <numerusform>%n exécution a consommé moins d&apos;énergie standardisée que le surcoût fixe ; son énergie hors surcoût négative est incluse dans les sommes.</numerusform>
            <numerusform>%n exécutions ont consommé moins d&apos;énergie standardisée que le surcoût fixe ; leur énergie hors surcoût négative est incluse dans les sommes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>Barres :</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>What each bar stands for</source>
        <translation>Ce que représente chaque barre</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Bar length</source>
        <translation>Longueur des barres</translation>
    </message>
    <message>
        <source>Draw each group&apos;s total energy to scale, or every bar as 100% to compare the splits</source>
        <translation>Dessiner l&apos;énergie totale de chaque groupe à l&apos;échelle, ou chaque barre à 100 % pour comparer les répartitions</translation>
    </message>
    <message>
        <source>Split: &quot;CPU, GPU and RAM&quot; shows how their energy divides, per project or hardware.</source>
        <translation>« Répartition : CPU, GPU et RAM » montre comment leur énergie se répartit, par projet ou matériel.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has its energy split into CPU, GPU and RAM: only logs of tools such as CodeCarbon have that split.</source>
        <translation>Aucune des %1 exécutions du filtre n’a son énergie répartie entre CPU, GPU et RAM : seuls les journaux d’outils comme CodeCarbon ont cette répartition.</translation>
    </message>
    <message>
        <source>The runs with a CPU, GPU and RAM split recorded no energy.</source>
        <translation>Les exécutions avec une répartition CPU, GPU et RAM n’ont enregistré aucune énergie.</translation>
    </message>
    <message>
        <source>Of the energy of the %1 runs with a CPU, GPU and RAM split (%2), the CPU used %3, the GPU %4 and RAM %5.</source>
        <translation>De l’énergie des %1 exécutions réparties entre CPU, GPU et RAM (%2), le CPU a utilisé %3, le GPU %4 et la RAM %5.</translation>
    </message>
    <message>
        <source>The largest GPU share: hardware %1 (%2).</source>
        <translation>La plus grande part du GPU : matériel %1 (%2).</translation>
    </message>
    <message>
        <source>The largest GPU share: project %1 (%2).</source>
        <translation>La plus grande part du GPU : projet %1 (%2).</translation>
    </message>
    <message>
        <source>Runs that name no hardware cannot be selected in the filter.</source>
        <translation>Les exécutions qui ne nomment aucun matériel ne peuvent pas être sélectionnées dans le filtre.</translation>
    </message>
    <message>
        <source>Runs that name no project cannot be selected in the filter.</source>
        <translation>Les exécutions qui ne nomment aucun projet ne peuvent pas être sélectionnées dans le filtre.</translation>
    </message>
    <message>
        <source>No run in the filter has BUTTER-E&apos;s overhead split, so this shows how the energy of the runs from other tools divides between CPU, GPU and RAM.</source>
        <translation>Aucune exécution du filtre n’a la répartition du surcoût de BUTTER-E : la vue montre donc comment l’énergie des exécutions d’autres outils se répartit entre CPU, GPU et RAM.</translation>
    </message>
    <message>
        <source>BUTTER-E runs have no such split: %1 of them are not in this chart.</source>
        <translation>Les exécutions BUTTER-E n’ont pas cette répartition : %1 d’entre elles ne sont pas dans ce graphique.</translation>
    </message>
    <message>
        <source>Runs without all three parts are left out of the shares: %1.</source>
        <translation>Exécutions sans les trois parties, laissées hors des parts : %1.</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Répartition :</translation>
    </message>
    <message>
        <source>Overhead and training</source>
        <translation>Surcoût et entraînement</translation>
    </message>
    <message>
        <source>CPU, GPU and RAM</source>
        <translation>CPU, GPU et RAM</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Split BUTTER-E&apos;s energy into fixed overhead and training, or the energy of runs from other tools (CodeCarbon) into CPU, GPU and RAM</source>
        <translation>Répartir l’énergie de BUTTER-E entre surcoût fixe et entraînement, ou celle des exécutions d’autres outils (CodeCarbon) entre CPU, GPU et RAM</translation>
    </message>
</context>
<context>
    <name>wattprint::PageRenderer</name>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E): made up, not measured</source>
        <translation>Données de démonstration (synthétiques, calquées sur BUTTER-E) : inventées, non mesurées</translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: use a .png, .svg or .pdf file name.</source>
        <translation>Impossible d&apos;exporter vers « %1 » : utiliser un nom de fichier .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>A resolution of %1 DPI is out of range (24 to 2400).</source>
        <translation>Une résolution de %1 DPI est hors limites (24 à 2400).</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the PNG encoder failed</source>
        <translation>Impossible d&apos;écrire « %1 » : l&apos;encodeur PNG a échoué</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the SVG generator failed</source>
        <translation>Impossible d&apos;écrire « %1 » : le générateur SVG a échoué</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the PDF writer failed</source>
        <translation>Impossible d&apos;écrire « %1 » : le générateur PDF a échoué</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>%1 [synthetic demo, not measured data]</source>
        <translation>%1 [démonstration synthétique, données non mesurées]</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>toutes les exécutions</translation>
    </message>
    <message>
        <source>Data: %1 | Filter: %2 | %3 | Wattprint %4</source>
        <translation>Données : %1 | Filtre : %2 | %3 | Wattprint %4</translation>
    </message>
    <message>
        <source>%1 [synthetic demo beside measured runs]</source>
        <translation>%1 [démo synthétique à côté d’exécutions mesurées]</translation>
    </message>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E) beside imported runs: the demo&apos;s runs are made up, not measured</source>
        <translation>Données de démonstration (synthétiques, sur le modèle de BUTTER-E) à côté d’exécutions importées : celles de la démo sont inventées, pas mesurées</translation>
    </message>
</context>
<context>
    <name>wattprint::ParallelCoordinates</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d&apos;exécution</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Énergie par donnée</translation>
    </message>
    <message>
        <source>Non-overhead energy</source>
        <translation>Énergie hors surcoût</translation>
    </message>
    <message>
        <source>Overhead energy</source>
        <translation>Énergie de surcoût</translation>
    </message>
    <message>
        <source>Energy per epoch</source>
        <translation>Énergie par époque</translation>
    </message>
    <message>
        <source>Energy/datum</source>
        <translation>Énergie/donnée</translation>
    </message>
    <message>
        <source>Non-overhead</source>
        <translation>Hors surcoût</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Energy/epoch</source>
        <translation>Énergie/époque</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
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
        <translation>En attente des données…</translation>
    </message>
    <message>
        <source>Add at least two axes.</source>
        <translation>Ajouter au moins deux axes.</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Drawing %1 lines…</source>
        <translation>Dessin de %1 lignes…</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>inversé</translation>
    </message>
    <message>
        <source>%1 runs, one line each. Drag along an axis to brush a range; drag a title to move the axis.</source>
        <translation>%1 exécutions, une ligne chacune. Faire glisser le long d&apos;un axe pour sélectionner une plage ; faire glisser un titre pour déplacer l&apos;axe.</translation>
    </message>
    <message>
        <source>Lines through each pixel</source>
        <translation>Lignes passant par chaque pixel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
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
        <translation>hors sélection</translation>
    </message>
    <message>
        <source>brush</source>
        <translation>sélection</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <source>Flip axis</source>
        <translation>Inverser l&apos;axe</translation>
    </message>
    <message>
        <source>Clear brush</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Remove axis</source>
        <translation>Retirer l&apos;axe</translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation>Ajouter un axe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 runs inside</source>
        <translation>
            <numerusform>%Ln exécution sur %1 à l&apos;intérieur</numerusform>
            <numerusform>%Ln exécutions sur %1 à l&apos;intérieur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, in colour; the rest in grey. Esc or a click beside the axes clears the brushes.</source>
        <translation>%1, en couleur ; les autres en gris. Échap ou un clic à côté des axes efface les sélections.</translation>
    </message>
</context>
<context>
    <name>wattprint::ParallelView</name>
    <message>
        <source>Where does runtime grow while power stays flat?</source>
        <translation>Où la durée d&apos;exécution augmente-t-elle alors que la puissance reste stable ?</translation>
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
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>%1 runs of shape %2</source>
        <translation>%1 exécutions de forme %2</translation>
    </message>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 exécutions sur %2</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No group of the %1 runs in force spans three or more network sizes, so run time cannot be followed as networks grow.</source>
        <translation>Aucun groupe des %1 exécutions retenues ne couvre trois tailles de réseau ou plus : impossible de suivre la durée d&apos;exécution quand les réseaux grandissent.</translation>
    </message>
    <message>
        <source>median power stays at about %1</source>
        <translation>la puissance médiane reste autour de %1</translation>
    </message>
    <message>
        <source>median power stays between %1 and %2</source>
        <translation>la puissance médiane reste entre %1 et %2</translation>
    </message>
    <message>
        <source>Run time grows while power stays flat in %1: from %2 to %3 parameters their median run time grows %4 (%5 to %6) while %7.</source>
        <translation>La durée d&apos;exécution augmente alors que la puissance reste stable dans %1 : de %2 à %3 paramètres, leur durée médiane augmente de %4 (%5 à %6) tandis que %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n other group(s) show the same pattern.</source>
        <translation>
            <numerusform>%n autre groupe montre le même profil.</numerusform>
            <numerusform>%n autres groupes montrent le même profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run time hardly grows with network size in the runs in force: at most %1, in %2 (%3 to %4 parameters).</source>
        <translation>La durée d&apos;exécution augmente à peine avec la taille du réseau dans les exécutions retenues : au plus %1, dans %2 (%3 à %4 paramètres).</translation>
    </message>
    <message>
        <source>Power does not stay flat where run time grows: in %1, median run time grows %2 from %3 to %4 parameters, and median power changes %5 (between %6 and %7).</source>
        <translation>La puissance ne reste pas stable là où la durée d&apos;exécution augmente : dans %1, la durée médiane augmente de %2 de %3 à %4 paramètres, et la puissance médiane varie de %5 (entre %6 et %7).</translation>
    </message>
    <message>
        <source>Brush %1 %2 – %3</source>
        <translation>Sélection %1 %2 – %3</translation>
    </message>
    <message>
        <source>The filter has no range on %1: this brush only highlights runs here.</source>
        <translation>Le filtre n&apos;a pas de plage sur %1 : cette sélection ne fait que mettre en surbrillance des exécutions ici.</translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation>L&apos;analyse n&apos;a renvoyé aucun résultat.</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Default axes</source>
        <translation>Axes par défaut</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Colour lines by</source>
        <translation>Colorer les lignes selon</translation>
    </message>
    <message>
        <source>Colour the lines by their density, device, shape, dataset or a measured column</source>
        <translation>Colorer les lignes selon leur densité, l&apos;appareil, la forme, le jeu de données ou une colonne mesurée</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Choose axes</source>
        <translation>Choisir les axes</translation>
    </message>
    <message>
        <source>Add or remove axes</source>
        <translation>Ajouter ou retirer des axes</translation>
    </message>
    <message>
        <source>Parallel coordinates of the runs in force</source>
        <translation>Coordonnées parallèles des exécutions retenues</translation>
    </message>
    <message>
        <source>Filter to these</source>
        <translation>Filtrer sur celles-ci</translation>
    </message>
    <message>
        <source>Narrow the filter to the runs inside the brushes (one undo step)</source>
        <translation>Restreindre le filtre aux exécutions dans les sélections (une étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Clear brushes</source>
        <translation>Effacer les sélections</translation>
    </message>
    <message>
        <source>Take every brush away (Esc)</source>
        <translation>Retirer toutes les sélections (Échap)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every run is one line that crosses each vertical axis at its value: network size (parameters), depth (layers), energy, run time, power and energy per training datum. Log axes are marked &lt;i&gt;log&lt;/i&gt;. Where many lines run together the colour gets darker: the shade counts the lines through each pixel (&lt;i&gt;Colour: Density&lt;/i&gt;), or, when colouring by device, shape, dataset or a measured column, the colour is the lines&apos; mix and the opacity their number.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run time growing while power stays flat&lt;/b&gt; shows as lines that rise from the size axis to a high run time and then meet the power axis in one narrow band: the extra energy of larger networks there is time, not power.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Brush&lt;/b&gt;: drag along an axis to mark a range; brushes on several axes combine (a run must be inside all of them). Drag a brush to move it, or a handle at its end to resize it. A click on the axis beside the brush or a double-click clears that brush; Esc, a click beside the axes or &lt;i&gt;Clear brushes&lt;/i&gt; clears them all. The axes keep their range: the runs inside every brush are drawn in colour over the others in grey, and the line under the chart counts them (&lt;i&gt;N of M runs inside&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;A brush highlights runs in this view only. &lt;i&gt;Filter to these&lt;/i&gt; puts the brushes into the filter of every view in one step (Undo takes it back); the view then draws only those runs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Axes&lt;/b&gt;: drag an axis title sideways to move the axis; right-click it to switch between a log and a linear scale, flip it or remove it. &lt;i&gt;Axes&lt;/i&gt; in the toolbar adds other columns (non-overhead energy, overhead energy, energy per epoch). &lt;i&gt;Reset&lt;/i&gt; brings back the six default axes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque exécution est une ligne qui croise chaque axe vertical à sa valeur : taille du réseau (paramètres), profondeur (couches), énergie, durée d&apos;exécution, puissance et énergie par donnée d&apos;entraînement. Les axes logarithmiques sont marqués &lt;i&gt;log&lt;/i&gt;. Là où beaucoup de lignes passent ensemble, la couleur fonce : la teinte compte les lignes passant par chaque pixel (&lt;i&gt;Couleur : Densité&lt;/i&gt;) ou, en coloration par appareil, forme, jeu de données ou colonne mesurée, la couleur est le mélange des lignes et l&apos;opacité leur nombre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Une durée d&apos;exécution qui augmente alors que la puissance reste stable&lt;/b&gt; apparaît sous forme de lignes qui montent de l&apos;axe de taille vers une durée élevée puis rejoignent l&apos;axe de puissance dans une bande étroite : l&apos;énergie supplémentaire des grands réseaux y est du temps, pas de la puissance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sélection (brosse)&lt;/b&gt; : faire glisser le long d&apos;un axe pour marquer une plage ; les sélections sur plusieurs axes se combinent (une exécution doit être dans toutes). Faire glisser une sélection pour la déplacer, ou une poignée à son extrémité pour la redimensionner. Un clic sur l&apos;axe à côté de la sélection ou un double-clic l&apos;efface ; Échap, un clic à côté des axes ou &lt;i&gt;Effacer les sélections&lt;/i&gt; les efface toutes. Les axes gardent leur plage : les exécutions dans toutes les sélections sont dessinées en couleur sur les autres en gris, et la ligne sous le graphique les compte (&lt;i&gt;N exécutions sur M à l&apos;intérieur&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Une sélection ne met en évidence les exécutions que dans cette vue. &lt;i&gt;Filtrer sur celles-ci&lt;/i&gt; met les sélections dans le filtre de chaque vue en une étape (Annuler la retire) ; la vue ne dessine alors que ces exécutions.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Axes&lt;/b&gt; : faire glisser le titre d&apos;un axe latéralement pour déplacer l&apos;axe ; cliquer dessus avec le bouton droit pour passer d&apos;une échelle logarithmique à linéaire, l&apos;inverser ou le retirer. &lt;i&gt;Axes&lt;/i&gt; dans la barre d&apos;outils ajoute d&apos;autres colonnes (énergie hors surcoût, énergie de surcoût, énergie par époque). &lt;i&gt;Réinitialiser&lt;/i&gt; rétablit les six axes par défaut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No run lies inside the brushes: the filter stays as it is.</source>
        <translation>Aucune exécution n&apos;est dans les sélections : le filtre reste tel quel.</translation>
    </message>
</context>
<context>
    <name>wattprint::ParetoView</name>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive run time and energy to place on the log axes.</source>
        <translation>
            <numerusform>Aucune des %n exécution du filtre n&apos;a de durée et d&apos;énergie positives à placer sur les axes logarithmiques.</numerusform>
            <numerusform>Aucune des %n exécutions du filtre n&apos;a de durée et d&apos;énergie positives à placer sur les axes logarithmiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>One run of %1 is on the frontier, both the fastest and the most frugal: a run of %2.</source>
        <translation>Une exécution sur %1 est sur le front, à la fois la plus rapide et la plus sobre : une exécution de %2.</translation>
    </message>
    <message>
        <source>One setup of %1 is on the frontier, both the fastest and the most frugal: %2.</source>
        <translation>Une configuration sur %1 est sur le front, à la fois la plus rapide et la plus sobre : %2.</translation>
    </message>
    <message>
        <source>all run on CPU</source>
        <translation>toutes exécutées sur CPU</translation>
    </message>
    <message>
        <source>all run on GPU</source>
        <translation>toutes exécutées sur GPU</translation>
    </message>
    <message>
        <source>%1 run on CPU and %2 on GPU</source>
        <translation>%1 exécutées sur CPU et %2 sur GPU</translation>
    </message>
    <message>
        <source>all are %1</source>
        <translation>toutes sont %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in %2 other shapes</source>
        <translation>%1 dans %2 autres formes</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>by shape %1</source>
        <translation>par forme %1</translation>
    </message>
    <message>
        <source>Of the %1 runs on the frontiers of their %2 datasets (out of %3), %4; %5.</source>
        <translation>Sur les %1 exécutions situées sur les fronts de leurs %2 jeux de données (sur %3), %4 ; %5.</translation>
    </message>
    <message>
        <source>Of the %1 setups on the frontiers of their %2 datasets (out of %3), %4; %5.</source>
        <translation>Sur les %1 configurations situées sur les fronts de leurs %2 jeux de données (sur %3), %4 ; %5.</translation>
    </message>
    <message>
        <source>Of the %1 runs on the frontier (out of %2), %3; %4.</source>
        <translation>Sur les %1 exécutions situées sur le front (sur %2), %3 ; %4.</translation>
    </message>
    <message>
        <source>Of the %1 setups on the frontier (out of %2), %3; %4.</source>
        <translation>Sur les %1 configurations situées sur le front (sur %2), %3 ; %4.</translation>
    </message>
    <message>
        <source>Run %1 of %2
Run time %3, energy %4</source>
        <translation>Exécution %1 de %2
Durée %3, énergie %4</translation>
    </message>
    <message numerus="yes">
        <source>%1
Median run time %2, median energy %3 (%n run(s))</source>
        <translation>
            <numerusform>%1
Durée médiane %2, énergie médiane %3 (%n exécution)</numerusform>
            <numerusform>%1
Durée médiane %2, énergie médiane %3 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the Pareto frontier</source>
        <translation>Sur le front de Pareto</translation>
    </message>
    <message>
        <source>other shapes</source>
        <translation>autres formes</translation>
    </message>
    <message>
        <source>Area: parameters</source>
        <translation>Aire : paramètres</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Front de Pareto</translation>
    </message>
    <message>
        <source>Frontier run</source>
        <translation>Exécution du front</translation>
    </message>
    <message>
        <source>Frontier setup</source>
        <translation>Configuration du front</translation>
    </message>
    <message>
        <source>Run time of each run (log scale)</source>
        <translation>Durée de chaque exécution (échelle log.)</translation>
    </message>
    <message>
        <source>Median run time of the setup&apos;s runs (log scale)</source>
        <translation>Durée médiane des exécutions de la configuration (échelle log.)</translation>
    </message>
    <message>
        <source>Energy per run (log scale)</source>
        <translation>Énergie par exécution (échelle log.)</translation>
    </message>
    <message>
        <source>Median energy per run (log scale)</source>
        <translation>Énergie médiane par exécution (échelle log.)</translation>
    </message>
    <message>
        <source>Pareto-optimal setups: none</source>
        <translation>Configurations Pareto-optimales : aucune</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1) by dataset, fastest first</source>
        <translation>Exécutions Pareto-optimales (%1) par jeu de données, les plus rapides d&apos;abord</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1), fastest first</source>
        <translation>Exécutions Pareto-optimales (%1), les plus rapides d&apos;abord</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1) by dataset, fastest first</source>
        <translation>Configurations Pareto-optimales (%1) par jeu de données, les plus rapides d&apos;abord</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1), fastest first</source>
        <translation>Configurations Pareto-optimales (%1), les plus rapides d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) by run time and energy</source>
        <translation>
            <numerusform>Sélectionner %n exécution selon la durée et l&apos;énergie</numerusform>
            <numerusform>Sélectionner %n exécutions selon la durée et l&apos;énergie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points :</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colorer selon :</translation>
    </message>
    <message>
        <source>One per setup (median)</source>
        <translation>Un par configuration (médiane)</translation>
    </message>
    <message>
        <source>One per run</source>
        <translation>Un par exécution</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>One bubble per configuration at its medians, or one dot per run</source>
        <translation>Une bulle par configuration à ses médianes, ou un point par exécution</translation>
    </message>
    <message>
        <source>Frontier:</source>
        <translation>Front :</translation>
    </message>
    <message>
        <source>Over all setups</source>
        <translation>Sur toutes les configurations</translation>
    </message>
    <message>
        <source>Within each dataset</source>
        <translation>Dans chaque jeu de données</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>One frontier over every setup, or one per dataset (setups of different datasets do different work)</source>
        <translation>Un front sur toutes les configurations, ou un par jeu de données (les configurations de jeux de données différents font un travail différent)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorer selon</translation>
    </message>
    <message>
        <source>Colour the points by network shape or by device</source>
        <translation>Colorer les points selon la forme du réseau ou l&apos;appareil</translation>
    </message>
    <message>
        <source>Pareto-optimal setups</source>
        <translation>Configurations Pareto-optimales</translation>
    </message>
    <message>
        <source>Click a setup to select it in every view</source>
        <translation>Cliquer sur une configuration pour la sélectionner dans toutes les vues</translation>
    </message>
    <message>
        <source>Run time against energy with the Pareto frontier</source>
        <translation>Durée d&apos;exécution en fonction de l&apos;énergie, avec le front de Pareto</translation>
    </message>
    <message>
        <source>Energy = power × run time: the two rise together,
so this frontier says little about a trade-off.</source>
        <translation>Énergie = puissance × durée : les deux augmentent ensemble,
ce front dit donc peu de chose d&apos;un compromis.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive energy per datum to place on the log axes.</source>
        <translation>
            <numerusform>L&apos;exécution (%n) du filtre n&apos;a pas d&apos;énergie par donnée positive à placer sur les axes logarithmiques.</numerusform>
            <numerusform>Aucune des %n exécutions du filtre n&apos;a d&apos;énergie par donnée positive à placer sur les axes logarithmiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive energy to place on the log axes.</source>
        <translation>
            <numerusform>L&apos;exécution (%n) du filtre n&apos;a pas d&apos;énergie positive à placer sur les axes logarithmiques.</numerusform>
            <numerusform>Aucune des %n exécutions du filtre n&apos;a d&apos;énergie positive à placer sur les axes logarithmiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>all on CPU</source>
        <translation>toutes sur CPU</translation>
    </message>
    <message>
        <source>all on GPU</source>
        <translation>toutes sur GPU</translation>
    </message>
    <message>
        <source>%1 on CPU and %2 on GPU</source>
        <translation>%1 sur CPU et %2 sur GPU</translation>
    </message>
    <message>
        <source>Within each of the %1 datasets and each device, %2 of %3 runs are on a frontier (%4): the list names the cheapest way to each size in each dataset.</source>
        <translation>Dans chacun des %1 jeux de données et pour chaque appareil, %2 exécutions sur %3 sont sur un front (%4) : la liste donne le moyen le moins coûteux d&apos;atteindre chaque taille dans chaque jeu de données.</translation>
    </message>
    <message>
        <source>Within each of the %1 datasets and each device, %2 of %3 setups are on a frontier (%4): the list names the cheapest way to each size in each dataset.</source>
        <translation>Dans chacun des %1 jeux de données et pour chaque appareil, %2 configurations sur %3 sont sur un front (%4) : la liste donne le moyen le moins coûteux d&apos;atteindre chaque taille dans chaque jeu de données.</translation>
    </message>
    <message>
        <source>%1, %2, depth %3</source>
        <translation>%1, %2, profondeur %3</translation>
    </message>
    <message>
        <source>%1 parameters at %2</source>
        <translation>%1 paramètres à %2</translation>
    </message>
    <message>
        <source>%1: 1 of %2 runs is on the frontier, the largest network for the least energy: %3 (a run of %4).</source>
        <translation>%1 : 1 exécution sur %2 est sur le front, le plus grand réseau pour le moins d&apos;énergie : %3 (une exécution de %4).</translation>
    </message>
    <message>
        <source>%1: 1 of %2 setups is on the frontier, the largest network for the least energy: %3 (%4).</source>
        <translation>%1 : 1 configuration sur %2 est sur le front, le plus grand réseau pour le moins d&apos;énergie : %3 (%4).</translation>
    </message>
    <message>
        <source>Run %1 of %2
Energy per training datum %3</source>
        <translation>Exécution %1 de %2
Énergie par donnée d&apos;entraînement %3</translation>
    </message>
    <message>
        <source>Run %1 of %2
Energy %3</source>
        <translation>Exécution %1 de %2
Énergie %3</translation>
    </message>
    <message numerus="yes">
        <source>%1
Median energy per training datum %2 (%n run(s))</source>
        <translation>
            <numerusform>%1
Énergie médiane par donnée d&apos;entraînement %2 (%n exécution)</numerusform>
            <numerusform>%1
Énergie médiane par donnée d&apos;entraînement %2 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Median energy per run %2 (%n run(s))</source>
        <translation>
            <numerusform>%1
Énergie médiane par exécution %2 (%n exécution)</numerusform>
            <numerusform>%1
Énergie médiane par exécution %2 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the %1 Pareto frontier</source>
        <translation>Sur le front de Pareto %1</translation>
    </message>
    <message>
        <source>GPU frontier</source>
        <translation>Front GPU</translation>
    </message>
    <message>
        <source>CPU frontier</source>
        <translation>Front CPU</translation>
    </message>
    <message>
        <source>Capacity: parameters of the network (log scale)</source>
        <translation>Capacité : paramètres du réseau (échelle log.)</translation>
    </message>
    <message>
        <source>Energy per training datum of each run (log scale)</source>
        <translation>Énergie par donnée d&apos;entraînement de chaque exécution (échelle log.)</translation>
    </message>
    <message>
        <source>Median energy per training datum (log scale)</source>
        <translation>Énergie médiane par donnée d&apos;entraînement (échelle log.)</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1) by dataset and device, smallest first</source>
        <translation>Exécutions Pareto-optimales (%1) par jeu de données et appareil, les plus petites d&apos;abord</translation>
    </message>
    <message>
        <source>Pareto-optimal runs (%1): CPU, then GPU, smallest first</source>
        <translation>Exécutions Pareto-optimales (%1) : CPU, puis GPU, les plus petites d&apos;abord</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1) by dataset and device, smallest first</source>
        <translation>Configurations Pareto-optimales (%1) par jeu de données et appareil, les plus petites d&apos;abord</translation>
    </message>
    <message>
        <source>Pareto-optimal setups (%1): CPU, then GPU, smallest first</source>
        <translation>Configurations Pareto-optimales (%1) : CPU, puis GPU, les plus petites d&apos;abord</translation>
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
            <numerusform>Sélectionner %n exécution selon les paramètres et l&apos;énergie</numerusform>
            <numerusform>Sélectionner %n exécutions selon les paramètres et l&apos;énergie</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters against energy with a Pareto frontier per device</source>
        <translation>Paramètres en fonction de l&apos;énergie, avec un front de Pareto par appareil</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>Axes :</translation>
    </message>
    <message>
        <source>Capacity vs energy per datum</source>
        <translation>Capacité / énergie par donnée</translation>
    </message>
    <message>
        <source>Capacity vs energy per run</source>
        <translation>Capacité / énergie par exécution</translation>
    </message>
    <message>
        <source>Run time vs energy</source>
        <translation>Durée / énergie</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Parameters against energy per training datum or per run (a frontier per device), or run time against energy (which rise together: energy = power × run time)</source>
        <translation>Paramètres en fonction de l&apos;énergie par donnée d&apos;entraînement ou par exécution (un front par appareil), ou durée d&apos;exécution en fonction de l&apos;énergie (qui augmentent ensemble : énergie = puissance × durée)</translation>
    </message>
    <message>
        <source>Which setups give the most capacity for their energy, and which are never worth it?</source>
        <translation>Quelles configurations offrent le plus de capacité pour leur énergie, et lesquelles n&apos;en valent jamais la peine ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each point is one setup (a configuration: dataset, shape, parameter count, depth and device) at the medians of its runs; both axes are logarithmic. &lt;i&gt;Axes&lt;/i&gt; picks what is plotted:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Capacity vs energy per datum&lt;/b&gt; (the default): the network&apos;s parameter count across, the energy to train on one example once up, so datasets of different sizes compare fairly;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Capacity vs energy per run&lt;/b&gt;: the same against the energy of a whole run;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run time vs energy&lt;/b&gt;: a run&apos;s energy is its power times its run time, so the two rise together and a frontier over them says little about a trade-off. There a bubble&apos;s &lt;b&gt;area&lt;/b&gt; shows the parameter count.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;On the capacity axes each device has its own &lt;b&gt;step line&lt;/b&gt;, its Pareto frontier (&lt;span style=&apos;color:#00517f&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#aa4b00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;): the ringed setups on it are the ones no other setup of that device beats by giving at least as many parameters for at most as much energy. Everything above and to the left of a line is &lt;b&gt;never worth it&lt;/b&gt;: a frontier setup of that device is at least as large and uses no more energy. Follow a line from its lower end to its upper end for the cheapest way to each size; its top end is the largest network at its least energy. On the run time axes one black line bounds the setups no other beats on both run time and energy. The list beside the chart names the frontier setups; click one to select it in every view.&lt;/p&gt;&lt;p&gt;Most setups have one to three runs, so a frontier point may be a lucky run: hover it for its run count, or switch &lt;i&gt;Points&lt;/i&gt; to &lt;i&gt;One per run&lt;/i&gt; to see every run as a dot.&lt;/p&gt;&lt;p&gt;Setups of different datasets do different work: set &lt;i&gt;Frontier&lt;/i&gt; to &lt;i&gt;Within each dataset&lt;/i&gt; to draw one step line per dataset (and device), or select one dataset in the filter.&lt;/p&gt;&lt;p&gt;Colours show the device or the network shape (&lt;i&gt;Colour by&lt;/i&gt;). The runs carry no optimizer column (BUTTER-E trained every network with Adam), so there is no optimizer colouring. Hover a point for its values; drag a rectangle to select the setups (or runs) inside it; scroll to zoom.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque point est une configuration (jeu de données, forme, nombre de paramètres, profondeur et appareil) aux médianes de ses exécutions ; les deux axes sont logarithmiques. &lt;i&gt;Axes&lt;/i&gt; choisit ce qui est tracé :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Capacité / énergie par donnée&lt;/b&gt; (par défaut) : le nombre de paramètres du réseau à l&apos;horizontale, l&apos;énergie pour s&apos;entraîner une fois sur un exemple à la verticale, ce qui compare équitablement des jeux de données de tailles différentes ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Capacité / énergie par exécution&lt;/b&gt; : la même chose avec l&apos;énergie d&apos;une exécution entière ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Durée / énergie&lt;/b&gt; : l&apos;énergie d&apos;une exécution est sa puissance multipliée par sa durée, les deux augmentent donc ensemble et un front sur ces axes dit peu de chose d&apos;un compromis. L&apos;&lt;b&gt;aire&lt;/b&gt; d&apos;une bulle y montre le nombre de paramètres.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sur les axes de capacité, chaque appareil a sa propre &lt;b&gt;ligne en escalier&lt;/b&gt;, son front de Pareto (&lt;span style=&apos;color:#00517f&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#aa4b00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;) : les configurations cerclées sur cette ligne sont celles qu&apos;aucune autre configuration du même appareil ne bat en offrant au moins autant de paramètres pour au plus autant d&apos;énergie. Tout ce qui est au-dessus et à gauche d&apos;une ligne &lt;b&gt;n&apos;en vaut jamais la peine&lt;/b&gt; : une configuration du front de cet appareil est au moins aussi grande et ne consomme pas plus d&apos;énergie. Suivez une ligne de son extrémité basse à son extrémité haute pour le moyen le moins coûteux d&apos;atteindre chaque taille ; son extrémité haute est le plus grand réseau à sa plus faible énergie. Sur les axes de durée, une ligne noire borne les configurations qu&apos;aucune autre ne bat à la fois en durée et en énergie. La liste à côté du graphique nomme les configurations du front ; cliquez sur l&apos;une d&apos;elles pour la sélectionner dans toutes les vues.&lt;/p&gt;&lt;p&gt;La plupart des configurations ont une à trois exécutions, un point du front peut donc être une exécution chanceuse : survolez-le pour voir son nombre d&apos;exécutions, ou réglez &lt;i&gt;Points&lt;/i&gt; sur &lt;i&gt;Un par exécution&lt;/i&gt; pour voir chaque exécution comme un point.&lt;/p&gt;&lt;p&gt;Des configurations de jeux de données différents font un travail différent : réglez &lt;i&gt;Front&lt;/i&gt; sur &lt;i&gt;Dans chaque jeu de données&lt;/i&gt; pour tracer une ligne en escalier par jeu de données (et par appareil), ou sélectionnez un jeu de données dans le filtre.&lt;/p&gt;&lt;p&gt;Les couleurs montrent l&apos;appareil ou la forme du réseau (&lt;i&gt;Colorer selon&lt;/i&gt;). Les exécutions n&apos;ont pas de colonne d&apos;optimiseur (BUTTER-E a entraîné chaque réseau avec Adam), il n&apos;y a donc pas de coloration par optimiseur. Survolez un point pour voir ses valeurs ; tracez un rectangle pour sélectionner les configurations (ou exécutions) qu&apos;il contient ; faites défiler pour zoomer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs are on the frontier, from the cheapest, %4, up to the most capacity, %5 (a run of %6).</source>
        <translation>%1 : %2 exécutions sur %3 sont sur le front, de la moins coûteuse, %4, jusqu&apos;à la plus grande capacité, %5 (une exécution de %6).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 setups are on the frontier, from the cheapest, %4, up to the most capacity, %5 (%6).</source>
        <translation>%1 : %2 configurations sur %3 sont sur le front, de la moins coûteuse, %4, jusqu&apos;à la plus grande capacité, %5 (%6).</translation>
    </message>
    <message>
        <source>%1/datum</source>
        <translation>%1/donnée</translation>
    </message>
    <message>
        <source>%1/run</source>
        <translation>%1/exécution</translation>
    </message>
    <message>
        <source>the chart and its frontiers</source>
        <translation>graphique et frontières</translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation>Énergie par exécution</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Énergie par donnée</translation>
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
        <translation>Part de l’énergie des exécutions ayant les trois parties (%)</translation>
    </message>
    <message>
        <source>CPU %1 · GPU %2 · RAM %3 of %4</source>
        <translation>CPU %1 · GPU %2 · RAM %3 sur %4</translation>
    </message>
    <message>
        <source>%1 of %2 runs have the parts</source>
        <translation>%1 exécutions sur %2 ont les parties</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(non nommé)</translation>
    </message>
</context>
<context>
    <name>wattprint::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Carbon and cost</source>
        <translation>Carbone et coût</translation>
    </message>
    <message>
        <source>Grid &amp;region:</source>
        <translation>&amp;Région du réseau électrique :</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Région du réseau électrique</translation>
    </message>
    <message>
        <source>The carbon intensity of the electricity grid the runs are charged to.</source>
        <translation>L&apos;intensité carbone du réseau électrique auquel les exécutions sont imputées.</translation>
    </message>
    <message>
        <source>Own &amp;intensity:</source>
        <translation>&amp;Intensité personnalisée :</translation>
    </message>
    <message>
        <source>Use my own carbon intensity</source>
        <translation>Utiliser ma propre intensité carbone</translation>
    </message>
    <message>
        <source>Use your own figure instead of the region&apos;s.</source>
        <translation>Utiliser votre propre valeur au lieu de celle de la région.</translation>
    </message>
    <message>
        <source> gCO2e/kWh</source>
        <translation> gCO2e/kWh</translation>
    </message>
    <message>
        <source>Own carbon intensity in grams CO2e per kilowatt-hour</source>
        <translation>Intensité carbone personnalisée en grammes de CO2e par kilowattheure</translation>
    </message>
    <message>
        <source>Own &amp;PUE:</source>
        <translation>&amp;PUE personnalisé :</translation>
    </message>
    <message>
        <source>Use my own power usage effectiveness</source>
        <translation>Utiliser mon propre indicateur d&apos;efficacité énergétique (PUE)</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy divided by IT energy (1.0 = no overhead).</source>
        <translation>Indicateur d&apos;efficacité énergétique (PUE) : énergie du site divisée par l&apos;énergie informatique (1,0 = aucun surcoût).</translation>
    </message>
    <message>
        <source>Power usage effectiveness</source>
        <translation>Indicateur d&apos;efficacité énergétique (PUE)</translation>
    </message>
    <message>
        <source>Electricity price per kilowatt-hour</source>
        <translation>Prix de l&apos;électricité par kilowattheure</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Currency label</source>
        <translation>Libellé de la devise</translation>
    </message>
    <message>
        <source>A label only: no exchange rates are applied.</source>
        <translation>Un simple libellé : aucun taux de change n&apos;est appliqué.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;Energy unit:</source>
        <translation>&amp;Unité d&apos;énergie :</translation>
    </message>
    <message>
        <source>Energy unit</source>
        <translation>Unité d&apos;énergie</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Default PNG &amp;resolution:</source>
        <translation>Résolution PNG par &amp;défaut :</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Default export resolution in dots per inch</source>
        <translation>Résolution d&apos;exportation par défaut en points par pouce</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>%1 — %2 %3 (%4)</source>
        <extracomment>Region combo item: name, intensity, unit, year the figure describes</extracomment>
        <translation>%1 — %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Joules (J)</source>
        <translation>Joules (J)</translation>
    </message>
    <message>
        <source>Kilojoules (kJ)</source>
        <translation>Kilojoules (kJ)</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>Kilowattheures (kWh)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> %1 per kWh</source>
        <extracomment>%1 is the currency label, e.g. USD</extracomment>
        <translation> %1 par kWh</translation>
    </message>
    <message>
        <source>Your own intensity is used instead of a region.</source>
        <translation>Votre propre intensité est utilisée au lieu d&apos;une région.</translation>
    </message>
    <message>
        <source>Without an own PUE: 1.00 (no data-centre overhead).</source>
        <translation>Sans PUE personnalisé : 1,00 (aucun surcoût du centre de données).</translation>
    </message>
    <message>
        <source>Source: %1 (%2).</source>
        <extracomment>%1 source of the intensity, %2 year the figure describes</extracomment>
        <translation>Source : %1 (%2).</translation>
    </message>
    <message>
        <source>Without an own PUE: %1 (%2).</source>
        <extracomment>%1 the preset&apos;s PUE, %2 where it comes from</extracomment>
        <translation>Sans PUE personnalisé : %1 (%2).</translation>
    </message>
    <message>
        <source>grid region</source>
        <translation>région du réseau électrique</translation>
    </message>
    <message>
        <source>own intensity</source>
        <translation>intensité personnalisée</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation>prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>currency (1 to %1 characters)</source>
        <translation>devise (1 à %1 caractères)</translation>
    </message>
    <message>
        <source>energy unit</source>
        <translation>unité d&apos;énergie</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>export resolution</source>
        <translation>résolution d&apos;exportation</translation>
    </message>
    <message>
        <source>These values were not accepted: %1.</source>
        <translation>Ces valeurs n&apos;ont pas été acceptées : %1.</translation>
    </message>
    <message>
        <source>Automatic (prefix chosen by size)</source>
        <translation>Automatique (préfixe selon la grandeur)</translation>
    </message>
    <message>
        <source>Megajoules (MJ)</source>
        <translation>Mégajoules (MJ)</translation>
    </message>
    <message>
        <source>Own electricity &amp;price:</source>
        <translation>&amp;Prix de l&apos;électricité personnel :</translation>
    </message>
    <message>
        <source>Use my own electricity price</source>
        <translation>Utiliser mon propre prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Without an own price: %1 %2 per kWh (%3). The currency label applies to your own price.</source>
        <extracomment>%1 default price, %2 its currency, %3 its source</extracomment>
        <translation>Sans prix personnel : %1 %2 par kWh (%3). Le libellé de devise s&apos;applique à votre propre prix.</translation>
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
        <translation>Classer à partir &amp;de :</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> exécutions</translation>
    </message>
    <message>
        <source>Fewest runs to rank a configuration</source>
        <translation>Nombre minimal d’exécutions pour classer une configuration</translation>
    </message>
    <message>
        <source>The leaderboard ranks only configurations with at least this many runs: the median of one run ranks its luck as much as its design. A leaderboard set to its own value keeps it.</source>
        <translation>Le classement ne retient que les configurations ayant au moins ce nombre d’exécutions : la médiane d’une seule exécution classe sa chance autant que sa conception. Un classement réglé sur sa propre valeur la garde.</translation>
    </message>
    <message>
        <source>fewest runs to rank</source>
        <translation>nombre minimal d’exécutions pour classer</translation>
    </message>
    <message>
        <source>&amp;Include runs that fail a quality check</source>
        <translation>&amp;Inclure les exécutions qui échouent à un contrôle de qualité</translation>
    </message>
    <message>
        <source>Include runs that fail a quality check</source>
        <translation>Inclure les exécutions qui échouent à un contrôle de qualité</translation>
    </message>
    <message>
        <source>By default, runs that fail a quality check (see the runs table&apos;s Quality column) are shown but left out of rankings, fitted models, Pareto frontiers and the baselines anomalies are measured against.</source>
        <translation>Par défaut, les exécutions qui échouent à un contrôle de qualité (voir la colonne Qualité du tableau des exécutions) sont affichées mais écartées des classements, des modèles ajustés, des frontières de Pareto et des références auxquelles les anomalies sont comparées.</translation>
    </message>
</context>
<context>
    <name>wattprint::RadarChart</name>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>all about %1</source>
        <translation>toutes autour de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>formes</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>jeux de données</translation>
    </message>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation>%1 : %2 (score %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1 : %n exécution</numerusform>
            <numerusform>%1 : %n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variability from %n configuration(s) with repeated runs</source>
        <translation>
            <numerusform>Variabilité issue de %n configuration avec exécutions répétées</numerusform>
            <numerusform>Variabilité issue de %n configurations avec exécutions répétées</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to %1 it</source>
        <translation>Cliquer pour %1 la série</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>masquer</translation>
    </message>
    <message>
        <source>show</source>
        <translation>afficher</translation>
    </message>
    <message>
        <source>Click to select it</source>
        <translation>Cliquer pour la sélectionner</translation>
    </message>
    <message>
        <source>1× = %1, all within %2</source>
        <translation>1× = %1, toutes à %2 près</translation>
    </message>
    <message>
        <source>1× = %1</source>
        <translation>1× = %1</translation>
    </message>
    <message>
        <source>%1 to %2, within %3</source>
        <translation>%1 à %2, à %3 près</translation>
    </message>
    <message>
        <source>Each value as a multiple of the median of the %1 %2, on a log scale: the middle ring (1×) is the median, the rim %3 and the centre %4 the median. Every axis is a cost: a smaller polygon is cheaper.</source>
        <translation>Chaque valeur en multiple de la médiane des %1 %2, sur une échelle log : l&apos;anneau du milieu (1×) est la médiane, le bord %3 et le centre %4 la médiane. Chaque axe est un coût : un polygone plus petit est moins coûteux.</translation>
    </message>
    <message>
        <source>Stretched: min-max scores over the %1 %2: centre = the lowest value, rim = the highest, however close they are. Every axis is a cost: a smaller polygon is cheaper.</source>
        <translation>Étiré : scores min-max sur les %1 %2 : centre = la valeur la plus basse, bord = la plus haute, aussi proches soient-elles. Chaque axe est un coût : un polygone plus petit est moins coûteux.</translation>
    </message>
    <message>
        <source>Stretched: rank scores over the %1 %2: centre = ranked lowest, rim = ranked highest (ties share a rank), however close the values are. Every axis is a cost: a smaller polygon is cheaper.</source>
        <translation>Étiré : scores de rang sur les %1 %2 : centre = rang le plus bas, bord = rang le plus haut (les ex aequo partagent un rang), aussi proches que soient les valeurs. Chaque axe est un coût : un polygone plus petit est moins coûteux.</translation>
    </message>
    <message>
        <source>1× median</source>
        <translation>1× médiane</translation>
    </message>
    <message>
        <source>%1: %2, %3 the median</source>
        <translation>%1 : %2, %3 la médiane</translation>
    </message>
    <message>
        <source>%1: %2, %3 the median (score %4)</source>
        <translation>%1 : %2, %3 la médiane (score %4)</translation>
    </message>
</context>
<context>
    <name>wattprint::RadarView</name>
    <message>
        <source>Which architectures are balanced, and which pay for speed with energy?</source>
        <translation>Quelles architectures sont équilibrées, et lesquelles paient leur vitesse en énergie ?</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Énergie médiane</translation>
    </message>
    <message>
        <source>Median run time</source>
        <translation>Durée d&apos;exécution médiane</translation>
    </message>
    <message>
        <source>Median power</source>
        <translation>Puissance médiane</translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation>Énergie par donnée</translation>
    </message>
    <message>
        <source>Variability</source>
        <translation>Variabilité</translation>
    </message>
    <message>
        <source>Overhead share</source>
        <translation>Part du surcoût</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Only one %1 (%2) matches the filter: there is nothing to compare it with.</source>
        <translation>Une seule valeur de %1 (%2) correspond au filtre : il n&apos;y a rien à quoi la comparer.</translation>
    </message>
    <message>
        <source>%1 is the most balanced %2 (its six %3 scores differ least, standard deviation %4)</source>
        <translation>Par %2, %1 est le plus équilibré (ses six scores %3 diffèrent le moins, écart type %4)</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>min-max</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>%1 pays most for speed with energy (energy score %2 against run-time score %3: median %4 per run in %5)</source>
        <translation>%1 paie le plus sa vitesse en énergie (score d&apos;énergie %2 contre score de durée %3 : médiane de %4 par exécution en %5)</translation>
    </message>
    <message>
        <source>no %1 scores clearly higher on energy than on run time (by 0.15 or more)</source>
        <translation>aucune valeur de %1 n&apos;a un score nettement plus élevé en énergie qu&apos;en durée (de 0,15 ou plus)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation>Sélectionner la forme %1</translation>
    </message>
    <message>
        <source>Select dataset %1</source>
        <translation>Sélectionner le jeu de données %1</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>One polygon per shape or per dataset</source>
        <translation>Un polygone par forme ou par jeu de données</translation>
    </message>
    <message>
        <source>Scale of the axes</source>
        <translation>Échelle des axes</translation>
    </message>
    <message>
        <source>Radar of six cost metrics per %1</source>
        <translation>Radar de six indicateurs de coût par %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>All shapes are within %1.</source>
        <translation>Toutes les formes sont à %1 près.</translation>
    </message>
    <message>
        <source>All datasets are within %1.</source>
        <translation>Tous les jeux de données sont à %1 près.</translation>
    </message>
    <message>
        <source>%1 is the most balanced %2 (its costs lie between %3 and %4 the median, the least uneven)</source>
        <translation>Par %2, %1 est le plus équilibré (ses coûts sont entre %3 et %4 la médiane, les moins inégaux)</translation>
    </message>
    <message>
        <source>%1 pays most for speed with energy (energy %2 the median against run time %3: median %4 per run in %5)</source>
        <translation>%1 paie le plus sa vitesse en énergie (énergie à %2 la médiane contre durée à %3 : médiane de %4 par exécution en %5)</translation>
    </message>
    <message>
        <source>no %1 pays clearly for speed with energy (an energy ratio at least %2 its run-time ratio)</source>
        <translation>aucune valeur de %1 ne paie nettement sa vitesse en énergie (un rapport d&apos;énergie d&apos;au moins %2 son rapport de durée)</translation>
    </message>
    <message>
        <source>Ratio to median (log)</source>
        <translation>Rapport à la médiane (log)</translation>
    </message>
    <message>
        <source>Stretched: min to max</source>
        <translation>Étiré : du min au max</translation>
    </message>
    <message>
        <source>Stretched: rank order</source>
        <translation>Étiré : ordre des rangs</translation>
    </message>
    <message>
        <source>How each axis is scaled over the series: as a multiple of the median on a log scale, which keeps small differences small, or stretched from centre to rim by value (min-max) or by order (rank), however close the values are</source>
        <translation>Comment chaque axe est mis à l&apos;échelle sur les séries : en multiple de la médiane sur une échelle log, qui garde petites les petites différences, ou étiré du centre au bord selon la valeur (min-max) ou l&apos;ordre (rang), aussi proches que soient les valeurs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each polygon is a network shape (or a dataset, see &lt;b&gt;Group by&lt;/b&gt;). Its six corners are costs, so a &lt;b&gt;smaller polygon is cheaper&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Median energy&lt;/b&gt; per run (J), &lt;b&gt;median run time&lt;/b&gt; (s) and &lt;b&gt;median power&lt;/b&gt; (W) over its runs;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median energy per datum&lt;/b&gt;: energy per training datum (J), the cost of one example seen once;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Variability&lt;/b&gt; (run to run): for every configuration (dataset, shape, size, depth, device) with at least two runs, the interquartile range of its runs&apos; energy divided by their median; the polygon shows the median of these over its configurations;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Overhead share&lt;/b&gt;: the fixed per-run energy overhead as a share of all its runs&apos; energy.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Scale&lt;/i&gt; sets how each axis is drawn. &lt;b&gt;Ratio to median (log)&lt;/b&gt;, the default, shows each value as a multiple of the median over the series: the dashed middle ring (1&amp;times;) is the median, and the other rings are round multiples on a log scale (0.8&amp;times; and 1.25&amp;times; at the least, wider when some value is further off), so a difference of a few percent stays small. The value under each axis name is what 1&amp;times; stands for there. The two &lt;b&gt;stretched&lt;/b&gt; scales put the lowest value at the centre and the highest at the rim, by value (&lt;b&gt;min to max&lt;/b&gt;) or evenly by order (&lt;b&gt;rank&lt;/b&gt;), however close the values are: they show the order, not the size of the differences. When every series is within 5% on an axis, the caption and the finding say so.&lt;/p&gt;&lt;p&gt;The finding calls &lt;b&gt;balanced&lt;/b&gt; the series whose six scores differ least (smallest standard deviation): no cost stands out. It says a series &lt;b&gt;pays for speed with energy&lt;/b&gt; when it finishes sooner than most but uses more energy, through higher power: on the median scale its energy ratio is at least 1.1 times its run-time ratio, on the stretched scales its energy score is above its run-time score by 0.15 or more (the largest such difference wins).&lt;/p&gt;&lt;p&gt;CPU and GPU runs are pooled: filter a device to compare within one. Tick a legend box to show or hide a series; click a polygon or a legend name to select it everywhere; hover a corner or a legend entry for the raw values and their ratio to the median.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque polygone est une forme de réseau (ou un jeu de données, voir &lt;b&gt;Grouper par&lt;/b&gt;). Ses six sommets sont des coûts, donc un &lt;b&gt;polygone plus petit est moins coûteux&lt;/b&gt; :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Énergie médiane&lt;/b&gt; par exécution (J), &lt;b&gt;durée d&apos;exécution médiane&lt;/b&gt; (s) et &lt;b&gt;puissance médiane&lt;/b&gt; (W) sur ses exécutions ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Énergie médiane par donnée&lt;/b&gt; : énergie par donnée d&apos;entraînement (J), le coût d&apos;un exemple vu une fois ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Variabilité&lt;/b&gt; (d&apos;une exécution à l&apos;autre) : pour chaque configuration (jeu de données, forme, taille, profondeur, appareil) ayant au moins deux exécutions, l&apos;écart interquartile de l&apos;énergie de ses exécutions divisé par leur médiane ; le polygone montre la médiane de ces valeurs sur ses configurations ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Part du surcoût&lt;/b&gt; : le surcoût énergétique fixe par exécution, en part de l&apos;énergie de toutes ses exécutions.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Échelle&lt;/i&gt; règle le tracé de chaque axe. &lt;b&gt;Rapport à la médiane (log)&lt;/b&gt;, par défaut, montre chaque valeur en multiple de la médiane sur les séries : l&apos;anneau du milieu en pointillés (1&amp;times;) est la médiane, et les autres anneaux sont des multiples ronds sur une échelle log (au moins 0,8&amp;times; et 1,25&amp;times;, plus larges si une valeur est plus éloignée), de sorte qu&apos;un écart de quelques pour cent reste petit. La valeur sous chaque nom d&apos;axe indique ce que vaut 1&amp;times; sur cet axe. Les deux échelles &lt;b&gt;étirées&lt;/b&gt; placent la valeur la plus basse au centre et la plus haute au bord, selon la valeur (&lt;b&gt;du min au max&lt;/b&gt;) ou régulièrement selon l&apos;ordre (&lt;b&gt;rang&lt;/b&gt;), aussi proches que soient les valeurs : elles montrent l&apos;ordre, pas la taille des écarts. Quand toutes les séries sont à 5 % près sur un axe, la légende et le constat le disent.&lt;/p&gt;&lt;p&gt;Le constat appelle &lt;b&gt;équilibrée&lt;/b&gt; la série dont les six scores diffèrent le moins (plus petit écart type) : aucun coût ne ressort. Il dit qu&apos;une série &lt;b&gt;paie sa vitesse en énergie&lt;/b&gt; quand elle finit plus tôt que la plupart mais consomme plus d&apos;énergie, par une puissance plus élevée : sur l&apos;échelle de la médiane, son rapport d&apos;énergie vaut au moins 1,1 fois son rapport de durée ; sur les échelles étirées, son score d&apos;énergie dépasse son score de durée de 0,15 ou plus (le plus grand écart de ce type l&apos;emporte).&lt;/p&gt;&lt;p&gt;Les exécutions CPU et GPU sont regroupées : filtrez un appareil pour comparer au sein d&apos;un seul. Cochez une case de la légende pour afficher ou masquer une série ; cliquez sur un polygone ou un nom de la légende pour le sélectionner partout ; survolez un sommet ou une entrée de la légende pour voir les valeurs brutes et leur rapport à la médiane.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wattprint::ReportBuilder</name>
    <message>
        <source>A report is already being made</source>
        <translation>Un rapport est déjà en cours de création</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (known: %2)</source>
        <translation>vue inconnue « %1 » (vues connues : %2)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The report was cancelled</source>
        <translation>Le rapport a été annulé</translation>
    </message>
</context>
<context>
    <name>wattprint::ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Wattprint report</source>
        <translation>Rapport Wattprint</translation>
    </message>
    <message>
        <source>%1 kg CO2e</source>
        <translation>%1 kg CO2e</translation>
    </message>
    <message>
        <source>BUTTER-E: Tripp, Perr-Sauer et al., &quot;Measuring the Energy Consumption and Efficiency of Deep Neural Networks&quot;, National Renewable Energy Laboratory, Open Energy Data Initiative submission 5991, doi:10.25984/2329316, licensed CC-BY-4.0.</source>
        <translation>BUTTER-E : Tripp, Perr-Sauer et al., « Measuring the Energy Consumption and Efficiency of Deep Neural Networks », National Renewable Energy Laboratory, contribution 5991 à l&apos;Open Energy Data Initiative, doi:10.25984/2329316, sous licence CC-BY-4.0.</translation>
    </message>
    <message>
        <source>Where the energy of neural-network training goes</source>
        <translation>Où va l&apos;énergie de l&apos;entraînement des réseaux de neurones</translation>
    </message>
    <message>
        <source>Synthetic demo data: made up, modelled on BUTTER-E, not measured. Do not quote these figures.</source>
        <translation>Données de démonstration synthétiques : inventées, calquées sur BUTTER-E, non mesurées. Ne pas citer ces chiffres.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>none: the data is synthetic; its design follows %1</source>
        <translation>aucune : les données sont synthétiques ; leur conception suit %1</translation>
    </message>
    <message>
        <source>Filter in force</source>
        <translation>Filtre appliqué</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>%1 (%2 on CPU nodes, %3 on GPU nodes)</source>
        <translation>%1 (%2 sur des nœuds CPU, %3 sur des nœuds GPU)</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>%1 (dataset, shape, size, depth and device)</source>
        <translation>%1 (jeu de données, forme, taille, profondeur et appareil)</translation>
    </message>
    <message>
        <source>Runs started</source>
        <translation>Exécutions démarrées</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>Du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Energy at the nodes</source>
        <translation>Énergie aux nœuds</translation>
    </message>
    <message>
        <source>%1 (%2 J)</source>
        <translation>%1 (%2 J)</translation>
    </message>
    <message>
        <source>Energy at the facility</source>
        <translation>Énergie au niveau du site</translation>
    </message>
    <message>
        <source>%1 (node energy x PUE %2)</source>
        <translation>%1 (énergie des nœuds x PUE %2)</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbone</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(currency not set)</source>
        <translation>(devise non définie)</translation>
    </message>
    <message>
        <source>not computed: no electricity price is set (Preferences)</source>
        <translation>non calculé : aucun prix de l&apos;électricité n&apos;est défini (Préférences)</translation>
    </message>
    <message>
        <source>Of which fixed overhead</source>
        <translation>Dont surcoût fixe</translation>
    </message>
    <message>
        <source>%1, %2% of the energy</source>
        <translation>%1, %2 % de l&apos;énergie</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensité du réseau électrique</translation>
    </message>
    <message>
        <source>%1 %2 (%3; %4)</source>
        <translation>%1 %2 (%3 ; %4)</translation>
    </message>
    <message>
        <source>your own value</source>
        <translation>votre propre valeur</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>aucune source indiquée</translation>
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
        <translation>1,0 : aucun surcoût du site supposé</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>%1 %2 per kWh (your own value)</source>
        <translation>%1 %2 par kWh (votre propre valeur)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Generated %1 by Wattprint %2. The method page at the end gives the formulas and every factor&apos;s source.</source>
        <translation>Généré le %1 par Wattprint %2. La page de méthode à la fin donne les formules et la source de chaque facteur.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Cover: data, totals and assumptions</source>
        <translation>Couverture : données, totaux et hypothèses</translation>
    </message>
    <message>
        <source>Method: measurement, overhead and formulas</source>
        <translation>Méthode : mesure, surcoût et formules</translation>
    </message>
    <message>
        <source>Conversion factors and their sources</source>
        <translation>Facteurs de conversion et leurs sources</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>How energy was measured</source>
        <translation>Comment l&apos;énergie a été mesurée</translation>
    </message>
    <message>
        <source>BUTTER-E reads whole-node watt meters on NREL&apos;s Eagle system (CPU nodes: 2 x Intel Xeon Gold 6154; GPU nodes: the same plus 2 x NVIDIA V100) once a minute. A run&apos;s energy is the piecewise-constant integral of these samples between its start and end. Whole-node power includes the idle draw of processors, memory, GPUs and fans.</source>
        <translation>BUTTER-E relève une fois par minute les wattmètres de nœud entier du système Eagle de NREL (nœuds CPU : 2 x Intel Xeon Gold 6154 ; nœuds GPU : les mêmes plus 2 x NVIDIA V100). L&apos;énergie d&apos;une exécution est l&apos;intégrale constante par morceaux de ces mesures entre son début et sa fin. La puissance du nœud entier inclut la consommation au repos des processeurs, de la mémoire, des GPU et des ventilateurs.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Every run pays a fixed cost to start, load data and tear down, estimated by NREL from the tiny 505_tecator runs: %1 J on CPU nodes and %2 J on GPU nodes. Non-overhead energy is the energy less this overhead.</source>
        <translation>Chaque exécution paie un coût fixe pour démarrer, charger les données et s&apos;arrêter, estimé par NREL à partir des très petites exécutions 505_tecator : %1 J sur les nœuds CPU et %2 J sur les nœuds GPU. L&apos;énergie hors surcoût est l&apos;énergie moins ce surcoût.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>energy per epoch = non-overhead energy / 3000 epochs</source>
        <translation>énergie par époque = énergie hors surcoût / 3000 époques</translation>
    </message>
    <message>
        <source>energy per training datum = non-overhead energy / (training batches x 3000 x batch size)</source>
        <translation>énergie par donnée d&apos;entraînement = énergie hors surcoût / (lots d&apos;entraînement x 3000 x taille de lot)</translation>
    </message>
    <message>
        <source>training batches = ceil(0.8 x observations / batch size)</source>
        <translation>lots d&apos;entraînement = ceil(0,8 x observations / taille de lot)</translation>
    </message>
    <message>
        <source>kWh = J / 3,600,000</source>
        <translation>kWh = J / 3 600 000</translation>
    </message>
    <message>
        <source>facility kWh = kWh x PUE</source>
        <translation>kWh du site = kWh x PUE</translation>
    </message>
    <message>
        <source>CO2e (g) = facility kWh x grid intensity (g/kWh)</source>
        <translation>CO2e (g) = kWh du site x intensité du réseau (g/kWh)</translation>
    </message>
    <message>
        <source>cost = facility kWh x price per kWh</source>
        <translation>coût = kWh du site x prix par kWh</translation>
    </message>
    <message>
        <source>check: 10,000 J at 400 g/kWh = 0.002778 kWh x 400 = 1.11 g CO2e</source>
        <translation>vérification : 10 000 J à 400 g/kWh = 0,002778 kWh x 400 = 1,11 g CO2e</translation>
    </message>
    <message>
        <source>This report was made from synthetic demo data: the method is real, the numbers are not.</source>
        <translation>Ce rapport a été réalisé à partir de données de démonstration synthétiques : la méthode est réelle, les chiffres ne le sont pas.</translation>
    </message>
    <message>
        <source>Conversion factors</source>
        <translation>Facteurs de conversion</translation>
    </message>
    <message>
        <source>Every factor Wattprint offers, with its source and the year it describes. The one marked &quot;in force&quot; made this report&apos;s figures.</source>
        <translation>Tous les facteurs proposés par Wattprint, avec leur source et l&apos;année qu&apos;ils décrivent. Celui marqué « appliqué » a produit les chiffres de ce rapport.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (appliqué)</translation>
    </message>
    <message>
        <source>PUE with %1</source>
        <translation>PUE avec %1</translation>
    </message>
    <message>
        <source>Your own intensity (in force)</source>
        <translation>Votre propre intensité (appliquée)</translation>
    </message>
    <message>
        <source>set in Preferences</source>
        <translation>défini dans les Préférences</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1 : impossible de démarrer le PDF</translation>
    </message>
    <message>
        <source>%1 kg CO2</source>
        <translation>%1 kg de CO2</translation>
    </message>
    <message>
        <source>%1 %2 at the default price (see Price below)</source>
        <translation>%1 %2 au prix par défaut (voir Prix ci-dessous)</translation>
    </message>
    <message>
        <source>%1 %2 per kWh (default, as no own price is set: %3)</source>
        <translation>%1 %2 par kWh (par défaut, aucun prix personnel n&apos;étant fixé : %3)</translation>
    </message>
    <message>
        <source>%1 other countries</source>
        <extracomment>%1 number of countries, e.g. &quot;212 other countries&quot;</extracomment>
        <translation>%1 autres pays</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>CodeCarbon global_energy_mix.json (Our World in Data / Ember), one figure per country; wattprint carbon --list-regions lists them</source>
        <translation>CodeCarbon global_energy_mix.json (Our World in Data / Ember), une valeur par pays ; wattprint carbon --list-regions les liste</translation>
    </message>
    <message>
        <source>Electricity price, default (in force)</source>
        <translation>Prix de l&apos;électricité, par défaut (appliqué)</translation>
    </message>
    <message>
        <source>Your own electricity price (in force)</source>
        <translation>Votre propre prix de l&apos;électricité (appliqué)</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 par kWh</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <extracomment>Unit of an equivalent&apos;s factor, e.g. &quot;gCO2 per smartphone charge&quot;</extracomment>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>wattprint::RunGroupsModel</name>
    <message>
        <source>(no hardware named)</source>
        <translation>(aucun matériel nommé)</translation>
    </message>
    <message>
        <source>(no project named)</source>
        <translation>(aucun projet nommé)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Énergie médiane</translation>
    </message>
    <message>
        <source>Interval of the median</source>
        <translation>Intervalle de la médiane</translation>
    </message>
    <message>
        <source>Total energy</source>
        <translation>Énergie totale</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Median power</source>
        <translation>Puissance médiane</translation>
    </message>
    <message>
        <source>Median run time</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>The median energy of one run</source>
        <translation>L’énergie médiane d’une exécution</translation>
    </message>
    <message>
        <source>The share of the total energy of the runs in this table</source>
        <translation>La part de l’énergie totale des exécutions de ce tableau</translation>
    </message>
    <message>
        <source>1 = the lowest median energy per run. Projects differ in what they train: read the rank as where the energy goes, not as a verdict.</source>
        <translation>1 = l’énergie médiane par exécution la plus faible. Les projets entraînent des choses différentes : lisez le rang comme l’endroit où va l’énergie, pas comme un verdict.</translation>
    </message>
    <message>
        <source>The distribution-free interval of the median (95 %, or with fewer than six runs the range and the confidence it has).</source>
        <translation>L’intervalle non paramétrique de la médiane (95 %, ou avec moins de six exécutions l’étendue et la confiance qu’elle a).</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Non-overhead energy per training datum: energy / (training batches x 3000 epochs x batch size)</source>
        <translation>Énergie hors surcoût par donnée d&apos;entraînement : énergie / (lots d&apos;entraînement x 3000 époques x taille de lot)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Size (params)</source>
        <translation>Taille (param.)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Type de nœud</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Run time (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Énergie (%1)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Puissance (W)</translation>
    </message>
    <message>
        <source>Non-overhead energy (%1)</source>
        <translation>Énergie hors surcoût (%1)</translation>
    </message>
    <message>
        <source>Energy per datum (mJ)</source>
        <translation>Énergie par donnée (mJ)</translation>
    </message>
    <message>
        <source>SLURM job</source>
        <translation>Tâche SLURM</translation>
    </message>
    <message>
        <source>This run passes every quality check.</source>
        <translation>Cette exécution réussit tous les contrôles de qualité.</translation>
    </message>
    <message>
        <source>The quality checks the run fails (BUTTER-E&apos;s filters, energy against the fixed overhead, plausible power); OK when it passes them all. Point at a run&apos;s entry for what each means.</source>
        <translation>Les contrôles de qualité auxquels l&apos;exécution échoue (les filtres de BUTTER-E, l&apos;énergie face au surcoût fixe, une puissance vraisemblable) ; OK si elle les réussit tous. Pointer l&apos;entrée d&apos;une exécution pour lire ce que chacun signifie.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>wattprint::RunsView</name>
    <message>
        <source>Runs table</source>
        <translation>Tableau des exécutions</translation>
    </message>
    <message>
        <source>Which runs are in force, and what did each one cost?</source>
        <translation>Quelles exécutions sont retenues, et combien a coûté chacune ?</translation>
    </message>
    <message>
        <source>%1 runs match the filter.</source>
        <translation>%1 exécutions correspondent au filtre.</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per training run that matches the filter. Click a column header to sort by it; rows load as you scroll.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Energy&lt;/b&gt; is the whole node&apos;s metered energy over the run, fixed overhead included. &lt;b&gt;Energy per datum&lt;/b&gt; is the non-overhead energy divided by the training data seen (training batches x 3000 epochs x batch size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; reads OK, or names the quality checks the run fails: BUTTER-E&apos;s own filters (run time over 75,000 s, no energy recorded, run time far from similar runs), energy at or below the fixed overhead (so none is left for training), and an average power its node cannot have drawn. Point at the entry for a sentence on each.&lt;/p&gt;&lt;p&gt;Select rows and use &lt;i&gt;Edit &amp;gt; Show only selection&lt;/i&gt; or &lt;i&gt;Exclude selection&lt;/i&gt; to filter every view by them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une ligne par exécution d&apos;entraînement correspondant au filtre. Cliquer sur un en-tête de colonne pour trier selon celle-ci ; les lignes se chargent au fil du défilement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Énergie&lt;/b&gt; est l&apos;énergie mesurée du nœud entier pendant l&apos;exécution, surcoût fixe compris. &lt;b&gt;Énergie par donnée&lt;/b&gt; est l&apos;énergie hors surcoût divisée par les données d&apos;entraînement vues (lots d&apos;entraînement x 3000 époques x taille de lot).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; indique OK, ou nomme les contrôles de qualité auxquels l&apos;exécution échoue : les filtres propres à BUTTER-E (durée au-delà de 75 000 s, aucune énergie mesurée, durée très éloignée des exécutions semblables), une énergie au plus égale au surcoût fixe (il ne reste alors rien pour l&apos;entraînement) et une puissance moyenne que son nœud ne peut pas avoir consommée. Pointer l&apos;entrée pour lire une phrase sur chacun.&lt;/p&gt;&lt;p&gt;Sélectionner des lignes et utiliser &lt;i&gt;Édition &amp;gt; Afficher uniquement la sélection&lt;/i&gt; ou &lt;i&gt;Exclure la sélection&lt;/i&gt; pour filtrer toutes les vues selon celles-ci.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wattprint::SankeyView</name>
    <message>
        <source>What does this energy mean in carbon and money?</source>
        <translation>Que représente cette énergie en carbone et en argent ?</translation>
    </message>
    <message>
        <source>your own intensity</source>
        <translation>votre propre intensité</translation>
    </message>
    <message>
        <source>Carbon intensity in force. Source: %1</source>
        <translation>Intensité carbone appliquée. Source : %1</translation>
    </message>
    <message>
        <source>Power usage effectiveness in force. Source: %1</source>
        <translation>Indicateur d&apos;efficacité énergétique (PUE) appliqué. Source : %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>jeux de données</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>formes</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>lots</translation>
    </message>
    <message>
        <source>None of the %1 in the filter has a measured energy.</source>
        <translation>Aucun élément parmi les %1 du filtre n&apos;a d&apos;énergie mesurée.</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The runs in the filter used no energy, so there is no carbon or cost to show.</source>
        <translation>Les exécutions du filtre n&apos;ont consommé aucune énergie : il n&apos;y a donc ni carbone ni coût à afficher.</translation>
    </message>
    <message>
        <source>, about what an average passenger car emits over %1 km</source>
        <translation>, soit à peu près ce qu&apos;émet une voiture particulière moyenne sur %1 km</translation>
    </message>
    <message>
        <source>The one run</source>
        <translation>L&apos;unique exécution</translation>
    </message>
    <message>
        <source>The %1 runs</source>
        <translation>Les %1 exécutions</translation>
    </message>
    <message>
        <source>%1 used %2; at %3 (%4) and a PUE of %5 that is %6 %7%8</source>
        <translation>%1 : %2 consommés ; à %3 (%4) et avec un PUE de %5, cela représente %6 %7%8</translation>
    </message>
    <message>
        <source>%1, and %2 at %3 per kWh.</source>
        <translation>%1, et %2 à %3 par kWh.</translation>
    </message>
    <message>
        <source>%1; set a price to see the cost.</source>
        <translation>%1 ; définir un prix pour voir le coût.</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>the other %1 %2</source>
        <translation>les %1 autres %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>Take %1 out of the selection</source>
        <translation>Retirer %1 de la sélection</translation>
    </message>
    <message>
        <source>Add %1 to the selection</source>
        <translation>Ajouter %1 à la sélection</translation>
    </message>
    <message>
        <source>your own value</source>
        <translation>votre propre valeur</translation>
    </message>
    <message>
        <source>Left out: %1 without a measured energy.</source>
        <translation>Non pris en compte : %1 sans énergie mesurée.</translation>
    </message>
    <message>
        <source>Flow by:</source>
        <translation>Flux par :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Intensity:</source>
        <translation>Intensité :</translation>
    </message>
    <message>
        <source>PUE:</source>
        <translation>PUE :</translation>
    </message>
    <message>
        <source>Price/kWh:</source>
        <translation>Prix/kWh :</translation>
    </message>
    <message>
        <source>Flow by</source>
        <translation>Flux par</translation>
    </message>
    <message>
        <source>The groups between the devices and the energy</source>
        <translation>Les groupes entre les appareils et l&apos;énergie</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>The grid whose carbon intensity is used (its source is named under the chart)</source>
        <translation>Le réseau électrique dont l&apos;intensité carbone est utilisée (sa source est indiquée sous le graphique)</translation>
    </message>
    <message>
        <source>Carbon intensity in grams per kWh</source>
        <translation>Intensité carbone en grammes par kWh</translation>
    </message>
    <message>
        <source>Power usage effectiveness</source>
        <translation>Indicateur d&apos;efficacité énergétique (PUE)</translation>
    </message>
    <message>
        <source>Electricity price per kWh</source>
        <translation>Prix de l&apos;électricité par kWh</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Currency label (a label only, nothing is converted)</source>
        <translation>Libellé de la devise (un simple libellé, rien n&apos;est converti)</translation>
    </message>
    <message>
        <source>Energy, carbon and cost flow</source>
        <translation>Flux d&apos;énergie, de carbone et de coût</translation>
    </message>
    <message>
        <source>&lt;p&gt;The energy of the runs in the filter flows from left to right: from the &lt;b&gt;device&lt;/b&gt; (&lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt; or &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;) through the &lt;b&gt;group&lt;/b&gt; the runs belong to (dataset, shape or sweep batch: choose with &lt;i&gt;Flow by&lt;/i&gt;; the %1 largest groups by energy are named, the rest are gathered in &lt;i&gt;other&lt;/i&gt;) into the &lt;b&gt;energy at the meter&lt;/b&gt;, then into &lt;b&gt;carbon&lt;/b&gt; and &lt;b&gt;cost&lt;/b&gt;. Every band&apos;s width and every bar&apos;s height is proportional to energy.&lt;/p&gt;&lt;p&gt;The data centre uses more than the meters on the compute nodes measured (cooling, power conversion): the &lt;b&gt;PUE&lt;/b&gt; (power usage effectiveness, facility energy / IT energy) adds that share as a grey bar that joins the flow before carbon. Carbon = kWh at the meter x PUE x the grid&apos;s &lt;b&gt;carbon intensity&lt;/b&gt; (g per kWh); cost = kWh x PUE x price.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change the factors&lt;/b&gt; in the row above the chart: pick a region (the world average, a few sourced presets, then every country by name; type a part of its name or its ISO code to find it; each preset names its source and year under the chart), type your own intensity (the region becomes &lt;i&gt;Custom&lt;/i&gt;), a PUE and a price per kWh with its currency. Until you set a price, cost uses a default of %2 USD per kWh (%3). Presets from the US EIA and the BUTTER-E paper count CO₂ only; the others CO₂ equivalents (CO₂e). Under the chart, the carbon is put in relatable terms (a car&apos;s distance, phone charges), with their sources.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hover&lt;/b&gt; a bar or band for its numbers. &lt;b&gt;Click&lt;/b&gt; a device or group bar (or its label) to keep only those runs; Ctrl+click adds it to the selection or takes it out. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;énergie des exécutions du filtre circule de gauche à droite : de l&apos;&lt;b&gt;appareil&lt;/b&gt; (&lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU&lt;/b&gt;&lt;/span&gt; ou &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU&lt;/b&gt;&lt;/span&gt;) à travers le &lt;b&gt;groupe&lt;/b&gt; auquel appartiennent les exécutions (jeu de données, forme ou lot de balayage : choisir avec &lt;i&gt;Flux par&lt;/i&gt; ; les %1 plus grands groupes en énergie sont nommés, les autres sont réunis dans &lt;i&gt;autres&lt;/i&gt;) vers l&apos;&lt;b&gt;énergie au compteur&lt;/b&gt;, puis vers le &lt;b&gt;carbone&lt;/b&gt; et le &lt;b&gt;coût&lt;/b&gt;. La largeur de chaque bande et la hauteur de chaque barre sont proportionnelles à l&apos;énergie.&lt;/p&gt;&lt;p&gt;Le centre de données consomme plus que ce que mesurent les compteurs des nœuds de calcul (refroidissement, conversion électrique) : le &lt;b&gt;PUE&lt;/b&gt; (indicateur d&apos;efficacité énergétique, énergie du site / énergie informatique) ajoute cette part sous forme d&apos;une barre grise qui rejoint le flux avant le carbone. Carbone = kWh au compteur x PUE x &lt;b&gt;intensité carbone&lt;/b&gt; du réseau électrique (g par kWh) ; coût = kWh x PUE x prix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modifier les facteurs&lt;/b&gt; dans la ligne au-dessus du graphique : choisir une région (la moyenne mondiale, quelques préréglages à source propre, puis chaque pays par nom ; taper une partie de son nom ou son code ISO pour le trouver ; chaque préréglage indique sa source et son année sous le graphique), saisir votre propre intensité (la région devient &lt;i&gt;Personnalisée&lt;/i&gt;), un PUE et un prix par kWh avec sa devise. Tant que vous n&apos;avez pas fixé de prix, le coût utilise un prix par défaut de %2 USD par kWh (%3). Les préréglages de l&apos;EIA américaine et de l&apos;article BUTTER-E ne comptent que le CO₂ ; les autres, les équivalents CO₂ (CO₂e). Sous le graphique, le carbone est traduit en termes parlants (distance en voiture, recharges de téléphone), avec leurs sources.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Survoler&lt;/b&gt; une barre ou une bande pour voir ses chiffres. &lt;b&gt;Cliquer&lt;/b&gt; sur une barre d&apos;appareil ou de groupe (ou sur son libellé) pour ne garder que ces exécutions ; Ctrl+clic l&apos;ajoute à la sélection ou l&apos;en retire. Annuler revient sur une sélection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> g%1/kWh</source>
        <extracomment>Unit suffix of the intensity box; %1 is CO₂e or CO₂, as the factor counts</extracomment>
        <translation> g%1/kWh</translation>
    </message>
    <message>
        <source>Default price %1 %2 per kWh of facility energy (%3). Type your own price to use it; 0 goes back to the default.</source>
        <translation>Prix par défaut %1 %2 par kWh d&apos;énergie du site (%3). Saisissez votre propre prix pour l&apos;utiliser ; 0 revient au prix par défaut.</translation>
    </message>
    <message>
        <source>Your price per kWh of facility energy; 0 goes back to the default price.</source>
        <translation>Votre prix par kWh d&apos;énergie du site ; 0 revient au prix par défaut.</translation>
    </message>
    <message>
        <source>%1, and %2 at %3 per kWh (default price: %4).</source>
        <extracomment>%1 the carbon sentence, %2 cost, %3 default price per kWh, %4 its source</extracomment>
        <translation>%1, et %2 à %3 par kWh (prix par défaut : %4).</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>kinds of hardware</source>
        <translation>types de matériel</translation>
    </message>
    <message>
        <source>Runs that name no %1 cannot be selected in the filter.</source>
        <translation>Les exécutions sans %1 ne peuvent pas être sélectionnées dans le filtre.</translation>
    </message>
</context>
<context>
    <name>wattprint::SankeyWidget</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>jeux de données</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbone</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>other (%1 %2)</source>
        <translation>autres (%1 %2)</translation>
    </message>
    <message>
        <source>at the meter</source>
        <translation>au compteur</translation>
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
        <translation>Intensité carbone %1 (%2, %3). Source : %4.</translation>
    </message>
    <message>
        <source>Carbon intensity %1 (%2). Source: %3.</source>
        <translation>Intensité carbone %1 (%2). Source : %3.</translation>
    </message>
    <message>
        <source>PUE %1 (facility energy / IT energy). Source: %2. %3</source>
        <translation>PUE %1 (énergie du site / énergie informatique). Source : %2. %3</translation>
    </message>
    <message>
        <source>Electricity price %1 per kWh (your value).</source>
        <translation>Prix de l&apos;électricité %1 par kWh (votre valeur).</translation>
    </message>
    <message>
        <source>No electricity price set: enter one above to see the cost.</source>
        <translation>Aucun prix de l&apos;électricité défini : en saisir un ci-dessus pour voir le coût.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 is roughly as much as... %3.</source>
        <translation>%1 %2, c&apos;est à peu près autant que... %3.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Sources of the equivalents: %1.</source>
        <translation>Sources des équivalences : %1.</translation>
    </message>
    <message>
        <source>No energy to show.</source>
        <translation>Aucune énergie à afficher.</translation>
    </message>
    <message>
        <source>Other %1: %2</source>
        <translation>Autres %1 : %2</translation>
    </message>
    <message>
        <source>%1 at the meter (%2 of the energy), %3</source>
        <translation>%1 au compteur (%2 de l&apos;énergie), %3</translation>
    </message>
    <message>
        <source>%1 with the data centre&apos;s overhead (PUE %2)</source>
        <translation>%1 avec le surcoût du centre de données (PUE %2)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Click to select these runs; Ctrl+click to add them to the selection.</source>
        <translation>Cliquer pour sélectionner ces exécutions ; Ctrl+clic pour les ajouter à la sélection.</translation>
    </message>
    <message>
        <source>Energy at the meter: %1 (%2 kWh), %3</source>
        <translation>Énergie au compteur : %1 (%2 kWh), %3</translation>
    </message>
    <message>
        <source>%1 %2 with PUE %3</source>
        <translation>%1 %2 avec un PUE de %3</translation>
    </message>
    <message>
        <source>Data centre&apos;s overhead: %1 more than at the meter (PUE %2)</source>
        <translation>Surcoût du centre de données : %1 de plus qu&apos;au compteur (PUE %2)</translation>
    </message>
    <message>
        <source>%1 %2 = %3 kWh x PUE %4 x %5</source>
        <translation>%1 %2 = %3 kWh x PUE %4 x %5</translation>
    </message>
    <message>
        <source>%1 = %2 kWh x PUE %3 x %4 per kWh</source>
        <translation>%1 = %2 kWh x PUE %3 x %4 par kWh</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>autres %1</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>data centre&apos;s overhead</source>
        <translation>surcoût du centre de données</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <source> (%1 runs)</source>
        <translation> (%1 exécutions)</translation>
    </message>
    <message>
        <source>Electricity price %1 per kWh (default; source: %2).</source>
        <translation>Prix de l&apos;électricité %1 par kWh (par défaut ; source : %2).</translation>
    </message>
    <message>
        <source>Default price; source: %1</source>
        <translation>Prix par défaut ; source : %1</translation>
    </message>
    <message>
        <source>default: no data-centre overhead (PUE 1.0, as CodeCarbon)</source>
        <translation>par défaut : aucun surcoût de centre de données (PUE 1,0, comme CodeCarbon)</translation>
    </message>
    <message>
        <source>Distance by an average passenger car</source>
        <translation>Distance parcourue par une voiture particulière moyenne</translation>
    </message>
    <message>
        <source>Smartphone charges</source>
        <translation>Recharges de smartphone</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>recharges</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Runs that name no %1</source>
        <translation>Exécutions sans %1</translation>
    </message>
</context>
<context>
    <name>wattprint::SunburstView</name>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>runs of shape %1</source>
        <translation>exécutions de forme %1</translation>
    </message>
    <message>
        <source>runs on dataset %1</source>
        <translation>exécutions sur le jeu de données %1</translation>
    </message>
    <message>
        <source>Which branch of the design space holds most of the energy?</source>
        <translation>Quelle branche de l&apos;espace de conception concentre la plus grande part de l&apos;énergie ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The runs in the filter, split ring by ring: by default the inner ring is the &lt;b&gt;device&lt;/b&gt;, the next the network &lt;b&gt;shape&lt;/b&gt;, the outer one the &lt;b&gt;dataset&lt;/b&gt; (choose another order with &lt;i&gt;Rings&lt;/i&gt;). Each segment&apos;s angle is its share of its parent&apos;s total &lt;b&gt;energy&lt;/b&gt; (or of its &lt;b&gt;run count&lt;/b&gt;: &lt;i&gt;Size by&lt;/i&gt;), so the segments of each ring add up to the full circle, and a segment&apos;s children fill exactly its angle. Largest first, clockwise from 12 o&apos;clock.&lt;/p&gt;&lt;p&gt;Devices and shapes keep the colours they have in the other views; a level without a colour of its own (datasets, unless they form the inner ring) takes a lighter tone of its parent. Names are written on a segment only where they fit; hover any segment for its name, value, share of the total and share of its parent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zoom&lt;/b&gt;: click a segment to make it the centre (it then fills the full circle); click the centre or a name in the bar above the chart to go back. &lt;b&gt;Select&lt;/b&gt;: the &lt;i&gt;Select these runs&lt;/i&gt; button puts the branch in the centre into the filter (for example device GPU and shape rectangle); right-click any segment to select its branch directly. Undo takes a selection back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les exécutions du filtre, réparties anneau par anneau : par défaut, l&apos;anneau intérieur est l&apos;&lt;b&gt;appareil&lt;/b&gt;, le suivant la &lt;b&gt;forme&lt;/b&gt; du réseau, l&apos;extérieur le &lt;b&gt;jeu de données&lt;/b&gt; (choisir un autre ordre avec &lt;i&gt;Anneaux&lt;/i&gt;). L&apos;angle de chaque segment est sa part de l&apos;&lt;b&gt;énergie&lt;/b&gt; totale de son parent (ou de son &lt;b&gt;nombre d&apos;exécutions&lt;/b&gt; : &lt;i&gt;Taille selon&lt;/i&gt;), si bien que les segments de chaque anneau forment le cercle complet et que les enfants d&apos;un segment remplissent exactement son angle. Les plus grands d&apos;abord, dans le sens horaire à partir de midi.&lt;/p&gt;&lt;p&gt;Les appareils et les formes gardent les couleurs qu&apos;ils ont dans les autres vues ; un niveau sans couleur propre (les jeux de données, sauf s&apos;ils forment l&apos;anneau intérieur) prend un ton plus clair de son parent. Les noms ne sont écrits sur un segment que s&apos;ils y tiennent ; survoler un segment pour voir son nom, sa valeur, sa part du total et sa part de son parent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zoom&lt;/b&gt; : cliquer sur un segment pour en faire le centre (il remplit alors le cercle complet) ; cliquer sur le centre ou sur un nom dans la barre au-dessus du graphique pour revenir en arrière. &lt;b&gt;Sélectionner&lt;/b&gt; : le bouton &lt;i&gt;Sélectionner ces exécutions&lt;/i&gt; place la branche du centre dans le filtre (par exemple l&apos;appareil GPU et la forme rectangle) ; cliquer avec le bouton droit sur un segment pour sélectionner directement sa branche. Annuler revient sur une sélection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>%1 › %2 › %3</source>
        <translation>%1 › %2 › %3</translation>
    </message>
    <message>
        <source>None of the %1 in the filter has a measured energy.</source>
        <translation>Aucun élément parmi les %1 du filtre n&apos;a d&apos;énergie mesurée.</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Aucune exécution ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The runs in the filter used no measured energy.</source>
        <translation>Les exécutions du filtre n&apos;ont consommé aucune énergie mesurée.</translation>
    </message>
    <message>
        <source>All runs in the filter are %1</source>
        <translation>Toutes les exécutions du filtre sont %1</translation>
    </message>
    <message>
        <source>%1 use %2 of the energy</source>
        <translation>%1 consomment %2 de l&apos;énergie</translation>
    </message>
    <message>
        <source>%1 make up %2 of the runs</source>
        <translation>%1 représentent %2 des exécutions</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; all of them are %2.</source>
        <translation>%1 ; toutes sont %2.</translation>
    </message>
    <message>
        <source>%1; within them, %2 use the most (%3 of the total, %4 of theirs).</source>
        <translation>%1 ; parmi elles, %2 consomment le plus (%3 du total, %4 de leur énergie).</translation>
    </message>
    <message>
        <source>%1; within them, %2 are the most numerous (%3 of all runs, %4 of theirs).</source>
        <translation>%1 ; parmi elles, %2 sont les plus nombreuses (%3 de toutes les exécutions, %4 des leurs).</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>Left out: %1 without a measured energy.</source>
        <translation>Non pris en compte : %1 sans énergie mesurée.</translation>
    </message>
    <message>
        <source>Rings:</source>
        <translation>Anneaux :</translation>
    </message>
    <message>
        <source>Size by:</source>
        <translation>Taille selon :</translation>
    </message>
    <message>
        <source>Ring order</source>
        <translation>Ordre des anneaux</translation>
    </message>
    <message>
        <source>The levels from the centre outwards</source>
        <translation>Les niveaux, du centre vers l&apos;extérieur</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Run count</source>
        <translation>Nombre d&apos;exécutions</translation>
    </message>
    <message>
        <source>Size segments by</source>
        <translation>Taille des segments selon</translation>
    </message>
    <message>
        <source>Segment angles by total energy or by number of runs</source>
        <translation>Angles des segments selon l&apos;énergie totale ou le nombre d&apos;exécutions</translation>
    </message>
    <message>
        <source>Energy by device, shape and dataset</source>
        <translation>Énergie par appareil, forme et jeu de données</translation>
    </message>
    <message>
        <source>runs without a shape (other tools&apos; runs)</source>
        <translation>des exécutions sans forme (celles d’autres outils)</translation>
    </message>
    <message>
        <source>runs without a dataset (other tools&apos; runs)</source>
        <translation>des exécutions sans jeu de données (celles d’autres outils)</translation>
    </message>
    <message>
        <source>Runs without a shape or dataset cannot be selected in the filter; the Source filter selects them by tool.</source>
        <translation>Les exécutions sans forme ni jeu de données ne peuvent pas être sélectionnées dans le filtre ; le filtre Source les sélectionne par outil.</translation>
    </message>
</context>
<context>
    <name>wattprint::SunburstWidget</name>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>Select these runs</source>
        <translation>Sélectionner ces exécutions</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>%1 of all</source>
        <translation>%1 de l&apos;ensemble</translation>
    </message>
    <message>
        <source>Lighter: a level without a colour of its own</source>
        <translation>Plus clair : un niveau sans couleur propre</translation>
    </message>
    <message>
        <source>Click a segment to zoom in, the centre to go back; right-click or &quot;Select these runs&quot; to filter.</source>
        <translation>Cliquer sur un segment pour zoomer, sur le centre pour revenir ; clic droit ou « Sélectionner ces exécutions » pour filtrer.</translation>
    </message>
    <message>
        <source>%1 of the total</source>
        <translation>%1 du total</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Right-click to select these runs.</source>
        <translation>Clic droit pour sélectionner ces exécutions.</translation>
    </message>
    <message>
        <source>Click to zoom in; right-click to select these runs.</source>
        <translation>Cliquer pour zoomer ; clic droit pour sélectionner ces exécutions.</translation>
    </message>
    <message>
        <source>Select these runs (%1)</source>
        <translation>Sélectionner ces exécutions (%1)</translation>
    </message>
    <message>
        <source>Zoom into %1</source>
        <translation>Zoomer sur %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Click to go back to %1</source>
        <translation>Cliquer pour revenir à %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>wattprint::ViewPanel</name>
    <message>
        <source>No data to analyse: open or import a store first.</source>
        <translation>Aucune donnée à analyser : ouvrir ou importer d&apos;abord une base.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Résolution PNG</translation>
    </message>
    <message>
        <source>Resolution in dots per inch:</source>
        <translation>Résolution en points par pouce :</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>L&apos;analyse a échoué : %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>How to read</source>
        <translation>Mode de lecture</translation>
    </message>
    <message>
        <source>How to read this chart</source>
        <translation>Comment lire ce graphique</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Export this view as PNG, SVG or PDF</source>
        <translation>Exporter cette vue en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy this view to the clipboard as an image</source>
        <translation>Copier cette vue dans le presse-papiers sous forme d&apos;image</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <source>Print this view, with a preview</source>
        <translation>Imprimer cette vue, avec un aperçu</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show all the data again</source>
        <translation>Afficher à nouveau toutes les données</translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation>Outils de %1</translation>
    </message>
    <message>
        <source>Analysis running</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data (synthetic, modelled on BUTTER-E)&lt;/b&gt;: these runs are made up by Wattprint&apos;s generator, not measured.</source>
        <translation>&lt;b&gt;Données de démonstration (synthétiques, calquées sur BUTTER-E)&lt;/b&gt; : ces exécutions sont inventées par le générateur de Wattprint, non mesurées.</translation>
    </message>
    <message>
        <source>this view</source>
        <translation>cette vue</translation>
    </message>
    <message>
        <source>Runs failing a quality check, left out of %1: %2.</source>
        <translation>Exécutions qui échouent à un contrôle de qualité, écartées (%1) : %2.</translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>Les inclure</translation>
    </message>
    <message>
        <source>Runs failing a quality check, included in %1: %2.</source>
        <translation>Exécutions qui échouent à un contrôle de qualité, incluses (%1) : %2.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les écarter</translation>
    </message>
    <message>
        <source>The quality checks are listed in the runs table&apos;s Quality column and in each run&apos;s details.</source>
        <translation>Les contrôles de qualité figurent dans la colonne Qualité du tableau des exécutions et dans le détail de chaque exécution.</translation>
    </message>
    <message>
        <source>Runs failing a quality check</source>
        <translation>Exécutions qui échouent à un contrôle de qualité</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data (synthetic, modelled on BUTTER-E)&lt;/b&gt; beside imported runs: the demo&apos;s runs are made up by Wattprint&apos;s generator, not measured. File &amp;gt; Remove demo data keeps only yours.</source>
        <translation>&lt;b&gt;Données de démonstration (synthétiques, sur le modèle de BUTTER-E)&lt;/b&gt; à côté d’exécutions importées : celles de la démo sont inventées par le générateur de Wattprint, pas mesurées. Fichier &amp;gt; Supprimer les données de démonstration ne garde que les vôtres.</translation>
    </message>
    <message>
        <source>another tool</source>
        <translation>un autre outil</translation>
    </message>
    <message>
        <source>This view compares BUTTER-E configurations (dataset, shape, size and depth), and none of the %1 runs in the filter has one: they come from %2. The distribution, compare, anomaly, carbon flow and sunburst views and the runs table show them; the overhead view splits their energy into CPU, GPU and RAM and the leaderboard ranks them by project or hardware.</source>
        <translation>Cette vue compare des configurations BUTTER-E (jeu de données, forme, taille et profondeur), et aucune des %1 exécutions du filtre n’en a : elles viennent de %2. Les vues distribution, comparaison, anomalies, flux carbone et sunburst ainsi que le tableau des exécutions les montrent ; la vue du surcoût répartit leur énergie entre CPU, GPU et RAM et le classement les range par projet ou matériel.</translation>
    </message>
    <message>
        <source>This view compares BUTTER-E configurations (dataset, shape, size and depth), and none of the %1 runs in the filter has one: they come from %2. %3</source>
        <translation>Cette vue compare des configurations BUTTER-E (jeu de données, forme, taille et profondeur), et aucune des %1 exécutions du filtre n’en a : elles viennent de %2. %3</translation>
    </message>
    <message>
        <source>Runs from %1 have no dataset, shape, size or depth, which this view needs: %2 left out. The distribution, compare, anomaly, carbon flow and sunburst views show them; the overhead view splits their energy into CPU, GPU and RAM and the leaderboard ranks them by project or hardware.</source>
        <translation>Les exécutions de %1 n’ont ni jeu de données, ni forme, taille ou profondeur, dont cette vue a besoin : %2 laissées de côté. Les vues distribution, comparaison, anomalies, flux carbone et sunburst les montrent ; la vue du surcoût répartit leur énergie entre CPU, GPU et RAM et le classement les range par projet ou matériel.</translation>
    </message>
    <message>
        <source>Runs from %1 have no dataset, shape, size or depth, which this view needs: %2 left out. %3</source>
        <translation>Les exécutions de %1 n’ont ni jeu de données, ni forme, taille ou profondeur, dont cette vue a besoin : %2 laissées de côté. %3</translation>
    </message>
</context>
<context>
    <name>wattprint::ViewTable</name>
    <message>
        <source>Energy distribution by hardware</source>
        <translation>Distribution de l&apos;énergie par matériel</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Efficiency patterns (parallel coordinates)</source>
        <translation>Profils d&apos;efficacité (coordonnées parallèles)</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallèles</translation>
    </message>
    <message>
        <source>Comparative configuration analysis</source>
        <translation>Analyse comparative des configurations</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Energy anomaly detection timeline</source>
        <translation>Chronologie de détection des anomalies d&apos;énergie</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Training-strategy Pareto frontier</source>
        <translation>Front de Pareto des stratégies d&apos;entraînement</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Energy overhead analysis</source>
        <translation>Analyse du surcoût énergétique</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Memory hierarchy and cache-spill effect</source>
        <translation>Hiérarchie mémoire et effet de débordement de cache</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Energy vs depth small multiples</source>
        <translation>Petits multiples de l&apos;énergie selon la profondeur</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Carbon impact flow</source>
        <translation>Flux d&apos;impact carbone</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbone</translation>
    </message>
    <message>
        <source>Architecture evolution timeline</source>
        <translation>Chronologie de l&apos;évolution des architectures</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Energy signatures (radar)</source>
        <translation>Signatures énergétiques (radar)</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Hierarchical energy breakdown</source>
        <translation>Répartition hiérarchique de l&apos;énergie</translation>
    </message>
    <message>
        <source>Sunburst</source>
        <translation>Sunburst</translation>
    </message>
    <message>
        <source>Configuration leaderboard</source>
        <translation>Classement des configurations</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Overhead vs non-overhead, batchwise</source>
        <translation>Surcoût et hors surcoût, par lot</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Anomaly-score timeline with thresholds</source>
        <translation>Chronologie des scores d&apos;anomalie avec seuils</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>What if: plan a training run</source>
        <translation>Et si : prévoir un entraînement</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Et-si</translation>
    </message>
</context>
<context>
    <name>wattprint::WhatIfView</name>
    <message>
        <source>If we train this network on that hardware, what will it cost?</source>
        <translation>Si nous entraînons ce réseau sur ce matériel, combien cela coûtera-t-il ?</translation>
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
        <translation>Aucune prédiction sur %1 : %2.</translation>
    </message>
    <message>
        <source>%1 interval %2</source>
        <translation>intervalle à %1 : %2</translation>
    </message>
    <message>
        <source>On %1 this plan would use about %2 (%3)</source>
        <translation>Sur %1, ce plan consommerait environ %2 (%3)</translation>
    </message>
    <message>
        <source>; on %1 about %2</source>
        <translation> ; sur %1 environ %2</translation>
    </message>
    <message>
        <source>It extrapolates beyond the measured runs, so the interval is wider.</source>
        <translation>Il extrapole au-delà des exécutions mesurées, l&apos;intervalle est donc plus large.</translation>
    </message>
    <message>
        <source>Fitting the model on the runs in the filter…</source>
        <translation>Ajustement du modèle sur les exécutions du filtre…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No prediction on this device:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Aucune prédiction sur cet appareil :&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Extrapolates:&lt;/b&gt; %1; the interval is widened.</source>
        <translation>&lt;b&gt;Extrapole :&lt;/b&gt; %1 ; l&apos;intervalle est élargi.</translation>
    </message>
    <message>
        <source>At this size the %1 uses less energy.</source>
        <translation>À cette taille, le %1 consomme moins d&apos;énergie.</translation>
    </message>
    <message>
        <source>The %1 becomes cheaper from %2 parameters up.</source>
        <translation>Le %1 devient moins cher à partir de %2 paramètres.</translation>
    </message>
    <message>
        <source>The %1 is cheaper at %2 parameters and below.</source>
        <translation>Le %1 est moins cher à %2 paramètres et en dessous.</translation>
    </message>
    <message>
        <source>It stays cheaper at every size measured.</source>
        <translation>Il reste moins cher à toutes les tailles mesurées.</translation>
    </message>
    <message>
        <source>Model: fitted on %1 passing every quality check; interval from %2 configurations predicted out of fold (median error a factor %3).</source>
        <translation>Modèle : ajusté sur %1 passant tous les contrôles de qualité ; intervalle tiré de %2 configurations prédites hors pli (erreur médiane d&apos;un facteur %3).</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Forme :</translation>
    </message>
    <message>
        <source>Size (parameters):</source>
        <translation>Taille (paramètres) :</translation>
    </message>
    <message>
        <source>Depth (layers):</source>
        <translation>Profondeur (couches) :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Époques :</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille de lot :</translation>
    </message>
    <message>
        <source>CPU %1% interval</source>
        <translation>CPU intervalle à %1 %</translation>
    </message>
    <message>
        <source>GPU %1% interval</source>
        <translation>GPU intervalle à %1 %</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbone</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Predicted energy, run time, power, carbon and cost on CPU and GPU</source>
        <translation>Énergie, durée, puissance, carbone et coût prédits sur CPU et GPU</translation>
    </message>
    <message>
        <source>Nearest measured configurations on the planned device (runs passing every quality check)</source>
        <translation>Configurations mesurées les plus proches sur l&apos;appareil prévu (exécutions passant tous les contrôles de qualité)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Median energy</source>
        <translation>Énergie médiane</translation>
    </message>
    <message>
        <source>Median run time</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Measured configurations nearest to the plan</source>
        <translation>Configurations mesurées les plus proches du plan</translation>
    </message>
    <message>
        <source>The range of the nearest measured configurations&apos; powers, not a 90% interval</source>
        <translation>L’étendue des puissances des configurations mesurées les plus proches, pas un intervalle à 90 %</translation>
    </message>
    <message>
        <source>Power is the median power of the nearest measured configurations, and its range is theirs (not a 90% interval); run time is energy ÷ power, its range combining the two.</source>
        <translation>La puissance est la médiane de celles des configurations mesurées les plus proches, et son étendue est la leur (pas un intervalle à 90 %) ; la durée est énergie ÷ puissance, son étendue combinant les deux.</translation>
    </message>
    <message>
        <source>Pinned to the Compare view, beside the measured groups.</source>
        <translation>Épinglé dans la vue Comparaison, à côté des groupes mesurés.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>BUTTER-E dataset</source>
        <translation>Jeu de données BUTTER-E</translation>
    </message>
    <message>
        <source>My own dataset</source>
        <translation>Mon propre jeu de données</translation>
    </message>
    <message>
        <source>One of the sweep&apos;s datasets, or a dataset of your own described by its size</source>
        <translation>Un des jeux de données du balayage, ou le vôtre décrit par sa taille</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>Rows of your dataset, training and test together; 80% of them train</source>
        <translation>Lignes de votre jeu de données, entraînement et test ensemble ; 80 % servent à l&apos;entraînement</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Inputs of the network: the features of one example</source>
        <translation>Entrées du réseau : les caractéristiques d&apos;un exemple</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Sorties :</translation>
    </message>
    <message>
        <source>Outputs of the network: 1 for a regression or two classes</source>
        <translation>Sorties du réseau : 1 pour une régression ou deux classes</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Pin this plan and its prediction to the Compare view, beside the measured groups</source>
        <translation>Épingler ce plan et sa prédiction dans la vue Comparaison, à côté des groupes mesurés</translation>
    </message>
    <message>
        <source>Add the plan to the Compare view</source>
        <translation>Ajouter le plan à la vue Comparaison</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a planned network on the left: one of the sweep&apos;s datasets or a dataset of your own (its examples, inputs and outputs), its shape, size (parameters) and depth (layers), the device, the epochs and the batch size. The table predicts its &lt;b&gt;energy&lt;/b&gt;, &lt;b&gt;run time&lt;/b&gt;, average &lt;b&gt;power&lt;/b&gt;, &lt;b&gt;carbon&lt;/b&gt; and &lt;b&gt;cost&lt;/b&gt; on both devices, each with an interval.&lt;/p&gt;&lt;p&gt;The energy comes from the energy model fitted on the runs in the filter that pass every quality check (the same model that gives every run its expected energy). Its &lt;b&gt;interval&lt;/b&gt; is taken from the model&apos;s own errors on configurations it did not see: each configuration was predicted by the model fitted without it, and 90% of those predictions fell within the interval&apos;s factors. It is an interval for the typical (median) run of the configuration, not for a single run. Carbon and cost follow the energy with the factors of the Preferences.&lt;/p&gt;&lt;p&gt;Power is the median of the nearest measured configurations (its range is theirs), and run time is energy divided by power, so its interval also holds the power&apos;s spread.&lt;/p&gt;&lt;p&gt;When the plan leaves what the runs measured (a size or depth outside the sweep, a dataset or shape without runs on the device, another batch size), the note below the table says so and the interval is &lt;b&gt;widened&lt;/b&gt;; far beyond the sweep, or with a shape the model does not know, there is no prediction at all, never a number without its interval.&lt;/p&gt;&lt;p&gt;The note also says which device uses less energy at this size and at which size the other becomes cheaper. The table at the bottom lists the measured configurations nearest to the plan (same dataset and shape first), with their median energy and run time and what the model predicts for them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Add to compare&lt;/b&gt; pins the plan and its prediction to the Compare view, beside the measured groups there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez à gauche un réseau prévu : l&apos;un des jeux de données du balayage ou le vôtre (ses exemples, entrées et sorties), sa forme, sa taille (paramètres) et sa profondeur (couches), l&apos;appareil, les époques et la taille de lot. Le tableau prédit son &lt;b&gt;énergie&lt;/b&gt;, sa &lt;b&gt;durée&lt;/b&gt;, sa &lt;b&gt;puissance&lt;/b&gt; moyenne, son &lt;b&gt;carbone&lt;/b&gt; et son &lt;b&gt;coût&lt;/b&gt; sur les deux appareils, chacun avec un intervalle.&lt;/p&gt;&lt;p&gt;L&apos;énergie vient du modèle énergétique ajusté sur les exécutions du filtre qui passent tous les contrôles de qualité (le même modèle qui donne à chaque exécution son énergie attendue). Son &lt;b&gt;intervalle&lt;/b&gt; vient des propres erreurs du modèle sur des configurations qu&apos;il n&apos;a pas vues : chaque configuration a été prédite par le modèle ajusté sans elle, et 90 % de ces prédictions sont tombées dans les facteurs de l&apos;intervalle. C&apos;est un intervalle pour l&apos;exécution typique (médiane) de la configuration, pas pour une exécution isolée. Le carbone et le coût suivent l&apos;énergie avec les facteurs des Préférences.&lt;/p&gt;&lt;p&gt;La puissance est la médiane des configurations mesurées les plus proches (sa plage est la leur), et la durée est l&apos;énergie divisée par la puissance, si bien que son intervalle inclut aussi la dispersion de la puissance.&lt;/p&gt;&lt;p&gt;Quand le plan sort de ce que les exécutions ont mesuré (une taille ou une profondeur hors du balayage, un jeu de données ou une forme sans exécution sur l&apos;appareil, une autre taille de lot), la note sous le tableau le dit et l&apos;intervalle est &lt;b&gt;élargi&lt;/b&gt; ; loin au-delà du balayage, ou avec une forme que le modèle ne connaît pas, il n&apos;y a aucune prédiction, jamais un nombre sans son intervalle.&lt;/p&gt;&lt;p&gt;La note indique aussi quel appareil consomme le moins d&apos;énergie à cette taille et à partir de quelle taille l&apos;autre devient moins cher. Le tableau du bas liste les configurations mesurées les plus proches du plan (même jeu de données et même forme d&apos;abord), avec leur énergie et leur durée médianes et ce que le modèle prédit pour elles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ajouter à la comparaison&lt;/b&gt; épingle le plan et sa prédiction dans la vue Comparaison, à côté des groupes mesurés.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
