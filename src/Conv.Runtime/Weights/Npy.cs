using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Conv;

/// <summary>
/// Reads <c>numpy.save</c> files (format versions 1.0, 2.0 and 3.0) of float16, float32 or float64, little- or
/// big-endian, C or Fortran order, as float32 in C (row-major) order. Anything else is an
/// <see cref="InvalidDataException"/> that says what the file holds.
/// </summary>
public static class Npy
{
    private static readonly byte[] Magic = { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y' };

    /// <summary>Reads a .npy file as float32 in row-major order; <paramref name="shape"/> receives its shape (empty for a scalar).</summary>
    /// <exception cref="InvalidDataException">The file is not a .npy file of floats; the message says why.</exception>
    public static float[] ReadFloat32(string path, out int[] shape)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        try
        {
            return ReadFloat32(File.ReadAllBytes(path), out shape);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{path}: {error.Message}", error);
        }
    }

    /// <summary>Reads .npy bytes as float32 in row-major order; <paramref name="shape"/> receives its shape.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a .npy file of floats; the message says why.</exception>
    public static float[] ReadFloat32(byte[] bytes, out int[] shape)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        if (bytes.Length < 10 || !StartsWithMagic(bytes)) throw new InvalidDataException("not a .npy file: it does not start with \\x93NUMPY");
        int major = bytes[6], minor = bytes[7];
        if (major is < 1 or > 3 || minor != 0) throw new InvalidDataException($".npy format version {major}.{minor} is not 1.0, 2.0 or 3.0");
        long headerLength = major == 1 ? bytes[8] | (bytes[9] << 8) : bytes.Length < 12 ? -1 : (uint)(bytes[8] | (bytes[9] << 8) | (bytes[10] << 16) | (bytes[11] << 24));
        var headerStart = major == 1 ? 10 : 12;
        if (headerLength < 0 || headerStart + headerLength > bytes.Length)
            throw new InvalidDataException($".npy header length {headerLength} is beyond the file, which holds {bytes.Length} bytes");
        var header = (major == 3 ? Encoding.UTF8 : Encoding.GetEncoding("ISO-8859-1")).GetString(bytes, headerStart, (int)headerLength);
        var fields = ParseHeader(header);

        if (!fields.TryGetValue("descr", out var descrValue) || descrValue is not string descr)
            throw new InvalidDataException(".npy header has no 'descr' string");
        if (!fields.TryGetValue("fortran_order", out var fortranValue) || fortranValue is not bool fortran)
            throw new InvalidDataException(".npy header has no 'fortran_order' True or False");
        if (!fields.TryGetValue("shape", out var shapeValue) || shapeValue is not List<long> dims)
            throw new InvalidDataException(".npy header has no 'shape' tuple");

        var (size, bigEndian) = descr switch
        {
            "<f4" or "=f4" => (4, false),
            ">f4" => (4, true),
            "<f2" or "=f2" => (2, false),
            ">f2" => (2, true),
            "<f8" or "=f8" => (8, false),
            ">f8" => (8, true),
            _ => throw new InvalidDataException($".npy dtype '{descr}' is not float16, float32 or float64 (numpy's <f2, <f4, <f8 or big-endian >f2, >f4, >f8)"),
        };

        shape = new int[dims.Count];
        long count = 1;
        for (var i = 0; i < dims.Count; i++)
        {
            if (dims[i] < 0 || dims[i] > int.MaxValue) throw new InvalidDataException($".npy shape dimension {i} is {dims[i]}");
            shape[i] = (int)dims[i];
            count = count == 0 || dims[i] == 0 ? 0 : count > Conv2dGeometry.MaxLength / dims[i] ? long.MaxValue : count * dims[i];
        }

        if (count > Conv2dGeometry.MaxLength) throw new InvalidDataException($".npy shape {SafeTensorsHeader.ShapeText(shape)} holds more values than an array can");
        var dataStart = headerStart + headerLength;
        if (bytes.Length - dataStart != count * size)
            throw new InvalidDataException($".npy shape {SafeTensorsHeader.ShapeText(shape)} of '{descr}' needs {count * size} bytes of data but the file holds {bytes.Length - dataStart}");

        var values = new float[count];
        var scratch = new byte[size];
        for (long i = 0; i < count; i++)
        {
            Array.Copy(bytes, dataStart + i * size, scratch, 0, size);
            if (bigEndian == BitConverter.IsLittleEndian) Array.Reverse(scratch);
            values[i] = size switch
            {
                4 => BitConverter.ToSingle(scratch, 0),
                8 => (float)BitConverter.ToDouble(scratch, 0),
                _ => SafeTensors.HalfToSingle(BitConverter.ToUInt16(scratch, 0)),
            };
        }

