/// <summary>Cells shaped like the lessons' small ones: data, a helper, a loop, LINQ, a record, a displayed value.</summary>
static class Cells
{
    public const string Setup = "#r \"../artifacts/kernel/Notebooks.Kernel.dll\"\nNotebooks.Kernel.NotebookSetup.Load();";

    static readonly string[] Shapes =
    [
        "var xs{0} = Enumerable.Range(0, 100).Select(i => i * 0.01).ToArray();\nvar ys{0} = xs{0}.Select(x => 3 * x + 1).ToArray();\nys{0}.Length",
        "double Loss{0}(double[] p, double[] t)\n{{\n    var sum = 0.0;\n    for (var i = 0; i < p.Length; i++) sum += (p[i] - t[i]) * (p[i] - t[i]);\n    return sum / p.Length;\n}}\nLoss{0}(new[] {{ 1.0, 2.0 }}, new[] {{ 1.5, 2.5 }})",
        "record Point{0}(double X, double Y);\nvar points{0} = new List<Point{0}> {{ new(1, 2), new(3, 4) }};\npoints{0}.Count",
        "var words{0} = \"the cat sat on the mat\".Split(' ');\nvar counts{0} = words{0}.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());\nConsole.WriteLine($\"distinct: {{counts{0}.Count}}\");",
        "var rng{0} = new Random({0});\nvar weights{0} = new double[8];\nfor (var i = 0; i < weights{0}.Length; i++) weights{0}[i] = rng{0}.NextDouble() - 0.5;\nweights{0}.Sum()",
        "var table{0} = Enumerable.Range(1, 5).Select(i => new {{ Epoch = i, Loss = 1.0 / i }}).ToList();\ntable{0}",
    ];

    /// <summary>A notebook's C# code cells, in order.</summary>
    public static string[] FromNotebook(string path) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => c.GetProperty("source") is var s && s.ValueKind == System.Text.Json.JsonValueKind.Array
                ? string.Concat(s.EnumerateArray().Select(l => l.GetString())) : s.GetString() ?? "")
            .ToArray();

    public static readonly string[] All =
        Enumerable.Range(0, 48).Select(i => string.Format(Shapes[i % Shapes.Length], i)).ToArray();
}
