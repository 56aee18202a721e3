<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnalysisCommands</name>
    <message>
        <source>unexpected argument &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a finite number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a positive whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number &gt;= %3, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file (an existing Wattprint store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs matching FILTER, e.g. dataset=529_pollen,device=cpu (keys: dataset, shape, size, depth, device, node_type, batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --db PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the 13 BUTTER datasets (e.g. 201_pol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network shape (rectangle, trapezoid, exponential, wide_first_2x, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of layers (&gt;= 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target parameter count of BUTTER&apos;s width search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this device&apos;s working sets: cpu or gpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit layer widths, output layer last: A,B,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input width (with --widths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free parameters (with --widths; counted if omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset rows, 80% of which train (with --widths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label floats per datum (with --widths; default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derives a network&apos;s widths, FLOPs and cache working sets as NREL&apos;s energy model does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derive needs either --dataset D --shape S --depth N --size N, or --widths A,B,... --inputs N --observations N (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --widths, not --dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derive --dataset also needs --shape, --depth and --size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--depth %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --dataset, not --widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derive --widths also needs --inputs and --observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--widths must be positive whole numbers separated by commas, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy measured at the node (J).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid preset: %1 (default world).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon intensity instead of a preset (g CO2e per kWh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G_PER_KWH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power usage effectiveness of the facility (&gt;= 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity price per kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PER_KWH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the price&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the grid presets with their sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns joules into kWh, CO2e and cost, with the factors&apos; sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carbon needs --joules J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of side A (the baseline), e.g. dataset=529_pollen,device=cpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of side B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default energy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares one metric between two sets of runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare needs --a FILTER and --b FILTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side %1 (%2) has %3 runs with a %4 value; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch&apos;s t-test on log10 values p &lt; alpha and the 95% bootstrap interval of the percent change excludes 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zscore, robust (median/MAD), iqr (Tukey fences) or iforest (Isolation Forest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag |score| above T (defaults: zscore 3, robust 3.5, iqr 0, iforest 0.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config (detect within each configuration, default) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation Forest seed (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags runs whose energy is unusual for their configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies needs --method zscore|robust|iqr|iforest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be zscore, robust, iqr or iforest, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group must be config or none, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look up the run ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in %2 configurations with fewer than %3 runs were not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric on x, minimised: %1 (default run_time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric on y, minimised (default energy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (every run, default) or config (one point per configuration median).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the runs (or configurations) no other beats on both metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group must be none or config, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by the median of %1 (default energy_per_datum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ranks &lt;= N within each dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV with a header instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks configurations within their dataset (1 = lowest median) with a 1-5 efficiency band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 configurations have no %2 value and are not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least_squares (default) or non_negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits energy per datum to FLOPs and cache-level bytes per device, one row per configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be least_squares or non_negative, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configuration can be fitted: %1 configurations, none of a known dataset and shape with an energy per datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 of %2 configurations the model does not know or cannot fit (unknown dataset %3, unknown shape %4, no energy per datum %5, not derivable %6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>loading the runs was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data to analyse: open or import a store first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty analysis job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysis failed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyGroupChoice</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset, size and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within their configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within their dataset, size and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within their dataset and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within their device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among all runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its configuration&apos;s median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median of its dataset, size and device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median of its dataset and device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median of its device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median of all runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset, size and device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset and device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyScoreView</name>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyTimelineView</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|z| &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|robust z| &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukey fences at %1 IQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Isolation Forest score &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 parameters, depth %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of runs to generate (default 63527).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 20221001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the runs as runs_with_standardized_energy.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a store filled with synthetic demo data modelled on BUTTER-E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --db PATH and/or --csv PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 synthetic runs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows stored in %3 ms (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows and report each rejected line, instead of failing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs_with_standardized_energy.csv(.zip), butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports BUTTER-E files into a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --db PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more rejected rows (all are recorded in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarises the runs in a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary needs --db PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1 (%2 configurations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total energy: %1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wattprint [--db PATH]            open the app
       wattprint &lt;command&gt; [options]    run headless

Commands: %1
Run &apos;wattprint &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>&apos;%1&apos; is not key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is not a whole number or a range lo..hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device must be cpu or gpu, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 is not a range lo..hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter key &apos;%1&apos; (use dataset, shape, size, depth, device, node_type, batch, or a range such as energy=1e4..1e5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: this is a binary file, not CSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a BUTTER-E file: its header (%2) matches none of runs, power trace, node_sinfo or node_power_dist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing required column(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: the row has %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a boolean (expected True/False, true/false, 1/0 or t/f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a power trace must be named &lt;slurm_job_id&gt;.csv; cannot tell the job from &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone America/Denver is not available on this system (install tzdata); power traces cannot be converted to UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows imported, %3 rejected, %4 already present (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the zip archive (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip archive holds no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: cannot unpack (error %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database refused the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommands</name>
    <message>
        <source>Renders one view to PNG, SVG or PDF without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View id (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (default 1200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels (default 800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution (default 96).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. dataset=529_pollen,device=cpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the view ids, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (see wattprint render --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers from 200x150 to 10000x10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 48 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view did not finish within 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lays out the main window offscreen and writes it as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named layout to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot needs --db and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1600x1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the views did not finish within 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Wattprint database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Wattprint database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Wattprint (schema %2; this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one made by Wattprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLoader</name>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>B uses %1% less energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B uses %1% more energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B uses %1% less non-overhead energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B uses %1% more non-overhead energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B uses %1% less energy per datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B uses %1% more energy per datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B draws %1% less power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B draws %1% more power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B takes %1% less time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B takes %1% more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B is %1% lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B is %1% higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No percent change: the median of A is %1, not above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% CI %2-%3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% CI from %2% less to %3% more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant at alpha = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significant at alpha = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SQLite database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyScoreView</name>
    <message>
        <source>Anomaly-score timeline with thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this run flagged: run time or power?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one run at the time it started (UTC). Its height is its &lt;b&gt;anomaly score&lt;/b&gt;: how many standard deviations its energy (on a log scale) lies from the mean of its group (chooser). The shaded bands start at 2 and 3 standard deviations (&amp;sigma;); runs beyond the threshold are flagged.&lt;/p&gt;&lt;p&gt;Energy is power times run time, so a run&apos;s log energy deviation is exactly its log run-time deviation plus its log power deviation. Each flagged run is coloured by the larger of the two: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;blue when its run time&lt;/b&gt;&lt;/span&gt; moved its energy most (a slow or stalled run), &lt;span style=&apos;color:#e69f00&apos;&gt;&lt;b&gt;orange when its power&lt;/b&gt;&lt;/span&gt; did (a busier node, or a meter drop-out when energy is low). Hover over a run to read the split, for example &amp;ldquo;energy 4.2 &amp;sigma; high: run time +4.0 &amp;sigma;, power +0.3 &amp;sigma;&amp;rdquo; (both parts in standard deviations of log energy, so they add up).&lt;/p&gt;&lt;p&gt;Groups need at least 5 runs; smaller groups are not scored or drawn. In a group of n runs the score cannot exceed (n&amp;minus;1)/&amp;radic;n (1.8 for 5 runs, 2.8 for 10), so the default groups runs by dataset, size and device, as NREL grouped them for its own run-time filter.&lt;/p&gt;&lt;p&gt;Drag a rectangle (or click a run) to put those runs into the filter; switch off &lt;i&gt;Select by dragging&lt;/i&gt; to pan along time instead. Scroll to zoom.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy %1 %2 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy %1 %2 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run time %2 %3, power %4 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run time %1 and power %2 the group&apos;s typical (geometric mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged, driven mainly by run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged, driven mainly by power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 UTC; energy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 run in %1 with fewer than %2 runs was not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 runs in %2 with fewer than %3 runs were not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy beyond %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is flagged (%1) among the %2 runs scored%3; with at most %4 runs in a group no score can pass %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is flagged (%1) among the %2 runs scored%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of them above their group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of them below their group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above and %2 below their group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one flagged run (%1, %2 its group) is driven mainly by %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the %1 flagged runs (%2; %3), %4 are driven mainly by run time and %5 by power%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flagged of %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged, driven by run time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged, driven by power (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a positive energy and run time are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No run could be scored: groups need at least %1 runs.
Choose a coarser grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly score: z of log energy in its group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly scores of runs over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag beyond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs a run is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far from its group&apos;s mean a run&apos;s energy must be to be flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the flagged runs in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, dragging selects runs into the filter; when off it pans along time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) with scores %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyTimelineView</name>
    <message>
        <source>Energy anomaly detection timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs spent energy they should not have, and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one run, placed at the time it started (UTC) and at the energy it used (logarithmic scale), or, with &lt;i&gt;Energy ÷ configuration median&lt;/i&gt;, at its energy divided by the median of the runs of the same configuration (dataset, shape, size, depth and device): 1&amp;times; is a typical run, 5&amp;times; used five times the energy.&lt;/p&gt;&lt;p&gt;A detector compares each run with the other runs of its &lt;b&gt;group&lt;/b&gt; (chooser): &lt;b&gt;z-score&lt;/b&gt; (distance from the mean in standard deviations of log energy), &lt;b&gt;robust z&lt;/b&gt; (from the median, in scaled median absolute deviations; one wild run cannot hide itself), &lt;b&gt;IQR&lt;/b&gt; (beyond Tukey&apos;s fences Q1 &amp;minus; k&amp;middot;IQR and Q3 + k&amp;middot;IQR) or &lt;b&gt;Isolation Forest&lt;/b&gt; (how quickly random splits of log energy, run time and power isolate the run; 0.5 is ordinary, near 1 is odd). Runs beyond the threshold (slider) are drawn &lt;span style=&apos;color:#d7191c&apos;&gt;&lt;b&gt;large and red&lt;/b&gt;&lt;/span&gt; and counted.&lt;/p&gt;&lt;p&gt;Groups need at least 5 runs; runs in smaller groups are drawn grey and not scored. Most configurations of the sweep have only one or two runs, so try a coarser grouping (for example dataset, size and device, the grouping NREL used for its own run-time filter). With the plain z-score a group of n runs cannot reach more than (n&amp;minus;1)/&amp;radic;n, so small groups rarely pass 3.&lt;/p&gt;&lt;p&gt;Drag to pan along time, scroll to zoom. Click a run to see its configuration, node, job and its watt-meter trace. Hold Shift (or switch on &lt;i&gt;Select by dragging&lt;/i&gt;) and drag a rectangle to put those runs into the filter; &lt;i&gt;Filter to anomalies&lt;/i&gt; keeps only the flagged runs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust z (median, MAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQR (Tukey fences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive energy to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs could be scored: all their %2 have fewer than %3 runs; choose a coarser grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 run in %1 with fewer than %2 runs could not be scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 runs in %2 with fewer than %3 runs could not be scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs is flagged by %2 %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 spike over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dip to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of %1 runs (%2%) is flagged by %3 %4%5: %6 on %7 (%8, %9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs (%3%) are flagged by %4 %5%6; the largest is %7 on %8 (%9, %10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag |z| above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag |robust z| above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fences at k × IQR, k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag score above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flagged of %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs are in %3 with fewer than %4 runs, too few to score: they are drawn grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs of groups under 64 runs were scored by one forest of all runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a positive value are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU runs (%1 scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU runs (%1 scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: group under %1 runs (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy ÷ median of its configuration (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per run (J, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs over time with flagged energy anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy ÷ configuration median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a run is compared with the other runs of its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs a run is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the vertical axis shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the flagged runs in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, dragging on the chart selects runs into the filter; when off it pans (Shift+drag always selects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watt-meter trace of the run&apos;s job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) started %1 to %2 UTC</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1 UTC; energy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the median of its configuration (%2 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: its group has fewer than %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for its details and watt-meter trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details and traces are not available here (no store is connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration:&lt;/b&gt; %1, %2, %3 parameters, depth %4, %5 (batch %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Node:&lt;/b&gt; %1 (%2), &lt;b&gt;SLURM job&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ran&lt;/b&gt; %1 to %2 UTC (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy:&lt;/b&gt; %1 at %2 W on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the median of its configuration&apos;s %2 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &lt;b style=&apos;color:#d7191c&apos;&gt;flagged&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored (its group has fewer than %1 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the run&apos;s details and trace...&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;This run is no longer in the store.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No trace stored for this job.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace: %1 samples of node power over the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy from the trace over the run: %1 (stored: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node power (1-minute samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle power of the node (%1 W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s average power (%1 W)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::ArchitectureView</name>
    <message>
        <source>Architecture evolution timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which shapes win at shallow depth, and which at deep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Each coloured line is one network shape. Across: the network&apos;s depth (layers, counting the output layer). Up: the median energy per training datum of that shape&apos;s runs at that depth, on a logarithmic scale (every step of ten times takes the same height). Lower is more efficient.&lt;/p&gt;&lt;p&gt;A black ring marks the shape with the lowest median at each depth, and the strip under the chart names it; neighbouring depths won by the same shape share one cell. BUTTER labels every depth-2 network &lt;i&gt;rectangle&lt;/i&gt; (at depth 2 all shapes are the same), so depth 2 has only one contender.&lt;/p&gt;&lt;p&gt;Hover over a point or a strip cell for its values. Click a line, a legend entry or a strip cell to keep only that shape (Ctrl+Z undoes it).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depths %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive energy per datum to show on a log axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 runs match the filter, so there is no other shape to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has runs at depth %2, so there is no other shape to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At depth %1, %2 has the lowest median energy per datum (%3, against %4 for %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No depth in the filter has runs of two shapes or more, so no shape can be compared with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is most efficient at depth %2, the only depth where shapes can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is most efficient at every depth from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is most efficient at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and again at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 other shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; the lead changes hands %3 times in all, with %4 in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative energy per datum are left out: a log axis cannot show them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Median energy per datum against depth, one line per shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (layers, counting the output layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median energy per datum (J, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest at this depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth %1: %2 is the only shape with runs (median %3 per datum, n = %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth %1: %2 has the lowest median energy per datum, %3 (n = %4), of %5 shapes; next is %6 at %7 (%8 more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, depth %2: median %3 per datum, middle half %4 to %5 (n = %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the lowest at this depth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::BatchOverheadView</name>
    <message>
        <source>Overhead vs non-overhead, batchwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sweep batches wasted most of their energy on overhead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The sweep ran in batches: &lt;i&gt;energy_1&lt;/i&gt; on GPU nodes, &lt;i&gt;energy_2_cpu&lt;/i&gt; on CPU nodes, and batches that added depths or shapes later. Each bar is one batch. Its &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;purple part&lt;/b&gt;&lt;/span&gt; is the &lt;b&gt;fixed overhead&lt;/b&gt; its runs paid (NREL&apos;s estimate per run: about 14 kJ on a CPU node, 272 kJ on a GPU node, whatever the network) and its &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;green part&lt;/b&gt;&lt;/span&gt; the &lt;b&gt;non-overhead energy&lt;/b&gt; that went to training, both summed over the batch&apos;s runs in the filter.&lt;/p&gt;&lt;p&gt;The text above each bar gives the overhead&apos;s share of the batch&apos;s energy, the overhead itself and the batch&apos;s total. Energies are standardised to the reference node type (cpu1 or gpu1) as in NREL&apos;s table: overhead plus non-overhead energy is the standardised energy, which differs a little from the energy measured on other node types.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bars&lt;/i&gt;: &lt;i&gt;Total energy&lt;/i&gt; draws each batch&apos;s energy to scale (in Wh, kWh, MWh or GWh); &lt;i&gt;Share&lt;/i&gt; stretches every bar to 100% to compare the splits. A batch of many small networks spends a large share on overhead even when its total is small.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: click a bar or its name to keep only that batch; Ctrl+click adds it to the batches already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes a selection back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has an overhead and a non-overhead energy to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs in the filter have no positive standardised energy to split into overhead and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 spent %2 of its energy on overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 spent the largest share on overhead (%2), batch %3 the smallest (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take batch %1 out of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add batch %1 to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an overhead or non-overhead energy are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less standardised energy than the fixed overhead; their negative non-overhead energy is included in the sums.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each batch&apos;s total energy to scale, or every bar as 100% to compare the splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead and training energy per sweep batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::CompareView</name>
    <message>
        <source>all runs in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparative configuration analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is configuration B really better than A, or is it noise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose two groups of runs, &lt;span style=&apos;color:#006d50&apos;&gt;&lt;b&gt;A&lt;/b&gt;&lt;/span&gt; (the baseline) and &lt;span style=&apos;color:#9c3f78&apos;&gt;&lt;b&gt;B&lt;/b&gt;&lt;/span&gt;, by dataset, shape, size, depth and device; &quot;any&quot; leaves a field open, and &lt;i&gt;All runs in the filter&lt;/i&gt; takes every run in force. Both groups are chosen among the runs of the filter in force: change the filter to reach other runs.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;boxes&lt;/b&gt; show the chosen metric on a logarithmic axis: the line inside is the median run, the box holds the middle half of the runs, the whiskers reach the most extreme runs within 1.5 box lengths (measured on this axis); the diamond is the mean. With fewer than 2,000 runs on a side every run is also drawn as a dot, spread sideways so they do not hide each other.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;table&lt;/b&gt; gives, for each metric, the median and mean of A and B and the &lt;b&gt;change of the median&lt;/b&gt; from A to B with its 95% confidence interval (from 2,000 bootstrap resamples of both groups). &lt;b&gt;Welch p&lt;/b&gt; tests whether the mean of the logarithms differs (a test of typical ratios); &lt;b&gt;Mann-Whitney p&lt;/b&gt; whether runs of B tend to be larger or smaller than runs of A, whatever the shape; small p-values mean the difference is unlikely to be chance. &lt;b&gt;Hedges&apos; g&lt;/b&gt; is the difference of means in standard deviations (0.2 small, 0.8 large).&lt;/p&gt;&lt;p&gt;The &lt;b&gt;verdict&lt;/b&gt; calls a change significant when Welch&apos;s p on logarithms is below 0.05 &lt;i&gt;and&lt;/i&gt; the confidence interval excludes zero: both must agree. A and B may overlap (for example A = all runs, B = GPU runs); the tests assume separate groups, so read them with care then.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Swap&lt;/b&gt; exchanges A and B; &lt;b&gt;CPU vs GPU&lt;/b&gt; compares A&apos;s configuration on both devices; &lt;b&gt;Filter to A&lt;/b&gt; (or B) keeps only that group&apos;s runs in every view. The mouse wheel zooms the value axis.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no runs in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no runs with a value of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only one run with a value of %2: at least two are needed to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two groups to compare: A and B are the same runs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A has no runs: nothing in the filter matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B has no runs: nothing in the filter matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a metric to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing A (%1) with B (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A and B share %n run(s): the tests assume two separate groups, so read their p-values with care.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With only %1 runs on a side, the interval and p-values are rough: a few more runs would make them trustworthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a zero or negative value are counted in the table but not drawn: a log axis cannot show them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-run quantity shown in the boxes and named in the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU vs GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare CPU vs GPU for this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A = this configuration on CPU, B = the same on GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B are chosen among the runs of the filter in force; change the filter to compare other runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all runs in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 take every run of the filter in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the runs of %1 in every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box plots of %1 for A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1
n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1
n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positive values
to draw on a log axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dot per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1 (n = %2 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1 (n = %2 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of median, B vs A [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch p (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mann-Whitney p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hedges&apos; g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: the metric shown above. * significant at alpha = 0.05 (Welch p on log values &lt; 0.05 and the interval excludes 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: the metric shown above. No test: each side needs at least two runs with a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: the metric shown above. No change is significant at alpha = 0.05 (that needs Welch p on log values &lt; 0.05 and an interval that excludes 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B share %1 runs: the tests assume two separate groups, so read their p-values with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With only %1 runs on a side, the interval and p-values are rough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::DepthView</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy vs depth small multiples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At what depth does energy stop growing linearly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;One small chart per dataset, all on the same axes so they compare at a glance. Across: the network&apos;s depth (layers, counting the output layer). Up: the median %1 of the runs at that depth, on a logarithmic scale (every step of ten times takes the same height).&lt;/p&gt;&lt;p&gt;Each coloured line is one network shape (or one band of parameter counts, see &lt;i&gt;Lines&lt;/i&gt;); the shaded band around it holds the middle half of its runs (from the 25th to the 75th percentile).&lt;/p&gt;&lt;p&gt;The black circles are the median of all the dataset&apos;s runs at each depth. The dashed grey line is a straight line fitted to those medians at depths %2-%3. Where the circles move away from it by more than the tolerance, energy has stopped growing linearly with depth: that depth is marked with a red ring and a red dotted line, and the caption under the dataset&apos;s name says so. The line looks bent only because the vertical axis is logarithmic.&lt;/p&gt;&lt;p&gt;Click a chart to keep only its dataset; click a line or a legend entry to keep only that shape (or size band). Ctrl+Z undoes the selection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departs at depth %1 (the line ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departs at depth %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear up to depth %1 (within %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no depth beyond %1 to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few of depths %1-%2 to fit a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive %2 to show on a log axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset in the filter has runs at two or more of depths %1-%2, so no straight line can be fitted to the shallow depths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3; the straight line fitted to depths %4-%5 falls to zero before depth %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3; the straight line fitted to depths %4-%5 falls to zero before depth %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3, then departs from the straight line fitted to depths %4-%5 by %6 at depth %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3, then departs from the straight line fitted to depths %4-%5 by %6 at depth %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 grows about linearly with depth up to depth %3: every depth stays within %4 of the straight line fitted to depths %5-%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 falls about linearly with depth up to depth %3: every depth stays within %4 of the straight line fitted to depths %5-%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, the filter holds no depth beyond %2, so there is nothing deeper to compare with the straight line fitted to depths %3-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grows about linearly with depth on all %2 datasets: none departs by more than %3 from the straight line fitted to depths %4-%5, up to depth %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls about linearly with depth on all %2 datasets: none departs by more than %3 from the straight line fitted to depths %4-%5, up to depth %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grows about linearly with depth up to depth %2 on most datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls about linearly with depth up to depth %2 on most datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; only %2 departs by more than %3, at depth %4 (1 of %5 datasets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 depart by more than %3 at deeper depths, first at depth %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select sizes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-run quantity to plot against depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per size band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one line per network shape, or one per band of parameter counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far (in percent) the median may move away from the straight line fitted to depths %1-%2 before the depth is marked as departing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small charts of %1 against depth, one per dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median J per datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median J per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle half of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median, all runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line fitted to depths %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs by &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to keep only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, depth %3: median %4, middle half %5 to %6 (n = %7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::DistributionView</name>
    <message>
        <source>Energy distribution by hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do GPU runs spread wider and carry heavier tails than CPU runs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The bars show how runs spread over the chosen metric: &lt;span style=&apos;color:#0072b2&apos;&gt;&lt;b&gt;CPU runs in blue&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#d55e00&apos;&gt;&lt;b&gt;GPU runs in orange&lt;/b&gt;&lt;/span&gt;. The horizontal axis is logarithmic: every step of ten times takes the same width, so a wide hump means runs differ by factors, not by amounts.&lt;/p&gt;&lt;p&gt;Each device&apos;s bars are scaled to its own runs (a bar&apos;s height is the percentage of that device&apos;s runs that fall in it), so CPU and GPU can be compared even when one has many more runs. The line over the bars is a smoothed version of the same shape (a kernel density estimate).&lt;/p&gt;&lt;p&gt;The box on the right summarises each device: the &lt;b&gt;median&lt;/b&gt; run; the &lt;b&gt;interquartile range&lt;/b&gt;, the width of the middle half of the runs in the metric&apos;s unit; &lt;b&gt;Q3/Q1&lt;/b&gt;, the same middle half as a factor (what its width on this axis shows, whatever the typical size); &lt;b&gt;p99/p50&lt;/b&gt;, how many times the 99th percentile exceeds the median (the heavier the tail, the larger); and the &lt;b&gt;skewness of log10&lt;/b&gt;, above zero when the tail to the right is longer on this axis.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: drag left or right across the chart or along its axis to keep only the runs in that range; Undo takes it back. The mouse wheel zooms the axis; Reset zoom shows everything.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-overhead energy per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per training datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has a positive %2 to show on a log axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only CPU runs match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GPU runs match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2 %3, interquartile range %4 (the middle half spans a factor of %5), 99th percentile %6 the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU runs have an interquartile range of %1 of %2, CPU runs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU runs have a %1 wider interquartile range of %2 than CPU runs (%3 against %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU runs have a %1 narrower interquartile range of %2 than CPU runs (%3 against %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU and CPU runs have about the same interquartile range of %1 (%2 against %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(their middle half spans a factor of %1, against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU runs spread wider in relative terms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU runs spread less in relative terms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU runs spread about as much in relative terms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have a heavier tail (their 99th percentile is %1 their median, against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have a lighter tail (their 99th percentile is %1 their median, against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have a similar tail (their 99th percentile is %1 their median, against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-run quantity to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of %1 for CPU and GPU runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in each bar (% of the device&apos;s runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs (n = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 smoothed (KDE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs plotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interquartile range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3 / Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 / p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skewness of log10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::FilterBar</name>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the size range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the depth range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest network size (parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest network size (parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the whole filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::FilterChips</name>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n selected run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this part of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::ImportDialog</name>
    <message>
        <source>Import BUTTER-E files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUTTER-E files (*.csv *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and list them in the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a single bad row stops the file and nothing of it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs_with_standardized_energy.csv or .csv.zip, butter_e_energy.zip, node_sinfo.csv, node_power_dist.csv. The kind is read from each file&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::LayoutCombo</name>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a saved layout of the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, rename, delete, export or import layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Layout As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Layout...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Layout...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Layout...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;Default Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docked views can no longer be moved, floated or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The default layout is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the layout &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;? The window keeps its arrangement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattprint layouts (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::LayoutManager</name>
    <message>
        <source>This is not a Wattprint layout (its format is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Wattprint layout (it has no &quot;format&quot; field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout was saved by a newer Wattprint (layout version %1; this version reads version %2 and older).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is missing or not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s dock arrangement is of another version (%1, expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s window geometry is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s window geometry is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s view settings are damaged (&quot;views&quot; is not an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s settings for the view &quot;%1&quot; are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s name is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is damaged: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Wattprint layout (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no layout called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; cannot be used. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout called &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a layout file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last layout cannot be restored; the default layout is used. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::MainWindow</name>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no layout named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Wattprint database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattprint databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattprint databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the synthetic demo runs from this database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wattprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Wattprint %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Where the energy of neural-network training goes.&lt;/p&gt;&lt;p&gt;Data: BUTTER-E (NREL, OEDI 5991, CC-BY-4.0), doi:10.25984/2329316.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;demo database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all views...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wattprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved layout could not be used (%1); the default layout is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wattprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs (%2 shown) - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select runs in the runs table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wattprint views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No view has finished computing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadBarChart</name>
    <message>
        <source>Fixed overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (non-overhead energy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each bar&apos;s standardised energy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardised energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;0.1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no energy to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overhead · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overhead
%2
of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed overhead: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (non-overhead): %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, standardised: %1 (%2 GJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less than the fixed overhead (negative non-overhead energy).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to keep only this group; Ctrl+click to add it to the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadView</name>
    <message>
        <source>Runs of unknown node type cannot be selected in the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy overhead analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much energy goes to fixed overhead rather than training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every run pays a &lt;b&gt;fixed overhead&lt;/b&gt; that NREL estimated once per device: about 14 kJ (53 s) on a CPU node and 272 kJ (11 minutes) on a GPU node, spent starting up and tearing down whatever the network. The rest of a run&apos;s energy, the &lt;b&gt;non-overhead energy&lt;/b&gt;, is what training used.&lt;/p&gt;&lt;p&gt;Each bar is one group of runs (device, dataset, shape or node type: choose with &lt;i&gt;Group by&lt;/i&gt;). Its &lt;span style=&apos;color:#b0508a&apos;&gt;&lt;b&gt;purple part&lt;/b&gt;&lt;/span&gt; is the fixed overhead and its &lt;span style=&apos;color:#007a59&apos;&gt;&lt;b&gt;green part&lt;/b&gt;&lt;/span&gt; the training energy, each summed over the group&apos;s runs in the filter. The text on the right gives the overhead&apos;s share of the group&apos;s energy, the overhead itself and the group&apos;s total. Groups are sorted by that share, the largest at the top.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardised energy.&lt;/b&gt; As in NREL&apos;s table, energies are standardised to the reference node type (cpu1 or gpu1): a run&apos;s overhead plus its non-overhead energy is its standardised energy, which differs a little from the energy measured on other node types. The totals here are that sum.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bars&lt;/i&gt;: &lt;i&gt;Energy&lt;/i&gt; draws each group&apos;s total to scale (in Wh, kWh, MWh or GWh); &lt;i&gt;Share&lt;/i&gt; stretches every bar to 100% to compare the splits.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Select&lt;/b&gt;: click a bar or its name to keep only that group; Ctrl+click adds it to the groups already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes a selection back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead and training energy per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 runs in the filter has an overhead and a non-overhead energy to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy but %2 of CPU energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy and %2 of CPU energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of the energy of the GPU runs (no CPU runs are in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of GPU energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of the energy of the CPU runs (no GPU runs are in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed overhead is %1 of CPU energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs in the filter have no positive standardised energy to split into overhead and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs of unknown node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 loses the largest share (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 lose the largest share (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 %2 out of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2 to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an overhead or non-overhead energy are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less standardised energy than the fixed overhead; their negative non-overhead energy is included in the sums.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each bar stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each group&apos;s total energy to scale, or every bar as 100% to compare the splits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carbon intensity of the electricity grid the runs are charged to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;intensity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my own carbon intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own figure instead of the region&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> gCO2e/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own carbon intensity in grams CO2e per kilowatt-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;PUE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my own power usage effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy divided by IT energy (1.0 = no overhead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power usage effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show costs at an electricity price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity price per kilowatt-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label only: no exchange rates are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default PNG &amp;resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export resolution in dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3 (%4)</source>
        <extracomment>Region combo item: name, intensity, unit, year the figure describes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joules (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilojoules (kJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 per kWh</source>
        <extracomment>%1 is the currency label, e.g. USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own intensity is used instead of a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an own PUE: 1.00 (no data-centre overhead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2).</source>
        <extracomment>%1 source of the intensity, %2 year the figure describes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an own PUE: %1 (%2).</source>
        <extracomment>%1 the preset&apos;s PUE, %2 where it comes from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency (1 to %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values were not accepted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::RunTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-overhead energy per training datum: energy / (training batches x 3000 epochs x batch size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (params)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-overhead energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per datum (mJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLURM job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::RunsView</name>
    <message>
        <source>Runs table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs are in force, and what did each one cost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per training run that matches the filter. Click a column header to sort by it; rows load as you scroll.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Energy&lt;/b&gt; is the whole node&apos;s metered energy over the run, fixed overhead included. &lt;b&gt;Energy per datum&lt;/b&gt; is the non-overhead energy divided by the training data seen (training batches x 3000 epochs x batch size).&lt;/p&gt;&lt;p&gt;Select rows and use &lt;i&gt;Edit &amp;gt; Show only selection&lt;/i&gt; or &lt;i&gt;Exclude selection&lt;/i&gt; to filter every view by them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wattprint::ViewPanel</name>
    <message>
        <source>Demo data (synthetic, modelled on BUTTER-E): made up, not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: use a .png, .svg or .pdf file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution of %1 DPI is out of range (24 to 2400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the PNG encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the SVG generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the PDF writer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [synthetic demo, not measured data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1 | Filter: %2 | %3 | Wattprint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data to analyse: open or import a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in dots per inch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this view as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this view to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this view, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all the data again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data (synthetic, modelled on BUTTER-E)&lt;/b&gt;: these runs are made up by Wattprint&apos;s generator, not measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
