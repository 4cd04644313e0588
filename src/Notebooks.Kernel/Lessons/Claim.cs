namespace Notebooks.Kernel.Lessons;

/// <summary>Thrown when a lesson's stated claim does not hold, so the run (and CI) goes red.</summary>
public sealed class ClaimFailedException(string message) : Exception(message);

/// <summary>
/// A lesson states what it shows ("the forest beats the baseline") and checks it in a cell, so a claim that
/// stops being true fails the notebook instead of being printed and forgotten.
/// </summary>
public static class Claim
{
    /// <summary>Prints "✓ claim" when it holds; throws with the claim and the evidence when not.</summary>
    public static void That(bool holds, string claim, string? evidence = null)
    {
        if (!holds)
            throw new ClaimFailedException(evidence is null ? $"Claim failed: {claim}" : $"Claim failed: {claim} ({evidence})");
        Console.WriteLine(evidence is null ? $"✓ {claim}" : $"✓ {claim} ({evidence})");
    }
}
