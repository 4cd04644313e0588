using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Notebooks.Engine.Reports;

/// <summary>Saves an XML report as indented UTF-8 (no BOM), atomically.</summary>
internal static class XmlReportWriter
{
    public static void Save(XDocument document, string path)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(stream, settings))
            document.Save(writer);
        stream.WriteByte((byte)'\n');
        AtomicFile.WriteAllBytes(path, stream.ToArray());
    }
}
