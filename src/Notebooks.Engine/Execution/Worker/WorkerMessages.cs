using System.Text.Json.Serialization;

namespace Notebooks.Engine.Execution.Worker;

/// <summary>Engine → worker, one JSON line on stdin per cell.</summary>
public sealed record CellRequest(int Cell, string Kernel, string Code);

/// <summary>Worker → engine, one JSON line each on the protocol stream. The "event" property names the kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(ReadyEvent), "ready")]
[JsonDerivedType(typeof(StreamEvent), "stream")]
[JsonDerivedType(typeof(DisplayEvent), "display")]
[JsonDerivedType(typeof(UpdateEvent), "update")]
[JsonDerivedType(typeof(ResultEvent), "result")]
[JsonDerivedType(typeof(ErrorEvent), "error")]
[JsonDerivedType(typeof(DoneEvent), "done")]
public abstract record WorkerEvent;

/// <summary>The kernel is built and the worker reads requests; Kernels lists the names it can run.</summary>
public sealed record ReadyEvent(IReadOnlyList<string> Kernels) : WorkerEvent;

public sealed record StreamEvent(int Cell, string Name, string Text) : WorkerEvent;

public sealed record DisplayEvent(int Cell, IReadOnlyDictionary<string, string> Data, string? DisplayId) : WorkerEvent;

/// <summary>Replaces the data of an earlier display that has the same id.</summary>
public sealed record UpdateEvent(int Cell, string DisplayId, IReadOnlyDictionary<string, string> Data) : WorkerEvent;

public sealed record ResultEvent(int Cell, IReadOnlyDictionary<string, string> Data) : WorkerEvent;

/// <summary>
/// A failed cell. ScriptLine is 1-based in the code the C# compiler saw, which lacks the directive
/// lines (#r, #i, #!…); the engine maps it back to the cell's own line.
/// </summary>
public sealed record ErrorEvent(int Cell, string EName, string EValue, IReadOnlyList<string> Traceback, int? ScriptLine) : WorkerEvent;

/// <summary>CompileSeconds: from the request until the cell's compiled code was loaded to run; null when no code ran.</summary>
public sealed record DoneEvent(int Cell, bool Ok, double? CompileSeconds = null) : WorkerEvent;
