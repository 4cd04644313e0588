namespace Notebooks.Engine.Documents;

/// <summary>Reads .ipynb (nbformat 4) and .dib (Polyglot text) notebooks; bad input becomes an error, never an exception.</summary>
public static class NotebookReader
{
    public static ReadResult Read(string path)
    {
        if (FormatOf(path) is null)
            return ReadResult.Fail($"{path}: unknown notebook format (expected .ipynb or .dib)");

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read ({e.Message})";
            return ReadResult.Fail($"{path}: {why}");
        }

        return Parse(text, path);
    }

    /// <summary>Parses notebook text; the path names the notebook and its extension picks the format.</summary>
    public static ReadResult Parse(string text, string path) => FormatOf(path) switch
    {
        NotebookFormat.Ipynb => IpynbParser.Parse(text, path),
        NotebookFormat.Dib => DibParser.Parse(text, path),
        _ => ReadResult.Fail($"{path}: unknown notebook format (expected .ipynb or .dib)"),
    };

    public static NotebookFormat? FormatOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".ipynb" => NotebookFormat.Ipynb,
        ".dib" => NotebookFormat.Dib,
        _ => null,
    };
}
