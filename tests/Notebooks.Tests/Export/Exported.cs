using Notebooks.Engine.Documents;
using Notebooks.Engine.Export;

namespace Notebooks.Tests.Export;

/// <summary>Exports a notebook built in code, as the export command would for notebooks/lesson.ipynb.</summary>
static class Exported
{
    public static ExportResult From(Notebook notebook) =>
        NotebookExporter.Export(notebook, new ExportOptions("../src/Notebooks.Kernel/Notebooks.Kernel.csproj", "notebooks/test.ipynb", "test.cs"));

    public static string Source(Notebook notebook)
    {
        var result = From(notebook);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Source!;
    }

    public static ExportError SingleError(Notebook notebook)
    {
        var result = From(notebook);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }
}
