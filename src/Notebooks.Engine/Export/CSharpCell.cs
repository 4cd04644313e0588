using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Notebooks.Engine.Export;

/// <summary>A name a cell declares at its top level: a variable, a function or a type, and the 1-based line.</summary>
sealed record TopLevelName(string Name, int Line);

/// <summary>One code cell split the way a C# file-based app needs it: using directives (hoisted to the top of the
/// file), statements (in cell order), type declarations (after all statements), plus what it declares.</summary>
sealed record CellParts(IReadOnlyList<string> Usings, string Statements, string Types, IReadOnlyList<TopLevelName> Names,
    IReadOnlyList<(int Line, string Message)> Errors);

/// <summary>
/// Reads a cell as the notebook kernel does (C# script: a last expression without ';' is the cell's value) and
/// rewrites what differs in a top-level program: the value and display(x) print through FileApp.Show,
/// NotebookSetup.Load() becomes a note, and script-only declarations (a public field, a property) are adapted
/// or reported.
/// </summary>
static class CSharpCell
{
    static readonly CSharpParseOptions Script = new(LanguageVersion.Preview, kind: SourceCodeKind.Script);

    /// <summary>Kernel helpers (Microsoft.DotNet.Interactive.Kernel's static members) other than display.</summary>
    static readonly HashSet<string> KernelHelpers = ["HTML", "CSS", "Javascript", "GetInputAsync", "GetInputsAsync", "GetPasswordAsync"];

    static readonly HashSet<string> NoValue = ["display", "Console.WriteLine", "Console.Write", "Claim.That"];

    static readonly HashSet<SyntaxKind> DroppedModifiers =
        [SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.InternalKeyword, SyntaxKind.ProtectedKeyword];

    sealed record Edit(TextSpan Span, string Text);

    public static CellParts Split(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, Script);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        int LineOf(SyntaxNode node) => tree.GetLineSpan(node.Span).StartLinePosition.Line + 1;

