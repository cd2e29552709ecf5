using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Conv;

/// <summary>
/// A safetensors file (PyTorch's <c>save_file(model.state_dict(), path)</c>): an 8-byte little-endian header length,
/// a JSON header naming each tensor's dtype, shape and byte range, then the raw little-endian data. Opened files are
/// validated whole (header within the file and at most 100 MB, valid UTF-8 JSON, byte sizes that match the shapes,
/// ranges that cover the data without gaps or overlaps) and their tensors read on demand, one at a time, never the
/// whole file into memory. Every violation is an <see cref="InvalidDataException"/> that says what is wrong.
/// </summary>
public sealed class SafeTensors : IDisposable
{
    private readonly Dictionary<string, TensorEntry> _tensors = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();
    private readonly byte[]? _bytes;
    private readonly FileStream? _file;
    private readonly long _dataStart;
    private readonly object _gate = new();
    private bool _disposed;

    private SafeTensors(byte[]? bytes, FileStream? file, long length)
    {
        _bytes = bytes;
        _file = file;
        Source = file?.Name ?? "safetensors bytes";
        if (length < 8) throw new InvalidDataException($"{Source} holds {length} bytes, fewer than the 8 of a safetensors header length");
        var prefix = ReadAt(0, 8);
        var raw = BitConverter.ToUInt64(LittleEndian(prefix, 0, 8), 0);
        if (raw > (ulong)(length - 8))
            throw new InvalidDataException($"{Source}: its header length {raw} is beyond the file, which holds {length - 8} bytes after the length");
        if (raw > SafeTensorsHeader.MaxHeaderLength)
            throw new InvalidDataException($"{Source}: its header length {raw} is beyond the format's limit of {SafeTensorsHeader.MaxHeaderLength} bytes");
        var headerLength = (long)raw;
        string json;
        try
        {
            json = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(ReadAt(8, (int)headerLength));
        }
        catch (DecoderFallbackException error)
        {
            throw new InvalidDataException($"{Source}: its header is not valid UTF-8", error);
        }

        if (json.Length == 0 || json[0] != '{') throw new InvalidDataException($"{Source}: its header does not start with '{{'");
        _dataStart = 8 + headerLength;
        List<TensorEntry> entries;
        try
        {
            entries = SafeTensorsHeader.Parse(json, length - _dataStart, out var metadata);
            Metadata = metadata;
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{Source}: {error.Message}", error);
        }

        foreach (var entry in entries)
        {
            _tensors.Add(entry.Name, entry);
            _names.Add(entry.Name);
        }
    }

