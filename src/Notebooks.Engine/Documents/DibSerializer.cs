using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

/// <summary>
/// <see cref="Notebook"/> → .dib text as Polyglot writes it. A .dib holds no outputs and no cell metadata
/// beyond the kernel; raw cells, which it cannot hold, are written as markdown.
/// </summary>
internal static class DibSerializer
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Notebook notebook)
    {
        var lines = new List<string>();
        if (notebook.Metadata["polyglot_notebook"] is JsonObject { Count: > 0 } meta)
            lines.AddRange(["#!meta", "", meta.ToJsonString(Compact), ""]);

        foreach (var cell in notebook.Cells)
        {
            var text = TextLines.Split(cell.Source).SkipWhile(line => line.Length == 0).ToList();
            while (text.Count > 0 && text[^1].Length == 0)
                text.RemoveAt(text.Count - 1);
            if (text.Count == 0)
                continue;

            var kernel = cell.Type == CellType.Code ? cell.KernelName ?? notebook.DefaultKernelName : "markdown";
            lines.AddRange([$"#!{kernel}", ""]);
            lines.AddRange(text);
            lines.Add("");
        }

        return string.Join("\n", lines);
    }
}
