using System.Runtime.CompilerServices;

namespace Notebooks.Tests.Documents;

/// <summary>Finds fixture files beside the test sources, so they need no copying into the build output.</summary>
internal static class DocumentFixtures
{
    public static string PathOf(string name) => Path.Combine(TestsFolder(), "Fixtures", "Documents", name);

    public static string TestsFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, ".."));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
