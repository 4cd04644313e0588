using Microsoft.AspNetCore.Builder;

namespace Notebooks.Kernel.Serving;

/// <summary>A model being served on 127.0.0.1; <c>await using</c> it (or <see cref="DisposeAsync"/>) to stop the server.</summary>
public sealed class ServedModel(WebApplication app, string url) : IAsyncDisposable
{
    int served, rejected;

    /// <summary>The bound address, e.g. http://127.0.0.1:40123 (the OS chose the port).</summary>
    public string Url { get; } = url;
    public string PredictUrl => Url + "/predict";
    public int Served => served;
    public int Rejected => rejected;

    internal void CountServed() => Interlocked.Increment(ref served);
    internal void CountRejected() => Interlocked.Increment(ref rejected);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }

    public override string ToString() => $"model served at {PredictUrl} ({served} answered, {rejected} rejected)";
}
