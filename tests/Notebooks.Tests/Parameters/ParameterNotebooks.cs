using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;

namespace Notebooks.Tests.Parameters;

/// <summary>Tiny notebooks with a parameters cell, built in code.</summary>
internal static class ParameterNotebooks
{
    public static JsonObject Tagged(string tag) => new()
    {
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        ["tags"] = new JsonArray(tag),
        ["vscode"] = new JsonObject { ["languageId"] = "polyglot-notebook" },
    };

    /// <summary>Markdown, the parameters cell (index 1) with <paramref name="source"/>, then a cell that uses them.</summary>
    public static Notebook With(string source)
    {
        var notebook = new Notebook { Path = "notebooks/lesson.ipynb" };
        notebook.Cells.Add(new Cell { Type = CellType.Markdown, Id = "intro", Source = "# Lesson" });
        notebook.Cells.Add(new Cell { Type = CellType.Code, Id = "params", Source = source, Metadata = Tagged("parameters") });
        notebook.Cells.Add(new Cell { Type = CellType.Code, Id = "train", Source = "Console.WriteLine(epochs);" });
        return notebook;
    }
}
