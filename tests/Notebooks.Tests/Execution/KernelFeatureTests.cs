using Notebooks.Engine.Execution;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Execution;

/// <summary>What notebooks written in VS Code rely on works in the runner's worker too.</summary>
public class KernelFeatureTests
{
    [Fact]
    public async Task When_a_cell_imports_another_notebook_then_its_code_runs_in_this_kernel()
    {
        var folder = Directory.CreateTempSubdirectory("nb-import-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "shared.dib"), "#!csharp\n\nvar fromImport = 41 + 1;\n");

        var result = await RunAsync(Of(Code("#!import shared.dib"), Code("fromImport")), folder);

        Assert.True(result.Succeeded, FailureDescription.Describe(result, "import"));
        Assert.Equal("42", result.Executed!.Cells[1].Text());
    }

    [Fact]
    public async Task When_a_value_is_set_with_the_set_magic_then_csharp_sees_it()
    {
        var result = await RunAsync(Of(Code("#!set --name answer --value 42"), Code("answer")));

        Assert.True(result.Succeeded, FailureDescription.Describe(result, "set"));
        Assert.Equal("42", result.Executed!.Cells[1].Text());
    }

    [Fact]
    public async Task When_a_cell_references_a_nuget_package_then_it_restores_and_the_next_cell_uses_it()
    {
        var result = await RunAsync(Of(
            Code("#r \"nuget: Microsoft.Data.Analysis, 0.23.1\""),
            Code("new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.Int32DataFrameColumn(\"a\", 3)).Rows.Count")));

        Assert.True(result.Succeeded, FailureDescription.Describe(result, "nuget"));
        Assert.Equal("3", result.Executed!.Cells[1].Text());
    }

    [Fact]
    public async Task When_a_nuget_package_does_not_exist_then_the_failure_names_it()
    {
        var result = await RunAsync(Of(Code("#r \"nuget: Notebooks.Package.That.Does.Not.Exist, 1.0.0\"")));

        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Contains("Notebooks.Package.That.Does.Not.Exist", FailureDescription.Describe(result, "nuget"));
    }
}
