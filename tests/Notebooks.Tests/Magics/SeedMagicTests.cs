using Microsoft.ML;
using Notebooks.Kernel;
using Xunit;

namespace Notebooks.Tests.Magics;

[Collection(MagicKernelCollection.Name)]
public class SeedMagicTests
{
    [Fact]
    public async Task When_seed_is_an_integer_then_every_source_is_seeded_and_reported()
    {
        using var k = new MagicKernel();
        var run = (await k.Submit("#!seed 42")).Succeeded();
        Assert.Contains("Seed 42", run.Text);
        Assert.Contains("torch.manual_seed(42)", run.Text);
        Assert.Equal(42, Seeds.Current);
        Assert.Equal(new Random(42).Next(), Seeds.Random.Next());
        var fromCell = (await k.Submit("Notebooks.Kernel.Seeds.Current")).Succeeded();
        Assert.Equal(42, fromCell.Returned);
    }

    [Fact]
    public async Task When_the_same_seed_is_set_twice_then_torch_and_mlnet_repeat()
    {
        Seeds.Set(7);
        var a = TorchSharp.torch.rand(3).data<float>().ToArray();
        var splitA = Seeds.MLContext.Data.TrainTestSplit(Seeds.MLContext.Data.LoadFromEnumerable(Enumerable.Range(0, 50).Select(i => new Row { X = i })), 0.3);
        Seeds.Set(7);
        var b = TorchSharp.torch.rand(3).data<float>().ToArray();
        var splitB = Seeds.MLContext.Data.TrainTestSplit(Seeds.MLContext.Data.LoadFromEnumerable(Enumerable.Range(0, 50).Select(i => new Row { X = i })), 0.3);
        Assert.Equal(a, b);
        float[] Test(DataOperationsCatalog.TrainTestData s) => Seeds.MLContext.Data.CreateEnumerable<Row>(s.TestSet, false).Select(r => r.X).ToArray();
        Assert.Equal(Test(splitA), Test(splitB));
    }

    public sealed class Row { public float X { get; set; } }

    [Theory]
    [InlineData("#!seed", "#!seed: missing the seed.")]
    [InlineData("#!seed abc", "#!seed: 'abc' is not an integer")]
    [InlineData("#!seed 4.5", "#!seed: '4.5' is not an integer")]
    [InlineData("#!seed 99999999999", "#!seed: '99999999999' is not an integer")]
    public async Task When_the_seed_is_missing_or_not_an_integer_then_the_cell_fails_with_usage(string code, string problem)
    {
        using var k = new MagicKernel();
        var failure = (await k.Submit(code)).Failure;
        Assert.NotNull(failure);
        Assert.StartsWith(problem, failure);
        Assert.Contains("Usage: #!seed <integer>", failure);
    }

    [Fact]
    public async Task When_an_unknown_option_is_given_then_the_cell_fails_naming_it()
    {
        using var k = new MagicKernel();
        var failure = (await k.Submit("#!seed 1 --bogus")).Failure;
        Assert.NotNull(failure);
        Assert.Contains("--bogus", failure);
    }

    [Fact]
    public async Task When_help_is_asked_then_usage_is_shown_and_nothing_fails()
    {
        using var k = new MagicKernel();
        var run = (await k.Submit("#!seed --help")).Succeeded();
        Assert.StartsWith("Usage: #!seed <integer>", run.Text);
    }
}
