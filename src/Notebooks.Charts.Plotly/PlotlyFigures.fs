namespace Notebooks.Charts.Plotly

open Newtonsoft.Json
open Newtonsoft.Json.Linq
open Plotly.NET

/// Plotly.NET spends ~100 ms serialising its default template (the familiar Plotly look) on every chart;
/// charts are built without it and get a copy of the template serialised once.
module private Template =
    let private json =
        lazy
            (let figure = JObject.Parse(GenericChart.toFigureJson (Chart.Line([ 0.0 ], [ 0.0 ])))
             figure.SelectToken("layout.template") |> nonNull)

    let applyTo (chart: GenericChart) =
        let figure = JObject.Parse(GenericChart.toFigureJson chart)
        match figure.["layout"] with
        | :? JObject as layout -> layout.["template"] <- json.Value.DeepClone()
        | _ -> failwith "Plotly.NET wrote a figure without a layout."
        figure.ToString(Formatting.None)

/// Entry points called from Notebooks.Kernel through its own AssemblyLoadContext (FSharp.Core 10.1 lives
/// only there). Only strings, numbers and arrays cross that boundary; each returns Plotly's figure JSON.
/// Text arrives already HTML-encoded: plotly.js renders a small HTML subset in titles and labels.
type PlotlyFigures =
    static member PlotlyJsVersion: string = Globals.PLOTLYJS_VERSION

    static member private Finish(chart: GenericChart, title: string, xLabel: string, yLabel: string, width: int, height: int) =
        chart
        |> Chart.withTitle title
        |> Chart.withXAxisStyle (TitleText = xLabel)
        |> Chart.withYAxisStyle (TitleText = yLabel)
        |> Chart.withSize (width, height)
        |> Template.applyTo

    static member Line(title, xLabel, yLabel, width, height, names: string[], xs: double[][], ys: double[][]) =
        let series = Array.map3 (fun name (x: double[]) (y: double[]) -> Chart.Line(x, y, Name = name, ShowLegend = (names.Length > 1), UseDefaults = false)) names xs ys
        PlotlyFigures.Finish(Chart.combine series, title, xLabel, yLabel, width, height)

    static member Scatter(title, xLabel, yLabel, width, height, names: string[], xs: double[][], ys: double[][]) =
        let groups = Array.map3 (fun name (x: double[]) (y: double[]) -> Chart.Point(x, y, Name = name, ShowLegend = (names.Length > 1), UseDefaults = false)) names xs ys
        PlotlyFigures.Finish(Chart.combine groups, title, xLabel, yLabel, width, height)

    static member Bar(title, xLabel, yLabel, width, height, categories: string[], names: string[], values: double[][]) =
        let series = Array.map2 (fun name (v: double[]) -> Chart.Column(v, Keys = categories, Name = name, ShowLegend = (names.Length > 1), UseDefaults = false)) names values
        PlotlyFigures.Finish(Chart.combine series, title, xLabel, yLabel, width, height)

    static member HeatMap(title, xLabel, yLabel, width, height, z: double[][], xLabels: string[], yLabels: string[]) =
        // Row 0 on top, as in a printed matrix (a confusion matrix reads like a table).
        let chart = Chart.Heatmap(z, X = xLabels, Y = yLabels, ReverseYAxis = true, UseDefaults = false)
        PlotlyFigures.Finish(chart, title, xLabel, yLabel, width, height)

    static member Histogram(title, xLabel, yLabel, width, height, bins: int, names: string[], values: double[][]) =
        let series =
            Array.map2 (fun name (v: double[]) -> Chart.Histogram(X = v, NBinsX = bins, Name = name, Opacity = (if names.Length > 1 then 0.6 else 1.0), ShowLegend = (names.Length > 1), UseDefaults = false)) names values
        let overlaid = Chart.combine series |> Chart.withLayoutStyle (BarMode = StyleParam.BarMode.Overlay)
        PlotlyFigures.Finish(overlaid, title, xLabel, yLabel, width, height)
