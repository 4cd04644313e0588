using Notebooks.Engine.Execution;
using Xunit;

namespace Notebooks.Tests.Execution;

public class ScriptLineMapTests
{
    const string Cell = "#r \"nuget: Foo, 1.0\"\nvar a = 1;\n#!time\n  #i \"nuget: /feed\"\nthrow new Exception();";

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 5)]
    public void When_directive_lines_precede_code_then_script_lines_map_past_them(int scriptLine, int cellLine) =>
        Assert.Equal(cellLine, ScriptLineMap.ToCellLine(Cell, scriptLine));

    [Fact]
    public void When_the_script_line_is_past_the_cell_then_there_is_no_cell_line() =>
        Assert.Null(ScriptLineMap.ToCellLine(Cell, 3));

    [Fact]
    public void When_a_traceback_names_this_cell_then_its_lines_are_rewritten_and_other_cells_are_not()
    {
        var rewritten = ScriptLineMap.RewriteTraceback(
            ["   at Submission#3 in /d/cell-4.csx:line 2", "   at Submission#1 in /d/cell-2.csx:line 2", "cell-4.csx(2,7): error CS1002"], 3, Cell);

        Assert.Equal(["   at Submission#3 in /d/cell-4.csx:line 5", "   at Submission#1 in /d/cell-2.csx:line 2", "cell-4.csx(5,7): error CS1002"], rewritten);
    }

    [Fact]
    public void When_a_cell_references_a_nuget_package_then_it_restores_packages()
    {
        Assert.True(ScriptLineMap.RestoresPackages(Cell));
        Assert.False(ScriptLineMap.RestoresPackages("#r \"../lib.dll\"\n// #r \"nuget: X\""));
    }
}
