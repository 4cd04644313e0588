using System.Text.Json;
using Json.Schema;

namespace Notebooks.Tests.Documents;

/// <summary>The vendored official nbformat v4.5 schema, loaded for JsonSchema.Net 8.0.5.</summary>
internal static class NbformatSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Schema errors as "location: message" lines; empty when the notebook text is valid.</summary>
    public static IReadOnlyList<string> Errors(string notebookJson)
    {
        using var document = JsonDocument.Parse(notebookJson);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : new[] { result }.Concat(result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
                .Distinct()
                .ToList();
    }

    private static JsonSchema Load()
    {
        var text = File.ReadAllText(Path.Combine(DocumentFixtures.TestsFolder(), "Schemas", "nbformat.v4.5.schema.json"));

        // JsonSchema.Net has no draft-04 dialect; every keyword this schema uses means the same in draft 06.
        text = text.Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#");

        // JsonSchema.Net 8.0.5 throws KeyNotFoundException on a patternProperties key containing '/';
        // \x2f is the same regex without the slash.
        text = text.Replace("\"^application/(.*\\\\+)?json$\"", "\"^application\\\\x2f(.*\\\\+)?json$\"");
        if (text.Contains("^application/"))
            throw new InvalidOperationException("the nbformat schema changed: revisit the patternProperties workaround");

        return JsonSchema.FromText(text);
    }
}
