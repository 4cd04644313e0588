using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Notebooks.Kernel.Serving;

/// <summary>
/// Serves one model over HTTP with an ASP.NET Core minimal API, on 127.0.0.1 only:
/// <c>POST /predict {"features": [...]}</c> answers <c>{"label": ..., "score": ...}</c>; a bad body gets a 400 that
/// says why; <c>GET /health</c> answers the expected input length.
/// </summary>
public static class ModelServer
{
    const int MaxBodyBytes = 64 * 1024;
    const int MaxConnections = 256;

    /// <param name="predict">Called concurrently from request threads: make it thread-safe.</param>
    /// <param name="port">0 lets the OS choose a free port (see <see cref="ServedModel.Url"/>).</param>
    public static async Task<ServedModel> StartAsync(Func<float[], Prediction> predict, int inputLength, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(predict);
        if (inputLength < 1) throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, "a model needs at least one input");
        if (port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(port), port, "a TCP port is 0–65535 (0: the OS chooses)");

        // The empty builder reads no environment variables or appsettings (ASPNETCORE_URLS cannot move it off
        // loopback) and logs nothing to the console, which the kernel redirects per cell.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxConcurrentConnections = MaxConnections;
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        ServedModel? served = null;

        app.MapGet("/health", () => Results.Json(new { status = "ok", inputLength }));
        app.MapPost("/predict", async (HttpContext http) =>
        {
            var (features, error) = await RequestValidation.ReadAsync(http.Request.Body, inputLength, http.RequestAborted);
            if (error is not null)
            {
                served!.CountRejected();
                return Results.Json(new ErrorResponse(error), RequestValidation.Json, statusCode: StatusCodes.Status400BadRequest);
            }
            try
            {
                var prediction = predict(features!);
                served!.CountServed();
                return Results.Json(prediction, RequestValidation.Json);
            }
            catch (Exception e)
            {
                return Results.Json(new ErrorResponse($"the model failed: {e.GetType().Name}: {e.Message}"),
                    RequestValidation.Json, statusCode: StatusCodes.Status500InternalServerError);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        served = new ServedModel(app, address.Replace("[::1]", "127.0.0.1").TrimEnd('/'));
        return served;
    }
}
