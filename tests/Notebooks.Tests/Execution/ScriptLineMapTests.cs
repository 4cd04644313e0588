using Notebooks.Engine.Execution;
using Xunit;

namespace Notebooks.Tests.Execution;

/// <summary>Cases measured against .NET Interactive 1.0.0-beta.26120.1: the line its stack traces named for a throw.</summary>
public class ScriptLineMapTests
{
    [Theory]
    [InlineData("\n\nvar a = 1;\nthrow new Exception();", 4, 4)]
    [InlineData("#i \"nuget: /tmp\"\n\n\nvar b = 1;\n\nthrow new Exception();", 3, 6)]
    [InlineData("var c = 1;\n#i \"nuget: /tmp\"\n\nthrow new Exception();", 3, 4)]
    [InlineData("  \n#!csharp\n  \nthrow new Exception();", 1, 4)]
    [InlineData("#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\n\nvar b = 1;\nthrow new Exception();", 2, 4)]
    [InlineData("#r \"../artifacts/kernel/Notebooks.Kernel.dll\"\nvar a = 1;\nthrow new Exception();", 3, 3)]
    public void When_directives_were_removed_then_script_lines_map_to_cell_lines(string cell, int scriptLine, int cellLine) =>
        Assert.Equal(cellLine, ScriptLineMap.ToCellLine(cell, scriptLine));

    [Fact]
    public void When_the_script_line_is_past_the_cell_then_there_is_no_cell_line() =>
        Assert.Null(ScriptLineMap.ToCellLine("#!csharp\nvar a = 1;", 2));

    [Fact]
    public void When_a_traceback_names_this_cell_then_its_lines_are_rewritten_and_other_cells_are_not()
    {
        const string cell = "#!csharp\nvar a = 1;\nthrow new Exception();";

        var rewritten = ScriptLineMap.RewriteTraceback(
            ["   at Submission#3 in /d/cell-4.csx:line 2", "   at Submission#1 in /d/cell-2.csx:line 2", "cell-4.csx(2,7): error CS1002"], 3, cell);

        Assert.Equal(["   at Submission#3 in /d/cell-4.csx:line 3", "   at Submission#1 in /d/cell-2.csx:line 2", "cell-4.csx(3,7): error CS1002"], rewritten);
    }

    [Fact]
    public void When_a_cell_references_a_nuget_package_then_it_restores_packages()
    {
        Assert.True(ScriptLineMap.RestoresPackages("var a = 1;\n#r \"nuget: Foo, 1.0\""));
        Assert.False(ScriptLineMap.RestoresPackages("#r \"../lib.dll\"\n// #r \"nuget: X\""));
    }
}
