// Marks libLibTorchSharp.so's need for GLIBCXX_3.4.32 as weak, so it loads on systems whose
// libstdc++ stops at 3.4.30 (Debian 12). The need comes from a single marker symbol that no
// relocation uses; glibc's loader skips a weak version need that the system cannot satisfy.
// Compiled twice on purpose: as an MSBuild inline task (runs after restore) and into the runner
// (its `doctor` command checks and repairs), so both run the same code. Kept to C# 7.3 and
// netstandard2.0 because MSBuild's inline task factory compiles it that way.
using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Notebooks.Build
{
    public static class GlibcxxWeakener
    {
        public const string Version = "GLIBCXX_3.4.32";
        const uint ShtGnuVerneed = 0x6ffffffe;
        const ushort VerFlgWeak = 0x2;

        public enum Outcome { NotElf, NoSuchNeed, AlreadyWeak, NeedsPatch, Patched }

        /// <summary>True when this machine's libstdc++ lacks the version, i.e. the patch is needed.</summary>
        public static bool SystemNeedsPatch()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux)) return false;
            string[] candidates =
            {
                "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib/aarch64-linux-gnu/libstdc++.so.6",
                "/usr/lib64/libstdc++.so.6", "/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6",
            };
            foreach (var path in candidates)
            {
                if (!File.Exists(path)) continue;
                var text = Encoding.ASCII.GetString(File.ReadAllBytes(path));
                return text.IndexOf(Version + "\0", StringComparison.Ordinal) < 0;
            }
            return false;
        }

        /// <summary>Reports whether the library's need for the version is present and weak, without writing.</summary>
        public static Outcome Inspect(string soPath) => Run(soPath, write: false);

        /// <summary>Marks the need weak in place; idempotent; the file keeps its size.</summary>
        public static Outcome MakeWeak(string soPath) => Run(soPath, write: true);

        static Outcome Run(string soPath, bool write)
        {
            var bytes = File.ReadAllBytes(soPath);
            if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[4] != 2 || bytes[5] != 1)
                return Outcome.NotElf; // only 64-bit little-endian ELF files are handled
            long shoff = BitConverter.ToInt64(bytes, 0x28);
            int shentsize = BitConverter.ToUInt16(bytes, 0x3A);
            int shnum = BitConverter.ToUInt16(bytes, 0x3C);
            for (int i = 0; i < shnum; i++)
            {
                long sh = shoff + (long)i * shentsize;
                if (BitConverter.ToUInt32(bytes, (int)sh + 4) != ShtGnuVerneed) continue;
                long offset = BitConverter.ToInt64(bytes, (int)sh + 0x18);
                int link = BitConverter.ToInt32(bytes, (int)sh + 0x28);
                int count = BitConverter.ToInt32(bytes, (int)sh + 0x2C);
                long strtab = BitConverter.ToInt64(bytes, (int)(shoff + (long)link * shentsize) + 0x18);
                long need = offset;
                for (int n = 0; n < count; n++)
                {
                    int auxCount = BitConverter.ToUInt16(bytes, (int)need + 2);
                    long aux = need + BitConverter.ToUInt32(bytes, (int)need + 8);
                    for (int a = 0; a < auxCount; a++)
                    {
                        long name = strtab + BitConverter.ToUInt32(bytes, (int)aux + 8);
                        if (ReadCString(bytes, name) == Version)
                        {
                            ushort flags = BitConverter.ToUInt16(bytes, (int)aux + 4);
                            if ((flags & VerFlgWeak) != 0) return Outcome.AlreadyWeak;
                            if (!write) return Outcome.NeedsPatch;
                            BitConverter.GetBytes((ushort)(flags | VerFlgWeak)).CopyTo(bytes, (int)aux + 4);
                            var temp = soPath + ".weakening";
                            File.WriteAllBytes(temp, bytes);
                            File.Copy(temp, soPath, true);
                            File.Delete(temp);
                            return Outcome.Patched;
                        }
                        aux += BitConverter.ToUInt32(bytes, (int)aux + 12);
                    }
                    need += BitConverter.ToUInt32(bytes, (int)need + 12);
                }
            }
            return Outcome.NoSuchNeed;
        }

        static string ReadCString(byte[] bytes, long start)
        {
            long end = start;
            while (end < bytes.Length && bytes[end] != 0) end++;
            return Encoding.ASCII.GetString(bytes, (int)start, (int)(end - start));
        }
    }

#if !NOTEBOOKS_RUNNER
    /// <summary>MSBuild entry point: weakens every libLibTorchSharp.so given, where the system needs it.</summary>
    public class WeakenGlibcxxNeed : Microsoft.Build.Utilities.Task
    {
        public Microsoft.Build.Framework.ITaskItem[] Files { get; set; }

        public override bool Execute()
        {
            if (Files == null || !GlibcxxWeakener.SystemNeedsPatch()) return true;
            foreach (var item in Files)
            {
                var path = item.GetMetadata("FullPath");
                if (!File.Exists(path)) continue;
                try
                {
                    if (GlibcxxWeakener.MakeWeak(path) == GlibcxxWeakener.Outcome.Patched)
                        Log.LogMessage(Microsoft.Build.Framework.MessageImportance.High,
                            "TorchSharp: marked " + GlibcxxWeakener.Version + " weak in " + path + " (this libstdc++ lacks it)");
                }
                catch (Exception e)
                {
                    Log.LogWarning("TorchSharp: could not patch " + path + ": " + e.Message +
                        ". TorchSharp will not load here; run `dotnet run --project src/Notebooks.Runner -- doctor`.");
                }
            }
            return true;
        }
    }
#endif
}
