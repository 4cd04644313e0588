using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Engine.Execution.Worker;
using System.Text.RegularExpressions;
using KernelDisplayEvent = Microsoft.DotNet.Interactive.Events.DisplayEvent;
using DisplayEvent = Notebooks.Engine.Execution.Worker.DisplayEvent;

namespace Notebooks.Runner.Worker;

/// <summary>Turns .NET Interactive's events for one cell into protocol events.</summary>
static partial class EventTranslator
{
    public static WorkerEvent? Output(int cell, KernelEvent e) => e switch
    {
        StandardOutputValueProduced o => new StreamEvent(cell, "stdout", PlainText(o)),
        StandardErrorValueProduced o => new StreamEvent(cell, "stderr", PlainText(o)),
        DisplayedValueUpdated u => new UpdateEvent(cell, u.ValueId, Data(u)),
        DisplayedValueProduced d => new DisplayEvent(cell, Data(d), d.ValueId),
        // `display(x)` as a cell's last expression returns the DisplayedValue: already shown once.
        ReturnValueProduced { Value: DisplayedValue } => null,
        ReturnValueProduced r => new ResultEvent(cell, Data(r)),
        _ => null,
    };

    public static ErrorEvent Error(int cell, CommandFailed failed, string fileName) => failed.Exception switch
    {
        CodeSubmissionCompilationErrorException { InnerException: CompilationErrorException compile } => CompileError(cell, compile),
        CompilationErrorException compile => CompileError(cell, compile),
        { } exception => RuntimeError(cell, exception, fileName),
        null => new ErrorEvent(cell, "CommandFailed", failed.Message, [], null),
    };

    static ErrorEvent CompileError(int cell, CompilationErrorException compile)
    {
        var errors = compile.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var first = errors.FirstOrDefault() ?? compile.Diagnostics.First();
        int? line = first.Location.IsInSource ? first.Location.GetLineSpan().StartLinePosition.Line + 1 : null;
        return new ErrorEvent(cell, first.Id, first.GetMessage(), errors.Select(d => d.ToString()).ToList(), line);
    }

    static ErrorEvent RuntimeError(int cell, Exception exception, string fileName)
    {
        var trace = exception.ToString().ReplaceLineEndings("\n").Split('\n');
        // The first frame in this cell's file is where the cell's own code was when it threw.
        var frame = new Regex(Regex.Escape(fileName) + @":line (\d+)");
        var line = trace.Select(t => frame.Match(t)).FirstOrDefault(m => m.Success) is { } m ? int.Parse(m.Groups[1].Value) : (int?)null;
        return new ErrorEvent(cell, exception.GetType().Name, exception.Message, trace, line);
    }

    static string PlainText(KernelDisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? e.Value?.ToString() ?? "";

    static IReadOnlyDictionary<string, string> Data(KernelDisplayEvent e) =>
        e.FormattedValues.GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => g.First().Value);
}
