using Xunit;

namespace Notebooks.Tests.Magics;

[Collection(MagicKernelCollection.Name)]
public class DatasetMagicTests
{
    [Fact]
    public async Task When_a_data_set_is_named_then_a_DataFrame_variable_of_that_name_exists()
    {
        using var k = new MagicKernel();
        var run = (await k.Submit("#!dataset penguins")).Succeeded();
        Assert.Contains("penguins = penguins (penguins.csv): 344 rows × 7 columns", run.Text);
        Assert.Contains("78cf4a881120919808bc9a93fb87f1c50e5a74f96115b5adf62d0b80cb81bef1", run.Text);
        Assert.Contains("CC0 1.0", string.Join("", run.Shown("text/html")));
        Assert.Equal(344L, (await k.Submit("penguins.Rows.Count")).Succeeded().Returned);
    }

    [Fact]
    public async Task When_as_is_given_then_that_variable_is_created()
    {
        using var k = new MagicKernel();
        (await k.Submit("#!dataset breast-cancer --as cancer")).Succeeded();
        Assert.Equal(31, (await k.Submit("cancer.Columns.Count")).Succeeded().Returned);
    }

    [Fact]
    public async Task When_the_name_has_a_dash_then_the_default_variable_uses_an_underscore()
    {
        using var k = new MagicKernel();
        (await k.Submit("#!dataset seattle-weather")).Succeeded();
        Assert.Equal(1461L, (await k.Submit("seattle_weather.Rows.Count")).Succeeded().Returned);
    }

    [Fact]
    public async Task When_the_card_is_shown_then_html_is_encoded()
    {
        using var k = new MagicKernel();
        var html = string.Join("", (await k.Submit("#!dataset sp500")).Succeeded().Shown("text/html"));
        Assert.Contains("S&amp;P 500", html);
        Assert.DoesNotContain("S&P", html);
    }

    [Fact]
    public async Task When_list_is_asked_then_every_data_set_is_shown()
    {
        using var k = new MagicKernel();
        var run = (await k.Submit("#!dataset --list")).Succeeded();
        foreach (var d in Notebooks.Kernel.Data.DatasetCatalog.All)
            Assert.Contains(d.Name, run.Text);
    }

    [Theory]
    [InlineData("#!dataset pengiuns", "#!dataset: unknown data set 'pengiuns'. Available: penguins, movies, ")]
    [InlineData("#!dataset", "#!dataset: missing the data set name.")]
    [InlineData("#!dataset penguins --as 1x", "#!dataset: '1x' is not a valid C# variable name.")]
    [InlineData("#!dataset penguins --as class", "#!dataset: 'class' is not a valid C# variable name.")]
    public async Task When_the_arguments_are_bad_then_the_cell_fails_with_usage(string code, string problem)
    {
        using var k = new MagicKernel();
        var failure = (await k.Submit(code)).Failure;
        Assert.NotNull(failure);
        Assert.StartsWith(problem, failure);
        Assert.Contains("Usage: #!dataset <name>", failure);
    }

    [Fact]
    public async Task When_an_unknown_option_is_given_then_the_cell_fails_naming_it()
    {
        using var k = new MagicKernel();
        var failure = (await k.Submit("#!dataset penguins --into df")).Failure;
        Assert.NotNull(failure);
        Assert.Contains("--into", failure);
    }

    [Fact]
    public async Task When_the_library_is_loaded_twice_then_the_magics_still_work()
    {
        using var k = new MagicKernel();
        Notebooks.Kernel.NotebookSetup.Load(k.Root);
        (await k.Submit("#!dataset --help")).Succeeded();
    }
}
