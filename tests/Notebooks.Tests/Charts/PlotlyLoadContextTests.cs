using System.Reflection;
using System.Runtime.Loader;
using Notebooks.Kernel.Charts;
using Xunit;

namespace Notebooks.Tests.Charts;

public class PlotlyLoadContextTests
{
    [Fact]
    public void When_a_chart_is_drawn_then_plotly_and_its_fsharp_core_live_outside_the_default_context()
    {
        Chart.Line([1, 2], [3.0, 4.0]);
        var plotly = LoadedAssembly("Plotly.NET");
        var context = AssemblyLoadContext.GetLoadContext(plotly)!;

        Assert.NotSame(AssemblyLoadContext.Default, context);
        var chartFSharp = context.Assemblies.Single(a => a.GetName().Name == "FSharp.Core");
        Assert.Equal(new Version(10, 1), new Version(chartFSharp.GetName().Version!.Major, chartFSharp.GetName().Version!.Minor));
        Assert.DoesNotContain(chartFSharp, AssemblyLoadContext.Default.Assemblies);
    }

    [Fact]
    public void When_the_default_context_has_its_own_fsharp_core_then_charts_still_draw()
    {
        // The Jupyter kernel's situation: an older FSharp.Core is already loaded in the default context.
        var beside = Path.Combine(AppContext.BaseDirectory, "FSharp.Core.dll");
        var defaultFSharp = File.Exists(beside)
            ? AssemblyLoadContext.Default.LoadFromAssemblyPath(beside)
            : AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == "FSharp.Core");
        Assert.NotNull(defaultFSharp);

        var chart = Chart.Bar(["a"], [1.0]);

        Assert.Contains("\"type\":\"bar\"", chart.FigureJson);
        var chartFSharp = AssemblyLoadContext.GetLoadContext(LoadedAssembly("Plotly.NET"))!.Assemblies.Single(a => a.GetName().Name == "FSharp.Core");
        Assert.NotSame(defaultFSharp, chartFSharp);
    }

    [Fact]
    public void When_plotly_js_is_pinned_then_it_is_the_version_plotly_net_was_made_for()
    {
        Chart.Line([1, 2], [3.0, 4.0]);
        var globals = LoadedAssembly("Plotly.NET").GetType("Globals", throwOnError: true)!;

        var pinned = (object?)globals.GetField("PLOTLYJS_VERSION") ?? globals.GetProperty("PLOTLYJS_VERSION");
        Assert.Equal(PlotlyJs.Version, pinned switch { System.Reflection.FieldInfo f => f.GetValue(null), System.Reflection.PropertyInfo p => p.GetValue(null), _ => null });
    }

    static Assembly LoadedAssembly(string name) =>
        AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == name);
}
