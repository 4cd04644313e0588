using System.Security.Cryptography;
using System.Text;

namespace Notebooks.Engine.Reports;

/// <summary>RFC 4122 version-5 (SHA-1, name-based) GUIDs: the same name always gives the same id.</summary>
public static class NameBasedGuid
{
    /// <summary>Our own namespace, so our ids never collide with another tool's v5 ids for the same text.</summary>
    public static readonly Guid NotebooksNamespace = new("6f3c2b9e-41a7-4d2e-9c55-0b7e4a1d8f21");

    public static Guid Create(string name, Guid? @namespace = null)
    {
        var nsBytes = (@namespace ?? NotebooksNamespace).ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. nsBytes, .. nameBytes]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
