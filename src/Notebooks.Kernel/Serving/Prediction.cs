namespace Notebooks.Kernel.Serving;

/// <summary>What a served model answers: the predicted label and the model's score for it (0–1).</summary>
public sealed record Prediction(string Label, double Score);
