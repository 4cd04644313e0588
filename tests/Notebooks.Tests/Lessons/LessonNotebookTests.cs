using Notebooks.Engine.Execution;

namespace Notebooks.Tests.Lessons;

/// <summary>Every lesson in notebooks/ runs top to bottom in a fresh worker, in its fast mode (--param quick=true).</summary>
public class LessonNotebookTests
{
    public static TheoryData<string> Lessons() => LessonRuns.Lessons();

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task When_a_lesson_runs_in_fast_mode_then_every_cell_passes(string lesson)
    {
        var result = await LessonRuns.FastModeAsync(lesson);
        Assert.True(result.Succeeded, FailureDescription.Describe(result, $"notebooks/{lesson}"));
    }
}
