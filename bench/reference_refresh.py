#!/usr/bin/python3
"""The reference stack for bench_refresh: what a pandas + SciPy + scikit-learn + Plotly dashboard
(a Dash app's callback) does per filter change for Wattprint's 15 figures, on the same CSV.

    /usr/bin/python3 bench/reference_refresh.py RUNS.csv DATASETS.csv FILTER [FILTER ...]

RUNS.csv is runs_with_standardized_energy.csv (as `wattprint demo --csv` writes it), DATASETS.csv
the PMLB summary of the 13 datasets (tests/fixtures/butter-e/pmlb_summary_13_butter_datasets.csv).
A FILTER is Wattprint's text ("device=gpu,dataset=mnist", "size=1024..65536", "all" for none).
Prints one JSON line for the load and one per filter change: the figures' compute and serialise
times (Plotly's to_json, the browser not counted). Debian packages only: python3-pandas,
python3-scipy, python3-sklearn, python3-plotly. Every figure uses every run in the filter.
"""
import json
import sys
import time
import warnings

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots
from scipy import stats
from sklearn.ensemble import IsolationForest

EPOCHS = 3000


def load(runs_csv, datasets_csv):
    runs = pd.read_csv(runs_csv, index_col=0)
    sets = pd.read_csv(datasets_csv)
    train = dict(zip(sets["Dataset"], (sets["n_observations"] * 0.8).round().astype("int64")))
    runs["device"] = np.where(runs["is_gpu"], "GPU", "CPU")
    runs["energy_per_datum"] = runs["non_overhead_energy"] / (runs["dataset"].map(train) * EPOCHS)
    runs["start"] = pd.to_datetime(runs["start_time_int"], unit="ns")
    return runs


def apply_filter(runs, text):
    if text == "all":
        return runs
    mask = np.ones(len(runs), dtype=bool)
    for part in text.split(","):
        key, value = part.split("=", 1)
        if ".." in value:
            lo, hi = (float(v) for v in value.split(".."))
            mask &= (runs[key] >= lo).to_numpy() & (runs[key] <= hi).to_numpy()
        else:
            values = value.split("|")
            if key == "device":
                values = [v.upper() for v in values]
            column = runs[key]
            if key in ("size", "depth"):
                values = [int(v) for v in values]
            mask &= column.isin(values).to_numpy()
    return runs[mask]


def pareto_front(x, y):
    """Indices of the points no other point beats: more x and less y."""
    order = np.lexsort((y, -x))
    best = np.inf
    keep = []
    for i in order:
        if y[i] < best:
            keep.append(i)
            best = y[i]
    return np.array(keep, dtype=int)


