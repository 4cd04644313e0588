using Xunit;
using System.Text.RegularExpressions;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Reports;
using static Notebooks.Tests.Reports.ReportFixtures;

namespace Notebooks.Tests.Reports;

public class HtmlReportTests
{
    private const string Chart1 = "<div class=\"plotly-chart\" id=\"c1a2b3c4\"></div><script>Plotly.newPlot('c1a2b3c4', []);</script>";
    private const string Chart2 = "<div class=\"plotly-chart\" id=\"d9e8f7a6\"></div><script>Plotly.newPlot('d9e8f7a6', []);</script>";

    private static NotebookResult Ran(params Cell[] cells) =>
        new("lessons/page.ipynb", NotebookStatus.Passed, Notebook("lessons/page.ipynb", cells),
            cells.Select((_, i) => new CellResult(i, CellStatus.Passed, TimeSpan.FromMilliseconds(10))).ToList(),
            TimeSpan.FromSeconds(1));

    private static string Page(NotebookResult result, HtmlReportOptions? options = null) =>
        File.ReadAllText(HtmlReport.WriteNotebook(result, TempDir(), options));

    [Fact]
    public void When_markdown_and_outputs_are_hostile_then_no_live_script_or_handler_appears()
    {
        var page = Page(Ran(
            Markdown("# Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3)) <javascript:alert(4)>"),
            Code("var s = \"</code></pre><script>alert(5)</script>\";",
                Text("<script>alert(6)</script>"),
                new StreamOutput("stdout", "<script>alert(7)</script>"),
                Display(("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(8)</script></svg>")),
                new ErrorOutput("<b>E</b>", "<script>alert(9)</script>", ["<script>alert(10)</script>"]))));

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.Contains("&lt;script&gt;alert(6)&lt;/script&gt;", page);
        Assert.Contains("<h1>Hi &lt;script&gt;alert(1)&lt;/script&gt;</h1>", page);
        Assert.Contains("src=\"data:image/svg+xml;base64,", page);
    }

    [Fact]
    public void When_a_notebook_has_two_charts_then_plotly_js_is_inlined_once_in_head()
    {
        var plotly = Path.Combine(TempDir(), "plotly.min.js");
        File.WriteAllText(plotly, "/*PLOTLY-LIB*/window.Plotly={newPlot:function(){}};var t='</script><!--';");

        var page = Page(Ran(Code("chart1", Display(("text/html", Chart1))), Code("chart2", Display(("text/html", Chart2)))),
            new HtmlReportOptions { PlotlyJsPath = plotly });

        Assert.Single(Regex.Matches(page, "PLOTLY-LIB"));
        Assert.True(page.IndexOf("PLOTLY-LIB") < page.IndexOf("</head>"));
        Assert.Contains("var t='\\x3C/script>\\x3C!--';", page);
        Assert.Contains(Chart1, page);
        Assert.Contains(Chart2, page);
        Assert.DoesNotContain("class=\"note\"", page);
    }

    [Fact]
    public void When_charts_need_plotly_and_no_file_is_given_then_the_page_says_where_to_get_it()
    {
        var page = Page(Ran(Code("chart", Display(("text/html", Chart1)))),
            new HtmlReportOptions { PlotlyJsPath = "/nowhere/plotly.min.js" });

        Assert.Contains("class=\"note\"", page);
        Assert.Contains("plotly.js was not found at /nowhere/plotly.min.js", page);
        Assert.Contains("plotly.js-dist-min", page);
    }

    [Fact]
    public void When_no_output_draws_a_chart_then_no_plotly_note_or_library_appears()
    {
        var page = Page(Ran(Code("1", Text("1"))), new HtmlReportOptions { PlotlyJsPath = "/nowhere/plotly.min.js" });

        Assert.DoesNotContain("plotly", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void When_outputs_are_images_and_text_then_each_gets_its_element()
    {
        var page = Page(Ran(Code("plot",
            Display(("image/png", "iVBORw0KGgo="), ("text/plain", "<Figure>")),
            Display(("image/png", "not base64 \" onerror=alert(1)")),
            new StreamOutput("stderr", "warn"))));

        Assert.Contains("<img alt=\"output image\" src=\"data:image/png;base64,iVBORw0KGgo=\">", page);
        Assert.DoesNotContain("onerror=alert", page.Replace("&quot; onerror=alert", ""));
        Assert.Contains("<pre class=\"output stream stderr\">warn</pre>", page);
    }

    [Fact]
    public void When_a_cell_failed_then_its_error_is_shown_red_with_the_traceback()
    {
        var page = Page(Failed("lessons/f.ipynb"));

        Assert.Contains("<section class=\"cell code failed\" id=\"cell-2\">", page);
        Assert.Contains("<div class=\"error-title\">System.InvalidOperationException: Sequence contains no elements</div>", page);
        Assert.Contains("   at Submission#1", page);
        Assert.Contains("cell 2, line 2: System.InvalidOperationException", page);
    }

    [Fact]
    public void When_the_index_is_written_then_it_links_every_notebook_with_status_and_duration()
    {
        var dir = TempDir();
        HtmlReport.Write([Passed("lessons/01 intro.ipynb"), Failed("lessons/<b>.ipynb"), NotRun("later.ipynb")], dir);

        var index = File.ReadAllText(Path.Combine(dir, "index.html"));
        Assert.Contains("<a href=\"lessons--01_intro.html\">lessons/01 intro.ipynb</a>", index);
        Assert.Contains("<a href=\"lessons--_b_.html\">lessons/&lt;b&gt;.ipynb</a>", index);
        Assert.Contains("<span class=\"status notRun\">notRun</span>", index);
        Assert.Contains("3 notebooks: 1 passed, 1 failed, 1 not run", index);
        Assert.True(File.Exists(Path.Combine(dir, "lessons--01_intro.html")));
        Assert.True(File.Exists(Path.Combine(dir, "later.html")));
    }

    [Theory]
    [InlineData("a.ipynb", "a.html")]
    [InlineData("lessons/02-loss/mse.ipynb", "lessons--02-loss--mse.html")]
    [InlineData("../up/x.dib", "up--x.html")]
    [InlineData("C:\\nb\\y.ipynb", "nb--y.html")]
    public void When_a_path_is_flattened_then_the_page_name_is_safe(string path, string expected) =>
        Assert.Equal(expected, HtmlReport.PageFileName(path));
}
