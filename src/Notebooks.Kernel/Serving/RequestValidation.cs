using System.Text.Encodings.Web;
using System.Text.Json;

namespace Notebooks.Kernel.Serving;

/// <summary>Turns a request body into features, or into the reason it cannot be used (a 400's message).</summary>
public static class RequestValidation
{
    // Answers are application/json, never embedded in HTML, so quotes in messages need no \u0022 escapes.
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<(float[]? Features, string? Error)> ReadAsync(Stream body, int inputLength, CancellationToken cancel = default)
    {
        PredictRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<PredictRequest>(body, Json, cancel);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            return (null, $"malformed JSON{where}: expected {Shape(inputLength)}");
        }
        if (request?.Features is not { } features)
            return (null, $"missing \"features\": expected {Shape(inputLength)}");
        if (features.Length != inputLength)
            return (null, $"wrong shape: expected {inputLength} features, got {features.Length}");
        var bad = Array.FindIndex(features, f => !float.IsFinite(f));
        if (bad >= 0)
            return (null, $"feature {bad} is not a finite number");
        return (features, null);
    }

    static string Shape(int inputLength) => $"{{\"features\": [{inputLength} numbers]}}";
}
