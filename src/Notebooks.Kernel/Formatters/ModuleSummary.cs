using Notebooks.Kernel.Html;
using static Notebooks.Kernel.Html.HtmlBuilder;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// A layer table for a TorchSharp module, like Keras' summary(): each module with its own parameters' shapes and
/// the parameter count of its whole subtree, children indented under their parent.
/// </summary>
public sealed record ModuleSummary(IReadOnlyList<ModuleSummary.Row> Rows, long TotalParameters, long TrainableParameters, int HiddenRows)
{
    public const int MaxRows = 200;

    public sealed record Row(int Depth, string Name, string Type, IReadOnlyList<string> ParameterShapes, long Parameters);

    public static ModuleSummary Of(nn.Module module)
    {
        var rows = new List<Row>();
        var hidden = 0;
        void Visit(string name, nn.Module m, int depth)
        {
            if (rows.Count < MaxRows)
            {
                var shapes = m.named_parameters(recurse: false).Select(p => $"{p.name} [{string.Join(", ", p.parameter.shape)}]").ToList();
                rows.Add(new Row(depth, name, TypeName(m.GetType()), shapes, m.parameters().Sum(p => p.numel())));
            }
            else hidden++;
            foreach (var (childName, child) in m.named_children()) Visit(childName, child, depth + 1);
        }
        Visit(TypeName(module.GetType()), module, 0);
        var parameters = module.parameters().ToList();
        return new ModuleSummary(rows, parameters.Sum(p => p.numel()), parameters.Where(p => p.requires_grad).Sum(p => p.numel()), hidden);
    }

    static string TypeName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    static readonly string[] Headers = ["layer", "type", "parameter shapes", "parameters"];

    IEnumerable<string> Footer =>
    [
        .. HiddenRows > 0 ? [$"… {HiddenRows} more modules not shown"] : Array.Empty<string>(),
        $"Total parameters: {ValueText.Count(TotalParameters)}",
        $"Trainable parameters: {ValueText.Count(TrainableParameters)}",
        $"Non-trainable parameters: {ValueText.Count(TotalParameters - TrainableParameters)}",
    ];

    public string ToHtml()
    {
        var rows = Rows.Select(r => new HtmlCell[]
        {
            new(r.Name, $"padding-left:{0.5 + 1.5 * r.Depth}em"), r.Type, string.Join("; ", r.ParameterShapes), new(ValueText.Count(r.Parameters), "text-align:right"),
        });
        return Element("div", Table(Headers.Select(h => new HtmlCell(h)), rows) + string.Concat(Footer.Select(line => TextElement("p", line, "margin:0"))));
    }

    public string ToText() =>
        TextTable.Render(Headers, Rows.Select(r => (IReadOnlyList<string>)
            [new string(' ', 2 * r.Depth) + r.Name, r.Type, string.Join("; ", r.ParameterShapes), ValueText.Count(r.Parameters)]))
        + string.Join(Environment.NewLine, Footer) + Environment.NewLine;
}
