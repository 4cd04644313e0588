using Notebooks.Engine.Execution;
using Notebooks.Runner.Cli;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Cli;

public class TimingsTableTests
{
    [Fact]
    public void When_a_notebook_restores_and_loads_the_library_then_each_share_lands_in_its_column()
    {
        var notebook = Of(Code("bool quick = false;"), Code("#r \"nuget: Foo, 1.0\""), Code("#r \"../artifacts/kernel/Notebooks.Kernel.dll\""), Code("1"), Code("2"));
        TimeSpan S(double s) => TimeSpan.FromSeconds(s);
        var result = new NotebookResult("n.ipynb", NotebookStatus.Passed, notebook,
            [new(0, CellStatus.Passed, S(2)), new(1, CellStatus.Passed, S(3)), new(2, CellStatus.Passed, S(0.5)),
             new(3, CellStatus.Passed, S(0.25)) { Compile = S(0.125) }, new(4, CellStatus.Passed, S(0.25))], S(7.5)) { WorkerStartup = S(1) };

        var b = TimingsTable.Of(result);

        Assert.Equal((S(1), S(3), S(0.5), S(2), S(0.5)), (b.Worker, b.Restore, b.Library, b.FirstCell, b.OtherCells));
        Assert.Equal(S(0.5), b.Overhead);
        Assert.Equal(S(0.125), b.Compiling);
    }
}
