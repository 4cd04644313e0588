using System.IO.Compression;
using System.Text;
using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Data;

/// <summary>Reads a .csv or .jsonl file (optionally .gz) into a DataFrame with the strict readers.</summary>
public static class TabularFile
{
    public static DataFrame Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new DataFileException(name, null, $"file not found at {path}");
        return Read(File.ReadAllBytes(path), name);
    }

    public static DataFrame Read(byte[] bytes, string fileName) => ColumnTypes.ToDataFrame(Parse(bytes, fileName));

    public static RawTable Parse(byte[] bytes, string fileName)
    {
        var inner = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var text = Decode(inner == fileName ? bytes : Gunzip(bytes, fileName), fileName);
        if (inner.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return CsvReader.Parse(text, fileName);
        if (inner.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return JsonLinesReader.Parse(text, fileName);
        throw new DataFileException(fileName, null, "unknown file type; expected .csv or .jsonl (optionally .gz)");
    }

    static byte[] Gunzip(byte[] bytes, string fileName)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new DataFileException(fileName, null, $"not a readable gzip file ({e.Message})");
        }
    }

    static string Decode(byte[] bytes, string fileName)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException e)
        {
            int line = 1 + bytes.Take(e.Index).Count(b => b == (byte)'\n');
            throw new DataFileException(fileName, line, "not valid UTF-8 text");
        }
    }
}
