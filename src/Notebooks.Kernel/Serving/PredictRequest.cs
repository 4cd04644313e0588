namespace Notebooks.Kernel.Serving;

/// <summary>The body of <c>POST /predict</c>: <c>{"features": [x1, x2, ...]}</c>.</summary>
public sealed record PredictRequest(float[]? Features);

/// <summary>The body of every 4xx/5xx answer, so a client always learns why.</summary>
public sealed record ErrorResponse(string Error);
