using Xunit;
using System.Text.Json;
using Notebooks.Engine.Reports;
using static Notebooks.Tests.Reports.ReportFixtures;

namespace Notebooks.Tests.Reports;

public class JsonReportTests
{
    [Fact]
    public void When_a_notebook_fails_then_its_record_points_at_the_one_based_cell_and_line()
    {
        var path = Path.Combine(TempDir(), "report.json");
        JsonReport.Write([Passed("a/p.ipynb"), Failed("a\\f.ipynb")], path);

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("failed").GetInt32());

        var failed = root.GetProperty("notebooks")[1];
        Assert.Equal("a/f.ipynb", failed.GetProperty("path").GetString());
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(1.25, failed.GetProperty("durationSeconds").GetDouble());
        var error = failed.GetProperty("error");
        Assert.Equal(2, error.GetProperty("cell").GetInt32());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal("System.InvalidOperationException", error.GetProperty("name").GetString());
        Assert.Equal("Sequence contains no elements", error.GetProperty("message").GetString());

        var cell = failed.GetProperty("cells")[0];
        Assert.Equal(2, cell.GetProperty("cell").GetInt32());
        Assert.Equal(0.25, cell.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("notebooks")[0].GetProperty("error").ValueKind);
    }

    [Fact]
    public void When_a_cell_times_out_without_an_error_then_the_record_still_names_the_cell()
    {
        using var doc = JsonDocument.Parse(JsonReport.Serialize([TimedOut("t.ipynb")]));

        var notebook = doc.RootElement.GetProperty("notebooks")[0];
        Assert.Equal("timedOut", notebook.GetProperty("status").GetString());
        Assert.Equal(1, notebook.GetProperty("error").GetProperty("cell").GetInt32());
        Assert.Equal("TimedOut", notebook.GetProperty("error").GetProperty("name").GetString());
    }

    [Fact]
    public void When_serialised_twice_then_the_text_is_identical_and_property_order_fixed()
    {
        var results = new[] { Failed("f.ipynb"), NotRun("n.ipynb") };
        var text = JsonReport.Serialize(results);

        Assert.Equal(text, JsonReport.Serialize(results));
        Assert.True(text.IndexOf("\"schemaVersion\"") < text.IndexOf("\"summary\""));
        Assert.True(text.IndexOf("\"path\"") < text.IndexOf("\"status\""));
    }
}