    /// <summary>Opens and validates a safetensors file; its tensors are read from the file when asked for. Dispose it to close the file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid safetensors file; the message says why.</exception>
    public static SafeTensors Open(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        try
        {
            return new SafeTensors(null, file, file.Length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Validates a safetensors file held in memory (the array is used as it is, not copied).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a valid safetensors file; the message says why.</exception>
    public static SafeTensors Read(byte[] bytes) =>
        new(bytes ?? throw new ArgumentNullException(nameof(bytes)), null, bytes.Length);

    /// <summary>The file's path, or "safetensors bytes", as messages name it.</summary>
    public string Source { get; }

    /// <summary>The tensor names, in the order of their data.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The header's <c>__metadata__</c> (PyTorch writes <c>format: pt</c>).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; } = new Dictionary<string, string>();

    /// <summary>Whether the file holds a tensor of this name.</summary>
    public bool Contains(string name) => _tensors.ContainsKey(name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>The tensor's shape (a new array); empty for a scalar.</summary>
    /// <exception cref="ArgumentException">No tensor has this name.</exception>
    public int[] Shape(string name) => (int[])Entry(name).Shape.Clone();

    /// <summary>The tensor's dtype as the file names it: F32, F16, BF16, F64, I64, ...</summary>
    /// <exception cref="ArgumentException">No tensor has this name.</exception>
    public string DType(string name) => Entry(name).DType;

    /// <summary>Whether <see cref="ReadFloat32"/> reads the tensor (F32, F16, BF16 or F64).</summary>
    /// <exception cref="ArgumentException">No tensor has this name.</exception>
    public bool IsFloat(string name) => SafeTensorsHeader.IsFloat(Entry(name).DType);

    /// <summary>The tensor's values as float32, in row-major order: F32 as it is, F16, BF16 and F64 converted (F64 rounded).</summary>
    /// <exception cref="ArgumentException">No tensor has this name.</exception>
    /// <exception cref="InvalidDataException">The tensor is not a float tensor (an int64 <c>num_batches_tracked</c>, say).</exception>
    public float[] ReadFloat32(string name)
    {
        var entry = Entry(name);
        if (!SafeTensorsHeader.IsFloat(entry.DType))
            throw new InvalidDataException($"{Source}: tensor \"{name}\" is {entry.DType}, not a float tensor (F32, F16, BF16 or F64)");
        var count = entry.ElementCount;
        if (count > Conv2dGeometry.MaxLength)
            throw new InvalidDataException($"{Source}: tensor \"{name}\" has {count} elements, more than an array holds");
        var result = new float[count];
        var size = SafeTensorsHeader.Size(entry.DType);
        // In chunks: a file's tensor is never held as bytes and floats at once.
        const int chunkElements = 16384;
        for (long start = 0; start < count; start += chunkElements)
        {
            var n = (int)Math.Min(chunkElements, count - start);
            var bytes = ReadAt(_dataStart + entry.Begin + start * size, n * size);
            for (var i = 0; i < n; i++) result[start + i] = Convert(entry.DType, bytes, i * size);
        }

        return result;
    }

    private TensorEntry Entry(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        return _tensors.TryGetValue(name, out var entry)
            ? entry
            : throw new ArgumentException($"{Source} has no tensor \"{name}\"", nameof(name));
    }

    private static float Convert(string dtype, byte[] bytes, int offset)
    {
        switch (dtype)
        {
            case "F32":
                return BitConverter.ToSingle(LittleEndian(bytes, offset, 4), BitConverter.IsLittleEndian ? offset : 0);
            case "F64":
                return (float)BitConverter.ToDouble(LittleEndian(bytes, offset, 8), BitConverter.IsLittleEndian ? offset : 0);
            case "BF16":
                return BitConverter.ToSingle(BitConverter.GetBytes((bytes[offset] | (bytes[offset + 1] << 8)) << 16), 0);
            default: // F16
                return HalfToSingle((ushort)(bytes[offset] | (bytes[offset + 1] << 8)));
        }
    }

    // IEEE 754 binary16 to binary32, exactly (every half is a float): subnormals, infinities and NaNs included.
    internal static float HalfToSingle(ushort half)
    {
        var sign = (uint)(half >> 15) << 31;
        var exponent = (half >> 10) & 0x1F;
        var mantissa = (uint)(half & 0x3FF);
        uint bits;
        if (exponent == 0x1F) bits = sign | 0x7F800000 | (mantissa << 13);
        else if (exponent != 0) bits = sign | (uint)((exponent + 112) << 23) | (mantissa << 13);
        else if (mantissa == 0) bits = sign;
        else
        {
            // A subnormal half: normalise it.
            var e = 113;
            while ((mantissa & 0x400) == 0)
            {
                mantissa <<= 1;
                e--;
            }

            bits = sign | (uint)(e << 23) | ((mantissa & 0x3FF) << 13);
        }

        return BitConverter.ToSingle(BitConverter.GetBytes(bits), 0);
    }

    // The bytes as little-endian on this machine: a copy reversed on a big-endian one.
    private static byte[] LittleEndian(byte[] bytes, int offset, int length)
    {
        if (BitConverter.IsLittleEndian) return bytes;
        var copy = new byte[length];
        Array.Copy(bytes, offset, copy, 0, length);
        Array.Reverse(copy);
        return copy;
    }

    private byte[] ReadAt(long position, int count)
    {
        if (_bytes is not null)
        {
            var slice = new byte[count];
            Array.Copy(_bytes, position, slice, 0, count);
            return slice;
        }

        lock (_gate)
        {
            if (_disposed) throw new ObjectDisposedException(Source);
            var buffer = new byte[count];
            _file!.Position = position;
            var read = 0;
            while (read < count)
            {
                var n = _file.Read(buffer, read, count - read);
                if (n == 0) throw new InvalidDataException($"{Source} ended early: it changed after it was opened");
                read += n;
            }

            return buffer;
        }
    }

    /// <summary>Closes the file (nothing to close for bytes in memory).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _file?.Dispose();
        }
    }
}
