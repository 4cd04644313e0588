using Notebooks.Runner.Cli;

namespace Notebooks.Tests.Cli;

public class ShardTests
{
    static readonly NotebookFile[] Lessons = Enumerable.Range(0, 7)
        .Select(i => new NotebookFile($"/repo/notebooks/{i:00}-lesson.ipynb", $"notebooks/{i:00}-lesson.ipynb"))
        .Reverse() // given out of order: the split must not depend on the order the paths came in
        .ToArray();

    [Fact]
    public void When_a_list_is_split_into_three_shards_then_every_notebook_is_in_exactly_one_taken_round_robin()
    {
        var shards = Enumerable.Range(1, 3).Select(i => new Shard(i, 3).Select(Lessons).Select(f => f.RelativePath[10..12]).ToArray()).ToArray();

        Assert.Equal(["00", "03", "06"], shards[0]);
        Assert.Equal(["01", "04"], shards[1]);
        Assert.Equal(["02", "05"], shards[2]);
        Assert.Equal(Lessons.Length, shards.Sum(s => s.Length));
    }

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData("1/1", 1, 1)]
    public void When_shard_text_is_i_of_n_then_it_parses(string text, int index, int count)
    {
        Assert.Equal(new Shard(index, count), Shard.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    public void When_shard_text_is_not_i_of_n_then_the_error_names_it_and_shows_usage(string text)
    {
        Assert.Null(Shard.Parse(text, out var error));
        Assert.Contains($"'{text}'", error);
        Assert.Contains("1 ≤ i ≤ n", error);
    }
}
