using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Conv.Benchmarks;

/// <summary>
/// TorchSharp-cpu 0.107.0's libLibTorchSharp.so asks for libstdc++'s GLIBCXX_3.4.32, which Debian 12 lacks
/// (3.4.30); the only symbol at that version is an unused std::ios_base_library_init marker. Marking that
/// version need weak (VER_FLG_WEAK) in the build-output copy lets the library load; the NuGet cache is untouched.
/// </summary>
public static class TorchSharpLoader
{
    private const string Version = "GLIBCXX_3.4.32";

    public static string Prepare()
    {
        if (!OperatingSystem.IsLinux()) return "not Linux: nothing to patch";
        var library = Directory.EnumerateFiles(AppContext.BaseDirectory, "libLibTorchSharp.so", SearchOption.AllDirectories).FirstOrDefault();
        if (library is null) return "libLibTorchSharp.so not found beside the benchmarks";
        if (SystemHas(Version)) return $"the system libstdc++ has {Version}: nothing to patch";
        var bytes = File.ReadAllBytes(library);
        var patched = MarkWeak(bytes, Version);
        if (patched) File.WriteAllBytes(library, bytes);
        return patched ? $"marked {Version} weak in {library}" : $"{Version} already weak or not needed in {library}";
    }

    private static bool SystemHas(string version)
    {
        foreach (var path in new[] { "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6" })
            if (File.Exists(path) && Encoding.ASCII.GetString(File.ReadAllBytes(path)).Contains(version + "\0", StringComparison.Ordinal))
                return true;
        return false;
    }

    // ELF64 little-endian: walk .gnu.version_r (SHT_GNU_verneed) and set VER_FLG_WEAK on the named version's Vernaux.
    private static bool MarkWeak(byte[] elf, string version)
    {
        if (elf.Length < 64 || elf[0] != 0x7F || elf[1] != 'E' || elf[4] != 2 || elf[5] != 1) throw new InvalidDataException("not a little-endian ELF64 file");
        var sectionTable = (long)BitConverter.ToUInt64(elf, 0x28);
        int entrySize = BitConverter.ToUInt16(elf, 0x3A), count = BitConverter.ToUInt16(elf, 0x3C);
        for (var i = 0; i < count; i++)
        {
            var header = sectionTable + (long)i * entrySize;
            if (BitConverter.ToUInt32(elf, (int)header + 4) != 0x6FFFFFFE) continue;
            var offset = (long)BitConverter.ToUInt64(elf, (int)header + 24);
            var link = BitConverter.ToUInt32(elf, (int)header + 40);
            var needs = BitConverter.ToUInt32(elf, (int)header + 44);
            var strings = (long)BitConverter.ToUInt64(elf, (int)(sectionTable + link * entrySize + 24));
            var need = offset;
            for (var n = 0; n < needs; n++)
            {
                var auxCount = BitConverter.ToUInt16(elf, (int)need + 2);
                var aux = need + BitConverter.ToUInt32(elf, (int)need + 8);
                for (var a = 0; a < auxCount; a++)
                {
                    var name = ReadString(elf, strings + BitConverter.ToUInt32(elf, (int)aux + 8));
                    var flags = BitConverter.ToUInt16(elf, (int)aux + 4);
                    if (name == version && (flags & 2) == 0)
                    {
                        BitConverter.TryWriteBytes(elf.AsSpan((int)aux + 4, 2), (ushort)(flags | 2));
                        return true;
                    }

                    aux += BitConverter.ToUInt32(elf, (int)aux + 12);
                }

                need += BitConverter.ToUInt32(elf, (int)need + 12);
            }
        }

        return false;
    }

    private static string ReadString(byte[] bytes, long start)
    {
        var end = start;
        while (bytes[end] != 0) end++;
        return Encoding.ASCII.GetString(bytes, (int)start, (int)(end - start));
    }
}
