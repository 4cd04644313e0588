namespace Notebooks.Engine.Documents;

/// <summary>How nbformat stores each mime type's value in a file (the rules of nbformat's rwbase).</summary>
public static class MimeTypes
{
    /// <summary>application/json and application/*+json hold JSON values, not strings.</summary>
    public static bool IsJson(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>Values written as arrays of lines; everything else (base64 images) stays one string.</summary>
    public static bool IsSplitIntoLines(string mime) =>
        mime.StartsWith("text/", StringComparison.Ordinal) || mime is "application/javascript" or "image/svg+xml";
}