        return fortran && shape.Length > 1 ? ToRowMajor(values, shape) : values;
    }

    /// <summary>
    /// Every <c>KEY.npy</c> in <paramref name="folder"/> as one state dict, as if saved with safetensors (float32): what a
    /// generated <c>Load</c> reads. <c>np.save(f"{key}.npy", tensor.numpy())</c> per state_dict entry writes such a folder.
    /// </summary>
    /// <exception cref="InvalidDataException">A file is not a .npy file of floats.</exception>
    public static SafeTensors ReadFolder(string folder)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        var files = Directory.GetFiles(folder, "*.npy");
        Array.Sort(files, StringComparer.Ordinal);
        var header = new StringBuilder("{");
        var data = new List<byte[]>();
        long offset = 0;
        foreach (var file in files)
        {
            var values = ReadFloat32(file, out var shape);
            var bytes = new byte[values.LongLength * 4];
            for (var i = 0; i < values.Length; i++)
            {
                var b = BitConverter.GetBytes(values[i]);
                if (!BitConverter.IsLittleEndian) Array.Reverse(b);
                Array.Copy(b, 0, bytes, i * 4, 4);
            }

            if (header.Length > 1) header.Append(',');
            header.Append(Quote(Path.GetFileNameWithoutExtension(file))).Append(":{\"dtype\":\"F32\",\"shape\":[")
                .Append(string.Join(",", Array.ConvertAll(shape, d => d.ToString(CultureInfo.InvariantCulture))))
                .Append("],\"data_offsets\":[").Append(offset.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append((offset + bytes.Length).ToString(CultureInfo.InvariantCulture)).Append("]}");
            offset += bytes.Length;
            data.Add(bytes);
        }

        var headerBytes = Encoding.UTF8.GetBytes(header.Append('}').ToString());
        var result = new byte[8 + headerBytes.LongLength + offset];
        var length = BitConverter.GetBytes((ulong)headerBytes.Length);
        if (!BitConverter.IsLittleEndian) Array.Reverse(length);
        Array.Copy(length, result, 8);
        Array.Copy(headerBytes, 0, result, 8, headerBytes.Length);
        long position = 8 + headerBytes.Length;
        foreach (var bytes in data)
        {
            Array.Copy(bytes, 0, result, position, bytes.Length);
            position += bytes.Length;
        }

        return SafeTensors.Read(result);
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private static bool StartsWithMagic(byte[] bytes)
    {
        for (var i = 0; i < Magic.Length; i++)
            if (bytes[i] != Magic[i]) return false;
        return true;
    }

    // Column-major (Fortran) values to row-major: the index along the last axis runs fastest in the result.
    private static float[] ToRowMajor(float[] values, int[] shape)
    {
        var result = new float[values.Length];
        var rank = shape.Length;
        var index = new int[rank];
        for (var i = 0; i < values.Length; i++)
        {
            long fortranOffset = 0, stride = 1;
            for (var axis = 0; axis < rank; axis++)
            {
                fortranOffset += index[axis] * stride;
                stride *= shape[axis];
            }

            result[i] = values[fortranOffset];
            for (var axis = rank - 1; axis >= 0; axis--)
            {
                if (++index[axis] < shape[axis]) break;
                index[axis] = 0;
            }
        }

        return result;
    }

    // The header is a Python dict literal: {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }.
    private static Dictionary<string, object> ParseHeader(string header)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal);
        var position = 0;
        void Skip()
        {
            while (position < header.Length && char.IsWhiteSpace(header[position])) position++;
        }

        InvalidDataException Error(string what) => new($".npy header is not a dict literal: {what} at character {position}");

        string Quoted()
        {
            var quote = header[position++];
            var end = header.IndexOf(quote, position);
            if (end < 0) throw Error("an unterminated string");
            var text = header.Substring(position, end - position);
            position = end + 1;
            return text;
        }

        Skip();
        if (position >= header.Length || header[position++] != '{') throw Error("'{' expected");
        while (true)
        {
            Skip();
            if (position < header.Length && header[position] == '}') return fields;
            if (position >= header.Length || header[position] is not ('\'' or '"')) throw Error("a quoted key expected");
            var key = Quoted();
            Skip();
            if (position >= header.Length || header[position++] != ':') throw Error("':' expected");
            Skip();
            if (position >= header.Length) throw Error("a value expected");
            if (header[position] is '\'' or '"') fields[key] = Quoted();
            else if (string.CompareOrdinal(header, position, "True", 0, 4) == 0) { fields[key] = true; position += 4; }
            else if (string.CompareOrdinal(header, position, "False", 0, 5) == 0) { fields[key] = false; position += 5; }
            else if (header[position] == '(')
            {
                position++;
                var dims = new List<long>();
                while (true)
                {
                    Skip();
                    if (position < header.Length && header[position] == ')') { position++; break; }
                    var start = position;
                    while (position < header.Length && char.IsDigit(header[position])) position++;
                    if (start == position || !long.TryParse(header.Substring(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                        throw Error("a dimension expected");
                    dims.Add(d);
                    Skip();
                    if (position < header.Length && header[position] == ',') position++;
                    else if (position >= header.Length || header[position] != ')') throw Error("',' or ')' expected");
                }

                fields[key] = dims;
            }
            else throw Error("a string, True, False or a tuple expected");

            Skip();
            if (position < header.Length && header[position] == ',') position++;
            else if (position >= header.Length || header[position] != '}') throw Error("',' or '}' expected");
        }
    }
}
