using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

/// <summary>One output of a code cell, shaped like nbformat 4's output types.</summary>
public abstract record CellOutput;

/// <summary>stdout / stderr text.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>display_data, or execute_result when <see cref="IsResult"/>; Data maps mime type to content.</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, bool IsResult = false, string? DisplayId = null) : CellOutput
{
    /// <summary>nbformat's per-output metadata (e.g. an image's size), kept verbatim; null writes as {}.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>An execute_result's own count; null means the cell's.</summary>
    public int? ExecutionCount { get; init; }
}

/// <summary>An error: exception type name, message, and traceback lines (plain text, no ANSI codes).</summary>
public sealed record ErrorOutput(string EName, string EValue, IReadOnlyList<string> Traceback) : CellOutput;
