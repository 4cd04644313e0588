using System.Text;

namespace Notebooks.Kernel.Formatters;

/// <summary>Plain-text table with columns padded to their widest cell, for the text/plain views.</summary>
public static class TextTable
{
    public static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { headers };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, headers.Count)
            .Select(c => all.Max(r => c < r.Count ? r[c].Length : 0))
            .ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < all.Count; r++)
        {
            var cells = Enumerable.Range(0, widths.Length).Select(c => (c < all[r].Count ? all[r][c] : "").PadRight(widths[c]));
            text.AppendLine(string.Join("  ", cells).TrimEnd());
            if (r == 0) text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        return text.ToString();
    }
}
