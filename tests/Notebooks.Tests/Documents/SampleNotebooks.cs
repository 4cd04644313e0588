using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;

namespace Notebooks.Tests.Documents;

/// <summary>Small notebooks built in code, one per scenario.</summary>
internal static class SampleNotebooks
{
    public static Notebook Clean()
    {
        var notebook = new Notebook
        {
            Path = "sample.ipynb",
            Metadata = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp" } },
            },
        };
        notebook.Cells.Add(new Cell { Type = CellType.Markdown, Id = "title", Source = "# Sample" });
        notebook.Cells.Add(new Cell { Type = CellType.Code, Id = "train", Source = "Console.WriteLine(\"epoch 1\");\nConsole.WriteLine(\"epoch 2\");" });
        return notebook;
    }

    public static Notebook WithEveryOutputType()
    {
        var notebook = Clean();
        var cell = notebook.Cells[1];
        cell.ExecutionCount = 7;
        cell.Outputs.Add(new StreamOutput("stdout", "epoch 1\nepoch 2\n"));
        cell.Outputs.Add(new DisplayOutput(new Dictionary<string, string>
        {
            ["text/html"] = "<b>loss</b>",
            ["image/png"] = "iVBORw0KGgo=",
            ["application/json"] = """{"loss":0.25}""",
            ["image/svg+xml"] = "<svg>\n</svg>",
        }));
        cell.Outputs.Add(new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "0.25" }, IsResult: true));
        cell.Outputs.Add(new ErrorOutput("System.Exception", "boom", ["at A", "at B"]));
        return notebook;
    }

    public static Notebook WithErrorOutput()
    {
        var notebook = Clean();
        notebook.Cells[1].ExecutionCount = 1;
        notebook.Cells[1].Outputs.Add(new ErrorOutput("System.DivideByZeroException", "Attempted to divide by zero.", []));
        return notebook;
    }
}
