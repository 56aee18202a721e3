<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Filter</name>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation>
            <numerusform>%n run excluded</numerusform>
            <numerusform>%n runs excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s)</source>
        <translation>
            <numerusform>%n selected run</numerusform>
            <numerusform>%n selected runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>; %n run(s) fail a quality check (%1), stored and marked</source>
        <translation>
            <numerusform>; %n run fails a quality check (%1), stored and marked</numerusform>
            <numerusform>; %n runs fail a quality check (%1), stored and marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n run(s) without energy_consumed, stored with 0 J and marked &quot;No energy recorded&quot;</source>
        <translation>
            <numerusform>; %n run without energy_consumed, stored with 0 J and marked &quot;No energy recorded&quot;</numerusform>
            <numerusform>; %n runs without energy_consumed, stored with 0 J and marked &quot;No energy recorded&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreSummary</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), grid %2 %3 (%4); CO2e as CodeCarbon reported it %5 kg, at that grid intensity %6 kg</source>
        <translation>
            <numerusform>%1: %n run, grid %2 %3 (%4); CO2e as CodeCarbon reported it %5 kg, at that grid intensity %6 kg</numerusform>
            <numerusform>%1: %n runs, grid %2 %3 (%4); CO2e as CodeCarbon reported it %5 kg, at that grid intensity %6 kg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), no grid intensity known; CO2e as CodeCarbon reported it %2 kg</source>
        <translation>
            <numerusform>%1: %n run, no grid intensity known; CO2e as CodeCarbon reported it %2 kg</numerusform>
            <numerusform>%1: %n runs, no grid intensity known; CO2e as CodeCarbon reported it %2 kg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyScoreView</name>
    <message numerus="yes">
        <source>%n run(s) without a positive energy and run time are left out.</source>
        <translation>
            <numerusform>%n run without a positive energy and run time is left out.</numerusform>
            <numerusform>%n runs without a positive energy and run time are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an expected energy (a dataset or shape the energy model does not know) are not scored.</source>
        <translation>
            <numerusform>%n run without an expected energy (a dataset or shape the energy model does not know) is not scored.</numerusform>
            <numerusform>%n runs without an expected energy (a dataset or shape the energy model does not know) are not scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation>
            <numerusform>Select the %n flagged run</numerusform>
            <numerusform>Select the %n flagged runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) with scores %1 to %2</source>
        <translation>
            <numerusform>Select %n run with scores %1 to %2</numerusform>
            <numerusform>Select %n runs with scores %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::AnomalyTimelineView</name>
    <message numerus="yes">
        <source>%n run(s) without a positive value are left out.</source>
        <translation>
            <numerusform>%n run without a positive value is left out.</numerusform>
            <numerusform>%n runs without a positive value are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without an expected energy (a dataset or shape the energy model does not know) are not scored.</source>
        <translation>
            <numerusform>%n run without an expected energy (a dataset or shape the energy model does not know) is not scored.</numerusform>
            <numerusform>%n runs without an expected energy (a dataset or shape the energy model does not know) are not scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select the %n flagged run(s)</source>
        <translation>
            <numerusform>Select the %n flagged run</numerusform>
            <numerusform>Select the %n flagged runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) started %1 to %2 UTC</source>
        <translation>
            <numerusform>Select %n run started %1 to %2 UTC</numerusform>
            <numerusform>Select %n runs started %1 to %2 UTC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::ArchitectureView</name>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative energy per datum are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n run with a missing, zero or negative energy per datum is left out: a log axis cannot show them.</numerusform>
            <numerusform>%n runs with a missing, zero or negative energy per datum are left out: a log axis cannot show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::CacheView</name>
    <message numerus="yes">
        <source>Select %n run(s) with a %1 of %2 to %3</source>
        <translation>
            <numerusform>Select %n run with a %1 of %2 to %3</numerusform>
            <numerusform>Select %n runs with a %1 of %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of a dataset or shape the energy model does not know are left out.</source>
        <translation>
            <numerusform>%n run of a dataset or shape the energy model does not know is left out.</numerusform>
            <numerusform>%n runs of a dataset or shape the energy model does not know are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative energy per datum are not drawn.</source>
        <translation>
            <numerusform>%n run with a missing, zero or negative energy per datum is not drawn.</numerusform>
            <numerusform>%n runs with a missing, zero or negative energy per datum are not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::ColumnMappingDialog</name>
    <message numerus="yes">
        <source>%1 is not a BUTTER-E or CodeCarbon file. Say which columns hold what; the first %n row(s) are shown.</source>
        <translation>
            <numerusform>%1 is not a BUTTER-E or CodeCarbon file. Say which columns hold what; the first %n row is shown.</numerusform>
            <numerusform>%1 is not a BUTTER-E or CodeCarbon file. Say which columns hold what; the first %n rows are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::CompareView</name>
    <message numerus="yes">
        <source>A and B share %n run(s): the tests assume two separate groups, so read their p-values with care.</source>
        <translation>
            <numerusform>A and B share %n run: the tests assume two separate groups, so read their p-values with care.</numerusform>
            <numerusform>A and B share %n runs: the tests assume two separate groups, so read their p-values with care.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with a zero or negative value are counted in the table but not drawn: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n run with a zero or negative value is counted in the table but not drawn: a log axis cannot show them.</numerusform>
            <numerusform>%n runs with a zero or negative value are counted in the table but not drawn: a log axis cannot show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::DepthView</name>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n run with a missing, zero or negative value is left out: a log axis cannot show them.</numerusform>
            <numerusform>%n runs with a missing, zero or negative value are left out: a log axis cannot show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::DistributionView</name>
    <message numerus="yes">
        <source>%n run(s) with a missing, zero or negative value are left out: a log axis cannot show them.</source>
        <translation>
            <numerusform>%n run with a missing, zero or negative value is left out: a log axis cannot show them.</numerusform>
            <numerusform>%n runs with a missing, zero or negative value are left out: a log axis cannot show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::FilterChips</name>
    <message numerus="yes">
        <source>%n run(s) excluded</source>
        <translation>
            <numerusform>%n run excluded</numerusform>
            <numerusform>%n runs excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n selected run(s)</source>
        <translation>
            <numerusform>only %n selected run</numerusform>
            <numerusform>only %n selected runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::LeaderboardModel</name>
    <message numerus="yes">
        <source>Not ranked: %n run(s), fewer than the %1 a configuration needs to be ranked</source>
        <translation>
            <numerusform>Not ranked: %n run, fewer than the %1 a configuration needs to be ranked</numerusform>
            <numerusform>Not ranked: %n runs, fewer than the %1 a configuration needs to be ranked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::LeaderboardView</name>
    <message numerus="yes">
        <source>None of the %n configuration(s) in the filter has an energy per datum to rank.</source>
        <translation>
            <numerusform>None of the %n configuration in the filter has an energy per datum to rank.</numerusform>
            <numerusform>None of the %n configurations in the filter has an energy per datum to rank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) with fewer than %1 runs are listed but not ranked: one or two runs cannot tell a design from luck.</source>
        <translation>
            <numerusform>%n configuration with fewer than %1 runs is listed but not ranked: one or two runs cannot tell a design from luck.</numerusform>
            <numerusform>%n configurations with fewer than %1 runs are listed but not ranked: one or two runs cannot tell a design from luck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) with fewer than %1 runs are not ranked and not listed; &quot;Show unranked&quot; lists them.</source>
        <translation>
            <numerusform>%n configuration with fewer than %1 runs is not ranked and not listed; &quot;Show unranked&quot; lists them.</numerusform>
            <numerusform>%n configurations with fewer than %1 runs are not ranked and not listed; &quot;Show unranked&quot; lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) have no energy per datum and are not ranked.</source>
        <translation>
            <numerusform>%n configuration has no energy per datum and is not ranked.</numerusform>
            <numerusform>%n configurations have no energy per datum and are not ranked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::MainWindow</name>
    <message numerus="yes">
        <source>Exclude %n run(s)</source>
        <translation>
            <numerusform>Exclude %n run</numerusform>
            <numerusform>Exclude %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only %n run(s)</source>
        <translation>
            <numerusform>Show only %n run</numerusform>
            <numerusform>Show only %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadBarChart</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n run(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n run</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less than the fixed overhead (negative non-overhead energy).</source>
        <translation>
            <numerusform>%n run used less than the fixed overhead (negative non-overhead energy).</numerusform>
            <numerusform>%n runs used less than the fixed overhead (negative non-overhead energy).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::OverheadView</name>
    <message numerus="yes">
        <source>%n run(s) without an overhead or non-overhead energy are left out.</source>
        <translation>
            <numerusform>%n run without an overhead or non-overhead energy is left out.</numerusform>
            <numerusform>%n runs without an overhead or non-overhead energy are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used less standardised energy than the fixed overhead; their negative non-overhead energy is included in the sums.</source>
        <translation>
            <numerusform>%n run used less standardised energy than the fixed overhead; their negative non-overhead energy is included in the sums.</numerusform>
            <numerusform>%n runs used less standardised energy than the fixed overhead; their negative non-overhead energy is included in the sums.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::ParallelCoordinates</name>
    <message numerus="yes">
        <source>%Ln of %1 runs inside</source>
        <translation>
            <numerusform>%Ln of %1 runs inside</numerusform>
            <numerusform>%Ln of %1 runs inside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::ParallelView</name>
    <message numerus="yes">
        <source>%n other group(s) show the same pattern.</source>
        <translation>
            <numerusform>%n other group shows the same pattern.</numerusform>
            <numerusform>%n other groups show the same pattern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::ParetoView</name>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive energy per datum to place on the log axes.</source>
        <translation>
            <numerusform>None of the %n run in the filter has a positive energy per datum to place on the log axes.</numerusform>
            <numerusform>None of the %n runs in the filter has a positive energy per datum to place on the log axes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive energy to place on the log axes.</source>
        <translation>
            <numerusform>None of the %n run in the filter has a positive energy to place on the log axes.</numerusform>
            <numerusform>None of the %n runs in the filter has a positive energy to place on the log axes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) in the filter has a positive run time and energy to place on the log axes.</source>
        <translation>
            <numerusform>None of the %n run in the filter has a positive run time and energy to place on the log axes.</numerusform>
            <numerusform>None of the %n runs in the filter has a positive run time and energy to place on the log axes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Median energy per training datum %2 (%n run(s))</source>
        <translation>
            <numerusform>%1
Median energy per training datum %2 (%n run)</numerusform>
            <numerusform>%1
Median energy per training datum %2 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Median energy per run %2 (%n run(s))</source>
        <translation>
            <numerusform>%1
Median energy per run %2 (%n run)</numerusform>
            <numerusform>%1
Median energy per run %2 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Median run time %2, median energy %3 (%n run(s))</source>
        <translation>
            <numerusform>%1
Median run time %2, median energy %3 (%n run)</numerusform>
            <numerusform>%1
Median run time %2, median energy %3 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) by run time and energy</source>
        <translation>
            <numerusform>Select %n run by run time and energy</numerusform>
            <numerusform>Select %n runs by run time and energy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select %n run(s) by parameters and energy</source>
        <translation>
            <numerusform>Select %n run by parameters and energy</numerusform>
            <numerusform>Select %n runs by parameters and energy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wattprint::RadarChart</name>
    <message numerus="yes">
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n run</numerusform>
            <numerusform>%1: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variability from %n configuration(s) with repeated runs</source>
        <translation>
            <numerusform>Variability from %n configuration with repeated runs</numerusform>
            <numerusform>Variability from %n configurations with repeated runs</numerusform>
        </translation>
    </message>
</context>
</TS>