def figures(r):
    figs = {}
    logE = np.log10(r["energy"].clip(lower=1e-3).to_numpy())
    # distribution: histogram and KDE per device
    fig = go.Figure()
    for device, g in r.groupby("device"):
        v = g["energy"].to_numpy()
        v = np.log10(v[v > 0])
        fig.add_histogram(x=v, name=device, histnorm="percent", nbinsx=60)
        if len(v) > 1 and np.ptp(v) > 0:
            grid = np.linspace(v.min(), v.max(), 256)
            fig.add_scatter(x=grid, y=stats.gaussian_kde(v)(grid), name=device + " density")
        stats.skew(v)
    figs["distribution"] = fig
    # parallel coordinates over every run
    dims = ["size", "depth", "energy", "run_time", "power", "energy_per_datum"]
    figs["parallel"] = go.Figure(
        go.Parcoords(dimensions=[dict(label=d, values=np.log10(r[d].clip(lower=1e-12))) for d in dims],
                     line=dict(color=r["is_gpu"].astype(int))))
    # compare: CPU against GPU, Welch's t on log energy and Mann-Whitney U
    a = logE[(r["device"] == "CPU").to_numpy()]
    b = logE[(r["device"] == "GPU").to_numpy()]
    fig = go.Figure([go.Box(y=a, name="A"), go.Box(y=b, name="B")])
    if len(a) > 1 and len(b) > 1:
        stats.ttest_ind(a, b, equal_var=False)
        stats.mannwhitneyu(a, b)
    figs["compare"] = fig
    # anomalies: robust z of log energy per datum within device, over time
    per = np.log10(r["energy_per_datum"].clip(lower=1e-15))
    med = per.groupby(r["device"]).transform("median")
    mad = (per - med).abs().groupby(r["device"]).transform("median") * 1.4826
    z = (per - med) / mad.replace(0, np.nan)
    flagged = z.abs() > 3.5
    figs["anomalies"] = go.Figure([go.Scattergl(x=r["start"], y=r["energy"], mode="markers",
                                                marker=dict(color=flagged.astype(int)))])
    # pareto: most parameters for least energy per datum, per device
    fig = go.Figure()
    for device, g in r.groupby("device"):
        x = g["size"].to_numpy(float)
        y = g["energy_per_datum"].to_numpy()
        front = pareto_front(x, y)
        fig.add_scattergl(x=x, y=y, mode="markers", name=device)
        fig.add_scatter(x=x[front], y=y[front], mode="lines", name=device + " frontier")
    figs["pareto"] = fig
    # overhead: overhead and the rest of the energy per dataset and device
    o = r.groupby(["dataset", "device"])[["energy_overhead", "non_overhead_energy"]].sum().reset_index()
    figs["overhead"] = go.Figure([go.Bar(y=o["dataset"] + " " + o["device"], x=o[c], orientation="h", name=c)
                                  for c in ("energy_overhead", "non_overhead_energy")])
    # cache: median energy per datum by size and device, with quartiles
    c = r.groupby(["device", "size"])["energy_per_datum"].quantile([0.25, 0.5, 0.75]).unstack().reset_index()
    figs["cache"] = go.Figure([go.Scatter(x=g["size"], y=g[0.5], name=d,
                                          error_y=dict(array=g[0.75] - g[0.5], arrayminus=g[0.5] - g[0.25]))
                               for d, g in c.groupby("device")])
    # depth: small multiples, median energy by depth per dataset and shape
    d = r.groupby(["dataset", "shape", "depth"])["energy"].median().reset_index()
    names = sorted(d["dataset"].unique())
    cols = 4
    fig = make_subplots(rows=max(1, (len(names) + cols - 1) // cols), cols=cols, subplot_titles=names)
    for i, name in enumerate(names):
        for shape, g in d[d["dataset"] == name].groupby("shape"):
            fig.add_scatter(x=g["depth"], y=g["energy"], name=shape, row=i // cols + 1, col=i % cols + 1)
    figs["depth"] = fig
    # sankey: energy from device to dataset to shape
    s1 = r.groupby(["device", "dataset"])["energy"].sum().reset_index()
    s2 = r.groupby(["dataset", "shape"])["energy"].sum().reset_index()
    labels = list(pd.unique(pd.concat([s1["device"], s1["dataset"], s2["shape"]])))
    index = {n: i for i, n in enumerate(labels)}
    figs["sankey"] = go.Figure(go.Sankey(node=dict(label=labels), link=dict(
        source=[index[x] for x in s1["device"]] + [index[x] for x in s2["dataset"]],
        target=[index[x] for x in s1["dataset"]] + [index[x] for x in s2["shape"]],
        value=list(s1["energy"]) + list(s2["energy"]))))
    # architecture: energy per datum by shape and device
    figs["architecture"] = go.Figure([go.Box(x=g["shape"], y=g["energy_per_datum"], name=dv)
                                      for dv, g in r.groupby("device")])
    # radar: each shape's medians as multiples of the median over shapes
    m = r.assign(share=r["energy_overhead"] / r["energy"]).groupby("shape").agg(
        energy=("energy", "median"), run_time=("run_time", "median"), power=("power", "median"),
        per_datum=("energy_per_datum", "median"), share=("share", "median"),
        spread=("energy", lambda v: stats.iqr(np.log10(v))))
    ratio = m / m.median()
    figs["radar"] = go.Figure([go.Scatterpolar(r=row.values, theta=list(ratio.columns), name=shape, fill="toself")
                               for shape, row in ratio.iterrows()])
    # sunburst: energy by device, dataset and shape
    sb = r.groupby(["device", "dataset", "shape"])["energy"].sum().reset_index()
    import plotly.express as px
    figs["sunburst"] = px.sunburst(sb, path=["device", "dataset", "shape"], values="energy")
    # leaderboard: configurations ranked within their dataset by median energy per datum
    cfg = r.groupby(["dataset", "shape", "size", "depth", "device"]).agg(
        median=("energy_per_datum", "median"), runs=("energy", "size")).reset_index()
    cfg["rank"] = cfg.groupby("dataset")["median"].rank(method="min")
    top = cfg.sort_values(["dataset", "rank"]).groupby("dataset").head(10)
    figs["leaderboard"] = go.Figure(go.Table(header=dict(values=list(top.columns)),
                                             cells=dict(values=[top[k] for k in top.columns])))
    # batch overhead: overhead share per sweep batch
    bo = r.groupby("batch")[["energy_overhead", "non_overhead_energy"]].sum().reset_index()
    figs["batch-overhead"] = go.Figure([go.Bar(x=bo["batch"], y=bo[k], name=k)
                                        for k in ("energy_overhead", "non_overhead_energy")])
    # anomaly scores: an isolation forest on log energy, run time and power
    X = np.log10(r[["energy", "run_time", "power"]].clip(lower=1e-12).to_numpy())
    scores = IsolationForest(n_estimators=100, random_state=0).fit(X).score_samples(X) if len(X) > 1 else []
    figs["anomaly-score"] = go.Figure(go.Histogram(x=scores, nbinsx=80))
    return figs


def main():
    warnings.filterwarnings("ignore", category=FutureWarning)  # plotly.express on Debian's pandas 1.5
    np.seterr(divide="ignore", invalid="ignore")  # log10 of runs with no energy: -inf, then dropped
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    runs_csv, datasets_csv, filters = sys.argv[1], sys.argv[2], sys.argv[3:]
    t0 = time.perf_counter()
    runs = load(runs_csv, datasets_csv)
    print(json.dumps({"load_s": time.perf_counter() - t0, "runs": len(runs)}), flush=True)
    for text in filters:
        t0 = time.perf_counter()
        r = apply_filter(runs, text)
        figs = figures(r)
        t1 = time.perf_counter()
        size = sum(len(f.to_json()) for f in figs.values())
        t2 = time.perf_counter()
        print(json.dumps({"filter": text, "runs": len(r), "figures": len(figs), "compute_s": t1 - t0,
                          "serialise_s": t2 - t1, "total_s": t2 - t0, "json_bytes": size}), flush=True)


if __name__ == "__main__":
    main()
