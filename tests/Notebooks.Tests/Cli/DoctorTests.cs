using Notebooks.Build;
using Notebooks.Runner.Doctor;

namespace Notebooks.Tests.Cli;

public class DoctorTests
{
    [Fact]
    public void When_the_kernel_library_is_not_built_then_the_quick_check_is_a_problem_that_says_what_to_run()
    {
        var empty = Directory.CreateTempSubdirectory("nb-doctor-").FullName;
        var kernel = new Doctor(empty).Quick().Single(c => c.Name == "Kernel library");
        Assert.Equal(CheckState.Problem, kernel.State);
        Assert.Contains("dotnet build", kernel.Fix);
    }

    [Fact]
    public void When_a_file_is_not_elf_then_the_weakener_leaves_it_alone()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "not an ELF file");
        Assert.Equal(GlibcxxWeakener.Outcome.NotElf, GlibcxxWeakener.MakeWeak(file));
        Assert.Equal("not an ELF file", File.ReadAllText(file));
    }

    [Fact]
    public void When_the_built_libtorchsharp_is_checked_then_its_glibcxx_need_is_weak_and_weakening_again_changes_nothing()
    {
        var built = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        Assert.True(File.Exists(built), $"TorchSharp's native library should be copied to {built}");
        var copy = Path.GetTempFileName();
        File.Copy(built, copy, overwrite: true);

        var expected = GlibcxxWeakener.SystemNeedsPatch() ? GlibcxxWeakener.Outcome.AlreadyWeak : GlibcxxWeakener.Inspect(copy);
        Assert.Equal(expected, GlibcxxWeakener.Inspect(copy));
        var bytes = File.ReadAllBytes(copy);
        GlibcxxWeakener.MakeWeak(copy);
        Assert.Equal(bytes, File.ReadAllBytes(copy));
    }
}