        if (tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } syntax)
            return Failed((syntax.Location.GetLineSpan().StartLinePosition.Line + 1, $"C# syntax error {syntax.Id}: {syntax.GetMessage()}"));

        var errors = new List<(int, string)>();
        var edits = new List<Edit>();
        KernelOnly(root, edits, errors, LineOf);
        TrailingExpression(root, edits);

        var names = new List<TopLevelName>();
        var statements = new System.Text.StringBuilder();
        var types = new System.Text.StringBuilder();
        foreach (var attributes in root.AttributeLists)
            errors.Add((LineOf(attributes), "an assembly attribute in a cell has no place in a file-based app's top-level code; move it to a project"));
        foreach (var member in root.Members)
        {
            var last = member == root.Members.Last();
            string Text() => Apply(code, member.FullSpan, edits, last);
            switch (member)
            {
                case GlobalStatementSyntax global:
                    names.AddRange(Declared(global.Statement).Select(n => new TopLevelName(n, LineOf(global))));
                    statements.Append(Text());
                    break;
                case FieldDeclarationSyntax field:
                    // In a script a top-level variable is a field; as a local it cannot be public or static.
                    DropModifiers(field.Modifiers, [.. DroppedModifiers, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword], edits);
                    names.AddRange(field.Declaration.Variables.Select(v => new TopLevelName(v.Identifier.Text, LineOf(field))));
                    statements.Append(Text());
                    break;
                case MethodDeclarationSyntax method:
                    // A script's method becomes a local function, which has no access modifier.
                    DropModifiers(method.Modifiers, DroppedModifiers, edits);
                    names.Add(new TopLevelName(method.Identifier.Text, LineOf(method)));
                    statements.Append(Text());
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax:
                    if (member is BaseTypeDeclarationSyntax type) names.Add(new TopLevelName(type.Identifier.Text, LineOf(type)));
                    if (member is DelegateDeclarationSyntax @delegate) names.Add(new TopLevelName(@delegate.Identifier.Text, LineOf(@delegate)));
                    types.Append(Text());
                    break;
                default:
                    errors.Add((LineOf(member), $"a {Describe(member)} at the top level of a cell has no equivalent in a file-based app's top-level code; make it a variable or a function, or put it in a class"));
                    break;
            }
        }
        statements.Append(root.EndOfFileToken.LeadingTrivia.ToFullString());
        if (errors.Count > 0) return Failed([.. errors]);

        var usings = root.Usings.Select(u => u.WithoutTrivia().ToString()).ToList();
        return new CellParts(usings, statements.ToString(), types.ToString(), names, []);
    }

    static CellParts Failed(params (int, string)[] errors) => new([], "", "", [], errors);

    /// <summary>display(x) prints; the other kernel helpers and the kernel itself have no file-based equivalent.</summary>
    static void KernelOnly(CompilationUnitSyntax root, List<Edit> edits, List<(int, string)> errors, Func<SyntaxNode, int> lineOf)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "display" } id } call:
                    if (call.Parent is ExpressionStatementSyntax) edits.Add(new Edit(id.Span, "FileApp.Show"));
                    else errors.Add((lineOf(call), "display(...) is used as a value (a DisplayedValue to update later), which a file-based app has no equivalent for; call display(x) on its own"));
                    break;
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax id } call when KernelHelpers.Contains(id.Identifier.Text):
                    errors.Add((lineOf(call), $"{id.Identifier.Text}(...) is a notebook kernel helper with no file-based app equivalent"));
                    break;
                case IdentifierNameSyntax { Identifier.Text: "KernelInvocationContext" } kernel:
                    errors.Add((lineOf(kernel), "KernelInvocationContext exists only inside a notebook kernel; a file-based app has none"));
                    break;
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Kernel" }, Name.Identifier.Text: "Root" or "Current" } kernel:
                    errors.Add((lineOf(kernel), $"{kernel} exists only inside a notebook kernel; a file-based app has none"));
                    break;
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: var target } load } statement
                    when target.ToString() is "NotebookSetup.Load" or "Notebooks.Kernel.NotebookSetup.Load":
                    if (load.ArgumentList.Arguments.Count == 0)
                        edits.Add(new Edit(statement.Span, "// NotebookSetup.Load(): in a file-based app FileApp.Start (at the top) registers the formatters"));
                    else errors.Add((lineOf(statement), "NotebookSetup.Load(kernel) loads into a kernel; a file-based app has none"));
                    break;
            }
        }
    }

    /// <summary>The cell's value: a last expression without ';' is shown, as the notebook shows it.</summary>
    static void TrailingExpression(CompilationUnitSyntax root, List<Edit> edits)
    {
        if (root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement })
            return;
        var expression = statement.Expression;
        var end = new TextSpan(expression.Span.End, 0);
        // Without a compilation the type is unknown: these known calls show nothing themselves (void, or display's
        // own output); any other void call left last without ';' fails to compile in the app (CS1503), not silently.
        if (expression is InvocationExpressionSyntax { Expression: var target } && NoValue.Contains(target.ToString()))
        {
            edits.Add(new Edit(end, ";"));
            return;
        }
        edits.Add(new Edit(new TextSpan(expression.SpanStart, 0), "FileApp.Show("));
        edits.Add(new Edit(end, ");"));
    }

    static void DropModifiers(SyntaxTokenList modifiers, IReadOnlyCollection<SyntaxKind> kinds, List<Edit> edits)
    {
        foreach (var modifier in modifiers.Where(m => kinds.Contains(m.Kind())))
            edits.Add(new Edit(TextSpan.FromBounds(modifier.SpanStart, modifier.FullSpan.End), ""));
    }

    static IEnumerable<string> Declared(StatementSyntax statement) => statement switch
    {
        LocalDeclarationStatementSyntax local => local.Declaration.Variables.Select(v => v.Identifier.Text),
        LocalFunctionStatementSyntax function => [function.Identifier.Text],
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax declaration } } =>
            Designated(declaration.Designation),
        _ => [],
    };

    static IEnumerable<string> Designated(VariableDesignationSyntax designation) => designation switch
    {
        SingleVariableDesignationSyntax single => [single.Identifier.Text],
        ParenthesizedVariableDesignationSyntax many => many.Variables.SelectMany(Designated),
        _ => [],
    };

    static string Describe(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax => "property",
        EventFieldDeclarationSyntax or EventDeclarationSyntax => "event",
        IndexerDeclarationSyntax => "indexer",
        _ => member.Kind().ToString(),
    };

    /// <summary>The text of <paramref name="range"/> with the edits inside it applied (edits never overlap; an insertion
    /// at a point comes before a replacement starting there). An insertion where two members meet belongs to the
    /// second, except at the end of the last one.</summary>
    static string Apply(string text, TextSpan range, List<Edit> edits, bool last)
    {
        var result = new System.Text.StringBuilder();
        var position = range.Start;
        bool Inside(TextSpan span) => span.IsEmpty
            ? span.Start >= range.Start && (span.Start < range.End || (last && span.Start == range.End))
            : range.Contains(span);
        foreach (var edit in edits.Where(e => Inside(e.Span))
                     .OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length))
        {
            result.Append(text, position, edit.Span.Start - position).Append(edit.Text);
            position = edit.Span.End;
        }
        return result.Append(text, position, range.End - position).ToString();
    }
}
