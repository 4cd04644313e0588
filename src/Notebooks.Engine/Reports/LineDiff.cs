namespace Notebooks.Engine.Reports;

/// <summary>A short unified-style diff ("-" stored, "+" fresh, two lines of context), cut after a line budget.</summary>
public static class LineDiff
{
    private const int Context = 2;
    private const int MaxCells = 4_000_000;

    public static string Unified(string expected, string actual, int maxLines = 20, string expectedName = "stored", string actualName = "fresh")
    {
        var ops = Edits(Lines(expected), Lines(actual));
        var lines = new List<string> { $"--- {expectedName}", $"+++ {actualName}" };
        var changed = ops.Select((op, i) => (op, i)).Where(x => x.op.Kind != ' ').Select(x => x.i).ToList();
        var shown = new bool[ops.Count];
        foreach (var i in changed)
            for (var j = Math.Max(0, i - Context); j <= Math.Min(ops.Count - 1, i + Context); j++) shown[j] = true;

        for (var i = 0; i < ops.Count; i++)
        {
            if (!shown[i]) continue;
            if (i == 0 || !shown[i - 1]) lines.Add($"@@ {Position(ops, i)} @@");
            lines.Add(ops[i].Kind + ops[i].Text);
        }

        if (lines.Count > maxLines)
        {
            var hidden = lines.Count - (maxLines - 1);
            lines = [.. lines.Take(maxLines - 1), $"… {hidden} more diff lines"];
        }
        return string.Join('\n', lines);
    }

    private record struct Edit(char Kind, string Text, int OldLine, int NewLine);

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Split('\n');

    private static string Position(List<Edit> ops, int i) => $"-{ops[i].OldLine} +{ops[i].NewLine}";

    /// <summary>Longest-common-subsequence edit script over the lines between the common prefix and suffix.</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var ops = new List<Edit>();
        for (var i = 0; i < prefix; i++) ops.Add(new(' ', a[i], i + 1, i + 1));

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        if ((long)n * m > MaxCells)
        {
            for (var i = 0; i < n; i++) ops.Add(new('-', a[prefix + i], prefix + i + 1, prefix + 1));
            for (var j = 0; j < m; j++) ops.Add(new('+', b[prefix + j], prefix + n + 1, prefix + j + 1));
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
                for (var j = m - 1; j >= 0; j--)
                    lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[prefix + x] == b[prefix + y]) { ops.Add(new(' ', a[prefix + x], prefix + x + 1, prefix + y + 1)); x++; y++; }
                else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1])) { ops.Add(new('-', a[prefix + x], prefix + x + 1, prefix + y + 1)); x++; }
                else { ops.Add(new('+', b[prefix + y], prefix + x + 1, prefix + y + 1)); y++; }
            }
        }

        for (var k = 0; k < suffix; k++)
            ops.Add(new(' ', a[a.Length - suffix + k], a.Length - suffix + k + 1, b.Length - suffix + k + 1));
        return ops;
    }
}
