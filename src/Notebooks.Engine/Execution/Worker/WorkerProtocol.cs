using System.Text.Json;

namespace Notebooks.Engine.Execution.Worker;

/// <summary>The JSON-lines encoding both ends of the worker pipe share.</summary>
public static class WorkerProtocol
{
    /// <summary>The hidden subcommand that turns the runner into a worker.</summary>
    public const string WorkerVerb = "worker";

    /// <summary>Added to the worker's arguments when it is started ahead: it warms the compiler up before it says ready.</summary>
    public const string WarmFlag = "--warm";

    /// <summary>The file name the C# compiler gives a cell's code, so frames and diagnostics name their cell.</summary>
    public static string ScriptFileName(int cellIndex) => $"cell-{cellIndex + 1}.csx";

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
    };

    public static string Encode(CellRequest request) => JsonSerializer.Serialize(request, Options);

    public static string Encode(WorkerEvent message) => JsonSerializer.Serialize(message, Options);

    public static CellRequest? DecodeRequest(string line) => JsonSerializer.Deserialize<CellRequest>(line, Options);

    /// <summary>Null when the line is not a protocol message (e.g. user code that wrote straight to fd 1).</summary>
    public static WorkerEvent? TryDecodeEvent(string line)
    {
        if (!line.StartsWith('{')) return null;
        try { return JsonSerializer.Deserialize<WorkerEvent>(line, Options); }
        catch (JsonException) { return null; }
    }
}
