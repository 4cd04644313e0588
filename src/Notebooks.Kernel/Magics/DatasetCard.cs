using System.Globalization;
using System.Net;
using Microsoft.DotNet.Interactive;
using Notebooks.Kernel.Data;

namespace Notebooks.Kernel.Magics;

/// <summary>The provenance card #!dataset shows: source, licence, shape and checksum, HTML-encoded.
/// A file-based app prints the same <see cref="Text"/> (FileApp.Dataset).</summary>
static class DatasetCard
{
    static string E(string s) => WebUtility.HtmlEncode(s);
    static string Shape(DatasetInfo d) => string.Create(CultureInfo.InvariantCulture, $"{d.Rows:N0} rows × {d.Columns} columns");

    public static string Text(DatasetInfo d, string variable) => $"""
        {variable} = {d.Name} ({d.File}): {Shape(d)}
          {d.Description}
          Source:  {d.Source}
          Licence: {d.Licence}
          SHA-256: {d.Sha256} (verified)
        """;

    public static string ListText() =>
        string.Join("\n", DatasetCatalog.All.Select(d => $"{d.Name,-16} {Shape(d),-26} {d.Description}"));

    public static void Show(KernelInvocationContext context, DatasetInfo d, string variable)
    {
        var text = Text(d, variable);
        var html = $"""
            <div class="dataset-card"><b><code>{E(variable)}</code> = {E(d.Name)}</b> <small>({E(d.File)}, {E(Shape(d))})</small>
            <div>{E(d.Description)}</div>
            <table><tr><th>Source</th><td>{E(d.Source)}</td></tr><tr><th>Licence</th><td>{E(d.Licence)}</td></tr>
            <tr><th>SHA-256</th><td><code>{E(d.Sha256)}</code> (verified)</td></tr></table></div>
            """;
        MagicUsage.Display(context, d, html, text);
    }

    public static void ShowList(KernelInvocationContext context)
    {
        var all = DatasetCatalog.All;
        var text = ListText();
        var rows = string.Concat(all.Select(d =>
            $"<tr><td><code>{E(d.Name)}</code></td><td>{E(Shape(d))}</td><td>{E(d.Description)}</td><td>{E(d.Licence)}</td></tr>"));
        var html = $"<table><tr><th>Name</th><th>Shape</th><th>Description</th><th>Licence</th></tr>{rows}</table>";
        MagicUsage.Display(context, all, html, text);
    }
}
