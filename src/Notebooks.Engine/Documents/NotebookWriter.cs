using System.Text;

namespace Notebooks.Engine.Documents;

/// <summary>Writes notebooks as Jupyter does (.ipynb) or as Polyglot does (.dib), replacing the file atomically.</summary>
public static class NotebookWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The notebook's text in its own format, or in <paramref name="format"/> when given.</summary>
    public static string Serialize(Notebook notebook, NotebookFormat? format = null) =>
        (format ?? notebook.Format) == NotebookFormat.Dib
            ? DibSerializer.Serialize(notebook)
            : IpynbSerializer.Serialize(notebook);

    /// <summary>
    /// Writes to a temporary file beside <paramref name="path"/> and renames it over the target, so a crash
    /// never leaves half a notebook. The path's extension (.ipynb or .dib) picks the format.
    /// </summary>
    public static WriteResult Write(Notebook notebook, string path)
    {
        if (NotebookReader.FormatOf(path) is not { } format)
            return new WriteResult($"{path}: unknown notebook format (expected .ipynb or .dib)");

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, Serialize(notebook, format), Utf8);
            File.Move(temp, path, overwrite: true);
            return WriteResult.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return new WriteResult($"{path}: cannot write ({e.Message})");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed; a stray temp file is the lesser problem.
        }
    }
}
