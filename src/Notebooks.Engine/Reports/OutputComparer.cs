using System.Text;
using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Reports;

/// <summary>
/// nbval-style check: do the fresh outputs of each code cell match those stored in the notebook, once
/// normalised? Images are ignored, tracebacks are reduced to their first line, and cells tagged
/// nbval-ignore-output (or nbval-skip) are not compared. Cells are paired by position, leaving out any
/// cell the runner injected (tag injected-parameters).
/// </summary>
public static class OutputComparer
{
    public const string IgnoreOutputTag = "nbval-ignore-output";
    public const string SkipTag = "nbval-skip";
    public const string InjectedTag = "injected-parameters";

    private static readonly string[] TextMimes = ["text/plain", "text/html", "text/markdown", "text/latex", "application/json"];

    public static IReadOnlyList<CellMismatch> Compare(Notebook stored, Notebook fresh, int maxDiffLines = 20)
    {
        var storedCells = Numbered(stored);
        var freshCells = Numbered(fresh).Select(c => c.Cell).ToList();
        var mismatches = new List<CellMismatch>();

        for (var i = 0; i < storedCells.Count; i++)
        {
            var (number, cell) = storedCells[i];
            if (i >= freshCells.Count)
            {
                mismatches.Add(new CellMismatch(number, $"missing from the fresh notebook ({freshCells.Count} cells against {storedCells.Count})", ""));
                break;
            }
            var other = freshCells[i];
            if (cell.Type != other.Type || cell.Source.ReplaceLineEndings("\n").TrimEnd() != other.Source.ReplaceLineEndings("\n").TrimEnd())
            {
                mismatches.Add(new CellMismatch(number, "the fresh notebook has a different cell here; cells no longer line up",
                    LineDiff.Unified(cell.Source.ReplaceLineEndings("\n"), other.Source.ReplaceLineEndings("\n"), maxDiffLines)));
                break;
            }
            if (cell.Type != CellType.Code || cell.HasTag(IgnoreOutputTag) || cell.HasTag(SkipTag)) continue;

            var (expected, actual) = Transcripts(cell.Outputs, other.Outputs);
            if (expected != actual)
                mismatches.Add(new CellMismatch(number, "outputs differ", LineDiff.Unified(expected, actual, maxDiffLines)));
        }
        if (freshCells.Count > storedCells.Count && mismatches.Count == 0)
            mismatches.Add(new CellMismatch(storedCells.Count + 1, $"the fresh notebook has {freshCells.Count - storedCells.Count} extra cells", ""));
        return mismatches;
    }

    private static List<(int Number, Cell Cell)> Numbered(Notebook notebook) =>
        notebook.Cells.Select((cell, i) => (i + 1, cell)).Where(c => !c.cell.HasTag(InjectedTag)).ToList();

    /// <summary>Both cells' outputs as normalised text; paired display outputs are read in the same mime type.</summary>
    private static (string Expected, string Actual) Transcripts(IReadOnlyList<CellOutput> stored, IReadOnlyList<CellOutput> fresh)
    {
        var a = Comparable(stored);
        var b = Comparable(fresh);
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var x = i < a.Count ? a[i] : null;
            var y = i < b.Count ? b[i] : null;
            var shared = x is DisplayOutput dx && y is DisplayOutput dy ? SharedMime(dx, dy) : null;
            if (x is not null) expected.Append(Describe(x, shared)).Append('\n');
            if (y is not null) actual.Append(Describe(y, shared)).Append('\n');
        }
        return (OutputNormalizer.Normalize(expected.ToString()), OutputNormalizer.Normalize(actual.ToString()));
    }

    /// <summary>Outputs worth comparing: image-only displays dropped, consecutive chunks of one stream joined.</summary>
    private static List<CellOutput> Comparable(IReadOnlyList<CellOutput> outputs)
    {
        var list = new List<CellOutput>();
        foreach (var output in outputs)
        {
            if (output is DisplayOutput display && !display.Data.Keys.Any(IsText)) continue;
            if (output is StreamOutput stream && list.Count > 0 && list[^1] is StreamOutput last && last.Name == stream.Name)
                list[^1] = last with { Text = last.Text + stream.Text };
            else
                list.Add(output);
        }
        return list;
    }

    private static string? SharedMime(DisplayOutput a, DisplayOutput b) =>
        TextMimes.FirstOrDefault(m => a.Data.ContainsKey(m) && b.Data.ContainsKey(m))
        ?? a.Data.Keys.Where(IsText).Intersect(b.Data.Keys).Order(StringComparer.Ordinal).FirstOrDefault();

    private static string Describe(CellOutput output, string? mime) => output switch
    {
        StreamOutput s => $"[{s.Name}]\n{s.Text}",
        ErrorOutput e => $"[error]\n{e.EName}: {e.EValue}",
        DisplayOutput d => Display(d, mime ?? TextMimes.FirstOrDefault(d.Data.ContainsKey) ?? d.Data.Keys.Where(IsText).Order(StringComparer.Ordinal).First()),
        _ => "",
    };

    private static string Display(DisplayOutput display, string mime) => $"[{mime}]\n{display.Data[mime]}";

    private static bool IsText(string mime) => !mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
