using System.Text;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Parameters;

namespace Notebooks.Engine.Export;

/// <summary>
/// Turns a notebook into a C# file-based app (<c>dotnet run lesson.cs</c>): code cells in order, markdown as
/// comments, <c>#r "nuget:"</c> as <c>#:package</c>, the kernel library as <c>#:project</c>, magics and displayed
/// values as Notebooks.Kernel.FileApp calls, the parameters cell as command-line options. Anything without a
/// file-based equivalent is an <see cref="ExportError"/> naming its cell and line; nothing is dropped silently.
/// </summary>
public static class NotebookExporter
{
    static readonly string[] CSharpKernels = ["csharp", "c#", ".net-csharp"];
    const string KernelNamespace = "using Notebooks.Kernel;";

    public static ExportResult Export(Notebook notebook, ExportOptions options)
    {
        var app = new App();
        var parameters = NotebookParameters.Parse(notebook);
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            switch (cell.Type)
            {
                case CellType.Markdown:
                    app.Add(string.Join("\n", MarkdownComment.Lines(cell.Source)));
                    break;
                case CellType.Raw:
                    app.Add(string.Join("\n", TextLines.Split(cell.Source.TrimEnd()).Select(l => ("// " + l).TrimEnd())));
                    break;
                default:
                    ExportCode(notebook, index, parameters?.CellIndex == index ? parameters : null, app);
                    break;
            }
        }
        return app.Errors.Count > 0 ? new ExportResult(null, app.Errors) : new ExportResult(app.Render(options, parameters), []);
    }

    static void ExportCode(Notebook notebook, int index, ParametersCell? parameters, App app)
    {
        var cell = notebook.Cells[index];
        var number = index + 1;
        if (string.IsNullOrWhiteSpace(cell.Source)) return;
        var kernel = cell.KernelName ?? notebook.DefaultKernelName;
        if (!CSharpKernels.Contains(kernel, StringComparer.OrdinalIgnoreCase))
        {
            app.Fail(number, null, $"the cell runs in the '{kernel}' kernel; a C# file-based app holds only C# cells");
            return;
        }
        if (cell.HasTag(NotebookParameters.InjectedTag))
        {
            app.Fail(number, null, "an injected-parameters cell (from a run with --param) cannot be exported; export the notebook itself and pass the values on the app's command line");
            return;
        }

        var lines = TextLines.Split(cell.Source);
        if (parameters is not null) lines = ParameterLines.Rewrite(lines, parameters.Parameters);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line[..(line.Length - line.TrimStart().Length)];
            if (line.TrimStart().StartsWith("#!", StringComparison.Ordinal))
            {
                var (code, error) = MagicLine.Translate(line, app.IsDeclared);
                if (error is not null) app.Fail(number, i + 1, error);
                lines[i] = indent + code;
            }
            else if (ReferenceLine.Matches(line))
            {
                var (package, error) = ReferenceLine.Translate(line);
                if (error is not null) app.Fail(number, i + 1, error);
                if (package is not null) app.Packages.Add(package);
                lines[i] = "";
            }
        }

        var parts = CSharpCell.Split(string.Join("\n", lines));
        foreach (var (line, message) in parts.Errors) app.Fail(number, line, message);
        foreach (var name in parts.Names) app.Declare(number, name);
        foreach (var directive in parts.Usings) app.Usings.Add(directive);
        app.Add(parts.Statements);
        app.Types.Add(parts.Types);
    }

    /// <summary>The app being assembled: directives, usings, body blocks in cell order, types last.</summary>
    sealed class App
    {
        readonly Dictionary<string, (int Cell, int Line)> declared = new(StringComparer.Ordinal);
        readonly List<string> body = [];
        public List<ExportError> Errors { get; } = [];
        public List<string> Packages { get; } = [];
        public List<string> Usings { get; } = [];
        public List<string> Types { get; } = [];

        public void Fail(int cell, int? line, string message) => Errors.Add(new ExportError(cell, line, message));

        public bool IsDeclared(string name) => declared.ContainsKey(name);

        /// <summary>A notebook may declare a name again in a later cell; one program may not.</summary>
        public void Declare(int cell, TopLevelName name)
        {
            if (declared.TryGetValue(name.Name, out var first))
                Fail(cell, name.Line, $"'{name.Name}' is declared again (first in cell {first.Cell}, line {first.Line}); " +
                                      "in a file-based app all cells share one scope: rename it, or assign it without declaring");
            else declared[name.Name] = (cell, name.Line);
        }

        public void Add(string block)
        {
            var trimmed = TrimBlankLines(block);
            if (trimmed.Length > 0) body.Add(trimmed);
        }

        public string Render(ExportOptions options, ParametersCell? parameters)
        {
            var names = parameters?.Parameters ?? [];
            var text = new StringBuilder();
            text.Append("#:property ManagePackageVersionsCentrally=false\n");
            text.Append("#:property PublishAot=false\n");
            text.Append($"#:project {options.KernelProject}\n");
            foreach (var package in Packages.Distinct(StringComparer.OrdinalIgnoreCase)) text.Append(package).Append('\n');
            text.Append('\n');
            text.Append($"// {options.AppFileName}: {options.NotebookPath} as a C# file-based app (written by `notebooks export`).\n");
            var example = string.Concat(names.Select(p => $" --{p.Name} {Unquoted(p.DefaultLiteral)}"));
            text.Append($"// Run it: dotnet run {options.AppFileName}{(names.Count > 0 ? $" [--{example}]" : "")}\n\n");

            foreach (var directive in Usings.Prepend(KernelNamespace).Distinct(StringComparer.Ordinal).Order(UsingOrder.Instance))
                text.Append(directive).Append('\n');
            text.Append('\n');

            var start = string.Concat(names.Select(p => $", {CSharpLiterals.String(p.Name)}"));
            text.Append($"FileApp.Start(args{start});\n\n");
            text.Append(string.Join("\n\n", body)).Append('\n');
            var types = Types.Select(TrimBlankLines).Where(t => t.Length > 0).ToList();
            if (types.Count > 0) text.Append('\n').Append(string.Join("\n\n", types)).Append('\n');
            return text.ToString();
        }

        static string Unquoted(string literal) => literal.Length >= 2 && literal[0] == '"' && literal[^1] == '"' ? literal[1..^1] : literal.TrimEnd('f', 'F', 'm', 'M', 'L', 'l', 'd', 'D');

        /// <summary>Drops blank lines around a block; lines inside keep their text (a multi-line string may need it).</summary>
        static string TrimBlankLines(string block)
        {
            var lines = TextLines.Split(block).ToList();
            while (lines.Count > 0 && lines[0].Trim().Length == 0) lines.RemoveAt(0);
            while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
            return string.Join("\n", lines);
        }
    }

    /// <summary>using X; before using static X; before using A = B; each group in first-seen order (a stable sort).</summary>
    sealed class UsingOrder : IComparer<string>
    {
        public static readonly UsingOrder Instance = new();
        public int Compare(string? x, string? y) => Rank(x!).CompareTo(Rank(y!));
        static int Rank(string directive) => directive.StartsWith("using static ", StringComparison.Ordinal) ? 1 : directive.Contains('=') ? 2 : 0;
    }
}
