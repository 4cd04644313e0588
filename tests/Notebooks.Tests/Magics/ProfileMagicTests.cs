namespace Notebooks.Tests.Magics;

[Collection(MagicKernelCollection.Name)]
public class ProfileMagicTests
{
    [Fact]
    public async Task When_the_variable_is_a_dataframe_then_its_profile_is_shown_with_flagged_placeholders()
    {
        using var k = new MagicKernel();
        (await k.Submit("#!dataset penguins")).Succeeded();
        var run = (await k.Submit("#!profile penguins")).Succeeded();
        Assert.Contains("Sex", run.Text);
        Assert.Contains("placeholder", run.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<table", string.Join("", run.Shown("text/html")));
    }

    [Theory]
    [InlineData("#!profile", "#!profile: missing the variable name.")]
    [InlineData("#!profile nothingHere", "#!profile: there is no C# variable named 'nothingHere'.")]
    public async Task When_the_variable_is_missing_then_the_cell_fails_with_usage(string code, string problem)
    {
        using var k = new MagicKernel();
        var failure = (await k.Submit(code)).Failure;
        Assert.NotNull(failure);
        Assert.StartsWith(problem, failure);
        Assert.Contains("Usage: #!profile <DataFrame variable>", failure);
    }

    [Fact]
    public async Task When_the_variable_is_not_a_dataframe_then_the_cell_says_what_it_is()
    {
        using var k = new MagicKernel();
        (await k.Submit("var count = 3;")).Succeeded();
        var failure = (await k.Submit("#!profile count")).Failure;
        Assert.StartsWith("#!profile: 'count' is a Int32, not a DataFrame.", failure);
    }
}
