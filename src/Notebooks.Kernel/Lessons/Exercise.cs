namespace Notebooks.Kernel.Lessons;

/// <summary>
/// Self-checks for exercises. A check never throws: an unfinished exercise is the learner's business, not a
/// failed run. It prints ✓ or says what is wrong.
/// </summary>
public static class Exercise
{
    /// <summary>Returns whether the check passed; prints "✓ task" or "✗ task: hint".</summary>
    public static bool Check(string task, Func<bool> passes, string hint)
    {
        bool passed;
        string? problem = null;
        try
        {
            passed = passes();
        }
        catch (Exception e)
        {
            passed = false;
            problem = $"{e.GetType().Name}: {e.Message}";
        }
        Console.WriteLine(passed ? $"✓ {task}" : $"✗ {task}: {problem ?? hint}");
        return passed;
    }

    /// <summary>Compares a learner's number with the expected one, within a tolerance, and says how far off it is.</summary>
    public static bool CheckValue(string task, double actual, double expected, double tolerance = 1e-9) =>
        Check(task, () => Math.Abs(actual - expected) <= tolerance,
            $"got {actual.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}, expected {expected.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}");
}
