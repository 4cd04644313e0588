using System.Reflection;

namespace Notebooks.Kernel.Charts;

/// <summary>
/// Typed delegates to Notebooks.Charts.Plotly's entry points, loaded once in <see cref="PlotlyLoadContext"/>.
/// Each returns Plotly's figure JSON; only strings, numbers and arrays cross the boundary.
/// </summary>
sealed class PlotlyFigures
{
    static readonly Lazy<PlotlyFigures> shared = new(() => new PlotlyFigures(PlotlyLoadContext.DefaultFolder));

    public static PlotlyFigures Shared => shared.Value;

    public Assembly Assembly { get; }
    public string PlotlyJsVersion { get; }
    public Func<string, string, string, int, int, string[], double[][], double[][], string> Line { get; }
    public Func<string, string, string, int, int, string[], double[][], double[][], string> Scatter { get; }
    public Func<string, string, string, int, int, string[], string[], double[][], string> Bar { get; }
    public Func<string, string, string, int, int, double[][], string[], string[], string> HeatMap { get; }
    public Func<string, string, string, int, int, int, string[], double[][], string> Histogram { get; }

    PlotlyFigures(string folder)
    {
        Assembly = new PlotlyLoadContext(folder).LoadEntry();
        var type = Assembly.GetType("Notebooks.Charts.Plotly.PlotlyFigures", throwOnError: true)!;
        PlotlyJsVersion = Bind<Func<string>>(type, "get_PlotlyJsVersion")();
        Line = Bind<Func<string, string, string, int, int, string[], double[][], double[][], string>>(type, "Line");
        Scatter = Bind<Func<string, string, string, int, int, string[], double[][], double[][], string>>(type, "Scatter");
        Bar = Bind<Func<string, string, string, int, int, string[], string[], double[][], string>>(type, "Bar");
        HeatMap = Bind<Func<string, string, string, int, int, double[][], string[], string[], string>>(type, "HeatMap");
        Histogram = Bind<Func<string, string, string, int, int, int, string[], double[][], string>>(type, "Histogram");
    }

    static T Bind<T>(Type type, string name) where T : Delegate
    {
        var parameters = typeof(T).GetMethod("Invoke")!.GetParameters().Select(p => p.ParameterType).ToArray();
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
                     ?? throw new MissingMethodException(
                         $"{type.Assembly.Location} has no {type.FullName}.{name}({string.Join(", ", parameters.Select(p => p.Name))}): rebuild src/Notebooks.Kernel.");
        return method.CreateDelegate<T>();
    }
}
